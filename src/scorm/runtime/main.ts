/**
 * The script of a SCORM package (built as one classic IIFE file, no module script): links to the LMS,
 * shows one part at a time (contents, a lesson, the quiz) following the address's #fragment, counts a
 * lesson read once it has been opened, mounts the quiz, and saves everything in cmi.suspend_data.
 * Without JavaScript the page is simply the whole module, lessons one after the other.
 */
import { mount, type Component } from 'svelte';
import '../../styles/quiz.css';
import './package.css';
import ScormQuizFile from './ScormQuiz.svelte';
import { CONTENTS_ANCHOR, DATA_ELEMENT_ID, lessonAnchor, type PackageData } from './data.ts';
import { openSession } from './session.ts';
import { decodeState, encodeStateWithinLimit, lessonStatus, type ResumeState } from '../../lib/scorm/suspend.ts';

// `astro check` types a .svelte import in a .ts file as an Astro component: it is a Svelte 5 one here.
const ScormQuiz = ScormQuizFile as unknown as Component<{ data: PackageData; initial: ResumeState; onsave: (state: ResumeState) => void }>;

function start() {
  const dataElement = document.getElementById(DATA_ELEMENT_ID);
  if (!dataElement?.textContent) return;
  const data = JSON.parse(dataElement.textContent) as PackageData;
  const session = openSession(data.slug);
  let state: ResumeState = decodeState(session.load(), data.lessons.length, data.questions);

  const status = document.getElementById('scorm-status');
  if (status) {
    status.textContent = data.strings[session.connected ? 'scorm.runtime.connected' : 'scorm.runtime.noLms'] ?? '';
    status.hidden = false;
    status.classList.toggle('scorm-offline', !session.connected);
  }

  const save = () => session.save(encodeStateWithinLimit(state, data.questions), lessonStatus(state, data.masteryScore), state.lastScore);

  const markRead = () =>
    data.lessons.forEach((lesson, i) => {
      const mark = document.querySelector<HTMLElement>(`[data-read-mark="${lesson.slug}"]`);
      if (mark) mark.hidden = !state.lessonsRead[i];
    });

  // One part at a time: the one that holds the #fragment's target.
  const views = [...document.querySelectorAll<HTMLElement>('.scorm-view')];
  function route(scroll: boolean) {
    const id = decodeURIComponent(location.hash.slice(1));
    const target = (id && document.getElementById(id)) || document.getElementById(CONTENTS_ANCHOR);
    const view = target?.closest<HTMLElement>('.scorm-view') ?? views[0];
    for (const v of views) v.hidden = v !== view;
    const lesson = data.lessons.findIndex((l) => view?.id === lessonAnchor(l.slug));
    if (lesson >= 0 && !state.lessonsRead[lesson]) {
      state = { ...state, lessonsRead: state.lessonsRead.map((read, i) => read || i === lesson) };
      markRead();
      save();
    }
    if (!scroll) return;
    if (target && target !== view) target.scrollIntoView({ block: 'start' });
    else {
      window.scrollTo(0, 0);
      view?.querySelector<HTMLElement>('h1, h2')?.focus({ preventScroll: true });
    }
  }
  document.documentElement.classList.add('scorm-js');
  window.addEventListener('hashchange', () => route(true));
  markRead();
  route(false);

  const quizRoot = document.getElementById('quiz-root');
  if (quizRoot && data.questions.length > 0) {
    quizRoot.replaceChildren();
    mount(ScormQuiz, {
      target: quizRoot,
      props: {
        data,
        initial: state,
        onsave: (quiz: ResumeState) => {
          state = { ...quiz, lessonsRead: state.lessonsRead };
          save();
        },
      },
    });
  }
  save();
  const finish = () => session.finish();
  window.addEventListener('pagehide', finish);
  window.addEventListener('beforeunload', finish);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
