// The entity page: one entity with its facts, relations, web links and provenance, its
// connections (works and co-authors, citations and lineage, where an idea appears) and a
// small graph of its neighbourhood. Served for /id/{kind}/{key} and for /entity.html?iri=FULL_IRI.

import { fetchConnections, fetchEntity, getJson } from './api.js';
import { el, kindBadge, link, replaceContent } from './dom.js';
import { APPEARS_IN, appearsPanel, connectionPanels } from './entity-connections.js';
import { kindInfo } from './kinds.js';
import { entityHref, identifierUrl, iriFromLocation, YOUTUBE_ID } from './iris.js';
import { renderValue } from './literals.js';
import { miniGraph } from './minigraph.js';
import { notesPanel } from './entity-notes.js';
import { FIELD_OF, foundInPanel, linkedParagraphs } from './entity-mentions.js';
import { statusControl, STUDIED_KINDS } from './progress.js';
import { initSearchBox } from './searchbox.js';
import { rememberVisit, showTrail } from './trail.js';
import { exploreHref, pathHref } from './urls.js';
import { entityChip, notice, shortList } from './widgets.js';

const SCHEMA_AUTHOR = 'https://schema.org/author';

// Literals that read as prose rather than as a fact in a table.
const TEXT_PROPERTIES = new Set([
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
    const graph = neighbourhood(entity, connections);
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
  const facts = literals.filter((group) => !isText(group));
  const authors = entity.authors ?? [];
  // The ordered byline already shows the authors; the unordered relation would repeat them.
  const outgoing = (entity.outgoing ?? [])
    .filter((group) => !(authors.length && group.property === SCHEMA_AUTHOR));
  // For an idea, what mentions or explains it is the point of the page: shown first, not repeated.
  const incoming = entity.incoming ?? [];
  const isConcept = entity.kind === 'concept';
  const appears = isConcept ? incoming.filter((group) => APPEARS_IN.has(group.property)) : [];

  const mainColumn = el('div', { class: 'entity-main' },
    renderPlayBox(entity, literals),
    texts.length ? el('section', { class: 'panel panel--text' }, texts.map((group) => renderText(group, mentions?.spans ?? []))) : null,
    isConcept ? appearsPanel(appears) : null,
    isConcept ? foundInPanel(mentions) : null,
    connections ? connectionPanels(entity, connections) : null,
    graphCard,
    renderRelations('Links from here', 'relations-out', outgoing),
    renderRelations('Links to here', 'relations-in', incoming.filter((group) => !appears.includes(group))),
    notesPanel(entity));
  const side = el('aside', { class: 'entity-side' },
    renderFacts(facts),
    renderWebLinks(entity.links ?? []),
    renderProvenance(entity.provenance ?? []));
  // An entity with only facts should not leave an empty column beside them.
  const single = !mainColumn.childElementCount || !side.childElementCount;
  return [
    renderHead(entity, authors),
    el('div', { class: single ? 'entity-body entity-body--single' : 'entity-body' }, mainColumn, side),
  ];
}

function renderHead(entity, authors) {
  return el('header', { class: 'entity-head' },
    kindBadge(entity.kind, { text: entity.kindLabel || kindInfo(entity.kind).label }),
    el('h1', { class: 'entity-head__title' }, entity.label || entity.iri),
    STUDIED_KINDS.has(entity.kind) ? statusControl(entity.iri, entity.kind) : null,
    authors.length ? el('p', { class: 'byline' }, 'by ', joinLinks(authors)) : null,
    el('p', { class: 'entity-head__iri' }, el('code', {}, entity.iri), copyButton(entity.iri)),
    el('ul', { class: 'entity-actions' },
      el('li', {}, el('a', { href: exploreHref({ iri: entity.iri }) },
        el('span', { class: 'entity-actions__icon', 'aria-hidden': 'true' }, '◎'), 'Open in explorer')),
      el('li', {}, el('a', { href: pathHref({ from: entity.iri }) },
        el('span', { class: 'entity-actions__icon', 'aria-hidden': 'true' }, '⇢'), 'Find a path from here'))));
}

// The graph card: a person's reaches through their works to their co-authors (only the kinds
// of their works, and people); everyone else's is the plain neighbourhood.
function neighbourhood(entity, connections) {
  const workKinds = [...new Set((connections?.works ?? []).map((work) => work.kind))];
  const person = entity.kind === 'person' && workKinds.length > 0;
  return miniGraph({
    iri: entity.iri,
    title: person ? 'Works and co-authors' : 'Neighbourhood',
    depth: person ? 2 : 1,
    limit: 25,
    kinds: person ? [...workKinds, 'person'] : [],
    actions: [link(exploreHref({ iri: entity.iri }), 'Open in explorer'),
      link(pathHref({ from: entity.iri }), 'Find a path from here')],
  });
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

// A video gets a large link to watch it; nothing is loaded from YouTube until the reader clicks.
function renderPlayBox(entity, literals) {
  const group = literals.find((g) => g.property === YOUTUBE_ID);
  const id = group?.values?.[0]?.value;
  const url = id ? identifierUrl(YOUTUBE_ID, id) : null;
  if (!url) return null;
  return el('a', { class: 'playbox', href: url, target: '_blank', rel: 'noopener' },
    el('span', { class: 'playbox__button', 'aria-hidden': 'true' }, '▶'),
    el('span', { class: 'playbox__title' }, entity.label || id),
    el('span', { class: 'playbox__hint' }, 'Watch on YouTube ↗'));
}

function isText(group) {
  return TEXT_PROPERTIES.has(group.property)
    || (group.values ?? []).some((v) => String(v.value ?? '').length > LONG_TEXT);
}

// Concepts of the glossary named in an abstract or description link to their pages.
function renderText(group, spans) {
  const field = FIELD_OF[group.property];
  const own = field ? spans.filter((s) => s.field === field) : [];
  return el('div', { class: 'prose' },
    el('h2', { class: 'panel__title' }, capitalise(group.label)),
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
