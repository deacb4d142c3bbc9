/**
 * Rehype plugin for tables written in Markdown: each one goes inside a horizontal scroll region, as the
 * islands' tables already do (`div.table-scroll`, focusable, named). Without it a 5-column table makes
 * the whole lesson scroll sideways on a 360 px phone. The region is named after the heading the table
 * sits under ("Tableau : Le lexique bilingue"), so that a keyboard or screen-reader user knows where
 * the focus landed.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { t } from '../i18n/index.ts';

type Node = Root | RootContent | ElementContent;

const textOf = (node: Node): string =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map((child) => textOf(child as Node)).join('') : '';

/** The accessible name of a table's scroll region, from the heading above it (if any). */
export function tableRegionLabel(heading: string | undefined): string {
  const clean = heading?.replace(/\s+/g, ' ').trim();
  return clean ? t('table.label', { heading: clean }) : t('table.plainLabel');
}

export function rehypeTableScroll() {
  return (tree: Root) => {
    let heading: string | undefined;
    const walk = (parent: { children: Node[] }) => {
      parent.children.forEach((node, index) => {
        // MDX components (<Activite>…) are not elements, but their children are walked too.
        if (!('children' in node)) return;
        if (node.type === 'element' && /^h[1-6]$/.test(node.tagName)) {
          heading = textOf(node);
          return;
        }
        if (node.type === 'element' && node.tagName === 'table') {
          const region: Element = {
            type: 'element',
            tagName: 'div',
            properties: { className: ['table-scroll'], tabindex: '0', role: 'region', ariaLabel: tableRegionLabel(heading) },
            children: [node],
          };
          parent.children[index] = region;
          return;
        }
        walk(node);
      });
    };
    walk(tree as { children: Node[] });
  };
}
