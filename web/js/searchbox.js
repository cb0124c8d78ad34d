// The search box in every page's top bar. It is a plain GET form (markup in each page) that this
// module turns into an ARIA combobox (combobox.js): typing shows suggestions from /api/suggest,
// Enter on a suggestion opens that entity, anything else searches. Escape closes the list, then
// clears the box.

import { fetchSuggestions } from './api.js';
import { el, kindBadge } from './dom.js';
import { kindInfo } from './kinds.js';
import { entityHref } from './iris.js';
import { searchHref } from './searchurl.js';
import { Combobox } from './combobox.js';

export { markPrefixes } from './combobox.js';

const LIST_ID = 'searchbox-list';
// Where "/" is text being typed, not a request to jump to the search box.
const TYPING_PLACES = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

/**
 * Enhances the page's `<form class="searchbox">`; call once per page.
 * `const box = initSearchBox(); box.setValue('ddpm');`
 * @returns {SearchBox|null} null when the page has no search form
 */
export function initSearchBox(form = document.querySelector('form.searchbox')) {
  const input = form?.querySelector('input[name="q"]');
  return input ? new SearchBox(form, input) : null;
}

class SearchBox {
  #input;
  #combobox;
  /** What the page says the box holds (the search page's query; '' elsewhere). */
  #pageValue = '';

  constructor(form, input) {
    this.#input = input;
    const list = el('ul',
      { id: LIST_ID, class: 'searchbox__list', role: 'listbox', 'aria-label': 'Suggestions', hidden: true });
    const status = el('span', { class: 'visually-hidden', role: 'status' });
    form.append(list, status);
    this.#combobox = new Combobox(input, list, {
      suggest: (q, signal) => fetchSuggestions(q, { signal }),
      option: (s) => {
        const info = kindInfo(s.kind);
        return { marker: kindBadge(s.kind, { compact: true }), kind: info.label, style: { '--kind': info.colour } };
      },
      onPick: (s) => window.location.assign(entityHref(s.iri)),
      // type=search clears itself on Escape: only do that when the list is already closed.
      onEscape: (event) => {
        event.preventDefault();
        input.value = '';
      },
      reopen: true,
      status,
    });

    form.addEventListener('submit', (event) => this.#onSubmit(event));
    form.addEventListener('focusout', (event) => {
      if (!form.contains(event.relatedTarget)) this.close();
    });
    document.addEventListener('pointerdown', (event) => {
      if (!form.contains(event.target)) this.close();
    });
    document.addEventListener('keydown', (event) => this.#onPageKey(event));
    // Coming back (back/forward cache) should find the box as the page has it, not with what
    // was typed before leaving (search "diffusion", then "Nichol", Back: the box said "Nichol"),
    // and the list closed.
    window.addEventListener('pageshow', (event) => {
      if (!event.persisted) return;
      this.#input.value = this.#pageValue;
      this.close();
    });
  }

  /** Puts a query in the box without asking for suggestions (the search page shows its own). */
  setValue(q) {
    this.#pageValue = q;
    this.#input.value = q;
    this.close();
  }

  /** Moves the focus into the box. */
  focus() {
    this.#input.focus();
  }

  /** Shows suggestions `[{iri, kind, label}]` for query `q`, none of them active yet. */
  show(suggestions, q) {
    this.#combobox.show(suggestions, q);
  }

  /** Hides the list (the suggestions stay, so the down arrow can bring them back). */
  close() {
    this.#combobox.close();
  }

  #onSubmit(event) {
    event.preventDefault();
    this.#combobox.cancel();
    const q = this.#input.value.trim();
    if (!q) {
      this.#input.focus();
      return;
    }
    this.close();
    window.location.assign(searchHref({ q }));
  }

  // "/" anywhere on the page jumps to the box, unless the reader is typing somewhere.
  #onPageKey(event) {
    if (event.key !== '/' || event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
    if (event.target instanceof Element && event.target.closest(TYPING_PLACES)) return;
    event.preventDefault();
    this.#input.focus();
    this.#input.select();
  }
}
