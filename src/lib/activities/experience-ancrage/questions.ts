/**
 * The questions of the anchoring experiment, in the order of their files' numbers:
 * content/modules/biais-cognitifs/activites/experience-ancrage/NN-<id>.yaml, checked at build time
 * (src/schemas/experience-ancrage.ts). The hand-in code encodes answers by position: its version 1
 * holds exactly ANCHORING_V1_ANSWERS answers, and tests/unit/experience-ancrage.test.ts keeps this
 * list and that count together.
 */
import questions from 'virtual:declic/experience-ancrage';
import type { AnchoringQuestion } from './experiment.ts';

export const ANCHORING_QUESTIONS: readonly AnchoringQuestion[] = questions;
