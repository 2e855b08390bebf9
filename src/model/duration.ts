/** An Argo Rollouts duration string: an integer followed by s, m or h (`30s`, `1m`, `2h`). */
const DURATION = /^([1-9]\d*)(s|m|h)$/;

/** Seconds in a duration string, or undefined when it is not one. */
export function parseDuration(value: string): number | undefined {
  const m = DURATION.exec(value);
  if (!m) return undefined;
  return Number(m[1]) * { s: 1, m: 60, h: 3600 }[m[2] as 's' | 'm' | 'h'];
}

/** A whole number of seconds as a duration string in one unit, as {@link parseDuration} reads it back: `120` → `2m`, `90` → `90s`. */
export function durationString(seconds: number): string {
  if (seconds > 0 && seconds % 3600 === 0) return `${seconds / 3600}h`;
  if (seconds > 0 && seconds % 60 === 0) return `${seconds / 60}m`;
  return `${seconds}s`;
}

/** Human form of a number of seconds: `90s` → `1m30s`. */
export function formatSeconds(total: number): string {
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return [h ? `${h}h` : '', m ? `${m}m` : '', s || total === 0 ? `${s}s` : ''].join('');
}

/** Go's time.ParseDuration, in seconds; undefined when the text is not a Go duration. */
export function parseGoDuration(text: string): number | undefined {
  if (text === '0') return 0;
  const m = /^([-+]?)((?:(?:\d+\.?\d*|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+)$/.exec(text);
  if (!m) return undefined;
  const unit: Record<string, number> = { ns: 1e-9, us: 1e-6, µs: 1e-6, μs: 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };
  let total = 0;
  for (const part of m[2].matchAll(/(\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h)/g)) total += Number(part[1]) * unit[part[2]];
  return m[1] === '-' ? -total : total;
}

/**
 * Argo Rollouts' pause duration (RolloutPause.DurationSeconds): an integer number of seconds, or a string that is an
 * integer or a Go duration. Undefined when unparseable (the controller then treats it as -1, an invalid pause).
 */
export function parsePauseDuration(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  if (/^[-+]?\d+$/.test(value)) return Number(value);
  return parseGoDuration(value);
}
