// The entity page: one entity with its facts, relations, web links and provenance, its
// connections (works and co-authors, citations and lineage, where an idea appears) and a
// small graph of its neighbourhood. Served for /id/{kind}/{key} and for /entity.html?iri=FULL_IRI.

import { fetchConnections, fetchEntity, getJson } from './api.js';
import { el, kindBadge, link, replaceContent } from './dom.js';
import { APPEARS_IN, appearsPanel, connectionPanels, peoplePanel } from './entity-connections.js';
import { kindInfo } from './kinds.js';
import { entityHref, iriFromLocation } from './iris.js';
import { renderValue } from './literals.js';
import { miniGraph } from './minigraph.js';
import { notesPanel } from './entity-notes.js';
import { FIELD_OF, foundInPanel, linkedParagraphs } from './entity-mentions.js';
import { statusControl, STUDIED_KINDS } from './progress.js';
import { initSearchBox } from './searchbox.js';
import { rememberVisit, showTrail } from './trail.js';
import { exploreHref, pathHref } from './urls.js';
import { entityChip, notice, shortList } from './widgets.js';
import { WORK_KINDS, workActions } from './entity-work.js';
import { affiliationLine, HEADER_RELATIONS, profileLinks } from './entity-profiles.js';

const SG = 'https://w3id.org/studygraph/ontology#';
const SCHEMA_AUTHOR = 'https://schema.org/author';
const AFFILIATION = 'https://schema.org/affiliation';
const PUBLISHER = 'https://schema.org/publisher';
const DATE_PUBLISHED = 'https://schema.org/datePublished';
const DURATION = 'https://schema.org/duration';
const SUMMARY = `${SG}summary`;
/** Shown in a work's header (byline, venue), so not again among its links. */
const BYLINE_RELATIONS = [SCHEMA_AUTHOR, `${SG}presenter`, `${SG}venue`, PUBLISHER];
/** What a repository, tutorial or video is for, and what a list holds, shown first on its page. */
const LEAD_RELATIONS = [[`${SG}implements`, 'What it implements'], [`${SG}explains`, 'What it explains'],
  ['https://schema.org/hasPart', 'What it contains']];
/** Kinds whose header shows where they work and their profiles elsewhere. */
const PROFILED_KINDS = new Set(['person', 'org']);
/** Scores and bookkeeping that mean nothing to a reader. */
const HIDDEN_FACTS = new Set([`${SG}importance`]);

// Literals that read as prose rather than as a fact in a table.
const TEXT_PROPERTIES = new Set([
  SUMMARY,
  'https://schema.org/abstract',
  'https://schema.org/description',
  'http://www.w3.org/2004/02/skos/core#definition',
  'http://purl.org/dc/terms/abstract',
  'http://purl.org/dc/terms/description',
  'http://www.w3.org/2000/01/rdf-schema#comment',
]);
const LONG_TEXT = 200;

const box = document.getElementById('entity');

async function main() {
  const iri = iriFromLocation(window.location);
  if (!iri) {
    showProblem('No entity chosen', 'This page shows one entity: open it from the reading list, or add ?iri=… to the address.');
    return;
  }
  try {
    // Connections are extra: without them the page still shows the entity.
    const [entity, connections, mentions] = await Promise.all([fetchEntity(iri), fetchConnections(iri).catch(() => null),
      getJson(`/api/study/mentions?iri=${encodeURIComponent(iri)}`).catch(() => null)]);
    document.title = entity.label || entity.iri;
    const graph = neighbourhood(entity, connections, hasLinks(entity));
    replaceContent(box, renderEntity(entity, connections, graph.element, mentions));
    rememberVisit({ iri: entity.iri, label: entity.label, kind: entity.kind });
    showTrail(document.getElementById('trail'), entity.iri);
    graph.draw();
  } catch (error) {
    if (error.status === 404) showProblem('Not found', error.message);
    else if (error.status === 400) showProblem('That is not an entity address', error.message);
    else showProblem('Something went wrong', error.message, true);
  } finally {
    box.removeAttribute('aria-busy');
  }
}

function showProblem(title, detail, canRetry = false) {
  document.title = `${title} · StudyGraph`;
  const actions = el('p', { class: 'notice__actions' }, link('/', 'Back to the reading list'));
  if (canRetry) {
    const retry = el('button', { type: 'button', class: 'button' }, 'Try again');
    retry.addEventListener('click', () => window.location.reload());
    actions.prepend(retry, ' ');
  }
  replaceContent(box, notice(title, detail, { action: actions, headingLevel: 1 }));
}

function renderEntity(entity, connections, graphCard, mentions) {
  const info = kindInfo(entity.kind);
  box.style.setProperty('--kind', info.colour);
  const literals = entity.literals ?? [];
  const texts = literals.filter(isText);
  const facts = literals.filter((group) => !isText(group) && !HIDDEN_FACTS.has(group.property));
  const authors = entity.authors ?? [];
  const isWork = WORK_KINDS.has(entity.kind);
  const isConcept = entity.kind === 'concept';
  const incoming = entity.incoming ?? [];
  // For an idea, what mentions or explains it is the point of the page: shown first, not repeated.
  const appears = isConcept ? incoming.filter((group) => APPEARS_IN.has(group.property)) : [];
  const ideas = isWork ? (entity.outgoing ?? []).filter((group) => APPEARS_IN.has(group.property)
    && (group.targets ?? []).every((t) => t.kind === 'concept')) : [];
  const people = entity.kind === 'org' ? incoming.filter((group) => group.property === AFFILIATION) : [];
  const leads = LEAD_RELATIONS.map(([property, title]) => [title, outgoingTargets(entity, property)])
    .filter(([, refs]) => refs.length);
  const actions = isWork ? workActions(entity) : null;
  const found = connections ? connectionPanels(entity, connections) : { panels: [], shown: new Set() };
  // What a box above already shows is left out of the lists of links, each work once on the page.
  const shown = new Set([...found.shown, ...(actions?.shown ?? []), ...leads.flatMap(([, refs]) => refs.map((r) => r.iri))]);
  // The header names the publisher only when there is no venue (workMeta); else it stays a link below.
  const hasVenue = outgoingTargets(entity, `${SG}venue`).length > 0;
  const byline = isWork ? BYLINE_RELATIONS.filter((p) => p !== PUBLISHER || !hasVenue) : [];
  const inHeader = new Set([...HEADER_RELATIONS, ...(authors.length ? [SCHEMA_AUTHOR] : []), ...byline]);
  const rest = (groups, used) => groups.filter((group) => !inHeader.has(group.property) && !used.includes(group))
    .map((group) => ({ ...group, targets: (group.targets ?? []).filter((t) => !shown.has(t.iri)) }));
  const noun = info.label;

  const mainColumn = el('div', { class: 'entity-main' },
    leads.map(([title, refs]) => leadPanel(title, refs)),
    isWork ? null : textPanels(texts, mentions),
    isConcept ? appearsPanel(appears) : null,
    isConcept ? foundInPanel(mentions) : null,
    people.length ? peoplePanel(people) : null,
    found.panels,
    ideas.length ? ideasPanel(ideas, noun) : null,
    isWork ? textPanels(texts, mentions) : null,
    graphCard,
    renderRelations(`Links from this ${noun}`, 'relations-out', rest(entity.outgoing ?? [], ideas)),
    renderRelations(`Links to this ${noun}`, 'relations-in', rest(incoming, [...appears, ...people])),
    notesPanel(entity));
  const side = el('aside', { class: 'entity-side' },
    renderFacts(facts),
    renderWebLinks(entity.links ?? []),
    renderProvenance(entity.provenance ?? []));
  // An entity with only facts should not leave an empty column beside them.
  const single = !mainColumn.childElementCount || !side.childElementCount;
  return [
    renderHead(entity, authors, actions?.element ?? null),
    el('div', { class: single ? 'entity-body entity-body--single' : 'entity-body' }, mainColumn, side),
  ];
}

// Title, who made it, when and where; then what a student does with it (read, watch, code, cite);
// then the page's own tools, smaller.
function renderHead(entity, authors, actions) {
  const byline = authors.length ? authors : outgoingTargets(entity, SCHEMA_AUTHOR);
  const presenters = outgoingTargets(entity, `${SG}presenter`);
  return el('header', { class: 'entity-head' },
    kindBadge(entity.kind, { text: entity.kindLabel || kindInfo(entity.kind).label }),
    el('h1', { class: 'entity-head__title' }, entity.label || entity.iri),
    byline.length ? el('p', { class: 'byline' }, 'by ', joinLinks(byline)) : null,
    otherAuthorLists(entity, byline),
    presenters.length ? el('p', { class: 'byline' }, 'presented by ', joinLinks(presenters)) : null,
    WORK_KINDS.has(entity.kind) ? workMeta(entity) : null,
    PROFILED_KINDS.has(entity.kind) ? [affiliationLine(entity), profileLinks(entity)] : null,
    actions,
    el('div', { class: 'entity-head__tools' },
      STUDIED_KINDS.has(entity.kind) ? statusControl(entity.iri, entity.kind) : null,
      el('ul', { class: 'entity-actions' },
        el('li', {}, el('a', { href: exploreHref({ iri: entity.iri }) },
          el('span', { class: 'entity-actions__icon', 'aria-hidden': 'true' }, '◎'), 'Open in explorer')),
        el('li', {}, el('a', { href: pathHref({ from: entity.iri }) },
          el('span', { class: 'entity-actions__icon', 'aria-hidden': 'true' }, '⇢'), 'Find a path from here')))),
    el('p', { class: 'entity-head__iri' }, el('code', {}, entity.iri), copyButton(entity.iri)));
}

/** "2020 · NeurIPS · 54 min": the year, the venue (else the publisher), and a video's length. */
function workMeta(entity) {
  const literal = (property) => (entity.literals ?? []).find((g) => g.property === property)?.values ?? [];
  const date = literal(DATE_PUBLISHED).map((v) => String(v.value ?? '')).sort((a, b) => b.length - a.length)[0];
  const year = /^\d{4}/.test(date ?? '') ? date.slice(0, 4) : null;
  // A blog post names both its blog and the blog's publisher: the venue says enough.
  const venue = outgoingTargets(entity, `${SG}venue`);
  const venues = venue.length ? venue : outgoingTargets(entity, PUBLISHER);
  const duration = literal(DURATION)[0];
  const parts = [
    year ? el('time', { class: 'entity-head__year', datetime: date }, year) : null,
    venues.length ? el('span', {}, joinLinks(venues)) : null,
    duration ? renderValue(DURATION, duration) : null,
  ].filter(Boolean);
  if (!parts.length) return null;
  return el('p', { class: 'entity-head__meta' }, parts.flatMap((part, i) => [i ? el('span', { 'aria-hidden': 'true' }, ' · ') : null, part]));
}

// The concepts a work is about or mentions, each once, side by side: names are short.
function ideasPanel(groups, noun) {
  const seen = new Set();
  const concepts = groups.flatMap((g) => g.targets ?? []).filter((c) => !seen.has(c.iri) && seen.add(c.iri))
    .sort((a, b) => String(a.label).localeCompare(String(b.label)));
  return el('section', { class: 'panel', 'aria-labelledby': 'ideas-title' },
    el('h2', { class: 'panel__title', id: 'ideas-title' }, `Ideas in this ${noun}`, el('span', { class: 'panel__count' }, String(concepts.length))),
    el('p', { class: 'panel__hint' }, 'The concepts it is about or mentions; each page says where else the idea appears.'),
    shortList('ul', 'chips chips--inline', concepts, entityChip, 24));
}

// A repository's or video's reason to be in the list: the works it implements or explains.
function leadPanel(title, refs) {
  const id = `lead-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return el('section', { class: 'panel panel--lead', 'aria-labelledby': id, 'data-lead': 'true' },
    el('h2', { class: 'panel__title', id }, title, el('span', { class: 'panel__count' }, String(refs.length))),
    shortList('ul', 'chips', refs, entityChip, 12));
}

function outgoingTargets(entity, property) {
  return (entity.outgoing ?? []).filter((g) => g.property === property).flatMap((g) => g.targets ?? []);
}

// The graph card: a person's reaches through their works to their co-authors (only the kinds
// of their works, and people); everyone else's is the plain neighbourhood.
function neighbourhood(entity, connections, linked) {
  const workKinds = [...new Set((connections?.works ?? []).map((work) => work.kind))];
  const person = entity.kind === 'person' && workKinds.length > 0;
  return miniGraph({
    iri: entity.iri,
    title: person ? 'Graph of works and co-authors' : 'Neighbourhood graph',
    linked,
    depth: person ? 2 : 1,
    limit: 25,
    kinds: person ? [...workKinds, 'person'] : [],
    actions: [link(exploreHref({ iri: entity.iri }), 'Open in explorer'),
      link(pathHref({ from: entity.iri }), 'Find a path from here')],
  });
}

function hasLinks(entity) {
  return [...(entity.outgoing ?? []), ...(entity.incoming ?? [])].some((group) => (group.targets ?? []).length);
}

// Sources that disagree on the authors: the byline is the first source's (curated facts, then
// bibliographic records, then the list), and what another source wrote is said beside it.
function otherAuthorLists(entity, byline) {
  const own = byline.map((ref) => ref.iri).join(' ');
  const others = (entity.otherAuthorLists ?? []).filter((v) => v.authors.length && v.authors.map((ref) => ref.iri).join(' ') !== own);
  if (!others.length) return null;
  return others.map((v) => el('p', { class: 'byline byline--variant' },
    el('code', {}, v.source), ` gives ${v.authors.length === 1 ? 'one author' : `${v.authors.length} authors`}: `, joinLinks(v.authors)));
}

function joinLinks(refs) {
  return refs.flatMap((ref, i) => [
    i === 0 ? null : (i === refs.length - 1 ? ' and ' : ', '),
    link(entityHref(ref.iri), ref.label || ref.iri),
  ]);
}

function copyButton(text) {
  if (!navigator.clipboard) return null;
  const button = el('button', { type: 'button', class: 'copy', title: 'Copy the IRI' }, 'Copy');
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = 'Copied';
    } catch {
      button.textContent = 'Copy failed';
    }
    setTimeout(() => { button.textContent = 'Copy'; }, 1500);
  });
  return button;
}

function isText(group) {
  return TEXT_PROPERTIES.has(group.property)
    || (group.values ?? []).some((v) => String(v.value ?? '').length > LONG_TEXT);
}

/** Text titles that say whose words they are: a summary written for the list is no quotation of the authors. */
const TEXT_TITLES = {
  [SUMMARY]: ['Summary', 'written for this reading list, not the authors’ abstract'],
  'https://schema.org/abstract': ['Abstract', 'by the authors'],
  'https://schema.org/description': ['Description', null],
};

// Each text in its own box, so a summary and an abstract are never read as one.
function textPanels(texts, mentions) {
  const spans = mentions?.spans ?? [];
  return texts.map((group) => el('section', { class: 'panel panel--text', 'data-property': group.property },
    renderText(group, spans)));
}

// Concepts of the glossary named in a summary, abstract or description link to their pages.
function renderText(group, spans) {
  const field = FIELD_OF[group.property];
  const own = field ? spans.filter((s) => s.field === field) : [];
  const [title, note] = TEXT_TITLES[group.property] ?? [capitalise(group.label), null];
  return el('div', { class: 'prose' },
    el('h2', { class: 'panel__title' }, title, note ? el('span', { class: 'panel__note' }, ` — ${note}`) : null),
    (group.values ?? []).map((v) => linkedParagraphs(String(v.value ?? ''), own, v.lang || null)));
}

function renderFacts(facts) {
  if (!facts.length) return null;
  return el('section', { class: 'panel panel--facts' },
    el('h2', { class: 'panel__title' }, 'Key facts'),
    el('dl', { class: 'facts' }, facts.map((group) => [
      el('dt', {}, capitalise(group.label)),
      el('dd', {}, el('ul', { class: 'values' },
        (group.values ?? []).map((v) => el('li', {}, renderValue(group.property, v))))),
    ])));
}

function renderRelations(title, id, groups) {
  const nonEmpty = groups.filter((group) => (group.targets ?? []).length);
  if (!nonEmpty.length) return null;
  return el('section', { class: 'panel', 'aria-labelledby': id },
    el('h2', { class: 'panel__title', id }, title),
    nonEmpty.map((group) => el('div', { class: 'relation' },
      el('h3', { class: 'relation__label' }, capitalise(group.label),
        el('span', { class: 'relation__count' }, String(group.targets.length))),
      shortList('ul', chipsClass(group.targets), group.targets, entityChip, 12))));
}

// Short names (concepts, people) flow side by side; titles of works read better one per line.
function chipsClass(targets) {
  return targets.every((t) => String(t.label ?? '').length <= 32) ? 'chips chips--inline' : 'chips';
}

function renderWebLinks(links) {
  if (!links.length) return null;
  return el('section', { class: 'panel' },
    el('h2', { class: 'panel__title' }, 'On the web'),
    el('ul', { class: 'weblinks' }, links.map((l) => el('li', {},
      el('span', { class: 'weblinks__label' }, capitalise(l.label)),
      link(l.url, prettyUrl(l.url), { class: 'weblinks__url', title: l.url })))));
}

function renderProvenance(provenance) {
  if (!provenance.length) return null;
  return el('section', { class: 'panel' },
    el('h2', { class: 'panel__title' }, 'Where this came from'),
    el('ul', { class: 'provenance' }, provenance.map((p) => el('li', {},
      el('code', { title: p.graph || null }, p.source || p.graph || 'unknown source'),
      p.line ? `, line ${p.line}` : null))));
}

// "https://www.youtube.com/watch?v=x" → "youtube.com/watch?v=x": shorter, still recognisable;
// the full address stays in the link and its tooltip.
function prettyUrl(url) {
  const short = String(url ?? '').replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
  return short.length > 60 ? `${short.slice(0, 57)}…` : short;
}

// "cited by" → "Cited by", but "arXiv id" keeps its spelling.
function capitalise(text) {
  const s = String(text ?? '');
  return /^[a-z]+\b/.test(s) ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

initSearchBox();
main();
