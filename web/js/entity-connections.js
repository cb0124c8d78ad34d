// The entity page's views of /api/connections: a person's works in date order and co-authors;
// a work's citations as a timeline by year (which way each goes) and its lineage (what it
// builds on, what builds on it). And for a concept, from the entity view itself: every
// resource that mentions or explains it.

import { el, link } from './dom.js';
import { kindInfo, kindRank } from './kinds.js';
import { entityHref } from './iris.js';
import { kindSwatch } from './graph.js';

const SG = 'https://w3id.org/studygraph/ontology#';
const DATE_PUBLISHED = 'https://schema.org/datePublished';
/** Incoming relations that say a resource talks about a concept. */
export const APPEARS_IN = new Set(['https://schema.org/mentions', `${SG}explains`, 'https://schema.org/about', `${SG}mentionsConcept`,
  'http://purl.org/dc/terms/subject']);
const UNDATED = 'Undated';

/** The panels for what /api/connections found; an empty list when it found nothing. */
export function connectionPanels(entity, connections) {
  const panels = [];
  const works = connections.works ?? [];
  const coauthors = connections.coauthors ?? [];
  const citations = connections.citations ?? [];
  const { ancestors = [], descendants = [] } = connections.lineage ?? {};
  if (works.length) panels.push(worksPanel(works));
  if (coauthors.length) panels.push(coauthorsPanel(coauthors));
  if (citations.length) panels.push(citationsPanel(entity, citations));
  if (ancestors.length || descendants.length) panels.push(lineagePanel(entity, ancestors, descendants));
  return panels;
}

/** "Where this idea appears": the groups of `incoming` that mention or explain the entity. */
export function appearsPanel(groups) {
  const refs = new Map(); // iri → {ref, via: [labels]}
  for (const group of groups) {
    for (const target of group.targets ?? []) {
      const entry = refs.get(target.iri) ?? { ref: target, via: [] };
      entry.via.push(group.label);
      refs.set(target.iri, entry);
    }
  }
  if (!refs.size) return null;
  const byKind = new Map();
  for (const entry of refs.values()) {
    if (!byKind.has(entry.ref.kind)) byKind.set(entry.ref.kind, []);
    byKind.get(entry.ref.kind).push(entry);
  }
  const kinds = [...byKind.keys()].sort((a, b) => kindRank(a) - kindRank(b));
  return panel('appears-title', 'Where this idea appears', refs.size, 'panel--lead',
    el('p', { class: 'panel__hint' }, 'Every paper, tutorial, video and other resource that mentions or explains it.'),
    el('div', { class: 'appears' }, kinds.map((kind) => el('div', {},
      el('h3', { class: 'appears__kind' }, kindSwatch(kind), kindInfo(kind).plural,
        el('span', { class: 'relation__count' }, String(byKind.get(kind).length))),
      el('ul', { class: 'chips' }, byKind.get(kind)
        .sort((a, b) => a.ref.label.localeCompare(b.ref.label))
        .map(({ ref, via }) => el('li', { class: 'chip', style: { '--kind': kindInfo(ref.kind).colour } },
          link(entityHref(ref.iri), ref.label || ref.iri, { class: 'chip__label' }),
          el('span', { class: 'appears__via' }, via.join(', ')))))))));
}

function worksPanel(works) {
  return panel('works-title', 'Works', works.length, 'panel--lead',
    el('p', { class: 'panel__hint' }, 'In date order, with the part this person had in each.'),
    timeline(works, (item) => [
      el('span', { class: 'timeline__title' }, kindSwatch(item.kind), link(entityHref(item.iri), item.label || item.iri)),
      el('span', { class: 'relation-tag' }, item.relation),
      item.date ? el('time', { class: 'timeline__meta', datetime: item.date }, formatDate(item.date)) : null,
    ]));
}

function coauthorsPanel(coauthors) {
  return panel('coauthors-title', 'Co-authors', coauthors.length, '',
    el('ul', { class: 'coauthors' }, coauthors.map((person) => el('li', {},
      kindSwatch(person.kind ?? 'person'),
      link(entityHref(person.iri), person.label || person.iri),
      el('span', { class: 'coauthors__count' },
        person.sharedWorks === 1 ? '1 shared work' : `${person.sharedWorks ?? '?'} shared works`)))));
}

// Citations merged per work (one work may be "cited by" and "built on by"), with this work in
// its place among them, so before and after read at a glance.
function citationsPanel(entity, citations) {
  const merged = new Map();
  for (const item of citations) {
    const entry = merged.get(item.iri) ?? { ...item, relations: [] };
    entry.relations.push({ relation: item.relation, direction: item.direction });
    merged.set(item.iri, entry);
  }
  const items = [...merged.values()];
  const own = ownDate(entity);
  items.push({ iri: entity.iri, label: entity.label, kind: entity.kind, date: own, relations: [], self: true });
  return panel('citations-title', 'Citations', merged.size, 'panel--lead',
    el('p', { class: 'timeline-key' }, '→ this work cites or builds on it · ← it cites or builds on this work'),
    timeline(sortByDate(items), (item) => (item.self
      ? [el('span', { class: 'timeline__title' }, kindSwatch(item.kind), `This ${kindInfo(item.kind).label}`),
        item.date ? el('time', { class: 'timeline__meta', datetime: item.date }, formatDate(item.date)) : null]
      : [el('span', { class: 'timeline__title' }, kindSwatch(item.kind), link(entityHref(item.iri), item.label || item.iri)),
        item.relations.map(({ relation, direction }) => relationTag(relation, direction)),
        item.date ? el('time', { class: 'timeline__meta', datetime: item.date }, formatDate(item.date)) : null])));
}

function lineagePanel(entity, ancestors, descendants) {
  const row = (item, extra = {}) => el('li', { style: { '--kind': kindInfo(item.kind).colour }, ...extra },
    link(entityHref(item.iri), item.label || item.iri),
    item.date ? el('time', { class: 'chain-list__date', datetime: item.date }, formatDate(item.date)) : null);
  const self = el('li', { class: 'chain-list__self', style: { '--kind': kindInfo(entity.kind).colour } },
    el('span', {}, entity.label), el('span', { class: 'chain-list__date' }, `this ${kindInfo(entity.kind).label}`));
  return panel('lineage-title', 'Lineage', null, '',
    el('p', { class: 'panel__hint' }, 'What it builds on, directly or through others, above; what builds on it below.'),
    el('div', { class: 'lineage' },
      ancestors.length ? el('div', {}, el('h3', {}, `Builds on (${ancestors.length})`),
        el('ol', { class: 'chain-list' }, sortByDate(ancestors).map((a) => row(a)), self)) : null,
      descendants.length ? el('div', {}, el('h3', {}, `Built on by (${descendants.length})`),
        el('ol', { class: 'chain-list' }, ancestors.length ? null : self, sortByDate(descendants).map((d) => row(d)))) : null));
}

// The server says which way each relation goes: "in" (cited by, built on by) points at this work.
function relationTag(relation, direction) {
  const incoming = direction ? direction === 'in' : /\bby$/.test(relation);
  return el('span', { class: incoming ? 'relation-tag relation-tag--in' : 'relation-tag' },
    el('span', { 'aria-hidden': 'true' }, incoming ? '←' : '→'), relation);
}

/** Items grouped by year, in the order given (dated ones first), as a vertical timeline. */
function timeline(items, renderItem) {
  const years = new Map();
  for (const item of items) {
    const year = /^\d{4}/.test(item.date ?? '') ? item.date.slice(0, 4) : UNDATED;
    if (!years.has(year)) years.set(year, []);
    years.get(year).push(item);
  }
  const order = [...years.keys()].filter((y) => y !== UNDATED);
  if (years.has(UNDATED)) order.push(UNDATED);
  return el('ol', { class: 'timeline' }, order.map((year) => el('li', { class: 'timeline__year' },
    el('span', { class: 'timeline__label' }, year),
    el('ol', { class: 'timeline__items' }, years.get(year).map((item) => el('li', {
      class: item.self ? 'timeline__item timeline__item--self' : 'timeline__item',
      style: { '--kind': kindInfo(item.kind).colour },
    }, renderItem(item)))))));
}

function sortByDate(items) {
  const key = (item) => item.date ?? '9999';
  return [...items].sort((a, b) => key(a).localeCompare(key(b)));
}

function ownDate(entity) {
  const values = (entity.literals ?? []).find((g) => g.property === DATE_PUBLISHED)?.values ?? [];
  return values.map((v) => String(v.value ?? '')).sort((a, b) => b.length - a.length)[0] ?? null;
}

/** "2021-02-18" → "18 Feb 2021"; "2021-02" → "Feb 2021"; a year stays a year. */
function formatDate(date) {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date);
  if (!match) return date;
  const [, y, m, d] = match;
  if (!m) return y;
  const options = { timeZone: 'UTC', year: 'numeric', month: 'short', ...(d ? { day: 'numeric' } : {}) };
  return new Intl.DateTimeFormat(undefined, options).format(new Date(Date.UTC(Number(y), Number(m) - 1, Number(d ?? 1))));
}

function panel(id, title, count, modifier, ...children) {
  return el('section', { class: `panel ${modifier}`.trim(), 'aria-labelledby': id },
    el('h2', { class: 'panel__title', id }, title,
      count === null ? null : el('span', { class: 'panel__count' }, String(count))),
    children);
}
