/**
 * French words too common to be worth highlighting in a search result: « de » would otherwise light up
 * every « de », « des » and « deux » of the extract. The search index drops them too (lunr-languages'
 * French stop-word filter); this shorter list only serves the highlighting, so that the search page
 * does not need lunr to build its extracts.
 */
export const FRENCH_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a ai au aux avec c ce ces cet cette d dans de des du elle elles en et est eu eux il ils j je l la le les leur leurs lui ' +
    'm ma mais me meme mes moi mon n ne ni nos notre nous on ou par pas pour qu que qui s sa se ses si son sont sur t ta te tes ' +
    'toi ton tu un une vos votre vous y etre ete etait avait comme plus tout tous'
  ).split(' '),
);

/** Whether `word` (lower case, accents folded) is a stop word. */
export const isStopWord = (word: string): boolean => FRENCH_STOP_WORDS.has(word);
