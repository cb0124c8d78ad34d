// A small neighbourhood graph in a card: on an entity page ("Connections") and on the home page
// ("Start exploring"). The canvas keeps its height while loading, so nothing below it jumps.

import { GRAPH_BUDGET, fetchGraph } from './api.js';
import { el, link, replaceContent } from './dom.js';
import { kindInfo } from './kinds.js';
import { entityHref } from './iris.js';
import { drawGraph, focusNode, graphElements, kindSwatch, legend } from './graph.js';
import { exploreHref } from './urls.js';
import { collapseMentions, isMentions } from './graph-rules.js';

/**
 * `const card = miniGraph({iri, title: 'Connections', depth: 1, limit: 25, actions: [a, b]});`
 * put `card.element` in the page, then `card.draw()`. `linked`: the page lists links of the entity
 * elsewhere, so a graph with nothing to draw (a list's parts are no graph edges) is left out
 * rather than saying nothing is connected.
 */
export function miniGraph({ iri, title, depth = 1, limit = 25, kinds = [], actions = [], titleId = 'graph-title', linked = false }) {
  const canvas = el('div', { class: 'graph-card__canvas', role: 'img', 'aria-label': `${title}: a graph` },
    el('p', { class: 'graph-card__loading' }, 'Drawing the graph…'));
  const status = el('p', { class: 'graph-card__status' });
  const focus = el('p', { class: 'graph-card__focus', 'aria-live': 'polite' },
    'Tap a node to see what it is; double-tap to open it.');
  const legendBox = el('div', { class: 'graph-card__legend' });
  const element = el('section', { class: 'panel graph-card', 'aria-labelledby': titleId },
    el('header', { class: 'graph-card__head' },
      el('h2', { class: 'panel__title', id: titleId }, title),
      el('p', { class: 'graph-card__actions' }, actions)),
    canvas,
    el('div', { class: 'graph-card__foot' }, legendBox, status),
    focus);

  async function draw() {
    try {
      const answer = await fetchGraph(iri, { depth, limit, budget: GRAPH_BUDGET, kinds });
      const nodes = answer.nodes ?? [];
      if (nodes.length < 2) {
        if (linked) element.remove();
        else replaceContent(canvas, el('p', { class: 'graph-card__loading' }, 'Nothing is connected to this yet.'));
        return null;
      }
      replaceContent(canvas);
      const left = Object.values(answer.more ?? {}).reduce((sum, n) => sum + n, 0);
      replaceContent(status, `${nodes.length} entities · ${(answer.edges ?? []).length} links`,
        left ? ` · ${left} more in the explorer` : '');
      replaceContent(legendBox, legend(nodes.map((n) => n.data.kind)));
      const cy = await drawGraph(canvas, graphElements(answer), {
        start: iri,
        layout: depth === 1 ? 'radial' : 'cose',
        labelEdges: (answer.edges ?? []).length <= 30,
        onSelect: (node) => {
          focusNode(cy, node);
          showFocus(focus, node);
        },
        onOpen: (node) => window.location.assign(entityHref(node.id())),
      });
      if (cy.edges().some(isMentions)) legendBox.append(mentionsToggle(cy, iri));
      return cy;
    } catch (error) {
      replaceContent(canvas, el('p', { class: 'graph-card__loading' }, `The graph could not be drawn: ${error.message}`));
      return null;
    }
  }
  return { element, draw };
}

// "Hide mentions": the many generic links folded away, with what only they reached.
function mentionsToggle(cy, start) {
  const button = el('button', { type: 'button', class: 'tool graph-card__toggle', 'aria-pressed': 'false' }, 'Hide mentions');
  button.addEventListener('click', () => {
    const collapse = button.getAttribute('aria-pressed') !== 'true';
    button.setAttribute('aria-pressed', String(collapse));
    collapseMentions(cy, collapse, start);
  });
  return button;
}

function showFocus(box, node) {
  if (!node) {
    replaceContent(box, 'Tap a node to see what it is; double-tap to open it.');
    return;
  }
  const iri = node.id();
  replaceContent(box, kindSwatch(node.data('kind')), ' ',
    el('span', { class: 'graph-card__kind' }, kindInfo(node.data('kind')).label), ' ',
    link(entityHref(iri), node.data('label')), ' · ',
    link(exploreHref({ iri }), 'explore from here'));
}
