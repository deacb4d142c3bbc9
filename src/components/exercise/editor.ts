/**
 * The Python editor: CodeMirror 6 with only the extensions a beginner needs (line numbers, undo
 * history, bracket matching, auto-indentation, Python highlighting; the browser's own selection and
 * caret rather than drawSelection()). The full basicSetup weighs
 * ≈ 156 KB gzip; this set, with a small Python tokenizer (python-mode.ts), keeps the whole exercise
 * page under its 120 KB budget (tests/e2e/js-budgets.spec.ts, scripts/bench/python.mjs).
 *
 * Tab indents, because Python's grammar is indentation and pupils need the key. To leave the editor
 * with the keyboard, press Escape then Tab (CodeMirror's built-in escape hatch), which the page tells
 * the pupil under the editor. Loaded with a dynamic import, only by exercises that edit code.
 */
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, highlightActiveLine } from '@codemirror/view';
import { history, historyKeymap, indentWithTab, standardKeymap } from '@codemirror/commands';
import { bracketMatching, HighlightStyle, indentOnInput, indentUnit, LanguageSupport, syntaxHighlighting } from '@codemirror/language';
import { pythonStream } from './python-mode.ts';
import { tags } from '@lezer/highlight';

/**
 * Python colours from the site's code palette (--tok-* in global.css): the same as the lessons' code
 * blocks, with a light and a dark value each, all AA on the editor's background. Keywords are also
 * bold and comments italic, so the kinds of words survive without colour.
 */
const pythonColours = HighlightStyle.define([
  { tag: [tags.keyword, tags.controlKeyword, tags.definitionKeyword, tags.operatorKeyword, tags.moduleKeyword, tags.self], color: 'var(--tok-keyword)', fontWeight: '700' },
  { tag: [tags.string, tags.special(tags.string), tags.escape], color: 'var(--tok-string)' },
  { tag: [tags.comment, tags.lineComment], color: 'var(--tok-comment)', fontStyle: 'italic' },
  { tag: [tags.number, tags.bool, tags.null], color: 'var(--tok-number)' },
  { tag: [tags.function(tags.variableName), tags.function(tags.definition(tags.variableName)), tags.definition(tags.className), tags.className], color: 'var(--tok-function)' },
  { tag: tags.invalid, color: 'var(--tok-keyword)', textDecoration: 'underline wavy' },
]);

export interface EditorOptions {
  parent: HTMLElement;
  doc: string;
  label: string;
  describedBy: string;
  onChange: (code: string) => void;
}

export function createEditor({ parent, doc, label, describedBy, onChange }: EditorOptions): EditorView {
  return new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        lineNumbers(),
        history(),
        highlightActiveLine(),
        indentOnInput(),
        indentUnit.of('    '),
        bracketMatching(),
        syntaxHighlighting(pythonColours),
        // A small Python tokenizer (python-mode.ts) instead of the full grammar: ≈ 25 KB gzip less.
        new LanguageSupport(pythonStream),
        keymap.of([...standardKeymap, ...historyKeymap, indentWithTab]),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': label, 'aria-describedby': describedBy, spellcheck: 'false', autocapitalize: 'off', autocorrect: 'off' }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
}

/** Replaces the whole text (restoring saved code, showing the solution). */
export function setCode(view: EditorView, code: string): void {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code } });
}
