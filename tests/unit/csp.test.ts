import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCRIPT_FILE_POLICY, inlineScripts, pagePolicy, sha256Source, withPolicy } from '../../src/lib/csp.ts';

const page = (head: string, body = '') => `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe('page Content-Security-Policy', () => {
  it('hashes every inline executable script, and only those', () => {
    const html = page('<script>a()</script><script type="module">b()</script>', '<script type="application/json">{"x":1}</script><script type="module" src="/x.js"></script>');
    expect(inlineScripts(html)).toEqual(['a()', 'b()']);
    const policy = pagePolicy(html);
    expect(policy).toContain(sha256Source('a()'));
    expect(policy).toContain(sha256Source('b()'));
    expect(policy).not.toContain(sha256Source('{"x":1}'));
  });
  it('allows nothing from elsewhere, no inline script without its hash, WebAssembly only when asked', () => {
    const policy = pagePolicy(page(''));
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toMatch(/script-src 'self'(;|$)/);
    expect(policy).not.toContain('wasm-unsafe-eval');
    expect(pagePolicy(page(''), { wasm: true })).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
  it('matches a known SHA-256 (the browser hashes the exact text between the tags)', () => {
    expect(sha256Source('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
  it('writes the <meta> right after the charset, before any script, once', () => {
    const html = withPolicy(page('<title>x</title><script>a()</script>'));
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    expect(html).toMatch(/^<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy"/);
    expect(() => withPolicy(html)).toThrow(/already/);
  });
});

describe('script file policy (workers)', () => {
  it('is the same text in the code, the preview server and the README', () => {
    expect(readFileSync('scripts/serve.mjs', 'utf8')).toContain(`"${SCRIPT_FILE_POLICY}"`);
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain(`add_header Content-Security-Policy "${SCRIPT_FILE_POLICY}" always;`);
    expect(readme).toContain(`Header set Content-Security-Policy "${SCRIPT_FILE_POLICY}"`);
  });
});
