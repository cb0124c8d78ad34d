// The search box in every page's top bar. It is a plain GET form (markup in each page) that this
// module turns into an ARIA combobox: typing shows suggestions from /api/suggest, Enter on a
// suggestion opens that entity, anything else searches. Keyboard pattern as in the WAI-ARIA
// "combobox with listbox popup" example: arrows move, Enter picks, Escape closes then clears.

import { fetchSuggestions } from './api.js';
import { el, kindBadge, replaceContent } from './dom.js';
import { kindInfo } from './kinds.js';
import { entityHref } from './iris.js';
import { searchHref } from './searchurl.js';

// Long enough to skip the keystrokes of a word being typed, short enough to feel immediate.
const DEBOUNCE_MS = 120;
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
  #list;
  #status;
  #suggestions = [];
  #active = -1;
  #timer = 0;
  #request = null; // AbortController of the suggest call in flight: a newer keystroke cancels it

  constructor(form, input) {
    this.#input = input;
    this.#list = el('ul',
      { id: LIST_ID, class: 'searchbox__list', role: 'listbox', 'aria-label': 'Suggestions', hidden: true });
    this.#status = el('span', { class: 'visually-hidden', role: 'status' });
    form.append(this.#list, this.#status);
    const combobox = {
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': LIST_ID,
      autocomplete: 'off',
    };
    for (const [name, value] of Object.entries(combobox)) input.setAttribute(name, value);

    input.addEventListener('input', () => this.#scheduleSuggest());
    input.addEventListener('keydown', (event) => this.#onKey(event));
    form.addEventListener('submit', (event) => this.#onSubmit(event));
    form.addEventListener('focusout', (event) => {
      if (!form.contains(event.relatedTarget)) this.close();
    });
    // Keep focus in the box while clicking a suggestion, so the click is not lost to a blur.
    this.#list.addEventListener('mousedown', (event) => event.preventDefault());
    this.#list.addEventListener('click', (event) => {
      const option = event.target.closest('[role="option"]');
      if (option) this.#visit(Number(option.dataset.index));
    });
    document.addEventListener('pointerdown', (event) => {
      if (!form.contains(event.target)) this.close();
    });
    document.addEventListener('keydown', (event) => this.#onPageKey(event));
    // Coming back from an entity page (back/forward cache) should not find the list still open.
    window.addEventListener('pageshow', (event) => {
      if (event.persisted) this.close();
    });
  }

  /** Puts a query in the box without asking for suggestions (the search page shows its own). */
  setValue(q) {
    this.#input.value = q;
    this.close();
  }

  /** Moves the focus into the box. */
  focus() {
    this.#input.focus();
  }

  /** Shows suggestions `[{iri, kind, label}]` for query `q`, none of them active yet. */
  show(suggestions, q) {
    this.#suggestions = suggestions;
    this.#active = -1;
    this.#input.removeAttribute('aria-activedescendant');
    if (!suggestions.length) {
      this.close();
      return;
    }
    replaceContent(this.#list, suggestions.map((s, i) => renderOption(s, i, q)));
    this.#list.hidden = false;
    this.#input.setAttribute('aria-expanded', 'true');
    this.#status.textContent = suggestions.length === 1
      ? '1 suggestion; press the down arrow to choose it.'
      : `${suggestions.length} suggestions; use the up and down arrows to choose.`;
  }

  /** Hides the list (the suggestions stay, so the down arrow can bring them back). */
  close() {
    if (this.#list.hidden) return;
    this.#list.hidden = true;
    this.#active = -1;
    this.#input.setAttribute('aria-expanded', 'false');
    this.#input.removeAttribute('aria-activedescendant');
    this.#status.textContent = '';
  }

  #scheduleSuggest(delay = DEBOUNCE_MS) {
    clearTimeout(this.#timer);
    this.#request?.abort();
    this.#suggestions = [];
    const q = this.#input.value.trim();
    if (!q) {
      this.close();
      return;
    }
    this.#timer = setTimeout(() => this.#suggest(q), delay);
  }

  async #suggest(q) {
    const request = new AbortController();
    this.#request = request;
    try {
      const suggestions = await fetchSuggestions(q, { signal: request.signal });
      if (!request.signal.aborted && this.#input.value.trim() === q) this.show(suggestions, q);
    } catch (error) {
      // Aborted: a newer request took over. Anything else: searching still works without it.
      if (error.name !== 'AbortError') this.close();
    }
  }

  #onKey(event) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
    const open = !this.#list.hidden;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        if (open) this.#move(event.key === 'ArrowDown' ? 1 : -1);
        else if (this.#suggestions.length) this.show(this.#suggestions, this.#input.value.trim());
        else this.#scheduleSuggest(0);
        break;
      case 'Enter':
        if (open && this.#active >= 0) {
          event.preventDefault();
          this.#visit(this.#active);
        }
        break;
      case 'Escape':
        // type=search clears itself on Escape: only do that when the list is already closed.
        event.preventDefault();
        if (open) this.close();
        else this.#input.value = '';
        break;
      case 'Tab':
        this.close();
        break;
      default:
    }
  }

  // Down from the last option and up from the first land back in the text, as in the APG example.
  #move(step) {
    const count = this.#suggestions.length;
    let next = this.#active + step;
    if (next >= count) next = -1;
    else if (next < -1) next = count - 1;
    this.#active = next;
    this.#list.querySelectorAll('[role="option"]').forEach((option, i) => {
      option.setAttribute('aria-selected', String(i === next));
      if (i === next) option.scrollIntoView({ block: 'nearest' });
    });
    if (next >= 0) this.#input.setAttribute('aria-activedescendant', optionId(next));
    else this.#input.removeAttribute('aria-activedescendant');
  }

  #visit(index) {
    const suggestion = this.#suggestions[index];
    if (!suggestion) return;
    this.close();
    window.location.assign(entityHref(suggestion.iri));
  }

  #onSubmit(event) {
    event.preventDefault();
    clearTimeout(this.#timer);
    this.#request?.abort();
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

function optionId(index) {
  return `${LIST_ID}-${index}`;
}

function renderOption(suggestion, index, q) {
  const info = kindInfo(suggestion.kind);
  return el('li', {
    id: optionId(index), class: 'searchbox__option', role: 'option', 'aria-selected': 'false',
    dataset: { index: String(index) }, style: { '--kind': info.colour },
  },
  kindBadge(suggestion.kind, { compact: true }),
  el('span', { class: 'searchbox__label' }, markPrefixes(suggestion.label || suggestion.iri, q)),
  el('span', { class: 'searchbox__kind', 'aria-hidden': 'true' }, info.label));
}

// Anything but letters and digits separates words; the capturing form keeps the separators.
const SEPARATORS = /[^\p{L}\p{N}]+/u;
const KEEP_SEPARATORS = /([^\p{L}\p{N}]+)/u;

/**
 * The label as text and <mark> nodes, marking the start of each word that a typed word begins
 * ("gord" marks "Gord" in "Aleksa Gordić"). Accents and case are ignored, as the server does.
 */
export function markPrefixes(label, q) {
  const typed = q.split(SEPARATORS).map(fold).filter(Boolean);
  return label.split(KEEP_SEPARATORS).map((word) => {
    const length = Math.max(0, ...typed.map((t) => prefixLength(word, t)));
    return length ? [el('mark', {}, word.slice(0, length)), word.slice(length)] : word;
  });
}

// How many characters of `word` spell out `typed` once folded; 0 when it does not start with it.
function prefixLength(word, typed) {
  let folded = '';
  for (let i = 0; i < word.length; i += 1) {
    folded += fold(word[i]);
    if (folded.length >= typed.length) return folded.startsWith(typed) ? i + 1 : 0;
  }
  return 0;
}

function fold(text) {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
