/**
 * « Enquête latérale » (module vrai-faux-ou-trompeur): types of an investigation case and the scoring
 * of a pupil's investigation. Pure; the cases themselves are content
 * (content/modules/vrai-faux-ou-trompeur/activites/enquete-laterale/NN-<id>.yaml), checked at build
 * time by src/schemas/enquete-laterale.ts.
 *
 * Lateral reading (Wineburg & McGrew): professional fact-checkers leave the page at once and ask who is
 * behind the source, what others say, and where the original comes from, instead of staying on the
 * page (« vertical » reading: reading it again, counting shares, reading comments).
 */

/** What a check does: stay on the page, or leave it to learn about the source, the claim, the original. */
export const CHECK_KINDS = ['vertical', 'source', 'others', 'original'] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

export const VERDICTS = ['vrai', 'faux', 'trompeur', 'satire'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface SearchResult {
  /** Title of the (simulated) page. */
  title: string;
  /** Who publishes it, as a pupil would see it under the title. */
  site: string;
  snippet: string;
}

export interface InvestigationCheck {
  id: string;
  kind: CheckKind;
  /** The choice offered to the pupil (« Chercher qui est derrière … »). */
  label: string;
  /** What is typed in the simulated search bar, or the action for a check that stays on the page. */
  query: string;
  /** Simulated results (may be empty: « aucun résultat » is also a finding). */
  results: SearchResult[];
  /** What this check teaches, shown in the feedback. */
  finding: string;
}

export interface InvestigationDocument {
  kind: 'article' | 'post';
  /** The outlet or account name. */
  outlet: string;
  /** Account handle or author line. */
  byline: string;
  date: string;
  headline: string;
  paragraphs: string[];
  /** A described picture (no image file: the description is the content). */
  image?: { description: string };
  /** Counters under the post (« 12 400 partages »). */
  counters?: string;
  /** How the document reached the pupil (« Partagé dans le groupe de la classe… »). */
  context: string;
}

export interface InvestigationCase {
  id: string;
  difficulty: 1 | 2 | 3;
  title: string;
  document: InvestigationDocument;
  /** The claim the pupil judges. */
  claim: string;
  verdict: Verdict;
  /** Feedback for every verdict the pupil may choose (the right one explains why it is right). */
  verdictFeedback: Record<Verdict, string>;
  /** Checks a professional fact-checker would run first, in order (ids of `checks`). */
  expertPath: string[];
  /** Why the fact-checker starts there. */
  expertWhy: string;
  checks: InvestigationCheck[];
}

export const MAX_POINTS = 4;

export interface InvestigationScore {
  verdictCorrect: boolean;
  /** Kind of the first check the pupil opened, or null if they judged without checking. */
  firstKind: CheckKind | null;
  /** The first check was the fact-checker's first. */
  firstIsExpertFirst: boolean;
  /** Checks of the expert path the pupil opened / did not open. */
  expertOpened: string[];
  expertMissed: string[];
  /** Checks that stayed on the page. */
  verticalCount: number;
  /** 2 for the right verdict, 1 for leaving the page at the first step, 1 for opening the whole expert path. */
  points: number;
}

/**
 * Scores an investigation. `opened` lists check ids in the order the pupil opened them (unknown ids
 * and repeats are ignored, so stored progress from an older case set cannot break the score).
 */
export function scoreInvestigation(c: InvestigationCase, opened: readonly string[], verdict: Verdict | null): InvestigationScore {
  const steps = uniqueKnown(c, opened);
  const first = steps[0];
  const firstKind = first ? (c.checks.find((k) => k.id === first)?.kind ?? null) : null;
  const expertOpened = c.expertPath.filter((id) => steps.includes(id));
  const expertMissed = c.expertPath.filter((id) => !steps.includes(id));
  const verdictCorrect = verdict === c.verdict;
  const leftThePage = firstKind !== null && firstKind !== 'vertical';
  const points = (verdictCorrect ? 2 : 0) + (leftThePage ? 1 : 0) + (expertMissed.length === 0 ? 1 : 0);
  return {
    verdictCorrect,
    firstKind,
    firstIsExpertFirst: first !== undefined && first === c.expertPath[0],
    expertOpened,
    expertMissed,
    verticalCount: steps.filter((id) => c.checks.find((k) => k.id === id)?.kind === 'vertical').length,
    points,
  };
}

/** The opened checks, known to the case, first opening only, in order. */
export function uniqueKnown(c: InvestigationCase, opened: readonly string[]): string[] {
  const known = new Set(c.checks.map((k) => k.id));
  return [...new Set(opened)].filter((id) => known.has(id));
}

/** Saved progress of one case on the device. */
export interface CaseProgress {
  opened: string[];
  verdict: Verdict | null;
  /** True once the verdict was submitted. */
  done: boolean;
}

/** Validates stored progress (from localStorage): returns null when it does not fit. */
export function parseProgress(data: unknown): Record<string, CaseProgress> | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const out: Record<string, CaseProgress> = {};
  for (const [id, value] of Object.entries(data)) {
    if (typeof value !== 'object' || value === null) return null;
    const { opened, verdict, done } = value as Record<string, unknown>;
    if (!Array.isArray(opened) || !opened.every((o) => typeof o === 'string')) return null;
    if (verdict !== null && !(VERDICTS as readonly unknown[]).includes(verdict)) return null;
    if (typeof done !== 'boolean') return null;
    out[id] = { opened: opened as string[], verdict: verdict as Verdict | null, done };
  }
  return out;
}
