// The gap report: what the reading list lacks, one section per kind of gap, each with its total
// and its most pressing entries first (the server ranks them).

import { getJson } from './api.js';
import { el, kindBadge, link, replaceContent } from './dom.js';
import { entityHref } from './iris.js';
import { initSearchBox } from './searchbox.js';
import { notice, shortList } from './widgets.js';

const LIMIT = 200;
const countsBox = document.getElementById('gap-counts');
const gapsBox = document.getElementById('gaps');

const SECTIONS = [
  {
    key: 'unexplainedConcepts', id: 'gap-concepts', title: 'Ideas nothing explains',
    lead: 'No video, tutorial or paper on the graph explains these or is about them. The most used first.',
    none: 'Every idea on the list has something that explains it.',
    entry: (c) => [kindBadge('concept', { compact: true }), ' ', link(entityHref(c.iri), c.label),
      el('span', { class: 'gap__meta' }, ` · ${c.defined ? 'defined in the glossary' : 'no definition either'}`
        + (c.mentionedBy ? ` · used by ${count(c.mentionedBy, 'item')}` : ''))],
  },
  {
    key: 'papersWithoutHelp', id: 'gap-papers', title: 'Papers with no video, tutorial or code',
    lead: 'What each paper lacks beside it. Those lacking all three first, then the ones the list builds on most.',
    none: 'Every paper has a video, a tutorial and code.',
    entry: (p) => [kindBadge('paper', { compact: true }), ' ', link(entityHref(p.iri), p.label),
      p.date ? el('span', { class: 'gap__meta' }, ` · ${String(p.date).slice(0, 4)}`) : null, ' ',
      el('span', { class: 'gap__missing' }, p.missing.map((m) => el('span', { class: 'gap__tag' }, `no ${m}`))),
      p.citedByList ? el('span', { class: 'gap__meta' }, ` · cited by ${count(p.citedByList, 'list item')}`) : null],
  },
  {
    key: 'citedNotOnList', id: 'gap-cited', title: 'Cited by the list, not on it',
    lead: 'Works that items of the list cite or build on, but that no list holds: candidates to add.',
    none: 'Everything the list cites is on the list (or the list states no citations).',
    entry: (w) => [kindBadge(w.kind ?? 'paper', { compact: true }), ' ', link(entityHref(w.iri), w.label || w.iri),
      el('span', { class: 'gap__meta' }, ` · cited by ${count(w.citedBy, 'list item')}: `),
      ...joined(w.citers.map((c) => link(entityHref(c.iri), c.label || c.iri))),
      w.citedBy > w.citers.length ? el('span', { class: 'gap__meta' }, ` and ${w.citedBy - w.citers.length} more`) : null],
  },
  {
    key: 'peopleWithoutProfile', id: 'gap-people', title: 'People with no profile',
    lead: 'Authors and presenters with no homepage, profile or ORCID on the graph. Those with most works first.',
    none: 'Everyone on the list has a profile.',
    entry: (p) => [kindBadge('person', { compact: true }), ' ', link(entityHref(p.iri), p.label || p.iri),
      el('span', { class: 'gap__meta' }, ` · ${count(p.works, 'work')}`)],
  },
];

async function load() {
  try {
    const report = await getJson(`/api/study/gaps?limit=${LIMIT}`);
    render(report);
  } catch (error) {
    replaceContent(gapsBox, notice('The gap report could not be made', error.message));
  } finally {
    countsBox.removeAttribute('aria-busy');
  }
}

function render(report) {
  const problems = report.importProblems ?? [];
  replaceContent(countsBox,
    SECTIONS.map((s) => countCard(s.id, s.title, report[s.key].total)),
    countCard('gap-imports', 'Import problems', report.counts?.importProblems ?? 0));
  replaceContent(gapsBox,
    SECTIONS.map((s) => section(s, report[s.key])),
    importSection(problems));
}

function countCard(id, title, total) {
  return el('li', { class: `gap-count${total ? '' : ' gap-count--none'}` },
    el('a', { href: `#${id}` }, el('span', { class: 'gap-count__n' }, String(total)), ' ', title));
}

function section(spec, data) {
  const shown = data.items.length;
  return el('section', { class: 'panel gap', id: spec.id, 'aria-labelledby': `${spec.id}-title` },
    el('h2', { id: `${spec.id}-title` }, `${spec.title} `, el('span', { class: 'gap__total' }, `(${data.total})`)),
    data.total ? el('p', { class: 'gap__lead' }, spec.lead) : null,
    data.total ? shortList('ul', 'gap__list', data.items, (item) => el('li', {}, spec.entry(item)), 10)
      : el('p', { class: 'gap__none' }, spec.none),
    data.total > shown ? el('p', { class: 'gap__meta' }, `The first ${shown} of ${data.total}; `,
      link(`/api/study/gaps?limit=1000`, 'the JSON report'), ' gives up to 1,000.') : null);
}

function importSection(problems) {
  const total = problems.reduce((n, p) => n + p.skipped.length + p.warnings.length, 0);
  return el('section', { class: 'panel gap', id: 'gap-imports', 'aria-labelledby': 'gap-imports-title' },
    el('h2', { id: 'gap-imports-title' }, 'What the import could not complete ', el('span', { class: 'gap__total' }, `(${total})`)),
    total ? el('p', { class: 'gap__lead' }, 'Entries skipped and warnings, per source, as its last import reported them.') : null,
    total ? problems.map((p) => el('div', { class: 'gap__source' },
      el('h3', {}, p.source),
      p.skipped.length ? [el('h4', {}, `Skipped (${p.skipped.length})`), shortList('ul', 'gap__list', p.skipped, (m) => el('li', {}, m), 10)] : null,
      p.warnings.length ? [el('h4', {}, `Warnings (${p.warnings.length})`), shortList('ul', 'gap__list', p.warnings, (m) => el('li', {}, m), 10)] : null))
      : el('p', { class: 'gap__none' }, 'Every source was read completely.'));
}

function count(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function joined(nodes) {
  return nodes.flatMap((node, i) => (i ? [', ', node] : [node]));
}

initSearchBox();
load();
