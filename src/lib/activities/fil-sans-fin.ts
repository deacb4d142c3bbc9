/**
 * « Le fil sans fin » (module economie-de-l-attention): the mock app's feed, its notification
 * schedule, the metrics of a scrolling session (how long, how far, how many posts), the comparison of
 * sessions with techniques switched off, and the « design audit » grid. Pure and deterministic.
 * Sessions and the audit are stored on the device only (see the island and storage.ts).
 */

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

const AUTHORS = ['@mila.cuisine', '@tom_skate', '@lesptitsdefis', '@noe.dessine', '@zoe_et_ses_chats', '@astro.facile', '@jardin.de.lina', '@foot.freestyle', '@la.minute.histoire', '@sacha.bricole'];
const TEMPLATES: readonly Omit<FeedItem, 'index' | 'author' | 'likes'>[] = [
  { kind: 'video', title: 'Le chat qui ouvre le frigo tout seul', description: 'Vidéo : un chat tigré se hisse sur le plan de travail et tire la porte du frigo avec sa patte.' },
  { kind: 'photo', title: 'Mon gâteau arc-en-ciel (raté)', description: 'Photo : un gâteau à étages penché, avec des couches de toutes les couleurs.' },
  { kind: 'video', title: 'Figure de skate : 100 essais en 30 secondes', description: 'Vidéo accélérée : un skateur tombe, se relève, et réussit enfin un saut.' },
  { kind: 'texte', title: 'Le saviez-vous ? Les pieuvres ont trois cœurs.', description: 'Texte sur fond bleu, avec un dessin de pieuvre.' },
  { kind: 'video', title: 'Défi : dessiner un cheval les yeux fermés', description: 'Vidéo : une main dessine au feutre, le résultat apparaît à la fin.' },
  { kind: 'photo', title: 'Coucher de soleil depuis ma fenêtre', description: 'Photo : un ciel orange au-dessus des toits d’une ville.' },
  { kind: 'video', title: 'Le but impossible du week-end', description: 'Vidéo : un ballon frappé du milieu du terrain entre dans la lucarne.' },
  { kind: 'texte', title: 'Pourquoi le ciel est-il bleu ? Réponse en 3 lignes', description: 'Texte illustré d’un schéma du Soleil et de l’atmosphère.' },
  { kind: 'video', title: 'Recette express : crêpes en 2 minutes', description: 'Vidéo vue du dessus : une poêle, une louche de pâte, une crêpe qui saute.' },
  { kind: 'photo', title: 'Mes tomates ont enfin poussé', description: 'Photo : trois tomates rouges sur un balcon.' },
  { kind: 'video', title: 'Il y a 500 ans : la bataille racontée en dessins', description: 'Vidéo : des dessins animés simples défilent sur une carte.' },
  { kind: 'video', title: 'J’ai construit une cabane en palettes', description: 'Vidéo accélérée : des planches, une perceuse, une petite cabane.' },
];

/** The feed's post at `index` (0-based): the same index always gives the same post. */
export function feedItem(index: number): FeedItem {
  const template = TEMPLATES[index % TEMPLATES.length] as (typeof TEMPLATES)[number];
  const round = Math.floor(index / TEMPLATES.length);
  return {
    index,
    author: AUTHORS[(index * 7 + round) % AUTHORS.length] as string,
    ...template,
    title: round === 0 ? template.title : `${template.title} (partie ${round + 1})`,
    likes: 120 + ((index * 7919) % 48_000),
  };
}

export interface Notification {
  id: number;
  /** When it arrives, in milliseconds after the session starts. */
  atMs: number;
  text: string;
}

const NOTIFICATION_TEXTS = [
  '@zoe_et_ses_chats a publié une nouvelle vidéo',
  'Ta série de 4 jours va s’arrêter ! Reviens vite',
  '3 personnes ont aimé ta photo',
  'Tu as manqué 12 nouvelles publications',
  '@tom_skate est en direct maintenant',
  'Une vidéo que tu vas adorer t’attend',
];

/** Notifications of a session, at growing intervals (15 s, then 25 s, 35 s…), as many apps do to win you back. */
export function notificationSchedule(limitMs: number = MAX_SESSION_MS): Notification[] {
  const out: Notification[] = [];
  let at = 15_000;
  let step = 25_000;
  for (let id = 0; at <= limitMs; id++) {
    out.push({ id, atMs: at, text: NOTIFICATION_TEXTS[id % NOTIFICATION_TEXTS.length] as string });
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
