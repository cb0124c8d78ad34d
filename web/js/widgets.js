// Small building blocks shared by the pages.

import { el, kindBadge, link } from './dom.js';
import { kindInfo } from './kinds.js';
import { entityHref } from './iris.js';

/**
 * A list that shows its first `limit` entries and a button for the rest, so a kind with
 * 40 people does not push everything else off the screen.
 */
export function shortList(tag, className, entries, renderEntry, limit = 8) {
  const list = el(tag, { class: className });
  const shown = entries.length > limit + 2 ? limit : entries.length;
  entries.slice(0, shown).forEach((entry) => list.append(renderEntry(entry)));
  if (shown === entries.length) return list;

  const rest = entries.slice(shown);
  const button = el('button', { type: 'button', class: 'more' },
    `Show all ${entries.length}`);
  button.addEventListener('click', () => {
    rest.forEach((entry) => list.append(renderEntry(entry)));
    button.remove();
    // Keep keyboard users where they were: on the first entry that just appeared.
    list.children[shown]?.querySelector('a')?.focus();
  });
  return el('div', {}, list, button);
}

/** One linked entity with its kind's icon: the unit of every list of neighbours. */
export function entityChip(ref) {
  const info = kindInfo(ref.kind);
  return el('li', { class: 'chip', style: { '--kind': info.colour } },
    kindBadge(ref.kind, { compact: true }),
    link(entityHref(ref.iri), ref.label || ref.iri, { class: 'chip__label' }));
}

/** "2021 · Prafulla Dhariwal, Alex Nichol": year and people of an ItemRef, long lists cut short. */
export function itemMeta(item, { showKind = false } = {}) {
  const info = kindInfo(item.kind);
  const parts = [];
  if (showKind) parts.push(el('span', { class: 'meta__kind', style: { '--kind': info.colour } }, info.label));
  if (item.year) parts.push(el('span', { class: 'meta__year' }, String(item.year)));
  const people = Array.isArray(item.people) ? item.people : [];
  if (people.length) {
    const shown = people.length > 3 ? `${people.slice(0, 3).join(', ')} et al.` : people.join(', ');
    parts.push(el('span', { class: 'meta__people', title: people.join(', ') }, shown));
  }
  if (!parts.length) return null;
  const meta = el('p', { class: 'meta' });
  parts.forEach((part, i) => {
    if (i) meta.append(el('span', { class: 'meta__sep', 'aria-hidden': 'true' }, ' · '));
    meta.append(part);
  });
  return meta;
}

/** A calm message box for errors and empty states. `tone` is "error" or "info". */
export function notice(title, detail, { tone = 'error', action = null, headingLevel = 2 } = {}) {
  return el('div', { class: `notice notice--${tone}`, role: tone === 'error' ? 'alert' : 'status' },
    el(`h${headingLevel}`, { class: 'notice__title' }, title),
    detail ? el('p', { class: 'notice__detail' }, detail) : null,
    action);
}
