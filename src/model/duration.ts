/** An Argo Rollouts duration string: an integer followed by s, m or h (`30s`, `1m`, `2h`). */
const DURATION = /^([1-9]\d*)(s|m|h)$/;

/** Seconds in a duration string, or undefined when it is not one. */
export function parseDuration(value: string): number | undefined {
  const m = DURATION.exec(value);
  if (!m) return undefined;
  return Number(m[1]) * { s: 1, m: 60, h: 3600 }[m[2] as 's' | 'm' | 'h'];
}

/** Human form of a number of seconds: `90s` → `1m30s`. */
export function formatSeconds(total: number): string {
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return [h ? `${h}h` : '', m ? `${m}m` : '', s || total === 0 ? `${s}s` : ''].join('');
}
