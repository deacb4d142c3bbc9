import { describe, expect, it } from 'vitest';
import { NARROW_NBSP, NBSP, frenchTypography, rehypeFrenchTypography, typographyDeep } from '../../src/lib/french-typography.ts';

describe('frenchTypography', () => {
  it('puts a thin no-break space before ; ! ?, typed or not', () => {
    expect(frenchTypography('Vraiment ? Oui!')).toBe(`Vraiment${NARROW_NBSP}? Oui${NARROW_NBSP}!`);
    expect(frenchTypography('Quoi ?!')).toBe(`Quoi${NARROW_NBSP}?!`);
  });
  it('puts a no-break space before a colon the author spaced, and leaves URLs alone', () => {
    expect(frenchTypography('À retenir : trois points')).toBe(`À retenir${NBSP}: trois points`);
    expect(frenchTypography('https://example.org/?q=1')).toBe('https://example.org/?q=1');
  });
  it('keeps guillemets glued to their words', () => {
    expect(frenchTypography('« vrai »')).toBe(`«${NARROW_NBSP}vrai${NARROW_NBSP}»`);
  });
  it('replaces three dots and straight apostrophes', () => {
    expect(frenchTypography("l'élève hésite...")).toBe('l’élève hésite…');
  });
  it('leaves inline code untouched', () => {
    expect(frenchTypography('Que fait `print("Toc !")` ?')).toBe(`Que fait \`print("Toc !")\`${NARROW_NBSP}?`);
  });
  it('keeps digit groups together', () => {
    expect(frenchTypography('10 000 élèves et 1 010 vues, en 2024 2025')).toBe(`10${NARROW_NBSP}000 élèves et 1${NARROW_NBSP}010 vues, en 2024 2025`);
  });
  it('is idempotent', () => {
    const once = frenchTypography("« C'est sûr ? » : non...");
    expect(frenchTypography(once)).toBe(once);
  });
  it('treats a text node that starts after an inline element', () => {
    expect(frenchTypography(' ?')).toBe(`${NARROW_NBSP}?`);
  });
});

describe('rehypeFrenchTypography', () => {
  it('changes text but not code', () => {
    const tree = {
      type: 'root',
      children: [
        { type: 'element', tagName: 'p', children: [{ type: 'text', value: 'Pourquoi ?' }] },
        { type: 'element', tagName: 'code', children: [{ type: 'text', value: "print('a ?')" }] },
      ],
    };
    rehypeFrenchTypography()(tree);
    expect(tree.children[0]?.children[0]?.value).toBe(`Pourquoi${NARROW_NBSP}?`);
    expect(tree.children[1]?.children[0]?.value).toBe("print('a ?')");
  });
});

describe('typographyDeep', () => {
  it('fixes nested strings but not urls', () => {
    const data = { title: 'Et toi ?', sources: [{ url: 'https://a.fr/?x=1 ?', title: "l'info" }] };
    expect(typographyDeep(data)).toEqual({ title: `Et toi${NARROW_NBSP}?`, sources: [{ url: 'https://a.fr/?x=1 ?', title: 'l’info' }] });
  });
});
