// The graph explorer at /explore.html: start from an entity (?iri= or the picker), tap a node
// to see it, double-tap or "Expand neighbours" to grow the graph, "+N more" where an entity
// has more than was shown, filters by kind and relation, and a depth for the start. The
// address holds the whole view (urls.js): a link shares it, back and forward restore it.

import { GRAPH_BUDGET, fetchEntity, fetchGraph, fetchOverview } from './api.js';
import { el, link, replaceContent } from './dom.js';
import { ExploreGraph } from './explore-graph.js';
import { renderEntityList, renderFilters, renderNoSelection, renderSelection } from './explore-panel.js';
import { focusNode, graphStyle, kindSwatch } from './graph.js';
import { MENTIONS, fitNodes } from './graph-rules.js';
import { bringIntoView } from './dom.js';
import { Picker } from './picker.js';
import { initSearchBox } from './searchbox.js';
import { rememberVisit, showTrail } from './trail.js';
import { EXPLORE_DEFAULTS, exploreHref, readExploreState } from './urls.js';

const MAX_LIMIT = 200;
const ZOOM_STEP = 1.3;

const page = {
  form: document.getElementById('start-form'),
  pickerSlot: document.getElementById('start-picker'),
  depth: document.getElementById('depth'),
  canvas: document.getElementById('graph'),
  status: document.getElementById('graph-status'),
  tools: document.getElementById('graph-tools'),
  selection: document.getElementById('selection'),
  kinds: document.getElementById('kind-filters'),
  relations: document.getElementById('relation-filters'),
  list: document.getElementById('entity-list-body'),
  listCount: document.getElementById('entity-list-count'),
};

let state = readExploreState(window.location.search);
let graph = null;
let loads = 0; // a ticket per load: a newer load makes older answers moot
const entityViews = new Map(); // iri → promise of its /api/entity view

const picker = new Picker({
  id: 'start-input', label: 'Start from', placeholder: 'A paper, person or idea…',
  onChange: (iri) => {
    if (iri && iri !== state.iri) go({ ...state, iri, expanded: [], selected: iri });
  },
});
page.pickerSlot.append(picker.element);

const actions = {
  expand: (iri) => expand(iri, EXPLORE_DEFAULTS.limit),
  more: (iri) => {
    const status = graph.status(iri);
    expand(iri, Math.min(MAX_LIMIT, status.limit + status.more));
  },
  restart: (iri) => go({ ...state, iri, expanded: [], selected: iri }),
};

/** Moves to a new view, as a new history entry. */
function go(next) {
  state = next;
  window.history.pushState(null, '', exploreHref(state));
  load();
}

async function load() {
  const ticket = ++loads;
  graph?.destroy();
  graph = null;
  setTools(false);
  page.depth.querySelectorAll('input').forEach((input) => { input.checked = Number(input.value) === state.depth; });
  if (!state.iri) {
    picker.set(null);
    showStartingPoints();
    return;
  }
  showMessage('Loading the graph…');
  page.canvas.setAttribute('aria-busy', 'true');
  try {
    const [answer, ...expansions] = await Promise.all([
      fetchGraph(state.iri, { depth: state.depth, limit: state.limit, budget: GRAPH_BUDGET }),
      ...state.expanded.map((x) => fetchGraph(x.iri, { depth: 1, limit: x.limit })),
    ]);
    if (ticket !== loads) return;
    const start = (answer.nodes ?? []).find((n) => n.data.id === state.iri)?.data ?? { label: state.iri };
    picker.set(state.iri, start.label, start.kind);
    document.title = `${start.label} · Explore · StudyGraph`;
    rememberVisit({ iri: state.iri, label: start.label, kind: start.kind });
    showTrail(document.getElementById('trail'), state.iri);
    replaceContent(page.canvas);
    const drawn = await ExploreGraph.create(page.canvas, state.iri, answer, {
      depth: state.depth, limit: state.limit,
      onSelect: (node) => {
        select(node ? node.id() : null, { remember: true });
        // On a phone the details are under the graph: what was just asked for comes into view.
        if (node) bringIntoView(page.selection);
      },
      onOpen: (node) => actions.expand(node.id()),
    });
    if (ticket !== loads) { // a newer view was asked for while this one was drawn
      drawn.destroy();
      return;
    }
    graph = drawn;
    expansions.forEach((x, i) => graph.merge(state.expanded[i].iri, x, state.expanded[i].limit));
    refresh();
    graph.byYear = state.byYear;
    if (expansions.length || graph.counts().hidden || state.byYear) await graph.layout({ reseed: true });
    if (ticket !== loads) return;
    setTools(true);
    // The start is shown selected, but nothing is dimmed: the first view is the whole picture.
    select(state.selected, { dim: state.selected !== state.iri });
  } catch (error) {
    if (ticket !== loads) return;
    const detail = error.status === 404 ? `Nothing in the graph is called ${state.iri}.` : error.message;
    showMessage(error.status === 404 ? 'Not found' : 'The graph could not be loaded', detail);
  } finally {
    if (ticket === loads) page.canvas.removeAttribute('aria-busy');
  }
}

/** Applies the filters and redraws what depends on the graph's contents. */
function refresh() {
  graph.applyFilters(new Set(state.hideKinds), new Set(state.hideRelations));
  const { nodes, edges, hidden } = graph.counts();
  replaceContent(page.status, el('strong', {}, `${nodes} ${nodes === 1 ? 'entity' : 'entities'} shown`),
    ` · ${edges} ${edges === 1 ? 'link' : 'links'}`, hidden ? ` · ${hidden} hidden by filters` : '');
  renderFilters(page.kinds, page.relations, graph, new Set(state.hideKinds), new Set(state.hideRelations), onFilter);
  renderEntityList(page.list, graph, (iri) => {
    select(iri, { remember: true, centre: true });
    page.selection.querySelector('h2')?.focus();
  });
  page.listCount.textContent = String(nodes);
  pressed('mentions', MENTIONS.every((p) => state.hideRelations.includes(p)));
}

function onFilter(hideKinds, hideRelations) {
  state = { ...state, hideKinds, hideRelations };
  window.history.replaceState(null, '', exploreHref(state));
  refresh();
  graph.layout({ animate: true });
  select(state.selected, { remember: true }); // its links in view changed; hidden, it is no longer selected
}

/**
 * Selects an entity: marks it, shows its summary; `remember` writes it into the address,
 * `dim` fades what is not next to it.
 */
async function select(iri, { remember = false, centre = false, dim = true } = {}) {
  if (!graph) return;
  const node = iri ? graph.cy.getElementById(iri) : null;
  graph.cy.nodes().unselect();
  if (!node || node.empty() || node.hasClass('hidden')) {
    focusNode(graph.cy, null);
    renderNoSelection(page.selection);
    state = { ...state, selected: null };
  } else {
    node.select();
    focusNode(graph.cy, dim ? node : null);
    if (centre) graph.cy.animate({ center: { eles: node } }, { duration: 250 });
    state = { ...state, selected: iri };
    const show = (entity) => renderSelection(page.selection, { node, entity, status: graph.status(iri), start: state.iri, on: actions });
    show(null);
    if (!entityViews.has(iri)) entityViews.set(iri, fetchEntity(iri).catch(() => undefined));
    const entity = await entityViews.get(iri);
    if (graph && state.selected === iri) show(entity);
  }
  if (remember) window.history.replaceState(null, '', exploreHref(state));
}

/** Adds an entity's neighbours (up to `limit` relations), as a new history entry. */
async function expand(iri, limit) {
  const status = graph.status(iri);
  if (status.expanded && status.limit >= limit) {
    select(iri, { remember: true });
    return;
  }
  const button = page.selection.querySelector('[data-action]');
  if (button) button.disabled = true;
  page.canvas.setAttribute('aria-busy', 'true');
  try {
    const answer = await fetchGraph(iri, { depth: 1, limit });
    if (!graph) return;
    const added = graph.merge(iri, answer, limit);
    state = { ...state, expanded: [...state.expanded.filter((x) => x.iri !== iri), { iri, limit }], selected: iri };
    window.history.pushState(null, '', exploreHref(state));
    refresh();
    page.status.append(` · ${added} new`);
    select(iri);
    await graph.layout({ animate: true });
  } catch (error) {
    page.status.append(` · could not expand: ${error.message}`);
  } finally {
    page.canvas.removeAttribute('aria-busy');
  }
}

function showMessage(title, detail = null) {
  graph?.destroy();
  graph = null;
  replaceContent(page.canvas, el('div', { class: 'explore-canvas__message' },
    el('p', { class: 'explore-canvas__title' }, title), detail ? el('p', {}, detail) : null));
  replaceContent(page.status, '');
  replaceContent(page.kinds);
  replaceContent(page.relations);
  replaceContent(page.list);
  page.listCount.textContent = '0';
  renderNoSelection(page.selection);
}

// Without a start: a few entities of different kinds to begin with.
async function showStartingPoints() {
  showMessage('Where to start?', 'Pick anything above, or begin with one of these:');
  document.title = 'Explore · StudyGraph';
  try {
    const overview = await fetchOverview();
    const wanted = ['paper', 'paper', 'tutorial', 'video', 'concept', 'person'];
    const used = new Map();
    const picks = wanted.map((kind) => {
      const group = (overview.kinds ?? []).find((g) => g.kind === kind);
      const index = used.get(kind) ?? 0;
      used.set(kind, index + 1);
      return group?.items?.[index];
    }).filter(Boolean);
    page.canvas.querySelector('.explore-canvas__message')?.append(el('ul', { class: 'starting-points' },
      picks.map((item) => el('li', {}, kindSwatch(item.kind), link(exploreHref({ iri: item.iri }), item.label)))));
  } catch {
    // The picker still works without suggestions.
  }
}

function setTools(enabled) {
  page.tools.querySelectorAll('button').forEach((button) => { button.disabled = !enabled; });
  pressed('mentions', MENTIONS.every((p) => state.hideRelations.includes(p)));
  pressed('axis', state.byYear);
}

function pressed(tool, on) {
  page.tools.querySelector(`[data-tool='${tool}']`)?.setAttribute('aria-pressed', String(on));
}

// "Hide mentions": the relation filters with both mentions relations off (or back on).
function toggleMentions() {
  const hiding = MENTIONS.every((p) => state.hideRelations.includes(p));
  const rest = state.hideRelations.filter((p) => !MENTIONS.includes(p));
  onFilter(state.hideKinds, hiding ? rest : [...rest, ...MENTIONS]);
  pressed('mentions', !hiding);
}

async function toggleAxis() {
  state = { ...state, byYear: !state.byYear };
  window.history.replaceState(null, '', exploreHref(state));
  pressed('axis', state.byYear);
  await graph.timeAxis(state.byYear);
}

function zoom(factor) {
  const { cy } = graph;
  cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

// The drawing as a PNG, at twice the screen's resolution, on the page's background.
function exportPng() {
  const background = getComputedStyle(document.documentElement).getPropertyValue('--surface').trim() || '#fff';
  const blob = graph.cy.png({ output: 'blob', full: true, scale: 2, bg: background });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url; // a blob: address made here, never data from the server
  anchor.download = `studygraph-${(picker.label || 'graph').replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60)}.png`;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

page.tools.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-tool]');
  if (!button || !graph) return;
  const tool = button.dataset.tool;
  if (tool === 'fit') fitNodes(graph.cy);
  else if (tool === 'zoom-in') zoom(ZOOM_STEP);
  else if (tool === 'zoom-out') zoom(1 / ZOOM_STEP);
  else if (tool === 'layout') graph.layout({ animate: true, reseed: true });
  else if (tool === 'png') exportPng();
  else if (tool === 'mentions') toggleMentions();
  else if (tool === 'axis') toggleAxis();
});

page.depth.addEventListener('change', (event) => {
  const depth = Number(event.target.value);
  if (state.iri && depth !== state.depth) go({ ...state, depth });
  else state = { ...state, depth };
});

page.form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (picker.iri && picker.iri !== state.iri) go({ ...state, iri: picker.iri, expanded: [], selected: picker.iri });
  else if (!picker.iri) picker.focus();
});

window.addEventListener('popstate', () => {
  const next = readExploreState(window.location.search);
  const sameGraph = graph && next.iri === state.iri && next.depth === state.depth && next.limit === state.limit
    && JSON.stringify(next.expanded) === JSON.stringify(state.expanded);
  const axisChanged = next.byYear !== state.byYear;
  state = next;
  if (!sameGraph) {
    load();
    return;
  }
  refresh();
  pressed('axis', state.byYear);
  if (axisChanged) graph.timeAxis(state.byYear);
  select(state.selected);
});

// Colours come from the page's scheme: follow it when the reader switches to dark mode.
window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => graph?.cy.style(graphStyle()));

initSearchBox();
load();
