// Flashcard review: the cards of the reading plan's concepts, one at a time. Space shows the
// answer; K marks the idea known, L still learning (guarded writes, as on the Study page), and
// the next card follows. The Anki link downloads the same deck as Anki's text format.

import { getJson } from './api.js';
import { el, kindBadge, link, replaceContent } from './dom.js';
import { entityHref } from './iris.js';
import { planTarget } from './plan-target.js';
import { setStatus, statusBadge } from './progress.js';
import { initSearchBox } from './searchbox.js';
import { notice } from './widgets.js';

const box = document.getElementById('card-box');
const progressBox = document.getElementById('cards-progress');
const onlyUnknown = document.getElementById('only-unknown');
const ankiLink = document.getElementById('anki-link');

let deck = null;
let queue = [];
let revealed = false;

const chosen = planTarget({ id: 'cards-target', label: 'Cards for one item (the ideas it needs)', load: () => load() });
onlyUnknown.addEventListener('change', () => start());
document.addEventListener('keydown', (event) => {
  if (event.target.closest('input, textarea, select, [contenteditable]') || event.ctrlKey || event.metaKey || event.altKey) return;
  const card = queue[0];
  if (!card) return;
  if (event.key === ' ' && !revealed) { event.preventDefault(); reveal(); }
  else if (revealed && (event.key === 'k' || event.key === 'K')) answer(card, 'known');
  else if (revealed && (event.key === 'l' || event.key === 'L')) answer(card, 'learning');
});

async function load() {
  box.setAttribute('aria-busy', 'true');
  const target = chosen.iri;
  const query = target ? `?target=${encodeURIComponent(target)}` : '';
  ankiLink.href = `/api/study/cards${query ? `${query}&` : '?'}format=anki`;
  try {
    deck = await getJson(`/api/study/cards${query}`);
    if (target) {
      const plan = await getJson(`/api/study/plan${query}`);
      const aim = plan.steps.find((step) => step.iri === plan.target);
      if (aim) chosen.picker.set(aim.iri, aim.label, aim.kind);
    }
    start();
  } catch (error) {
    replaceContent(box, notice('The cards could not be made', error.message));
  } finally {
    box.removeAttribute('aria-busy');
  }
}

function start() {
  queue = deck.cards.filter((card) => !onlyUnknown.checked || card.status !== 'known');
  show();
}

function show() {
  revealed = false;
  renderProgress();
  const card = queue[0];
  if (!card) {
    replaceContent(box, notice(deck.total ? 'No cards left' : 'No cards',
      deck.total ? 'You know every idea this plan needs. Untick “Only cards I do not know yet” to go through them again.'
        : 'The plan holds no ideas (concepts) to learn.', { tone: 'info' }));
    return;
  }
  const showButton = el('button', { type: 'button', class: 'button button--primary', 'aria-keyshortcuts': 'Space' }, 'Show answer');
  showButton.addEventListener('click', reveal);
  replaceContent(box, el('article', { class: 'flashcard', dataset: { iri: card.iri } },
    el('p', { class: 'flashcard__count' }, `Card ${card.position} of ${deck.total}`, statusBadge(card.status)),
    el('h2', { class: 'flashcard__front' }, kindBadge('concept', { compact: true }), ' ', card.label),
    el('div', { class: 'flashcard__back', hidden: true }, back(card)),
    el('div', { class: 'flashcard__actions' }, showButton)));
  showButton.focus();
}

function back(card) {
  return [
    card.definition ? el('p', { class: 'flashcard__definition' }, card.definition)
      : el('p', { class: 'flashcard__definition flashcard__definition--none' }, 'No definition on the graph yet.'),
    card.otherNames.length ? el('p', { class: 'flashcard__meta' }, 'Also called: ', card.otherNames.join(', ')) : null,
    refs('Explained by', card.explainedBy),
    refs('Used in', card.mentionedIn),
    el('p', { class: 'flashcard__meta' }, link(entityHref(card.iri), `Open ${card.label}`)),
  ];
}

function refs(title, list) {
  if (!list.length) return null;
  return el('p', { class: 'flashcard__meta' }, `${title}: `,
    list.flatMap((ref, i) => [i ? ', ' : '', kindBadge(ref.kind, { compact: true }), ' ', link(entityHref(ref.iri), ref.label || ref.iri)]));
}

function reveal() {
  const card = queue[0];
  const article = box.querySelector('.flashcard');
  if (!card || !article) return;
  revealed = true;
  article.querySelector('.flashcard__back').hidden = false;
  const learning = el('button', { type: 'button', class: 'button', 'aria-keyshortcuts': 'L' }, 'Still learning (L)');
  const known = el('button', { type: 'button', class: 'button button--primary', 'aria-keyshortcuts': 'K' }, 'I knew it (K)');
  learning.addEventListener('click', () => answer(card, 'learning'));
  known.addEventListener('click', () => answer(card, 'known'));
  replaceContent(article.querySelector('.flashcard__actions'), learning, known);
  known.focus();
}

async function answer(card, status) {
  try {
    card.status = await setStatus(card.iri, status);
    deck.known = deck.cards.filter((c) => c.status === 'known').length;
    queue.shift();
    // Still learning: the card comes back at the end of this round.
    if (status === 'learning') queue.push(card);
    show();
  } catch (error) {
    box.append(notice('Not saved', error.message));
  }
}

function renderProgress() {
  const share = deck.total ? Math.round((100 * deck.known) / deck.total) : 0;
  replaceContent(progressBox,
    el('span', { class: 'progress-bar', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': String(deck.total),
      'aria-valuenow': String(deck.known), 'aria-label': 'Known' },
    el('span', { class: 'progress-bar__fill', style: { width: `${share}%` } })),
    el('span', {}, `${deck.known} of ${deck.total} ideas known (${share}%)`));
}

initSearchBox();
load();
