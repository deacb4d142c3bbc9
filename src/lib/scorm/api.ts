/**
 * Finding and calling the LMS's SCORM 1.2 API (the `API` object an LMS puts on a parent window), per
 * the SCORM 1.2 run-time environment: look at the window, then up its parents (at most 7 levels, as
 * the ADL sample does), then at the opener's chain. A parent from another origin throws on access:
 * that counts as no API there. Pure apart from the windows it is given, so it is unit-tested.
 */

/** The eight functions of the SCORM 1.2 API (strings in, strings out). */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
  LMSGetDiagnostic(code: string): string;
}

/** What the search needs of a window. */
export interface WindowLike {
  API?: unknown;
  parent?: WindowLike | null;
  opener?: WindowLike | null;
}

export const MAX_PARENT_LEVELS = 7;

function apiOf(win: WindowLike): Scorm12Api | undefined {
  try {
    const api = win.API as Partial<Scorm12Api> | undefined;
    return api && typeof api.LMSInitialize === 'function' && typeof api.LMSSetValue === 'function' ? (api as Scorm12Api) : undefined;
  } catch {
    return undefined;
  }
}

function searchUp(start: WindowLike): Scorm12Api | undefined {
  let win: WindowLike | null | undefined = start;
  for (let level = 0; win && level <= MAX_PARENT_LEVELS; level++) {
    const api = apiOf(win);
    if (api) return api;
    let parent: WindowLike | null | undefined;
    try {
      parent = win.parent;
    } catch {
      return undefined;
    }
    if (!parent || parent === win) return undefined;
    win = parent;
  }
  return undefined;
}

/** The LMS's API, or undefined when the package is opened outside an LMS. */
export function findApi(win: WindowLike): Scorm12Api | undefined {
  const found = searchUp(win);
  if (found) return found;
  let opener: WindowLike | null | undefined;
  try {
    opener = win.opener;
  } catch {
    opener = undefined;
  }
  return opener ? searchUp(opener) : undefined;
}

/** Seconds as SCORM 1.2's CMITimespan: HHHH:MM:SS. */
export function scormTimespan(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(Math.floor(s / 3600)).padStart(4, '0')}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
}
