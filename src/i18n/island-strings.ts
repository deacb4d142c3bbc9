/**
 * Which keys of the dictionary each island receives (see ./island.ts): every key that starts with one
 * of its prefixes. Read at build time only (./index.ts, islandStrings()); islands import its type, never
 * the table, so adding an activity to the registry adds nothing to every island's JavaScript.
 */
import { ACTIVITIES, type ActivityName } from '../lib/activities/registry.ts';

/** The activities' islands: named after the activity, with the prefixes of src/lib/activities/registry.ts. */
type ActivityStrings = { readonly [N in ActivityName]: (typeof ACTIVITIES)[N]['strings'] };
const ACTIVITY_STRINGS = /* @__PURE__ */ Object.fromEntries(Object.entries(ACTIVITIES).map(([name, spec]) => [name, spec.strings])) as ActivityStrings;

/** Which keys of fr.ts each island receives: every key that starts with one of its prefixes. */
export const ISLAND_STRINGS = {
  quiz: ['quiz.', 'revision.'],
  ...ACTIVITY_STRINGS,
  exercise: ['exercise.', 'dessin.', 'pythonError.'],
  // « Mon carnet de code » reuses the exercise's editor, runner, console and drawing: their strings only.
  notebook: ['notebook.', 'exercise.python.', 'exercise.editor', 'exercise.console.', 'exercise.run', 'exercise.stop', 'exercise.stdin.', 'exercise.hintLabel', 'exercise.pythonSaid', 'pythonError.', 'dessin.'],
  // A prefix may be a whole key ('teacher.dueShort'): the teacher islands share a few strings only.
  assignmentBuilder: ['teacher.builder.', 'teacher.sheet.', 'teacher.catalogue.', 'teacher.activities.', 'teacher.kind.', 'teacher.storage.', 'teacher.dueShort', 'teacher.error.', 'teacher.assignmentsFile.', 'teacher.group.', 'teacher.groupAnchor.'],
  assignmentView: ['pupil.', 'teacher.sheet.class', 'teacher.builder.copyManually', 'teacher.kind.', 'teacher.storage.', 'teacher.dueShort', 'teacher.formative', 'teacher.error.', 'teacher.group.a', 'teacher.group.b'],
  classDashboard: ['teacher.dashboard.', 'teacher.kind.', 'teacher.storage.', 'teacher.dueShort', 'teacher.formative', 'teacher.error.', 'teacher.import.', 'teacher.assignmentsFile.', 'pupil.status.'],
} as const satisfies Record<string, readonly string[]>;
