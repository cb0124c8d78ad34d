// What each kind of entity looks like in the UI. The one place kind names, icons and colours
// are decided, so badges, count cards and lists agree on every page.

/** Kinds in the order the API uses (docs/api.md), then reading-list structure. */
export const KIND_ORDER = [
  'paper', 'book', 'tutorial', 'video', 'repo', 'question', 'concept', 'person', 'org',
  'list', 'section',
];

// Icons are plain text symbols from common fonts (no emoji font needed, nothing downloaded).
// Colours are mid-tones that stay readable as text on a light tint and on a dark page.
// Shapes are Cytoscape node shapes: a graph tells kinds apart without relying on colour alone.
const KINDS = {
  paper:    { label: 'paper',        plural: 'Papers',        icon: '¶', colour: '#2f6fdb', shape: 'round-rectangle' },
  book:     { label: 'book',         plural: 'Books',         icon: '▤', colour: '#7a5af5', shape: 'barrel' },
  tutorial: { label: 'tutorial',     plural: 'Tutorials',     icon: '✎', colour: '#0f8f7e', shape: 'tag' },
  video:    { label: 'video',        plural: 'Videos',        icon: '▶', colour: '#d9480f', shape: 'triangle' },
  repo:     { label: 'repository',   plural: 'Repositories',  icon: '⌘', colour: '#495057', shape: 'hexagon' },
  question: { label: 'question',     plural: 'Questions',     icon: '?', colour: '#c2255c', shape: 'star' },
  concept:  { label: 'concept',      plural: 'Concepts',      icon: '◇', colour: '#5c940d', shape: 'diamond' },
  person:   { label: 'person',       plural: 'People',        icon: '●', colour: '#1c7ed6', shape: 'ellipse' },
  org:      { label: 'organisation', plural: 'Organisations', icon: '⌂', colour: '#9c6b00', shape: 'pentagon' },
  list:     { label: 'reading list', plural: 'Reading lists', icon: '≡', colour: '#5f3dc4', shape: 'rhomboid' },
  section:  { label: 'section',      plural: 'Sections',      icon: '§', colour: '#5f3dc4', shape: 'rhomboid' },
  // A learner's own note: search shows it, the graph does not, so it is left out of KIND_ORDER.
  note:     { label: 'note',         plural: 'Notes',         icon: '✐', colour: '#0c8599', shape: 'vee' },
};

const UNKNOWN = { label: 'thing', plural: 'Other things', icon: '•', colour: '#6c757d', shape: 'octagon' };

/**
 * How to show a kind; unknown kinds (from foreign RDF) get a neutral look and their own name.
 * @param {string|null|undefined} kind e.g. "paper"
 * @returns {{kind: string, label: string, plural: string, icon: string, colour: string, shape: string}}
 */
export function kindInfo(kind) {
  const known = Object.hasOwn(KINDS, kind ?? '') ? KINDS[kind] : null;
  if (known) return { kind, ...known };
  const name = kind ? String(kind) : UNKNOWN.label;
  return { ...UNKNOWN, kind: name, label: name, plural: kind ? name : UNKNOWN.plural };
}

/** Sort key for a kind: its place in KIND_ORDER, unknown kinds last. */
export function kindRank(kind) {
  const i = KIND_ORDER.indexOf(kind);
  return i === -1 ? KIND_ORDER.length : i;
}
