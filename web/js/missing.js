// The 404 page for an entity IRI the graph does not hold (/id/{kind}/{key}, served by
// LinkedDataController), and for any other address a browser asks for that is not here: the IRI, a search box holding the words of its key, and the closest
// entities the search finds for them (typos are forgiven there), so a stale link still leads on.

import { searchEntities } from './api.js';
import { el, kindBadge, link, replaceContent } from './dom.js';
import { BASE, entityHref } from './iris.js';
import { initSearchBox } from './searchbox.js';

const MATCHES = 6;

/** "person/alex-nichl" → {kind: 'person', words: 'alex nichl'}; the kind only if it is one of ours. */
export function wordsOf(pathname) {
  const match = /^\/id\/([a-z]+)\/(.+)$/.exec(pathname);
  if (!match) return { kind: '', words: '' };
  const key = decodeURIComponent(match[2]).replace(/^(arxiv|doi|youtube|github)-/i, '');
  return { kind: match[1], words: key.replace(/[-_.]+/g, ' ').trim() };
}

async function showMatches(box, { kind, words }) {
  if (!words) {
    replaceContent(box, el('p', {}, 'Type a few words above to find what you were looking for.'));
    return;
  }
  try {
    let answer = await searchEntities({ q: words, kind, limit: MATCHES });
    // The kind in the address may be wrong too: then any kind.
    if (!(answer.hits ?? []).length && kind) answer = await searchEntities({ q: words, limit: MATCHES });
    const hits = answer.hits ?? [];
    replaceContent(box, hits.length
      ? el('ul', { class: 'missing__list' }, hits.map((hit) => el('li', { class: 'missing__hit' },
        kindBadge(hit.kind, { compact: true }), ' ', link(entityHref(hit.iri), hit.label ?? hit.iri))))
      : el('p', {}, `Nothing close to “${words}”. Try other words, or `, link('/search.html?q=*', 'browse everything'), '.'));
  } catch (error) {
    replaceContent(box, el('p', {}, `The search could not be done: ${error.message}`));
  } finally {
    box.removeAttribute('aria-busy');
  }
}

initSearchBox();
const guess = wordsOf(window.location.pathname);
if (window.location.pathname.startsWith('/id/')) {
  document.getElementById('missing-iri').textContent = `${BASE}${window.location.pathname}`;
} else {
  // Not an entity's address: a page that is not here.
  document.title = 'No such page · StudyGraph';
  document.querySelector('.missing__title').textContent = 'No such page';
  const lead = document.querySelector('.missing__lead');
  replaceContent(lead, 'There is no page at ', el('code', {}, window.location.pathname), '. Search for what you were looking for, or go ',
    link('/', 'to the reading list'), '.');
}
const input = document.getElementById('missing-q');
input.value = guess.words;
input.focus();
input.select();
showMatches(document.getElementById('matches'), guess);
