/**
 * Orders strings by UTF-16 code units: the same order on every machine and locale, and cheap. (`localeCompare` depends
 * on the ICU collator, whose first use alone costs synth about 13 ms.)
 */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
