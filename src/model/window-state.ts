import { CronExpressionParser } from 'cron-parser';
import { DateTime } from 'luxon';
import { Duration } from './duration';
import { attempt } from './errors';

/**
 * Whether Argo CD's sync windows let an automated sync of one Application through at a given time, computed the way
 * Argo CD v3.4.4 computes it (pkg/apis/application/v1alpha1/types.go: SyncWindows.Matches, SyncWindow.active,
 * SyncWindows.CanSync), from the windows of a rendered AppProject.
 */

/** One entry of an AppProject's `spec.syncWindows`, with the fields Argo CD reads. */
export interface RenderedSyncWindow {
  readonly kind?: string;
  readonly schedule?: string;
  readonly duration?: string;
  readonly applications?: readonly string[];
  readonly namespaces?: readonly string[];
  readonly clusters?: readonly string[];
  readonly manualSync?: boolean;
  readonly timeZone?: string;
  /** Match applications AND clusters AND namespaces instead of any of them. */
  readonly andOperator?: boolean;
  readonly description?: string;
}

/** The Application a verdict is about, as Argo CD matches windows against it. */
export interface WindowTarget {
  /** metadata.name, e.g. `gridos-prod`. */
  readonly name: string;
  /** spec.destination.namespace. */
  readonly namespace: string;
  /** spec.destination.server. @default - none */
  readonly server?: string;
  /** spec.destination.name (the generated Applications name the server only). @default - none */
  readonly destinationName?: string;
}

/** What the windows do to an automated sync at one time. */
export interface SyncWindowVerdict {
  /** Whether Argo CD refuses an automated sync now. */
  readonly blocked: boolean;
  /** `deny`: a matching deny window is active; `allow`: matching allow windows exist and none is active. */
  readonly reason?: 'deny' | 'allow';
  /** The window to name: the active deny window that lasts, or the allow window that opens next. */
  readonly window?: RenderedSyncWindow;
  /** When an automated sync is next let through (within {@link HORIZON_DAYS}); undefined when open or never. */
  readonly until?: Date;
  /** Whether a user with `sync` permission may still sync by hand while blocked. */
  readonly manualSync?: boolean;
}

/** How far ahead {@link syncWindowVerdict} looks for the moment automated syncs are let through again. */
export const HORIZON_DAYS = 366;

/** Window starts enumerated per window when looking ahead (one that opens every 5 minutes: about 17 days). */
const MAX_STARTS = 5000;

/**
 * The windows of `project` (an AppProject object as read from YAML) that are not as Argo CD can evaluate them:
 * one message per problem, `spec.syncWindows[i].field '<value>' …`. Argo CD rejects such a project on update and
 * fails every sync decision of its Applications with "invalid sync windows" when it gets one anyway.
 */
export function syncWindowProblems(project: unknown): string[] {
  const windows = (project as { spec?: { syncWindows?: unknown } } | undefined)?.spec?.syncWindows;
  if (windows === undefined || windows === null) return [];
  if (!Array.isArray(windows)) return [`spec.syncWindows is not a list`];
  const problems: string[] = [];
  windows.forEach((w: RenderedSyncWindow, i) => {
    const at = `spec.syncWindows[${i}]`;
    if (typeof w !== 'object' || w === null) {
      problems.push(`${at} is not an object`);
      return;
    }
    const why = scheduleProblem(w.schedule);
    if (why) problems.push(`${at}.schedule '${w.schedule}' is not a five-field cron schedule: ${why}`);
    if (typeof w.duration !== 'string' || goDuration(w.duration) === undefined) problems.push(`${at}.duration '${w.duration}' is not a Go duration`);
  });
  return problems;
}

/** The sync windows of an AppProject object; check {@link syncWindowProblems} first. */
export function projectSyncWindows(project: unknown): RenderedSyncWindow[] {
  const windows = (project as { spec?: { syncWindows?: unknown } } | undefined)?.spec?.syncWindows;
  return Array.isArray(windows) ? (windows as RenderedSyncWindow[]) : [];
}

/** Whether automated syncs of `target` are let through at `at`, and if not, why and until when. */
export function syncWindowVerdict(windows: readonly RenderedSyncWindow[], target: WindowTarget, at: Date): SyncWindowVerdict {
  const matched = matchingWindows(windows, target);
  const now = stateAt(matched, at.getTime());
  if (!now.blocked) return { blocked: false };
  const until = openingAfter(matched, at.getTime());
  // the deny window still active just before `until` (back-to-back windows: the last one), or the allow window that opens
  const window =
    (until === undefined
      ? undefined
      : now.reason === 'deny'
        ? matched.find((w) => w.kind === 'deny' && isWindowActive(w, new Date(until - 1)))
        : matched.find((w) => w.kind === 'allow' && isWindowActive(w, new Date(until + 1)))) ?? now.windows[0];
  // CanSync(isManual=true): every active deny window, or every inactive allow window, must allow manual syncs
  const manualSync = now.windows.every((w) => w.manualSync === true);
  return { blocked: true, reason: now.reason, window, until: until === undefined ? undefined : new Date(until), manualSync };
}

/**
 * The windows that apply to `target` (SyncWindows.Matches): by default a window applies when any of its
 * `applications` globs matches the Application's name, any `clusters` glob its destination name or server, or any
 * `namespaces` glob its destination namespace; with `andOperator` every list it sets must match.
 */
export function matchingWindows(windows: readonly RenderedSyncWindow[], target: WindowTarget): RenderedSyncWindow[] {
  const out: RenderedSyncWindow[] = [];
  for (const w of windows) {
    const and = w.andOperator === true;
    let matched = false;
    let isSet = false;
    if ((w.applications ?? []).length > 0) {
      isSet = true;
      matched = w.applications!.some((a) => globMatch(a, target.name));
    }
    if (and && !matched && isSet) continue;
    if (!and && matched) {
      out.push(w);
      continue;
    }
    if ((w.clusters ?? []).length > 0) {
      matched = false;
      isSet = true;
      matched = w.clusters!.some((c) => (!!target.destinationName && globMatch(c, target.destinationName)) || (!!target.server && globMatch(c, target.server)));
    }
    if (isSet && and && !matched) continue;
    if (!and && matched) {
      out.push(w);
      continue;
    }
    if ((w.namespaces ?? []).length > 0) matched = w.namespaces!.some((n) => globMatch(n, target.namespace));
    if (matched) out.push(w);
  }
  return out;
}

/**
 * Whether a window is active at `at` (SyncWindow.active): Argo CD moves the time by its time zone's UTC offset at
 * that moment (an unknown or empty zone counts as UTC), then asks the schedule, read as UTC, for its first start
 * after that time minus the duration; the window is active when that start is strictly before the moved time. So a
 * window is active from just after a start until start + duration, not at the start minute itself; and on the night
 * a daylight-saving change falls inside a window, its end moves with the clock (`0 1 * * *` for 3h in
 * America/Chicago ends at 04:00 CDT on the spring-forward night: two real hours).
 */
export function isWindowActive(w: RenderedSyncWindow, at: Date): boolean {
  const wall = wallClock(w, at.getTime());
  return nextStart(w.schedule ?? '', wall - durationMs(w)) < wall;
}

/** The time zone Argo CD evaluates a window in: its `timeZone` when the tz database knows it, otherwise UTC. */
export function windowZone(w: RenderedSyncWindow): string {
  const zone = w.timeZone ?? '';
  if (zone === '' || zone === 'Local') return 'UTC'; // Go's LoadLocation: "" is UTC; "Local" is the controller's (UTC)
  return DateTime.fromMillis(0, { zone }).isValid ? zone : 'UTC';
}

type State = { blocked: false } | { blocked: true; reason: 'deny' | 'allow'; windows: RenderedSyncWindow[] };

/** SyncWindows.CanSync(isManual=false) of the matching windows, with the windows that decide it. */
function stateAt(matched: readonly RenderedSyncWindow[], t: number): State {
  if (matched.length === 0) return { blocked: false };
  const active = matched.filter((w) => isWindowActive(w, new Date(t)));
  const deny = active.filter((w) => w.kind === 'deny');
  if (deny.length > 0) return { blocked: true, reason: 'deny', windows: deny };
  if (active.some((w) => w.kind === 'allow')) return { blocked: false };
  const closedAllows = matched.filter((w) => w.kind === 'allow' && !active.includes(w));
  return closedAllows.length > 0 ? { blocked: true, reason: 'allow', windows: closedAllows } : { blocked: false };
}

/**
 * The first time after `t` at which automated syncs are let through: the windows change state only at their starts
 * (active from just after one) and ends, so those are the candidates, tried in order. Reported as the start itself for
 * an allow window that opens. Looks 2 days ahead, then 30, then {@link HORIZON_DAYS}; undefined when none.
 */
function openingAfter(matched: readonly RenderedSyncWindow[], t: number): number | undefined {
  for (const days of [2, 30, HORIZON_DAYS]) {
    // starts up to `days + 2` days ahead on the wall clock cover every event up to `days` ahead in real time (offsets
    // differ by at most 28 hours); a window that opens too often to enumerate lowers the bound to what was enumerated
    let bound = t + days * DAY;
    const candidates: { at: number; report: number }[] = [];
    for (const w of matched) {
      const d = durationMs(w);
      const wallNow = wallClock(w, t);
      const starts = startsAfter(w.schedule ?? '', wallNow - d);
      let n = 0;
      for (let s = starts(); s !== undefined && s <= wallNow + (days + 2) * DAY; s = starts()) {
        const start = realTime(w, s);
        candidates.push({ at: start + 1, report: start }, { at: realTime(w, s + d), report: realTime(w, s + d) });
        if (++n === MAX_STARTS) {
          bound = Math.min(bound, start - 2 * DAY);
          break;
        }
      }
    }
    candidates.sort((a, b) => a.at - b.at);
    for (const c of candidates) if (c.at > t && c.at <= bound && !stateAt(matched, c.at).blocked) return c.report;
  }
  return undefined;
}

const DAY = 86_400_000;

/** The schedule's starts after `after`, one per call, read in UTC; undefined once there are no more. */
function startsAfter(schedule: string, after: number): () => number | undefined {
  let it: ReturnType<typeof CronExpressionParser.parse> | undefined;
  try {
    it = CronExpressionParser.parse(schedule, { currentDate: new Date(after), tz: 'UTC' });
  } catch {
    it = undefined;
  }
  return () => {
    try {
      return it?.next().getTime();
    } catch {
      return undefined;
    }
  };
}

/** `t` moved by the window's zone offset at `t`: the wall-clock time there, as a UTC instant (scheduleOffsetByTimeZone). */
function wallClock(w: RenderedSyncWindow, t: number): number {
  return t + DateTime.fromMillis(t, { zone: windowZone(w) }).offset * 60_000;
}

/** The instant at which the window's zone shows the wall-clock time `wall` (the later one in a spring-forward gap). */
function realTime(w: RenderedSyncWindow, wall: number): number {
  return DateTime.fromMillis(wall, { zone: 'utc' }).setZone(windowZone(w), { keepLocalTime: true }).toMillis();
}

function durationMs(w: RenderedSyncWindow): number {
  return (goDuration(w.duration ?? '')?.toSeconds() ?? 0) * 1000;
}

/** A rendered window's duration, or undefined when Argo CD could not read it. */
function goDuration(text: string): Duration | undefined {
  return attempt(() => Duration.go(text));
}

/**
 * robfig/cron's Schedule.Next read in UTC: the first start strictly after `after` (whole seconds). robfig gives up
 * after five years and returns Go's zero time, which is before any time: such a window counts as always active.
 */
function nextStart(schedule: string, after: number): number {
  try {
    return CronExpressionParser.parse(schedule, { currentDate: new Date(after), tz: 'UTC' }).next().getTime();
  } catch {
    return -Infinity;
  }
}

/** Why a schedule is not one Argo CD's window parser takes (robfig/cron, five fields, no descriptors), or undefined. */
function scheduleProblem(schedule: unknown): string | undefined {
  if (typeof schedule !== 'string' || schedule.trim() === '') return 'empty';
  const s = schedule.trim();
  if (s.startsWith('@')) return 'descriptors (@daily, …) are not accepted for sync windows';
  const fields = s.split(/\s+/);
  if (fields.length !== 5) return `expected 5 fields (minute hour day-of-month month day-of-week), found ${fields.length}`;
  if (/[LW#]/.test(fields.slice(2).join(' ').replace(/[A-Za-z]{3}/g, ''))) return 'L, W and # are not supported';
  try {
    CronExpressionParser.parse(s, { tz: 'UTC' });
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

/**
 * Argo CD's glob match of a window's `applications`, `clusters` and `namespaces` (gobwas/glob, no separators):
 * `*` any text, `?` one character, `[abc]` / `[a-z]` / `[!abc]` a class, `{a,b}` alternatives, `\` escapes. A
 * pattern that does not compile matches nothing.
 */
export function globMatch(pattern: string, value: string): boolean {
  if (pattern === '*') return true;
  const re = globRegExp(pattern);
  return re !== undefined && re.test(value);
}

const REGEXP_SPECIAL = /[.*+?^${}()|[\]\\/-]/g;

function globRegExp(pattern: string): RegExp | undefined {
  let re = '';
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      if (++i >= pattern.length) return undefined;
      re += pattern[i].replace(REGEXP_SPECIAL, '\\$&');
    } else if (c === '*') {
      re += '.*';
    } else if (c === '?') {
      re += '.';
    } else if (c === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close < 0) return undefined;
      let body = pattern.slice(i + 1, close);
      const negate = body.startsWith('!');
      if (negate) body = body.slice(1);
      if (body === '') return undefined;
      const items = [...body.matchAll(/(.)(?:-(.))?/gs)].map(([, a, b]) => (b === undefined ? esc(a) : `${esc(a)}-${esc(b)}`));
      re += `[${negate ? '^' : ''}${items.join('')}]`;
      i = close;
    } else if (c === '{') {
      depth++;
      re += '(?:';
    } else if (c === '}' && depth > 0) {
      depth--;
      re += ')';
    } else if (c === ',' && depth > 0) {
      re += '|';
    } else {
      re += c.replace(REGEXP_SPECIAL, '\\$&');
    }
  }
  return depth === 0 ? new RegExp(`^${re}$`, 's') : undefined;
}

function esc(ch: string): string {
  return ch.replace(/[\]\\^-]/g, '\\$&');
}

/** A time in a window's zone: `2026-12-01T18:00:00-06:00` and `18:00`. */
export function formatInZone(t: Date, zone: string): { iso: string; clock: string } {
  const dt = DateTime.fromMillis(t.getTime(), { zone });
  return { iso: dt.toISO({ suppressMilliseconds: true })!, clock: dt.toFormat('HH:mm') };
}

/**
 * The verdict in one line: `gridos-prod: automated sync open`, or
 * `gridos-prod: automated sync blocked by deny window '0 8 * * 1-5' (10h, America/Chicago) until
 * 2026-12-01T18:00:00-06:00 (18:00 America/Chicago); manual sync allowed`.
 */
export function describeVerdict(application: string, v: SyncWindowVerdict): string {
  if (!v.blocked || !v.window) return `${application}: automated sync open`;
  const zone = windowZone(v.window);
  const which = v.reason === 'deny' ? 'by deny window' : 'outside allow window';
  let until = ` with no opening within ${HORIZON_DAYS} days`;
  if (v.until) {
    const f = formatInZone(v.until, zone);
    until = ` until ${f.iso} (${f.clock} ${zone})`;
  }
  return `${application}: automated sync blocked ${which} '${v.window.schedule}' (${v.window.duration}, ${zone})${until}; manual sync ${v.manualSync ? 'allowed' : 'blocked'}`;
}
