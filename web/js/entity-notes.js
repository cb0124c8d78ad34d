// The Notes box of an entity page: your notes on it (Markdown, rendered by the server with raw
// HTML escaped and only http(s) and entity links kept), the notes elsewhere that link here
// (backlinks, as Obsidian shows them), and an editor. [[Title]] or a pasted entity IRI links.

import { getJson } from './api.js';
import { el, link, replaceContent } from './dom.js';
import { entityHref } from './iris.js';
import { writeJson } from './writetoken.js';

/** The box for `iri`; it fills itself. */
export function notesPanel(iri) {
  const list = el('div', { class: 'notes__list' });
  const backlinks = el('div', { class: 'notes__backlinks' });
  const message = el('p', { class: 'notes__message', role: 'status' });
  const editor = el('textarea', { class: 'notes__editor', rows: '4', maxlength: '20000',
    placeholder: 'Write a note in Markdown. [[Title]] links to another item.', 'aria-label': 'New note' });
  const save = el('button', { type: 'submit', class: 'button' }, 'Save note');
  const form = el('form', { class: 'notes__form' }, editor, el('p', {}, save), message);
  const panel = el('section', { class: 'panel notes', id: 'notes', 'aria-labelledby': 'notes-title' },
    el('h2', { id: 'notes-title', class: 'panel__title' }, 'Your notes'), list, form, backlinks);

  async function load() {
    try {
      const answer = await getJson(`/api/study/notes?on=${encodeURIComponent(iri)}`);
      replaceContent(list, answer.notes.length ? answer.notes.map((note) => renderNote(note, load, message)) : el('p', { class: 'muted' }, 'No notes yet.'));
      replaceContent(backlinks, answer.backlinks.length
        ? [el('h3', {}, 'Linked from your notes'), el('ul', {}, answer.backlinks.map((note) => el('li', {},
          link(entityHref(note.on), note.onLabel), ': ', el('span', { class: 'muted' }, snippet(note.text)))))]
        : []);
    } catch (error) {
      replaceContent(list, el('p', { class: 'muted' }, `Notes could not be loaded: ${error.message}`));
    }
  }
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!editor.value.trim()) return;
    message.textContent = 'Saving…';
    try {
      const note = await writeJson('POST', '/api/study/notes', { on: iri, text: editor.value });
      editor.value = '';
      message.textContent = note.unresolved.length ? `Saved. Not found in the graph: ${note.unresolved.join(', ')}` : 'Saved.';
      await load();
    } catch (error) {
      message.textContent = error.message;
    }
  });
  load();
  return panel;
}

function renderNote(note, reload, message) {
  const body = el('div', { class: 'notes__body' });
  // The server's rendering: raw HTML in the note arrives escaped, so this holds no markup of the user's.
  body.innerHTML = note.html;
  const remove = el('button', { type: 'button', class: 'button' }, 'Delete');
  remove.addEventListener('click', async () => {
    try {
      await writeJson('DELETE', `/api/study/notes/${encodeURIComponent(note.id)}`, {});
      await reload();
    } catch (error) {
      message.textContent = error.message;
    }
  });
  return el('article', { class: 'notes__note' }, body,
    el('p', { class: 'notes__meta' }, `Written ${note.modified.slice(0, 10)}`,
      note.unresolved.length ? ` · not found: ${note.unresolved.join(', ')}` : '', ' ', remove));
}

function snippet(text) {
  return text.length > 140 ? `${text.slice(0, 139)}…` : text;
}
