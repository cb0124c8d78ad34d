// The JSON API (docs/api.md). Problems (RFC 9457) become Errors carrying the server's detail.

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
  if (!response.ok) throw await problemOf(response);
  return response.json();
}

async function problemOf(response) {
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

/** `GET /api/suggest?q=…`: up to `limit` entities whose names have a word starting with q. */
export function fetchSuggestions(q, { limit = 8, signal } = {}) {
  const params = new URLSearchParams({ q, limit: String(limit) });
  return getJson(`/api/suggest?${params}`, { signal });
}
