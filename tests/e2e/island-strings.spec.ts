/**
 * The built scripts carry no part of the dictionary that islands do not pick: the islands get their
 * strings from their page (src/i18n/island.ts), and importing src/i18n/index.ts or fr.ts anywhere in
 * browser code would ship all of it again. Read from dist-test's files, no browser needed.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { fr } from '../../src/i18n/fr.ts';
import { ISLAND_STRINGS } from '../../src/i18n/island-strings.ts';
import { DIST, walk } from './site-files.ts';

const picked: readonly string[] = Object.values(ISLAND_STRINGS).flat();
const isPicked = (key: string) => picked.some((prefix) => key.startsWith(prefix));

test('no script contains a dictionary string that no island picks', ({}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'reads files: one run is enough');
  // Long strings only, so that a short word shared with other code cannot match by chance.
  const unpicked = Object.entries(fr).filter(([key, value]) => !isPicked(key) && value.length >= 30);
  expect(unpicked.length).toBeGreaterThan(50);
  // The bundles of islands and page scripts (the service worker, written apart, embeds the offline page).
  const scripts = walk(join(DIST, '_astro')).filter((file) => /\.m?js$/.test(file));
  expect(scripts.length).toBeGreaterThan(5);
  const found = scripts.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return unpicked.filter(([, value]) => text.includes(value)).map(([key]) => `${relative(DIST, file)}: ${key}`);
  });
  expect(found).toEqual([]);
});

test('an island page carries the strings its island picks, and no others', ({}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'reads files: one run is enough');
  const html = readFileSync(`${DIST}/modules/bulles-de-filtre/activites/mon-fil-d-actualite/index.html`, 'utf8');
  const props = [...html.matchAll(/<astro-island[^>]*\sprops="([^"]*)"/g)].map((m) => m[1]!.replaceAll('&quot;', '"').replaceAll('&amp;', '&')).join('');
  expect(props).toContain('"mon-fil-d-actualite.title"');
  expect(props).toContain('"chart.showData"');
  expect(props).not.toContain('"recommandeur-a-la-loupe.');
  expect(props).not.toContain('"quiz.');
});
