import { K8sObject, objectLabel } from './read';

/*
 * The migration report's unit: one field of an input object, its value, and what it became in the application's
 * configuration — mapped as it means, mapped with a change of meaning, not migrated, or refused (nothing is written).
 */

/**
 * What became of a field: `mapped` (same meaning), `changed` (mapped to the closest equivalent: the report says how the
 * meaning differs), `dropped` (no equivalent, nothing depends on it: not migrated, said why) or `refused` (no
 * equivalent, and dropping it would change what the application does: the migration stops).
 */
export type Level = 'mapped' | 'changed' | 'dropped' | 'refused';

/** One field of an input object and what it became. */
export interface ReportEntry {
  /** The file the object was read from. */
  readonly file: string;
  /** The object, `Canary podinfo`, `Deployment podinfo`. */
  readonly object: string;
  /** The field path in the object, `spec.analysis.threshold`, `metadata.annotations["prometheus.io/port"]`. */
  readonly field: string;
  /** Its value in the input (undefined: not set, which has a meaning of its own). */
  readonly value: unknown;
  readonly level: Level;
  /** What it became: a configuration field and value (`analysis.abortOnFailure: 10`), or why it did not. */
  readonly became: string;
  /** The change of meaning, or what to do about it. @default - none */
  readonly note?: string;
  /** What the field is, for a refusal's message (`type pre-rollout`). @default - none */
  readonly qualifier?: string;
}

/** A path segment as it appears in a field: `.key`, `["prometheus.io/port"]`, `[0]`. */
export function fieldOf(segments: readonly (string | number)[]): string {
  return segments
    .map((s, i) => (typeof s === 'number' ? `[${s}]` : /^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(s) ? `${i === 0 ? '' : '.'}${s}` : `[${JSON.stringify(s)}]`))
    .join('');
}

/** The segments of a field written by {@link fieldOf}. */
export function segmentsOf(field: string): (string | number)[] {
  const out: (string | number)[] = [];
  const re = /(?:^|\.)([A-Za-z_$][A-Za-z0-9_$-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  while (re.lastIndex < field.length) {
    const m = re.exec(field);
    if (!m) throw new Error(`not a field path: ${field}`);
    out.push(m[1] !== undefined ? m[1] : m[2] !== undefined ? Number(m[2]) : (JSON.parse(m[3]) as string));
  }
  return out;
}

/** The value at a field of an object. */
export function valueOf(object: unknown, field: string): unknown {
  let cur: unknown = object;
  for (const s of segmentsOf(field)) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[s];
  }
  return cur;
}

/** The entries of one input object, recorded as the mapping reads its fields. */
export class Entries {
  public readonly label: string;
  public readonly list: ReportEntry[] = [];
  /** What the user must know before relying on the migrated application, one line each (`file: object: field: …`). */
  public readonly warnings: string[] = [];

  public constructor(
    public readonly object: K8sObject,
    /** The file the object was read from. */
    public readonly file: string,
  ) {
    this.label = objectLabel(object);
  }

  /** The value of one of the object's fields. */
  public value(field: string): unknown {
    return valueOf(this.object, field);
  }

  /** A field mapped with its meaning. */
  public mapped(field: string, became: string, note?: string): void {
    this.add(field, 'mapped', became, note);
  }

  /** A field mapped to the closest equivalent; `note` says how the meaning changes. */
  public changed(field: string, became: string, note: string): void {
    this.add(field, 'changed', became, note);
  }

  /**
   * A field mapped to the closest equivalent that the application may depend on: recorded as {@link changed}, and
   * `warning` (what is lost and what to do) printed on standard error.
   */
  public changedWithWarning(field: string, became: string, note: string, warning: string): void {
    this.changed(field, became, note);
    this.warn(field, warning);
  }

  /** A warning about a field, printed on standard error: `file: object: field: text`. */
  public warn(field: string, text: string): void {
    this.warnings.push(`${this.file}: ${this.label}: ${field}: ${text}`);
  }

  /** A field not migrated: nothing in the configuration depends on it; `why` says so. */
  public dropped(field: string, why: string): void {
    this.add(field, 'dropped', '—', why);
  }

  /** A field that has no equivalent: the migration stops; `why` says what to do; `qualifier` what the field is (`type pre-rollout`). */
  public refused(field: string, why: string, qualifier?: string): void {
    this.add(field, 'refused', 'has no equivalent', why, qualifier);
  }

  /**
   * The entries in the order of the object's fields (a field the object does not set where its parent is), then as
   * recorded.
   */
  public ordered(): ReportEntry[] {
    const order = leafFields(this.object);
    const position = (field: string): number => {
      const i = order.findIndex((l) => l === field || l.startsWith(`${field}.`) || l.startsWith(`${field}[`));
      if (i >= 0) return i;
      const segs = segmentsOf(field);
      return segs.length > 1 ? position(fieldOf(segs.slice(0, -1))) : order.length;
    };
    return this.list
      .map((x, i) => ({ x, i, p: position(x.field) }))
      .sort((a, b) => a.p - b.p || a.i - b.i)
      .map((a) => a.x);
  }

  /** Whether an entry covers the field (names it or one of its parents). */
  public covers(field: string): boolean {
    return this.list.some((e) => e.field === field || field.startsWith(`${e.field}.`) || field.startsWith(`${e.field}[`));
  }

  private add(field: string, level: Level, became: string, note?: string, qualifier?: string): void {
    this.list.push({
      file: this.file,
      object: this.label,
      field,
      value: this.value(field),
      level,
      became,
      ...(note !== undefined ? { note } : {}),
      ...(qualifier !== undefined ? { qualifier } : {}),
    });
  }
}

/** The leaf fields of a value (an empty object or list is a leaf), depth first, in the document's order. */
export function leafFields(value: unknown, prefix: readonly (string | number)[] = []): string[] {
  if (Array.isArray(value)) return value.length === 0 ? [fieldOf(prefix)] : value.flatMap((v, i) => leafFields(v, [...prefix, i]));
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value);
    return keys.length === 0 ? [fieldOf(prefix)] : keys.flatMap((k) => leafFields((value as Record<string, unknown>)[k], [...prefix, k]));
  }
  return [fieldOf(prefix)];
}
