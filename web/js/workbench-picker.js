// A picker for one parameter of a gallery query: a text box that suggests entities of the
// parameter's kind as you type (the search box's combobox pattern, /api/suggest?kind=), and
// remembers the IRI of the one picked. A full http(s) IRI may also be pasted in.

import { fetchSuggestions } from './api.js';
import { el, kindBadge, link, replaceContent } from './dom.js';
import { kindInfo } from './kinds.js';
import { entityHref } from './iris.js';
import { Combobox } from './combobox.js';
import { isSafeIri } from './workbench-query.js';

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
  #chosen;
  #onChange;
  #combobox;

  constructor(param, { onChange }) {
    this.#param = param;
    this.#onChange = onChange;
    pickers += 1;
    const id = `param-${pickers}`;
    const info = kindInfo(param.kind);
    this.#input = el('input', {
      id, class: 'picker__input', type: 'text', spellcheck: 'false', 'aria-describedby': `${id}-chosen`,
      placeholder: param.kind ? `Type a ${info.label}'s name…` : 'Type a name…',
    });
    const list = el('ul', { id: `${id}-list`, class: 'searchbox__list picker__list', role: 'listbox', hidden: true });
    this.#chosen = el('p', { id: `${id}-chosen`, class: 'picker__chosen' });
    this.element = el('div', { class: 'picker', style: { '--kind': info.colour } },
      el('label', { class: 'picker__label', for: id }, el('code', {}, `?${param.name}`), ' is ',
        el('span', { class: 'picker__kind' }, param.kind ? `a ${info.label}` : 'any entity')),
      el('div', { class: 'picker__box' }, this.#input, list),
      this.#chosen);

    this.#combobox = new Combobox(this.#input, list, {
      suggest: (q, signal) => fetchSuggestions(q, { kind: param.kind, signal }),
      option: (s) => ({ marker: kindBadge(s.kind, { compact: true }) }),
      onPick: (s) => {
        this.set(s.iri, s.label);
        this.#onChange(this.iri);
      },
      wants: (q) => !isSafeIri(q),
      onInput: () => {
        if (this.#input.hasAttribute('aria-invalid')) this.#showChosen(this.#label);
      },
      onEnter: (event) => {
        event.preventDefault();
        this.#acceptTyped();
      },
      pickSingle: true,
    });
    this.#input.addEventListener('blur', () => {
      this.#combobox.close();
      this.#acceptTyped();
    });
  }

  /** The IRI picked, as a parameter's value (workbench-params.js). */
  get value() {
    return this.iri;
  }

  binding() {
    return this.iri ? { type: 'iri', value: this.iri } : null;
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
