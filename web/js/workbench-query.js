// Reading SPARQL text without parsing it: the query form, the gallery's parameters, and the
// position of a syntax error. The server parses for real; these only need to be right about
// comments, strings and IRIs, so a "?person" inside them is never mistaken for the variable.

/** The prefixes the server predeclares (docs/api.md), so `schema:name` works without PREFIX. */
export const PREFIXES = [
  ['sg', 'https://w3id.org/studygraph/ontology#'],
  ['id', 'https://w3id.org/studygraph/id/'],
  ['src', 'https://w3id.org/studygraph/source/'],
  ['schema', 'https://schema.org/'],
  ['cito', 'http://purl.org/spar/cito/'],
  ['bibo', 'http://purl.org/ontology/bibo/'],
  ['dcterms', 'http://purl.org/dc/terms/'],
  ['foaf', 'http://xmlns.com/foaf/0.1/'],
  ['skos', 'http://www.w3.org/2004/02/skos/core#'],
  ['prov', 'http://www.w3.org/ns/prov#'],
  ['rdf', 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'],
  ['rdfs', 'http://www.w3.org/2000/01/rdf-schema#'],
  ['owl', 'http://www.w3.org/2002/07/owl#'],
  ['xsd', 'http://www.w3.org/2001/XMLSchema#'],
];

// SPARQL's IRIREF and VARNAME productions.
const IRI_AT = /<[^<>"{}|^`\\\u0000-\u0020]*>/y;
const VAR_AT = /[?$]([\p{L}\p{N}_][\p{L}\p{N}_\u00B7\u0300-\u036F\u203F\u2040]*)/uy;
const WORD_AT = /[\p{L}\p{N}_:.-]+/uy;
const STRING_AT = /("""|'''|"|')/y;

/**
 * Splits a query into tokens `{type, text, start}` of type comment, string, iri, var (with
 * `name`), word or other; whitespace is left out. Enough to find variables and keywords.
 */
export function tokens(text) {
  const out = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) { i += 1; continue; }
    const start = i;
    let match;
    if (c === '#') {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end;
      out.push({ type: 'comment', text: text.slice(start, i), start });
    } else if ((match = at(STRING_AT, text, i))) {
      i = stringEnd(text, i + match[0].length, match[0]);
      out.push({ type: 'string', text: text.slice(start, i), start });
    } else if ((match = at(IRI_AT, text, i))) {
      i += match[0].length;
      out.push({ type: 'iri', text: match[0], start });
    } else if ((match = at(VAR_AT, text, i))) {
      i += match[0].length;
      out.push({ type: 'var', text: match[0], name: match[1], start });
    } else if ((match = at(WORD_AT, text, i))) {
      i += match[0].length;
      out.push({ type: 'word', text: match[0], start });
    } else {
      i += 1;
      out.push({ type: 'other', text: c, start });
    }
  }
  return out;
}

function at(regex, text, index) {
  regex.lastIndex = index;
  return regex.exec(text);
}

// Index just past the closing quote; an unclosed string runs to the end (the server will say so).
function stringEnd(text, from, quote) {
  for (let i = from; i < text.length; i += 1) {
    if (text[i] === '\\') i += 1;
    else if (text.startsWith(quote, i)) return i + quote.length;
    else if (quote.length === 1 && text[i] === '\n') return i;
  }
  return text.length;
}

/** SELECT, ASK, CONSTRUCT or DESCRIBE: the first keyword after the prologue; null if none. */
export function queryForm(text) {
  const list = tokens(text).filter((t) => t.type !== 'comment');
  for (let i = 0; i < list.length; i += 1) {
    const word = list[i].type === 'word' ? list[i].text.toUpperCase() : '';
    if (word === 'PREFIX') i += 2;
    else if (word === 'BASE') i += 1;
    else return ['SELECT', 'ASK', 'CONSTRUCT', 'DESCRIBE'].includes(word) ? word : null;
  }
  return null;
}

/** The Accept header for a query: results for SELECT/ASK, N-Triples (easy to draw) for graphs. */
export function acceptFor(form) {
  if (form === 'SELECT' || form === 'ASK') return 'application/sparql-results+json';
  if (form === 'CONSTRUCT' || form === 'DESCRIBE') return 'application/n-triples';
  return 'application/sparql-results+json, application/n-triples;q=0.9';
}

/**
 * Whether an IRI may be written into a query as `<IRI>`: http(s), and none of the characters
 * that could end the IRI early or start other syntax.
 */
export function isSafeIri(iri) {
  const text = String(iri ?? '');
  if (!/^https?:\/\/[^<>"{}|^`\\\s\u0000-\u001f]+$/.test(text)) return false;
  try {
    return Boolean(new URL(text).host);
  } catch {
    return false;
  }
}

/**
 * A parameter's value as SPARQL text: `{type: 'iri', value}` → `<IRI>` (refused unless
 * isSafeIri), `{type: 'text', value}` → a string literal, `{type: 'number', value}` → the
 * number (refused unless it is one). The one place a value typed in the page becomes query text.
 */
export function sparqlTerm({ type, value }, name = 'value') {
  if (type === 'text') return sparqlString(value);
  if (type === 'number') {
    const digits = String(value ?? '').trim();
    if (!/^-?\d+(\.\d+)?$/.test(digits)) throw new Error(`The value for ?${name} is not a number: ${value}`);
    return digits;
  }
  if (!isSafeIri(value)) throw new Error(`The value for ?${name} is not a web address (http or https): ${value}`);
  return `<${value}>`;
}

/**
 * A SPARQL string literal holding exactly `text`: the quote, the backslash and line breaks are
 * escaped (ECHAR), so nothing typed can end the literal. A typed "\u0022" stays six characters,
 * its backslash escaped too.
 */
export function sparqlString(text) {
  const escapes = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };
  return `"${String(text ?? '').replace(/[\\"\n\r\t\b\f]/g, (c) => escapes[c])}"`;
}

/**
 * Replaces each bound variable (`?name` or `$name`, outside strings, IRIs and comments) with
 * its value's SPARQL text (sparqlTerm). Throws when a value cannot be written safely. Returns
 * the new text and `original(line, column)`, which turns a position in the new text back into
 * one in the text as written.
 * `bindParams('SELECT * { ?w schema:author ?person }', {person: {type: 'iri', value: 'https://…/alex-nichol'}})`
 */
export function bindParams(text, bindings) {
  const terms = Object.fromEntries(Object.entries(bindings).map(([name, binding]) => [name, sparqlTerm(binding, name)]));
  const edits = tokens(text)
    .filter((t) => t.type === 'var' && Object.hasOwn(terms, t.name))
    .map((t) => ({ start: t.start, end: t.start + t.text.length, text: terms[t.name] }));
  let out = '';
  let last = 0;
  const shifts = []; // per edit: line, column (1-based) in the new text, old and new length
  for (const edit of edits) {
    out += text.slice(last, edit.start);
    const { line, column } = positionOf(out, out.length);
    shifts.push({ line, column, oldLength: edit.end - edit.start, newLength: edit.text.length });
    out += edit.text;
    last = edit.end;
  }
  out += text.slice(last);
  return { text: out, original: (line, column) => originalPosition(shifts, line, column) };
}

function positionOf(text, index) {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}

function originalPosition(shifts, line, column) {
  let col = column;
  for (const shift of shifts.filter((s) => s.line === line)) {
    if (column >= shift.column + shift.newLength) col -= shift.newLength - shift.oldLength;
    else if (column >= shift.column) return { line, column: shift.column - (column - col) };
  }
  return { line, column: col };
}

// Names of the parser's token kinds, as a reader knows them.
const TOKEN_NAMES = {
  IRIref: 'an IRI', PNAME_NS: 'a prefixed name', PNAME_LN: 'a prefixed name', VAR1: 'a variable',
  VAR2: 'a variable', INTEGER: 'a number', DECIMAL: 'a number', DOUBLE: 'a number',
  STRING_LITERAL1: 'a string', STRING_LITERAL2: 'a string', STRING_LITERAL_LONG1: 'a string',
  STRING_LITERAL_LONG2: 'a string', BLANK_NODE_LABEL: 'a blank node', ANON: 'a blank node', NIL: '()',
  EOF: 'the end of the query',
};

/**
 * Reads a 400 problem's detail. A syntax error ("Syntax error at line L, column C: …") gives
 * `{line, column, message, expected}`; the position is the offending token's where the parser
 * names it (its leading position is the last token it accepted), null where it has none.
 * Other problems give just `{message}`.
 */
export function readSyntaxError(detail) {
  const text = String(detail ?? '');
  const head = /^Syntax error at line (-?\d+), column (-?\d+):\s*/.exec(text);
  if (!head) return { line: null, column: null, message: text, expected: [] };
  const [body, ...rest] = text.slice(head[0].length).split(/\n\s*Was expecting(?: one of)?:\s*/);
  let line = Number(head[1]);
  let column = Number(head[2]);
  let reason = body.replace(/^Line \d+, column \d+:\s*/, '').trim();
  const found = /^Encountered\s+"\s*(?:"[^"]*"|<[^>]*>|\S+)\s+"(.*?)\s*""\s*at line (\d+), column (\d+)\.?/s.exec(reason)
    ?? /^Encountered\s+"<(EOF)>"\s*at line (\d+), column (\d+)\.?/.exec(reason);
  const lexical = /^Encountered: (<EOF>|'.*?' \(\d+\)),? after prefix "(.*)"$/s.exec(reason);
  if (found) {
    [line, column] = [Number(found[2]), Number(found[3])];
    reason = found[1] === 'EOF' ? 'the query ends too early' : `unexpected “${found[1]}”`;
  } else if (lexical) {
    const fragment = lexical[2].replace(/\\(.)/g, '$1');
    reason = lexical[1] === '<EOF>' ? `the query ends inside “${fragment}”` : `unexpected character after “${fragment}”`;
  }
  const expected = [...new Set((rest.join('\n').match(/^\s*\S.*$/gm) ?? []).map(expectedName))];
  const known = line >= 1 && column >= 1;
  return {
    line: known ? line : null,
    column: known ? column : null,
    message: known ? `Syntax error at line ${line}, column ${column}: ${reason}`
      : lexical ? `Syntax error: ${reason}` : reason,
    expected,
  };
}

function expectedName(entry) {
  const token = entry.trim().replace(/\s*\.\.\.$/, '');
  const kind = /^<(\w+)>$/.exec(token);
  if (kind) return TOKEN_NAMES[kind[1]] ?? kind[1];
  return token.replace(/^"(.*)"$/, '$1');
}

// PN_LOCAL without escapes: letters, digits, "_", "-" and inner dots, not starting with "-".
const LOCAL_NAME = /^(?:[\p{L}\p{N}_](?:[\p{L}\p{N}_.-]*[\p{L}\p{N}_-])?)?$/u;

/**
 * `https://schema.org/name` → `schema:name`; null when no prefix fits. `prefixes` (pairs of
 * prefix and namespace) default to the predeclared ones; the longest namespace that fits wins.
 */
export function compactIri(iri, prefixes = PREFIXES) {
  let best = null;
  for (const [prefix, ns] of prefixes) {
    const local = iri.startsWith(ns) ? iri.slice(ns.length) : null;
    if (local !== null && LOCAL_NAME.test(local) && (!best || ns.length > best.ns.length)) best = { prefix, ns, local };
  }
  return best && `${best.prefix}:${best.local}`;
}

/** The predeclared prefixes with those a query declares itself (`PREFIX paper: <…>`), which win. */
export function declaredPrefixes(text) {
  const own = tokens(text).filter((t) => t.type !== 'comment');
  const declared = new Map(PREFIXES);
  for (let i = 0; i + 2 < own.length; i += 1) {
    if (own[i].type === 'word' && own[i].text.toUpperCase() === 'PREFIX' && own[i + 1].text.endsWith(':') && own[i + 2].type === 'iri') {
      declared.set(own[i + 1].text.slice(0, -1), own[i + 2].text.slice(1, -1));
    }
  }
  return [...declared];
}
