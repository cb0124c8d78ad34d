// What the explorer shows beside its graph: the selected entity (a summary from /api/entity and
// what can be done from it), the kind and relation filters, and every entity in view as a
// list (the keyboard's way into the graph).

import { el, kindBadge, link, replaceContent } from './dom.js';
import { kindInfo, kindRank } from './kinds.js';
import { entityHref } from './iris.js';
import { renderValue } from './literals.js';
import { kindSwatch } from './graph.js';
import { pathHref } from './urls.js';

const SUMMARY_MAX = 280;
const FACTS_SHOWN = 4;
const TEXT_PROPERTIES = new Set([
  'https://w3id.org/studygraph/ontology#summary', 'https://schema.org/abstract', 'https://schema.org/description',
  'http://www.w3.org/2004/02/skos/core#definition', 'http://www.w3.org/2000/01/rdf-schema#comment',
]);

/**
 * The selected entity. `entity` is its /api/entity view (null while it loads);
 * `status` is ExploreGraph.status(); `on` holds the actions: expand, more, restart.
 */
export function renderSelection(box, { node, entity, status, start, on }) {
  const iri = node.id();
  const kind = node.data('kind');
  const label = entity?.label || node.data('label');
  const authors = entity?.authors ?? [];
  const literals = entity?.literals ?? [];
  const text = literals.find((g) => TEXT_PROPERTIES.has(g.property))?.values?.[0]?.value;
  const facts = literals.filter((g) => !TEXT_PROPERTIES.has(g.property)
    && (g.values ?? []).every((v) => String(v.value ?? '').length <= 80)).slice(0, FACTS_SHOWN);

  const expand = el('button', { type: 'button', class: 'button button--primary', 'data-action': 'expand' },
    status.expanded ? 'Expanded' : 'Expand neighbours');
  expand.disabled = status.expanded;
  expand.addEventListener('click', () => on.expand(iri));
  const more = status.more > 0
    ? el('button', { type: 'button', class: 'button', 'data-action': 'more', 'aria-label': `Show ${status.more} more connections` },
      `+${status.more} more`)
    : null;
  more?.addEventListener('click', () => on.more(iri));
  const restart = iri === start ? null : el('button', { type: 'button', class: 'button' }, 'Start from here');
  restart?.addEventListener('click', () => on.restart(iri));

  replaceContent(box,
    el('p', { class: 'selection__kind' }, kindBadge(kind)),
    el('h2', { class: 'selection__title', tabindex: '-1' }, link(entityHref(iri), label)),
    authors.length ? el('p', { class: 'selection__byline' }, 'by ', authors.map((a) => a.label).join(', ')) : null,
    facts.length ? el('dl', { class: 'selection__facts' }, facts.map((g) => [
      el('dt', {}, g.label),
      el('dd', {}, (g.values ?? []).slice(0, 2).flatMap((v, i) => [i ? ', ' : null, renderValue(g.property, v)])),
    ])) : null,
    text ? el('p', { class: 'selection__text' }, clip(text)) : null,
    entity === null ? el('p', { class: 'muted selection__loading' }, 'Loading details…') : null,
    el('p', { class: 'selection__links' }, status.inView === 1 ? '1 link in view' : `${status.inView} links in view`,
      status.more > 0 ? ` · ${status.more} more not shown` : null),
    el('div', { class: 'selection__actions' }, expand, more, restart),
    el('ul', { class: 'selection__nav' },
      el('li', {}, link(entityHref(iri), `Open the ${kindInfo(kind).label}’s page`)),
      el('li', {}, link(pathHref({ from: iri }), 'Find a path from here')),
      iri === start ? null : el('li', {}, link(pathHref({ from: start, to: iri }), 'How is this connected to the start?'))));
}

/** The empty panel, before anything is selected. */
export function renderNoSelection(box) {
  replaceContent(box, el('p', { class: 'muted' },
    'Tap a node to see what it is. Double-tap a node, or use “Expand neighbours”, to grow the graph.'));
}

/** Checkboxes for every kind and relation in the graph; `onChange(hideKinds, hideRelations)`. */
export function renderFilters(kindBox, relationBox, graph, hideKinds, hideRelations, onChange) {
  const changed = () => onChange(
    [...kindBox.querySelectorAll('input:not(:checked)')].map((i) => i.value),
    [...relationBox.querySelectorAll('input:not(:checked)')].map((i) => i.value));
  const kinds = [...graph.kinds()].sort(([a], [b]) => kindRank(a) - kindRank(b));
  replaceContent(kindBox, el('legend', { class: 'filters__legend' }, 'Kinds'),
    el('ul', { class: 'filters__list' }, kinds.map(([kind, count]) => checkbox(
      kind, hideKinds, changed, kindSwatch(kind), kindInfo(kind).plural, count, kind === kindOfStart(graph)))));
  const relations = [...graph.relations()].sort(([, a], [, b]) => a.label.localeCompare(b.label));
  replaceContent(relationBox, el('legend', { class: 'filters__legend' }, 'Relations'),
    el('ul', { class: 'filters__list' }, relations.map(([property, { label, count }]) => checkbox(
      property, hideRelations, changed, null, label, count, false, property))));
}

function kindOfStart(graph) {
  return graph.cy.getElementById(graph.start).data('kind');
}

function checkbox(value, hidden, onChange, swatch, label, count, startKind, title = null) {
  const input = el('input', { type: 'checkbox', value });
  input.checked = !hidden.has(value);
  input.addEventListener('change', onChange);
  return el('li', {}, el('label', { class: 'filters__option', title: startKind ? 'The start is always shown' : title },
    input, swatch, el('span', {}, label), el('span', { class: 'filters__count' }, String(count))));
}

/** Every visible entity by kind, each a button that selects it in the graph. */
export function renderEntityList(box, graph, onPick) {
  const nodes = graph.cy.nodes().not('.hidden').toArray()
    .sort((a, b) => kindRank(a.data('kind')) - kindRank(b.data('kind')) || a.data('label').localeCompare(b.data('label')));
  replaceContent(box, el('ul', { class: 'entity-list' }, nodes.map((node) => {
    const button = el('button', { type: 'button', class: 'entity-list__item', title: node.data('label') },
      kindSwatch(node.data('kind')), el('span', {}, node.data('label')));
    button.addEventListener('click', () => onPick(node.id()));
    return el('li', {}, button);
  })));
}

function clip(text) {
  const s = String(text).replace(/\s+/g, ' ').trim();
  return s.length > SUMMARY_MAX ? `${s.slice(0, s.lastIndexOf(' ', SUMMARY_MAX - 1))}…` : s;
}
