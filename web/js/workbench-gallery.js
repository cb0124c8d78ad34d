// The gallery beside the editor: the server's example questions (/api/queries) and a few of
// the workbench's own that show the other query forms (a drawn graph, a yes/no answer).

import { getJson } from './api.js';
import { el, replaceContent } from './dom.js';
import { kindInfo } from './kinds.js';
import { notice } from './widgets.js';

const ID = 'https://w3id.org/studygraph/id/';

/** Queries of the forms the server's gallery does not show: CONSTRUCT, DESCRIBE and ASK. */
export const MORE_QUERIES = [
  {
    id: 'wb-citation-graph',
    title: 'Draw the citation graph',
    description: 'A CONSTRUCT query: every paper that cites another, in any way CiTO knows, drawn as a graph.',
    params: [],
    query: `CONSTRUCT {
  ?work cito:cites ?paper .
  ?work schema:name ?title .
}
WHERE {
  ?relation rdfs:subPropertyOf* cito:cites .
  ?work ?relation ?paper ; schema:name ?title .
  ?paper a schema:ScholarlyArticle .
}`,
  },
  {
    id: 'wb-describe',
    title: 'Everything about one entity',
    description: 'A DESCRIBE query: all the graph says about the chosen entity, drawn around it.',
    params: [{ name: 'entity', kind: null, defaultValue: `${ID}paper/arxiv-2105.05233` }],
    query: 'DESCRIBE ?entity',
  },
  {
    id: 'wb-ask-video',
    title: 'Is there a video about this paper?',
    description: 'An ASK query: yes or no, does any video explain the chosen paper?',
    params: [{ name: 'paper', kind: 'paper', defaultValue: `${ID}paper/arxiv-2006.11239` }],
    query: `ASK {
  ?video a schema:VideoObject ;
         sg:explains ?paper .
}`,
  },
];

/**
 * Fills the gallery and calls `onPick(entry)` when a question is chosen.
 * Resolves to every entry (server's first), so the page can find one by id.
 */
export async function initGallery(container, { onPick }) {
  let entries = [];
  let failure = null;
  try {
    entries = await getJson('/api/queries');
  } catch (error) {
    failure = notice('The example questions did not load', error.message, { headingLevel: 3 });
  }
  const all = [...entries, ...MORE_QUERIES];
  const list = (items) => el('ul', { class: 'gallery__list' }, items.map((entry) => renderEntry(entry)));
  replaceContent(container,
    failure,
    entries.length ? list(entries) : null,
    el('h2', { class: 'gallery__heading' }, 'Graphs and yes/no'),
    list(MORE_QUERIES));
  container.removeAttribute('aria-busy');
  container.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-id]');
    const entry = button && all.find((e) => e.id === button.dataset.id);
    if (entry) onPick(entry);
  });
  return all;
}

function renderEntry(entry) {
  const params = entry.params ?? [];
  return el('li', {},
    el('button', { type: 'button', class: 'gallery__item', dataset: { id: entry.id } },
      el('span', { class: 'gallery__title' }, entry.title || entry.id),
      entry.description ? el('span', { class: 'gallery__description' }, entry.description) : null,
      params.length
        ? el('span', { class: 'gallery__params' }, `Choose ${params.map(paramWords).join(', ')}`)
        : null));
}

// "a person", "some text", "a number", "an entity": what the reader will be asked for.
function paramWords(param) {
  if (param.kind === 'text') return 'some text';
  if (param.kind === 'number') return 'a number';
  return param.kind ? `a ${kindInfo(param.kind).label}` : 'an entity';
}

/** Shows which entry is loaded (none: null). */
export function markCurrent(container, id) {
  container.querySelectorAll('button[data-id]').forEach((button) => {
    if (button.dataset.id === id) button.setAttribute('aria-current', 'true');
    else button.removeAttribute('aria-current');
  });
}
