// An /api/path answer on the page: each path as a chain of linked entities joined by its hops
// read in words ("Yannic Kilcher — presents → … — explains → …"), then the union of the paths
// drawn as one small graph.

import { el, link, replaceContent } from './dom.js';
import { kindInfo } from './kinds.js';
import { entityHref } from './iris.js';
import { drawGraph, edgeElement, focusNode, kindSwatch, legend, nodeElement } from './graph.js';
import { exploreHref } from './urls.js';
import { notice } from './widgets.js';

/** Fills `box` with the answer; resolves once the drawing is done (it needs the box laid out). */
export async function showPaths(box, answer, { max }) {
  const paths = answer.paths ?? [];
  if (!answer.connected || !paths.length) {
    replaceContent(box, notice(`Not connected within ${max} ${max === 1 ? 'hop' : 'hops'}`,
      max < 8
        ? 'No chain of relations that short joins these two. Allow more hops, or avoid fewer kinds and relations.'
        : 'No chain of relations joins these two within 8 hops, with the kinds and relations avoided.',
      { tone: 'info' }));
    return;
  }
  const shortest = paths[0].hops.length;
  const graphBox = el('div', { class: 'graph-card__canvas', role: 'img', 'aria-label': 'The paths drawn as one graph' });
  const focus = el('p', { class: 'graph-card__focus', 'aria-live': 'polite' }, 'Tap a node to see what it is; double-tap to open it.');
  const kinds = paths.flatMap((p) => p.nodes.map((n) => n.kind));
  replaceContent(box,
    el('p', { class: 'path-results__status', role: 'status' }, summary(paths.length, shortest)),
    el('ol', { class: 'paths' }, paths.map((path, i) => el('li', { class: 'path' },
      el('p', { class: 'path__meta' }, `Path ${i + 1} · ${hops(path.hops.length)}`),
      chain(path)))),
    el('section', { class: 'panel path-graph', 'aria-labelledby': 'path-graph-title' },
      el('header', { class: 'graph-card__head' },
        el('h2', { class: 'panel__title', id: 'path-graph-title' }, paths.length === 1 ? 'The path as a graph' : 'All paths as one graph'),
        el('p', { class: 'graph-card__actions' },
          link(exploreHref({ iri: answer.from }), 'Explore around the start'),
          link(exploreHref({ iri: answer.to }), 'Explore around the end'))),
      graphBox,
      el('div', { class: 'graph-card__foot' }, el('div', {}, legend(kinds))),
      focus));
  const cy = await drawGraph(graphBox, unionElements(paths), {
    start: answer.from,
    layout: 'path',
    labelEdges: true,
    onSelect: (node) => {
      focusNode(cy, node);
      replaceContent(focus, node
        ? [kindSwatch(node.data('kind')), ' ', link(entityHref(node.id()), node.data('label'))]
        : 'Tap a node to see what it is; double-tap to open it.');
    },
    onOpen: (node) => window.location.assign(entityHref(node.id())),
  });
  cy.getElementById(answer.to).addClass('start');
}

/** "Yannic Kilcher — presents → [video] — explains → [paper]" as linked entities, in one paragraph. */
function chain(path) {
  const parts = [];
  path.nodes.forEach((node, i) => {
    // No-break spaces keep "— presents →" in one piece when the line wraps.
    if (i > 0) parts.push(el('span', { class: 'chain__hop' }, ` —\u00a0${path.hops[i - 1]?.label ?? 'linked to'}\u00a0→ `));
    parts.push(el('span', { class: 'chain__node', style: { '--kind': kindInfo(node.kind).colour }, title: kindInfo(node.kind).label },
      kindSwatch(node.kind), ' ', link(entityHref(node.iri), node.label || node.iri)));
  });
  return el('p', { class: 'chain' }, parts);
}

function unionElements(paths) {
  const elements = new Map();
  for (const path of paths) {
    for (const node of path.nodes) {
      if (!elements.has(node.iri)) elements.set(node.iri, nodeElement({ id: node.iri, label: node.label, kind: node.kind }));
    }
    for (const hop of path.hops) {
      const edge = edgeElement({ source: hop.from, target: hop.to, property: (hop.properties ?? []).join(' '), label: hop.label });
      elements.set(edge.data.id, edge);
    }
  }
  return [...elements.values()];
}

function summary(count, shortest) {
  if (shortest === 0) return 'Both ends are the same entity: pick another one to connect it to.';
  const found = count === 1 ? 'One path' : `${count} paths`;
  return `${found} found; the shortest takes ${hops(shortest)}.`;
}

function hops(n) {
  return n === 1 ? '1 hop' : `${n} hops`;
}
