// The path page at /path.html: two entity pickers, options (hops, number of paths, kinds and
// relations to avoid), and the shortest paths between the two. The address holds the question
// (urls.js), so it can be shared and back/forward bring earlier questions back.

import { fetchLabels, fetchPath } from './api.js';
import { el, replaceContent } from './dom.js';
import { KIND_ORDER, kindInfo } from './kinds.js';
import { kindSwatch } from './graph.js';
import { showPaths } from './path-view.js';
import { Picker } from './picker.js';
import { initSearchBox } from './searchbox.js';
import { pathHref, readPathState } from './urls.js';
import { notice } from './widgets.js';

// Reading lists and sections never appear on a path (the API leaves them out).
const AVOIDABLE_KINDS = KIND_ORDER.filter((kind) => kind !== 'list' && kind !== 'section');

const page = {
  form: document.getElementById('path-form'),
  max: document.getElementById('max'),
  k: document.getElementById('k'),
  through: document.getElementById('through'),
  kinds: document.getElementById('exclude-kinds'),
  relations: document.getElementById('exclude-relations'),
  swap: document.getElementById('swap'),
  results: document.getElementById('path-results-body'),
};

const from = new Picker({ id: 'from', label: 'From', placeholder: 'A paper, person, video or idea…' });
const to = new Picker({ id: 'to', label: 'To', placeholder: 'Another one…' });
document.getElementById('from-slot').append(from.element);
document.getElementById('to-slot').append(to.element);

page.kinds.append(...AVOIDABLE_KINDS.map((kind) => el('li', {},
  el('label', { class: 'avoid' },
    el('input', { type: 'checkbox', name: 'excludeKinds', value: kind }),
    kindSwatch(kind), el('span', {}, kindInfo(kind).plural)))));

let running = 0; // a newer question makes older answers moot

/** Puts a state into the form: pickers (with names looked up), options and checkboxes. */
async function fillForm(state) {
  page.max.value = String(state.max);
  page.k.value = String(state.k);
  // An address naming other kinds than the offered choices still shows what it asks for.
  const through = state.through.join(',');
  if (through && ![...page.through.options].some((o) => o.value === through)) {
    page.through.append(el('option', { value: through }, `${state.through.map((kind) => kindInfo(kind).plural.toLowerCase()).join(' and ')} only`));
  }
  page.through.value = through;
  page.kinds.querySelectorAll('input').forEach((input) => { input.checked = state.excludeKinds.includes(input.value); });
  page.relations.value = state.excludeRelations.join(', ');
  const iris = [state.from, state.to].filter(Boolean);
  const names = iris.length ? await fetchLabels(iris).catch(() => new Map()) : new Map();
  for (const [picker, iri] of [[from, state.from], [to, state.to]]) {
    const known = iri ? names.get(iri) : null;
    picker.set(iri, known?.label ?? iri, known?.kind ?? null);
  }
}

function readForm() {
  return {
    from: from.iri,
    to: to.iri,
    max: Number(page.max.value),
    k: Number(page.k.value),
    through: page.through.value ? page.through.value.split(',') : [],
    excludeKinds: [...page.kinds.querySelectorAll('input:checked')].map((input) => input.value),
    excludeRelations: page.relations.value.split(/[\s,]+/).map((s) => s.trim()).filter(Boolean),
  };
}

async function run(state) {
  const question = ++running;
  if (!state.from || !state.to) {
    document.title = 'Paths · StudyGraph';
    replaceContent(page.results, el('p', { class: 'muted' },
      state.from ? 'Now pick where the path should end.' : 'Pick two entities to see how they are connected.'));
    return;
  }
  page.results.setAttribute('aria-busy', 'true');
  replaceContent(page.results, el('p', { class: 'muted' }, 'Looking for paths…'));
  try {
    const answer = await fetchPath(state);
    if (question !== running) return;
    document.title = `${from.label} → ${to.label} · Paths · StudyGraph`;
    await showPaths(page.results, answer, state);
  } catch (error) {
    if (question !== running) return;
    replaceContent(page.results, notice(error.status === 404 ? 'Not found' : 'No paths could be looked for', error.message));
  } finally {
    if (question === running) page.results.removeAttribute('aria-busy');
  }
}

page.form.addEventListener('submit', (event) => {
  event.preventDefault();
  const state = readForm();
  if (!state.from) {
    from.focus();
    return;
  }
  if (!state.to) {
    to.focus();
    return;
  }
  const href = pathHref(state);
  if (href !== window.location.pathname + window.location.search) window.history.pushState(null, '', href);
  run(state);
});

page.swap.addEventListener('click', () => {
  const before = { iri: from.iri, label: from.label, kind: from.kind };
  from.set(to.iri, to.label, to.kind);
  to.set(before.iri, before.label, before.kind);
  if (from.iri && to.iri) page.form.requestSubmit();
});

window.addEventListener('popstate', async () => {
  const state = readPathState(window.location.search);
  await fillForm(state);
  run(state);
});

async function main() {
  const state = readPathState(window.location.search);
  await fillForm(state);
  if (state.from && !state.to) to.focus();
  run(state);
}

initSearchBox();
main();
