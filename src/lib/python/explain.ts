/**
 * Python errors explained to a beginner: what kind of mistake it is, on which line, what it means and
 * a hint to fix it — never the fix itself. Python's English message is matched with regular
 * expressions on the messages of CPython 3.14 (the version in Pyodide); an unknown message still gets
 * the general explanation of its exception type. The words the pupil reads come from the dictionary
 * (src/i18n/fr/python-errors.ts), through the `t` of the island that calls explainError().
 * Unit-tested on real tracebacks (tests/unit/python-explain.test.ts).
 */
import type { KeysWithPrefix, Params, Translate } from '../../i18n/island.ts';
import type { PythonError } from './protocol.ts';
import { BLOCKED_GLOBALS } from './sandbox.ts';

/** The dictionary keys explanations are written with: an island that explains errors picks `pythonError.`. */
export type PythonErrorKey = KeysWithPrefix<'pythonError.'>;

export interface Explanation {
  /** Short title: « Il manque les deux-points ». */
  title: string;
  /** « Ligne 3 : for mot in vers » or null when Python gave no line. */
  where: string | null;
  /** What the error means, in plain words. */
  meaning: string;
  /** What to look at to fix it. */
  hint: string;
  /** Python's original line, for the curious and for the teacher: « NameError: name 'x' is not defined ». */
  original: string;
}

/**
 * t() with the placeholders filled after the typography: they hold Python's own words (a line of
 * code, a name, a sign), shown exactly as written (« while n < 3: » keeps its colon tight).
 */
type Say = (key: PythonErrorKey, params?: Params) => string;

function verbatim(t: Translate<PythonErrorKey>): Say {
  return (key, params = {}) => {
    const names = Object.keys(params);
    // A private-use character, the placeholder's number and a letter: a word to the typography (« Ligne 3 : » gets its no-break space).
    const marked = t(key, Object.fromEntries(names.map((name, i) => [name, `\uE000${i}x`])));
    return marked.replace(/\uE000(\d+)x/g, (_whole, i: string) => String(params[names[Number(i)] ?? ''] ?? ''));
  };
}

type Explained = Pick<Explanation, 'title' | 'meaning' | 'hint'>;

type Rule = {
  test: (e: PythonError) => RegExpExecArray | boolean | null;
  explain: (say: Say, e: PythonError, m: RegExpExecArray | null) => Explained;
};

const is = (type: string, pattern?: RegExp) => (e: PythonError) =>
  e.type === type && (pattern ? pattern.exec(e.message) : true);

/** Python's type names the explanations speak of, and their key (written whole, so tests see it used). */
const TYPE_NAMES: Record<string, PythonErrorKey> = {
  str: 'pythonError.type.str',
  int: 'pythonError.type.int',
  float: 'pythonError.type.float',
  list: 'pythonError.type.list',
  dict: 'pythonError.type.dict',
  NoneType: 'pythonError.type.NoneType',
  bool: 'pythonError.type.bool',
  tuple: 'pythonError.type.tuple',
};
const typeName = (say: Say, name: string | undefined) => {
  const key = TYPE_NAMES[name ?? ''];
  return key ? say(key) : say('pythonError.type.other', { name: name ?? '?' });
};

const BLOCKED_NAMES = new Set<string>([...BLOCKED_GLOBALS, 'eval', 'XMLHttpRequest', 'fetch']);

/** An error met because the exercise sandbox refused something (network, storage, JavaScript). */
function isSandboxRefusal(e: PythonError): boolean {
  if (/SandboxError|not available to exercises/.test(e.message)) return true;
  if (e.type === 'URLError') return true;
  if (e.type === 'NameError') return BLOCKED_NAMES.has(/name '(\w+)'/.exec(e.message)?.[1] ?? '');
  if (e.type === 'AttributeError') return BLOCKED_NAMES.has(e.message.trim()) || /module 'js'|'pyodide/.test(e.message);
  if (e.type === 'ImportError') return /from '(?:js|pyodide[\w.]*)'/.test(e.message);
  return false;
}

/** The three keys of a rule whose words take no placeholder. */
const plain = (say: Say, title: PythonErrorKey, meaning: PythonErrorKey, hint: PythonErrorKey): Explained => ({ title: say(title), meaning: say(meaning), hint: say(hint) });

const RULES: Rule[] = [
  {
    // The worker gives the pupil's code no network, storage nor JavaScript (lib/python/sandbox.ts).
    test: (e) => isSandboxRefusal(e),
    explain: (say) => plain(say, 'pythonError.sandbox.title', 'pythonError.sandbox.meaning', 'pythonError.sandbox.hint'),
  },
  {
    // The site's own modules (dessin) raise ValueError/TypeError with a French message and advice.
    test: (e) => typeof e.advice === 'string' && e.advice !== '',
    explain: (say, e) => ({ title: say('pythonError.dessin.title'), meaning: e.message, hint: e.advice ?? '' }),
  },
  {
    test: is('Timeout'),
    explain: (say) => plain(say, 'pythonError.timeout.title', 'pythonError.timeout.meaning', 'pythonError.timeout.hint'),
  },
  {
    test: is('SyntaxError', /^expected ':'/),
    explain: (say) => plain(say, 'pythonError.missingColon.title', 'pythonError.missingColon.meaning', 'pythonError.missingColon.hint'),
  },
  {
    test: is('SyntaxError', /^unterminated (?:triple-quoted )?string literal/),
    explain: (say) => plain(say, 'pythonError.unclosedString.title', 'pythonError.unclosedString.meaning', 'pythonError.unclosedString.hint'),
  },
  {
    test: is('SyntaxError', /^'(.)' was never closed/),
    explain: (say, _e, m) => ({
      title: say('pythonError.unclosedBracket.title'),
      meaning: say('pythonError.unclosedBracket.meaning', { sign: m?.[1] ?? '(' }),
      hint: say('pythonError.unclosedBracket.hint'),
    }),
  },
  {
    test: is('SyntaxError', /^unmatched '(.)'/),
    explain: (say, _e, m) => ({
      title: say('pythonError.unmatchedBracket.title'),
      meaning: say('pythonError.unmatchedBracket.meaning', { sign: m?.[1] ?? ')' }),
      hint: say('pythonError.unmatchedBracket.hint'),
    }),
  },
  {
    test: is('SyntaxError', /Maybe you meant '==' or ':=' instead of '='/),
    explain: (say) => plain(say, 'pythonError.assignInCondition.title', 'pythonError.assignInCondition.meaning', 'pythonError.assignInCondition.hint'),
  },
  {
    test: is('SyntaxError', /Perhaps you forgot a comma/),
    explain: (say) => plain(say, 'pythonError.missingComma.title', 'pythonError.missingComma.meaning', 'pythonError.missingComma.hint'),
  },
  {
    test: is('SyntaxError'),
    explain: (say) => plain(say, 'pythonError.syntax.title', 'pythonError.syntax.meaning', 'pythonError.syntax.hint'),
  },
  {
    test: is('IndentationError', /^expected an indented block after '?(\w+)'? statement/),
    explain: (say, _e, m) => ({
      title: say('pythonError.notIndented.title'),
      meaning: say('pythonError.notIndented.meaningAfter', { keyword: m?.[1] ?? '' }),
      hint: say('pythonError.notIndented.hintAfter'),
    }),
  },
  {
    test: is('IndentationError', /^expected an indented block/),
    explain: (say) => plain(say, 'pythonError.notIndented.title', 'pythonError.notIndented.meaning', 'pythonError.notIndented.hint'),
  },
  {
    test: is('IndentationError', /^unexpected indent/),
    explain: (say) => plain(say, 'pythonError.unexpectedIndent.title', 'pythonError.unexpectedIndent.meaning', 'pythonError.unexpectedIndent.hint'),
  },
  {
    test: is('IndentationError', /^unindent does not match/),
    explain: (say) => plain(say, 'pythonError.unindentMismatch.title', 'pythonError.unindentMismatch.meaning', 'pythonError.unindentMismatch.hint'),
  },
  {
    test: (e) => e.type === 'IndentationError' || e.type === 'TabError',
    explain: (say) => plain(say, 'pythonError.indentation.title', 'pythonError.indentation.meaning', 'pythonError.indentation.hint'),
  },
  {
    test: is('NameError', /^name '(\w+)' is not defined/),
    explain: (say, e, m) => ({
      title: say('pythonError.unknownName.title'),
      meaning: say('pythonError.unknownName.meaning', { name: m?.[1] ?? '' }),
      hint: e.suggestion ? say('pythonError.unknownName.hintSuggestion', { suggestion: e.suggestion }) : say('pythonError.unknownName.hint'),
    }),
  },
  {
    test: is('TypeError', /^can only concatenate str \(not "(\w+)"\) to str/),
    explain: (say, _e, m) => ({
      title: say('pythonError.concatenation.title'),
      meaning: say('pythonError.concatenation.meaning', { type: typeName(say, m?.[1]) }),
      hint: say('pythonError.concatenation.hint'),
    }),
  },
  {
    test: is('TypeError', /^unsupported operand type\(s\) for (.+): '(\w+)' and '(\w+)'/),
    explain: (say, _e, m) => ({
      title: say('pythonError.operandTypes.title'),
      meaning: say('pythonError.operandTypes.meaning', { operator: m?.[1] ?? '', left: typeName(say, m?.[2]), right: typeName(say, m?.[3]) }),
      hint: say('pythonError.operandTypes.hint'),
    }),
  },
  {
    test: is('TypeError', /missing (\d+) required positional argument/),
    explain: (say) => plain(say, 'pythonError.missingArgument.title', 'pythonError.missingArgument.meaning', 'pythonError.missingArgument.hint'),
  },
  {
    test: is('TypeError', /^'(\w+)' object is not callable/),
    explain: (say, _e, m) => ({
      title: say('pythonError.notCallable.title'),
      meaning: say('pythonError.notCallable.meaning', { type: typeName(say, m?.[1]) }),
      hint: say('pythonError.notCallable.hint'),
    }),
  },
  {
    test: is('TypeError'),
    explain: (say) => plain(say, 'pythonError.typeError.title', 'pythonError.typeError.meaning', 'pythonError.typeError.hint'),
  },
  {
    test: is('IndexError'),
    explain: (say) => plain(say, 'pythonError.index.title', 'pythonError.index.meaning', 'pythonError.index.hint'),
  },
  {
    test: is('KeyError'),
    explain: (say, e) => ({
      title: say('pythonError.key.title'),
      meaning: e.message ? say('pythonError.key.meaning', { key: e.message }) : say('pythonError.key.meaningNoKey'),
      hint: say('pythonError.key.hint'),
    }),
  },
  {
    test: is('ValueError', /^invalid literal for int\(\) with base 10: (.*)$/),
    explain: (say, _e, m) => ({
      title: say('pythonError.notANumber.title'),
      meaning: say('pythonError.notANumber.meaning', { text: m?.[1] ?? '' }),
      hint: say('pythonError.notANumber.hint'),
    }),
  },
  {
    test: is('ValueError'),
    explain: (say) => plain(say, 'pythonError.value.title', 'pythonError.value.meaning', 'pythonError.value.hint'),
  },
  {
    test: is('ZeroDivisionError'),
    explain: (say) => plain(say, 'pythonError.zeroDivision.title', 'pythonError.zeroDivision.meaning', 'pythonError.zeroDivision.hint'),
  },
  {
    test: is('ModuleNotFoundError', /module(?: named)? '([\w.]+)'/),
    explain: (say, _e, m) => ({
      title: say('pythonError.noModule.title'),
      meaning: say('pythonError.noModule.meaning', { module: m?.[1] ?? '' }),
      hint: say('pythonError.noModule.hint'),
    }),
  },
  {
    test: is('MemoryError'),
    explain: (say) => plain(say, 'pythonError.memory.title', 'pythonError.memory.meaning', 'pythonError.memory.hint'),
  },
  {
    test: is('AttributeError', /has no attribute '(\w+)'/),
    explain: (say, _e, m) => ({
      title: say('pythonError.attribute.title'),
      meaning: say('pythonError.attribute.meaning', { name: m?.[1] ?? '' }),
      hint: say('pythonError.attribute.hint'),
    }),
  },
  {
    test: is('EOFError'),
    explain: (say) => plain(say, 'pythonError.noInput.title', 'pythonError.noInput.meaning', 'pythonError.noInput.hint'),
  },
  {
    test: is('RecursionError'),
    explain: (say) => plain(say, 'pythonError.recursion.title', 'pythonError.recursion.meaning', 'pythonError.recursion.hint'),
  },
];

/**
 * The explanation of `error`, in the words of `t`: the t() of the calling island, which must pick the
 * `pythonError.` keys (src/i18n/island-strings.ts), or the site-wide t() in tests.
 */
export function explainError(error: PythonError, t: Translate<PythonErrorKey>): Explanation {
  const say = verbatim(t);
  let explained: Explained = {
    title: say('pythonError.general.title'),
    meaning: say('pythonError.general.meaning', { type: error.type }),
    hint: say('pythonError.general.hint'),
  };
  for (const rule of RULES) {
    const match = rule.test(error);
    if (match) {
      explained = rule.explain(say, error, match === true ? null : match);
      break;
    }
  }
  const code = error.code?.trim();
  const where = error.line === null ? null : code ? say('pythonError.where.code', { line: error.line, code }) : say('pythonError.where.line', { line: error.line });
  const original = error.type === 'Timeout' ? say('pythonError.timeLimit') : `${error.type}: ${error.message}`;
  return { ...explained, where, original };
}
