// The home page's ways in: the field year by year (every dated item of /api/overview), and a
// small graph around the most connected paper to start exploring from.

import { fetchGraph } from './api.js';
import { el, link, replaceContent } from './dom.js';
import { kindInfo } from './kinds.js';
import { entityHref } from './iris.js';
import { kindSwatch } from './graph.js';
import { miniGraph } from './minigraph.js';
import { exploreHref, pathHref } from './urls.js';

// Enough to find a well-connected start among the first papers without asking for every one.
const PAPERS_PROBED = 10;

/** One row per year, oldest first, each dated item as a linked card: `<li>`s for `<ol class="years">`. */
export function renderYears(kindGroups) {
  const years = new Map();
  for (const group of kindGroups) {
    for (const item of group.items ?? []) {
      if (!/^\d{4}$/.test(String(item.year ?? ''))) continue;
      if (!years.has(item.year)) years.set(item.year, []);
      years.get(item.year).push(item);
    }
  }
  if (!years.size) return [el('li', { class: 'muted' }, 'Nothing in the graph has a date yet.')];
  return [...years.keys()].sort().map((year) => {
    const items = years.get(year);
    return el('li', { class: 'years__year' },
      el('h3', { class: 'years__label' }, year,
        el('span', { class: 'years__count' }, items.length === 1 ? '1 item' : `${items.length} items`)),
      el('ul', { class: 'years__items' }, items.map((item) => el('li', {
        class: 'years__item', style: { '--kind': kindInfo(item.kind).colour }, title: kindInfo(item.kind).label,
      },
      kindSwatch(item.kind),
      link(entityHref(item.iri), item.label || item.iri),
      people(item.people)))));
  });
}

function people(names) {
  if (!Array.isArray(names) || !names.length) return null;
  const shown = names.length > 2 ? `${names.slice(0, 2).join(', ')} et al.` : names.join(' and ');
  return el('span', { class: 'years__people' }, shown);
}

/**
 * Draws "Start exploring" in `slot`: the neighbourhood of the best connected of the first
 * papers (each asked for one relation: `more` tells how many it has), or of the first item.
 */
export async function showStartGraph(slot, kindGroups) {
  const papers = (kindGroups.find((g) => g.kind === 'paper')?.items ?? []).slice(0, PAPERS_PROBED);
  const fallback = papers[0] ?? kindGroups.flatMap((g) => g.items ?? [])[0];
  if (!fallback) {
    slot.hidden = true;
    return;
  }
  const degrees = await Promise.all(papers.map((p) => fetchGraph(p.iri, { depth: 1, limit: 1 })
    .then((answer) => (answer.edges ?? []).length + Number(answer.more?.[p.iri] ?? 0))
    .catch(() => 0)));
  const best = papers.length ? papers[degrees.indexOf(Math.max(...degrees))] : fallback;
  const card = miniGraph({
    iri: best.iri,
    title: `Around “${best.label}”`,
    titleId: 'start-graph-title',
    actions: [link(exploreHref({ iri: best.iri }), 'Open in the explorer'), link(pathHref({ from: best.iri }), 'Find a path from it')],
  });
  replaceContent(slot, card.element);
  await card.draw();
}
