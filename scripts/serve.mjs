#!/usr/bin/env node
/**
 * A tiny static server for the built site, as a school's web server would serve it: files of `dir`
 * under `base`, index.html for folders, the site's own 404 page. Used by `npm run preview`, the
 * end-to-end tests and the benchmark. No dependency.
 *
 *   node scripts/serve.mjs [--dir dist] [--base /] [--port 4321] [--host 127.0.0.1]
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

/**
 * Sent with every JavaScript file, as the README asks of a school's server: a worker takes its
 * Content-Security-Policy from its own response (pages carry theirs in a <meta>). Same text as
 * SCRIPT_FILE_POLICY in src/lib/csp.ts (a unit test checks).
 */
export const SCRIPT_FILE_POLICY = "default-src 'self'; script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'; connect-src 'self'; object-src 'none'";

export function startServer({ dir = 'dist', base = '/', port = 4321, host = '127.0.0.1' } = {}) {
  const root = resolve(dir);
  const prefix = base.endsWith('/') ? base : `${base}/`;

  const send = (res, status, file) => {
    const type = extname(file);
    const headers = { 'Content-Type': MIME[type] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
    if (type === '.js' || type === '.mjs') headers['Content-Security-Policy'] = SCRIPT_FILE_POLICY;
    res.writeHead(status, headers);
    createReadStream(file).pipe(res);
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const notFound = () => {
      const page = join(root, '404.html');
      if (existsSync(page)) send(res, 404, page);
      else res.writeHead(404).end('404');
    };
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return notFound();
    }
    if (`${pathname}/` === prefix) {
      res.writeHead(301, { Location: prefix }).end();
      return;
    }
    if (!pathname.startsWith(prefix)) return notFound();
    const relativePath = normalize(pathname.slice(prefix.length)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, relativePath);
    if (!file.startsWith(root)) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${pathname}/${url.search}` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) return notFound();
    send(res, 200, file);
  });
  return new Promise((resolveServer) => server.listen(port, host, () => resolveServer(server)));
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const args = Object.fromEntries(
    process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []),
  );
  const options = {
    dir: args.dir ?? process.env.DECLIC_OUT_DIR ?? 'dist',
    base: args.base ?? process.env.DECLIC_BASE ?? '/',
    port: Number(args.port ?? process.env.PORT ?? 4321),
    host: args.host ?? '127.0.0.1',
  };
  await startServer(options);
  console.log(`Déclic servi depuis ${options.dir} sur http://${options.host}:${options.port}${options.base}`);
}
