// The SPARQL workbench at /sparql: an editor, example questions with pickers for their
// parameters, and the answer as a table, a yes/no or a drawn graph. The address always holds
// the query, so a link shares it (workbench-url.js).

import { fetchLabels } from './api.js';
import { bringIntoView, el, replaceContent } from './dom.js';
import { initSearchBox } from './searchbox.js';
import { notice } from './widgets.js';
import { showAnswer } from './workbench-answer.js';
import { createEditor } from './workbench-editor.js';
import { runQuery } from './workbench-endpoint.js';
import { initGallery, markCurrent } from './workbench-gallery.js';
import { paramField } from './workbench-params.js';
import { bindParams, PREFIXES, readSyntaxError, tokens } from './workbench-query.js';
import { readState, stateHref } from './workbench-url.js';
import { remember, renderHistory } from './workbench-history.js';
import { complete, loadVocabulary } from './workbench-complete.js';

const STARTER = `# Prefixes such as schema: and sg: are predeclared. Ctrl+Enter runs.
SELECT ?paper ?title ?year WHERE {
  ?paper a schema:ScholarlyArticle ;
         schema:name ?title .
  OPTIONAL { ?paper schema:datePublished ?date BIND (YEAR(?date) AS ?year) }
}
ORDER BY DESC(?year)
LIMIT 50`;
const NARROW = window.matchMedia('(max-width: 56rem)');

const page = {
  gallery: document.getElementById('gallery'),
  galleryBody: document.getElementById('gallery-body'),
  about: document.getElementById('query-about'),
  params: document.getElementById('params'),
  error: document.getElementById('query-error'),
  run: document.getElementById('run'),
  copy: document.getElementById('copy-link'),
  results: document.getElementById('results'),
  history: document.getElementById('history-body'),
  historyCount: document.getElementById('history-count'),
  parts: {
    status: document.getElementById('results-status'),
    notice: document.getElementById('results-notice'),
    downloads: document.getElementById('downloads'),
    body: document.getElementById('results-body'),
  },
};

let current = null; // the gallery entry loaded, with `pickers` (param name → its field, workbench-params.js)
let running = null; // AbortController of the run in flight
let quiet = false; // true while the page itself sets the editor's text
let urlTimer = 0;

const editor = createEditor(document.getElementById('query-text'), {
  onRun: () => run(),
  onLeave: () => page.run.focus(),
  complete,
  onChange: () => {
    hideError();
    if (quiet) return;
    clearTimeout(urlTimer);
    urlTimer = setTimeout(() => updateAddress(false), 300);
  },
});

async function main() {
  initSearchBox();
  renderPrefixes();
  if (NARROW.matches) page.gallery.open = false;
  document.getElementById('query-form').addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  page.copy.addEventListener('click', copyLink);
  // Ctrl+Enter runs from the parameter boxes too, not only from the editor.
  page.params.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    }
  });

  showHistory();
  loadVocabulary(); // prefixes, classes and properties for the editor's completion

  const state = readState(window.location);
  const entries = await initGallery(page.galleryBody, { onPick: (entry) => pick(entry) });
  const entry = state.id ? entries.find((e) => e.id === state.id) : null;
  if (entry) await load(entry, state.args, state.q);
  else setText(state.q ?? STARTER);
  // A shared link is a question asked: it shows its answer without another click.
  if (state.run || state.q !== null || entry) run();
}

function showHistory() {
  renderHistory(page.history, page.historyCount, {
    onRun: (text) => {
      if (current) unload();
      setText(text);
      run();
    },
  });
}

/** Loads a gallery entry chosen by the reader, and brings the editor into view. */
async function pick(entry) {
  await load(entry, {}, null);
  updateAddress(false);
  if (NARROW.matches) {
    page.gallery.open = false;
    document.getElementById('editor-title').focus();
  }
}

async function load(entry, args, text) {
  current = { ...entry, pickers: new Map() };
  markCurrent(page.galleryBody, entry.id);
  setText(text ?? entry.query);
  const close = el('button', { type: 'button', class: 'editor-card__close', title: 'Put the example away: keep the text, drop its parameters' }, '✕ Close example');
  close.addEventListener('click', unload);
  replaceContent(page.about, el('p', {}, el('strong', {}, entry.title), entry.description ? ` ${entry.description}` : ''), close);
  page.about.hidden = false;
  const params = entry.params ?? [];
  replaceContent(page.params, params.map((param) => {
    const field = paramField(param, { onChange: () => updateAddress(false), onSubmit: () => run() });
    field.set(args[param.name] ?? param.defaultValue, null);
    current.pickers.set(param.name, field);
    return field.element;
  }));
  page.params.hidden = !params.length;
  // Names for the chosen IRIs, so the boxes read "Alex Nichol" rather than an address.
  const chosen = [...current.pickers.values()].map((p) => p.binding()).filter((b) => b?.type === 'iri').map((b) => b.value);
  const labels = chosen.length ? await fetchLabels(chosen).catch(() => new Map()) : new Map();
  for (const field of current.pickers.values()) {
    if (labels.has(field.value)) field.set(field.value, labels.get(field.value).label);
  }
}

/** Keeps the editor's text as it is, but no longer as an example: no parameters to bind. */
function unload() {
  current = null;
  markCurrent(page.galleryBody, null);
  replaceContent(page.about);
  page.about.hidden = true;
  replaceContent(page.params);
  page.params.hidden = true;
  updateAddress(false);
  editor.focus();
}

function setText(text) {
  quiet = true;
  editor.setValue(text);
  quiet = false;
}

/** The query as sent: the editor's text with each parameter still in it bound to its pick. */
function boundQuery() {
  const text = editor.getValue();
  const used = new Set(tokens(text).filter((t) => t.type === 'var').map((t) => t.name));
  const bindings = {};
  for (const [name, field] of current?.pickers ?? []) {
    if (!used.has(name)) continue;
    const binding = field.binding();
    if (!binding) throw new Error(`Give a value for ?${name} first.`);
    bindings[name] = binding;
  }
  return bindParams(text, bindings);
}

async function run() {
  hideError();
  let bound;
  try {
    bound = boundQuery();
  } catch (error) {
    showError(error.message);
    return;
  }
  if (!bound.text.trim()) {
    showError('Write a query first, or pick an example question.');
    return;
  }
  running?.abort();
  const request = new AbortController();
  running = request;
  updateAddress(true);
  // Not disabled while it runs: a disabled button would drop the keyboard focus. Running
  // again simply replaces the run in flight.
  page.run.classList.add('run--busy');
  page.results.hidden = false;
  page.results.setAttribute('aria-busy', 'true');
  replaceContent(page.parts.status, 'Running…');
  const started = performance.now();
  try {
    const answer = await runQuery(bound.text, { signal: request.signal });
    if (request.signal.aborted) return;
    await showAnswer(answer, bound.text, page.parts);
    remember(bound.text);
    showHistory();
    // On a phone the results are under the editor: the answer asked for comes into view.
    bringIntoView(page.results);
  } catch (error) {
    if (error.name !== 'AbortError') showFailure(error, bound, performance.now() - started);
  } finally {
    if (running === request) {
      page.run.classList.remove('run--busy');
      page.results.removeAttribute('aria-busy');
      running = null;
    }
  }
}

function showFailure(error, bound, elapsedMs) {
  replaceContent(page.parts.downloads);
  replaceContent(page.parts.notice);
  if (error.status === 400 || error.status === 406 || error.status === 415) {
    page.results.hidden = true;
    const problem = readSyntaxError(error.message);
    if (problem.line) {
      const at = bound.original(problem.line, problem.column);
      editor.markError(at.line, at.column);
      problem.message = problem.message.replace(/^Syntax error at line \d+, column \d+/,
        `Syntax error at line ${at.line}, column ${at.column}`);
    }
    showError(problem.message, problem.expected);
    return;
  }
  // 503 is the time limit, or too many queries at once; the detail says which.
  const timedOut = error.status === 503 && /time limit/i.test(error.message);
  const busy = error.status === 503 && !timedOut;
  replaceContent(page.parts.status, timedOut ? `Stopped after ${(elapsedMs / 1000).toFixed(1)} s` : error.title ?? 'No answer');
  const title = timedOut ? 'The query was stopped' : busy ? 'The server is busy' : 'The query did not run';
  replaceContent(page.parts.body, notice(title, error.message, { headingLevel: 3 }));
}

function showError(message, expected = []) {
  replaceContent(page.error,
    el('span', { class: 'query-error__message' }, message),
    expected.length ? el('details', { class: 'query-error__expected' },
      el('summary', {}, 'What could come there'),
      el('ul', {}, expected.map((token) => el('li', {}, el('code', {}, token))))) : null);
  page.error.hidden = false;
}

function hideError() {
  page.error.hidden = true;
  editor.clearError();
}

/** Writes the query into the address (without a new history entry). */
function updateAddress(ran) {
  window.history.replaceState(null, '', shareHref(ran));
}

function shareHref(run) {
  const text = editor.getValue();
  const args = {};
  for (const [name, field] of current?.pickers ?? []) args[name] = field.value;
  const edited = !current || text !== current.query;
  return stateHref({ q: edited ? text : null, id: current?.id ?? null, args, run });
}

async function copyLink() {
  const url = new URL(shareHref(true), window.location.href).href;
  try {
    await navigator.clipboard.writeText(url);
    page.copy.textContent = 'Link copied';
  } catch {
    // No clipboard (insecure context, or refused): the address bar holds the same link.
    updateAddress(true);
    page.copy.textContent = 'Link is in the address bar';
  }
  setTimeout(() => { page.copy.textContent = 'Copy link'; }, 2000);
}

function renderPrefixes() {
  replaceContent(document.getElementById('prefix-list'), PREFIXES.map(([prefix, ns]) =>
    el('li', {}, el('code', { class: 'prefixes__name' }, `${prefix}:`), ' ', el('code', { class: 'prefixes__ns' }, ns))));
}

main().catch((error) => {
  replaceContent(page.galleryBody, notice('The workbench did not start', error.message, { headingLevel: 3 }));
});
