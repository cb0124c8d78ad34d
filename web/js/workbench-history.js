// The workbench's query history, kept in this browser (localStorage): the last queries run,
// newest first, each to load and run again; one button clears it. Nothing leaves the browser.

import { el, replaceContent } from './dom.js';

const KEY = 'studygraph.workbench.history';
const MAX = 25;

/** The stored history: `[{text, at}]`, newest first; [] where storage is off or unreadable. */
export function readHistory() {
  try {
    const stored = JSON.parse(window.localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(stored) ? stored.filter((e) => typeof e?.text === 'string' && e.text.trim()) : [];
  } catch {
    return [];
  }
}

function write(entries) {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(entries));
  } catch {
    // Storage full or refused (private mode): the history is a convenience, the run went ahead.
  }
}

/** Puts a query at the top of the history (once: running it again moves it up). */
export function remember(text) {
  const rest = readHistory().filter((e) => e.text !== text);
  write([{ text, at: new Date().toISOString() }, ...rest].slice(0, MAX));
}

/** Empties the history. */
export function clearHistory() {
  write([]);
}

// "SELECT ?paper ?title WHERE {" for a query: its first line that is not a comment or PREFIX.
function headline(text) {
  const line = text.split('\n').map((l) => l.trim()).find((l) => l && !l.startsWith('#') && !/^prefix\b/i.test(l));
  return line ?? text.trim().split('\n')[0];
}

/**
 * Draws the history in `container` (and its count in `count`); `onRun(text)` loads a query
 * into the editor and runs it. Call again after each run.
 */
export function renderHistory(container, count, { onRun }) {
  const entries = readHistory();
  count.textContent = entries.length ? `(${entries.length})` : '';
  if (!entries.length) {
    replaceContent(container, el('p', { class: 'history__empty' }, 'Queries you run are kept here, in this browser only.'));
    return;
  }
  const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  const clear = el('button', { type: 'button', class: 'button button--small history__clear' }, 'Clear history');
  clear.addEventListener('click', () => {
    clearHistory();
    renderHistory(container, count, { onRun });
  });
  replaceContent(container,
    el('ol', { class: 'history__list' }, entries.map((entry) => {
      const again = el('button', { type: 'button', class: 'button button--small history__run', title: entry.text }, '▶ Run again');
      again.addEventListener('click', () => onRun(entry.text));
      return el('li', { class: 'history__item' },
        el('code', { class: 'history__query', title: entry.text }, headline(entry.text)),
        el('time', { class: 'history__time', datetime: entry.at }, when.format(new Date(entry.at))),
        again);
    })),
    clear);
}
