/**
 * The pupil's « code de réponse » for the anchoring experiment: a short string holding the group and
 * the answers, that a pupil reads aloud or pastes to the teacher. Nothing else is in it (no name).
 *
 *   1H-300-120-90-250-6000-KM
 *   │└ group: H (haut) or B (bas)
 *   └ format version (1 = the five questions of ANCHORING_QUESTIONS, in order: ANCHORING_V1_ANSWERS)
 *   then one whole number per question, then a two-letter checksum of everything before it.
 *
 * Decoding forgives what people do when they copy a code (spaces, lower case, other dashes, a
 * missing dash before the checksum is not forgiven: the checksum must stay separate) and answers
 * with the reason for anything else (a French message by anchoringCodeErrorText); the decoded value
 * is validated by a zod schema.
 */
// zod's « mini » build, tree-shaken: this codec runs in the pupil's browser, where the full zod
// (≈ 13 KB gzip) would double the island. Same zod package and version as astro/zod.
import * as z from 'zod/v4-mini';
import type { KeysWithPrefix, Translate } from '../../../i18n/island.ts';
import { MAX_ANSWER, type AnchorGroup, type AnchoringEntry } from './experiment.ts';

// No JIT: zod would otherwise probe `new Function` when the schema is built, which the page's
// Content-Security-Policy refuses (and reports); plain validation is all a short code needs.
z.config({ jitless: true });

export const ANCHORING_CODE_VERSION = 1;
/**
 * How many answers a version 1 code holds: the five questions of experience-ancrage/, in order.
 * Written here, not read from the content, so that editing the questions cannot silently change what
 * a code means (a unit test compares it with the questions).
 */
export const ANCHORING_V1_ANSWERS = 5;
/** Letters that cannot be mistaken for digits or each other when read aloud (no I, O). */
const CHECK_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

const GROUP_LETTER: Record<AnchorGroup, string> = { haut: 'H', bas: 'B' };

const decodedSchema = z.object({
  version: z.literal(ANCHORING_CODE_VERSION),
  group: z.enum(['haut', 'bas']),
  answers: z.array(z.int().check(z.minimum(0), z.maximum(MAX_ANSWER))).check(z.length(ANCHORING_V1_ANSWERS)),
});

/** Two checksum letters for a payload (FNV-1a, reduced to 24 × 24 values). */
export function checksum(payload: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < payload.length; i++) {
    hash ^= payload.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  const n = hash % (CHECK_LETTERS.length * CHECK_LETTERS.length);
  return `${CHECK_LETTERS[Math.floor(n / CHECK_LETTERS.length)]}${CHECK_LETTERS[n % CHECK_LETTERS.length]}`;
}

/** The code of one pupil. Answers must be whole numbers in range (the form ensures it). */
export function encodeAnchoringCode(entry: { group: AnchorGroup; answers: readonly number[] }): string {
  const valid = decodedSchema.parse({ version: ANCHORING_CODE_VERSION, group: entry.group, answers: [...entry.answers] });
  const payload = `${valid.version}${GROUP_LETTER[valid.group]}-${valid.answers.join('-')}`;
  return `${payload}-${checksum(payload)}`;
}

/** Why a code cannot be read, with what the message shows (text: anchoringCodeErrorText). */
export type AnchoringCodeError =
  | { kind: 'empty' | 'tooLong' | 'start' | 'checkMissing' | 'checksum' | 'limits' }
  | { kind: 'version'; version: number }
  | { kind: 'group'; letter: string }
  | { kind: 'count'; expected: number; count: number }
  | { kind: 'notNumber'; position: number; value: string };

/** The strings anchoringCodeErrorText() needs: an island passing its `t` must have picked them. */
export type AnchoringCodeErrorKey = KeysWithPrefix<'experience-ancrage.codeError.'>;

/** The message for a code that cannot be read (strings in src/i18n/fr/experience-ancrage.ts). */
export function anchoringCodeErrorText(t: Translate<AnchoringCodeErrorKey>, error: AnchoringCodeError): string {
  const { kind, ...params } = error;
  return t(`experience-ancrage.codeError.${kind}`, params);
}

export type DecodeResult = { ok: true; entry: AnchoringEntry; code: string } | { ok: false; input: string; error: AnchoringCodeError };

/** Decodes one code; never throws. */
export function decodeAnchoringCode(input: string): DecodeResult {
  const fail = (error: AnchoringCodeError): DecodeResult => ({ ok: false, input, error });
  const code = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/[‐‑‒–—―−_.]/g, '-');
  if (code === '') return fail({ kind: 'empty' });
  if (code.length > 80) return fail({ kind: 'tooLong' });
  const parts = code.split('-');
  const head = parts[0] ?? '';
  const check = parts.at(-1) ?? '';
  const headMatch = /^(\d+)([A-Z])$/.exec(head);
  if (!headMatch) return fail({ kind: 'start' });
  const version = Number(headMatch[1]);
  if (version !== ANCHORING_CODE_VERSION) return fail({ kind: 'version', version });
  const letter = headMatch[2];
  const group = letter === 'H' ? 'haut' : letter === 'B' ? 'bas' : null;
  if (group === null) return fail({ kind: 'group', letter: letter ?? '' });
  const numbers = parts.slice(1, -1);
  if (numbers.length !== ANCHORING_V1_ANSWERS) {
    return fail({ kind: 'count', expected: ANCHORING_V1_ANSWERS, count: Math.max(numbers.length, 0) });
  }
  const badNumber = numbers.findIndex((n) => !/^\d{1,7}$/.test(n));
  if (badNumber !== -1) return fail({ kind: 'notNumber', position: badNumber + 1, value: numbers[badNumber] ?? '' });
  if (!/^[A-Z]{2}$/.test(check)) return fail({ kind: 'checkMissing' });
  const payload = `${head}-${numbers.map((n) => String(Number(n))).join('-')}`;
  if (checksum(payload) !== check) return fail({ kind: 'checksum' });
  const parsed = decodedSchema.safeParse({ version, group, answers: numbers.map(Number) });
  if (!parsed.success) return fail({ kind: 'limits' });
  return { ok: true, entry: { group: parsed.data.group, answers: parsed.data.answers }, code: `${payload}-${check}` };
}

export interface PastedCodes {
  entries: AnchoringEntry[];
  /** Line number (1-based) and reason of each code that could not be read. */
  errors: { line: number; input: string; error: AnchoringCodeError }[];
  /** Codes that appear more than once (kept: two pupils may give the same answers). */
  duplicates: string[];
}

/** Reads what a teacher pasted: one code per line (commas and semicolons also separate codes). */
export function decodePastedCodes(text: string): PastedCodes {
  const entries: AnchoringEntry[] = [];
  const errors: PastedCodes['errors'] = [];
  const seen = new Map<string, number>();
  text.split(/\r?\n/).forEach((line, index) => {
    for (const piece of line.split(/[;,]/)) {
      if (piece.trim() === '') continue;
      const result = decodeAnchoringCode(piece);
      if (result.ok) {
        entries.push(result.entry);
        seen.set(result.code, (seen.get(result.code) ?? 0) + 1);
      } else errors.push({ line: index + 1, input: piece.trim(), error: result.error });
    }
  });
  return { entries, errors, duplicates: [...seen].filter(([, count]) => count > 1).map(([code]) => code) };
}
