import { CronExpressionParser } from 'cron-parser';
import { Settings } from 'luxon';
import { Duration } from './duration';
import { attempt } from './errors';

/** Properties of a {@link SyncWindow}. */
export interface SyncWindowProps {
  /** When the window opens: a standard five-field cron expression (minute hour day-of-month month day-of-week). */
  readonly schedule: string;
  /** How long the window stays open, as a Go duration of hours and minutes (`10h`, `1h30m`, `90m`). */
  readonly duration: string;
  /** Whether a person may still sync by hand while the window blocks automated syncs. @default false */
  readonly manualSync?: boolean;
  /** Why the window exists, shown in the Argo CD UI. @default - none */
  readonly description?: string;
  /** IANA time zone of the schedule. @default - the platform's `argocd.timeZone` */
  readonly timeZone?: string;
}

/**
 * An Argo CD sync window of one environment: a period in which Argo CD may (`allow`) or may not (`deny`) sync the
 * environment's Application. Rendered into the application's AppProject, scoped to that one Application.
 */
export class SyncWindow {
  /** Argo CD syncs nothing automatically while the window is open (manual syncs only if `manualSync`). */
  public static deny(props: SyncWindowProps): SyncWindow {
    return new SyncWindow('deny', props);
  }

  /** Argo CD syncs only while an allow window is open. */
  public static allow(props: SyncWindowProps): SyncWindow {
    return new SyncWindow('allow', props);
  }

  /**
   * Peak hours no canary may step into: a deny window for automated syncs that Argo CD gets early by the
   * environment's canary duration ({@link SyncWindow.forCanary}), so a sync just before the peak cannot start a canary
   * that would still be stepping when it begins. The schedule must name one start time (`M H * * <days>`).
   */
  public static peakHours(props: SyncWindowProps): SyncWindow {
    return new SyncWindow('deny', props, true);
  }

  public readonly schedule: string;
  /** How long the window stays open, as the configuration writes it (and Argo CD reads it). */
  public readonly duration: string;
  /**
   * How long the window stays open: its duration when that is a positive Go duration of whole minutes (`10h`, `1h30m`,
   * `90m`), so the generated README can show clock times; else undefined, which the configuration check refuses.
   * (Argo CD itself takes any positive Go duration; the validation rule argocd/sync-window-duration checks that.)
   */
  public readonly openFor?: Duration;
  public readonly manualSync: boolean;
  public readonly description?: string;
  public readonly timeZone?: string;

  private constructor(
    /** `allow` or `deny`, as Argo CD spells it. */
    public readonly kind: 'allow' | 'deny',
    props: SyncWindowProps,
    /** Peak hours ({@link SyncWindow.peakHours}): Argo CD's window starts early by the canary's duration. */
    public readonly peak: boolean = false,
  ) {
    this.schedule = props.schedule;
    this.duration = props.duration;
    this.openFor = wholeMinutes(props.duration);
    this.manualSync = props.manualSync ?? false;
    this.description = props.description;
    this.timeZone = props.timeZone;
  }
}

/**
 * The window Argo CD enforces for an environment whose canary takes `canarySeconds` (pauses plus pod rounds): a
 * peak-hours window starts early by that time, rounded up to the minute (and the previous day's when that crosses
 * midnight), and lasts as much longer; any other window is itself. Throws for a peak window whose schedule is not one
 * start time (`M H * * <days>`): the configuration check refuses it first.
 */
export function enforcedWindow(w: SyncWindow, canarySeconds: number): SyncWindow {
  if (!w.peak) return w;
  const start = startOf(w.schedule);
  if (!start) throw new Error(`peak window schedule '${w.schedule}' is not one start time (M H * * <days>)`);
  const lead = Math.ceil(Duration.seconds(canarySeconds).toMinutes());
  let minute = start.minute - lead;
  let days = start.days;
  if (minute < 0) {
    minute += 24 * 60;
    days = days === undefined ? undefined : days.map((d) => (d + 6) % 7);
  }
  const total = Duration.minutes((w.openFor?.toMinutes() ?? 0) + lead);
  const dayField = days === undefined ? '*' : cronDays(days);
  return SyncWindow.deny({
    schedule: `${minute % 60} ${Math.floor(minute / 60)} * * ${dayField}`,
    duration: total.toGo(),
    manualSync: w.manualSync,
    description: w.description ? `${w.description} (starts ${lead}m early: a canary takes ${lead}m)` : `peak hours; starts ${lead}m early: a canary takes ${lead}m`,
    timeZone: w.timeZone,
  });
}

/** The one start time of a schedule `M H * * <days>`: minutes after midnight and the days (0 = Sunday), or undefined. */
export function startOf(schedule: string): { minute: number; days?: number[] } | undefined {
  try {
    const f = CronExpressionParser.parse(schedule).fields;
    if (f.minute.values.length !== 1 || f.hour.values.length !== 1 || !f.dayOfMonth.isWildcard || !f.month.isWildcard) return undefined;
    const days = f.dayOfWeek.isWildcard ? undefined : [...new Set(f.dayOfWeek.values.map((d) => Number(d) % 7))].sort((a, b) => a - b);
    return { minute: Number(f.hour.values[0]) * 60 + Number(f.minute.values[0]), days };
  } catch {
    return undefined;
  }
}

/** Days of the week as a cron field: runs as ranges (`1-5`), the rest as a list. */
function cronDays(days: readonly number[]): string {
  const runs: number[][] = [];
  for (const d of [...days].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && d === last[last.length - 1] + 1) last.push(d);
    else runs.push([d]);
  }
  return runs.map((r) => (r.length >= 2 ? `${r[0]}-${r[r.length - 1]}` : `${r[0]}`)).join(',');
}

/** `text` when it is a positive Go duration of whole minutes, else undefined. */
function wholeMinutes(text: string): Duration | undefined {
  const d = attempt(() => Duration.go(text));
  return d !== undefined && d.toSeconds() > 0 && Number.isInteger(d.toMinutes()) ? d : undefined;
}

// cron-parser dates each expression it parses with luxon, which otherwise asks ICU for the system's locale and time zone
// (about 17 ms on first use). Only the expressions' fields are used here, never a date, so neither is needed.
Settings.defaultLocale = 'en-US';
Settings.defaultZone = 'utc';

const DESCRIPTORS = ['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly'];

/**
 * Why a schedule is not one Argo CD's cron parser (robfig/cron ParseStandard with descriptors) accepts, or undefined.
 * The configuration checks and the validation rule argocd/sync-window-schedule both use it.
 */
export function cronScheduleProblem(schedule: unknown): string | undefined {
  if (typeof schedule !== 'string' || schedule.trim() === '') return 'empty';
  const s = schedule.trim();
  if (s.startsWith('@')) {
    if (DESCRIPTORS.includes(s)) return undefined;
    const every = /^@every\s+(\S+)$/.exec(s);
    return every && (attempt(() => Duration.go(every[1]))?.toSeconds() ?? 0) > 0 ? undefined : 'unknown descriptor';
  }
  const fields = s.split(/\s+/);
  if (fields.length !== 5) return `expected 5 fields (minute hour day-of-month month day-of-week), found ${fields.length}`;
  if (/[LW#]/i.test(fields.slice(2).join(' ').replace(/[A-Z]{3}/gi, (m) => (/^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|sun|mon|tue|wed|thu|fri|sat)$/i.test(m) ? '' : m)))) {
    return 'L, W and # are not supported';
  }
  try {
    CronExpressionParser.parse(s);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

/** Whether `zone` is an IANA time zone name exactly as spelled in the tz database (Argo CD loads it by that name). */
export function isTimeZone(zone: string): boolean {
  // Fast path: ICU's canonical zone names, each of which resolves to itself below. Formatting in a time zone loads
  // ICU's zone data, which costs synth about 20 ms, so it is only asked about names not in this list.
  canonicalZones ??= new Set(Intl.supportedValuesOf('timeZone'));
  if (canonicalZones.has(zone)) return true;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone === zone;
  } catch {
    return false;
  }
}

let canonicalZones: Set<string> | undefined;

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/**
 * The window in words, in its own time zone: `deny Mon–Fri 08:00–18:00 America/Chicago (manual sync allowed)`.
 * Schedules that are not a single daily start time fall back to the cron expression and the duration.
 */
export function describeSyncWindow(w: SyncWindow, timeZone: string): string {
  const manual = w.kind === 'deny' ? (w.manualSync ? ' (manual sync allowed)' : ' (manual sync blocked too)') : '';
  return `${w.kind} ${describeWindowTime(w, timeZone)}${manual}`;
}

/** When the window is open, in words, with its time zone: `Mon–Fri 08:00–18:00 America/Chicago`. */
export function describeWindowTime(w: SyncWindow, timeZone: string): string {
  const minutes = w.openFor?.toMinutes() ?? 0;
  let when = `cron '${w.schedule}' for ${w.duration}`;
  try {
    const f = CronExpressionParser.parse(w.schedule).fields;
    if (f.minute.values.length === 1 && f.hour.values.length === 1 && f.dayOfMonth.isWildcard && f.month.isWildcard) {
      const start = Number(f.hour.values[0]) * 60 + Number(f.minute.values[0]);
      const end = start + minutes;
      const days = f.dayOfWeek.isWildcard ? 'daily' : dayList(f.dayOfWeek.values.map(Number));
      const nextDay = end >= 24 * 60 ? ' (next day)' : '';
      when = `${days} ${clock(start)}–${clock(end % (24 * 60))}${nextDay}`;
    }
  } catch {
    // not a valid schedule: the configuration check reports it; keep the raw form
  }
  return `${when} ${timeZone}`;
}

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** `[1,2,3,4,5]` → `Mon–Fri`; `[0,6]` → `Sun, Sat`. */
function dayList(days: number[]): string {
  const sorted = [...new Set(days.map((d) => d % 7))].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const d of sorted) {
    const last = runs[runs.length - 1];
    if (last && d === last[last.length - 1] + 1) last.push(d);
    else runs.push([d]);
  }
  return runs.map((r) => (r.length >= 3 ? `${DAYS[r[0]]}–${DAYS[r[r.length - 1]]}` : r.map((d) => DAYS[d]).join(', '))).join(', ');
}
