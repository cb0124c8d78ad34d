// The rules every graph in the product follows (explorer, entity and home cards, paths, the
// workbench), so a reader who learnt one can read them all:
// - no label is drawn under LABEL_FLOOR px on screen (font-size × zoom): a label too small to
//   read is hidden, and shown at the floor when its node is hovered, selected or next to the
//   one in focus; zooming in brings the rest back as they reach the floor. Cytoscape's own
//   `min-zoomed-font-size` is not enough: it compares against the zoom rounded up to a power of
//   two, so it lets 11 px labels through at zoom 0.6 (6.6 px on screen);
// - a node's size says how important it is: its `importance` where the answer has one, else
//   its degree in the drawing;
// - the same graph gives the same picture: elements go in IRI order and start from positions
//   hashed from their IRIs, and the force layout starts from those (cose only draws random
//   numbers when it randomizes or when two nodes sit on the same point);
// - hovering a node lights up its neighbours and dims the rest;
// - labels are placed like a map's names: a label that would lie over another or over a node
//   (an edge label on a 2-node graph's name) is not drawn until hover or zoom makes room.

export const LABEL_FLOOR = 10;
/** The "mentions" relations: stated, and found in a text. Many and generic, so they can be collapsed. */
export const MENTIONS = Object.freeze(['https://schema.org/mentions', 'https://w3id.org/studygraph/ontology#mentionsConcept']);
const FLOOR_MARGIN = 1.02; // a shown label is drawn a little over the floor, never at 9.99
const NODE_SIZE = { min: 18, max: 40 };
const NODE_FONT = { min: 11, max: 15 };
export const EDGE_FONT = 10;
const LABEL_ROOM = { side: 30, below: 36 }; // screen px kept for names at the canvas's edges

/** The importance in a node's data when it is a number ≥ 0, else null (the API adds it later). */
export function importanceOf(data) {
  const value = typeof data?.importance === 'string' ? Number(data.importance) : data?.importance;
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}

/** Elements in IRI order (nodes first), so that a layout sees them in the same order every time. */
export function sortElements(elements) {
  const key = (e) => `${e.group === 'edges' || e.data.source ? 1 : 0}${e.data.id}`;
  return [...elements].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** A 32-bit FNV-1a hash of a string: the seed of a node's first position. */
export function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A point in [-1, 1]² that depends on `id` only. */
export function seedPoint(id) {
  const h = hash(id);
  const g = hash(`${id}\u0000y`);
  return { x: (h / 0xffffffff) * 2 - 1, y: (g / 0xffffffff) * 2 - 1 };
}

/** Puts every node of `nodes` at its hashed point, spread over a square that grows with their number. */
export function seedPositions(nodes) {
  const spread = 40 * Math.sqrt(Math.max(nodes.length, 1)) + 60;
  nodes.positions((node) => {
    const p = seedPoint(node.id());
    return { x: p.x * spread, y: p.y * spread };
  });
}

/** Sizes nodes by importance (or degree where a node has none) relative to the largest in the graph. */
export function sizeNodes(cy) {
  const nodes = cy.nodes();
  const useImportance = nodes.some((node) => importanceOf(node.data()) !== null);
  const weightOf = (node) => (useImportance ? importanceOf(node.data()) ?? 0 : node.degree(false));
  const max = Math.max(0, ...nodes.map(weightOf));
  cy.batch(() => nodes.forEach((node) => {
    const t = max > 0 ? Math.sqrt(weightOf(node) / max) : 0;
    node.data({
      size: NODE_SIZE.min + t * (NODE_SIZE.max - NODE_SIZE.min),
      font: NODE_FONT.min + t * (NODE_FONT.max - NODE_FONT.min),
    });
  }));
}

/** Node sizes: right after a page's base node style, before its special nodes (the start). */
export function sizeStyle() {
  return [{ selector: 'node[size]', style: { width: 'data(size)', height: 'data(size)' } }];
}

/** The floor and the hover highlight: after all of a page's own style. */
export function floorStyle() {
  return [
    { selector: '.hover-dim', style: { opacity: 0.22 } },
    { selector: 'node.hover', style: { 'border-width': 3, 'z-index': 20 } },
    { selector: 'edge.hover-near', style: { 'line-opacity': 1, 'text-opacity': 1 } },
    // Last: a hidden label stays hidden whatever else applies.
    { selector: '.label-hidden', style: { 'text-opacity': 0 } },
  ];
}

// How much the reader asked to see a label: 0 for the node they hover or chose and the start
// (always drawn), 1 for those next to it (drawn first where there is room), 2 for the rest.
function priority(ele) {
  if (ele.isNode() && (ele.selected() || ele.hasClass('start') || ele.hasClass('hover'))) return 0;
  return ele.hasClass('hover-near') || ele.hasClass('near') ? 1 : 2;
}

// An edge label is drawn at all (before the floor): labelled graphs, or next to the focus.
function edgeLabelOn(edge) {
  return edge.hasClass('labelled') || edge.hasClass('near') || edge.hasClass('hover-near');
}

const overlaps = (a, b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
const LABEL_BOX = { includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false };
const BODY_BOX = { includeNodes: true, includeEdges: false, includeLabels: false, includeOverlays: false };

/**
 * One pass of the floor over the drawing. Every label is sized to at least the floor on
 * screen; then, like the names on a map, labels are placed most wanted first (hovered,
 * selected and the start, always; then the neighbours of the one in focus), then most
 * important; a label that would lie over one already placed, or over a node, is not drawn
 * (it shows on hover, or when zooming in makes room). So what is drawn is never under the
 * floor, and never a pile.
 */
export function applyLabelFloor(cy) {
  const zoom = cy.zoom();
  const floorFont = (LABEL_FLOOR * FLOOR_MARGIN) / zoom;
  const nodes = cy.nodes(':visible');
  const edges = cy.edges(':visible');
  // A style bypass, not a data mapping: Cytoscape keeps a wrapped label's lines until its style
  // key changes, and a mapped value changing does not change that key (the boxes went stale).
  cy.batch(() => {
    nodes.forEach((node) => node.style('font-size', Math.max(node.data('font') ?? NODE_FONT.min, floorFont)));
    edges.forEach((edge) => edge.style('font-size', Math.max(EDGE_FONT, floorFont)));
  });
  const bodies = nodes.map((node) => ({ id: node.id(), box: node.boundingBox(BODY_BOX) }));
  const placed = [];
  const free = (ele, box) => !placed.some((other) => overlaps(box, other))
    && !bodies.some(({ id, box: body }) => id !== ele.id() && overlaps(box, body));
  const weight = (node) => importanceOf(node.data()) ?? node.degree(false);
  const order = nodes.toArray().sort((a, b) => priority(a) - priority(b) || weight(b) - weight(a) || (a.id() < b.id() ? -1 : 1));
  const hidden = new Set();
  for (const node of order) {
    const box = node.boundingBox(LABEL_BOX);
    // What the reader points at is drawn even over others: it is what they look at.
    if (priority(node) === 0 || free(node, box)) placed.push(box);
    else hidden.add(node);
  }
  const edgeOrder = edges.toArray().sort((a, b) => priority(a) - priority(b));
  for (const edge of edgeOrder) {
    if (!edgeLabelOn(edge) || !edge.data('label')) {
      hidden.add(edge);
      continue;
    }
    const box = edge.boundingBox(LABEL_BOX);
    if (box.w > 0 && Number.isFinite(box.w) && free(edge, box)) placed.push(box);
    else hidden.add(edge);
  }
  cy.batch(() => cy.elements().forEach((ele) => ele.toggleClass('label-hidden', hidden.has(ele))));
}

/**
 * Stretches a force layout (which comes out round) to the canvas's shape, up to twice as wide
 * or tall, so a wide canvas is used across and a phone's down.
 */
export function stretchToCanvas(cy) {
  const nodes = cy.nodes(':visible');
  if (nodes.length < 3) return;
  const box = nodes.boundingBox(BODY_BOX);
  const ratio = (cy.width() / Math.max(cy.height(), 1)) / (Math.max(box.w, 1) / Math.max(box.h, 1));
  const sx = Math.min(2, Math.max(1, ratio));
  const sy = Math.min(2, Math.max(1, 1 / ratio));
  if (sx === 1 && sy === 1) return;
  const cx = box.x1 + box.w / 2;
  const cyy = box.y1 + box.h / 2;
  nodes.positions((node) => ({ x: cx + (node.position('x') - cx) * sx, y: cyy + (node.position('y') - cyy) * sy }));
}

/**
 * Fits the nodes (not their labels, which the floor may hide) to the canvas, no closer than
 * `maxZoom`: labels counted in the fit made a depth-3 drawing use a third of the canvas.
 */
export function fitNodes(cy, { padding = 36, maxZoom = 1.15 } = {}) {
  const eles = cy.elements(':visible');
  if (eles.empty()) return;
  const box = eles.boundingBox(BODY_BOX);
  // Names sit under their nodes and are up to a label wide: room below and at the sides.
  const side = padding + LABEL_ROOM.side;
  const below = padding + LABEL_ROOM.below;
  const w = Math.max(cy.width() - 2 * side, 1);
  const h = Math.max(cy.height() - padding - below, 1);
  const zoom = Math.min(maxZoom, cy.maxZoom(), Math.max(cy.minZoom(), Math.min(w / Math.max(box.w, 1), h / Math.max(box.h, 1))));
  cy.viewport({ zoom, pan: { x: cy.width() / 2 - zoom * (box.x1 + box.w / 2), y: padding - zoom * box.y1 + (h - zoom * box.h) / 2 } });
}

/**
 * Keeps the rules applied as the view changes: the floor on every zoom (once a frame), on
 * selection and when elements come or go; the hover highlight of a node's neighbours.
 */
export function installRules(cy) {
  let queued = false;
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      if (!cy.destroyed()) applyLabelFloor(cy);
    });
  };
  cy.on('zoom layoutstop select unselect add remove', schedule);
  cy.on('mouseover', 'node', (event) => {
    const around = event.target.closedNeighborhood();
    event.target.addClass('hover');
    around.not(event.target).addClass('hover-near');
    cy.elements().not(around).addClass('hover-dim');
    applyLabelFloor(cy);
  });
  cy.on('mouseout', 'node', () => {
    cy.elements().removeClass('hover hover-near hover-dim');
    applyLabelFloor(cy);
  });
  sizeNodes(cy);
  applyLabelFloor(cy);
  return { refresh: () => { sizeNodes(cy); applyLabelFloor(cy); } };
}

/**
 * Collapses or shows the "mentions" edges, and the entities only reached through them (the
 * start and what else it is joined to stay). For graphs without filters of their own.
 */
export function collapseMentions(cy, collapse, start) {
  cy.batch(() => {
    cy.elements().removeClass('hidden');
    if (!collapse) return;
    cy.edges().filter((edge) => isMentions(edge)).addClass('hidden');
    const root = cy.getElementById(start);
    if (root.empty()) return;
    const reached = cy.elements().not('.hidden').breadthFirstSearch({ roots: root }).path;
    cy.nodes().not(reached.nodes()).addClass('hidden');
  });
  applyLabelFloor(cy);
}

/** Whether an edge is a "mentions" relation (by property, or by label where it has none). */
export function isMentions(edge) {
  return MENTIONS.includes(edge.data('property')) || (!edge.data('property') && /^(schema:)?mentions$/.test(edge.data('label') ?? ''));
}
