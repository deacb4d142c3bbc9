/** The editor's small Python tokenizer: what it colours, and how it indents a new line. */
import { EditorState } from '@codemirror/state';
import { LanguageSupport, ensureSyntaxTree, getIndentation, indentUnit } from '@codemirror/language';
import { describe, expect, it } from 'vitest';
import { pythonStream } from '../../src/components/exercise/python-mode.ts';

const state = (doc: string) => EditorState.create({ doc, extensions: [new LanguageSupport(pythonStream), indentUnit.of('    ')] });

/** [text, token] pairs of `code`, spaces left out. */
function tokens(code: string): [string, string][] {
  const s = state(code);
  const tree = ensureSyntaxTree(s, s.doc.length, 5000);
  const out: [string, string][] = [];
  tree?.iterate({
    enter: (node) => {
      if (node.from < node.to && node.name !== 'Document' && node.type.isTop === false) out.push([s.doc.sliceString(node.from, node.to), node.name]);
    },
  });
  return out;
}

describe('Python tokenizer of the editor', () => {
  it('tells keywords, ready-made functions, text, numbers and comments apart', () => {
    const found = new Map(tokens('for mot in range(3):\n    print("a # b", 2.5)  # fin\n'));
    expect(found.get('for')).toMatch(/keyword/);
    expect(found.get('in')).toMatch(/keyword/);
    expect(found.get('range')).toMatch(/standard|builtin/);
    expect(found.get('print')).toMatch(/standard|builtin/);
    expect(found.get('"a # b"')).toMatch(/string/);
    expect(found.get('2.5')).toMatch(/number/);
    expect(found.get('# fin')).toMatch(/comment/);
    expect(found.get('mot')).toMatch(/variable/);
  });
  it('reads triple-quoted text over several lines', () => {
    const found = tokens('x = """un\nfor deux\n"""\nif x:\n');
    expect(found.filter(([, t]) => /string/.test(t)).map(([text]) => text).join('|')).toContain('for deux');
    expect(found.find(([text]) => text === 'if')?.[1]).toMatch(/keyword/);
  });
});

describe('indentation of a new line', () => {
  const at = (doc: string) => getIndentation(state(doc), doc.length);
  it('goes one step in after « : », comment or not', () => {
    expect(at('for mot in vers:\n')).toBe(4);
    expect(at('def f(a):  # une fonction\n')).toBe(4);
    expect(at('if x:\n    for y in z:\n')).toBe(8);
  });
  it('keeps the level of the previous line, and inside brackets goes one step in', () => {
    expect(at('if x:\n    print(x)\n')).toBe(4);
    expect(at('mots = [\n')).toBe(4);
    expect(at('d = {"a": 1}\n')).toBe(0);
  });
  it('steps back for else, elif, except, finally', () => {
    const doc = 'if x:\n    print(x)\nelse:';
    const s = state(doc);
    expect(getIndentation(s, doc.length - 'else:'.length)).toBe(0);
  });
});
