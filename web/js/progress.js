// Progress on the graph: each item unread / reading / done, each concept unknown / learning /
// known. One fetch per page gives every mark; badges, the entity page's control and the graphs'
// rings all read it, so a mark shows wherever the item appears.

import { getJson } from './api.js';
import { el } from './dom.js';
import { writeJson } from './writetoken.js';

const WORDS = {
  reading: { text: 'Reading', icon: '◐' },
  done: { text: 'Done', icon: '✓' },
  learning: { text: 'Learning', icon: '◐' },
  known: { text: 'Known', icon: '✓' },
};
const ITEM_STEPS = ['unread', 'reading', 'done'];
const CONCEPT_STEPS = ['unknown', 'learning', 'known'];
/** Kinds a learner reads or learns; people, organisations and lists have no progress. */
export const STUDIED_KINDS = new Set(['paper', 'book', 'tutorial', 'video', 'repo', 'question', 'concept']);

let marks = null;
const listeners = new Set();

/** iri → status word, for every marked item (absent: unread or unknown). */
export function progressMap() {
  marks ??= getJson('/api/study/progress')
    .then((answer) => new Map((answer.items ?? []).map((item) => [item.iri, item.status])))
    .catch(() => new Map());
  return marks;
}

/** Runs `listener(map)` now and after every change made on this page. */
export function onProgress(listener) {
  listeners.add(listener);
  progressMap().then(listener);
}

/** Stores a status (guarded write) and tells every listener; resolves to the status stored. */
export async function setStatus(iri, status) {
  const answer = await writeJson('POST', '/api/study/progress', { iri, status });
  const map = await progressMap();
  if (answer.status === 'unread' || answer.status === 'unknown') map.delete(iri);
  else map.set(iri, answer.status);
  listeners.forEach((listener) => listener(map));
  return answer.status;
}

/** True for the finished states (done, known). */
export function finished(status) {
  return status === 'done' || status === 'known';
}

/** A small badge for a started or finished status; null for unread/unknown. */
export function statusBadge(status) {
  const word = WORDS[status];
  if (!word) return null;
  return el('span', { class: `status-badge status-badge--${finished(status) ? 'done' : 'started'}`, title: word.text },
    el('span', { 'aria-hidden': 'true' }, word.icon), ' ', word.text);
}

/** A slot that shows the badge of `iri` and keeps it current. */
export function liveBadge(iri) {
  const slot = el('span', { class: 'status-slot' });
  onProgress((map) => slot.replaceChildren(...[statusBadge(map.get(iri))].filter(Boolean)));
  return slot;
}

/**
 * The three-way control on an entity page: Unread · Reading · Done (Unknown · Learning · Known
 * for a concept), as a radio group a keyboard can use.
 */
export function statusControl(iri, kind) {
  const steps = kind === 'concept' ? CONCEPT_STEPS : ITEM_STEPS;
  const name = `status-${Math.random().toString(36).slice(2)}`;
  const message = el('span', { class: 'status-control__message', role: 'status' });
  const inputs = steps.map((step) => el('input', { type: 'radio', name, value: step, class: 'visually-hidden' }));
  const group = el('fieldset', { class: 'status-control' },
    el('legend', { class: 'visually-hidden' }, 'Your progress'),
    steps.map((step, i) => el('label', { class: `status-control__option status-control__option--${i}` }, inputs[i],
      i === 0 ? step[0].toUpperCase() + step.slice(1) : WORDS[step].text)),
    message);
  onProgress((map) => {
    const current = map.get(iri) ?? steps[0];
    inputs.forEach((input) => { input.checked = input.value === current; });
  });
  inputs.forEach((input) => input.addEventListener('change', async () => {
    message.textContent = 'Saving…';
    try {
      await setStatus(iri, input.value);
      message.textContent = 'Saved';
    } catch (error) {
      message.textContent = error.message;
      progressMap().then((map) => listeners.forEach((listener) => listener(map)));
    }
  }));
  return group;
}

/** Cytoscape styles for the rings: green for done (known), dashed amber for reading (learning). */
export function progressStyle() {
  const css = getComputedStyle(document.documentElement);
  const colour = (name, fallback) => css.getPropertyValue(name).trim() || fallback;
  return [
    { selector: 'node.progress-done', style: { 'border-width': 4, 'border-color': colour('--done', '#2f9e44') } },
    { selector: 'node.progress-started', style: { 'border-width': 3.5, 'border-color': colour('--started', '#e67700'), 'border-style': 'dashed' } },
  ];
}

/**
 * Rings every marked node of a Cytoscape graph, now and when nodes are added or marks change.
 * `iriOf(node)` says which entity a node stands for (by default its id).
 */
export function markGraph(cy, iriOf = (node) => node.id()) {
  const apply = (map, nodes) => nodes.forEach((node) => {
    const status = map.get(iriOf(node));
    node.toggleClass('progress-done', finished(status));
    node.toggleClass('progress-started', status === 'reading' || status === 'learning');
  });
  onProgress((map) => apply(map, cy.nodes()));
  cy.on('add', 'node', (event) => progressMap().then((map) => apply(map, event.target)));
}
