// Where IRIs and identifiers point in the browser.

/** Dataset namespace; the server answers for `BASE + "/id/…"` at the local path `/id/…`. */
export const BASE = 'https://w3id.org/studygraph';
const ENTITY_NS = `${BASE}/id/`;

// Keys are ASCII slugs (docs/data-model.md); anything else goes through the query form, where
// encodeURIComponent keeps "?", "#" and friends from changing the path's meaning.
const PLAIN_PATH = /^[A-Za-z0-9._~\-\/]+$/;

/** The UI address of an entity: `/id/{kind}/{key}` for our own IRIs, `/entity.html?iri=…` else. */
export function entityHref(iri) {
  const text = String(iri ?? '');
  if (text.startsWith(ENTITY_NS)) {
    const path = text.slice(BASE.length);
    if (PLAIN_PATH.test(path)) return path;
  }
  return `/entity.html?iri=${encodeURIComponent(text)}`;
}

/** The IRI the entity page shows, from its own address; null when none is given. */
export function iriFromLocation(location) {
  if (location.pathname.startsWith('/id/')) return BASE + location.pathname;
  const iri = new URLSearchParams(location.search).get('iri');
  return iri && iri.trim() ? iri.trim() : null;
}

const SG = 'https://w3id.org/studygraph/ontology#';

/** Identifier properties whose values become links to the site that issued them. */
const IDENTIFIER_SITES = {
  [`${SG}arxivId`]: (id) => `https://arxiv.org/abs/${encodeURIComponent(id)}`,
  'http://purl.org/ontology/bibo/doi': (id) => `https://doi.org/${encodeDoi(id)}`,
  [`${SG}youtubeId`]: (id) => `https://www.youtube.com/watch?v=${encodeURIComponent(id)}`,
  [`${SG}githubRepo`]: githubUrl,
  [`${SG}openReviewId`]: (id) => `https://openreview.net/forum?id=${encodeURIComponent(id)}`,
};

/** Property IRI of a YouTube id (the entity page shows a play box for it). */
export const YOUTUBE_ID = `${SG}youtubeId`;

/** The web page for an identifier literal, or null when the property is not an identifier. */
export function identifierUrl(property, value) {
  const make = IDENTIFIER_SITES[property];
  const id = String(value ?? '').trim();
  return make && id ? make(id) : null;
}

// A DOI's "/" separates prefix and suffix and must stay; every other unsafe character is escaped.
function encodeDoi(doi) {
  return doi.replace(/^(doi:|https?:\/\/(dx\.)?doi\.org\/)/i, '')
    .split('/').map(encodeURIComponent).join('/');
}

function githubUrl(ownerName) {
  const parts = ownerName.split('/');
  if (parts.length !== 2 || parts.some((p) => !/^[A-Za-z0-9._-]+$/.test(p))) return null;
  return `https://github.com/${parts[0]}/${parts[1]}`;
}
