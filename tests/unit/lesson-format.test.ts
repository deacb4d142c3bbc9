import { describe, expect, it } from 'vitest';
import { checkLessonFormat, countWords, extractDiscussions, extractTasks, findTags, furtherReadingWords, lessonWords } from '../../src/lib/content/lesson-format.ts';

const words = (n: number) => Array.from({ length: n }, (_, i) => `mot${i}`).join(' ');

const lesson = (body: string) => `---
title: Une leçon
---
import schema from './figures/01-schema.svg';

${body}`;

const complete = lesson(`Un texte court.

<Figure src={schema} alt="Un schéma : trois flèches" caption="Regarde la flèche du milieu : elle revient au départ." />

<Post auteur="Lina" compte="@lina" likes={1204} caption="Document fictif : qui a écrit ce message ?">
Il va neiger > 2 mètres demain !
</Post>

<AToi consigne="Prédis">
Que va afficher ce programme ?
<Reponse>
Il affiche 3, parce que la boucle tourne trois fois.
</Reponse>
</AToi>

<JeRetiens>
- un
- deux
- trois
</JeRetiens>

<Activite type="debat" titre="En classe">Faut-il tout vérifier ?</Activite>

<PlusLoin titre="Pour aller plus loin">
${words(500)}
</PlusLoin>`);

describe('lesson format', () => {
  it('accepts a lesson that has everything', () => {
    expect(checkLessonFormat(complete)).toEqual([]);
  });

  it('counts the folded « Pour aller plus loin » apart from pupil text', () => {
    expect(furtherReadingWords(complete)).toBe(500);
    expect(lessonWords(complete)).toBeLessThan(80);
    expect(countWords(complete)).toBeGreaterThan(500);
  });

  it('refuses more than 900 words, naming the count and the fix', () => {
    const long = complete.replace('Un texte court.', words(950));
    const [problem] = checkLessonFormat(long);
    expect(problem?.message).toMatch(/^9\d\d mots pour l’élève, 900 au plus : scindez/);
  });

  it('asks for two figures, each with a caption, and an alt for images', () => {
    const one = complete.replace(/<Post[\s\S]*?<\/Post>/, '');
    expect(checkLessonFormat(one).map((p) => p.where)).toEqual(['figures']);
    const noAlt = complete.replace('alt="Un schéma : trois flèches" ', '');
    expect(checkLessonFormat(noAlt)).toEqual([{ where: '<Figure> n° 1', message: expect.stringContaining('texte alternatif') }]);
    const noCaption = complete.replace('caption="Document fictif : qui a écrit ce message ?"', '');
    expect(checkLessonFormat(noCaption)).toEqual([{ where: '<Post> n° 1', message: expect.stringContaining('légende') }]);
  });

  it('reads attributes that contain > or braces', () => {
    const [post] = findTags(complete, 'Post');
    expect(post?.inner.trim()).toBe('Il va neiger > 2 mètres demain !');
  });

  it('asks for an « À toi » with an explained answer', () => {
    expect(checkLessonFormat(complete.replace(/<AToi[\s\S]*?<\/AToi>/, '')).map((p) => p.where)).toEqual(['<AToi>']);
    const noAnswer = complete.replace(/<Reponse>[\s\S]*?<\/Reponse>/, '');
    expect(checkLessonFormat(noAnswer).map((p) => p.where)).toEqual(['<AToi> n° 1']);
  });

  it('asks for exactly three lines in « Ce que je retiens » and one discussion question', () => {
    const four = complete.replace('- trois', '- trois\n- quatre');
    expect(checkLessonFormat(four)[0]?.message).toMatch(/3 lignes .*trouvé : 4/);
    const noDebate = complete.replace(/<Activite[\s\S]*?<\/Activite>/, '');
    expect(checkLessonFormat(noDebate).map((p) => p.where)).toEqual(['<Activite type="debat">']);
  });

  it('extracts the tasks without their answers, and the discussion questions', () => {
    expect(extractTasks(complete)).toEqual([{ instruction: 'Prédis', question: 'Que va afficher ce programme ?' }]);
    expect(extractDiscussions(complete)).toEqual([{ title: 'En classe', text: 'Faut-il tout vérifier ?' }]);
  });
});

describe('word count', () => {
  it('does not count the attributes of a tag, even with nested braces', () => {
    const body = 'Un deux.\n\n<Resultats requete="mot caché" caption="légende cachée" resultats={[{ titre: "x > y", site: "s", extrait: "{e}" }]} />\n\nTrois.';
    expect(countWords(body)).toBe(3);
  });
});
