import { ValueError } from './errors';

/** An Argo Rollouts duration string: an integer followed by s, m or h (`30s`, `1m`, `2h`). */
const ROLLOUTS = /^([1-9]\d*)(s|m|h)$/;
/** A Go duration (time.ParseDuration): an optional sign, then decimal numbers each with a unit. */
const GO = /^([-+]?)((?:(?:\d+\.?\d*|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+)$/;
const GO_PART = /(\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h)/g;
const UNIT_SECONDS: Readonly<Record<string, number>> = { ns: 1e-9, us: 1e-6, µs: 1e-6, μs: 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };

/**
 * A length of time: a canary pause, an analysis interval, a scrape interval, a Prometheus `for`, a sync window. The
 * configuration writes durations as strings (`'2m'`, `'1h30m'`); the factories read them, refusing anything else with
 * the offending value, and the outputs write them back in the form each reader takes: as written (or in one unit) for
 * Argo Rollouts and Prometheus, hours, minutes and seconds for Argo CD's sync windows and dist/README.md.
 */
export class Duration {
  /** `n` seconds; refuses a value that is not a finite number. */
  public static seconds(n: number): Duration {
    if (typeof n !== 'number' || !Number.isFinite(n)) throw new ValueError(n, 'is not a number of seconds', 'duration');
    return new Duration(n);
  }

  /** `n` minutes. */
  public static minutes(n: number): Duration {
    return Duration.seconds(n * 60);
  }

  /**
   * The configuration's form, which Argo Rollouts and Prometheus both read: a whole number with s, m or h (`30s`, `1m`,
   * `2h`). The duration keeps the text, so the outputs write it as the configuration does.
   */
  public static parse(text: string): Duration {
    const m = typeof text === 'string' ? ROLLOUTS.exec(text) : null;
    if (!m) throw new ValueError(text, 'is not a duration: use a whole number with s, m or h (30s, 1m, 2h)');
    return new Duration(Number(m[1]) * UNIT_SECONDS[m[2]], text);
  }

  /** A Go duration, as Argo CD reads a sync window's (time.ParseDuration: `10h`, `1h30m`, `90m`, `1.5h`, `0`). */
  public static go(text: string): Duration {
    if (text === '0') return new Duration(0, text);
    const m = typeof text === 'string' ? GO.exec(text) : null;
    if (!m) throw new ValueError(text, 'is not a Go duration (10h, 1h30m, 90m)');
    let total = 0;
    for (const part of m[2].matchAll(GO_PART)) total += Number(part[1]) * UNIT_SECONDS[part[2]];
    return new Duration(m[1] === '-' ? -total : total, text);
  }

  /**
   * Argo Rollouts' pause duration (RolloutPause.DurationSeconds): an integer number of seconds, or a string that is an
   * integer or a Go duration. (The controller treats anything else as -1, an invalid pause.)
   */
  public static pause(value: unknown): Duration {
    if (typeof value === 'number' && Number.isInteger(value)) return new Duration(value);
    if (typeof value === 'string' && /^[-+]?\d+$/.test(value)) return new Duration(Number(value), value);
    if (typeof value === 'string') return Duration.go(value);
    throw new ValueError(value, 'is not a pause duration: an integer number of seconds or a Go duration');
  }

  private constructor(
    private readonly totalSeconds: number,
    /** The text the duration was read from, written back as it is. */
    private readonly text?: string,
  ) {}

  /** The duration in seconds. */
  public toSeconds(): number {
    return this.totalSeconds;
  }

  /** The duration in minutes (a fraction for seconds left over). */
  public toMinutes(): number {
    return this.totalSeconds / 60;
  }

  /** This duration and `other` one after the other. */
  public plus(other: Duration): Duration {
    return new Duration(this.totalSeconds + other.totalSeconds);
  }

  /** `n` of this duration one after the other. */
  public times(n: number): Duration {
    return Duration.seconds(this.totalSeconds * n);
  }

  /**
   * As the configuration wrote it, else in one unit, as {@link Duration.parse} reads it back (`120` seconds → `2m`,
   * `90` → `90s`): what Argo Rollouts and Prometheus are given.
   */
  public toString(): string {
    if (this.text !== undefined) return this.text;
    const s = this.totalSeconds;
    if (s > 0 && s % 3600 === 0) return `${s / 3600}h`;
    if (s > 0 && s % 60 === 0) return `${s / 60}m`;
    return `${s}s`;
  }

  /**
   * Hours, minutes and seconds, each only when not zero (`1h30m`, `1m30s`, `0s`): a Go duration, as Argo CD's sync
   * windows take it, and how dist/README.md says a time.
   */
  public toGo(): string {
    const total = this.totalSeconds;
    const h = Math.floor(total / 3600);
    const m = Math.floor((total % 3600) / 60);
    const s = total % 60;
    return [h ? `${h}h` : '', m ? `${m}m` : '', s || total === 0 ? `${s}s` : ''].join('');
  }

  /** In JSON (a message's value), the text: `"2m"`. */
  public toJSON(): string {
    return this.toString();
  }
}
