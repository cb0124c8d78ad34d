// The search page: hits for the query in the address, facets to narrow them, pages of ten.
// The address holds the whole state (searchurl.js): every facet, chip and page is a real link,
// followed here with history.pushState, so reloading, sharing, back and forward all work.

import { searchEntities } from './api.js';
import { el, link, replaceContent } from './dom.js';
import { initSearchBox } from './searchbox.js';
import { FILTERS, readSearch, searchHref } from './searchurl.js';
import { PAGE_SIZE, filterChip, renderFacets, renderHits, renderPager } from './searchviews.js';
import { notice } from './widgets.js';

// Below this width (as in search.css) the facets fold away above the results.
const NARROW = window.matchMedia('(max-width: 52rem)');

const box = initSearchBox();
const heading = document.getElementById('search-title');
const didYouMean = document.getElementById('did-you-mean');
const note = document.getElementById('search-note');
const chips = document.getElementById('active-filters');
const status = document.getElementById('search-status');
const facets = document.getElementById('facets');
const facetGroups = document.getElementById('facet-groups');
const facetsActive = document.getElementById('facets-active');
const results = document.getElementById('results');
const resultsBody = document.getElementById('results-body');

let request = null; // the search in flight; a newer click or history step aborts it

async function load({ focus = null } = {}) {
  const state = readSearch(window.location);
  box?.setValue(state.q);
  request?.abort();
  renderChips(state);
  if (!state.q) {
    showPrompt(state);
    return;
  }
  const current = new AbortController();
  request = current;
  results.setAttribute('aria-busy', 'true');
  try {
    const result = await searchEntities({ ...state, limit: PAGE_SIZE }, { signal: current.signal });
    showResult(state, result);
  } catch (error) {
    if (error.name === 'AbortError') return;
    showError(state, error);
  } finally {
    if (request === current) results.removeAttribute('aria-busy');
  }
  restoreFocus(focus);
}

function showResult(state, result) {
  const total = Number(result.total) || 0;
  const q = state.q;
  setHeading(...headingText(q, total, state));
  document.title = `${q === '*' ? 'Everything' : q} · Search · StudyGraph`;

  const suggestion = typeof result.suggestion === 'string' && result.suggestion.trim()
    ? result.suggestion : null;
  didYouMean.hidden = !suggestion;
  if (suggestion) {
    replaceContent(didYouMean, 'Did you mean: ',
      navLink({ ...state, q: suggestion, offset: '' }, suggestion, { class: 'did-you-mean__link' }), '?');
  }

  // Why part of the query was not searched ("only common words", "the first 32 words").
  const why = typeof result.note === 'string' ? result.note.trim() : '';
  note.hidden = !why;
  note.textContent = why;

  const groups = renderFacets(state, result.facets ?? {}, navLink);
  facets.hidden = !groups.length;
  replaceContent(facetGroups, groups);

  const hits = Array.isArray(result.hits) ? result.hits : [];
  if (hits.length) {
    const offset = Number(state.offset) || 0;
    const range = `Showing ${offset + 1}–${offset + hits.length} of ${total}`;
    replaceContent(resultsBody,
      total > hits.length ? el('p', { class: 'results__range' }, range) : null,
      renderHits(hits, offset),
      renderPager(state, total, navLink));
  } else if (total) {
    const first = el('p', { class: 'notice__actions' }, navLink({ ...state, offset: '' }, 'Go to the first page'));
    replaceContent(resultsBody, notice('This page is past the last result',
      `There are ${total} results; this address asks for more.`, { tone: 'info', headingLevel: 3, action: first }));
  } else {
    replaceContent(resultsBody, noHits(state));
  }
}

// "27 results for “ddpm”", "1 result for …", "No results for …"; "All 92 items" for q=*.
function headingText(q, total, state) {
  if (q !== '*') return [`${total || 'No'} ${total === 1 ? 'result' : 'results'} for `, q];
  if (!FILTERS.some((name) => state[name])) return [`All ${total} items`];
  return [total ? `${total} ${total === 1 ? 'item' : 'items'}` : 'No items match these filters'];
}

function setHeading(text, q = null) {
  replaceContent(heading, text, q ? el('q', { class: 'search-head__query' }, q) : null);
  status.textContent = heading.textContent;
}

// The corrected query, if any, is already offered right under the heading.
function noHits(state) {
  const filtered = FILTERS.some((name) => state[name]);
  const tips = el('ul', { class: 'tips' },
    filtered
      ? el('li', {}, navLink({ q: state.q }, 'Search without the filters'), ' — they may be hiding what you want.')
      : null,
    el('li', {}, 'Try a more general word, or the start of a word with a star: ',
      navLink({ q: 'diffu*' }, 'diffu*'), '.'),
    el('li', {}, navLink({ q: '*' }, 'Browse everything'), ' in the graph.'));
  return notice('Nothing matched',
    'None of these words appears in any title, name or summary in the graph. Check the spelling.',
    { tone: 'info', headingLevel: 3, action: tips });
}

function showPrompt(state) {
  setHeading('Search StudyGraph');
  document.title = 'Search · StudyGraph';
  didYouMean.hidden = true;
  note.hidden = true;
  facets.hidden = true;
  const examples = ['ddpm', '"classifier guidance"', 'diffu*', 'diffusion -gan', 'gordic'];
  replaceContent(resultsBody, notice('What are you looking for?',
    'Type a few words in the search box above: a title, an author, an idea. Press / to jump there from any page.',
    { tone: 'info',
      headingLevel: 3,
      action: [
        el('p', { class: 'tips__lead' }, 'Quoted words find a phrase, -word leaves a word out, '
          + 'and word* finds every word that starts so. For example:'),
        el('ul', { class: 'tips tips--inline' },
          examples.map((q) => el('li', {}, navLink({ q }, q, { class: 'tips__example' })))),
        el('p', { class: 'notice__actions' }, navLink({ ...state, q: '*', offset: '' }, 'Browse everything')),
      ] }));
  results.removeAttribute('aria-busy');
  box?.focus();
}

function showError(state, error) {
  setHeading(error.status === 400 ? 'That search could not run' : 'Something went wrong');
  document.title = `${state.q} · Search · StudyGraph`;
  didYouMean.hidden = true;
  note.hidden = true;
  facets.hidden = true;
  const filtered = FILTERS.some((name) => state[name]);
  const actions = el('p', { class: 'notice__actions' });
  if (error.status === 400) {
    if (filtered || state.offset) {
      actions.append(navLink({ q: state.q }, `Start again with just “${state.q}”`), ' · ');
    }
    actions.append(link('/', 'Back to the reading list'));
  } else {
    const retry = el('button', { type: 'button', class: 'button' }, 'Try again');
    retry.addEventListener('click', () => load());
    actions.append(retry);
  }
  const title = error.status === 400 ? 'The server did not accept this search' : 'The search could not be done';
  replaceContent(resultsBody, notice(title, error.message, { action: actions, headingLevel: 3 }));
}

// Active filters as chips; each is a link to the same search without that filter.
function renderChips(state) {
  const active = FILTERS.filter((name) => state[name]);
  chips.hidden = !active.length;
  facetsActive.textContent = active.length ? `(${active.length} active)` : '';
  replaceContent(chips, active.map((name) => el('li', {}, filterChip(name, state, navLink))),
    active.length > 1
      ? el('li', {}, navLink({ q: state.q }, 'Clear all', { class: 'filter-chips__clear' }))
      : null);
}

/** A link to another search that this page follows itself (see the click handler below). */
function navLink(state, text, attrs = {}) {
  return el('a', { ...attrs, href: searchHref(state), dataset: { nav: '', ...(attrs.dataset ?? {}) } }, text);
}

document.getElementById('main').addEventListener('click', (event) => {
  const anchor = event.target.closest('a[data-nav]');
  if (!anchor || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  window.history.pushState(null, '', anchor.getAttribute('href'));
  // On a phone the filters fold over the results: a choice made closes them, and the results
  // (under the heading, which takes the focus) are what comes into view.
  const folded = NARROW.matches && facets.contains(anchor);
  if (folded) facets.open = false;
  load({ focus: folded ? 'heading' : anchor.dataset.focusKey ?? 'heading' });
});
window.addEventListener('popstate', () => load());

// After a facet click the same facet (now toggled) keeps the focus; anything else goes to the top.
function restoreFocus(key) {
  if (!key) return;
  const same = key === 'heading' ? null : document.querySelector(`[data-focus-key="${CSS.escape(key)}"]`);
  if (same) {
    same.focus();
    return;
  }
  heading.focus({ preventScroll: true });
  window.scrollTo({ top: 0 });
}

function fitFacetsToWidth() {
  facets.open = !NARROW.matches;
}
NARROW.addEventListener('change', fitFacetsToWidth);
fitFacetsToWidth();

load();
