/**
 * Grading a vocabulary exercise (a Python word and its meaning). Its own module, imported by the
 * vocabulary board only: that board is loaded by vocabulary pages alone (see Exercise.svelte).
 */

/** Vocabulary: which words got the right meaning. `answers` maps a word to the chosen meaning. */
export function gradeVocabulary(pairs: { word: string; meaning: string }[], answers: Record<string, string>): { correct: string[]; wrong: string[]; missing: string[] } {
  const correct: string[] = [];
  const wrong: string[] = [];
  const missing: string[] = [];
  for (const { word, meaning } of pairs) {
    const answer = answers[word];
    if (!answer) missing.push(word);
    else if (answer === meaning) correct.push(word);
    else wrong.push(word);
  }
  return { correct, wrong, missing };
}
