// Tiny DOM helpers. Every piece of data reaches the page as a text node or an attribute value,
// never as markup, so a label such as "<img onerror=...>" shows up as those characters.

import { kindInfo } from './kinds.js';

/**
 * Creates an element.
 * `el('p', {class: 'meta'}, 'Year ', yearSpan)` → <p class="meta">Year <span>…</span></p>
 * Strings become text nodes; null, undefined and false children are skipped; arrays are flattened.
 * Attributes: `class`, `dataset` (object), `style` custom properties as `{'--x': v}` (object),
 * `href` (only safe values, see safeHref) and any other plain attribute. Event handler
 * attributes (on…) are refused: attach listeners in code.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (/^on/i.test(name)) throw new Error(`el(): event attribute ${name} not allowed`);
    if (name === 'dataset') Object.assign(node.dataset, value);
    else if (name === 'style') for (const [k, v] of Object.entries(value)) node.style.setProperty(k, v);
    else if (name === 'href') {
      const href = safeHref(value);
      if (href !== null) node.setAttribute('href', href);
    } else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

/** Appends children (strings, nodes, nested arrays) to a node, as text where they are strings. */
export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/**
 * The href if it may become a link: an absolute http(s) URL, a same-site path ("/…" but not
 * "//…", which is another host) or an in-page "#fragment". Anything else (javascript:, data:,
 * relative tricks) → null.
 */
export function safeHref(href) {
  const text = String(href ?? '').trim();
  if (/^\/(?![\/\\])/.test(text) || /^#[\w-]+$/.test(text)) return text;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * A link when href is safe, plain text otherwise (the text is never lost).
 * External links (absolute URLs) open in a new tab without giving it a handle on this page.
 */
export function link(href, text, attrs = {}) {
  const safe = safeHref(href);
  const label = text ?? String(href ?? '');
  if (safe === null) return el('span', { class: attrs.class }, label);
  const external = /^https?:/.test(safe);
  return el('a', {
    ...attrs,
    href: safe,
    target: external ? '_blank' : null,
    rel: external ? 'noopener' : null,
  }, label);
}

/** A small coloured badge naming a kind; `compact` shows only the icon (name kept for readers). */
export function kindBadge(kind, { text, compact = false } = {}) {
  const info = kindInfo(kind);
  const name = text ?? info.label;
  return el('span', {
    class: compact ? 'badge badge--icon' : 'badge',
    style: { '--kind': info.colour },
    title: name,
  },
  el('span', { class: 'badge__icon', 'aria-hidden': 'true' }, info.icon),
  compact ? el('span', { class: 'visually-hidden' }, name) : el('span', {}, name));
}

/** Replaces everything inside a node. */
export function replaceContent(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

/**
 * Scrolls `node` into view if its top is off-screen: what the reader just asked for (a tapped
 * node's details, results after a choice) is where they look, at any width. Smooth unless the
 * reader asked for less motion.
 */
export function bringIntoView(node, { block = 'start' } = {}) {
  if (!node) return;
  const box = node.getBoundingClientRect();
  if (box.top >= 0 && box.top < window.innerHeight * 0.8) return;
  const calm = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  node.scrollIntoView({ block, behavior: calm ? 'auto' : 'smooth' });
}
