// An entity picker for the explorer and the path page: a text box that suggests entities as you
// type (/api/suggest, any kind unless one is given) and remembers the IRI picked. The keyboard
// works as in the top bar's search box: arrows move, Enter picks, Escape closes. A full http(s)
// IRI may be pasted instead.

import { fetchSuggestions } from './api.js';
import { el, link, replaceContent } from './dom.js';
import { kindInfo } from './kinds.js';
import { entityHref } from './iris.js';
import { kindSwatch } from './graph.js';
import { Combobox } from './combobox.js';
import { isSafeIri } from './workbench-query.js';

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
  #chosen;
  #onChange;
  #combobox;

  constructor({ id, label, placeholder = 'Type a name…', onChange = () => {} }) {
    this.#onChange = onChange;
    this.#input = el('input', {
      id, class: 'picker2__input', type: 'text', spellcheck: 'false', 'aria-describedby': `${id}-chosen`, placeholder,
    });
    const list = el('ul', { id: `${id}-list`, class: 'searchbox__list picker2__list', role: 'listbox', 'aria-label': `${label}: suggestions`, hidden: true });
    this.#chosen = el('p', { id: `${id}-chosen`, class: 'picker2__chosen' });
    this.element = el('div', { class: 'picker2' },
      el('label', { class: 'picker2__label', for: id }, label),
      el('div', { class: 'picker2__box' }, this.#input, list),
      this.#chosen);

    this.#combobox = new Combobox(this.#input, list, {
      suggest: (q, signal) => fetchSuggestions(q, { signal }),
      option: (s) => ({ marker: kindSwatch(s.kind), kind: kindInfo(s.kind).label }),
      onPick: (s) => {
        this.set(s.iri, s.label, s.kind);
        this.#onChange(this.iri);
      },
      wants: (q) => !isSafeIri(q),
      // Enter picks; with nothing to pick it submits the form, as a text box does.
      onEnter: () => this.#acceptTyped(),
      pickSingle: true,
    });
    this.#input.addEventListener('blur', () => {
      this.#combobox.close();
      this.#acceptTyped();
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
