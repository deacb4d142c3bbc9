/**
 * Search relevance on the real built index (its meta file and shards, as the search page loads them):
 * for French queries as pupils type them, the expected page comes first (or, for broad queries, among
 * the first results); elided articles and everyday synonyms work; a ?q= link and typing agree.
 * Also: the files a search needs stay small.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { ShardedSearch, type SearchMeta } from '../../src/lib/search/shards.ts';
import { DIST } from './site-files.ts';

const raw = readFileSync(join(DIST, 'recherche-index.json'), 'utf8');
const shardFile = (name: string) => readFileSync(join(DIST, 'recherche-index', `${name}.json`), 'utf8');
const engine = new ShardedSearch(JSON.parse(raw) as SearchMeta, async (name) => JSON.parse(shardFile(name)));
// Every shard loaded up front, so the checks below can search synchronously.
await Promise.all((JSON.parse(raw) as SearchMeta).starts.map((_, n) => engine.loadShard(n)));
// Glossary terms live on their module's glossary page (glossaire/<module>/#term): compared by term here.
const ids = (query: string, count = 1) =>
  engine.searchLoaded(query, { asYouType: true }).slice(0, count).map((hit) => hit.doc.id.replace(/^glossaire\/[^/#]+\/#/, 'glossaire/#'));

test.describe('the built index', () => {
test.skip(({ isMobile }) => isMobile, 'checks the built index files: run once');

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
  // Eight: with ten modules, glossary terms (« audit algorithmique », « biais algorithmique », « management
  // algorithmique »…) and lessons of other modules that speak of algorithms rightly rank high too.
  const top = ids('algorithmes de recommandation', 8);
  expect(top.filter((id) => id.startsWith('modules/systemes-de-recommandation/')).length).toBeGreaterThanOrEqual(2);
});

test('« hypertrucage » and « images générées » lead to the term and the lesson on generated media', () => {
  expect(ids('hypertrucage', 3)).toContain('glossaire/#hypertrucage');
  expect(ids('images générées', 5).some((id) => id.includes('images-voix-et-textes-generes'))).toBe(true);
});

for (const query of ['ancrage', 'd’ancrage', "d'ancrage", 'l’ancrage', "l'ancrage"]) {
  test(`« ${query} » finds the glossary term « Effet d’ancrage » first`, () => {
    expect(ids(query)[0]).toBe('glossaire/#effet-d-ancrage');
  });
}

test('« Oulipo » and « l’Oulipo » find the S+7 pages', () => {
  for (const query of ['Oulipo', 'l’Oulipo', "l'oulipo"]) expect(ids(query, 5), query).toContain('modules/coder-langue-vivante/exercices/la-methode-s-plus-7/');
});

for (const query of ['infox', 'intox', 'fake news']) {
  test(`« ${query} » (a synonym kept with the glossary) finds « Désinformation » first`, () => {
    expect(ids(query)[0]).toBe('glossaire/#desinformation');
  });
}

test('the files a search needs stay small, and all of them stay proportionate', () => {
  const gzip = (text: string) => gzipSync(text).length;
  expect(gzip(raw)).toBeLessThan(12 * 1024);
  const shards = readdirSync(join(DIST, 'recherche-index')).map((file) => gzip(readFileSync(join(DIST, 'recherche-index', file), 'utf8')));
  expect(Math.max(...shards)).toBeLessThan(16 * 1024);
  expect(shards.reduce((a, b) => a + b, 0)).toBeLessThan(200 * 1024);
});
});

test('typed, submitted or opened as a link, a query gives the same results', async ({ page }) => {
  const titles = () => page.locator('#search-results h2').allInnerTexts();
  for (const query of ['l’IA', "l'IA", 'ancrage', 'infox']) {
    await page.goto(`recherche/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('#search-results li').first()).toBeVisible();
    const fromLink = await titles();
    await page.goto('recherche/');
    await page.locator('#search-input').pressSequentially(query);
    await expect.poll(titles).toEqual(fromLink);
    await page.keyboard.press('Enter');
    await expect.poll(titles).toEqual(fromLink);
  }
});
