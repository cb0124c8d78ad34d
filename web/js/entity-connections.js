// The entity page's views of /api/connections: a person's works in date order and co-authors;
// an organisation's works by its people; what to read before and after a work (its citations
// and lineage, merged). And for a concept, from the entity view itself: every resource that
// mentions or explains it.

import { el, link } from './dom.js';
import { kindInfo, kindRank } from './kinds.js';
import { entityHref } from './iris.js';
import { kindSwatch } from './graph.js';

const SG = 'https://w3id.org/studygraph/ontology#';
const DATE_PUBLISHED = 'https://schema.org/datePublished';
/** Incoming relations that say a resource talks about a concept. */
export const APPEARS_IN = new Set(['https://schema.org/mentions', `${SG}explains`, 'https://schema.org/about', `${SG}mentionsConcept`,
  'http://purl.org/dc/terms/subject']);
// Two short words, so the label wraps in its column instead of running over the line's dots.
const UNDATED = 'No date';

/**
 * The panels for what /api/connections found, and the IRIs they show (so the lists of links need
 * not repeat them). A person's works and co-authors; an organisation's works by its people; a
 * work's reading order. `panels` is empty when it found nothing.
 */
export function connectionPanels(entity, connections) {
  const panels = [];
  const shown = new Set();
  const works = connections.works ?? [];
  const coauthors = connections.coauthors ?? [];
  const memberWorks = connections.memberWorks ?? [];
  const citations = connections.citations ?? [];
  const { ancestors = [], descendants = [] } = connections.lineage ?? {};
  if (works.length) panels.push(worksPanel(works));
  if (coauthors.length) panels.push(coauthorsPanel(coauthors));
  if (memberWorks.length) panels.push(memberWorksPanel(memberWorks));
  [...works, ...coauthors].forEach((item) => shown.add(item.iri));
  if (citations.length || ancestors.length || descendants.length) {
    const order = readingOrderPanel(entity, citations, ancestors, descendants);
    panels.push(order.element);
    order.shown.forEach((iri) => shown.add(iri));
  }
  return { panels, shown };
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

function memberWorksPanel(works) {
  return panel('member-works-title', 'Works by its people', works.length, '',
    el('p', { class: 'panel__hint' }, 'In date order, with the authors affiliated with it.'),
    timeline(works, (item) => [
      el('span', { class: 'timeline__title' }, kindSwatch(item.kind), link(entityHref(item.iri), item.label || item.iri)),
      el('span', { class: 'timeline__people' }, 'by ', item.members.flatMap((m, i) => [i ? ', ' : null,
        link(entityHref(m.iri), m.label || m.iri)])),
      item.date ? el('time', { class: 'timeline__meta', datetime: item.date }, formatDate(item.date)) : null,
    ]));
}

/** An organisation's people: the groups of its incoming relations that say who is affiliated. */
export function peoplePanel(groups) {
  const seen = new Set();
  const people = groups.flatMap((g) => g.targets ?? []).filter((p) => !seen.has(p.iri) && seen.add(p.iri))
    .sort((a, b) => String(a.label).localeCompare(String(b.label)));
  return panel('people-title', 'Its people', people.length, 'panel--lead',
    el('p', { class: 'panel__hint' }, 'Affiliated with it, as the sources say.'),
    el('ul', { class: 'coauthors' }, people.map((person) => el('li', {},
      kindSwatch(person.kind ?? 'person'), link(entityHref(person.iri), person.label || person.iri)))));
}

function coauthorsPanel(coauthors) {
  return panel('coauthors-title', 'Co-authors', coauthors.length, '',
    el('ul', { class: 'coauthors' }, coauthors.map((person) => el('li', {},
      kindSwatch(person.kind ?? 'person'),
      link(entityHref(person.iri), person.label || person.iri),
      el('span', { class: 'coauthors__count' },
        person.sharedWorks === 1 ? '1 shared work' : `${person.sharedWorks ?? '?'} shared works`)))));
}

// "Read before / read after": what this work cites or builds on, and what cites or builds on it,
// each work once with every relation it has, by year. Lineage is transitive; a work reached only
// through others says so.
function readingOrderPanel(entity, citations, ancestors, descendants) {
  const direct = directBuildsOn(entity);
  const before = new Map();
  const after = new Map();
  const add = (item, side, words) => {
    const entry = side.get(item.iri) ?? { ...item, relations: [] };
    if (!entry.relations.includes(words)) entry.relations.push(words);
    side.set(item.iri, entry);
  };
  for (const item of citations) add(item, item.direction === 'in' ? after : before, item.relation);
  for (const item of ancestors) add(item, before, direct.has(item.iri) ? 'builds on' : 'builds on, through others');
  for (const item of descendants) add(item, after, direct.has(item.iri) ? 'built on by' : 'built on by, through others');
  // A work on both sides (a cycle in the sources) is read before.
  for (const iri of before.keys()) after.delete(iri);
  const own = ownDate(entity);
  const kind = kindInfo(entity.kind).label;
  const side = (id, title, hint, items, incoming) => (items.size ? el('div', { class: 'reading-order__side', 'data-side': id },
    el('h3', { class: 'reading-order__title' }, title, el('span', { class: 'relation__count' }, String(items.size))),
    el('p', { class: 'panel__hint' }, hint),
    timeline(sortByDate([...items.values()]), (item) => [
      el('span', { class: 'timeline__title' }, kindSwatch(item.kind), link(entityHref(item.iri), item.label || item.iri)),
      item.relations.map((relation) => relationTag(relation, incoming)),
      item.date ? el('time', { class: 'timeline__meta', datetime: item.date }, formatDate(item.date)) : null])) : null);
  const element = panel('reading-order-title', 'Read before / read after', before.size + after.size, 'panel--lead reading-order',
    side('before', 'Read before', `What this ${kind} cites or builds on.`, before, false),
    el('p', { class: 'reading-order__self', style: { '--kind': kindInfo(entity.kind).colour } },
      kindSwatch(entity.kind), `This ${kind}`, own ? el('time', { datetime: own }, ` · ${formatDate(own)}`) : null),
    side('after', 'Read after', `What cites or builds on this ${kind}.`, after, true));
  return { element, shown: new Set([...before.keys(), ...after.keys()]) };
}

function directBuildsOn(entity) {
  return new Set([...(entity.outgoing ?? []), ...(entity.incoming ?? [])]
    .filter((g) => g.property === `${SG}buildsOn`).flatMap((g) => g.targets ?? []).map((t) => t.iri));
}

function relationTag(relation, incoming) {
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
