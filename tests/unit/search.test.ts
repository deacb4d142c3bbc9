import { describe, expect, it } from 'vitest';
import { buildSearchIndex, loadSearchIndex, runSearch } from '../../src/lib/search/index-builder.ts';
import { headingsOf, markdownToText, type SearchDocument } from '../../src/lib/search/documents.ts';
import { MAX_TERMS, foldAccents, queryTerms } from '../../src/lib/search/query.ts';
import { makeSnippet } from '../../src/lib/search/snippet.ts';

const docs: SearchDocument[] = [
  { id: 'modules/info/desinfo/', kind: 'lesson', title: 'Désinformation et mésinformation', module: 'Vrai ou faux', headings: 'Les mots', body: 'Une fausse nouvelle diffusée pour tromper.' },
  { id: 'glossaire/#bulle-de-filtre', kind: 'glossary', title: 'Bulle de filtre', module: 'Bulles', headings: '', body: 'Quand un fil ne montre plus que ce qui nous ressemble.' },
  { id: 'modules/reco/filtrage/', kind: 'lesson', title: 'Filtrage collaboratif', module: 'Systèmes de recommandation', headings: 'Des voisins', body: 'Les algorithmes de recommandation comparent tes goûts à ceux des autres.' },
  { id: 'modules/biais/confirmation/', kind: 'lesson', title: 'Le biais de confirmation', module: 'Biais cognitifs', headings: 'En ligne', body: 'On parle aussi de bulle : ce que nous cherchons confirme ce que nous pensons.' },
  { id: 'glossaire/#effet-d-ancrage', kind: 'glossary', title: 'Effet d’ancrage', module: 'Biais cognitifs', headings: '', body: 'Le premier nombre entendu tire nos estimations.' },
  { id: 'modules/coder/s-plus-7/', kind: 'lesson', title: 'La méthode S+7', module: 'Coder', headings: '', body: "Un jeu de l'Oulipo : remplacer chaque nom par le septième qui le suit, jusqu’à l’absurde." },
  { id: 'glossaire/#desinformation', kind: 'glossary', title: 'Désinformation', module: 'Vrai ou faux', headings: 'infox intox fake news', body: 'Information fausse diffusée exprès.' },
];
const { index, docs: store } = loadSearchIndex(JSON.parse(JSON.stringify(buildSearchIndex(docs))));
const first = (q: string, asYouType = false) => runSearch(index, store, q, { asYouType })[0]?.doc.id;

describe('query terms', () => {
  it('splits words, drops elisions and keeps at most a few terms', () => {
    expect(queryTerms("L'économie de l’attention").words).toEqual(['économie', 'de', 'attention']);
    expect(queryTerms('a b c d e f g h i j k').words).toHaveLength(MAX_TERMS);
  });
  it('treats the last word as a prefix only while typing', () => {
    expect(queryTerms('désinf', { asYouType: true }).prefix).toBe('desinf');
    expect(queryTerms('désinf ', { asYouType: true }).prefix).toBeNull();
    expect(queryTerms('désinf').prefix).toBeNull();
  });
  it('folds accents', () => expect(foldAccents('Écho Désinformé')).toBe('echo desinforme'));
});

describe('search', () => {
  it('finds accented words typed without accents', () =>
    expect(runSearch(index, store, 'desinformation').map((hit) => hit.doc.id).slice(0, 2).sort()).toEqual(['glossaire/#desinformation', 'modules/info/desinfo/']));
  it('stems plurals: « bulles » finds « bulle de filtre » first (glossary title above body)', () => expect(first('bulles')).toBe('glossaire/#bulle-de-filtre'));
  it('finds the recommender lesson from « algorithmes de recommandation »', () => expect(first('algorithmes de recommandation')).toBe('modules/reco/filtrage/'));
  it('completes the word being typed', () => expect(first('filtrag', true)).toBe('modules/reco/filtrage/'));
  it('never throws on query syntax or junk, and answers nothing for it', () => {
    for (const junk of ['*', '~', '+:', '-', '^2', 'title:', ':', '"', 'é'.repeat(500), '💥', '<script>alert(1)</script>']) {
      expect(() => runSearch(index, store, junk, { asYouType: true })).not.toThrow();
    }
    expect(runSearch(index, store, '*')).toEqual([]);
    expect(runSearch(index, store, '+:')).toEqual([]);
  });
  it('refuses duplicate documents when building', () => {
    expect(() => buildSearchIndex([docs[0]!, docs[0]!])).toThrow(/double/);
  });
});

describe('French elision, the same at indexing and query time', () => {
  const ids = (q: string, asYouType = false) => runSearch(index, store, q, { asYouType }).map((hit) => hit.doc.id);
  it.each(['ancrage', 'd’ancrage', "d'ancrage", 'l’ancrage', "l'ancrage", 'Ancrage', 'D’ANCRAGE'])('« %s » finds « Effet d’ancrage »', (q) => {
    expect(ids(q)[0]).toBe('glossaire/#effet-d-ancrage');
    expect(ids(q, true)[0]).toBe('glossaire/#effet-d-ancrage');
  });
  it.each(['Oulipo', "l'Oulipo", 'l’oulipo', 'oulip'])('« %s » finds the lesson that writes « l’Oulipo »', (q) => {
    expect(ids(q, true)).toContain('modules/coder/s-plus-7/');
  });
  it('strips every elided word, straight or curly', () => {
    for (const [typed, bare] of [['qu’on', 'on'], ["jusqu'ici", 'ici'], ['lorsqu’il', 'il'], ["puisqu'elle", 'elle'], ['n’est', 'est'], ["s'il", 'il'], ['j’aime', 'aime'], ["c'est", 'est'], ['m’a', 'a'], ["t'as", 'as']]) {
      expect(queryTerms(typed!).words, typed).toEqual([bare]);
    }
    expect(queryTerms('aujourd’hui').words).toEqual(['aujourdhui']);
  });
});

describe('synonyms (glossary data)', () => {
  it.each(['infox', 'intox', 'fake news', 'Fake News'])('« %s » finds « Désinformation »', (q) => {
    expect(first(q)).toBe('glossaire/#desinformation');
  });
});

describe('documents', () => {
  it('turns MDX into plain text and lists headings', () => {
    const body = '---\ntitle: x\n---\n## Un titre\n\nDu <Terme id="a">texte</Terme> et un [lien](../x/).\n\n```python\nprint(1)\n```\n';
    expect(markdownToText(body)).toBe('Un titre Du texte et un lien.');
    expect(headingsOf(body)).toEqual(['Un titre']);
  });
});

describe('snippet', () => {
  it('marks matched words, accents folded, as plain text segments', () => {
    const segments = makeSnippet('Les algorithmes de recommandation choisissent pour nous.', 'algorithme recommandations');
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['algorithmes', 'recommandation']);
    expect(segments.map((s) => s.text).join('')).toBe('Les algorithmes de recommandation choisissent pour nous.');
  });
  it('cuts long texts around the first match with ellipses', () => {
    const text = `${'mot '.repeat(100)}désinformation ${'fin '.repeat(100)}`;
    const segments = makeSnippet(text, 'desinformation', 80);
    expect(segments[0]?.text).toBe('… ');
    expect(segments.at(-1)?.text).toBe(' …');
    expect(segments.some((s) => s.match && s.text === 'désinformation')).toBe(true);
  });
  it('never highlights stop words, nor longer words that merely start like a short one', () => {
    const text = 'Les bulles de filtre : deux études des réseaux, et le bus du collège.';
    const marked = (query: string) => makeSnippet(text, query).filter((s) => s.match).map((s) => s.text);
    expect(marked('bulles de filtre')).toEqual(['bulles', 'filtre']);
    expect(marked('des deux')).toEqual(['deux']);
    expect(marked('bus')).toEqual(['bus']);
  });
});
