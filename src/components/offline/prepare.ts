/**
 * « Préparer pour utiliser hors ligne »: downloads every file of the site that is not stored yet,
 * Pyodide included, into the caches the service worker reads, with progress in bytes, and can be
 * cancelled (what was downloaded is kept).
 */
import { formatBytes, totalBytes, type ManifestEntry, type OfflineManifest } from '../../lib/offline/manifest.ts';

export interface PrepareProgress {
  done: number;
  total: number;
}

interface Target {
  entry: ManifestEntry;
  cacheName: string;
}

async function missing(manifest: OfflineManifest): Promise<{ targets: Target[]; stored: number }> {
  const groups: [ManifestEntry[], string][] = [
    [manifest.precache, `declic-site-${manifest.version}`],
    [manifest.lazy, `declic-lazy-${manifest.lazyVersion}`],
  ];
  const targets: Target[] = [];
  let stored = 0;
  for (const [entries, cacheName] of groups) {
    const cache = await caches.open(cacheName);
    for (const entry of entries) {
      if (await cache.match(manifest.base + entry.url, { ignoreVary: true })) stored += entry.size;
      else targets.push({ entry, cacheName });
    }
  }
  return { targets, stored };
}

export async function prepareOffline(manifest: OfflineManifest, signal: AbortSignal, onProgress: (p: PrepareProgress) => void): Promise<void> {
  const { targets, stored } = await missing(manifest);
  const total = totalBytes([...manifest.precache, ...manifest.lazy]);
  let done = stored;
  onProgress({ done, total });
  for (const { entry, cacheName } of targets) {
    signal.throwIfAborted();
    const url = manifest.base + entry.url;
    const response = await fetch(url, { signal, cache: 'no-cache' });
    if (!response.ok || !response.body) throw new Error(`${url}: ${response.status}`);
    // Count bytes as they arrive, so the bar moves during the large Pyodide files too.
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let received = 0;
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      chunks.push(chunk.value);
      received += chunk.value.length;
      onProgress({ done: done + Math.min(received, entry.size), total });
    }
    const body = new Blob(chunks as BlobPart[]);
    const cache = await caches.open(cacheName);
    await cache.put(url, new Response(body, { status: response.status, headers: response.headers }));
    done += entry.size;
    onProgress({ done, total });
  }
}

export function describeProgress(pattern: string, { done, total }: PrepareProgress): string {
  return pattern.replace('{done}', formatBytes(done)).replace('{total}', formatBytes(total));
}
