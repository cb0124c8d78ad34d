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

/** GETs a path and returns its JSON; throws ApiError for any non-2xx answer. */
export async function getJson(path) {
  let response;
  try {
    response = await fetch(path, { headers: { Accept: 'application/json' } });
  } catch (cause) {
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
