// SELECT answers as a table whose IRIs read as names, and ASK answers as a plain yes or no.
// Every value reaches the page as text: a literal "<b>" shows as those three characters.

import { fetchLabels } from './api.js';
import { el, kindBadge, link } from './dom.js';
import { KIND_ORDER, kindInfo } from './kinds.js';
import { BASE, entityHref } from './iris.js';
import { compactIri } from './workbench-query.js';

const ENTITY_NS = `${BASE}/id/`;
const PAGE = 200; // rows drawn at a time; a 10,000-row answer stays quick to show
const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
const RDF_LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';

/**
 * One term (SPARQL JSON shape) as page content. An IRI the graph knows reads as its label and
 * links to its entity view, the IRI in the tooltip; other IRIs read in prefixed form.
 * @param {Map<string, {label, kind}>} labels
 */
export function renderTerm(term, labels) {
  if (!term) return null;
  if (term.type === 'uri') return renderIri(term.value, labels);
  if (term.type === 'bnode') return el('span', { class: 'term term--bnode', title: 'blank node' }, `_:${term.value}`);
  return renderLiteral(term);
}

// Labels this short stay on one line, so a name column does not break "Alex Nichol" in two.
const SHORT_LABEL = 32;

function renderIri(iri, labels) {
  const known = labels.get(iri);
  if (known) {
    const label = known.label || iri;
    return el('span', {
      class: `term term--entity${label.length <= SHORT_LABEL ? ' term--short' : ''}`,
      style: { '--kind': kindInfo(known.kind).colour },
    },
    kindBadge(known.kind, { compact: true }),
    link(entityHref(iri), label, { class: 'term__link', title: iri }));
  }
  // One of ours that the labels lookup did not name: still its entity page, by its path.
  const kind = kindOfIri(iri);
  if (kind) {
    return el('span', { class: 'term term--entity term--short', style: { '--kind': kindInfo(kind).colour } },
      kindBadge(kind, { compact: true }),
      link(entityHref(iri), iri.slice(ENTITY_NS.length), { class: 'term__link term--iri', title: iri }));
  }
  return link(iri, compactIri(iri) ?? iri, { class: 'term term--iri', title: iri });
}

/** The kind an entity IRI names in its path (`…/id/paper/…` → paper); null for other IRIs. */
export function kindOfIri(iri) {
  const match = /^([a-z]+)\/[^/]+$/.exec(iri.startsWith(ENTITY_NS) ? iri.slice(ENTITY_NS.length) : '');
  return match && KIND_ORDER.includes(match[1]) ? match[1] : null;
}

function renderLiteral(term) {
  const lang = term['xml:lang'];
  const datatype = term.datatype && term.datatype !== XSD_STRING && term.datatype !== RDF_LANG_STRING
    ? term.datatype : null;
  return el('span', { class: 'term term--literal' },
    el('span', { class: 'term__value' }, term.value),
    lang ? el('span', { class: 'lang', title: 'language' }, lang) : null,
    datatype ? el('span', { class: 'term__datatype', title: datatype }, compactIri(datatype) ?? datatype) : null);
}

/** The IRIs among the values of some rows (for one labels lookup). */
export function irisOf(rows) {
  const iris = new Set();
  for (const row of rows) {
    for (const term of Object.values(row)) if (term?.type === 'uri') iris.add(term.value);
  }
  return iris;
}

/**
 * The table for a SELECT answer, drawn a page at a time; labels are looked up for each page
 * before it is drawn, so names never flicker in after the IRIs.
 */
export async function renderTable({ vars, rows }, labels = new Map()) {
  const head = el('thead', {}, el('tr', {},
    el('th', { scope: 'col', class: 'results-table__index' }, el('span', { class: 'visually-hidden' }, 'Row')),
    vars.map((name) => el('th', { scope: 'col' }, `?${name}`))));
  const body = el('tbody');
  const table = el('table', { class: 'results-table' }, head, body);
  const more = el('button', { type: 'button', class: 'more results-more' });
  const wrapper = el('div', { class: 'results-table__wrap', tabindex: '0', role: 'region', 'aria-label': 'Result rows' }, table);

  let shown = 0;
  const showPage = async () => {
    const page = rows.slice(shown, shown + PAGE);
    await addLabels(labels, page);
    page.forEach((row, i) => body.append(el('tr', {},
      el('td', { class: 'results-table__index' }, String(shown + i + 1)),
      vars.map((name) => el('td', { dataset: { var: `?${name}` } }, renderTerm(row[name], labels))))));
    shown += page.length;
    const left = rows.length - shown;
    more.hidden = left <= 0;
    more.textContent = `Show ${Math.min(left, PAGE)} more (${left.toLocaleString()} not shown yet)`;
  };
  more.addEventListener('click', async () => {
    more.disabled = true;
    const first = shown;
    await showPage();
    more.disabled = false;
    body.rows[first]?.querySelector('a')?.focus();
  });
  await showPage();
  return el('div', { class: 'results-table-box' }, wrapper, more);
}

// Adds the labels of a page's IRIs to the map. Without them the table still works (IRIs show).
async function addLabels(labels, rows) {
  const missing = [...irisOf(rows)].filter((iri) => !labels.has(iri));
  if (!missing.length) return;
  try {
    for (const [iri, label] of await fetchLabels(missing)) labels.set(iri, label);
  } catch {
    // Names are a nicety; the IRIs are the answer.
  }
}

/** An ASK answer: a large Yes or No. */
export function renderAsk(value) {
  return el('div', { class: `ask ask--${value ? 'yes' : 'no'}` },
    el('span', { class: 'ask__icon', 'aria-hidden': 'true' }, value ? '✓' : '✗'),
    el('span', { class: 'ask__word' }, value ? 'Yes' : 'No'),
    el('span', { class: 'ask__detail' }, value ? 'The pattern matches the graph.' : 'Nothing in the graph matches the pattern.'));
}
