/**
 * Python for the editor, as a small stream tokenizer instead of the full Lezer grammar
 * (@codemirror/lang-python, no longer a dependency, with @lezer/python and @lezer/lr: ≈ 25 KB gzip of the exercise page's
 * 120 KB budget). A beginner's editor needs what the lessons colour (src/lib/code-highlight.ts):
 * keywords, text between quotes, comments, numbers, the ready-made functions; and indentation that
 * follows Python: one step more after a line ending with « : » or inside brackets, one step back for
 * else, elif, except and finally.
 */
import { StreamLanguage, type StringStream } from '@codemirror/language';

const KEYWORDS = new Set(
  'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield match case'.split(' '),
);
const BUILTINS = new Set(
  'print input len range int str float list dict set tuple sorted sum min max abs round enumerate zip type bool reversed map filter any all isinstance chr ord open'.split(' '),
);
const DEDENT = /^\s*(?:else|elif|except|finally)\b/;

interface PythonState {
  /** The quote that opened the string being read, when a string spans lines (triple quotes). */
  string: string | null;
  /** Bracket depth: a line inside brackets continues the previous one. */
  depth: number;
  /** Indentation of the last line that had code. */
  lastIndent: number;
  /** The last line with code ended with « : ». */
  colon: boolean;
  /** The previous word was def or class: this name is being defined. */
  defining: boolean;
}

function readString(stream: StringStream, state: PythonState): string {
  const quote = state.string ?? '';
  while (!stream.eol()) {
    if (stream.match(quote)) {
      state.string = null;
      return 'string';
    }
    if (stream.next() === '\\') stream.next();
  }
  // A one-quote string ends with its line (Python would say so); a triple-quoted one goes on.
  if (quote.length === 1) state.string = null;
  return 'string';
}

export const pythonStream = StreamLanguage.define<PythonState>({
  name: 'python',
  startState: () => ({ string: null, depth: 0, lastIndent: 0, colon: false, defining: false }),
  copyState: (state) => ({ ...state }),
  token(stream, state) {
    if (state.string) return readString(stream, state);
    if (stream.sol() && state.depth === 0) {
      state.lastIndent = stream.indentation();
      state.colon = false;
    }
    if (stream.eatSpace()) return null;
    const start = stream.peek();
    if (start === '#') {
      stream.skipToEnd();
      return 'comment';
    }
    const quote = stream.match(/^[rRbBfFuU]{0,2}("""|'''|"|')/) as RegExpMatchArray | null;
    if (quote) {
      state.string = quote[1] ?? '"';
      state.colon = false;
      return readString(stream, state);
    }
    state.colon = false;
    if (stream.match(/^(?:0[xXoObB][\da-fA-F_]+|\d[\d_]*(?:\.\d*)?(?:[eE][+-]?\d+)?j?|\.\d+)/)) return 'number';
    const word = stream.match(/^[^\W\d]\w*/u) as RegExpMatchArray | null;
    if (word) {
      const name = word[0];
      const defined = state.defining;
      state.defining = name === 'def' || name === 'class';
      if (KEYWORDS.has(name)) return 'keyword';
      if (defined) return 'def';
      return BUILTINS.has(name) ? 'builtin' : 'variableName';
    }
    const char = stream.next() ?? '';
    if ('([{'.includes(char)) state.depth += 1;
    else if (')]}'.includes(char)) state.depth = Math.max(0, state.depth - 1);
    else if (char === ':' && state.depth === 0) {
      // « : » that ends the line (a comment may follow) opens a block.
      state.colon = /^\s*(?:#.*)?$/.test(stream.string.slice(stream.pos));
    }
    return ':([{)]},.'.includes(char) ? 'punctuation' : 'operator';
  },
  blankLine(state) {
    state.defining = false;
  },
  indent(state, textAfter, context) {
    if (state.string) return null;
    const unit = context.unit;
    if (state.depth > 0 || state.colon) return state.lastIndent + unit;
    if (DEDENT.test(textAfter)) return Math.max(0, state.lastIndent - unit);
    return state.lastIndent;
  },
  languageData: {
    commentTokens: { line: '#' },
    indentOnInput: /^\s*(?:else:|elif |except|finally:|[)\]}])$/,
  },
});
