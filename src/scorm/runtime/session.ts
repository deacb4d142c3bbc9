/**
 * The package's link with the LMS: SCORM 1.2 calls when an API is found, the device's storage (under
 * a namespaced key: the LMS origin is shared with everything else it serves) otherwise.
 */
import { findApi, scormTimespan, type Scorm12Api } from '../../lib/scorm/api.ts';
import type { LessonStatus } from '../../lib/scorm/suspend.ts';

export interface Session {
  connected: boolean;
  /** The saved resume state ('' when none). */
  load(): string;
  /** Saves the state, the status and (once the quiz is finished) the score, then commits. */
  save(suspendData: string, status: LessonStatus, score: number | undefined): void;
  /** Ends the LMS session (once). */
  finish(): void;
}

export function storageKey(slug: string): string {
  return `declic-scorm.${slug}.resume`;
}

function localSession(slug: string): Session {
  const key = storageKey(slug);
  return {
    connected: false,
    load: () => {
      try {
        return window.localStorage.getItem(key) ?? '';
      } catch {
        return '';
      }
    },
    save: (data) => {
      try {
        window.localStorage.setItem(key, data);
      } catch {
        // Storage refused (private mode, quota): the pupil simply starts afresh next time.
      }
    },
    finish: () => {},
  };
}

function lmsSession(api: Scorm12Api): Session {
  const started = Date.now();
  let finished = false;
  return {
    connected: true,
    load: () => api.LMSGetValue('cmi.suspend_data') || '',
    save: (data, status, score) => {
      if (finished) return;
      api.LMSSetValue('cmi.suspend_data', data);
      if (score !== undefined) {
        api.LMSSetValue('cmi.core.score.min', '0');
        api.LMSSetValue('cmi.core.score.max', '100');
        api.LMSSetValue('cmi.core.score.raw', String(score));
      }
      api.LMSSetValue('cmi.core.lesson_status', status);
      // « suspend »: the pupil comes back to where she was, whatever her status.
      api.LMSSetValue('cmi.core.exit', 'suspend');
      api.LMSCommit('');
    },
    finish: () => {
      if (finished) return;
      finished = true;
      api.LMSSetValue('cmi.core.session_time', scormTimespan((Date.now() - started) / 1000));
      api.LMSCommit('');
      api.LMSFinish('');
    },
  };
}

/** Connects to the LMS if there is one (LMSInitialize), else falls back to the device. */
export function openSession(slug: string): Session {
  const api = findApi(window as unknown as Parameters<typeof findApi>[0]);
  if (api && String(api.LMSInitialize('')) === 'true') return lmsSession(api);
  return localSession(slug);
}
