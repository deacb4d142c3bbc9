/**
 * Search relevance on the real built index: for French queries as pupils type them, the expected
 * page comes first (or, for broad queries, among the first results). Also: the index stays small.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { loadSearchIndex, runSearch, type SearchIndexPayload } from '../../src/lib/search/index-builder.ts';
import { DIST } from './site-files.ts';

test.skip(({ isMobile }) => isMobile, 'checks the built index file: run once');

const raw = readFileSync(join(DIST, 'recherche-index.json'), 'utf8');
const { index, docs } = loadSearchIndex(JSON.parse(raw) as SearchIndexPayload);
const ids = (query: string, count = 1) => runSearch(index, docs, query).slice(0, count).map((hit) => hit.doc.id);

const FIRST: [string, string][] = [
  ['desinformation', 'glossaire/#desinformation'],
  ['bulles', 'glossaire/#bulle-de-filtre'],
  ['biais de confirmation', 'glossaire/#biais-de-confirmation'],
  ['effet d’ancrage', 'glossaire/#effet-d-ancrage'],
  ['lecture latérale', 'glossaire/#lecture-laterale'],
  ['filtrage collaboratif', 'glossaire/#filtrage-collaboratif'],
  ['défilement infini', 'glossaire/#defilement-infini'],
  ['chiffre de César', 'modules/coder-langue-vivante/exercices/le-chiffre-de-cesar/'],
];

for (const [query, expected] of FIRST) {
  test(`« ${query} » gives ${expected} first`, () => {
    expect(ids(query)[0]).toBe(expected);
  });
}

test('« algorithmes de recommandation » finds the recommender lessons', () => {
  // Six: the glossary terms « audit algorithmique » and « biais algorithmique » rightly rank high too.
  const top = ids('algorithmes de recommandation', 6);
  expect(top.filter((id) => id.startsWith('modules/systemes-de-recommandation/')).length).toBeGreaterThanOrEqual(2);
});

test('« hypertrucage » and « images générées » lead to the term and the lesson on generated media', () => {
  expect(ids('hypertrucage', 3)).toContain('glossaire/#hypertrucage');
  expect(ids('images générées', 5).some((id) => id.includes('images-voix-et-textes-generes'))).toBe(true);
});

test('the index of the real site stays under 150 KB gzipped', () => {
  expect(gzipSync(raw).length).toBeLessThan(150 * 1024);
});
