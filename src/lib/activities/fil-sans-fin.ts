/**
 * « Le fil sans fin » (module economie-de-l-attention): the mock app's feed, its notification
 * schedule, the metrics of a scrolling session (how long, how far, how many posts), the comparison of
 * sessions with techniques switched off, and the « design audit » grid. Pure and deterministic.
 * Sessions and the audit are stored on the device only (see the island and storage.ts).
 * What the feed shows (accounts, posts, notifications) is content:
 * content/modules/economie-de-l-attention/activites/fil-sans-fin/fil.yaml (schema: src/schemas/fil-sans-fin.ts).
 */
import feed from 'virtual:declic/fil-sans-fin';

const { authors, posts, partLabel, notifications } = feed;

export const TECHNIQUES = ['infinite', 'autoplay', 'notifications'] as const;
export type Technique = (typeof TECHNIQUES)[number];
export type Settings = Record<Technique, boolean>;

export const ALL_ON: Settings = { infinite: true, autoplay: true, notifications: true };

/** Rounds the activity suggests: everything on, then each technique switched off alone. */
export const SUGGESTED_ROUNDS: readonly Settings[] = [
  ALL_ON,
  { ...ALL_ON, infinite: false },
  { ...ALL_ON, autoplay: false },
  { ...ALL_ON, notifications: false },
];

/** Posts shown per page when infinite scrolling is off (then the feed stops and says so). */
export const PAGE_SIZE = 8;
/** Upper bound of the « infinite » feed, so an old device never runs out of memory. */
export const MAX_ITEMS = 400;
/** A session stops by itself after this long (a forgotten tab must not record for hours). */
export const MAX_SESSION_MS = 10 * 60 * 1000;
/** How long a simulated video plays before autoplay moves to the next one. */
export const VIDEO_MS = 6000;

export interface FeedItem {
  index: number;
  author: string;
  kind: 'video' | 'photo' | 'texte';
  title: string;
  /** A described picture or clip: the mock app shows text, not media files. */
  description: string;
  likes: number;
}

/** The feed's post at `index` (0-based): the same index always gives the same post. */
export function feedItem(index: number): FeedItem {
  const template = posts[index % posts.length] as (typeof posts)[number];
  const round = Math.floor(index / posts.length);
  return {
    index,
    author: authors[(index * 7 + round) % authors.length] as string,
    ...template,
    title: round === 0 ? template.title : `${template.title} (${partLabel.replace('{n}', String(round + 1))})`,
    likes: 120 + ((index * 7919) % 48_000),
  };
}

export interface Notification {
  id: number;
  /** When it arrives, in milliseconds after the session starts. */
  atMs: number;
  text: string;
}

/** Notifications of a session, at growing intervals (15 s, then 25 s, 35 s…), as many apps do to win you back. */
export function notificationSchedule(limitMs: number = MAX_SESSION_MS): Notification[] {
  const out: Notification[] = [];
  let at = 15_000;
  let step = 25_000;
  for (let id = 0; at <= limitMs; id++) {
    out.push({ id, atMs: at, text: notifications[id % notifications.length] as string });
    at += step;
    step += 10_000;
  }
  return out;
}

/** Notifications due by `elapsedMs` that were not shown yet. */
export function dueNotifications(elapsedMs: number, alreadyShown: number): Notification[] {
  return notificationSchedule().slice(alreadyShown).filter((n) => n.atMs <= elapsedMs);
}

/** What a session records, on the device only. */
export interface FeedSession {
  settings: Settings;
  durationMs: number;
  /** Total distance scrolled, up and down, in CSS pixels. */
  distancePx: number;
  /** Height of the feed's window, to express the distance in « screens ». */
  viewportPx: number;
  /** How many different posts came into view. */
  itemsSeen: number;
  notificationsShown: number;
  notificationsOpened: number;
  /** Videos started by autoplay (not by the pupil). */
  autoplayed: number;
}

export interface SessionMetrics {
  seconds: number;
  /** Distance in screen heights, one decimal. */
  screens: number;
  itemsSeen: number;
  notificationsOpened: number;
  autoplayed: number;
}

export function sessionMetrics(s: FeedSession): SessionMetrics {
  return {
    seconds: Math.round(Math.max(0, s.durationMs) / 1000),
    screens: s.viewportPx > 0 ? Math.round((Math.max(0, s.distancePx) / s.viewportPx) * 10) / 10 : 0,
    itemsSeen: Math.max(0, s.itemsSeen),
    notificationsOpened: Math.max(0, s.notificationsOpened),
    autoplayed: Math.max(0, s.autoplayed),
  };
}

export interface RoundComparison {
  round: number;
  settings: Settings;
  metrics: SessionMetrics;
  /** Techniques that were on in the baseline and off in this round. */
  switchedOff: Technique[];
  /** Differences with the baseline (this round minus baseline); null for the baseline itself. */
  delta: { seconds: number; screens: number; itemsSeen: number; itemsPercent: number | null } | null;
}

/**
 * Compares every round with a baseline: the first round with every technique on, or the first
 * round when there is none. Empty input gives an empty list.
 */
export function compareRounds(sessions: readonly FeedSession[]): { baseline: number | null; rounds: RoundComparison[] } {
  if (sessions.length === 0) return { baseline: null, rounds: [] };
  const allOn = sessions.findIndex((s) => TECHNIQUES.every((t) => s.settings[t]));
  const baselineIndex = allOn === -1 ? 0 : allOn;
  const base = sessions[baselineIndex] as FeedSession;
  const baseMetrics = sessionMetrics(base);
  const rounds = sessions.map((s, i): RoundComparison => {
    const metrics = sessionMetrics(s);
    return {
      round: i + 1,
      settings: s.settings,
      metrics,
      switchedOff: TECHNIQUES.filter((t) => base.settings[t] && !s.settings[t]),
      delta:
        i === baselineIndex
          ? null
          : {
              seconds: metrics.seconds - baseMetrics.seconds,
              screens: Math.round((metrics.screens - baseMetrics.screens) * 10) / 10,
              itemsSeen: metrics.itemsSeen - baseMetrics.itemsSeen,
              itemsPercent: baseMetrics.itemsSeen > 0 ? Math.round(((metrics.itemsSeen - baseMetrics.itemsSeen) / baseMetrics.itemsSeen) * 100) : null,
            },
    };
  });
  return { baseline: baselineIndex + 1, rounds };
}

/** Validates stored sessions; null when the data does not fit. */
export function parseSessions(data: unknown): FeedSession[] | null {
  if (!Array.isArray(data)) return null;
  const num = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
  for (const s of data) {
    if (typeof s !== 'object' || s === null) return null;
    const r = s as Record<string, unknown>;
    const settings = r['settings'] as Record<string, unknown> | null;
    if (typeof settings !== 'object' || settings === null || !TECHNIQUES.every((t) => typeof settings[t] === 'boolean')) return null;
    if (!['durationMs', 'distancePx', 'viewportPx', 'itemsSeen', 'notificationsShown', 'notificationsOpened', 'autoplayed'].every((k) => num(r[k]))) return null;
  }
  return data as FeedSession[];
}

// — Design audit —

/** Design techniques the pupil looks for in an app they know. */
export const AUDIT_FEATURES = ['infinite', 'autoplay', 'notifications', 'streaks', 'counters', 'forYou', 'badges', 'ephemeral'] as const;
export type AuditFeature = (typeof AUDIT_FEATURES)[number];
export const AUDIT_ANSWERS = ['oui', 'non', 'nsp'] as const;
export type AuditAnswer = (typeof AUDIT_ANSWERS)[number];

export interface AuditRow {
  present: AuditAnswer | null;
  canSwitchOff: AuditAnswer | null;
  /** What it does to me (short, free text). */
  note: string;
}
export interface Audit {
  app: string;
  rows: Record<AuditFeature, AuditRow>;
}

export const AUDIT_NOTE_MAX = 200;
export const AUDIT_APP_MAX = 60;

export function emptyAudit(): Audit {
  return { app: '', rows: Object.fromEntries(AUDIT_FEATURES.map((f) => [f, { present: null, canSwitchOff: null, note: '' }])) as Record<AuditFeature, AuditRow> };
}

export interface AuditSummary {
  /** Rows where « present » was answered. */
  answered: number;
  present: number;
  /** Present features the pupil can switch off. */
  switchable: number;
}

export function auditSummary(audit: Audit): AuditSummary {
  const rows = AUDIT_FEATURES.map((f) => audit.rows[f]);
  return {
    answered: rows.filter((r) => r.present !== null).length,
    present: rows.filter((r) => r.present === 'oui').length,
    switchable: rows.filter((r) => r.present === 'oui' && r.canSwitchOff === 'oui').length,
  };
}

/** Validates a stored audit, keeping what fits (a missing row is empty, long texts are cut). */
export function parseAudit(data: unknown): Audit | null {
  if (typeof data !== 'object' || data === null) return null;
  const r = data as Record<string, unknown>;
  if (typeof r['app'] !== 'string' || typeof r['rows'] !== 'object' || r['rows'] === null) return null;
  const audit = emptyAudit();
  audit.app = r['app'].slice(0, AUDIT_APP_MAX);
  const rows = r['rows'] as Record<string, unknown>;
  const answer = (v: unknown): AuditAnswer | null => ((AUDIT_ANSWERS as readonly unknown[]).includes(v) ? (v as AuditAnswer) : null);
  for (const f of AUDIT_FEATURES) {
    const row = rows[f] as Record<string, unknown> | undefined;
    if (!row || typeof row !== 'object') continue;
    audit.rows[f] = { present: answer(row['present']), canSwitchOff: answer(row['canSwitchOff']), note: typeof row['note'] === 'string' ? row['note'].slice(0, AUDIT_NOTE_MAX) : '' };
  }
  return audit;
}
