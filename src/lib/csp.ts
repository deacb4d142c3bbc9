/**
 * The Content-Security-Policy of each built page, computed from the built HTML itself (never from a
 * hand-kept list): every inline script the page carries — Astro's island loader, the reading-settings
 * script, a small component script — is allowed by its SHA-256 hash, and nothing else is inline.
 * `src/integrations/csp.ts` writes the policy into each page's <head> as a <meta http-equiv>; the
 * README's deployment section gives the HTTP headers for what a <meta> cannot cover (workers).
 */
import { createHash } from 'node:crypto';

/** Script types the browser executes (JSON data blocks are not scripts and need no hash). */
const EXECUTABLE = /^(?:|module|text\/javascript|application\/javascript)$/i;

/** The exact text of every inline executable <script> of `html`. */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? '';
    if (!EXECUTABLE.test(type)) continue;
    scripts.push(match[2] ?? '');
  }
  return scripts;
}

export const sha256Source = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export interface PolicyOptions {
  /** The page runs Python (Pyodide compiles WebAssembly). */
  wasm?: boolean;
}

/**
 * The policy a server sends with JavaScript files. A page's <meta> does not reach its workers: a
 * worker (Python's, the service worker) takes its policy from its own response headers. Pyodide
 * compiles WebAssembly and evaluates a few functions of its own while it starts ('unsafe-eval');
 * once loaded, the Python worker removes eval and every network API itself (lib/python/sandbox.ts).
 * For the page scripts that are not workers, browsers ignore this header. The README's deployment
 * section and scripts/serve.mjs send exactly this (tests/unit/csp.test.ts checks they agree).
 */
export const SCRIPT_FILE_POLICY = "default-src 'self'; script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'; connect-src 'self'; object-src 'none'";

/** The policy of one page. Everything comes from the site itself; nothing may be sent elsewhere. */
export function pagePolicy(html: string, { wasm = false }: PolicyOptions = {}): string {
  const hashes = [...new Set(inlineScripts(html).map(sha256Source))].sort();
  return [
    "default-src 'self'",
    ['script-src', "'self'", ...(wasm ? ["'wasm-unsafe-eval'"] : []), ...hashes].join(' '),
    // Svelte islands and Astro set style attributes (bar widths, indentation): styles only, never scripts.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** `html` with its policy as the first element of <head> (before any script it governs). */
export function withPolicy(html: string, options: PolicyOptions = {}): string {
  if (/http-equiv=["']?content-security-policy/i.test(html)) throw new Error('page already has a Content-Security-Policy');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${pagePolicy(html, options)}">`;
  const charset = /<meta charset=["']?utf-8["']?\s*\/?>/i.exec(html);
  if (charset) return html.slice(0, charset.index + charset[0].length) + meta + html.slice(charset.index + charset[0].length);
  const head = /<head[^>]*>/i.exec(html);
  if (!head) throw new Error('page without <head>');
  return html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length);
}
