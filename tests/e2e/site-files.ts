/** The built site under test (npm run build:test → dist-test, served under BASE_PATH). */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

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
