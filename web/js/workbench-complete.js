// Completion in the query editor (CodeMirror's show-hint): the predeclared prefixes, and the
// ontology's classes and properties by prefixed name or by local name ("Schol" offers
// schema:ScholarlyArticle), read once from the ontology's named graph when the page opens.
// Ctrl+Space asks; typing a prefix or two letters of a name offers them too.

import { runQuery } from './workbench-endpoint.js';
import { compactIri, PREFIXES } from './workbench-query.js';

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

/** The completions for the word before the cursor, in show-hint's shape; null for none. */
export function complete(cm) {
  const cursor = cm.getCursor();
  const line = cm.getLine(cursor.line);
  let start = cursor.ch;
  while (start > 0 && /[\p{L}\p{N}_:-]/u.test(line[start - 1])) start -= 1;
  const word = line.slice(start, cursor.ch).toLowerCase();
  if (!word) return null;
  const matches = (v) => v.text.toLowerCase().startsWith(word) || (!word.includes(':') && v.local.toLowerCase().startsWith(word));
  const list = vocabulary.filter((v) => matches(v) && v.text.toLowerCase() !== word).slice(0, MAX_SHOWN);
  if (!list.length) return null;
  const { Pos } = window.CodeMirror;
  return { list, from: Pos(cursor.line, start), to: Pos(cursor.line, cursor.ch) };
}
