// The query editor: CodeMirror 5 (a classic script, window.CodeMirror) with SPARQL highlighting,
// or the plain textarea it enhances when CodeMirror did not load, behind one small interface.

const ERROR_LINE = 'editor__error-line';
const ERROR_MARK = 'editor__error-mark';
// Narrow screens wrap long lines rather than hide them behind a sideways scroll.
const NARROW = window.matchMedia('(max-width: 30rem)');

/**
 * Turns the textarea into the editor.
 * `const editor = createEditor(textarea, {onRun: run, onChange: save, onLeave: () => runButton.focus()})`
 * @returns {{getValue, setValue, focus, markError, clearError}}
 */
export function createEditor(textarea, { onRun, onChange, onLeave, complete }) {
  const CodeMirror = window.CodeMirror;
  return CodeMirror ? codeMirrorEditor(CodeMirror, textarea, { onRun, onChange, onLeave, complete })
    : plainEditor(textarea, { onRun, onChange });
}

function codeMirrorEditor(CodeMirror, textarea, { onRun, onChange, onLeave, complete }) {
  // `complete(cm)` gives show-hint's list for the word at the cursor (workbench-complete.js).
  const hint = (editor) => editor.showHint?.({ hint: complete, completeSingle: false });
  const cm = CodeMirror.fromTextArea(textarea, {
    mode: 'application/sparql-query',
    lineNumbers: true,
    matchBrackets: true,
    autoCloseBrackets: true,
    indentUnit: 2,
    tabSize: 2,
    lineWrapping: NARROW.matches,
    viewportMargin: Infinity, // the editor grows with the query; every line is rendered
    screenReaderLabel: 'SPARQL query',
    placeholder: 'SELECT ?paper ?title WHERE { ?paper a schema:ScholarlyArticle ; schema:name ?title }',
    extraKeys: {
      'Ctrl-Enter': () => onRun(),
      'Cmd-Enter': () => onRun(),
      // Tab indents (queries are nested), so Escape is the keyboard's way out of the editor.
      Esc: () => onLeave?.(),
      Tab: (editor) => (editor.somethingSelected() ? editor.indentSelection('add') : editor.execCommand('insertSoftTab')),
      'Shift-Tab': (editor) => editor.indentSelection('subtract'),
      'Ctrl-Space': (editor) => hint(editor),
    },
  });
  // Typing a prefix's colon, or a second letter of a name (not of a ?variable), offers
  // completions; Escape closes them.
  cm.on('inputRead', (editor, change) => {
    if (!complete || editor.state.completionActive || change.origin !== '+input') return;
    const before = editor.getLine(change.from.line).slice(0, change.from.ch + change.text.join('').length);
    const word = /(^|[^?$\p{L}\p{N}_:-])([\p{L}_][\p{L}\p{N}_:-]*)$/u.exec(before)?.[2] ?? '';
    if (word.length >= 2 || word.endsWith(':')) hint(editor);
  });
  NARROW.addEventListener('change', () => cm.setOption('lineWrapping', NARROW.matches));
  let marks = [];
  let markedLine = null;
  const clearError = () => {
    marks.forEach((mark) => mark.clear());
    marks = [];
    if (markedLine !== null) cm.removeLineClass(markedLine, 'wrap', ERROR_LINE);
    markedLine = null;
  };
  cm.on('change', () => {
    clearError();
    onChange?.();
  });
  return {
    getValue: () => cm.getValue(),
    setValue: (text) => {
      cm.setValue(text);
      cm.clearHistory();
    },
    focus: () => cm.focus(),
    clearError,
    /** Marks the token at a 1-based line and column, and shows it. */
    markError(line, column) {
      clearError();
      const index = Math.min(Math.max(line - 1, 0), cm.lastLine());
      const text = cm.getLine(index);
      const { from, to } = tokenAround(text, column - 1);
      markedLine = cm.addLineClass(index, 'wrap', ERROR_LINE);
      if (to > from) {
        marks.push(cm.markText({ line: index, ch: from }, { line: index, ch: to },
          { className: ERROR_MARK, attributes: { title: 'The query cannot be read from here' } }));
      }
      cm.scrollIntoView({ line: index, ch: from }, 60);
      cm.setCursor({ line: index, ch: from });
    },
  };
}

// The characters of the token starting at `ch`: up to the next space or punctuation, at least
// one character; the line's last character when `ch` is past its end (the query ended early).
function tokenAround(text, ch) {
  if (!text.length) return { from: 0, to: 0 };
  const from = Math.min(Math.max(ch, 0), text.length - 1);
  const word = /^[^\s{}().,;]+/.exec(text.slice(from));
  return { from, to: from + (word ? word[0].length : 1) };
}

function plainEditor(textarea, { onRun, onChange }) {
  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onRun();
    }
  });
  textarea.addEventListener('input', () => onChange?.());
  return {
    getValue: () => textarea.value,
    setValue: (text) => { textarea.value = text; },
    focus: () => textarea.focus(),
    clearError: () => textarea.removeAttribute('aria-invalid'),
    markError(line, column) {
      const lines = textarea.value.split('\n');
      const offset = lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0) + column - 1;
      textarea.setAttribute('aria-invalid', 'true');
      textarea.focus();
      textarea.setSelectionRange(offset, offset + 1);
    },
  };
}
