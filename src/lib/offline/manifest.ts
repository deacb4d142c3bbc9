import { LOCALE } from '../../i18n/locale.ts';
/**
 * The offline manifest: every file of the build, with its size and a content hash, split into what
 * the service worker stores at install (the whole site, a few MB) and what it stores only when first
 * used or when the reader prepares the device for offline use (Pyodide, tens of MB).
 * Written at build time by src/integrations/offline.ts; read by the service worker and the settings page.
 */
export const OFFLINE_MANIFEST_VERSION = 1;
export const OFFLINE_MANIFEST_FILE = 'offline-manifest.json';
export const SERVICE_WORKER_FILE = 'sw.js';

/**
 * Files under these folders are cached on first use, not at install: Pyodide, and the teachers'
 * downloads (quizzes for Moodle), which a pupil's device has no reason to fetch.
 */
export const LAZY_PREFIXES = ['pyodide/', 'telechargements/'];
/** Nor are legacy WOFF fonts: every browser that runs a service worker reads their WOFF2 twin. */
const LAZY_SUFFIXES = ['.woff'];
/** Files never cached: the worker itself, and the 404 page's raw name (served through the offline page). */
const NEVER_CACHED = new Set([SERVICE_WORKER_FILE]);
/** Nor the SCORM packages: downloads for teachers' Moodle, of no use offline (src/integrations/scorm.ts). */
export const NEVER_CACHED_PREFIXES = ['scorm/'];

export interface BuiltFile {
  /** Path relative to the build folder, with "/" separators ("modules/index.html"). */
  path: string;
  size: number;
  hash: string;
}

export interface ManifestEntry {
  /** URL relative to the site base: "modules/" for modules/index.html. */
  url: string;
  size: number;
  hash: string;
}

export interface OfflineManifest {
  format: number;
  /** Site base path ("/" or "/declic/"). */
  base: string;
  /** Changes whenever any precached file changes: names the site cache. */
  version: string;
  /** Changes whenever any lazily cached file changes: names the lazy cache. */
  lazyVersion: string;
  precache: ManifestEntry[];
  lazy: ManifestEntry[];
}

/** "modules/index.html" → "modules/"; "index.html" → "". */
export function urlOfFile(path: string): string {
  if (path === 'index.html') return '';
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** A short, stable fingerprint of a list of entries (FNV-1a over url and hash). */
export function fingerprint(entries: readonly ManifestEntry[]): string {
  let h = 0x811c9dc5;
  for (const { url, hash } of entries) {
    for (const char of `${url}\u0000${hash}\u0001`) {
      h ^= char.charCodeAt(0);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  }
  return h.toString(16).padStart(8, '0');
}

export function buildOfflineManifest(files: readonly BuiltFile[], base: string): OfflineManifest {
  const precache: ManifestEntry[] = [];
  const lazy: ManifestEntry[] = [];
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    if (NEVER_CACHED.has(file.path) || file.path === OFFLINE_MANIFEST_FILE || NEVER_CACHED_PREFIXES.some((prefix) => file.path.startsWith(prefix))) continue;
    const entry = { url: urlOfFile(file.path), size: file.size, hash: file.hash };
    const isLazy = LAZY_PREFIXES.some((prefix) => file.path.startsWith(prefix)) || LAZY_SUFFIXES.some((suffix) => file.path.endsWith(suffix));
    (isLazy ? lazy : precache).push(entry);
  }
  return {
    format: OFFLINE_MANIFEST_VERSION,
    base: base.endsWith('/') ? base : `${base}/`,
    version: fingerprint(precache),
    lazyVersion: fingerprint(lazy),
    precache,
    lazy,
  };
}

/** Total bytes of a list of entries. */
export const totalBytes = (entries: readonly ManifestEntry[]) => entries.reduce((sum, e) => sum + e.size, 0);

/** "12,3 Mo", "850 ko": sizes as French readers write them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} o`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} ko`;
  return `${(bytes / 1_000_000).toLocaleString(LOCALE, { maximumFractionDigits: 1, minimumFractionDigits: 1 })} Mo`;
}
