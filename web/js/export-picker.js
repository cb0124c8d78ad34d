// The Export control, shared by the Sources page and the Study page: what to take out (the whole
// graph, one source, or the study data), a format grouped by what it holds with a hint of what opens
// it, and a plain download link to GET /api/export. The link's address is built with
// URLSearchParams, so a source's name is a parameter value, never text spliced into the address.

import { el, replaceContent } from './dom.js';

/** The `source` values that are not a source's name (docs/exporting.md). */
const WHOLE_GRAPH = '';
const STUDY_DATA = 'study';

/**
 * The formats GET /api/export takes, as ExportFormat names them. Study data is records (progress,
 * notes), not entities: only the RDF group has anything to hold for it, so only it is offered.
 */
const GROUPS = [
  { title: 'RDF', about: 'Every statement, for RDF tools', studyData: true, formats: [
    { format: 'turtle', name: 'Turtle', ext: 'ttl', hint: 'Readable RDF: Protégé, rdflib, Jena' },
    { format: 'trig', name: 'TriG', ext: 'trig', hint: 'Keeps each named graph apart: Fuseki, GraphDB' },
    { format: 'ntriples', name: 'N-Triples', ext: 'nt', hint: 'One statement a line: any RDF tool, grep' },
    { format: 'nquads', name: 'N-Quads', ext: 'nq', hint: 'Named graphs, one a line: a backup to restore' },
    { format: 'jsonld', name: 'JSON-LD', ext: 'jsonld', hint: 'JSON for linked data: JSON-LD Playground, pyld' },
  ] },
  { title: 'Works', about: 'Papers, videos, code… as references', formats: [
    { format: 'bibtex', name: 'BibTeX', ext: 'bib', hint: 'LaTeX, Overleaf, JabRef' },
    { format: 'ris', name: 'RIS', ext: 'ris', hint: 'Zotero, Mendeley, EndNote' },
    { format: 'csl-json', name: 'CSL-JSON', ext: 'json', hint: 'Zotero, Pandoc, citeproc' },
  ] },
  { title: 'Table', about: 'A row per entity', formats: [
    { format: 'csv', name: 'CSV', ext: 'csv', hint: 'Excel, LibreOffice, pandas' },
  ] },
  { title: 'Graph', about: 'Entities as nodes, links as edges', formats: [
    { format: 'graphml', name: 'GraphML', ext: 'graphml', hint: 'Gephi, Cytoscape desktop, yEd' },
  ] },
];
const FORMATS = GROUPS.flatMap((group) => group.formats.map((f) => ({ ...f, studyData: Boolean(group.studyData) })));

/** The address of an export: `/api/export?format=bibtex&source=reading-list.md`. */
function exportHref(format, source = WHOLE_GRAPH) {
  const params = new URLSearchParams({ format });
  if (source !== WHOLE_GRAPH) params.set('source', source);
  return `/api/export?${params}`;
}

/**
 * The control. `id` prefixes its element ids; `studyOnly` offers the study data alone (the Study
 * page), else the whole graph, each source of `setSources` and the study data (the Sources page).
 * Returns the element and `setSources(names)`, `choose(source)` and `focus()` for the page.
 */
export function exportPicker({ id, studyOnly = false }) {
  let sources = [];
  let source = studyOnly ? STUDY_DATA : WHOLE_GRAPH;
  let format = 'turtle';

  const scopeSelect = studyOnly ? null : el('select', { id: `${id}-scope`, class: 'export__scope' });
  const groups = GROUPS.filter((group) => !studyOnly || group.studyData).map((group) => ({ group, box: formatGroup(group) }));
  const download = el('a', { class: 'button export__download', id: `${id}-download`, download: '' });
  const element = el('form', { class: studyOnly ? 'export export--one-group' : 'export', id },
    scopeSelect ? el('p', { class: 'export__what' }, el('label', { for: scopeSelect.id }, 'What'), ' ', scopeSelect) : null,
    el('div', { class: 'export__groups' }, groups.map(({ box }) => box)),
    el('p', { class: 'export__action' }, download));

  function formatGroup(group) {
    return el('fieldset', { class: 'export__group' },
      el('legend', { class: 'export__group-title' }, group.title),
      el('p', { class: 'export__about' }, group.about),
      el('div', { class: 'export__formats' }, group.formats.map((f) => {
        const input = el('input', { type: 'radio', name: `${id}-format`, value: f.format, checked: f.format === format });
        input.addEventListener('change', () => { format = f.format; update(); });
        return el('label', { class: 'export__format' }, input,
          el('span', { class: 'export__name' }, f.name, ' ', el('span', { class: 'export__ext' }, `.${f.ext}`)),
          el('span', { class: 'export__hint' }, f.hint));
      })));
  }

  function scopeOptions() {
    const option = (value, text) => el('option', { value, selected: value === source }, text);
    replaceContent(scopeSelect,
      option(WHOLE_GRAPH, 'The whole graph (every source)'),
      sources.length ? el('optgroup', { label: 'One source' }, sources.map((name) => option(name, name))) : null,
      option(STUDY_DATA, 'Your study data (progress, notes)'));
  }

  /** Offers only the formats the chosen scope has something for, and points the link at the choice. */
  function update() {
    const study = source === STUDY_DATA;
    for (const { group, box } of groups) {
      const off = study && !group.studyData;
      box.hidden = off;
      box.disabled = off;
    }
    let chosen = FORMATS.find((f) => f.format === format);
    if (study && !chosen.studyData) {
      chosen = FORMATS[0];
      format = chosen.format;
      element.querySelector(`input[value="${format}"]`).checked = true;
    }
    download.setAttribute('href', exportHref(format, source));
    const what = source === WHOLE_GRAPH ? 'the whole graph' : study ? 'your study data' : source;
    replaceContent(download, `Download ${what} as ${chosen.name} (.${chosen.ext})`);
  }

  scopeSelect?.addEventListener('change', () => { source = scopeSelect.value; update(); });
  element.addEventListener('submit', (event) => event.preventDefault());
  if (scopeSelect) scopeOptions();
  update();

  return {
    element,
    /** The sources to offer; a chosen source that is gone falls back to the whole graph. */
    setSources(names) {
      if (studyOnly) return;
      sources = [...names];
      if (source !== WHOLE_GRAPH && source !== STUDY_DATA && !sources.includes(source)) source = WHOLE_GRAPH;
      scopeOptions();
      update();
    },
    /** Sets what to export to one of the sources offered. */
    choose(name) {
      if (studyOnly || !sources.includes(name)) return;
      source = name;
      scopeSelect.value = name;
      update();
    },
    focus(options) {
      (scopeSelect ?? element.querySelector('input:checked')).focus(options);
    },
  };
}
