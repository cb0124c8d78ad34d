// The explorer's time axis, as Litmaps draws a field: dated works placed by year from left to
// right (the force layout keeps their heights), the undated beside their dated neighbours or
// in a column on the left, and the years written along the bottom of the canvas.

import { el, replaceContent } from './dom.js';
import { seedPoint } from './graph-rules.js';

const YEAR_GAP = 140; // model px between two years: room for a label at the floor
// An IRI we would write into a query as <…>: no spaces, quotes, angle brackets or braces.
const SAFE_IRI = /^https?:\/\/[^\s<>"{}|\\^`]+$/;
const SPARQL_PREFIX = 'PREFIX schema: <https://schema.org/>\n';

/** iri → year published, for the entities that have one (one SPARQL query over the store). */
export async function fetchYears(iris) {
  const safe = [...new Set(iris)].filter((iri) => SAFE_IRI.test(iri));
  if (!safe.length) return new Map();
  // The IRIs come from the server's own answer and are checked above, never typed by a reader.
  const values = safe.map((iri) => `<${iri}>`).join(' ');
  const query = `${SPARQL_PREFIX}SELECT ?s (MIN(?d) AS ?date) WHERE { VALUES ?s { ${values} } ?s schema:datePublished ?d } GROUP BY ?s`;
  const response = await fetch('/sparql', {
    method: 'POST',
    headers: { Accept: 'application/sparql-results+json' },
    body: new URLSearchParams({ query }),
  });
  if (!response.ok) throw new Error(`the years could not be read (HTTP ${response.status})`);
  const answer = await response.json();
  const years = new Map();
  for (const row of answer.results?.bindings ?? []) {
    const year = Number.parseInt(String(row.date?.value ?? '').slice(0, 4), 10);
    if (Number.isInteger(year)) years.set(row.s.value, year);
  }
  return years;
}

/** Places the visible nodes by year (see the top of the file); resolves to the years drawn. */
export function placeByYear(cy, years) {
  const nodes = cy.nodes(':visible');
  const dated = nodes.filter((n) => years.has(n.id()));
  if (dated.empty()) return [];
  const all = dated.map((n) => years.get(n.id()));
  const first = Math.min(...all);
  const last = Math.max(...all);
  const xOf = (year) => (year - first) * YEAR_GAP;
  const box = nodes.boundingBox({ includeLabels: false });
  // As tall as the canvas's shape asks for the years' width: the drawing fills it.
  const height = Math.max(300, (last - first + 2) * YEAR_GAP * (cy.height() / Math.max(cy.width(), 1)));
  const yOf = (node) => ((node.position('y') - box.y1) / Math.max(box.h, 1)) * height;
  cy.batch(() => {
    dated.forEach((n) => n.position({ x: xOf(years.get(n.id())), y: yOf(n) }));
    nodes.not(dated).forEach((n) => {
      const near = n.neighborhood('node').filter((m) => years.has(m.id()));
      const x = near.empty() ? xOf(first) - YEAR_GAP
        : near.map((m) => xOf(years.get(m.id()))).reduce((a, b) => a + b, 0) / near.length;
      // Spread about that point (the same way each time), so the undated do not stand in a file.
      n.position({ x: x + seedPoint(n.id()).x * YEAR_GAP * 0.45, y: yOf(n) });
    });
  });
  const drawn = [];
  for (let year = first; year <= last; year += 1) drawn.push({ year, x: xOf(year) });
  return drawn;
}

/**
 * The years along the bottom of `container`, kept under their columns as the view pans and
 * zooms; `update(ticks)` sets them ([] hides the axis).
 */
export function yearRuler(cy, container) {
  const ruler = el('div', { class: 'time-axis', 'aria-hidden': 'true', hidden: true });
  container.append(ruler);
  let ticks = [];
  const draw = () => {
    const zoom = cy.zoom();
    const { x: panX } = cy.pan();
    // At most one year in 60 px: a label every few years when zoomed out.
    const step = Math.max(1, Math.ceil(60 / (YEAR_GAP * zoom)));
    replaceContent(ruler, ticks.filter((t, i) => i % step === 0).map((t) => el('span', {
      class: 'time-axis__year', style: { '--x': `${t.x * zoom + panX}px` },
    }, String(t.year))));
    ruler.hidden = !ticks.length;
  };
  cy.on('viewport', draw);
  return {
    update(next) {
      ticks = next;
      draw();
    },
  };
}
