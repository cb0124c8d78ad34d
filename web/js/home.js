// The home page: counts by kind, a graph to start exploring from, the field year by year,
// the reading lists as written, and everything grouped by kind.

import { fetchOverview, getJson } from './api.js';
import { el, kindBadge, link, replaceContent } from './dom.js';
import { kindInfo, kindRank } from './kinds.js';
import { entityHref } from './iris.js';
import { renderYears, showStartGraph } from './home-field.js';
import { liveBadge, STUDIED_KINDS } from './progress.js';
import { initSearchBox } from './searchbox.js';
import './writetoken.js'; // takes the start-up link's #token= into this browser
import { itemMeta, notice, shortList } from './widgets.js';

// Reading lists and their sections are structure, not things to study: no count card for them.
const STRUCTURE = new Set(['list', 'section']);

const countsBox = document.getElementById('counts');
const listsBox = document.getElementById('lists');
const kindsBox = document.getElementById('kind-groups');
const yearsBox = document.getElementById('years');
const startBox = document.getElementById('start-graph');
const studyBox = document.getElementById('study-card');

async function main() {
  try {
    const overview = await fetchOverview();
    replaceContent(countsBox, renderCounts(overview.counts ?? {}));
    replaceContent(listsBox, renderLists(overview.lists ?? []));
    replaceContent(kindsBox, renderKinds(overview.kinds ?? []));
    replaceContent(yearsBox, renderYears(overview.kinds ?? []));
    showStartGraph(startBox, overview.kinds ?? []).finally(() => startBox.removeAttribute('aria-busy'));
  } catch (error) {
    countsBox.hidden = true;
    for (const box of [kindsBox, yearsBox, startBox]) box.closest('section').hidden = true;
    const retry = el('button', { type: 'button', class: 'button' }, 'Try again');
    retry.addEventListener('click', () => window.location.reload());
    replaceContent(listsBox, notice('The reading list could not be loaded', error.message,
      { action: el('p', { class: 'notice__actions' }, retry) }));
  } finally {
    for (const box of [countsBox, listsBox, kindsBox, yearsBox]) box.removeAttribute('aria-busy');
  }
}

function renderCounts(counts) {
  const kinds = Object.keys(counts)
    .filter((kind) => !STRUCTURE.has(kind) && Number(counts[kind]) > 0)
    .sort((a, b) => kindRank(a) - kindRank(b));
  return kinds.map((kind) => {
    const info = kindInfo(kind);
    return el('li', { class: 'count', style: { '--kind': info.colour } },
      el('a', { class: 'count__link', href: `#kind-${cssSafe(kind)}` },
        el('span', { class: 'count__icon', 'aria-hidden': 'true' }, info.icon),
        el('span', { class: 'count__number' }, Number(counts[kind]).toLocaleString('en')),
        el('span', { class: 'count__label' }, info.plural)));
  });
}

function renderLists(lists) {
  if (!lists.length) {
    return notice('No reading list yet',
      'Import a reading list (POST /api/import) and it will appear here as you wrote it.',
      { tone: 'info' });
  }
  return lists.map((list) => el('section', { class: 'reading-list' },
    el('header', { class: 'reading-list__head' },
      el('h2', {}, link(entityHref(list.iri), list.label || 'Reading list')),
      list.source ? el('p', { class: 'reading-list__source' }, 'from ', el('code', {}, list.source)) : null),
    (list.sections ?? []).map(renderSection)));
}

function renderSection(section) {
  const items = section.items ?? [];
  return el('section', { class: 'section' },
    el('h3', { class: 'section__title' }, section.label || 'Untitled section',
      el('span', { class: 'section__count' }, String(section.total ?? items.length))),
    items.length
      ? el('ol', { class: 'items' }, items.map(renderItem))
      : el('p', { class: 'muted' }, 'Nothing in this section yet.'),
    notAllListed(items.length, section.total));
}

function renderItem(item) {
  const info = kindInfo(item.kind);
  return el('li', { class: 'item', style: { '--kind': info.colour } },
    kindBadge(item.kind, { compact: true }),
    el('div', { class: 'item__body' },
      link(entityHref(item.iri), item.label || item.iri, { class: 'item__title' }),
      STUDIED_KINDS.has(item.kind) ? liveBadge(item.iri) : null,
      itemMeta(item, { showKind: true })));
}

function renderKinds(groups) {
  const visible = groups.filter((group) => (group.items ?? []).length && !STRUCTURE.has(group.kind));
  if (!visible.length) return el('p', { class: 'muted' }, 'The graph is empty.');
  return visible.map((group) => {
    const info = kindInfo(group.kind);
    const items = group.items;
    return el('section', {
      class: 'kind-group', id: `kind-${cssSafe(group.kind)}`, style: { '--kind': info.colour },
    },
    el('h3', { class: 'kind-group__title' },
      el('span', { class: 'kind-group__icon', 'aria-hidden': 'true' }, info.icon),
      group.label || info.plural,
      el('span', { class: 'kind-group__count' }, String(group.total ?? items.length))),
    shortList('ul', 'compact', items, (item) => el('li', {},
      link(entityHref(item.iri), item.label || item.iri),
      item.year ? el('span', { class: 'compact__year' }, String(item.year)) : null)),
    notAllListed(items.length, group.total));
  });
}

// The overview lists the first items of a large kind or section; say so, and where the rest are.
function notAllListed(listed, total) {
  if (!(Number(total) > listed)) return null;
  return el('p', { class: 'muted' }, `${listed} of ${Number(total).toLocaleString('en')} listed; search finds the rest.`);
}

// Kinds are simple words, but they come from data: keep ids and fragments to safe characters.
function cssSafe(text) {
  return String(text).replace(/[^A-Za-z0-9_-]/g, '-');
}

// "Your study": the share of the plan done and what is next, linking to the Study page.
async function showStudy() {
  try {
    const plan = await getJson('/api/study/plan');
    const done = plan.steps.filter((step) => step.status === 'done' || step.status === 'known').length;
    const share = plan.steps.length ? Math.round((100 * done) / plan.steps.length) : 0;
    const next = (plan.nextUp ?? [])[0];
    replaceContent(studyBox,
      el('div', { class: 'start-card__head' },
        el('h2', { id: 'study-title' }, 'Your study'),
        el('p', {}, link('/study.html', 'Open your reading plan'))),
      el('span', { class: 'progress-bar', role: 'progressbar', 'aria-label': 'Done', 'aria-valuemin': '0',
        'aria-valuemax': String(plan.steps.length), 'aria-valuenow': String(done) },
      el('span', { class: 'progress-bar__fill', style: { width: `${share}%` } })),
      el('p', {}, `${done.toLocaleString('en')} of ${plan.steps.length.toLocaleString('en')} done`,
        next ? [' · next up: ', link(entityHref(next.iri), next.label)] : null));
  } catch {
    studyBox.hidden = true;
  }
}

initSearchBox();
main();
showStudy();
