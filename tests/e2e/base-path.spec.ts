/**
 * The site built with DECLIC_BASE=/declic/ must keep every link, script, style, image and font
 * under /declic/, and must never load anything from another origin.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { BASE_PATH, DIST, walk } from './site-files.ts';

test.skip(({ isMobile }) => isMobile, 'static check of the built files: run once, on the desktop project');

const files = walk(DIST);

/** A URL found in a built file, with what it is for. */
interface FoundUrl {
  file: string;
  kind: 'navigation' | 'resource';
  url: string;
}

function urlsOf(file: string): FoundUrl[] {
  const text = readFileSync(file, 'utf8');
  const rel = relative(DIST, file);
  const found: FoundUrl[] = [];
  if (file.endsWith('.html')) {
    for (const match of text.matchAll(/<(\w+)\b([^>]*)>/g)) {
      const [, tag = '', attrs = ''] = match;
      for (const attr of attrs.matchAll(/\s(href|src|srcset|action|poster|data)=["']([^"']*)["']/g)) {
        const [, name = '', value = ''] = attr;
        const isNavigation = (tag === 'a' || tag === 'form') && (name === 'href' || name === 'action');
        const values = name === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];
        for (const url of values) found.push({ file: rel, kind: isNavigation ? 'navigation' : 'resource', url });
      }
    }
    for (const style of text.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) found.push({ file: rel, kind: 'resource', url: style[1] ?? '' });
  } else if (file.endsWith('.css')) {
    for (const style of text.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) found.push({ file: rel, kind: 'resource', url: style[1] ?? '' });
    for (const imp of text.matchAll(/@import\s+['"]([^'"]+)['"]/g)) found.push({ file: rel, kind: 'resource', url: imp[1] ?? '' });
  } else if (/\.m?js$/.test(file)) {
    for (const imp of text.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+)["']/g)) found.push({ file: rel, kind: 'resource', url: imp[1] ?? '' });
  }
  return found;
}

const all = files.flatMap(urlsOf);

test('the sub-path build has pages, styles and links to check', () => {
  expect(files.some((f) => f.endsWith('.css'))).toBe(true);
  expect(all.filter((u) => u.kind === 'navigation').length).toBeGreaterThan(20);
  expect(all.filter((u) => u.kind === 'resource').length).toBeGreaterThan(5);
});

test('no resource is loaded from another origin', () => {
  const external = all.filter((u) => u.kind === 'resource' && /^(https?:)?\/\//.test(u.url));
  expect(external).toEqual([]);
});

test('no root-relative link or resource escapes the base path', () => {
  const escaping = all.filter((u) => u.url.startsWith('/') && !u.url.startsWith('//') && !u.url.startsWith(BASE_PATH));
  expect(escaping).toEqual([]);
});

test('relative links resolve inside the base path', () => {
  const escaping = all
    .filter((u) => !/^([a-z]+:|\/|#|data:)/i.test(u.url) && u.url !== '')
    .filter((u) => {
      const pageUrl = new URL(`http://x${BASE_PATH}${u.file.replace(/index\.html$/, '')}`);
      return !new URL(u.url, pageUrl).pathname.startsWith(BASE_PATH);
    });
  expect(escaping).toEqual([]);
});

/** The built file a site path points to, or undefined ("/declic/modules/" → dist-test/modules/index.html). */
function fileFor(pathname: string): string | undefined {
  if (!pathname.startsWith(BASE_PATH)) return undefined;
  const rest = decodeURIComponent(pathname.slice(BASE_PATH.length));
  const candidate = rest === '' || rest.endsWith('/') ? `${DIST}/${rest}index.html` : `${DIST}/${rest}`;
  return files.includes(candidate) ? candidate : undefined;
}

test('every internal link leads to a built page, and every #anchor exists there', () => {
  const broken: string[] = [];
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsCache.get(file);
    if (!ids) {
      ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid=["']([^"']+)["']/g)].map((m) => m[1] ?? ''));
      idsCache.set(file, ids);
    }
    return ids;
  };
  for (const link of all.filter((u) => u.kind === 'navigation' && u.file.endsWith('.html'))) {
    if (/^([a-z]+:|\/\/)/i.test(link.url)) continue; // external site or mailto: navigation only
    const pageUrl = new URL(`http://x${BASE_PATH}${link.file.replace(/index\.html$/, '')}`);
    const target = new URL(link.url, pageUrl);
    const file = link.url.startsWith('#') ? `${DIST}/${link.file}` : fileFor(target.pathname);
    if (!file) {
      broken.push(`${link.file}: ${link.url} (page absente)`);
      continue;
    }
    const anchor = decodeURIComponent(target.hash.slice(1));
    if (anchor && file.endsWith('.html') && !idsOf(file).has(anchor)) broken.push(`${link.file}: ${link.url} (ancre absente)`);
  }
  expect(broken).toEqual([]);
});
