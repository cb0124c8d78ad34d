// CONSTRUCT and DESCRIBE answers: the triples drawn with Cytoscape (loaded only when a graph
// answer comes), entities named by their labels; the values of the node in focus listed
// beside the drawing. RDF lists (author lists) are drawn as numbered edges, not as chains of
// blank nodes.

import { el, kindBadge, link, replaceContent } from './dom.js';
import { kindInfo } from './kinds.js';
import { markGraph, progressStyle } from './progress.js';
import { EDGE_FONT, floorStyle, installRules, seedPositions, sizeStyle, sortElements } from './graph-rules.js';
import { entityHref } from './iris.js';
import { compactIri } from './workbench-query.js';
import { termKey } from './workbench-rdf.js';
import { kindOfIri, renderTerm } from './workbench-results.js';

const CYTOSCAPE = '/webjars/cytoscape/3.33.1/dist/cytoscape.esm.min.mjs';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const NAME_PROPERTIES = ['https://schema.org/name', 'http://www.w3.org/2004/02/skos/core#prefLabel',
  'http://www.w3.org/2000/01/rdf-schema#label'];
export const MAX_DRAWN_TRIPLES = 1500; // beyond this a drawing is a hairball: read the Turtle
const MAX_LISTED_INCOMING = 30;

/** The graph's nodes, edges and literal values, with RDF lists folded into numbered edges. */
export function graphModel(triples, labels) {
  const lists = foldLists(triples);
  const nodes = new Map();
  const edges = [];
  const values = new Map(); // node id → [{p, o}] literal values
  const node = (term) => {
    const id = termKey(term);
    const kind = term.type === 'uri' ? labels.get(term.value)?.kind ?? kindOfIri(term.value) : null;
    if (!nodes.has(id)) nodes.set(id, { id, term, kind, isClass: false });
    return nodes.get(id);
  };
  for (const { s, p, o } of lists.triples) {
    const from = node(s);
    if (o.type === 'literal') {
      if (!values.has(from.id)) values.set(from.id, []);
      values.get(from.id).push({ p, o });
      continue;
    }
    const to = node(o);
    if (p.value === `${RDF}type`) to.isClass = true;
    edges.push({ id: `e${edges.length}`, source: from.id, target: to.id, label: p.label ?? compactIri(p.value) ?? p.value, p });
  }
  for (const n of nodes.values()) n.label = nodeLabel(n, labels, values, lists.heads);
  return { nodes: [...nodes.values()], edges, values };
}

// Replaces each well-formed rdf:first/rdf:rest chain by edges "1", "2", … from its head.
function foldLists(triples) {
  const first = new Map();
  const rest = new Map();
  const referencedAsRest = new Set();
  for (const { s, p, o } of triples) {
    if (s.type !== 'bnode') continue;
    if (p.value === `${RDF}first`) first.set(s.value, o);
    if (p.value === `${RDF}rest`) rest.set(s.value, o);
    if (p.value === `${RDF}rest` && o.type === 'bnode') referencedAsRest.add(o.value);
  }
  const folded = new Set();
  const extra = [];
  const heads = new Set();
  for (const head of first.keys()) {
    if (referencedAsRest.has(head)) continue;
    const cells = [];
    for (let cell = head; cell && first.has(cell) && !cells.includes(cell);) {
      cells.push(cell);
      const next = rest.get(cell);
      cell = next?.type === 'bnode' ? next.value : null;
    }
    cells.forEach((cell, i) => {
      folded.add(cell);
      extra.push({ s: { type: 'bnode', value: head }, p: { type: 'uri', value: `${RDF}_${i + 1}`, label: String(i + 1) }, o: first.get(cell) });
    });
    heads.add(termKey({ type: 'bnode', value: head }));
  }
  const kept = triples.filter(({ s, p }) => !(s.type === 'bnode' && folded.has(s.value)
    && (p.value === `${RDF}first` || p.value === `${RDF}rest`)));
  return { triples: [...kept, ...extra], heads };
}

function nodeLabel(node, labels, values, listHeads) {
  const { term } = node;
  if (term.type === 'bnode') return listHeads.has(node.id) ? 'list' : 'blank node';
  const known = labels.get(term.value)?.label;
  if (known) return known;
  const named = (values.get(node.id) ?? []).find(({ p }) => NAME_PROPERTIES.includes(p.value));
  if (named) return named.o.value;
  return compactIri(term.value) ?? term.value.replace(/^.*[/#](?=.)/, '');
}

/**
 * Draws a model in `canvas`, showing the tapped node's details in `side`.
 * Resolves to the Cytoscape instance (destroy it before drawing another).
 */
export async function drawGraph(model, canvas, side, labels, { showValues = false } = {}) {
  const { default: cytoscape } = await import(CYTOSCAPE);
  const colours = getComputedStyle(document.documentElement);
  const text = colours.getPropertyValue('--text').trim() || '#1d2128';
  const muted = colours.getPropertyValue('--muted').trim() || '#5d6570';
  const surface = colours.getPropertyValue('--surface').trim() || '#fff';
  const elements = [
    ...model.nodes.map((n) => ({
      data: { id: n.id, label: shorten(n.label, 48), colour: n.isClass ? muted : kindInfo(n.kind).colour },
      classes: [n.isClass ? 'class' : '', n.term.type === 'bnode' ? 'bnode' : ''].join(' '),
    })),
    ...model.edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target, label: e.label }, classes: 'labelled' })),
  ];
  if (showValues) elements.push(...valueElements(model));
  const cy = cytoscape({
    container: canvas,
    elements: sortElements(elements),
    layout: { name: 'preset' },
    style: [
      { selector: 'node', style: {
        'background-color': 'data(colour)', label: 'data(label)', color: text, 'font-size': 12,
        'text-valign': 'bottom', 'text-margin-y': 4, 'text-wrap': 'wrap', 'text-max-width': 140,
        'text-outline-color': surface, 'text-outline-width': 2, width: 20, height: 20 } },
      ...sizeStyle(),
      { selector: 'node.class', style: { shape: 'round-rectangle', width: 14, height: 14 } },
      { selector: 'node.bnode', style: { width: 10, height: 10, 'font-size': 9, color: muted } },
      { selector: 'node.value', style: {
        shape: 'round-rectangle', 'background-color': surface, 'border-color': muted, 'border-width': 1,
        width: 8, height: 8, 'font-size': 9, color: muted } },
      { selector: 'edge', style: {
        width: 1.2, 'line-color': muted, 'target-arrow-color': muted, 'target-arrow-shape': 'triangle',
        'curve-style': 'bezier', 'arrow-scale': 0.8, label: 'data(label)', 'font-size': EDGE_FONT, color: muted,
        'text-rotation': 'autorotate', 'text-outline-color': surface, 'text-outline-width': 2 } },
      ...progressStyle(),
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': text } },
      ...floorStyle(),
    ],
  });
  markGraph(cy, (node) => node.id().replace(/^<(.*)>$/, '$1'));
  installRules(cy);
  seedPositions(cy.nodes());
  cy.layout({ name: 'cose', animate: false, nodeDimensionsIncludeLabels: true, padding: 24, randomize: false }).run();
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  cy.on('tap', 'node', (event) => {
    const chosen = byId.get(event.target.id());
    if (chosen) replaceContent(side, renderDetails(chosen, model, labels));
  });
  cy.on('dbltap', 'node', (event) => {
    const chosen = byId.get(event.target.id());
    if (chosen?.term.type === 'uri' && labels.has(chosen.term.value)) window.location.assign(entityHref(chosen.term.value));
  });
  const start = model.nodes.find((n) => model.values.has(n.id)) ?? model.nodes[0];
  if (start) {
    cy.getElementById(start.id).select();
    replaceContent(side, renderDetails(start, model, labels));
  }
  return cy;
}

function valueElements(model) {
  const out = [];
  for (const [id, entries] of model.values) {
    entries.forEach(({ p, o }, i) => {
      const valueId = `${id}#v${i}`;
      out.push({ data: { id: valueId, label: shorten(o.value, 32) }, classes: 'value' },
        { data: { id: `${valueId}e`, source: id, target: valueId, label: compactIri(p.value) ?? '' } });
    });
  }
  return out;
}

function shorten(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The node in focus: its name, its IRI, its values, and the edges from and to it. */
function renderDetails(node, model, labels) {
  const { term } = node;
  const known = term.type === 'uri' ? labels.get(term.value) : null;
  const title = known ? link(entityHref(term.value), node.label, { class: 'graph-side__title-link' }) : node.label;
  const byId = (id) => model.nodes.find((n) => n.id === id);
  // Blank nodes read by what they are ("list"), not by their meaningless generated names.
  const show = (n) => (n.term.type === 'bnode' ? el('span', { class: 'term term--bnode' }, n.label) : renderTerm(n.term, labels));
  const named = ({ p }) => (NAME_PROPERTIES.includes(p.value) ? 0 : 1);
  const outgoing = [
    ...[...(model.values.get(node.id) ?? [])].sort((a, b) => named(a) - named(b))
      .map(({ p, o }) => [p.value, compactIri(p.value) ?? p.value, renderTerm(o, labels)]),
    ...model.edges.filter((e) => e.source === node.id).map((e) => [e.p.value, e.label, show(byId(e.target))]),
  ];
  const incoming = model.edges.filter((e) => e.target === node.id).slice(0, MAX_LISTED_INCOMING)
    .map((e) => [e.p.value, e.label, show(byId(e.source))]);
  const facts = (rows) => el('dl', { class: 'graph-side__facts' },
    rows.map(([iri, name, value]) => [el('dt', { title: iri }, name), el('dd', {}, value)]));
  return [
    el('h3', { class: 'graph-side__title' }, known ? kindBadge(known.kind, { compact: true }) : null, ' ', title),
    term.type === 'uri' ? el('p', { class: 'graph-side__iri' }, el('code', {}, term.value)) : null,
    outgoing.length ? facts(outgoing) : null,
    incoming.length ? [el('h4', { class: 'graph-side__subtitle' }, 'Pointed to by'), facts(incoming)] : null,
    el('p', { class: 'graph-side__hint' }, 'Tap a node to see its values; double-tap an entity to open it.'),
  ];
}
