// N-Triples, the graph answer the workbench asks for: one triple a line, so a few lines of code
// read it (Turtle would need a real parser). Terms come out shaped like SPARQL JSON results
// ({type: 'uri'|'bnode'|'literal', value, datatype, 'xml:lang'}), so the table and the graph
// render terms the same way.

const IRI = /^<([^>]*)>/;
const BNODE = /^_:([^\s]+)/;
const LITERAL = /^"((?:[^"\\]|\\.)*)"(?:\^\^<([^>]*)>|@([A-Za-z0-9-]+))?/;
const ESCAPES = { t: '\t', b: '\b', n: '\n', r: '\r', f: '\f', '"': '"', "'": "'", '\\': '\\' };

/**
 * The triples of an N-Triples document as `[{s, p, o}]`. Lines it cannot read are skipped and
 * counted in `skipped`, so one odd line does not hide the rest of the answer.
 */
export function parseNTriples(text) {
  const triples = [];
  let skipped = 0;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const triple = readTriple(line);
    if (triple) triples.push(triple);
    else skipped += 1;
  }
  return { triples, skipped };
}

function readTriple(line) {
  let rest = line;
  const terms = [];
  for (let i = 0; i < 3; i += 1) {
    const read = readTerm(rest, i === 2);
    if (!read) return null;
    terms.push(read.term);
    rest = rest.slice(read.length).trimStart();
  }
  if (!rest.startsWith('.')) return null;
  const [s, p, o] = terms;
  return { s, p, o };
}

function readTerm(text, literalAllowed) {
  let match = IRI.exec(text);
  if (match) return { term: { type: 'uri', value: unescape(match[1]) }, length: match[0].length };
  match = BNODE.exec(text);
  if (match) return { term: { type: 'bnode', value: match[1] }, length: match[0].length };
  match = literalAllowed ? LITERAL.exec(text) : null;
  if (!match) return null;
  const term = { type: 'literal', value: unescape(match[1]) };
  if (match[2]) term.datatype = unescape(match[2]);
  if (match[3]) term['xml:lang'] = match[3];
  return { term, length: match[0].length };
}

function unescape(text) {
  return text.replace(/\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))/g, (whole, u4, u8, single) => {
    if (u4 || u8) return String.fromCodePoint(parseInt(u4 ?? u8, 16));
    return ESCAPES[single] ?? whole;
  });
}

/** A key naming a term uniquely within one answer (a graph node's id, a map key). */
export function termKey(term) {
  if (term.type === 'uri') return `<${term.value}>`;
  if (term.type === 'bnode') return `_:${term.value}`;
  return `"${term.value}"^^${term.datatype ?? ''}@${term['xml:lang'] ?? ''}`;
}
