/**
 * Counts that lessons and notes state about an activity (« les quatre cas de l’Enquête latérale ») must
 * agree with the activity's data: when a case is added, the texts that count them are named at once.
 * A paragraph is checked when it names the activity (or is the activity's own page); « au moins trois
 * œuvres » is a minimum, not a count, and is left alone.
 */
import type { ContentProblem } from '../content-graph.ts';
import type { ContentSet } from './read.ts';
import { stringsOf } from './yaml.ts';

interface ActivityFact {
  activity: 'enquete-laterale' | 'mon-fil-d-actualite' | 'recommandeur-a-la-loupe';
  /** How texts name the activity. */
  mention: RegExp;
  /** The counted thing, singular and plural. */
  noun: RegExp;
  /** What is counted, in the activity's data. */
  count: (data: unknown) => number;
  what: string;
  /** Only sentences that also match this are counts of the whole (« le catalogue de quinze œuvres »), not a task (« note trois œuvres »). */
  whole?: RegExp;
}

const length = (value: unknown): number => (Array.isArray(value) ? value.length : value && typeof value === 'object' ? Object.keys(value).length : 0);

export const ACTIVITY_FACTS: readonly ActivityFact[] = [
  { activity: 'enquete-laterale', mention: /enquête latérale/i, noun: /cas\b/, count: length, what: 'cas' },
  { activity: 'mon-fil-d-actualite', mention: /mon fil d[’']actualité/i, noun: /sujets?\b|thèmes?\b/, count: length, what: 'sujets' },
  { activity: 'recommandeur-a-la-loupe', mention: /recommandeur à la loupe/i, noun: /œuvres?\b|titres?\b/, count: (data) => length((data as { items?: unknown })?.items), what: 'œuvres', whole: /catalogue/i },
];

const WORDS: Record<string, number> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
  treize: 13, quatorze: 14, quinze: 15, seize: 16, 'dix-sept': 17, 'dix-huit': 18, 'dix-neuf': 19, vingt: 20, trente: 30,
};
const NUMBER = `(\\d+|${Object.keys(WORDS).sort((a, b) => b.length - a.length).join('|')})`;

/** The counts a paragraph states of `noun` (« quinze œuvres » → 15), minimums excluded. */
export function statedCounts(paragraph: string, noun: RegExp): number[] {
  const pattern = new RegExp(`(au moins |au plus |plus de |moins de |jusqu’à )?\\b${NUMBER}[\\s\\u00A0\\u202F]+(?:${noun.source})`, 'giu');
  return [...paragraph.matchAll(pattern)].filter((m) => !m[1]).map((m) => WORDS[m[2]!.toLowerCase()] ?? Number(m[2]));
}

export function activityFactProblems(content: ContentSet): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const files = [...content.raw.lessons, ...content.raw.notes, ...content.raw.activities];
  for (const fact of ACTIVITY_FACTS) {
    const data = content.activityData[fact.activity];
    if (data === undefined) continue;
    const actual = fact.count(data);
    for (const file of files) {
      const ownPage = file.file.endsWith(`/activites/${fact.activity}.mdx`);
      const paragraphs = [file.body, ...stringsOf(file.data)].join('\n\n').split(/\n\s*\n/);
      for (const paragraph of paragraphs) {
        if (!ownPage && !fact.mention.test(paragraph)) continue;
        const sentences = fact.whole ? paragraph.split(/(?<=[.!?;])\s/).filter((sentence) => fact.whole!.test(sentence)) : [paragraph];
        for (const stated of sentences.flatMap((sentence) => statedCounts(sentence, fact.noun))) {
          if (stated !== actual) {
            problems.push({
              file: file.file,
              field: 'texte',
              message: `« ${paragraph.trim().slice(0, 60)}… » annonce ${stated} ${fact.what} pour l’activité ${fact.activity}, qui en a ${actual} : corrigez le texte (ou les données)`,
              level: 'warning',
            });
          }
        }
      }
    }
  }
  return problems;
}
