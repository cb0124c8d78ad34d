// The pieces of the search page: hit cards, facet lists, filter chips and the pager.
// Links to other searches come from the page's `navLink(state, children, attrs)`, so it can
// follow them without reloading.

import { liveBadge, STUDIED_KINDS } from './progress.js';
import { el, kindBadge } from './dom.js';
import { kindInfo } from './kinds.js';
import { entityHref } from './iris.js';
import { FILTERS } from './searchurl.js';
import { itemMeta, shortList } from './widgets.js';

/** Hits per page; `offset` moves in steps of this. */
export const PAGE_SIZE = 10;
// The API refuses offsets above this, so the pager never links past it.
const MAX_OFFSET = 10000;
const FACET_TITLES = { kind: 'Kind', year: 'Year', concept: 'Concept' };

/** The hits of one page as cards in a numbered list that continues across pages. */
export function renderHits(hits, offset) {
  return el('ol', { class: 'hits', start: String(offset + 1) }, hits.map(renderHit));
}

function renderHit(hit) {
  const info = kindInfo(hit.kind);
  const snippet = highlighted(hit.snippet);
  // A note has no page of its own: it is read on the page of what it is on.
  const target = hit.kind === 'note' && hit.on ? hit.on : hit.iri;
  return el('li', { class: 'hit', style: { '--kind': info.colour } },
    kindBadge(hit.kind, { compact: true }),
    el('div', { class: 'hit__body' },
      el('h3', { class: 'hit__title' },
        el('a', { href: entityHref(target) }, highlighted(hit.title) ?? (hit.label || hit.iri)),
        STUDIED_KINDS.has(hit.kind) ? liveBadge(hit.iri) : null),
      itemMeta(hit, { showKind: true }),
      snippet ? el('p', { class: 'hit__snippet' }, snippet) : null));
}

// Parts `[{text, hit}]` as text nodes, the matched ones inside <mark>; null when there are none.
function highlighted(parts) {
  const usable = Array.isArray(parts) ? parts.filter((part) => part && part.text) : [];
  if (!usable.length) return null;
  return usable.map((part) => (part.hit ? el('mark', {}, String(part.text)) : String(part.text)));
}

/** One section per filter that has values; a value links to the search with it toggled. */
export function renderFacets(state, facets, navLink) {
  return FILTERS.map((name) => {
    const values = facetValues(name, facets[name], state[name]);
    if (!values.length) return null;
    // The chosen value must stay visible, or it could not be clicked off again.
    const chosen = values.findIndex((v) => v.value === state[name]);
    return el('section', { class: 'facet', 'aria-labelledby': `facet-${name}` },
      el('h3', { class: 'facet__title', id: `facet-${name}` }, FACET_TITLES[name]),
      shortList('ul', 'facet__values', values,
        (value) => el('li', {}, facetLink(name, value, state, navLink)), Math.max(6, chosen + 1)));
  }).filter(Boolean);
}

// Years read best newest first; kinds and concepts keep the server's order (most hits first).
// A filter in the address that the counts do not list still shows, without a count.
function facetValues(name, values, chosen) {
  const list = (Array.isArray(values) ? values : [])
    .filter((v) => v && typeof v.value === 'string' && v.value);
  if (name === 'year') list.sort((a, b) => b.value.localeCompare(a.value));
  if (chosen && !list.some((v) => v.value === chosen)) list.unshift({ value: chosen, count: null });
  return list;
}

function facetLink(name, { value, count }, state, navLink) {
  const chosen = state[name] === value;
  const info = kindInfo(value);
  return navLink({ ...state, [name]: chosen ? '' : value, offset: '' }, [
    chosen ? el('span', { class: 'visually-hidden' }, 'Remove filter: ') : null,
    name === 'kind' ? el('span', { class: 'facet__icon', 'aria-hidden': 'true' }, info.icon) : null,
    el('span', { class: 'facet__label' }, name === 'kind' ? info.plural : value),
    Number.isFinite(count) ? el('span', { class: 'facet__count' }, String(count)) : null,
  ], {
    class: chosen ? 'facet__value facet__value--chosen' : 'facet__value',
    style: name === 'kind' ? { '--kind': info.colour } : null,
    dataset: { focusKey: `facet:${name}:${value}` },
  });
}

/** An active filter as a chip that removes it: "Kind: paper ×". */
export function filterChip(name, state, navLink) {
  const value = state[name];
  const info = kindInfo(value);
  return navLink({ ...state, [name]: '', offset: '' }, [
    el('span', { class: 'visually-hidden' }, 'Remove filter '),
    el('span', { class: 'filter-chip__name' }, `${FACET_TITLES[name]}:`), ' ',
    el('span', { class: 'filter-chip__value' }, name === 'kind' ? info.label : value),
    el('span', { class: 'filter-chip__x', 'aria-hidden': 'true' }, '×'),
  ], {
    class: 'filter-chip',
    title: 'Remove this filter',
    style: name === 'kind' ? { '--kind': info.colour } : null,
    dataset: { focusKey: `chip:${name}` },
  });
}

/** Previous, page numbers (first, last and two around the current one) and Next; null for one page. */
export function renderPager(state, total, navLink) {
  const pages = Math.ceil(Math.min(total, MAX_OFFSET + PAGE_SIZE) / PAGE_SIZE);
  if (pages <= 1) return null;
  const current = Math.min(pages, Math.floor((Number(state.offset) || 0) / PAGE_SIZE) + 1);
  const toPage = (page, text, attrs = {}) => navLink(
    { ...state, offset: String((page - 1) * PAGE_SIZE) }, text, { class: 'pager__link', ...attrs });

  // [node, class of its <li>]; pages two away from the current one give way on phones.
  const items = [[current > 1
    ? toPage(current - 1, ['← ', word('Previous')], { rel: 'prev' })
    : el('span', { class: 'pager__link pager__link--off', 'aria-disabled': 'true' }, '← ', word('Previous'))]];
  let last = 0;
  for (const page of pageWindow(current, pages)) {
    if (page - last > 1) items.push([el('span', { class: 'pager__gap', 'aria-hidden': 'true' }, '…')]);
    const number = [el('span', { class: 'visually-hidden' }, 'Page '), String(page)];
    items.push([page === current
      ? el('span', { class: 'pager__link pager__link--current', 'aria-current': 'page' }, number)
      : toPage(page, number),
    Math.abs(page - current) === 2 && page !== 1 && page !== pages ? 'pager__far' : null]);
    last = page;
  }
  items.push([current < pages
    ? toPage(current + 1, [word('Next'), ' →'], { rel: 'next' })
    : el('span', { class: 'pager__link pager__link--off', 'aria-disabled': 'true' }, word('Next'), ' →')]);
  return el('nav', { class: 'pager', 'aria-label': 'Result pages' },
    el('ul', { class: 'pager__list' }, items.map(([item, className]) => el('li', { class: className }, item))));
}

// "Previous" and "Next" shrink to their arrows on phones; screen readers still hear the word.
function word(text) {
  return el('span', { class: 'pager__word' }, text);
}

function pageWindow(current, pages) {
  const wanted = new Set([1, pages]);
  for (let page = current - 2; page <= current + 2; page += 1) {
    if (page >= 1 && page <= pages) wanted.add(page);
  }
  return [...wanted].sort((a, b) => a - b);
}
