// The top of a work's page, in the order a student uses it: where to read it, the videos that
// explain it, the code that implements it, and how to cite it. Everything named here is left out
// of the page's lists of links further down, so nothing is shown twice.

import { problemOf } from './api.js';
import { el, link, replaceContent } from './dom.js';
import { kindInfo } from './kinds.js';
import { entityHref, identifierUrl, YOUTUBE_ID } from './iris.js';
import { kindSwatch } from './graph.js';

const SG = 'https://w3id.org/studygraph/ontology#';
const ARXIV = `${SG}arxivId`;
const DOI = 'http://purl.org/ontology/bibo/doi';
const OPENREVIEW = `${SG}openReviewId`;
const EXPLAINS = `${SG}explains`;
const IMPLEMENTS = `${SG}implements`;
/** The kinds whose pages lead with these actions. */
export const WORK_KINDS = new Set(['paper', 'book', 'tutorial', 'question', 'video', 'repo']);
/** Relations the actions show, so the lists of links below need not. */
export const ACTION_RELATIONS = new Set([EXPLAINS, IMPLEMENTS]);

/**
 * `const { element, shown } = workActions(entity)`: the row of actions (null when there are none)
 * and the IRIs of the entities it links to.
 */
export function workActions(entity) {
  const explainers = incomingTargets(entity, EXPLAINS);
  const videos = explainers.filter((ref) => ref.kind === 'video');
  const others = explainers.filter((ref) => ref.kind !== 'video');
  const code = incomingTargets(entity, IMPLEMENTS);
  const groups = [
    // A repository is read as code: its own links are where the code is.
    entity.kind === 'repo' ? actionGroup('Code', 'code', readLinks(entity)) : actionGroup('Read', 'read', readLinks(entity)),
    actionGroup('Watch', 'watch', [watchLink(entity), ...videos.map(entityLink)]),
    actionGroup('Learn', 'learn', others.map(entityLink)),
    actionGroup('Code', 'code', code.map(entityLink)),
  ].filter(Boolean);
  const fallback = el('div', { class: 'cite-fallback', hidden: true });
  groups.push(actionGroup('Cite', 'cite', [citeButton(entity, 'bibtex', 'BibTeX', fallback), citeButton(entity, 'apa', 'APA', fallback)]));
  const shown = new Set([...videos, ...others, ...code].map((ref) => ref.iri));
  return { element: el('div', { class: 'work-actions', role: 'group', 'aria-label': 'Read, watch, code, cite' }, groups, fallback), shown };
}

/** Where to read the work: arXiv (page and PDF), its DOI, OpenReview and its other web addresses, each once. */
export function readLinks(entity) {
  const seen = new Set();
  const out = [];
  const add = (url, text, title) => {
    const key = normalise(url);
    if (!url || seen.has(key)) return;
    seen.add(key);
    out.push(link(url, text, { class: 'work-actions__link', title: title ?? url }));
  };
  const literal = (property) => (entity.literals ?? []).find((g) => g.property === property)?.values?.[0]?.value;
  const arxiv = literal(ARXIV);
  if (arxiv) {
    add(identifierUrl(ARXIV, arxiv), 'arXiv', `arXiv ${arxiv}`);
    add(`https://arxiv.org/pdf/${encodeURIComponent(arxiv)}`, 'PDF', `The PDF on arXiv (${arxiv})`);
  }
  const doi = literal(DOI);
  if (doi) add(identifierUrl(DOI, doi), 'DOI', `doi:${doi}`);
  const openReview = literal(OPENREVIEW);
  if (openReview) add(identifierUrl(OPENREVIEW, openReview), 'OpenReview', 'Reviews on OpenReview');
  const youtube = literal(YOUTUBE_ID);
  if (youtube) seen.add(normalise(identifierUrl(YOUTUBE_ID, youtube)));
  for (const webLink of entity.links ?? []) add(webLink.url, siteName(webLink.url), `${webLink.label}: ${webLink.url}`);
  return out;
}

/** A video's own action: watch it where it is published. */
export function watchLink(entity) {
  const id = (entity.literals ?? []).find((g) => g.property === YOUTUBE_ID)?.values?.[0]?.value;
  const url = id ? identifierUrl(YOUTUBE_ID, id) : null;
  return url ? link(url, '▶ Watch on YouTube', { class: 'work-actions__link work-actions__link--primary' }) : null;
}

function actionGroup(title, id, items) {
  const present = items.filter(Boolean);
  if (!present.length) return null;
  return el('div', { class: `work-actions__group work-actions__group--${id}`, 'data-action-group': id },
    el('span', { class: 'work-actions__title' }, title),
    el('ul', { class: 'work-actions__items' }, present.map((item) => el('li', {}, item))));
}

function entityLink(ref) {
  const label = ref.label || ref.iri;
  return link(entityHref(ref.iri), [kindSwatch(ref.kind), el('span', { class: 'work-actions__label' }, label)],
  { class: 'work-actions__link work-actions__link--entity', title: `${kindInfo(ref.kind).label}: ${label}` });
}

// The citation is fetched when asked for and copied; where the clipboard is not available (an
// insecure origin, a refusal), the text is shown selected so the reader can copy it by hand.
function citeButton(entity, style, text, fallback) {
  const button = el('button', { type: 'button', class: 'tool work-actions__cite', 'data-style': style }, `Copy ${text}`);
  button.addEventListener('click', async () => {
    let citation;
    try {
      const response = await fetch(`/api/cite?style=${style}&iri=${encodeURIComponent(entity.iri)}`, { headers: { Accept: 'text/plain' } });
      if (!response.ok) throw await problemOf(response);
      citation = await response.text();
    } catch (error) {
      showFallback(fallback, `The citation could not be made: ${error.message}`, null);
      return;
    }
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(citation);
      button.textContent = `Copied ${text}`;
      setTimeout(() => { button.textContent = `Copy ${text}`; }, 1800);
      fallback.hidden = true;
    } catch {
      showFallback(fallback, `${text}: copy it from here`, citation);
    }
  });
  return button;
}

function showFallback(box, message, citation) {
  const area = citation === null ? null
    : el('textarea', { class: 'cite-fallback__text', readonly: true, rows: String(Math.min(12, citation.split('\n').length + 1)), 'aria-label': message });
  if (area) area.value = citation;
  replaceContent(box, el('p', { class: 'cite-fallback__hint', role: 'status' }, message), area);
  box.hidden = false;
  area?.focus();
  area?.select();
}

function incomingTargets(entity, property) {
  const seen = new Set();
  return (entity.incoming ?? []).filter((g) => g.property === property).flatMap((g) => g.targets ?? [])
    .filter((ref) => !seen.has(ref.iri) && seen.add(ref.iri));
}

// "https://www.arxiv.org/abs/x/" and "http://arxiv.org/abs/x" are one address.
// The same page written two ways is one link: case, "www.", a trailing slash; and for arXiv, a
// version and ".pdf" ("arxiv.org/pdf/1706.03762v5.pdf" is the PDF link already shown).
function normalise(url) {
  return String(url ?? '').replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '').toLowerCase()
    .replace(/^(arxiv\.org\/(?:abs|pdf)\/[^/?#]+?)(v\d+)?(\.pdf)?$/, '$1');
}

/** "https://link.springer.com/chapter/…" → "link.springer.com"; well-known sites by name. */
function siteName(url) {
  const host = normalise(url).split('/')[0];
  const known = { 'arxiv.org': 'arXiv', 'doi.org': 'DOI', 'github.com': 'GitHub', 'openreview.net': 'OpenReview',
    'youtube.com': 'YouTube', 'huggingface.co': 'Hugging Face' };
  return known[host] ?? host;
}
