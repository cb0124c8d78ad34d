// Entity graphs drawn with Cytoscape: the neighbourhood on an entity page, the start graph on
// the home page, the explorer and the union of paths. Nodes are coloured AND shaped by kind
// (kinds.js), so kinds stay apart for readers who do not see colours; the same shapes appear in
// legends as CSS swatches. Cytoscape is loaded only when a graph is drawn.

import { el } from './dom.js';
import { kindInfo, kindRank } from './kinds.js';
import { markGraph, progressStyle } from './progress.js';
import {
  EDGE_FONT, applyLabelFloor, fitNodes, floorStyle, importanceOf, installRules, seedPositions, sizeStyle, sortElements, stretchToCanvas,
} from './graph-rules.js';

const CYTOSCAPE = '/webjars/cytoscape/3.33.1/dist/cytoscape.esm.min.mjs';
const LABEL_MAX = 42; // longer titles are cut on the canvas; the full one is in the panel
const MAX_FIT_ZOOM = 1.15;
const REDUCED_MOTION = window.matchMedia('(prefers-reduced-motion: reduce)');

let loading = null;

/** The Cytoscape factory, imported once. */
function loadCytoscape() {
  loading ??= import(CYTOSCAPE).then((module) => module.default);
  return loading;
}

/** A Cytoscape node for `{id, label, kind, importance?}` (the `data` of an /api/graph node). */
export function nodeElement(node) {
  const { id, label, kind } = node;
  const info = kindInfo(kind);
  const text = String(label || id);
  const data = { id, label: text, short: shorten(text, LABEL_MAX), kind: info.kind, colour: info.colour, shape: info.shape };
  const importance = importanceOf(node);
  if (importance !== null) data.importance = importance;
  return { group: 'nodes', data };
}

/** A Cytoscape edge; `key` is its identity across answers (the API numbers edges per answer). */
export function edgeElement({ source, target, property, label }) {
  const key = `${source}\n${property ?? label}\n${target}`;
  return { group: 'edges', data: { id: key, source, target, property: property ?? '', label: label ?? '' } };
}

/** Elements of an /api/graph answer, edges keyed so that answers merge without duplicates. */
export function graphElements(answer) {
  return [
    ...(answer.nodes ?? []).map((n) => nodeElement(n.data)),
    ...(answer.edges ?? []).map((e) => edgeElement(e.data)),
  ];
}

/** The stylesheet, in the page's colours (light or dark). */
export function graphStyle() {
  const css = getComputedStyle(document.documentElement);
  const colour = (name, fallback) => css.getPropertyValue(name).trim() || fallback;
  const text = colour('--text', '#1d2128');
  const muted = colour('--muted', '#5d6570');
  const surface = colour('--surface', '#fff');
  const focus = colour('--focus', '#f08c00');
  return [
    { selector: 'node', style: {
      'background-color': 'data(colour)', shape: 'data(shape)', width: 22, height: 22,
      label: 'data(short)', color: text, 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4,
      'text-wrap': 'wrap', 'text-max-width': 130, 'text-outline-color': surface, 'text-outline-width': 2,
      'border-color': surface, 'border-width': 1.5 } },
    ...sizeStyle(),
    { selector: 'node.start', style: { width: 34, height: 34, 'font-weight': 'bold', 'border-width': 3, 'border-color': text } },
    ...progressStyle(),
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': focus, 'overlay-opacity': 0 } },
    { selector: 'edge', style: {
      width: 1.2, 'line-color': muted, 'line-opacity': 0.55, 'target-arrow-color': muted,
      'target-arrow-shape': 'triangle', 'arrow-scale': 0.75, 'curve-style': 'bezier',
      label: 'data(label)', 'font-size': EDGE_FONT, color: muted, 'text-rotation': 'autorotate',
      'text-outline-color': surface, 'text-outline-width': 2, 'text-opacity': 0 } },
    { selector: 'edge.labelled, edge.near', style: { 'text-opacity': 1, 'line-opacity': 0.9 } },
    { selector: '.dimmed', style: { opacity: 0.28 } },
    { selector: '.hidden', style: { display: 'none' } },
    ...floorStyle(),
  ];
}

/**
 * The force-directed layout, calm enough for 10–150 nodes. It starts from the nodes' current
 * positions (seeded from their IRIs, see graph-rules.js), so the same graph lays out the same.
 */
export function layoutOptions({ animate = false, fit = true } = {}) {
  return {
    name: 'cose', animate: animate && !REDUCED_MOTION.matches, animationDuration: 450, fit, padding: 28,
    randomize: false, nodeDimensionsIncludeLabels: true, idealEdgeLength: () => 60,
    nodeRepulsion: () => 6000, gravity: 0.5, numIter: 1500,
  };
}

/**
 * Draws elements in `container` (which must already have its size) and resolves to the
 * Cytoscape instance. `layout` is "cose" (force-directed), "radial" (everything around
 * `start`: a neighbourhood) or "path" (left to right from `start`). `onSelect(node)` runs on a
 * tap of a node (null on the background), `onOpen(node)` on a double tap.
 */
export async function drawGraph(container, elements, { start = null, layout = 'cose', onSelect, onOpen, labelEdges = false } = {}) {
  const cytoscape = await loadCytoscape();
  const cy = cytoscape({
    container, elements: sortElements(elements), style: graphStyle(), layout: { name: 'preset' },
    minZoom: 0.15, maxZoom: 3, boxSelectionEnabled: false,
  });
  if (start) cy.getElementById(start).addClass('start');
  markGraph(cy);
  if (labelEdges) cy.edges().addClass('labelled');
  const rules = installRules(cy);
  // The nodes fill the canvas; a few nodes on a big canvas are not drawn huge (life size at most).
  cy.on('layoutstop', (event) => {
    if (event.layout?.options?.name === 'cose') stretchToCanvas(cy);
    fitNodes(cy, { maxZoom: MAX_FIT_ZOOM });
  });
  cy.on('add', 'node', () => rules.refresh());
  if (layout === 'radial' && start) radialLayout(cy, start);
  else if (layout === 'path' && start) pathLayout(cy, start);
  else {
    seedPositions(cy.nodes());
    cy.layout(layoutOptions()).run();
  }
  cy.on('tap', 'node', (event) => onSelect?.(event.target));
  cy.on('tap', (event) => {
    if (event.target === cy) onSelect?.(null);
  });
  cy.on('dbltap', 'node', (event) => onOpen?.(event.target));
  return cy;
}

// Neighbours on an ellipse around the start, grouped by kind, stretched to the canvas's shape.
// With many, every other one sits on an outer ring, so neighbouring labels do not collide.
function radialLayout(cy, start) {
  const centre = cy.getElementById(start);
  const around = cy.nodes().not(centre).toArray()
    .sort((a, b) => kindRank(a.data('kind')) - kindRank(b.data('kind')) || a.data('label').localeCompare(b.data('label')));
  const twoRings = around.length > 10;
  const radius = twoRings ? Math.max(130, around.length * 6) : Math.max(100, around.length * 14);
  const stretch = Math.min(2.2, Math.max(1, cy.width() / Math.max(cy.height(), 1)));
  centre.position({ x: 0, y: 0 });
  // One or two neighbours sit beside the start, not above it: a vertical edge's label would
  // run into the names under the nodes.
  const turn = around.length <= 2 ? 0 : -Math.PI / 2;
  around.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / around.length + turn;
    const r = twoRings && i % 2 ? radius * 1.45 : radius;
    node.position({ x: Math.cos(angle) * r * stretch, y: Math.sin(angle) * r });
  });
  cy.fit(undefined, 24);
  cy.emit('layoutstop');
}

// A breadth-first tree from the start, turned to read left to right like the path's sentence.
// Columns (one per hop) are wider than a wrapped label, so names in neighbouring columns
// never meet and the floor's placement keeps them all.
const PATH_COLUMN = 175;
const PATH_ROW = 140;
// Entities of one hop sit at least this far apart: a node and its wrapped name (three lines) fit
// between them across the screen, a name's width down it.
const PATH_SIBLING_ACROSS = 110;
const PATH_SIBLING_DOWN = 170;

/**
 * Each node's place along its hop: where `side` puts it, pushed apart from the node before it
 * in the same hop to at least `gap`, each hop kept centred where it was.
 */
function spreadSiblings(nodes, hops, side, gap) {
  const byHop = new Map();
  nodes.forEach((node) => {
    const hop = hops.get(node.id()) ?? 0;
    if (!byHop.has(hop)) byHop.set(hop, []);
    byHop.get(hop).push({ id: node.id(), at: side(node) });
  });
  const placed = new Map();
  for (const group of byHop.values()) {
    group.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
    const before = group.reduce((sum, n) => sum + n.at, 0) / group.length;
    for (let i = 1; i < group.length; i++) group[i].at = Math.max(group[i].at, group[i - 1].at + gap);
    const shift = before - group.reduce((sum, n) => sum + n.at, 0) / group.length;
    group.forEach((n) => placed.set(n.id, n.at + shift));
  }
  return placed;
}
function pathLayout(cy, start) {
  cy.layout({ name: 'breadthfirst', roots: [start], spacingFactor: 1, animate: false, fit: false }).run();
  const hops = new Map();
  cy.elements().bfs({ roots: cy.getElementById(start), visit: (node, edge, previous, i, depth) => { hops.set(node.id(), depth); } });
  // On a canvas taller than wide (a phone) the hops go down the screen instead of across.
  const across = cy.width() >= cy.height();
  const sides = spreadSiblings(cy.nodes(), hops, (node) => node.position('x') * (across ? 1.3 : 1.6),
    across ? PATH_SIBLING_ACROSS : PATH_SIBLING_DOWN);
  cy.nodes().positions((node) => {
    const hop = (hops.get(node.id()) ?? 0) * (across ? PATH_COLUMN : PATH_ROW);
    const side = sides.get(node.id());
    return across ? { x: hop, y: side } : { x: side, y: hop };
  });
  cy.fit(undefined, 28);
  cy.emit('layoutstop');
}

/** Marks a node's edges so their labels show, and dims what is not next to it. */
export function focusNode(cy, node) {
  cy.elements().removeClass('near dimmed');
  if (!node) return;
  const around = node.closedNeighborhood();
  around.addClass('near');
  cy.elements().not(around).addClass('dimmed');
}

/** A small shape in a kind's colour, as the graph draws that kind (decoration: aria-hidden). */
export function kindSwatch(kind) {
  const info = kindInfo(kind);
  return el('span', { class: 'swatch', dataset: { shape: info.shape }, style: { '--kind': info.colour }, 'aria-hidden': 'true' });
}

/** "● Person  ◆ Concept …": the kinds present, in the usual order, with their shapes. */
export function legend(kinds) {
  const sorted = [...new Set(kinds)].sort((a, b) => kindRank(a) - kindRank(b));
  return el('ul', { class: 'legend', 'aria-label': 'Legend' },
    sorted.map((kind) => el('li', { class: 'legend__item' }, kindSwatch(kind), kindInfo(kind).label)));
}

/** Cuts a label to `max` characters at a word boundary where it can. */
export function shorten(text, max) {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
