// An entity picker for the explorer and the path page: a text box that suggests entities as you
// type (/api/suggest, any kind unless one is given) and remembers the IRI picked. The keyboard
// works as in the top bar's search box: arrows move, Enter picks, Escape closes. A full http(s)
// IRI may be pasted instead.

import { fetchSuggestions } from './api.js';
import { el, link, replaceContent } from './dom.js';
import { kindInfo } from './kinds.js';
import { entityHref } from './iris.js';
import { kindSwatch } from './graph.js';
import { markPrefixes } from './searchbox.js';
import { isSafeIri } from './workbench-query.js';

const DEBOUNCE_MS = 120;

/**
 * `const from = new Picker({id: 'from', label: 'From', onChange: (iri) => …});`
 * put `from.element` in the page; `from.set(iri, label, kind)`; `from.iri` is the choice or null.
 */
export class Picker {
  element;
  iri = null;
  label = '';
  kind = null;
  #input;
  #list;
  #chosen;
  #onChange;
  #suggestions = [];
  #active = -1;
  #timer = 0;
  #request = null;

  constructor({ id, label, placeholder = 'Type a name…', onChange = () => {} }) {
    this.#onChange = onChange;
    this.#input = el('input', {
      id, class: 'picker2__input', type: 'text', autocomplete: 'off', spellcheck: 'false',
      role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': `${id}-list`,
      'aria-describedby': `${id}-chosen`, placeholder,
    });
    this.#list = el('ul', { id: `${id}-list`, class: 'searchbox__list picker2__list', role: 'listbox', 'aria-label': `${label}: suggestions`, hidden: true });
    this.#chosen = el('p', { id: `${id}-chosen`, class: 'picker2__chosen' });
    this.element = el('div', { class: 'picker2' },
      el('label', { class: 'picker2__label', for: id }, label),
      el('div', { class: 'picker2__box' }, this.#input, this.#list),
      this.#chosen);

    this.#input.addEventListener('input', () => this.#schedule());
    this.#input.addEventListener('keydown', (event) => this.#onKey(event));
    this.#input.addEventListener('blur', () => {
      this.#close();
      this.#acceptTyped();
    });
    this.#list.addEventListener('mousedown', (event) => event.preventDefault());
    this.#list.addEventListener('click', (event) => {
      const option = event.target.closest('[role="option"]');
      if (option) this.#pick(this.#suggestions[Number(option.dataset.index)]);
    });
  }

  /** Shows a choice without telling anyone (one read from the address). */
  set(iri, label, kind) {
    this.iri = iri || null;
    this.label = label || iri || '';
    this.kind = kind ?? null;
    this.#input.value = this.label;
    this.#input.removeAttribute('aria-invalid');
    if (!this.iri) {
      replaceContent(this.#chosen, 'Pick one of the suggestions, or paste a full IRI.');
      return;
    }
    replaceContent(this.#chosen, kindSwatch(this.kind), ' ', kindInfo(this.kind).label, ' · ',
      link(entityHref(this.iri), 'open its page', { class: 'picker2__link', title: this.iri }));
  }

  focus() {
    this.#input.focus();
  }

  #schedule(delay = DEBOUNCE_MS) {
    clearTimeout(this.#timer);
    this.#request?.abort();
    const q = this.#input.value.trim();
    if (!q || isSafeIri(q)) {
      this.#close();
      return;
    }
    this.#timer = setTimeout(() => this.#suggest(q), delay);
  }

  async #suggest(q) {
    const request = new AbortController();
    this.#request = request;
    try {
      const found = await fetchSuggestions(q, { signal: request.signal });
      if (!request.signal.aborted && this.#input.value.trim() === q) this.#show(found, q);
    } catch (error) {
      if (error.name !== 'AbortError') this.#close();
    }
  }

  #show(suggestions, q) {
    this.#suggestions = suggestions;
    this.#active = -1;
    this.#input.removeAttribute('aria-activedescendant');
    if (!suggestions.length) {
      this.#close();
      return;
    }
    replaceContent(this.#list, suggestions.map((s, i) => el('li', {
      id: `${this.#list.id}-${i}`, class: 'searchbox__option', role: 'option', 'aria-selected': 'false',
      dataset: { index: String(i) },
    }, kindSwatch(s.kind),
    el('span', { class: 'searchbox__label' }, markPrefixes(s.label || s.iri, q)),
    el('span', { class: 'searchbox__kind', 'aria-hidden': 'true' }, kindInfo(s.kind).label))));
    this.#list.hidden = false;
    this.#input.setAttribute('aria-expanded', 'true');
  }

  #close() {
    this.#list.hidden = true;
    this.#active = -1;
    this.#input.setAttribute('aria-expanded', 'false');
    this.#input.removeAttribute('aria-activedescendant');
  }

  #onKey(event) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
    const open = !this.#list.hidden;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (open) this.#move(event.key === 'ArrowDown' ? 1 : -1);
      else this.#schedule(0);
    } else if (event.key === 'Enter') {
      // Enter picks; with nothing to pick it submits the form, as a text box does.
      if (open && (this.#active >= 0 || this.#suggestions.length === 1)) {
        event.preventDefault();
        this.#pick(this.#suggestions[Math.max(this.#active, 0)]);
      } else {
        this.#acceptTyped();
      }
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      this.#close();
    }
  }

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
    if (next >= 0) this.#input.setAttribute('aria-activedescendant', `${this.#list.id}-${next}`);
    else this.#input.removeAttribute('aria-activedescendant');
  }

  #pick(suggestion) {
    if (!suggestion) return;
    this.#close();
    this.set(suggestion.iri, suggestion.label, suggestion.kind);
    this.#onChange(this.iri);
  }

  // A pasted IRI is taken as it is; other text that is not the current choice is flagged.
  #acceptTyped() {
    const typed = this.#input.value.trim();
    if (isSafeIri(typed)) {
      if (typed !== this.iri) {
        this.set(typed, typed, null);
        this.#onChange(this.iri);
      }
    } else if (!typed) {
      if (this.iri) {
        this.set(null);
        this.#onChange(null);
      }
    } else if (typed !== this.label) {
      this.#input.setAttribute('aria-invalid', 'true');
      replaceContent(this.#chosen, this.iri
        ? `Nothing picked for “${typed}”; still using “${this.label}”.`
        : `Nothing picked for “${typed}”: choose one of the suggestions.`);
    }
  }
}
