/**
 * Lists every file of a built site (size, content hash) and writes offline-manifest.json and the
 * service worker sw.js (src/offline/service-worker.js with the manifest inlined). Run at the end of
 * every build (src/integrations/offline.ts), and by the update test on a copy of the test build
 * (tests/e2e/release-b.ts), which stands for a second deployment without a second build.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { OFFLINE_MANIFEST_FILE, SERVICE_WORKER_FILE, buildOfflineManifest, type BuiltFile, type OfflineManifest } from './manifest.ts';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export function writeOfflineFiles(out: string, base: string): OfflineManifest {
  const files: BuiltFile[] = walk(out).map((path) => {
    const content = readFileSync(path);
    return {
      path: relative(out, path).split(sep).join('/'),
      size: content.length,
      hash: createHash('sha256').update(content).digest('hex').slice(0, 16),
    };
  });
  const manifest = buildOfflineManifest(files, base);
  writeFileSync(join(out, OFFLINE_MANIFEST_FILE), JSON.stringify(manifest));
  const template = readFileSync(new URL('../../offline/service-worker.js', import.meta.url), 'utf8');
  writeFileSync(join(out, SERVICE_WORKER_FILE), template.replace('self.__DECLIC_MANIFEST__', JSON.stringify(manifest)));
  return manifest;
}
