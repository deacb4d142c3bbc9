import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeTableScroll, tableRegionLabel } from '../../src/lib/table-scroll.ts';

const el = (tagName: string, children: Element['children'] = [], properties: Element['properties'] = {}): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string) => ({ type: 'text' as const, value });

describe('rehypeTableScroll', () => {
  it('puts every table in a focusable region named after the heading above it', () => {
    const table1 = el('table', [el('tr', [el('td', [text('a')])])]);
    const table2 = el('table');
    const table3 = el('table');
    // A table inside an MDX component (not a hast element) is found as well.
    const component = { type: 'mdxJsxFlowElement', name: 'Activite', attributes: [], children: [table3] } as unknown as Element;
    const tree: Root = {
      type: 'root',
      children: [table1, el('h2', [text('Le '), el('em', [text('lexique')]), text('  bilingue')]), el('p', [text('x')]), table2, el('h3', [text('Étape 1')]), component],
    };
    rehypeTableScroll()(tree);
    const regions = [tree.children[0], tree.children[3], (tree.children[5] as Element).children[0]] as Element[];
    for (const region of regions) {
      expect(region).toMatchObject({ tagName: 'div', properties: { className: ['table-scroll'], tabindex: '0', role: 'region' } });
    }
    expect(regions.map((r) => r.properties.ariaLabel)).toEqual(['Tableau', 'Tableau\u00A0: Le lexique bilingue', 'Tableau\u00A0: Étape 1']);
    expect(regions.map((r) => r.children[0])).toEqual([table1, table2, table3]);
  });

  it('names a table without heading plainly', () => {
    expect(tableRegionLabel(undefined)).toBe('Tableau');
    expect(tableRegionLabel('   ')).toBe('Tableau');
  });
});
