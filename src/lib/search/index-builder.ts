/**
 * The lunr index, built once at build time (never in the pupil's browser) with the French pipeline
 * of lunr-languages: stemming, stop words and accent folding. Titles and glossary terms weigh more
 * than body text. The browser loads the serialised index only when search is used.
 */
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import french from 'lunr-languages/lunr.fr.js';
import type { SearchDocument, SearchKind } from './documents.ts';
import { packIndex, unpackIndex, type LunrIndexJson, type PackedIndex } from './compact-index.ts';
import { normalizeWord, queryTerms } from './query.ts';

/** Pipeline function: the same elision rule as the query side (query.ts), registered under this name. */
const elision: lunr.PipelineFunction = (token) => {
  const word = normalizeWord(token.toString());
  return word ? token.update(() => word) : (undefined as unknown as lunr.Token);
};

let registered = false;
/** Registers the French language on lunr (idempotent); the browser must do the same before loading. */
export function withFrench(): typeof lunr {
  if (!registered) {
    stemmerSupport(lunr);
    french(lunr);
    lunr.Pipeline.registerFunction(elision, 'declicElision');
    registered = true;
  }
  return lunr;
}

/** 2: compact index (compact-index.ts); 3: elision pipeline function. A cached page holding another version gets a French message. */
export const SEARCH_INDEX_VERSION = 3;
/** Characters of body text kept per document, for snippets. */
export const SNIPPET_SOURCE_LENGTH = 1000;

const KIND_BOOST: Record<SearchKind, number> = { glossary: 3, module: 2, lesson: 1.5, activity: 1.2, quiz: 1, exercise: 1, notes: 0.6 };

export interface StoredDocument {
  id: string;
  kind: SearchKind;
  title: string;
  module: string;
  text: string;
}

export interface SearchIndexPayload {
  version: number;
  index: PackedIndex;
  docs: StoredDocument[];
}

/** The lunr index of the documents (refs are positions in base 36), with the French pipeline. */
export function buildLunrIndex(documents: SearchDocument[]): lunr.Index {
  const l = withFrench();
  const ids = new Set<string>();
  for (const doc of documents) {
    if (ids.has(doc.id)) throw new Error(`Recherche : document en double « ${doc.id} »`);
    ids.add(doc.id);
  }
  return l(function () {
    const fr = (l as unknown as { fr: lunr.Builder.Plugin & { trimmer: lunr.PipelineFunction; stemmer: lunr.PipelineFunction } }).fr;
    this.use(fr);
    this.pipeline.after(fr.trimmer, elision);
    this.searchPipeline.before(fr.stemmer, elision);
    // Short numeric refs: the serialised index repeats the ref of every document under every term.
    this.ref('ref');
    this.field('title', { boost: 10 });
    this.field('headings', { boost: 4 });
    this.field('body');
    this.metadataWhitelist = [];
    documents.forEach((doc, position) =>
      this.add({ ref: position.toString(36), title: doc.title, headings: doc.headings, body: `${doc.module} ${doc.body}` }, { boost: KIND_BOOST[doc.kind] }),
    );
  });
}

/** The whole index in one payload (the reference the shards are tested against, shards.ts). */
export function buildSearchIndex(documents: SearchDocument[]): SearchIndexPayload {
  const index = buildLunrIndex(documents);
  return {
    version: SEARCH_INDEX_VERSION,
    index: packIndex(index.toJSON() as unknown as LunrIndexJson),
    docs: documents.map(({ id, kind, title, module, body }) => ({ id, kind, title, module, text: body.slice(0, SNIPPET_SOURCE_LENGTH) })),
  };
}

export interface SearchHit {
  doc: StoredDocument;
  score: number;
}

/** Runs a pupil's query; never throws, whatever was typed. */
export function runSearch(index: lunr.Index, docs: Map<string, StoredDocument>, raw: string, { asYouType = false, limit = 20 } = {}): SearchHit[] {
  const { words, prefix } = queryTerms(raw, { asYouType });
  if (words.length === 0) return [];
  try {
    const results = index.query((q) => {
      words.forEach((word, i) => {
        const isTyped = prefix !== null && i === words.length - 1;
        if (isTyped) q.term(prefix, { wildcard: lunr.Query.wildcard.TRAILING, usePipeline: false, boost: 1 });
        q.term(word, { boost: 10 });
      });
    });
    return results
      .slice(0, limit)
      .map((r) => ({ doc: docs.get(r.ref), score: r.score }))
      .filter((hit): hit is SearchHit => hit.doc !== undefined);
  } catch {
    return [];
  }
}

export function loadSearchIndex(payload: SearchIndexPayload): { index: lunr.Index; docs: Map<string, StoredDocument> } {
  withFrench();
  if (payload.version !== SEARCH_INDEX_VERSION) throw new Error('index de recherche d’une autre version');
  return { index: lunr.Index.load(unpackIndex(payload.index)), docs: new Map(payload.docs.map((d, position) => [position.toString(36), d])) };
}
