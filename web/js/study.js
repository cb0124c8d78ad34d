// The Study page: the reading plan (for the whole list, or for what one item needs) with a check
// box per step and the reasons it is where it is, "next up", and progress. Ticking a box stores
// the mark (a guarded write) and the plan is asked for again, so next up follows.

import { getJson } from './api.js';
import { el, kindBadge, replaceContent } from './dom.js';
import { exportPicker } from './export-picker.js';
import { entityHref } from './iris.js';
import { planTarget } from './plan-target.js';
import { finished, setStatus, statusBadge } from './progress.js';
import { initSearchBox } from './searchbox.js';
import { notice } from './widgets.js';
import { writeJson } from './writetoken.js';

const progressBox = document.getElementById('study-progress');
const nextBox = document.getElementById('next-up');
const planBox = document.getElementById('plan');
const noticesBox = document.getElementById('plan-notices');
const optionalBox = document.getElementById('show-optional');

let plan = null;

document.getElementById('export-slot').append(exportPicker({ id: 'study-export', studyOnly: true }).element);

const chosen = planTarget({ id: 'plan-target', label: 'Plan for one item (what it needs first)', load: () => load() });
optionalBox.addEventListener('change', () => render());

async function load() {
  planBox.setAttribute('aria-busy', 'true');
  const target = chosen.iri;
  document.getElementById('cards-link').href = `/cards.html${target ? `?target=${encodeURIComponent(target)}` : ''}`;
  try {
    plan = await getJson(`/api/study/plan${target ? `?target=${encodeURIComponent(target)}` : ''}`);
    const aim = target ? plan.steps.find((step) => step.iri === plan.target) : null;
    if (aim) chosen.picker.set(aim.iri, aim.label, aim.kind);
    render();
  } catch (error) {
    replaceContent(planBox, el('li', {}, notice('The plan could not be made', error.message)));
    replaceContent(nextBox, '');
  } finally {
    planBox.removeAttribute('aria-busy');
    nextBox.removeAttribute('aria-busy');
  }
}

function render() {
  const showOptional = optionalBox.checked;
  const steps = plan.steps.filter((step) => showOptional || !step.optional || finished(step.status));
  replaceContent(progressBox, renderProgress(plan.steps));
  replaceContent(nextBox, renderNextUp(plan.nextUp ?? []));
  replaceContent(noticesBox, renderNotices(plan));
  replaceContent(planBox, steps.length ? steps.map(renderStep)
    : el('li', {}, notice('Nothing to plan', 'The list holds no papers, videos, tutorials, code or ideas yet.', { tone: 'info' })));
}

function renderProgress(steps) {
  const done = steps.filter((step) => finished(step.status)).length;
  const share = steps.length ? Math.round((100 * done) / steps.length) : 0;
  return [
    el('span', { class: 'progress-bar', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': String(steps.length),
      'aria-valuenow': String(done), 'aria-label': 'Done' },
    el('span', { class: 'progress-bar__fill', style: { width: `${share}%` } })),
    el('span', {}, `${done.toLocaleString('en')} of ${steps.length.toLocaleString('en')} done (${share}%)`),
  ];
}

function renderNextUp(next) {
  if (!next.length) return el('p', {}, plan.steps.length && plan.steps.every((s) => finished(s.status)) ? 'All done.' : 'Nothing is ready: mark what you have read.');
  return el('ol', { class: 'next-up__list' }, next.map((step) => el('li', {},
    el('a', { href: entityHref(step.iri) }, step.label), ' ', el('span', { class: 'plan-step__reasons' }, firstReason(step)))));
}

function renderNotices(answer) {
  const notes = [];
  for (const cycle of answer.cycles ?? []) notes.push(notice('A cycle was broken', reasonText(cycle), { tone: 'info' }));
  for (const edge of answer.broken ?? []) notes.push(notice('Your move breaks a prerequisite', reasonText(edge), { tone: 'warning' }));
  return notes.map((n) => el('div', { class: 'plan-notice' }, n));
}

function renderStep(step) {
  const concept = step.kind === 'concept';
  const check = el('input', { type: 'checkbox', class: 'plan-step__check', 'aria-label': `${concept ? 'Known' : 'Done'}: ${step.label}` });
  check.checked = finished(step.status);
  check.addEventListener('change', async () => {
    check.disabled = true;
    try {
      await setStatus(step.iri, check.checked ? (concept ? 'known' : 'done') : (concept ? 'unknown' : 'unread'));
      await load();
    } catch (error) {
      check.checked = !check.checked;
      replaceContent(noticesBox, notice('Not saved', error.message));
    } finally {
      check.disabled = false;
    }
  });
  step.moved = (step.reasons ?? []).some((r) => r.type === 'MOVED');
  const key = (step.reasons ?? []).some((r) => r.type === 'CENTRAL');
  const classes = ['plan-step', finished(step.status) ? 'plan-step--done' : '', step.optional ? 'plan-step--optional' : '',
    step.moved ? 'plan-step--moved' : ''].filter(Boolean).join(' ');
  return el('li', { class: classes, id: `step-${step.position}`, dataset: { iri: step.iri } },
    el('span', { class: 'plan-step__number' }, String(step.position)),
    check,
    el('div', {},
      el('h3', { class: 'plan-step__title' },
        kindBadge(step.kind, { compact: true }), ' ',
        el('a', { href: entityHref(step.iri) }, step.label),
        statusBadge(step.status),
        key ? el('span', { class: 'plan-step__tag plan-step__tag--key', title: 'One of the most central items of the graph' }, 'key reading') : null,
        step.optional ? el('span', { class: 'plan-step__tag' }, 'optional') : null,
        step.moved ? el('span', { class: 'plan-step__tag' }, 'moved by you') : null),
      renderReasons(step.reasons ?? [])),
    moveButtons(step));
}

// Two reasons say enough; the rest (a concept many items rely on) fold away.
function renderReasons(reasons) {
  const shown = reasons.slice(0, 2).map((r) => el('li', {}, reasonText(r)));
  const rest = reasons.slice(2);
  return el('ul', { class: 'plan-step__reasons' }, shown,
    rest.length ? el('li', {}, el('details', {}, el('summary', {}, `${rest.length} more`),
      el('ul', {}, rest.map((r) => el('li', {}, reasonText(r)))))) : null);
}

function moveButtons(step) {
  const up = el('button', { type: 'button', class: 'button', 'aria-label': `Move ${step.label} up` }, '↑');
  const down = el('button', { type: 'button', class: 'button', 'aria-label': `Move ${step.label} down` }, '↓');
  up.disabled = step.position <= 1;
  down.disabled = step.position >= plan.steps.length;
  up.addEventListener('click', () => move(step, step.position - 1));
  down.addEventListener('click', () => move(step, step.position + 1));
  const box = el('div', { class: 'plan-step__moves' }, up, down);
  if (step.moved) {
    const undo = el('button', { type: 'button', class: 'button' }, 'Undo move');
    undo.addEventListener('click', () => move(step, null));
    box.append(undo);
  }
  return box;
}

async function move(step, position) {
  try {
    await writeJson('POST', '/api/study/plan/moves', { iri: step.iri, position });
    await load();
    document.querySelector(`[data-iri="${CSS.escape(step.iri)}"] .plan-step__check`)?.focus();
  } catch (error) {
    replaceContent(noticesBox, notice('Not moved', error.message));
  }
}

function firstReason(step) {
  const reason = (step.reasons ?? [])[0];
  return reason ? reasonText(reason) : [];
}

// A reason's sentence marks titles as *emphasis*: they become <em> text, never markup.
function reasonText(reason) {
  const text = typeof reason === 'string' ? reason : (reason.sentence ?? '');
  return text.split(/\*([^*]+)\*/).map((part, i) => (i % 2 ? el('em', {}, part) : part));
}

initSearchBox();
load();
