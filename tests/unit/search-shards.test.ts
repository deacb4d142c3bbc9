/**
 * The sharded index (src/lib/search/shards.ts) answers exactly like the whole index, while loading
 * only the shards a query needs.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../src/lib/search/documents.ts';
import { buildSearchIndex, loadSearchIndex, runSearch } from '../../src/lib/search/index-builder.ts';
import { ShardedSearch, buildShardedIndex, type SearchMeta } from '../../src/lib/search/shards.ts';

let seed = 11;
const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
const vocabulary = ['désinformation', 'bulle', 'filtre', 'algorithme', 'recommandation', 'ancrage', 'biais', 'confirmation', 'attention', 'notification', 'défilement', 'python', 'boucle', 'variable', 'rumeur', 'source', 'image', 'vérifier', 'oulipo', 'chiffre', 'césar', 'haïku', 'intelligence', 'artificielle', 'l’IA', 'd’ancrage', 'réseau', 'social', 'publicité', 'données', ...Array.from({ length: 300 }, (_, i) => `mot${i.toString(36)}`)];
const word = () => vocabulary[Math.floor(random() ** 2 * vocabulary.length)] as string;
const text = (n: number) => Array.from({ length: n }, word).join(' ');
const kinds = ['lesson', 'glossary', 'notes', 'quiz', 'exercise', 'activity', 'module'] as const;
const docs: SearchDocument[] = Array.from({ length: 120 }, (_, i) => ({
  id: `modules/m${i % 9}/d${i}/`,
  kind: kinds[i % kinds.length] as SearchDocument['kind'],
  title: text(4),
  module: `Module ${i % 9}`,
  headings: text(6),
  body: text(150),
}));

const whole = loadSearchIndex(JSON.parse(JSON.stringify(buildSearchIndex(docs))));
const sharded = buildShardedIndex(docs, 3000);
const files = new Map([...sharded.files].map(([name, content]) => [name, JSON.parse(JSON.stringify(content))]));

function client() {
  const fetched: string[] = [];
  const search = new ShardedSearch(JSON.parse(JSON.stringify(sharded.meta)) as SearchMeta, async (name) => {
    fetched.push(name);
    return files.get(name);
  });
  return { search, fetched };
}

const QUERIES = ['désinformation', 'bulles de filtre', 'algorithmes recommandation', 'l’ancrage', "d'ancrage", 'ia', 'l’IA', 'mot1 mot2 mot3', 'python boucle variable', 'vérif', 'rec', 'zzz', '*', 'mot'];

describe('sharded search index', () => {
  it('has many small term shards and snippet files', () => {
    expect(sharded.meta.starts.length).toBeGreaterThan(10);
    expect([...sharded.files.keys()].filter((n) => n.startsWith('s'))).toHaveLength(10);
  });

  it.each(QUERIES)('« %s » gives the whole index’s results, in its order, typed or not', async (q) => {
    for (const asYouType of [false, true]) {
      const { search } = client();
      const expected = runSearch(whole.index, whole.docs, q, { asYouType }).map((h) => [h.doc.id, h.score.toFixed(6)]);
      const got = (await search.search(q, { asYouType })).map((h) => [h.doc.id, h.score.toFixed(6)]);
      expect(got).toEqual(expected);
    }
  });

  it('fetches only the shards a query needs, each once', async () => {
    const { search, fetched } = client();
    await search.search('biais', { asYouType: true });
    expect(fetched.length).toBeLessThanOrEqual(2);
    await search.search('biais', { asYouType: true });
    await search.search('biais ', { asYouType: true });
    expect(new Set(fetched).size).toBe(fetched.length);
    expect(fetched.length).toBeLessThan(sharded.meta.starts.length / 4);
  });

  it('loads the snippets of the results shown', async () => {
    const { search, fetched } = client();
    const hits = await search.search('rumeur');
    await search.loadSnippets(hits.slice(0, 3).map((h) => h.doc));
    for (const hit of hits.slice(0, 3)) expect(hit.doc.text).toBe(docs.find((d) => d.id === hit.doc.id)?.body.slice(0, 1000));
    expect(fetched.filter((n) => n.startsWith('s')).length).toBeLessThanOrEqual(3);
  });

  it('retries a shard whose download failed', async () => {
    let fail = true;
    const search = new ShardedSearch(sharded.meta, async (name) => {
      if (fail) throw new Error('offline');
      return files.get(name);
    });
    await expect(search.search('biais')).rejects.toThrow('offline');
    fail = false;
    expect((await search.search('biais')).length).toBeGreaterThan(0);
  });

  it('keeps the meta file small: no snippet text, one short line per document', () => {
    const metaGzip = gzipSync(JSON.stringify(sharded.meta)).length;
    expect(metaGzip).toBeLessThan(4000);
  });
});
