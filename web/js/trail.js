// A breadcrumb trail of the entities visited in this tab (sessionStorage), shown under the top
// bar of entity and explorer pages: a way back after a few hops through the graph.

import { el, link, replaceContent } from './dom.js';
import { entityHref } from './iris.js';
import { kindSwatch } from './graph.js';

const KEY = 'studygraph.trail';
const KEEP = 6;

/** The visits remembered, oldest first: `[{iri, label, kind}]`. */
function visits() {
  try {
    const stored = JSON.parse(sessionStorage.getItem(KEY) ?? '[]');
    return Array.isArray(stored)
      ? stored.filter((v) => v && typeof v.iri === 'string').slice(-KEEP)
      : [];
  } catch {
    return []; // storage switched off, or someone else's value under our key
  }
}

/** Remembers a visit; a revisit moves the entity to the end instead of repeating it. */
export function rememberVisit({ iri, label, kind }) {
  const kept = visits().filter((v) => v.iri !== iri);
  kept.push({ iri, label: String(label || iri), kind: kind ?? null });
  try {
    sessionStorage.setItem(KEY, JSON.stringify(kept.slice(-KEEP)));
  } catch {
    // Without storage there is no trail; the page works the same.
  }
}

/**
 * Fills `<nav id="trail">` with the trail, `currentIri` marked as where the reader is.
 * Hidden while there is nothing to go back to.
 */
export function showTrail(nav = document.getElementById('trail'), currentIri = null) {
  if (!nav) return;
  const trail = visits();
  if (!trail.some((v) => v.iri !== currentIri)) {
    nav.hidden = true;
    return;
  }
  const items = trail.map((v) => el('li', { class: 'trail__item' },
    kindSwatch(v.kind),
    v.iri === currentIri
      ? el('span', { 'aria-current': 'page', title: v.label }, v.label)
      : link(entityHref(v.iri), v.label, { title: v.label })));
  replaceContent(nav, el('span', { class: 'trail__title' }, 'Recently visited'), el('ol', { class: 'trail__list' }, items));
  nav.hidden = false;
}
