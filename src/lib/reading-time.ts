/**
 * Reading time of a lesson, computed from its text so it never drifts from the content.
 * A collège pupil reading an informational text attentively manages about 100 words a minute
 * (slower than adults' 200–250 for leisure reading); activities are not counted.
 */
export const PUPIL_WORDS_PER_MINUTE = 100;

/** Words of an MDX body, without frontmatter, imports, JSX tags, attributes or markdown syntax. */
export function countWords(mdx: string): number {
  const prose = mdx
    .replace(/^---[\s\S]*?\n---/, ' ')
    // code is counted word by word, but a comparison like `a < b` must not swallow the text up to the next tag
    .replace(/```[\s\S]*?```/g, (code) => code.replace(/[<>]/g, ' '))
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/[#*_>`|[\]()-]/g, ' ');
  return prose.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

export function readingMinutes(words: number, wordsPerMinute = PUPIL_WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}
