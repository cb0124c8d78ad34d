// The JSON API (docs/api.md). Problems (RFC 9457) become Errors carrying the server's detail.

import { el } from './dom.js';

/** An HTTP failure: `message` is the problem's detail, `status` its HTTP status. */
export class ApiError extends Error {
  constructor(status, title, detail, options) {
    super(detail || title || `HTTP ${status}`, options);
    this.name = 'ApiError';
    this.status = status;
    this.title = title || `HTTP ${status}`;
  }
}

/**
 * GETs a path and returns its JSON; throws ApiError for any non-2xx answer.
 * A `signal` that aborts makes it throw the browser's AbortError (callers ignore those).
 */
export async function getJson(path, { signal } = {}) {
  let response;
  try {
    response = await fetch(path, { headers: { Accept: 'application/json' }, signal });
  } catch (cause) {
    if (cause?.name === 'AbortError') throw cause;
    throw new ApiError(0, 'Network error', 'The StudyGraph server could not be reached.', { cause });
  }
  if (!response.ok) {
    const problem = await problemOf(response);
    storeBanner(problem.title === STORE_UNAVAILABLE ? problem.message : null);
    throw problem;
  }
  storeBanner(null);
  return response.json();
}

/** The title of the problems a shared graph store that is down causes (WebServer.STORE_UNAVAILABLE). */
const STORE_UNAVAILABLE = 'Graph store unavailable';

/**
 * One banner at the top of the page while the graph store does not answer, saying what the
 * server said; the next answer that works takes it away.
 */
function storeBanner(detail) {
  let banner = document.getElementById('store-banner');
  if (detail === null) {
    banner?.remove();
    return;
  }
  if (!banner) {
    banner = el('div', { id: 'store-banner', class: 'store-banner', role: 'alert' });
    document.body.prepend(banner);
  }
  banner.replaceChildren(el('strong', {}, 'The graph store is not answering. '), detail,
    ' Search still works; pages will load again when the store is back — reload to try.');
}

export async function problemOf(response) {
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      const problem = await response.json();
      return new ApiError(problem.status ?? response.status, problem.title, problem.detail);
    } catch {
      // A body that claims JSON but is not: fall through to the status line.
    }
  }
  return new ApiError(response.status, response.statusText, null);
}

/** `GET /api/overview`: counts, items by kind, and the reading lists. */
export function fetchOverview() {
  return getJson('/api/overview');
}

/** `GET /api/entity?iri=…`: one entity with its literals, relations, links and provenance. */
export function fetchEntity(iri) {
  return getJson(`/api/entity?iri=${encodeURIComponent(iri)}`);
}

/**
 * `GET /api/search`: one page of hits with highlighted parts, facet counts and maybe a
 * corrected query. Empty parameters are left out, so the server applies its defaults.
 * `searchEntities({q: 'ddpm', kind: 'paper', offset: 10})`
 */
export function searchEntities({ q, kind, year, concept, offset, limit = 10 }, { signal } = {}) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries({ q, kind, year, concept, limit, offset })) {
    if (value !== null && value !== undefined && String(value) !== '') params.set(name, String(value));
  }
  return getJson(`/api/search?${params}`, { signal });
}

/**
 * `GET /api/suggest?q=…`: up to `limit` entities whose names have a word starting with q,
 * only of `kind` when one is given (a picker for a paper or a person).
 */
export function fetchSuggestions(q, { kind, limit = 8, signal } = {}) {
  const params = new URLSearchParams({ q, limit: String(limit) });
  if (kind) params.set('kind', kind);
  return getJson(`/api/suggest?${params}`, { signal });
}

// /api/labels takes at most 500 IRIs, and the address itself must stay under the server's
// request-line limit (about 8 KB), which is reached first: ~100 IRIs of typical length.
const LABELS_MAX_IRIS = 500;
const LABELS_MAX_QUERY = 6000;

/**
 * `GET /api/labels` for any number of IRIs, in as many requests as the limits need.
 * Resolves to a Map from IRI to `{label, kind}`; IRIs the graph does not know are absent.
 */
export async function fetchLabels(iris, { signal } = {}) {
  const batches = [];
  let batch = new URLSearchParams();
  let count = 0;
  for (const iri of new Set(iris)) {
    const part = `iri=${encodeURIComponent(iri)}`;
    if (count && (count >= LABELS_MAX_IRIS || batch.toString().length + part.length + 1 > LABELS_MAX_QUERY)) {
      batches.push(batch);
      batch = new URLSearchParams();
      count = 0;
    }
    batch.append('iri', iri);
    count += 1;
  }
  if (count) batches.push(batch);
  const answers = await Promise.all(batches.map((params) => getJson(`/api/labels?${params}`, { signal })));
  return new Map(answers.flat().map((entry) => [entry.iri, { label: entry.label, kind: entry.kind }]));
}

/** Entities one graph view shows at most: enough to read, few enough to lay out at once. */
export const GRAPH_BUDGET = 200;

/**
 * `GET /api/graph`: the neighbourhood of `iri` as Cytoscape elements, at most `budget` entities
 * (the most important first), with `more` counting what each entity left out.
 * `fetchGraph(iri, {depth: 1, limit: 25, budget: 200, kinds: ['paper', 'person']})`
 */
export function fetchGraph(iri, { depth = 1, limit = 25, budget = GRAPH_BUDGET, kinds = [], relations = [], signal } = {}) {
  const params = new URLSearchParams({ iri, depth: String(depth), limit: String(limit), budget: String(budget) });
  if (kinds.length) params.set('kinds', kinds.join(','));
  if (relations.length) params.set('relations', relations.join(','));
  return getJson(`/api/graph?${params}`, { signal });
}

/**
 * `GET /api/path`: up to `k` shortest paths of at most `max` hops between two entities.
 * `fetchPath({from, to, max: 6, k: 3, excludeKinds: ['org'], excludeRelations: ['schema:mentions']})`
 */
export function fetchPath({ from, to, max, k, through = [], excludeKinds = [], excludeRelations = [] }, { signal } = {}) {
  const params = new URLSearchParams({ from, to });
  if (max) params.set('max', String(max));
  if (k) params.set('k', String(k));
  if (through.length) params.set('through', through.join(','));
  if (excludeKinds.length) params.set('excludeKinds', excludeKinds.join(','));
  if (excludeRelations.length) params.set('excludeRelations', excludeRelations.join(','));
  return getJson(`/api/path?${params}`, { signal });
}

/** `GET /api/connections`: works, co-authors, citations and lineage of one entity. */
export function fetchConnections(iri) {
  return getJson(`/api/connections?iri=${encodeURIComponent(iri)}`);
}
