/** The built site under test (npm run build:test → dist-test, served under BASE_PATH). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BASE_PATH = '/declic/';
export const DIST = join(import.meta.dirname, '..', '..', 'dist-test');

export function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Paths of every HTML page, relative to the base ("modules/", "404.html"). */
export function builtPages(): string[] {
  return walk(DIST)
    .filter((file) => file.endsWith('.html'))
    .map((file) => relative(DIST, file).replace(/index\.html$/, ''))
    .sort();
}

/**
 * The JavaScript files a built page loads before any interaction: its module scripts and island
 * components and renderers, plus everything they import statically (dynamic imports are left out:
 * they load later, on demand). Paths relative to DIST.
 */
export function pageScripts(path: string): string[] {
  const html = readFileSync(join(DIST, path.endsWith('/') || path === '' ? `${path}index.html` : path), 'utf8');
  const roots = [...html.matchAll(/(?:component-url|renderer-url|src)="([^"]+\.m?js)"/g)].map((m) => (m[1] ?? '').slice(BASE_PATH.length));
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(DIST, file), 'utf8');
    for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)"(\.\.?\/[^"]+)"/g)) visit(join(dirname(file), m[1] ?? ''));
  };
  roots.forEach(visit);
  return [...seen];
}

/** Gzip size of built files as a static server sends them (level 6, like `npm run bench`). */
export function gzippedBytes(files: string[]): number {
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(join(DIST, file)), { level: 6 }).length, 0);
}
