// The addresses of the explorer and the path page. Everything a view shows is in its address,
// so a link shares it and back/forward restore it; these are the one place those addresses
// are written and read.

export const EXPLORE_DEFAULTS = Object.freeze({ depth: 1, limit: 25 });
const PATH_DEFAULTS = Object.freeze({ max: 6, k: 3 });
const MAX_LIMIT = 200;

/**
 * `/explore.html?iri=…&depth=2&hide=org&hideRel=…&x=40:IRI&sel=IRI&axis=year`.
 * `x` lists nodes expanded after the start, each with the number of relations asked for.
 */
export function exploreHref({ iri, depth, limit, hideKinds = [], hideRelations = [], expanded = [], selected, byYear = false } = {}) {
  const params = new URLSearchParams();
  if (iri) params.set('iri', iri);
  if (depth && depth !== EXPLORE_DEFAULTS.depth) params.set('depth', String(depth));
  if (limit && limit !== EXPLORE_DEFAULTS.limit) params.set('limit', String(limit));
  if (hideKinds.length) params.set('hide', hideKinds.join(','));
  hideRelations.forEach((property) => params.append('hideRel', property));
  expanded.forEach((x) => params.append('x', x.limit && x.limit !== EXPLORE_DEFAULTS.limit ? `${x.limit}:${x.iri}` : x.iri));
  if (selected && selected !== iri) params.set('sel', selected);
  if (byYear) params.set('axis', 'year');
  const query = params.toString();
  return query ? `/explore.html?${query}` : '/explore.html';
}

/** The explorer's state from its address; anything malformed falls back to the default. */
export function readExploreState(search) {
  const params = new URLSearchParams(search);
  const iri = cleanIri(params.get('iri'));
  return {
    iri,
    depth: bounded(params.get('depth'), 1, 3, EXPLORE_DEFAULTS.depth),
    limit: bounded(params.get('limit'), 1, MAX_LIMIT, EXPLORE_DEFAULTS.limit),
    hideKinds: list(params.get('hide')),
    hideRelations: params.getAll('hideRel').map(cleanIri).filter(Boolean),
    expanded: params.getAll('x').map(readExpansion).filter(Boolean),
    selected: cleanIri(params.get('sel')) ?? iri,
    byYear: params.get('axis') === 'year',
  };
}

// "40:https://…" (a bigger limit) or a bare IRI (the default limit).
function readExpansion(text) {
  const match = /^(\d{1,3}):(.+)$/.exec(text);
  const iri = cleanIri(match ? match[2] : text);
  if (!iri) return null;
  return { iri, limit: match ? bounded(match[1], 1, MAX_LIMIT, EXPLORE_DEFAULTS.limit) : EXPLORE_DEFAULTS.limit };
}

/** `/path.html?from=…&to=…&max=4&k=5&through=person&excludeKinds=org&excludeRelations=schema:mentions`. */
export function pathHref({ from, to, max, k, through = [], excludeKinds = [], excludeRelations = [] } = {}) {
  const params = new URLSearchParams();
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  if (max && max !== PATH_DEFAULTS.max) params.set('max', String(max));
  if (k && k !== PATH_DEFAULTS.k) params.set('k', String(k));
  if (through.length) params.set('through', through.join(','));
  if (excludeKinds.length) params.set('excludeKinds', excludeKinds.join(','));
  if (excludeRelations.length) params.set('excludeRelations', excludeRelations.join(','));
  const query = params.toString();
  return query ? `/path.html?${query}` : '/path.html';
}

/** The path page's state from its address. */
export function readPathState(search) {
  const params = new URLSearchParams(search);
  return {
    from: cleanIri(params.get('from')),
    to: cleanIri(params.get('to')),
    max: bounded(params.get('max'), 1, 8, PATH_DEFAULTS.max),
    k: bounded(params.get('k'), 1, 10, PATH_DEFAULTS.k),
    through: list(params.get('through')),
    excludeKinds: list(params.get('excludeKinds')),
    excludeRelations: list(params.get('excludeRelations')),
  };
}

function cleanIri(text) {
  const iri = String(text ?? '').trim();
  return iri ? iri : null;
}

function bounded(text, min, max, fallback) {
  const n = Number.parseInt(text ?? '', 10);
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}

function list(text) {
  return String(text ?? '').split(/[\s,]+/).map((s) => s.trim()).filter(Boolean);
}
