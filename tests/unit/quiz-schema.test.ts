import { describe, expect, it } from 'vitest';
import { quizSchema } from '../../src/schemas/quiz.ts';
import { validateQuizzes } from '../../src/lib/quiz-graph.ts';

const messages = (data: unknown) => {
  const result = quizSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

const single = (over: Record<string, unknown> = {}) => ({
  id: 'q1',
  type: 'single',
  prompt: 'Question ?',
  options: [
    { text: 'A', correct: true, feedback: 'Parce que.' },
    { text: 'B', feedback: 'Non, parce que.' },
  ],
  ...over,
});

describe('quiz schema: bad input fails, naming the question', () => {
  it('accepts a valid quiz and defaults askConfidence to true', () => {
    const result = quizSchema.safeParse({ questions: [single()] });
    expect(result.success).toBe(true);
    expect(result.success && result.data.askConfidence).toBe(true);
  });

  it('rejects a question with no correct answer', () => {
    const q = single({ options: [{ text: 'A', feedback: 'x' }, { text: 'B', feedback: 'y' }] });
    expect(messages({ questions: [q] })).toEqual(['questions.0.options: question « q1 » : aucune option n’a correct: true (il faut une bonne réponse)']);
    expect(messages({ questions: [{ ...q, type: 'multiple' }] })[0]).toContain('question « q1 » : aucune option n’a correct: true');
  });

  it('rejects an option without feedback', () => {
    const q = single({ options: [{ text: 'A', correct: true, feedback: 'x' }, { text: 'B' }] });
    expect(messages({ questions: [q] })).toEqual(['questions.0.options.1.feedback: question « q1 » : champ obligatoire manquant : option : explication (feedback)']);
  });

  it('rejects a duplicate id', () => {
    expect(messages({ questions: [single(), single()] })).toEqual(['questions.1.id: question « q1 » : identifiant déjà utilisé par la question n° 1']);
  });

  it('rejects a cloze gap whose word is not in the bank', () => {
    const q = { id: 'trous', type: 'cloze', prompt: 'Complète.', text: 'Le {chat} dort sur le {tapis}.', bank: ['chat', 'chien'], explanation: 'E.' };
    expect(messages({ questions: [q] })).toEqual(['questions.0.bank: question « trous » : le mot « tapis » d’un trou n’est pas dans la banque de mots (bank)']);
  });

  it('rejects an unknown question type', () => {
    expect(messages({ questions: [single({ type: 'dessin' })] })).toEqual([
      'questions.0.type: question « q1 » : type « dessin » inconnu (attendu : single, multiple, true-false, ordering, matching, cloze, estimate, spot)',
    ]);
  });

  it('names a question without id by its position', () => {
    const { id: _id, ...noId } = single();
    expect(messages({ questions: [single(), noId] })[0]).toMatch(/^questions\.1\.id: question n° 2 \(sans id\) : /);
  });

  it('checks estimates, true/false discernment and "spot it" targets', () => {
    const estimate = { id: 'e', type: 'estimate', prompt: 'P', answer: 50, range: { min: 60, max: 80 }, explanation: 'E' };
    expect(messages({ questions: [estimate] })[0]).toContain('question « e » : la valeur exacte (answer) doit être dans la fourchette');
    const tf = { id: 't', type: 'true-false', prompt: 'P', answer: true, genuine: false, explanation: 'E' };
    expect(messages({ questions: [tf] })[0]).toContain('genuine doit être égal à answer');
    const spot = { id: 's', type: 'spot', prompt: 'P', explanation: 'E', spans: [{ text: 'a', feedback: 'f' }, { text: 'b', feedback: 'f' }] };
    expect(messages({ questions: [spot] })[0]).toContain('aucun passage n’a target: true');
    expect(messages({ questions: [{ ...spot, genuine: true }] })).toEqual([]);
  });
});

describe('quiz cross-file checks', () => {
  const data = quizSchema.parse({ questions: [single({ lesson: 'inconnue', image: { src: '/images/absente.png', alt: 'Une image' } })] });
  it('reports a lesson of another module and a missing image, naming file and question', () => {
    const problems = validateQuizzes([{ file: 'content/modules/m/quiz.yaml', module: 'm', data }], [{ slug: 'm', lessons: ['a', 'b'] }], { publicFileExists: () => false });
    expect(problems).toEqual([
      { file: 'content/modules/m/quiz.yaml', field: 'questions[0].lesson', message: 'question « q1 » : la leçon « inconnue » n’appartient pas au module « m » (leçons : a, b)' },
      { file: 'content/modules/m/quiz.yaml', field: 'questions[0].image.src', message: 'question « q1 » : l’image « /images/absente.png » est introuvable dans public/' },
    ]);
  });
  it('reports a quiz in a folder without module', () => {
    const problems = validateQuizzes([{ file: 'content/modules/x/quiz.yaml', module: 'x', data }], []);
    expect(problems.map((p) => p.message)).toEqual(['aucun module.yaml dans content/modules/x/']);
  });
});
