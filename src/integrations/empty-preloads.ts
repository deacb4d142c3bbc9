/**
 * Drops Vite's preload helper from dynamic imports that preload nothing.
 *
 * Vite wraps every dynamic `import()` of the browser build in `__vitePreload(() => import(…), deps)`,
 * a helper in its own chunk (preload-helper.*.js) that first adds `<link rel="modulepreload">` and
 * stylesheet links for `deps`. When `deps` is empty (the exercise editor, the error explanations:
 * chunks with no other import and no CSS), the helper only costs a request and ≈ 0.65 KB gzip on
 * every exercise page (issue 19: 120 KB of JavaScript before Pyodide). Vite offers no option to
 * leave it out outside library mode, so once the bundle is written this plugin turns such calls back
 * into a plain call of the import function, and removes the helper's import (and its chunk) once
 * nothing uses it. Imports that do preload something (the settings page's) keep the helper.
 *
 * The code is minified by then: a call is unwrapped only when its callee is the helper's own binding
 * (not a shadowing local of the same one-letter name), and the replacement keeps every column in
 * place (padded with spaces), so that source maps (DECLIC_SOURCEMAP=1) stay right.
 */
import { attachScopes, type AttachedScope } from '@rollup/pluginutils';
import type { Plugin } from 'vite';

/** The ESTree nodes this file reads (Rollup's `this.parse` gives positions as `start`/`end`). */
interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const HELPER_MODULE = '\0vite/preload-helper.js';

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}

/** Names that are not references to a binding: property names, export aliases, labels. */
function notReference(node: Node, key: string): boolean {
  if (key === 'scope') return true;
  if (key === 'property') return node.type === 'MemberExpression' && !node.computed;
  if (key === 'key') return !node.computed;
  if (key === 'exported') return true;
  return key === 'label';
}

function children(node: Node): Node[] {
  return Object.entries(node).flatMap(([key, value]) =>
    notReference(node, key) ? [] : Array.isArray(value) ? value.filter(isNode) : isNode(value) ? [value] : [],
  );
}

function containsImport(node: Node): boolean {
  return node.type === 'ImportExpression' || children(node).some(containsImport);
}

/** True when `name` is declared between `scope` (included) and the module's top scope (excluded). */
function shadowed(name: string, scope: AttachedScope, top: AttachedScope): boolean {
  for (let s: AttachedScope | undefined = scope; s && s !== top; s = s.parent) if (s.declarations[name]) return true;
  return false;
}

/**
 * `code` with every `helper(fn, [])` call turned into `(fn)()`, and the import of the helper (from
 * `helperImport`, a specifier such as "./preload-helper.Ab12.js") blanked when nothing else uses it.
 * Null when nothing changed. Every replacement has the length of what it replaces.
 */
export function unwrapEmptyPreloads(code: string, ast: Node, helperImport: string): { code: string; importRemoved: boolean } | null {
  const body = (ast.body as Node[]) ?? [];
  const declaration = body.find((node) => node.type === 'ImportDeclaration' && (node.source as { value: string }).value === helperImport);
  const specifiers = (declaration?.specifiers as Node[] | undefined) ?? [];
  if (!declaration || specifiers.length !== 1) return null;
  const name = (specifiers[0]!.local as { name: string }).name;

  const top = attachScopes(ast as never, 'scope');
  const edits: { start: number; end: number; text: string }[] = [];
  let otherUses = 0;
  const visit = (node: Node, scope: AttachedScope) => {
    // Imports only declare names (the helper's among them).
    if (node.type === 'ImportDeclaration') return;
    const inner = (node as { scope?: AttachedScope }).scope ?? scope;
    if (node.type === 'CallExpression') {
      const callee = node.callee as Node;
      const [fn, deps, ...rest] = node.arguments as Node[];
      if (
        callee.type === 'Identifier' &&
        (callee as { name?: string }).name === name &&
        !shadowed(name, scope, top) &&
        fn && (fn.type === 'ArrowFunctionExpression' || fn.type === 'FunctionExpression') &&
        containsImport(fn) &&
        deps?.type === 'ArrayExpression' && (deps.elements as unknown[]).length === 0 &&
        rest.length === 0
      ) {
        const text = `(${code.slice(fn.start, fn.end)})()`;
        edits.push({ start: node.start, end: node.end, text: text.padStart(node.end - node.start, ' ') });
        // The function itself may hold further imports (never the helper): visit it as usual.
        visit(fn, inner);
        return;
      }
    }
    if (node.type === 'Identifier' && (node as { name?: string }).name === name && !shadowed(name, scope, top)) otherUses += 1;
    for (const child of children(node)) visit(child, inner);
  };
  visit(ast, top);
  if (edits.length === 0) return null;

  const importRemoved = otherUses === 0;
  if (importRemoved) edits.push({ start: declaration.start, end: declaration.end, text: ' '.repeat(declaration.end - declaration.start) });
  let out = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return { code: out, importRemoved };
}

/** The relative specifier by which chunk `from` imports chunk `to` (both bundle file names). */
function specifier(from: string, to: string): string {
  const fromDir = from.split('/').slice(0, -1);
  const toParts = to.split('/');
  let common = 0;
  while (common < fromDir.length && common < toParts.length - 1 && fromDir[common] === toParts[common]) common += 1;
  const up = fromDir.length - common;
  return `${up === 0 ? './' : '../'.repeat(up)}${toParts.slice(common).join('/')}`;
}

export function emptyPreloads(): Plugin {
  return {
    name: 'declic:empty-preloads',
    apply: 'build',
    generateBundle: {
      // After Vite has written each call's dependency list.
      order: 'post',
      handler(_options, bundle) {
        const helper = Object.values(bundle).find((file) => file.type === 'chunk' && file.moduleIds.includes(HELPER_MODULE));
        if (!helper) return;
        for (const file of Object.values(bundle)) {
          if (file.type !== 'chunk' || !file.imports.includes(helper.fileName)) continue;
          const result = unwrapEmptyPreloads(file.code, this.parse(file.code) as unknown as Node, specifier(file.fileName, helper.fileName));
          if (!result) continue;
          file.code = result.code;
          if (result.importRemoved) file.imports = file.imports.filter((name) => name !== helper.fileName);
        }
        const stillUsed = Object.values(bundle).some((file) => file.type === 'chunk' && (file.imports.includes(helper.fileName) || file.dynamicImports.includes(helper.fileName)));
        if (!stillUsed) {
          delete bundle[helper.fileName];
          delete bundle[`${helper.fileName}.map`];
        }
      },
    },
  };
}
