// Completion in the query editor (CodeMirror's show-hint): the predeclared prefixes, and the
// ontology's classes and properties by prefixed name or by local name ("Schol" offers
// schema:ScholarlyArticle), read once from the ontology's named graph when the page opens;
// and entities by label from /api/suggest, after "<" ("<denois" offers DDPM), after a prefix
// of entity IRIs ("paper:den" where PREFIX paper: <…/id/paper/> is declared), or as a word
// where a term goes after a variable or a property ("?paper cito:cites denois"). An entity is
// written in prefixed form where a declared prefix fits, else as <IRI>.
// Ctrl+Space asks; typing a prefix or two letters of a name offers them too.

import { fetchSuggestions } from './api.js';
import { el } from './dom.js';
import { BASE } from './iris.js';
import { kindInfo } from './kinds.js';
import { runQuery } from './workbench-endpoint.js';
import { compactIri, declaredPrefixes, PREFIXES } from './workbench-query.js';

const ONTOLOGY_TERMS = `SELECT ?term ?type (SAMPLE(?name) AS ?label) WHERE {
  GRAPH <https://w3id.org/studygraph/ontology> {
    ?term a ?type .
    OPTIONAL { ?term rdfs:label ?name }
  }
  FILTER (?type IN (owl:Class, rdfs:Class, rdf:Property, owl:ObjectProperty, owl:DatatypeProperty))
} GROUP BY ?term ?type`;
const CLASSES = new Set(['http://www.w3.org/2002/07/owl#Class', 'http://www.w3.org/2000/01/rdf-schema#Class']);
const MAX_SHOWN = 40;

let vocabulary = PREFIXES.map(([prefix, ns]) => ({ text: `${prefix}:`, displayText: `${prefix}:  ${ns}`, local: prefix }));

/** Reads the ontology's classes and properties into the completion list (prefixes are there already). */
export async function loadVocabulary() {
  try {
    const answer = await runQuery(ONTOLOGY_TERMS);
    const seen = new Set(vocabulary.map((v) => v.text));
    for (const row of answer.rows ?? []) {
      const name = compactIri(row.term?.value ?? '');
      if (!name || seen.has(name)) continue;
      seen.add(name);
      const what = CLASSES.has(row.type?.value) ? 'class' : 'property';
      const label = row.label?.value ? ` — ${row.label.value}` : '';
      vocabulary.push({ text: name, displayText: `${name}${label} (${what})`, local: name.slice(name.indexOf(':') + 1) });
    }
    vocabulary = vocabulary.sort((a, b) => a.text.localeCompare(b.text));
  } catch {
    // Without the ontology the prefixes still complete.
  }
  return vocabulary.length;
}

const ENTITY_NS = `${BASE}/id/`;
const MAX_ENTITIES = 8;
let asking = null; // AbortController of the suggestion request in flight

/**
 * The completions for the text before the cursor, in show-hint's shape (or a promise of it,
 * when entities are looked up); null for none.
 */
export function complete(cm) {
  const cursor = cm.getCursor();
  const before = cm.getLine(cursor.line).slice(0, cursor.ch);
  const { Pos } = window.CodeMirror;
  const to = Pos(cursor.line, cursor.ch);
  const prefixes = declaredPrefixes(cm.getValue());

  // "<denois": an IRI being written by a name, not an address.
  const open = /<(\p{L}[^<>"{}|^`\\]*)$/u.exec(before);
  if (open && !/^https?:?\/?\/?/i.test(open[1])) {
    return entityHints(open[1], null, prefixes).then((list) => hints(list, Pos(cursor.line, open.index), to));
  }

  let start = cursor.ch;
  while (start > 0 && /[\p{L}\p{N}_:-]/u.test(before[start - 1])) start -= 1;
  const word = before.slice(start);
  if (!word) return null;
  const from = Pos(cursor.line, start);
  const terms = vocabularyHints(word.toLowerCase());
  const search = entitySearch(word, before.slice(0, start), prefixes);
  if (!search) return hints(terms, from, to);
  return entityHints(search.q, search.kind, prefixes).then((entities) => hints([...terms, ...entities], from, to));
}

function vocabularyHints(word) {
  const matches = (v) => v.text.toLowerCase().startsWith(word) || (!word.includes(':') && v.local.toLowerCase().startsWith(word));
  return vocabulary.filter((v) => matches(v) && v.text.toLowerCase() !== word).slice(0, MAX_SHOWN);
}

function hints(list, from, to) {
  if (!list.length) return null;
  const result = { list, from, to };
  window.CodeMirror.on(result, 'shown', keepOnScreen);
  return result;
}

// show-hint keeps its list inside window.innerWidth, which counts the scroll bar: a long name
// near the right edge ran under it and widened the page. Moved left by what sticks out.
function keepOnScreen() {
  const box = document.querySelector('.CodeMirror-hints');
  if (!box) return;
  const over = box.getBoundingClientRect().right - document.documentElement.clientWidth + 8;
  if (over > 0) box.style.left = `${Math.max(0, box.offsetLeft - over)}px`;
}

/**
 * What to ask /api/suggest for a word: `{q, kind}`, or null when the word is not an entity's
 * name. "paper:den" asks for papers when paper: is a namespace of entity IRIs; a plain word of
 * three letters or more asks when a term goes there (after a variable, a prefixed name, an IRI
 * or "a").
 */
function entitySearch(word, before, prefixes) {
  const colon = word.indexOf(':');
  if (colon >= 0) {
    const ns = new Map(prefixes).get(word.slice(0, colon));
    const local = word.slice(colon + 1);
    if (!ns?.startsWith(ENTITY_NS) || local.length < 2) return null;
    const kind = /^([a-z]+)\/$/.exec(ns.slice(ENTITY_NS.length))?.[1] ?? null;
    return ns === ENTITY_NS || kind ? { q: local, kind } : null;
  }
  const afterTerm = /(?:[?$][\p{L}\p{N}_]+|[\p{L}\p{N}_-]*:[\p{L}\p{N}_.-]*|>|(?:^|\s)a)\s+$/u.test(before);
  return afterTerm && word.length >= 3 && /^\p{L}/u.test(word) ? { q: word, kind: null } : null;
}

/** Entities whose names start with the words, as completions that write their IRIs. */
async function entityHints(q, kind, prefixes) {
  asking?.abort();
  const request = new AbortController();
  asking = request;
  try {
    const found = await fetchSuggestions(q, { kind, limit: MAX_ENTITIES, signal: request.signal });
    return found.map((s) => {
      const text = compactIri(s.iri, prefixes) ?? `<${s.iri}>`;
      const name = `${s.label}${s.matched ? ` (${s.matched})` : ''}`;
      return {
        text,
        displayText: `${name} — ${kindInfo(s.kind).label}`,
        className: 'hint--entity',
        // The name, then what will be written: as text, never as markup.
        render: (li) => li.append(name, el('span', { class: 'hint__what' }, ` ${kindInfo(s.kind).label} · ${text}`)),
      };
    });
  } catch {
    return []; // aborted by the next keystroke, or no index: no names to offer
  }
}
