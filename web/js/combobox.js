// The autocomplete combobox shared by the top bar's search box and the entity pickers: a text
// box that asks for suggestions as you type (debounced, a newer keystroke cancels the call in
// flight) and shows them in a listbox popup. Keyboard pattern as in the WAI-ARIA "combobox with
// listbox popup" example: arrows move the active option (aria-activedescendant), Enter picks it,
// Escape closes. What picking means, and what Enter or Escape do otherwise, is the caller's.
// Every label reaches the page as text (el()), never as markup.

import { el, replaceContent } from './dom.js';

// Long enough to skip the keystrokes of a word being typed, short enough to feel immediate.
const DEBOUNCE_MS = 120;

/**
 * Turns `input` and its (hidden, empty) listbox `list` into a combobox.
 * `new Combobox(input, list, {suggest: (q, signal) => fetchSuggestions(q, {signal}),
 *   option: (s) => ({marker: kindBadge(s.kind), kind: 'paper'}), onPick: (s) => …})`
 * Options:
 * - `suggest(q, signal)`: a promise of suggestions `[{iri, kind, label}]` for the trimmed text
 * - `option(suggestion)`: `{marker, kind, style}` drawn around the option's label (all optional)
 * - `onPick(suggestion)`: a suggestion was chosen (click, or Enter on the active one)
 * - `wants(q)`: false when text `q` needs no suggestions (default: any text does)
 * - `onInput()`: runs on each edit, before suggestions are asked for
 * - `onEnter(event)` / `onEscape(event)`: Enter with nothing to pick / Escape with the list closed
 * - `pickSingle`: Enter picks the only suggestion even when none is active
 * - `reopen`: the arrows bring back the last suggestions (forgotten as soon as the text changes)
 * - `status`: a live region that announces how many suggestions there are
 * - `query()`: the text to suggest for (default: the box's trimmed value), e.g. what follows "[[" in a note
 * - `keysWhenClosed`: false leaves the arrows to the box while no list is open (a text area's caret)
 */
export class Combobox {
  #input;
  #list;
  #opts;
  #suggestions = [];
  #active = -1;
  #timer = 0;
  #request = null; // AbortController of the suggest call in flight: a newer keystroke cancels it

  constructor(input, list, opts) {
    this.#input = input;
    this.#list = list;
    this.#opts = opts;
    const combobox = {
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': list.id,
      autocomplete: 'off',
    };
    for (const [name, value] of Object.entries(combobox)) input.setAttribute(name, value);

    input.addEventListener('input', () => {
      opts.onInput?.();
      this.#schedule();
    });
    input.addEventListener('keydown', (event) => this.#onKey(event));
    // Keep focus in the box while clicking a suggestion, so the click is not lost to a blur.
    list.addEventListener('mousedown', (event) => event.preventDefault());
    list.addEventListener('click', (event) => {
      const option = event.target.closest('[role="option"]');
      if (option) this.#pick(this.#suggestions[Number(option.dataset.index)]);
    });
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
    replaceContent(this.#list, suggestions.map((s, i) => this.#renderOption(s, i, q)));
    this.#list.hidden = false;
    this.#input.setAttribute('aria-expanded', 'true');
    if (this.#opts.status) {
      this.#opts.status.textContent = suggestions.length === 1
        ? '1 suggestion; press the down arrow to choose it.'
        : `${suggestions.length} suggestions; use the up and down arrows to choose.`;
    }
  }

  /** Hides the list. */
  close() {
    if (this.#list.hidden) return;
    this.#list.hidden = true;
    this.#active = -1;
    this.#input.setAttribute('aria-expanded', 'false');
    this.#input.removeAttribute('aria-activedescendant');
    if (this.#opts.status) this.#opts.status.textContent = '';
  }

  /** Drops a pending or running suggest call. */
  cancel() {
    clearTimeout(this.#timer);
    this.#request?.abort();
  }

  #schedule(delay = DEBOUNCE_MS) {
    this.cancel();
    if (this.#opts.reopen) this.#suggestions = [];
    const q = this.#query();
    if (!q || (this.#opts.wants && !this.#opts.wants(q))) {
      this.close();
      return;
    }
    this.#timer = setTimeout(() => this.#suggest(q), delay);
  }

  async #suggest(q) {
    const request = new AbortController();
    this.#request = request;
    try {
      const suggestions = await this.#opts.suggest(q, request.signal);
      if (!request.signal.aborted && this.#query() === q) this.show(suggestions, q);
    } catch (error) {
      // Aborted: a newer request took over. Anything else: the box still works without it.
      if (error.name !== 'AbortError') this.close();
    }
  }

  #onKey(event) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
    const open = !this.#list.hidden;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        if (!open && this.#opts.keysWhenClosed === false) break;
        event.preventDefault();
        if (open) this.#move(event.key === 'ArrowDown' ? 1 : -1);
        else if (this.#opts.reopen && this.#suggestions.length) this.show(this.#suggestions, this.#query());
        else this.#schedule(0);
        break;
      case 'Enter':
        if (open && (this.#active >= 0 || (this.#opts.pickSingle && this.#suggestions.length === 1))) {
          event.preventDefault();
          this.#pick(this.#suggestions[Math.max(this.#active, 0)]);
        } else {
          this.#opts.onEnter?.(event);
        }
        break;
      case 'Escape':
        if (open) {
          event.preventDefault();
          this.close();
        } else {
          this.#opts.onEscape?.(event);
        }
        break;
      case 'Tab':
        this.close();
        break;
      default:
    }
  }

  #query() {
    return this.#opts.query ? this.#opts.query() : this.#input.value.trim();
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
    if (next >= 0) this.#input.setAttribute('aria-activedescendant', this.#optionId(next));
    else this.#input.removeAttribute('aria-activedescendant');
  }

  #pick(suggestion) {
    if (!suggestion) return;
    this.close();
    this.#opts.onPick(suggestion);
  }

  #optionId(index) {
    return `${this.#list.id}-${index}`;
  }

  #renderOption(suggestion, index, q) {
    const { marker, kind, style } = this.#opts.option(suggestion);
    return el('li', {
      id: this.#optionId(index), class: 'searchbox__option', role: 'option', 'aria-selected': 'false',
      dataset: { index: String(index) }, style,
    },
    marker,
    el('span', { class: 'searchbox__label' }, markPrefixes(suggestion.label || suggestion.iri, q)),
    // Found by another name than its label ("DDPM"): say which, so the match is not a mystery.
    suggestion.matched && el('span', { class: 'searchbox__matched' }, '(', markPrefixes(suggestion.matched, q), ')'),
    kind && el('span', { class: 'searchbox__kind', 'aria-hidden': 'true' }, kind));
  }
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
