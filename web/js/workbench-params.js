// The form above the editor for a gallery query's parameters: an entity picker for an entity
// parameter (workbench-picker.js), a plain box for a text or number one. Each field gives its
// value as a binding `{type, value}`; workbench-query.js's sparqlTerm turns that into query
// text, so what is typed here never reaches the query unescaped.

import { el } from './dom.js';
import { EntityPicker } from './workbench-picker.js';

let fields = 0; // for unique element ids when a query has several parameters

/** The literal kinds a gallery parameter may have; any other kind names an entity kind. */
const LITERAL_KINDS = new Set(['text', 'number']);

/**
 * The field for one parameter: `paramField(param, {onChange, onSubmit})` → an object with
 * `.element`, `.value` (the IRI or the text, '' or null when none), `set(value, label)` and
 * `binding()` (`{type, value}`, or null while nothing usable is given).
 */
export function paramField(param, { onChange, onSubmit }) {
  return LITERAL_KINDS.has(param.kind) ? new ValueField(param, { onChange, onSubmit }) : new EntityPicker(param, { onChange });
}

/** A text or number parameter: one labelled box; Enter runs the query with it. */
class ValueField {
  element;
  #param;
  #input;

  constructor(param, { onChange, onSubmit }) {
    this.#param = param;
    fields += 1;
    const id = `value-param-${fields}`;
    const number = param.kind === 'number';
    this.#input = el('input', {
      id, class: 'picker__input value-field__input', type: 'text', spellcheck: 'false', autocomplete: 'off',
      inputmode: number ? 'decimal' : null, 'data-param': param.name,
      placeholder: number ? 'A number' : 'Words to look for',
    });
    this.element = el('div', { class: 'picker value-field' },
      el('label', { class: 'picker__label', for: id }, el('code', {}, `?${param.name}`), ' is ',
        el('span', { class: 'picker__kind' }, number ? 'a number' : 'text')),
      el('div', { class: 'picker__box' }, this.#input));
    this.#input.addEventListener('input', () => onChange(this.value));
    this.#input.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' || event.ctrlKey || event.metaKey) return; // Ctrl+Enter: the page's
      event.preventDefault();
      onSubmit?.();
    });
  }

  get value() {
    return this.#input.value;
  }

  set(value) {
    this.#input.value = value ?? '';
  }

  // The value as typed, for sparqlTerm to write (and refuse, when a number is not one).
  binding() {
    const value = this.#input.value.trim();
    return value ? { type: this.#param.kind, value } : null;
  }
}
