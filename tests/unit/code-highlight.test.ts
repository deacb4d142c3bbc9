import type { Element, Root, RootContent } from 'hast';
import { createHighlighter } from 'shiki';
import { describe, expect, it } from 'vitest';
import { codeTheme, codeTransformer, languageName } from '../../src/lib/code-highlight.ts';

const highlighter = await createHighlighter({ themes: [codeTheme], langs: ['python'] });

function highlight(code: string, lang = 'python'): Element {
  const root = highlighter.codeToHast(code, { lang, theme: 'declic-kinds', transformers: [codeTransformer()] }) as Root;
  return root.children[0] as Element;
}
const text = (node: RootContent): string => (node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(text).join('') : '');
const elements = (node: Element): Element[] => node.children.flatMap((c) => (c.type === 'element' ? [c, ...elements(c)] : []));
const spans = (pre: Element) => elements(pre).filter((e) => e.tagName === 'span').map((e) => [String(e.properties.className), text(e)]);

const program = [
  '# Les trois coups',
  'coups = 3',
  'while coups > 0 and not fini:',
  '    print(f"Toc {coups} !")',
  "    coups = coups - 1  # un de moins",
  'def formule(nom):',
  '    return "Chère " + nom',
  '',
  'if len(mot) >= 5 or mot in liste:',
  '\tx = None',
].join('\n');

describe('code highlighting', () => {
  it('gives back the exact code, line breaks and indentation included', () => {
    expect(text(highlight(program))).toBe(program);
    expect(text(highlight('  a  \n\n\tb', 'plaintext'))).toBe('  a  \n\n\tb');
  });

  it('keeps one span per keyword, text, comment or built-in function, and none per line or other token', () => {
    const pre = highlight(program);
    expect(pre.tagName).toBe('pre');
    const code = pre.children[0] as Element;
    expect(code.tagName).toBe('code');
    expect(spans(pre)).toEqual([
      ['tok-comment', '# Les trois coups'],
      ['tok-keyword', 'while'],
      ['tok-keyword', 'and'],
      ['tok-keyword', 'not'],
      ['tok-function', 'print'],
      ['tok-string', 'f"Toc '],
      ['tok-string', '!"'],
      ['tok-comment', '# un de moins'],
      ['tok-keyword', 'def'],
      ['tok-keyword', 'return'],
      ['tok-string', '"Chère "'],
      ['tok-keyword', 'if'],
      ['tok-function', 'len'],
      ['tok-keyword', 'or'],
      ['tok-keyword', 'in'],
      ['tok-keyword', 'None'],
    ]);
    // Operators and names stay plain; no inline style anywhere.
    expect(elements(pre).some((e) => 'style' in e.properties)).toBe(false);
  });

  it('leaves plain text without any span', () => {
    expect(elements(highlight('Maître Corbeau\nperché', 'plaintext')).map((e) => e.tagName)).toEqual(['code']);
  });

  it('names the block and keeps it focusable for keyboard scrolling', () => {
    expect(highlight('x = 1').properties).toMatchObject({ className: ['code'], tabindex: '0', role: 'group', ariaLabel: 'Code Python', dataLanguage: 'python' });
    expect(highlight('x', 'plaintext').properties).toMatchObject({ ariaLabel: 'Texte tel quel', dataLanguage: 'plaintext' });
  });

  it('names languages as pupils read them', () => {
    expect(languageName('python')).toBe('Python');
    expect(languageName('js')).toBe('JavaScript');
    expect(languageName('rust')).toBe('Rust');
    expect(languageName('plaintext')).toBeUndefined();
    expect(languageName(undefined)).toBeUndefined();
  });
});
