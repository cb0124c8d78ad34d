// The write token in the browser. Reads are open; a write (a progress mark, a note, a plan move)
// carries the server's write token, kept in this browser's localStorage. It arrives once from the
// start-up link `serve` prints (http://127.0.0.1:7070/#token=…, a fragment, so it never reaches a
// server log), or is pasted into the prompt shown when the server refuses a write.

import { ApiError, problemOf } from './api.js';
import { el } from './dom.js';

const KEY = 'studygraph.writeToken';

/** Takes a `#token=…` fragment into storage and out of the address bar (and the history). */
function adoptFragment() {
  const match = /^#token=([\w.~-]{16,200})$/.exec(window.location.hash);
  if (!match) return;
  localStorage.setItem(KEY, match[1]);
  history.replaceState(history.state, '', window.location.pathname + window.location.search);
}
adoptFragment();

/** The stored token, or null. */
export function token() {
  return localStorage.getItem(KEY);
}

/**
 * A write with the token: JSON `body` (an object) sent with `method`, the answer's JSON returned.
 * Without a token, or with a wrong one, asks for it once and tries again; then throws ApiError.
 */
export async function writeJson(method, path, body) {
  return write(method, path, body === undefined ? {} : { body: JSON.stringify(body), type: 'application/json' });
}

/**
 * A write of any body (a file to import) with the token, as {@link writeJson}: `type` is the
 * body's Content-Type. `write('POST', '/api/import?name=a.md', {body: file, type: 'application/octet-stream'})`
 */
export async function write(method, path, { body, type } = {}) {
  for (let attempt = 0; ; attempt++) {
    const headers = { Accept: 'application/json' };
    if (type) headers['Content-Type'] = type;
    const stored = token();
    if (stored) headers.Authorization = `Bearer ${stored}`;
    let response;
    try {
      response = await fetch(path, { method, headers, body });
    } catch (cause) {
      throw new ApiError(0, 'Network error', 'The StudyGraph server could not be reached.', { cause });
    }
    if (response.status === 401 && attempt === 0 && await askForToken()) continue;
    if (!response.ok) throw await problemOf(response);
    return response.status === 204 ? null : response.json();
  }
}

/** A small dialog asking for the token; resolves true when one was given. */
function askForToken() {
  return new Promise((resolve) => {
    const input = el('input', { type: 'password', class: 'token-dialog__input', autocomplete: 'off', spellcheck: 'false',
      'aria-label': 'Write token' });
    const save = el('button', { type: 'submit', class: 'button button--primary' }, 'Save');
    const cancel = el('button', { type: 'button', class: 'button' }, 'Cancel');
    const form = el('form', { method: 'dialog', class: 'token-dialog__form' },
      el('h2', {}, 'Saving needs the write token'),
      el('p', {}, 'Writes are guarded. Paste the token that ', el('code', {}, 'studygraph serve'),
        ' printed at its first start, or the content of ', el('code', {}, 'studygraph-data/write-token'),
        '. This browser keeps it.'),
      input, el('p', { class: 'token-dialog__actions' }, save, ' ', cancel));
    const dialog = el('dialog', { class: 'token-dialog' }, form);
    document.body.append(dialog);
    const done = (given) => {
      dialog.close();
      dialog.remove();
      resolve(given);
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const value = input.value.trim();
      if (!value) return;
      localStorage.setItem(KEY, value);
      done(true);
    });
    cancel.addEventListener('click', () => done(false));
    dialog.addEventListener('cancel', () => done(false));
    dialog.showModal();
    input.focus();
  });
}
