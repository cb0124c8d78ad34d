// The Sources page: the sources the graph is made of (GET /api/sources), a file dropped or picked
// and imported (POST /api/import) with its report, pasted links imported as a .txt source, and a
// Remove per source with a confirm step (DELETE /api/sources/{name}), and the Export section
// (export-picker.js), which each row's Export points at that source. Writes carry the write token.

import { getJson } from './api.js';
import { bringIntoView, el, replaceContent } from './dom.js';
import { exportPicker } from './export-picker.js';
import { initSearchBox } from './searchbox.js';
import { notice } from './widgets.js';
import { write, writeJson } from './writetoken.js';

// The server reads the file by its name's extension; the body type only has to be one it accepts.
const FILE_TYPE = 'application/octet-stream';
// Pasted links go as a link list (.txt, one a line), typed text/uri-list: text/plain is what a
// plain HTML form can send to another site, so the write guard refuses it.
const LINKS_TYPE = 'text/uri-list';

const listBox = document.getElementById('sources');
const reportBox = document.getElementById('import-report');
const dropZone = document.getElementById('drop-zone');
const fileInput = document.getElementById('file-input');
const pasteForm = document.getElementById('paste-form');
const pasteLinks = document.getElementById('paste-links');
const pasteName = document.getElementById('paste-name');
const exportBox = document.getElementById('export-slot');
const exporter = exportPicker({ id: 'export' });

const COLUMNS = ['Name', 'Kind', 'Triples', 'Entities', 'Imported', 'From', ''];

async function load() {
  listBox.setAttribute('aria-busy', 'true');
  try {
    render(await getJson('/api/sources'));
  } catch (error) {
    replaceContent(listBox, notice('The sources could not be listed', error.message));
  } finally {
    listBox.removeAttribute('aria-busy');
  }
}

function render(sources) {
  exporter.setSources(sources.map((source) => source.name));
  if (!sources.length) {
    replaceContent(listBox, notice('No sources yet', 'Drop a file above to add your first one.', { tone: 'info', headingLevel: 3 }));
    return;
  }
  const head = el('thead', {}, el('tr', {}, COLUMNS.map((c) => el('th', { scope: 'col' }, c ? c : el('span', { class: 'visually-hidden' }, 'Actions')))));
  const body = el('tbody', {}, sources.map(row));
  replaceContent(listBox, el('table', { class: 'sources-table' }, el('caption', { class: 'visually-hidden' }, 'Imported sources'), head, body));
}

function row(source) {
  const cells = [
    el('th', { scope: 'row', class: 'sources-table__name' }, source.name,
      source.bundled ? el('span', { class: 'sources-table__tag' }, 'bundled') : null),
    el('td', {}, source.kind),
    el('td', { class: 'sources-table__number' }, number(source.triples)),
    el('td', { class: 'sources-table__number' }, number(source.entities)),
    el('td', {}, source.importedAt ? el('time', { datetime: source.importedAt }, when(source.importedAt)) : '—'),
    el('td', { class: 'sources-table__from' }, source.from ?? '—'),
    el('td', { class: 'sources-table__actions' }, exportButton(source), ' ', removeButton(source)),
  ];
  cells.forEach((cell, i) => { if (COLUMNS[i]) cell.dataset.label = COLUMNS[i]; });
  const tr = el('tr', { dataset: { source: source.name } }, cells);
  if (source.warnings || source.skipped) {
    cells[0].append(el('span', { class: 'sources-table__problems' },
      [count(source.warnings, 'warning'), count(source.skipped, 'skipped entry', 'skipped entries')].filter(Boolean).join(', ')));
  }
  return tr;
}

/** Export: the Export section, set to this source, comes into view with the focus on its choice. */
function exportButton(source) {
  const button = el('button', { type: 'button', class: 'button export-row', 'aria-label': `Export ${source.name}` }, 'Export');
  button.addEventListener('click', () => {
    exporter.choose(source.name);
    bringIntoView(exportBox.parentElement);
    exporter.focus({ preventScroll: true });
  });
  return button;
}

/** Remove, then a confirm step in its place: "Remove it" or "Keep it" (which has the focus). */
function removeButton(source) {
  const cell = el('span', { class: 'remove' });
  const ask = el('button', { type: 'button', class: 'button remove__ask', 'aria-label': `Remove ${source.name}` }, 'Remove');
  ask.addEventListener('click', () => {
    const yes = el('button', { type: 'button', class: 'button button--danger remove__yes' }, 'Remove it');
    const no = el('button', { type: 'button', class: 'button remove__no' }, 'Keep it');
    const question = el('span', { class: 'remove__question', role: 'group', 'aria-label': `Confirm removing ${source.name}` },
      el('span', { class: 'remove__text' }, source.bundled
        ? 'Remove this bundled source? It comes back only by importing it again.'
        : 'Remove this source and what only it says?'), ' ', yes, ' ', no);
    replaceContent(cell, question);
    no.focus();
    no.addEventListener('click', () => {
      replaceContent(cell, ask);
      ask.focus();
    });
    yes.addEventListener('click', () => remove(source, cell, yes));
  });
  cell.append(ask);
  return cell;
}

async function remove(source, cell, button) {
  button.disabled = true;
  try {
    const removed = await writeJson('DELETE', `/api/sources/${encodeURIComponent(source.name)}`, {});
    replaceContent(reportBox, notice(`Removed ${removed.name}`,
      `${number(removed.triples)} triples about ${count(removed.entities, 'entity', 'entities')} are gone; entities other sources `
      + 'also describe stay, with their facts. Notes and progress are kept.', { tone: 'info', headingLevel: 3 }));
    bringIntoView(reportBox);
    await load();
    reportBox.focus({ preventScroll: true });
  } catch (error) {
    button.disabled = false;
    replaceContent(reportBox, notice(`${source.name} was not removed`, error.message, { headingLevel: 3 }));
  }
}

/** Imports one file (a File, or text with a name); on a bundled name asks before replacing it. */
async function importFile(name, body, type, { replace = false } = {}) {
  replaceContent(reportBox, el('p', { class: 'import-report__busy' }, `Importing ${name}…`));
  const params = new URLSearchParams({ name });
  if (replace) params.set('replace', 'bundled');
  try {
    const result = await write('POST', `/api/import?${params}`, { body, type });
    replaceContent(reportBox, report(result));
    bringIntoView(reportBox);
    await load();
    return true;
  } catch (error) {
    let action = null;
    if (error.status === 409) {
      action = el('p', { class: 'notice__actions' }, el('button', { type: 'button', class: 'button' }, `Replace the bundled ${name}`));
      action.firstChild.addEventListener('click', () => importFile(name, body, type, { replace: true }));
    }
    replaceContent(reportBox, notice(`${name} was not imported`, error.message, { headingLevel: 3, action }));
    bringIntoView(reportBox);
    return false;
  }
}

/** The import report: what was read, and each skipped entry and warning with its line. */
function report(result) {
  const read = result.format === 'rdf' ? `${number(result.triples)} triples` : count(result.entries, 'entry', 'entries');
  const lists = [
    problems('Skipped', result.skipped),
    problems('Warnings', result.warnings),
  ];
  return el('div', { class: 'notice notice--info import-report__result', role: 'status' },
    el('h3', { class: 'notice__title' }, `Imported ${result.source}`),
    el('p', { class: 'notice__detail' }, `${read} → ${count(result.entities, 'entity', 'entities')} `
      + `(${number(result.added)} new, ${number(result.merged)} merged with other sources).`),
    lists);
}

function problems(title, items) {
  if (!items?.length) return null;
  return el('details', { class: 'import-report__problems', open: items.length <= 10 ? '' : null },
    el('summary', {}, `${title}: ${items.length}`),
    el('ul', {}, items.map((item) => el('li', {}, item))));
}

function number(n) {
  return Number(n ?? 0).toLocaleString('en');
}

function count(n, one, many = `${one}s`) {
  if (!n) return null;
  return `${number(n)} ${n === 1 ? one : many}`;
}

function when(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** `pasted-links-20261204-0215.txt`, in local time: one name per minute, so a second paste replaces a first one of that minute. */
function pastedName(now = new Date()) {
  const pad = (n) => String(n).padStart(2, '0');
  return `pasted-links-${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}.txt`;
}

function initDropZone() {
  const pick = (file) => { if (file) importFile(file.name, file, FILE_TYPE); };
  fileInput.addEventListener('change', () => {
    pick(fileInput.files[0]);
    fileInput.value = '';
  });
  dropZone.addEventListener('dragover', (event) => {
    event.preventDefault();
    dropZone.classList.add('drop-zone--over');
  });
  dropZone.addEventListener('dragleave', () => dropZone.classList.remove('drop-zone--over'));
  dropZone.addEventListener('drop', (event) => {
    event.preventDefault();
    dropZone.classList.remove('drop-zone--over');
    pick(event.dataTransfer?.files?.[0]);
  });
}

function initPaste() {
  const refreshName = () => { pasteName.textContent = pastedName(); };
  refreshName();
  pasteLinks.addEventListener('focus', refreshName);
  pasteForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const links = pasteLinks.value.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
    if (!links.length) {
      replaceContent(reportBox, notice('Nothing to import', 'Paste at least one link, one per line.', { headingLevel: 3 }));
      pasteLinks.focus();
      return;
    }
    const name = pastedName();
    pasteName.textContent = name;
    if (await importFile(name, `${links.join('\n')}\n`, LINKS_TYPE)) pasteLinks.value = '';
  });
}

initSearchBox();
exportBox.append(exporter.element);
initDropZone();
initPaste();
load();
