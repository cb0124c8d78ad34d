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
 * before it is drawn, so names never flicker in after the IRIs. A column's header sorts by it
 * (again: the other way); the filter box keeps the rows with its words in any value or name.
 */
export async function renderTable({ vars, rows }, labels = new Map()) {
  const view = { sortBy: null, descending: false, filter: '' };
  const headers = vars.map((name) => {
    const button = el('button', { type: 'button', class: 'results-table__sort', title: `Sort by ?${name}` }, `?${name}`);
    button.addEventListener('click', () => {
      view.descending = view.sortBy === name ? !view.descending : false;
      view.sortBy = name;
      redraw();
    });
    return el('th', { scope: 'col', dataset: { var: name } }, button);
  });
  const head = el('thead', {}, el('tr', {},
    el('th', { scope: 'col', class: 'results-table__index' }, el('span', { class: 'visually-hidden' }, 'Row')), headers));
  const body = el('tbody');
  const table = el('table', { class: 'results-table' }, head, body);
  const more = el('button', { type: 'button', class: 'more results-more' });
  const wrapper = el('div', { class: 'results-table__wrap', tabindex: '0', role: 'region', 'aria-label': 'Result rows' }, table);
  const filter = el('input', { type: 'search', class: 'results-filter__input', id: 'results-filter', placeholder: 'Words in any value', autocomplete: 'off' });
  const filterCount = el('span', { class: 'results-filter__count', role: 'status' });
  const filterBox = el('p', { class: 'results-filter' },
    el('label', { for: 'results-filter', class: 'results-filter__label' }, 'Filter rows'), filter, filterCount);

  let shown = 0;
  let visible = rows;
  const showPage = async () => {
    const page = visible.slice(shown, shown + PAGE);
    await addLabels(labels, page);
    page.forEach((row, i) => body.append(el('tr', {},
      el('td', { class: 'results-table__index' }, String(shown + i + 1)),
      vars.map((name) => el('td', { dataset: { var: `?${name}` } }, renderTerm(row[name], labels))))));
    shown += page.length;
    const left = visible.length - shown;
    more.hidden = left <= 0;
    more.textContent = `Show ${Math.min(left, PAGE)} more (${left.toLocaleString()} not shown yet)`;
  };
  const redraw = async () => {
    visible = arrange(rows, vars, labels, view);
    headers.forEach((th) => {
      const sorted = th.dataset.var === view.sortBy;
      if (sorted) th.setAttribute('aria-sort', view.descending ? 'descending' : 'ascending');
      else th.removeAttribute('aria-sort');
    });
    filterCount.textContent = view.filter ? `${visible.length.toLocaleString()} of ${rows.length.toLocaleString()} rows` : '';
    body.replaceChildren();
    shown = 0;
    await showPage();
  };
  filter.addEventListener('input', () => {
    view.filter = filter.value.trim().toLowerCase();
    redraw();
  });
  more.addEventListener('click', async () => {
    more.disabled = true;
    const first = shown;
    await showPage();
    more.disabled = false;
    body.rows[first]?.querySelector('a')?.focus();
  });
  await showPage();
  return el('div', { class: 'results-table-box' }, rows.length > 1 ? filterBox : null, wrapper, more);
}

// The text a value reads as (its name where the graph has one), for sorting and filtering.
function termText(term, labels) {
  if (!term) return '';
  return term.type === 'uri' ? labels.get(term.value)?.label ?? term.value : term.value;
}

const NUMERIC = /#(integer|decimal|double|float|int|long|short|gYear|nonNegativeInteger|positiveInteger)$/;
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

// The rows the view shows: those with every filter word somewhere, in the chosen order
// (numbers as numbers, dates and text as text read; unbound values last either way).
function arrange(rows, vars, labels, { sortBy, descending, filter }) {
  const words = filter.split(/\s+/).filter(Boolean);
  const kept = words.length
    ? rows.filter((row) => {
      const text = vars.map((name) => termText(row[name], labels)).join(' ').toLowerCase();
      return words.every((word) => text.includes(word));
    })
    : rows;
  if (!sortBy) return kept;
  const sign = descending ? -1 : 1;
  return [...kept].sort((a, b) => {
    const x = a[sortBy];
    const y = b[sortBy];
    if (!x || !y) return x ? -1 : y ? 1 : 0;
    if (NUMERIC.test(x.datatype ?? '') && NUMERIC.test(y.datatype ?? '')) return sign * (Number(x.value) - Number(y.value));
    return sign * collator.compare(termText(x, labels), termText(y, labels));
  });
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
