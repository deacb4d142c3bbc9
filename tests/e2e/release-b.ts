/**
 * A second deployment for the update test without a second build: a copy of the test build with
 * `<meta name="declic-release" content="B">` in every page (what DECLIC_RELEASE=B adds, and all it
 * changes: Astro builds the same files from the same sources) and, as at the end of a build, a new
 * offline manifest and service worker. ≈ 1 s instead of a full build (1 to 5 min on 2 cores).
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeOfflineFiles } from '../../src/lib/offline/write.ts';
import { BASE_PATH, walk } from './site-files.ts';

const RELEASE_META = '<meta name="declic-release" content="B">';

export function deployReleaseB(from: string, to: string): void {
  if (existsSync(to)) rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  for (const file of walk(to).filter((path) => path.endsWith('.html'))) {
    const html = readFileSync(file, 'utf8');
    if (html.includes('name="declic-release"')) throw new Error(`${file} already has a release label: build A must have none`);
    // Where BaseLayout writes it: right after the referrer policy.
    const next = html.replace(/(<meta name="referrer"[^>]*>)/, `$1${RELEASE_META}`);
    if (next === html) throw new Error(`${file}: no <meta name="referrer"> to put the release label after`);
    writeFileSync(file, next);
  }
  writeOfflineFiles(to, BASE_PATH);
}

export const releaseBDir = (dist: string) => join(dist, '..', 'dist-test-b');
