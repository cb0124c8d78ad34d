// Glossary mentions on the entity page: the concepts named in its abstract or description become
// links to them, and a concept's page lists the texts that name it and where in them. The spans
// come from /api/study/mentions, found by glossary linking with offsets into each text.

import { el, kindBadge, link } from './dom.js';
import { entityHref } from './iris.js';
import { shortList } from './widgets.js';

/** Which field of a mention a text property is. */
export const FIELD_OF = {
  'https://w3id.org/studygraph/ontology#summary': 'summary',
  'https://schema.org/abstract': 'abstract',
  'https://schema.org/description': 'description',
};
const FIELD_WORDS = { title: 'its title', summary: 'its summary', abstract: 'its abstract', description: 'its description', note: 'a note' };

/**
 * The paragraphs of `text` with each span whose words are still at its offsets made a link to its
 * concept. A span that no longer fits the text (another value of the same property) is ignored.
 */
export function linkedParagraphs(text, spans = [], lang = null) {
  const usable = spans.filter((s) => text.slice(s.start, s.end) === s.text)
    .sort((a, b) => a.start - b.start);
  const paragraphs = [];
  const breaks = /\n\s*\n/g;
  let from = 0;
  for (;;) {
    const found = breaks.exec(text);
    const to = found ? found.index : text.length;
    paragraphs.push([from, to]);
    if (!found) break;
    from = found.index + found[0].length;
  }
  return paragraphs
    .map(([start, end]) => {
      const nodes = [];
      let at = start;
      for (const span of usable) {
        if (span.start < at || span.end > end) continue;
        nodes.push(text.slice(at, span.start),
          link(entityHref(span.concept), span.text, { class: 'mention', title: `Glossary: ${span.label}` }));
        at = span.end;
      }
      nodes.push(text.slice(at, end));
      return { blank: !text.slice(start, end).trim(), node: el('p', { lang }, nodes) };
    })
    .filter((p) => !p.blank)
    .map((p) => p.node);
}

/** "Named in": the texts that name a concept, with which text and the words used. */
export function foundInPanel(answer) {
  const found = answer?.foundIn ?? [];
  if (!found.length) return null;
  return el('section', { class: 'panel', 'aria-labelledby': 'found-in-title' },
    el('h2', { class: 'panel__title', id: 'found-in-title' }, `Named in the text of ${answer.total} item${answer.total === 1 ? '' : 's'}`),
    el('p', { class: 'panel__hint' }, 'Found by matching the glossary against titles, summaries, abstracts and descriptions; not stated by the list.'),
    shortList('ul', 'found-in', found, (f) => el('li', {},
      kindBadge(f.kind, { compact: true }), ' ', link(entityHref(f.iri), f.label || f.iri),
      el('span', { class: 'found-in__where' }, ` — in ${FIELD_WORDS[f.field] ?? f.field}: “${f.text}”`)), 8));
}
