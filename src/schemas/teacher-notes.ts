import { z } from 'astro/zod';
import { curriculumSchema, levelsSchema, slugList, text, textList } from './common.ts';

/** Length of a class session in French collèges. */
export const SESSION_MINUTES = 55;

const stepSchema = z.object({
  /** Duration of the step in minutes. */
  minutes: z.number({ required_error: 'étape : durée (minutes) manquante' }).int().min(1).max(SESSION_MINUTES),
  /** What happens during the step. */
  activity: text('étape : activité'),
});

const sessionSchema = z
  .object({
    /** Session title, e.g. "Séance 1 — Les raccourcis du cerveau". */
    title: text('séance : titre'),
    /** Lesson slugs used in this session. */
    lessons: slugList('séance : leçons').default([]),
    /** Timed plan; the minutes must add up to one 55-minute session. */
    steps: z.array(stepSchema).min(1, 'séance : au moins une étape'),
  })
  .superRefine((session, ctx) => {
    const total = session.steps.reduce((sum, step) => sum + step.minutes, 0);
    if (total !== SESSION_MINUTES) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['steps'],
        message: `« ${session.title} » dure ${total} min au lieu de ${SESSION_MINUTES} : ajustez les minutes des étapes`,
      });
    }
  });

/** Teacher notes (fiche enseignant): `content/modules/<module>/fiche-enseignant.mdx`. */
export const teacherNotesSchema = z.object({
  /** Levels the plan is written for. */
  levels: levelsSchema,
  /** Objectives, for the teacher. */
  objectives: textList('objectifs (objectives)'),
  /** What pupils should know before. */
  prerequisites: textList('prérequis (prerequisites)', 0).default([]),
  /** Plan in 55-minute sessions. */
  sessions: z.array(sessionSchema).min(1, 'séances (sessions) : au moins une séance'),
  /** Material to prepare. */
  material: textList('matériel (material)'),
  /** Expected answers to each lesson's activities. */
  expectedAnswers: z
    .array(
      z.object({
        lesson: text('réponse attendue : leçon'),
        activity: text('réponse attendue : activité'),
        answer: text('réponse attendue : réponse'),
      }),
    )
    .min(1, 'réponses attendues (expectedAnswers) : au moins une'),
  /** Common misconceptions and how to address them. */
  misconceptions: z
    .array(z.object({ misconception: text('idée reçue'), correction: text('idée reçue : correction') }))
    .min(1, 'idées reçues (misconceptions) : au moins une'),
  /** Differentiation: help and extension. */
  differentiation: z.object({
    support: textList('différenciation : aide (support)'),
    extension: textList('différenciation : approfondissement (extension)'),
  }),
  /** Curriculum links, plus links to other subjects' programmes. */
  curriculum: curriculumSchema.extend({ other: textList('programmes : autres (other)', 0).default([]) }),
  /** Cross-subject ideas. */
  crossSubject: z.array(z.object({ subject: text('interdisciplinarité : discipline'), idea: text('interdisciplinarité : idée') })).min(1),
});
export type TeacherNotesData = z.infer<typeof teacherNotesSchema>;
