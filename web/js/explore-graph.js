// The explorer's graph: /api/graph answers merged into one Cytoscape graph, what each entity
// has left to show, and the filters. A filter hides rather than asks again, so expansions
// survive it; what stays visible is what can be reached from the start through visible kinds
// and relations (the rule /api/graph itself applies to its `kinds` and `relations`).

import { drawGraph, graphElements, layoutOptions } from './graph.js';
import { applyLabelFloor, fitNodes, seedPoint, seedPositions, sortElements } from './graph-rules.js';
import { fetchYears, placeByYear, yearRuler } from './time-axis.js';

export class ExploreGraph {
  cy;
  start;
  /** Entity → relations left out at the limit it was last expanded with. */
  more = new Map();
  /** Entity → the limit it was expanded with (the start's neighbours included). */
  expanded = new Map();
  /** Whether works are placed by year (the time axis). */
  byYear = false;
  #years = new Map();
  #ruler;

  constructor(cy, start) {
    this.cy = cy;
    this.start = start;
    this.#ruler = yearRuler(cy, cy.container());
  }

  /** Draws the start's answer (asked for with `depth` and `limit`) in `container`. */
  static async create(container, start, answer, { depth, limit, onSelect, onOpen }) {
    const cy = await drawGraph(container, graphElements(answer), { start, onSelect, onOpen });
    const graph = new ExploreGraph(cy, start);
    graph.#noteExpanded(answer, start, depth, limit);
    return graph;
  }

  /**
   * Merges the answer of a depth-1 request around `iri` asked with `limit`; new nodes start
   * where `iri` is, so the layout grows from there. Resolves to the number of new entities.
   */
  merge(iri, answer, limit) {
    const before = this.cy.nodes().length;
    const origin = this.cy.getElementById(iri);
    const at = origin.nonempty() ? origin.position() : { x: 0, y: 0 };
    const fresh = sortElements(graphElements(answer).filter((e) => this.cy.getElementById(e.data.id).empty()));
    const near = (id) => {
      const p = seedPoint(id);
      return { x: at.x + p.x * 20, y: at.y + p.y * 20 };
    };
    this.cy.add(fresh.map((e) => (e.group === 'nodes' ? { ...e, position: near(e.data.id) } : e)));
    this.#noteExpanded(answer, iri, 1, limit);
    return this.cy.nodes().length - before;
  }

  // Which entities the server expanded (those nearer than `depth` to `root`) and what each left out.
  #noteExpanded(answer, root, depth, limit) {
    const distance = new Map([[root, 0]]);
    const next = new Map();
    for (const { data } of answer.edges ?? []) {
      if (!next.has(data.source)) next.set(data.source, []);
      if (!next.has(data.target)) next.set(data.target, []);
      next.get(data.source).push(data.target);
      next.get(data.target).push(data.source);
    }
    const queue = [root];
    while (queue.length) {
      const here = queue.shift();
      for (const there of next.get(here) ?? []) {
        if (!distance.has(there)) {
          distance.set(there, distance.get(here) + 1);
          queue.push(there);
        }
      }
    }
    for (const [iri, d] of distance) {
      if (d >= depth) continue;
      this.expanded.set(iri, Math.max(limit, this.expanded.get(iri) ?? 0));
      this.more.set(iri, Number(answer.more?.[iri] ?? 0));
    }
  }

  /**
   * Runs the layout and resolves when it stops; `animate` for a graph that grew, so the reader
   * can follow; `reseed` starts again from the positions hashed from the IRIs, so a view rebuilt
   * from its address looks the same each time. (Holding the old nodes still was tried: cose
   * then piles the new ones onto them.)
   */
  layout({ animate = false, reseed = false } = {}) {
    if (reseed) seedPositions(this.cy.nodes());
    const run = this.cy.elements().not('.hidden').layout(layoutOptions({ animate: animate && !this.byYear }));
    const done = run.promiseOn('layoutstop');
    run.run();
    return done.then(() => (this.byYear ? this.#placeByYear() : this.#ruler.update([])));
  }

  /** Turns the time axis on or off, and lays the graph out again. */
  async timeAxis(on) {
    this.byYear = on;
    await this.layout({ reseed: true });
  }

  // The force layout's heights, the years across; years are read once per entity.
  async #placeByYear() {
    const unknown = this.cy.nodes().map((n) => n.id()).filter((iri) => !this.#years.has(iri));
    if (unknown.length) {
      const found = await fetchYears(unknown);
      unknown.forEach((iri) => this.#years.set(iri, found.get(iri) ?? null));
    }
    if (this.cy.destroyed()) return;
    const years = new Map([...this.#years].filter(([, year]) => year !== null));
    this.#ruler.update(placeByYear(this.cy, years));
    fitNodes(this.cy, { padding: 48 });
    applyLabelFloor(this.cy); // the labels' places moved with their nodes
  }

  /** Hides entities of the hidden kinds, relations of the hidden properties, and what is then cut off. */
  applyFilters(hideKinds, hideRelations) {
    const { cy } = this;
    const kindOk = (node) => !hideKinds.has(node.data('kind')) || node.id() === this.start;
    const reached = new Set([this.start]);
    const queue = [this.start];
    while (queue.length) {
      const node = cy.getElementById(queue.shift());
      node.connectedEdges().forEach((edge) => {
        if (hideRelations.has(edge.data('property'))) return;
        const other = edge.source().id() === node.id() ? edge.target() : edge.source();
        if (!reached.has(other.id()) && kindOk(other)) {
          reached.add(other.id());
          queue.push(other.id());
        }
      });
    }
    cy.batch(() => {
      cy.nodes().forEach((node) => node.toggleClass('hidden', !reached.has(node.id())));
      cy.edges().forEach((edge) => edge.toggleClass('hidden', hideRelations.has(edge.data('property'))
        || !reached.has(edge.source().id()) || !reached.has(edge.target().id())));
    });
  }

  /** Visible entities and links. */
  counts() {
    return {
      nodes: this.cy.nodes().not('.hidden').length,
      edges: this.cy.edges().not('.hidden').length,
      hidden: this.cy.nodes('.hidden').length,
    };
  }

  /** Every kind in the graph with its number of entities (hidden ones included). */
  kinds() {
    const counts = new Map();
    this.cy.nodes().forEach((n) => counts.set(n.data('kind'), (counts.get(n.data('kind')) ?? 0) + 1));
    return counts;
  }

  /** Every relation in the graph: property → {label, count}. */
  relations() {
    const found = new Map();
    this.cy.edges().forEach((e) => {
      const entry = found.get(e.data('property')) ?? { label: e.data('label'), count: 0 };
      entry.count += 1;
      found.set(e.data('property'), entry);
    });
    return found;
  }

  /** What the panel says about an entity's neighbours. */
  status(iri) {
    const node = this.cy.getElementById(iri);
    return {
      inView: node.connectedEdges().not('.hidden').length,
      expanded: this.expanded.has(iri),
      limit: this.expanded.get(iri) ?? 0,
      more: this.more.get(iri) ?? 0,
    };
  }

  destroy() {
    this.cy.destroy();
  }
}
