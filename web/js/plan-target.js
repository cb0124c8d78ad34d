// The "for one item" picker of the Study and Flashcards pages: the chosen item is kept in the
// address (?target=IRI), so a plan for one paper can be bookmarked, and Back returns to the last.

import { Picker } from './picker.js';

/**
 * A picker put in #target-slot; `load()` runs after each choice and after Back or Forward.
 * `const aim = planTarget({id, label, load}); aim.iri` is the current target or null.
 */
export function planTarget({ id, label, load }) {
  const state = {
    iri: new URLSearchParams(window.location.search).get('target'),
    picker: null,
  };
  state.picker = new Picker({
    id,
    label,
    placeholder: 'The whole list — or type a paper, video, idea…',
    onChange: (iri) => {
      state.iri = iri;
      const url = new URL(window.location.href);
      if (iri) url.searchParams.set('target', iri); else url.searchParams.delete('target');
      history.pushState(null, '', url);
      load();
    },
  });
  document.getElementById('target-slot').append(state.picker.element);
  window.addEventListener('popstate', () => {
    state.iri = new URLSearchParams(window.location.search).get('target');
    load();
  });
  return state;
}
