/**
 * The shared machinery of the assignment link and the hand-in code: canonical JSON, a checksum,
 * deflate and base64url. Pure and synchronous (fflate), so it runs the same in the browser, in Node
 * (vitest, bench) and on 300 hand-ins in a row.
 *
 * A code reads `<prefix><version>.<base64url(deflate-raw(JSON))>`, e.g. `dv1.q1ZKzs8rSc0r…`.
 * The JSON carries a `cs` field: FNV-1a (32 bits, hex) of the canonical JSON of every other field.
 * It detects a truncated, mistyped or hand-edited code; it is NOT a signature (anyone can recompute
 * it), which the interface says: a hand-in is for formative follow-up, not a secure exam.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';

/** JSON with object keys sorted, so that the checksum does not depend on key order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** FNV-1a 32-bit over the UTF-8 bytes of `text`, as 8 hex digits. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of strToU8(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The checksum of a payload: every field but `cs`. */
export function checksumOf(payload: Record<string, unknown>): string {
  const { cs: _ignored, ...rest } = payload;
  return fnv1a(canonicalJson(rest));
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Map([...ALPHABET].map((c, i) => [c, i]));

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    if (i + 1 < bytes.length) out += ALPHABET[(n >> 6) & 63]!;
    if (i + 2 < bytes.length) out += ALPHABET[n & 63]!;
  }
  return out;
}

/** Decodes base64url; returns null on any character outside the alphabet or an impossible length. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let index = 0;
  for (const char of text) {
    const digit = LOOKUP.get(char);
    if (digit === undefined) return null;
    value = (value << 6) | digit;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[index++] = (value >> bits) & 0xff;
    }
  }
  return bytes.subarray(0, index);
}

/** Why a code could not be opened (the messages are in fr.ts, `teacher.error.*`). */
export type UnpackError = 'empty' | 'not-a-code' | 'other-kind' | 'newer-version' | 'older-version' | 'damaged' | 'too-long';

export type Unpacked = { ok: true; version: number; json: unknown } | { ok: false; error: UnpackError };

/** Longest code accepted (characters): far above any real one, far below what could hang a page. */
export const MAX_CODE_LENGTH = 60_000;

export function pack(prefix: string, version: number, payload: unknown): string {
  return `${prefix}${version}.${toBase64Url(deflateSync(strToU8(JSON.stringify(payload)), { level: 9 }))}`;
}

/** Opens a code of kind `prefix`; the JSON still has to be validated by the caller's schema. */
export function unpack(code: string, prefix: string, otherPrefixes: readonly string[], currentVersion: number): Unpacked {
  const text = code.trim();
  if (text === '') return { ok: false, error: 'empty' };
  if (text.length > MAX_CODE_LENGTH) return { ok: false, error: 'too-long' };
  const match = /^([a-z]{2})(\d{1,3})\.([A-Za-z0-9_-]+)$/.exec(text);
  if (!match) return { ok: false, error: 'not-a-code' };
  const [, kind, versionText, body] = match as unknown as [string, string, string, string];
  if (kind !== prefix) return { ok: false, error: otherPrefixes.includes(kind) ? 'other-kind' : 'not-a-code' };
  const version = Number(versionText);
  if (version > currentVersion) return { ok: false, error: 'newer-version' };
  if (version < 1) return { ok: false, error: 'not-a-code' };
  const bytes = fromBase64Url(body);
  if (!bytes) return { ok: false, error: 'damaged' };
  try {
    const json: unknown = JSON.parse(strFromU8(inflateSync(bytes)));
    return { ok: true, version, json };
  } catch {
    return { ok: false, error: 'damaged' };
  }
}
