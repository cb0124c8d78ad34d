// Talking to /sparql (SPARQL 1.1 Protocol, docs/api.md): running a query for the page, and
// fetching its answer in a file format for download.

import { ApiError } from './api.js';
import { acceptFor, queryForm } from './workbench-query.js';
import { parseNTriples } from './workbench-rdf.js';

/**
 * What a query answered:
 * `{type: 'select', vars, rows}`, `{type: 'ask', value}` or `{type: 'graph', triples, skipped}`,
 * with `elapsedMs`, `truncated` and `rowLimit` from the StudyGraph-* headers.
 */
export async function runQuery(query, { signal } = {}) {
  const started = performance.now();
  const response = await post(query, { Accept: acceptFor(queryForm(query)) }, {}, signal);
  const type = response.headers.get('Content-Type') ?? '';
  const body = await response.text();
  const meta = {
    elapsedMs: Math.round(performance.now() - started),
    truncated: response.headers.get('StudyGraph-Truncated') === 'true',
    rowLimit: Number(response.headers.get('StudyGraph-Row-Limit')) || null,
  };
  if (type.startsWith('application/n-triples')) return { type: 'graph', ...parseNTriples(body), ...meta };
  const json = JSON.parse(body);
  if (typeof json.boolean === 'boolean') return { type: 'ask', value: json.boolean, ...meta };
  return { type: 'select', vars: json.head?.vars ?? [], rows: json.results?.bindings ?? [], ...meta };
}

/** The download formats for an answer of this type: `{format, label, extension}`. */
export function downloadFormats(type) {
  if (type === 'graph') {
    return [
      { format: 'turtle', label: 'Turtle', extension: 'ttl' },
      { format: 'nt', label: 'N-Triples', extension: 'nt' },
      { format: 'jsonld', label: 'JSON-LD', extension: 'jsonld' },
    ];
  }
  return [
    { format: 'json', label: 'JSON', extension: 'json' },
    { format: 'csv', label: 'CSV', extension: 'csv' },
    { format: 'tsv', label: 'TSV', extension: 'tsv' },
  ];
}

/** The answer as text in one of the endpoint's named formats (`turtle`, `csv`, …). */
export async function fetchFormat(query, format, { signal } = {}) {
  const response = await post(query, { Accept: '*/*' }, { format }, signal);
  return { text: await response.text(), type: response.headers.get('Content-Type') ?? 'text/plain' };
}

/** Saves the answer in a format as a file, the way a link with `download` would. */
export async function download(query, { format, extension }) {
  const { text, type } = await fetchFormat(query, format);
  const url = URL.createObjectURL(new Blob([text], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = `studygraph-results.${extension}`;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The click has started the download; the object URL is no longer needed after this turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

// A form post, as the protocol allows: no length limit, and no preflight for a simple request.
async function post(query, headers, extra, signal) {
  const body = new URLSearchParams({ query, ...extra });
  let response;
  try {
    response = await fetch('/sparql', { method: 'POST', headers, body, signal });
  } catch (cause) {
    if (cause?.name === 'AbortError') throw cause;
    throw new ApiError(0, 'Network error', 'The StudyGraph server could not be reached.', { cause });
  }
  if (response.ok) return response;
  let problem = {};
  try {
    problem = await response.json();
  } catch {
    // Not a problem document: the status line says enough.
  }
  throw new ApiError(problem.status ?? response.status, problem.title ?? response.statusText, problem.detail);
}
