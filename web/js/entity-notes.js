// The Notes box of an entity page: your notes on it or on one of its links (Markdown, rendered by
// the server with raw HTML escaped and only http(s) and entity links kept), the notes elsewhere
// that link here (backlinks, as Obsidian shows them), and an editor. [[Title]] or a pasted entity
// IRI links; typing "[[" suggests titles from the graph.

import { fetchSuggestions, getJson } from './api.js';
import { append, el, link, replaceContent } from './dom.js';
import { Combobox } from './combobox.js';
import { kindSwatch } from './graph.js';
import { kindInfo } from './kinds.js';
import { entityHref } from './iris.js';
import { writeJson } from './writetoken.js';

// "[[" then up to a line of title, with no closing bracket yet: what the editor suggests for.
const OPEN_LINK = /\[\[([^[\]|\n]{1,80})$/;
let editors = 0;

/**
 * The box for `entity` (as /api/entity gives it); it fills itself. A note may be about the entity
 * or about one of its links ("cites → DDPM"), chosen in the editor.
 */
export function notesPanel(entity) {
  const iri = entity.iri;
  const relations = linksOf(entity);
  const list = el('div', { class: 'notes__list' });
  const backlinks = el('div', { class: 'notes__backlinks' });
  const message = el('p', { class: 'notes__message', role: 'status' });
  const editor = noteEditor('', 'New note');
  const about = relations.length ? el('select', { class: 'notes__about', 'aria-label': 'What the note is about' },
    el('option', { value: '' }, 'About this item'),
    relations.map((r, i) => el('option', { value: String(i) }, `About the link: ${r.label} → ${r.targetLabel}`))) : null;
  const save = el('button', { type: 'submit', class: 'button' }, 'Save note');
  const form = el('form', { class: 'notes__form' }, editor.element, el('p', { class: 'notes__actions' }, about, save), message);
  const panel = el('section', { class: 'panel notes', id: 'notes', 'aria-labelledby': 'notes-title' },
    el('h2', { id: 'notes-title', class: 'panel__title' }, 'Your notes'), list, form, backlinks);

  async function load() {
    try {
      const answer = await getJson(`/api/study/notes?on=${encodeURIComponent(iri)}`);
      replaceContent(list, answer.notes.length ? answer.notes.map((note) => renderNote(note, relations, load, message))
        : el('p', { class: 'muted' }, 'No notes yet.'));
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
    if (!editor.text.value.trim()) return;
    message.textContent = 'Saving…';
    const relation = about && about.value !== '' ? relations[Number(about.value)] : null;
    try {
      const note = await writeJson('POST', '/api/study/notes', {
        on: iri, text: editor.text.value, ...(relation ? { relation: relation.property, object: relation.target } : {}),
      });
      editor.text.value = '';
      if (about) about.value = '';
      message.textContent = saved(note);
      await load();
    } catch (error) {
      message.textContent = error.message;
    }
  });
  load();
  return panel;
}

/** The entity's outgoing links, one per target: what a note on a relation can be about. */
function linksOf(entity) {
  const out = [];
  for (const group of entity.outgoing ?? []) {
    for (const target of group.targets ?? []) {
      out.push({ property: group.property, label: group.label, target: target.iri, targetLabel: target.label || target.iri });
    }
  }
  return out.slice(0, 200);
}

/** A text area that suggests titles after "[[" and completes the link with the one picked. */
function noteEditor(value, label) {
  editors += 1;
  const id = `note-links-${editors}`;
  const text = el('textarea', { class: 'notes__editor', rows: '4', maxlength: '20000', 'aria-label': label,
    placeholder: 'Write a note in Markdown. Type [[ to link another item.' });
  text.value = value;
  const list = el('ul', { id, class: 'searchbox__list notes__suggestions', role: 'listbox', 'aria-label': 'Items to link', hidden: true });
  const status = el('span', { class: 'visually-hidden', role: 'status' });
  const openLink = () => OPEN_LINK.exec(text.value.slice(0, text.selectionStart));
  const combobox = new Combobox(text, list, {
    query: () => openLink()?.[1].trim() ?? '',
    suggest: (q, signal) => fetchSuggestions(q, { signal }),
    option: (s) => ({ marker: kindSwatch(s.kind), kind: kindInfo(s.kind).label }),
    onPick: (s) => {
      const typed = openLink();
      if (!typed) return;
      const start = text.selectionStart - typed[0].length;
      const inserted = `[[${s.label}]]`;
      text.setRangeText(inserted, start, text.selectionStart, 'end');
      text.focus();
    },
    keysWhenClosed: false,
    status,
  });
  text.addEventListener('blur', () => combobox.close());
  return { text, element: el('div', { class: 'notes__editor-box' }, text, list, status) };
}

function renderNote(note, relations, reload, message) {
  const body = el('div', { class: 'notes__body' });
  // The server's rendering: raw HTML in the note arrives escaped, so this holds no markup of the user's.
  body.innerHTML = note.html;
  const edit = el('button', { type: 'button', class: 'button' }, 'Edit');
  const remove = el('button', { type: 'button', class: 'button' }, 'Delete');
  const article = el('article', { class: 'notes__note', dataset: { id: note.id } });
  remove.addEventListener('click', async () => {
    try {
      await writeJson('DELETE', `/api/study/notes/${encodeURIComponent(note.id)}`, {});
      await reload();
    } catch (error) {
      message.textContent = error.message;
    }
  });
  edit.addEventListener('click', () => {
    const editor = noteEditor(note.text, 'Edit note');
    const saveEdit = el('button', { type: 'submit', class: 'button' }, 'Save');
    const cancel = el('button', { type: 'button', class: 'button' }, 'Cancel');
    const form = el('form', { class: 'notes__form' }, editor.element, el('p', { class: 'notes__actions' }, saveEdit, cancel));
    cancel.addEventListener('click', () => reload());
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        const updated = await writeJson('PUT', `/api/study/notes/${encodeURIComponent(note.id)}`, { text: editor.text.value });
        message.textContent = saved(updated);
        await reload();
      } catch (error) {
        message.textContent = error.message;
      }
    });
    replaceContent(article, form);
    editor.text.focus();
  });
  const relation = note.relation ? relations.find((r) => r.property === note.relation && r.target === note.object) : null;
  append(article, [
    note.relation ? el('p', { class: 'notes__on' }, 'On the link ', relation ? relation.label : note.relation, ' → ',
      link(entityHref(note.object), relation ? relation.targetLabel : note.object)) : null,
    body,
    el('p', { class: 'notes__meta' }, `Written ${note.modified.slice(0, 10)}`,
      note.unresolved.length ? ` · not found: ${note.unresolved.join(', ')}` : '', ' ', edit, ' ', remove)]);
  return article;
}

function saved(note) {
  return note.unresolved.length ? `Saved. Not found in the graph: ${note.unresolved.join(', ')}` : 'Saved.';
}

function snippet(text) {
  return text.length > 140 ? `${text.slice(0, 139)}…` : text;
}
