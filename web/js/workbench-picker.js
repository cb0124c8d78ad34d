// A picker for one parameter of a gallery query: a text box that suggests entities of the
// parameter's kind as you type (the search box's combobox pattern, /api/suggest?kind=), and
// remembers the IRI of the one picked. A full http(s) IRI may also be pasted in.

import { fetchSuggestions } from './api.js';
import { el, kindBadge, link, replaceContent } from './dom.js';
import { kindInfo } from './kinds.js';
import { entityHref } from './iris.js';
import { markPrefixes } from './searchbox.js';
import { isSafeIri } from './workbench-query.js';

const DEBOUNCE_MS = 120;
let pickers = 0; // for unique element ids when a query has several parameters

/**
 * `new EntityPicker({name: 'person', kind: 'person'}, {onChange: (iri) => …})`; put `.element`
 * in the page, then `.set(iri, label)`. `.iri` is the current choice (null when none).
 */
export class EntityPicker {
  element;
  iri = null;
  #label = '';
  #param;
  #input;
  #list;
  #chosen;
  #onChange;
  #suggestions = [];
  #active = -1;
  #timer = 0;
  #request = null;

  constructor(param, { onChange }) {
    this.#param = param;
    this.#onChange = onChange;
    pickers += 1;
    const id = `param-${pickers}`;
    const info = kindInfo(param.kind);
    this.#input = el('input', {
      id, class: 'picker__input', type: 'text', autocomplete: 'off', spellcheck: 'false',
      role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': `${id}-list`,
      'aria-describedby': `${id}-chosen`, placeholder: param.kind ? `Type a ${info.label}'s name…` : 'Type a name…',
    });
    this.#list = el('ul', { id: `${id}-list`, class: 'searchbox__list picker__list', role: 'listbox', hidden: true });
    this.#chosen = el('p', { id: `${id}-chosen`, class: 'picker__chosen' });
    this.element = el('div', { class: 'picker', style: { '--kind': info.colour } },
      el('label', { class: 'picker__label', for: id }, el('code', {}, `?${param.name}`), ' is ',
        el('span', { class: 'picker__kind' }, param.kind ? `a ${info.label}` : 'any entity')),
      el('div', { class: 'picker__box' }, this.#input, this.#list),
      this.#chosen);

    this.#input.addEventListener('input', () => {
      if (this.#input.hasAttribute('aria-invalid')) this.#showChosen(this.#label);
      this.#schedule();
    });
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

  /** Chooses an entity without asking anyone (the default, or one read from the address). */
  set(iri, label) {
    this.iri = isSafeIri(iri) ? iri : null;
    this.#label = label || iri || '';
    this.#input.value = this.#label;
    this.#showChosen(label);
  }

  #showChosen(label) {
    this.#input.removeAttribute('aria-invalid');
    if (!this.iri) {
      replaceContent(this.#chosen, 'Pick one from the suggestions, or paste a full http(s) IRI.');
      return;
    }
    replaceContent(this.#chosen, kindBadge(this.#param.kind, { compact: true }), ' ',
      link(entityHref(this.iri), label || this.iri, { class: 'picker__link', title: this.iri }));
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
      const found = await fetchSuggestions(q, { kind: this.#param.kind, signal: request.signal });
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
    }, kindBadge(s.kind, { compact: true }), el('span', { class: 'searchbox__label' }, markPrefixes(s.label || s.iri, q)))));
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
      event.preventDefault();
      if (open && this.#active >= 0) this.#pick(this.#suggestions[this.#active]);
      else if (open && this.#suggestions.length === 1) this.#pick(this.#suggestions[0]);
      else this.#acceptTyped();
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
    this.set(suggestion.iri, suggestion.label);
    this.#onChange(this.iri);
  }

  // Leaving the box with a pasted IRI takes it; other text that is not the current choice's
  // name is flagged, and the current choice stays.
  #acceptTyped() {
    const typed = this.#input.value.trim();
    if (isSafeIri(typed)) {
      if (typed !== this.iri) {
        this.set(typed, null);
        this.#onChange(this.iri);
      }
    } else if (typed !== this.#label && !this.#input.hasAttribute('aria-invalid')) {
      this.#input.setAttribute('aria-invalid', 'true');
      this.#chosen.prepend(`No ${kindInfo(this.#param.kind).label} picked for “${typed}”; still using `);
    }
  }
}
