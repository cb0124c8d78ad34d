// The search page's address is its whole state: the query, the filters and the page.
// One place reads and writes it, so the search box, facets, chips and pager build the same URLs.

/** Filters in the order they appear in URLs, chips and the facet sidebar. */
export const FILTERS = ['kind', 'year', 'concept'];

/**
 * The search state in an address, every field a trimmed string ('' when absent).
 * `readSearch(new URL('/search.html?q=ddpm&kind=paper', location))`
 *   → {q: 'ddpm', kind: 'paper', year: '', concept: '', offset: ''}
 */
export function readSearch(location) {
  const params = new URLSearchParams(location.search);
  const value = (name) => (params.get(name) ?? '').trim();
  return {
    q: value('q'), kind: value('kind'), year: value('year'), concept: value('concept'), offset: value('offset'),
  };
}

/**
 * The address of a search: `/search.html?q=…` plus the filters and offset that are set.
 * `searchHref({q: 'guided diffusion', year: '2021'})` → "/search.html?q=guided+diffusion&year=2021"
 */
export function searchHref(state) {
  const params = new URLSearchParams();
  for (const name of ['q', ...FILTERS]) {
    if (state[name]) params.set(name, state[name]);
  }
  if (state.offset && String(state.offset) !== '0') params.set('offset', String(state.offset));
  return `/search.html?${params}`;
}
