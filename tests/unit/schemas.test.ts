import { describe, expect, it } from 'vitest';
import { moduleSchema } from '../../src/schemas/module.ts';
import { teacherNotesSchema } from '../../src/schemas/teacher-notes.ts';
import { lessonSchema } from '../../src/schemas/lesson.ts';

const messages = (result: { success: boolean; error?: { issues: { path: (string | number)[]; message: string }[] } }) =>
  result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('module schema', () => {
  const valid = {
    title: 'Biais', summary: 'S', levels: ['5e'], theme: 'esprit-critique', accent: '#2f6fbf', sessions: 2, order: 1,
    objectives: ['Reconnaître'], curriculum: { emi: ['raisonnee'], crcn: ['1.1'] }, lessons: ['a'],
  };
  it('accepts a valid module', () => expect(moduleSchema.safeParse(valid).success).toBe(true));
  it('rejects empty objectives with a French message', () => {
    expect(messages(moduleSchema.safeParse({ ...valid, objectives: [] }))).toEqual(['objectives: objectifs (objectives) : au moins un élément attendu']);
  });
  it('rejects unknown levels, themes and CRCN numbers written as numbers', () => {
    const result = moduleSchema.safeParse({ ...valid, levels: ['6e'], theme: 'sport', curriculum: { emi: ['raisonnee'], crcn: [1.1] } });
    expect(messages(result).join('\n')).toMatch(/levels\.0: niveau inconnu[\s\S]*theme: thème inconnu[\s\S]*curriculum\.crcn\.0: compétence CRCN inconnue/);
  });
});

describe('lesson schema', () => {
  it('requires https sources with a year', () => {
    const result = lessonSchema.safeParse({ title: 'T', summary: 'S', objectives: ['O'], keyTerms: ['a'], sources: [{ title: 'x', author: 'y', year: 'vers 2000', url: 'http://a.fr' }] });
    expect(messages(result)).toEqual(['sources.0.year: source : l’année doit être un nombre', 'sources.0.url: source : le lien doit commencer par https://']);
  });
  it('rejects key terms that are not slugs', () => {
    const result = lessonSchema.safeParse({ title: 'T', summary: 'S', objectives: ['O'], keyTerms: ['Biais cognitif'], sources: [{ title: 'x', author: 'y', year: 2000, url: 'https://a.fr' }] });
    expect(messages(result)[0]).toContain('identifiant invalide');
  });
});

describe('teacher notes schema', () => {
  const notes = {
    levels: ['4e'], objectives: ['O'], sessions: [{ title: 'Séance 1', steps: [{ minutes: 30, activity: 'A' }, { minutes: 20, activity: 'B' }] }],
    material: ['M'], expectedAnswers: [{ lesson: 'a', activity: 'A', answer: 'R' }], misconceptions: [{ misconception: 'X', correction: 'Y' }],
    differentiation: { support: ['s'], extension: ['e'] }, curriculum: { emi: ['raisonnee'], crcn: ['1.1'] }, crossSubject: [{ subject: 'Arts', idea: 'I' }],
  };
  it('requires each session to last exactly 55 minutes', () => {
    expect(messages(teacherNotesSchema.safeParse(notes))).toEqual(['sessions.0.steps: « Séance 1 » dure 50 min au lieu de 55 : ajustez les minutes des étapes']);
    const fixed = structuredClone(notes);
    fixed.sessions[0]!.steps[1]!.minutes = 25;
    expect(teacherNotesSchema.safeParse(fixed).success).toBe(true);
  });
});

describe('French colons in YAML', () => {
  it('turns a sentence that YAML split at « : » back into the sentence', async () => {
    const { parse } = await import('yaml');
    const data = parse('objectives:\n  - Distinguer trois façons : chercher, interpréter\n  - Conclure :\n');
    const { textList } = await import('../../src/schemas/common.ts');
    expect(textList('objectifs').parse(data.objectives)).toEqual(['Distinguer trois façons : chercher, interpréter', 'Conclure :']);
  });
});
