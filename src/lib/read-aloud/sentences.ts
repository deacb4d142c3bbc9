/**
 * Reading a lesson aloud, the pure part: cutting French text into sentences (with their positions,
 * to highlight each one as it is spoken) and choosing a voice. No DOM, no speech: see
 * src/components/read-aloud/read-aloud.ts for the browser side.
 */

export interface Sentence {
  /** Offset of the first character in the text. */
  start: number;
  /** Offset after the last character. */
  end: number;
  text: string;
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(['M', 'Mme', 'Mlle', 'Dr', 'p', 'ex', 'etc', 'cf', 'n°', 'av', 'J.-C', 'env', 'vol', 'chap', 'fig']);

/**
 * The sentences of `text`, in order: a sentence ends at « . », « ! », « ? » or « … » (and a closing
 * quote or bracket after it) followed by a space, except after a known abbreviation or a single
 * capital (an initial); a line break also ends one (list items, headings). Blank parts are skipped.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (/[\p{L}\p{N}]/u.test(trimmed)) sentences.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
    start = end;
  };
  const boundary = /([.!?…]+(?:[ \u00a0\u202f]*[»”")\]])*)(?=\s)|\n+/gu;
  for (const m of text.matchAll(boundary)) {
    const end = (m.index ?? 0) + m[0].length;
    if (m[0].startsWith('.') && m[0].length === 1) {
      const word = /([\p{L}.°-]+)$/u.exec(text.slice(start, m.index ?? 0))?.[1] ?? '';
      if (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(word)) continue;
    }
    push(end);
  }
  push(text.length);
  return sentences;
}

/** What a voice offers, as SpeechSynthesisVoice describes it. */
export interface VoiceInfo {
  lang: string;
  name: string;
  localService: boolean;
  default: boolean;
}

/**
 * The French voice to read with, or null when the device has none: a voice that works offline
 * (`localService`, nothing leaves the device) before one that goes through a network service, then
 * French of France before other French, then the device's default.
 */
export function pickFrenchVoice<V extends VoiceInfo>(voices: readonly V[]): V | null {
  const french = voices.filter((v) => /^fr([-_]|$)/i.test(v.lang));
  const score = (v: V) => (v.localService ? 4 : 0) + (/^fr[-_]FR$/i.test(v.lang) ? 2 : 0) + (v.default ? 1 : 0);
  return [...french].sort((a, b) => score(b) - score(a))[0] ?? null;
}

/** Speech rates offered to the pupil. */
export const RATES = { slow: 0.8, normal: 1, fast: 1.25 } as const;
export type Rate = keyof typeof RATES;
