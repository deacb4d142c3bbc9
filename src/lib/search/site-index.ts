/** The site's sharded search index, built once per build and shared by the endpoints that write its files. */
import { loadSite } from '../site.ts';
import { loadExercises } from '../site-exercises.ts';
import { siteDocuments } from './site-documents.ts';
import { buildShardedIndex, type ShardedIndex } from './shards.ts';

let built: Promise<ShardedIndex> | undefined;

export function siteSearchIndex(): Promise<ShardedIndex> {
  built ??= Promise.all([loadSite(), loadExercises()]).then(([site, exercises]) => buildShardedIndex(siteDocuments(site, exercises)));
  return built;
}
