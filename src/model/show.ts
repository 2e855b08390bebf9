/**
 * A value as a message shows it: its JSON (`"semver"`, `{"mode":"nginx"}`, `[1,2]`), a function as what to do about
 * it, anything without JSON (undefined, a symbol) as JavaScript writes it. `unset` names an undefined value instead
 * (`(unset)`); JSON longer than `max` characters is cut to that length, ending in `...`.
 */
export function show(value: unknown, options: { readonly unset?: string; readonly max?: number } = {}): string {
  if (value === undefined && options.unset !== undefined) return options.unset;
  if (typeof value === 'function') return `a function (${value.name || 'anonymous'}): call it`;
  const s = JSON.stringify(value) ?? String(value);
  return options.max !== undefined && s.length > options.max ? `${s.slice(0, options.max - 3)}...` : s;
}
