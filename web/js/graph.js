// Entity graphs drawn with Cytoscape: the neighbourhood on an entity page, the start graph on
// the home page, the explorer and the union of paths. Nodes are coloured AND shaped by kind
// (kinds.js), so kinds stay apart for readers who do not see colours; the same shapes appear in
// legends as CSS swatches. Cytoscape is loaded only when a graph is drawn.

import { el } from './dom.js';
import { kindInfo, kindRank } from './kinds.js';

const CYTOSCAPE = '/webjars/cytoscape/3.33.1/dist/cytoscape.esm.min.mjs';
const LABEL_MAX = 42; // longer titles are cut on the canvas; the full one is in the panel
export const REDUCED_MOTION = window.matchMedia('(prefers-reduced-motion: reduce)');

let loading = null;

/** The Cytoscape factory, imported once. */
export function loadCytoscape() {
  loading ??= import(CYTOSCAPE).then((module) => module.default);
  return loading;
}

/** A Cytoscape node for `{id, label, kind}` (the `data` of an /api/graph node). */
export function nodeElement({ id, label, kind }) {
  const info = kindInfo(kind);
  const text = String(label || id);
  return {
    group: 'nodes',
    data: { id, label: text, short: shorten(text, LABEL_MAX), kind: info.kind, colour: info.colour, shape: info.shape },
  };
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
    { selector: 'node.start', style: { width: 34, height: 34, 'font-size': 12.5, 'font-weight': 'bold', 'border-width': 3, 'border-color': text } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': focus, 'overlay-opacity': 0 } },
    { selector: 'edge', style: {
      width: 1.2, 'line-color': muted, 'line-opacity': 0.55, 'target-arrow-color': muted,
      'target-arrow-shape': 'triangle', 'arrow-scale': 0.75, 'curve-style': 'bezier',
      label: 'data(label)', 'font-size': 9, color: muted, 'text-rotation': 'autorotate',
      'text-outline-color': surface, 'text-outline-width': 2, 'text-opacity': 0 } },
    { selector: 'edge.labelled, edge.near', style: { 'text-opacity': 1, 'line-opacity': 0.9 } },
    { selector: '.dimmed', style: { opacity: 0.28 } },
    { selector: '.hidden', style: { display: 'none' } },
  ];
}

/** The force-directed layout, calm enough for 10–150 nodes. */
export function layoutOptions({ animate = false, fit = true, randomize = true } = {}) {
  return {
    name: 'cose', animate: animate && !REDUCED_MOTION.matches, animationDuration: 450, fit, padding: 28,
    randomize, nodeDimensionsIncludeLabels: true, idealEdgeLength: () => 80,
    nodeRepulsion: () => 9000, gravity: 0.3, numIter: 1200,
  };
}

/**
 * Draws elements in `container` (which must already have its size) and resolves to the
 * Cytoscape instance. `onSelect(node)` runs on a tap of a node (null on the background),
 * `onOpen(node)` on a double tap.
 */
export async function drawGraph(container, elements, { start = null, onSelect, onOpen, labelEdges = false } = {}) {
  const cytoscape = await loadCytoscape();
  const cy = cytoscape({
    container, elements, style: graphStyle(), layout: layoutOptions(),
    minZoom: 0.15, maxZoom: 3, wheelSensitivity: 0.3, boxSelectionEnabled: false,
  });
  if (start) cy.getElementById(start).addClass('start');
  if (labelEdges) cy.edges().addClass('labelled');
  cy.on('tap', 'node', (event) => onSelect?.(event.target));
  cy.on('tap', (event) => {
    if (event.target === cy) onSelect?.(null);
  });
  cy.on('dbltap', 'node', (event) => onOpen?.(event.target));
  return cy;
}

/** Marks a node's edges so their labels show, and dims what is not next to it. */
export function focusNode(cy, node) {
  cy.elements().removeClass('near dimmed');
  if (!node) return;
  const around = node.closedNeighborhood();
  around.edges().addClass('near');
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
