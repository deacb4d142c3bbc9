/**
 * The search index cut into small files, so that what a search downloads grows with the query, not
 * with the site. Built once at build time from the same lunr index as before (index-builder.ts):
 *
 * - `recherche-index.json` (the meta file): every document's address, kind, title and module, the
 *   names of lunr's fields and pipeline, and where each term shard starts. Fetched when the search
 *   field gets the focus, or with the first keystroke.
 * - `recherche-index/t<n>.json` (term shards): the sorted term list cut into consecutive ranges of
 *   about SHARD_TARGET characters. Each term carries, per field, the documents that contain it with
 *   their weight in that document's field vector. A query word needs the one shard whose range holds
 *   its stem; a prefix being typed needs the shards its range overlaps (usually one).
 * - `recherche-index/s<n>.json` (snippet shards): the text shown under each result, SNIPPET_GROUP
 *   documents per file, fetched for the results on screen only.
 *
 * The results are the very results of the whole index: lunr scores a document by the dot product of
 * the query vector and the document's field vector, divided by the query's length, so the weights
 * of the query's own terms are all it needs (tests/unit/search-shards.test.ts compares both).
 * Every file is precached by the service worker like the rest of the site: search works offline.
 */
import lunr from 'lunr';
import { SEARCH_KINDS, type SearchDocument, type SearchKind } from './documents.ts';
import type { LunrIndexJson } from './compact-index.ts';
import { SEARCH_INDEX_VERSION, SNIPPET_SOURCE_LENGTH, buildLunrIndex, runSearch, withFrench, type SearchHit, type StoredDocument } from './index-builder.ts';
import { queryTerms } from './query.ts';

/** Characters of JSON per term shard (≈ 4 to 8 KB once gzipped). */
export const SHARD_TARGET = 24_000;
/** Documents per snippet file. */
export const SNIPPET_GROUP = 12;

export interface SearchMeta {
  version: number;
  fields: string[];
  pipeline: string[];
  modules: string[];
  /** [address, kind (position in SEARCH_KINDS), title, module (position in `modules`)]; a document's ref is its position. */
  docs: [string, number, string, number][];
  /** First term of each term shard, in order: shard n holds the terms from starts[n] up to starts[n + 1]. */
  starts: string[];
  snippetGroup: number;
}

/** One term: [term, postings of field 0, field 1, …], each posting a flat [ref, weight, ref, weight…]. */
export type ShardTerm = [string, ...number[][]];

export interface TermShard {
  /** Position of the shard's first term in the whole sorted term list (lunr's term number). */
  first: number;
  terms: ShardTerm[];
}

export interface ShardedIndex {
  meta: SearchMeta;
  /** File name (without .json) → content. */
  files: Map<string, TermShard | string[]>;
}

export const termShardName = (n: number) => `t${n}`;
export const snippetShardName = (n: number) => `s${n}`;

const SIGNIFICANT_DIGITS = 3;
const compareTerms = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Build time: the documents → meta file, term shards and snippet shards. */
export function buildShardedIndex(documents: SearchDocument[], target = SHARD_TARGET): ShardedIndex {
  const json = buildLunrIndex(documents).toJSON() as unknown as LunrIndexJson;
  const terms = [...json.invertedIndex].sort(([a], [b]) => compareTerms(a, b));
  const number = new Map<number, number>();
  terms.forEach(([, posting], position) => number.set(Number(posting._index), position));
  // The weight of every (term, field, document), read from lunr's field vectors.
  const weights = new Map<number, number[][]>();
  const fieldOf = new Map(json.fields.map((field, i) => [field, i]));
  for (const [fieldRef, elements] of json.fieldVectors) {
    const slash = fieldRef.indexOf('/');
    const field = fieldOf.get(fieldRef.slice(0, slash)) as number;
    const ref = parseInt(fieldRef.slice(slash + 1), 36);
    for (let i = 0; i < elements.length; i += 2) {
      const term = number.get(elements[i] as number) as number;
      let perField = weights.get(term);
      if (!perField) weights.set(term, (perField = json.fields.map(() => [])));
      perField[field]?.push(ref, Number((elements[i + 1] as number).toPrecision(SIGNIFICANT_DIGITS)));
    }
  }
  const files = new Map<string, TermShard | string[]>();
  const starts: string[] = [];
  let shard: TermShard | null = null;
  let size = 0;
  terms.forEach(([term], position) => {
    const postings = weights.get(position) ?? json.fields.map(() => []);
    for (const posting of postings) {
      const pairs: [number, number][] = [];
      for (let i = 0; i < posting.length; i += 2) pairs.push([posting[i] as number, posting[i + 1] as number]);
      pairs.sort((a, b) => a[0] - b[0]);
      posting.splice(0, posting.length, ...pairs.flat());
    }
    const entry: ShardTerm = [term, ...postings];
    const entrySize = JSON.stringify(entry).length;
    if (!shard || size + entrySize > target) {
      shard = { first: position, terms: [] };
      files.set(termShardName(starts.length), shard);
      starts.push(term);
      size = 0;
    }
    shard.terms.push(entry);
    size += entrySize;
  });
  const modules = [...new Set(documents.map((d) => d.module))];
  for (let g = 0; g * SNIPPET_GROUP < documents.length; g++) {
    files.set(snippetShardName(g), documents.slice(g * SNIPPET_GROUP, (g + 1) * SNIPPET_GROUP).map((d) => d.body.slice(0, SNIPPET_SOURCE_LENGTH)));
  }
  const meta: SearchMeta = {
    version: SEARCH_INDEX_VERSION,
    fields: json.fields,
    pipeline: json.pipeline,
    modules,
    docs: documents.map((d) => [d.id, SEARCH_KINDS.indexOf(d.kind), d.title, modules.indexOf(d.module)]),
    starts,
    snippetGroup: SNIPPET_GROUP,
  };
  return { meta, files };
}

/** Position of the last start ≤ `term` (the shard that would hold it). */
function shardOf(starts: string[], term: string): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (compareTerms(starts[middle] as string, term) <= 0) low = middle;
    else high = middle - 1;
  }
  return low;
}

const NO_METADATA = Object.freeze({});
type Fetch = (name: string) => Promise<unknown>;

/**
 * The browser side: loads the shards a query needs, then searches them with lunr. `fetchFile` gets a
 * file name (`t3`, `s0`) and returns its parsed JSON.
 */
export class ShardedSearch {
  readonly docs: Map<string, StoredDocument>;
  private readonly positions: StoredDocument[];
  private readonly pipeline: lunr.Pipeline;
  private readonly loaded = new Map<number, Promise<void>>();
  private readonly snippets = new Map<number, Promise<void>>();
  private readonly invertedIndex: Record<string, Record<string, unknown>> = Object.create(null);
  private readonly vectors: Record<string, lunr.Vector> = Object.create(null);
  private readonly terms: string[] = [];
  private index: lunr.Index | null = null;

  constructor(readonly meta: SearchMeta, private readonly fetchFile: Fetch) {
    if (meta.version !== SEARCH_INDEX_VERSION) throw new Error('index de recherche d’une autre version');
    withFrench();
    this.pipeline = lunr.Pipeline.load(meta.pipeline);
    this.positions = meta.docs.map(([id, kind, title, module]) => ({
      id,
      kind: SEARCH_KINDS[kind] as SearchKind,
      title,
      module: meta.modules[module] ?? '',
      text: '',
    }));
    this.docs = new Map(this.positions.map((doc, position) => [position.toString(36), doc]));
  }

  /** The term shards a query needs: the shard of each word's stem, those the typed prefix overlaps. */
  shardsFor(raw: string, { asYouType = false } = {}): number[] {
    const { words, prefix } = queryTerms(raw, { asYouType });
    const needed = new Set<number>();
    for (const word of words) for (const term of this.pipeline.runString(word)) needed.add(shardOf(this.meta.starts, term));
    if (prefix) {
      const last = shardOf(this.meta.starts, `${prefix}\uffff`);
      for (let n = shardOf(this.meta.starts, prefix); n <= last; n++) needed.add(n);
    }
    return [...needed].sort((a, b) => a - b);
  }

  /** Loads the shards `raw` needs (each once), then searches. */
  async search(raw: string, options: { asYouType?: boolean; limit?: number } = {}): Promise<SearchHit[]> {
    await Promise.all(this.shardsFor(raw, options).map((n) => this.loadShard(n)));
    return this.searchLoaded(raw, options);
  }

  /** Searches what is loaded now (synchronous). */
  searchLoaded(raw: string, options: { asYouType?: boolean; limit?: number } = {}): SearchHit[] {
    if (!this.index) {
      // lunr's own constructor, as lunr.Index.load uses it (@types/lunr leaves these attributes out).
      const attributes = {
        invertedIndex: this.invertedIndex,
        fieldVectors: this.vectors,
        tokenSet: (lunr.TokenSet as unknown as { fromArray(terms: string[]): lunr.TokenSet }).fromArray([...this.terms].sort(compareTerms)),
        fields: this.meta.fields,
        pipeline: this.pipeline,
      };
      this.index = new lunr.Index(attributes as unknown as lunr.Index.Attributes);
    }
    return runSearch(this.index, this.docs, raw, options);
  }

  loadShard(n: number): Promise<void> {
    let loading = this.loaded.get(n);
    if (!loading) {
      loading = this.fetchFile(termShardName(n)).then((data) => this.addShard(data as TermShard));
      loading.catch(() => this.loaded.delete(n)); // a later query retries, e.g. once the network is back
      this.loaded.set(n, loading);
    }
    return loading;
  }

  private addShard(shard: TermShard): void {
    const fields = this.meta.fields;
    shard.terms.forEach(([term, ...postings], i) => {
      const number = shard.first + i;
      const posting: Record<string, unknown> = { _index: number };
      fields.forEach((field, f) => {
        const refs: Record<string, object> = {};
        const pairs = postings[f] ?? [];
        for (let p = 0; p < pairs.length; p += 2) {
          const ref = (pairs[p] as number).toString(36);
          refs[ref] = NO_METADATA;
          const key = `${field}/${ref}`;
          (this.vectors[key] ??= new lunr.Vector([])).upsert(number, pairs[p + 1] as number, (_a, b) => b);
        }
        posting[field] = refs;
      });
      this.invertedIndex[term] = posting;
      this.terms.push(term);
    });
    this.index = null;
  }

  /** Fills `text` of the given documents (their snippet files, each fetched once). */
  async loadSnippets(docs: StoredDocument[]): Promise<void> {
    const groups = new Set(docs.map((doc) => Math.floor(this.positions.indexOf(doc) / this.meta.snippetGroup)));
    await Promise.all(
      [...groups].map((g) => {
        let loading = this.snippets.get(g);
        if (!loading) {
          loading = this.fetchFile(snippetShardName(g)).then((texts) => {
            (texts as string[]).forEach((text, i) => {
              const doc = this.positions[g * this.meta.snippetGroup + i];
              if (doc) doc.text = text;
            });
          });
          loading.catch(() => this.snippets.delete(g));
          this.snippets.set(g, loading);
        }
        return loading;
      }),
    );
  }
}
