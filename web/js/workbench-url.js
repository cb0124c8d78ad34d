// The workbench's address is a shareable query: `/sparql?q=SELECT…&run=1`, or for a gallery
// question `/sparql?id=02-coauthors&arg-person=IRI&run=1` (q only when the text was changed).
// Never `query=`: the server answers /sparql?query=… with results, not with this page.

const ARG = 'arg-';

/**
 * The state in an address: `{q, id, args: {name: iri}, run}`; q and id are null when absent.
 * `#query=…` in the fragment is read too (links made by hand, or by other workbenches).
 */
export function readState(location) {
  const params = new URLSearchParams(location.search);
  const fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
  const args = {};
  for (const [name, value] of params) {
    if (name.startsWith(ARG) && name.length > ARG.length) args[name.slice(ARG.length)] = value;
  }
  return {
    q: params.get('q') ?? fragment.get('query'),
    id: params.get('id'),
    args,
    run: params.get('run') === '1',
  };
}

/** The page's address for a state (same fields as readState gives). */
export function stateHref({ q, id, args = {}, run = false }) {
  const params = new URLSearchParams();
  if (id) params.set('id', id);
  for (const [name, iri] of Object.entries(args)) if (iri) params.set(`${ARG}${name}`, iri);
  if (q !== null && q !== undefined) params.set('q', q);
  if (run) params.set('run', '1');
  const search = params.toString();
  return search ? `/sparql?${search}` : '/sparql';
}
