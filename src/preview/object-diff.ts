import { isDeepStrictEqual } from 'util';
import { JsonPath, pointerOf, valueAt } from '../model/json-pointer';
import { secretLike } from '../validation/rules/hardening';

/*
 * Field by field difference of two rendered objects (two versions of one apiVersion/kind/namespace/name), for
 * `gridops diff --base`. Objects are compared key by key; arrays element by element: arrays whose every element is an
 * object with a distinct `name` (containers, env, metrics, ports) by name, any other array by a longest common
 * subsequence, so that inserting one policy line in the middle of a list is one added line, not every line after it
 * changed. Values that could be secret are never carried: see {@link FieldChange.hidden}.
 */

/** How a field differs. */
export type FieldChangeKind = 'added' | 'removed' | 'changed';

/** One field that differs between the base's and the head's version of an object. */
export interface FieldChange {
  /**
   * JSON pointer of the field (RFC 6901: `/spec/template/spec/containers/0/image`). Array indexes are the head's, except
   * for a removed element, whose index is the base's.
   */
  readonly path: string;
  /** `added`: only the head has it; `removed`: only the base has it; `changed`: both, with different values. */
  readonly change: FieldChangeKind;
  /** The base's value (absent when added or hidden). */
  readonly old?: unknown;
  /** The head's value (absent when removed or hidden). */
  readonly new?: unknown;
  /**
   * The values are not shown: a Secret's `data`/`stringData`, or a value that looks like a secret (as the validation
   * rule hardening/secret-literal judges it: a private key, a token, a password-named credential, ...).
   */
  readonly hidden?: true;
}

type Json = unknown;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** What the field changes of one object are computed with. */
interface Walk {
  readonly kind: string;
  readonly base: Json;
  readonly head: Json;
  readonly out: FieldChange[];
}

/** The fields in which `head` differs from `base` (two versions of one object of kind `kind`), in document order. */
export function fieldChanges(kind: string, base: Json, head: Json): FieldChange[] {
  const walk: Walk = { kind, base, head, out: [] };
  compare(walk, base, head, [], []);
  return walk.out;
}

/** Compares `a` (at `aPath` of the base) with `b` (at `bPath` of the head). */
function compare(w: Walk, a: Json, b: Json, aPath: JsonPath, bPath: JsonPath): void {
  if (isDeepStrictEqual(a, b)) return;
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const k of keys) compare(w, a[k], b[k], [...aPath, k], [...bPath, k]);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    compareArrays(w, a, b, aPath, bPath);
    return;
  }
  if (a === undefined) record(w, 'added', a, b, bPath);
  else if (b === undefined) record(w, 'removed', a, b, aPath);
  else record(w, 'changed', a, b, bPath);
}

/** The names of an array's elements when every element is an object with a distinct string `name`. */
function names(xs: readonly Json[]): string[] | undefined {
  const out = xs.map((x) => (isPlainObject(x) && typeof x.name === 'string' ? x.name : undefined));
  if (out.some((n) => n === undefined) || new Set(out).size !== out.length) return undefined;
  return out as string[];
}

/** Arrays longer than this are compared index by index (the subsequence table grows with the product of the lengths). */
const MAX_LCS = 2000;

function compareArrays(w: Walk, a: readonly Json[], b: readonly Json[], aPath: JsonPath, bPath: JsonPath): void {
  const an = names(a);
  const bn = names(b);
  if (an && bn && (a.length > 0 || b.length > 0)) {
    bn.forEach((n, j) => {
      const i = an.indexOf(n);
      if (i >= 0) compare(w, a[i], b[j], [...aPath, i], [...bPath, j]);
      else record(w, 'added', undefined, b[j], [...bPath, j]);
    });
    an.forEach((n, i) => {
      if (!bn.includes(n)) record(w, 'removed', a[i], undefined, [...aPath, i]);
    });
    return;
  }
  if (a.length > MAX_LCS || b.length > MAX_LCS) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) compare(w, a[i], b[i], [...aPath, i], [...bPath, i]);
    return;
  }
  // Longest common subsequence of equal elements; between two matches, removed and added elements are paired up as
  // changes (compared field by field), the rest stay removed or added.
  const ak = a.map((x) => JSON.stringify(x));
  const bk = b.map((x) => JSON.stringify(x));
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = ak[i] === bk[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  let i = 0;
  let j = 0;
  let removed: number[] = [];
  let added: number[] = [];
  const flush = () => {
    const pairs = Math.min(removed.length, added.length);
    for (let k = 0; k < pairs; k++) compare(w, a[removed[k]], b[added[k]], [...aPath, removed[k]], [...bPath, added[k]]);
    for (const r of removed.slice(pairs)) record(w, 'removed', a[r], undefined, [...aPath, r]);
    for (const x of added.slice(pairs)) record(w, 'added', undefined, b[x], [...bPath, x]);
    removed = [];
    added = [];
  };
  while (i < n || j < m) {
    if (i < n && j < m && ak[i] === bk[j]) {
      flush();
      i++;
      j++;
    } else if (j < m && (i >= n || lcs[i][j + 1] >= lcs[i + 1][j])) added.push(j++);
    else removed.push(i++);
  }
  flush();
}

function record(w: Walk, change: FieldChangeKind, a: Json, b: Json, path: JsonPath): void {
  const pointer = pointerOf(path);
  if (isHidden(w, path, a, b)) {
    w.out.push({ path: pointer, change, hidden: true });
    return;
  }
  const entry: { path: string; change: FieldChangeKind; old?: unknown; new?: unknown } = { path: pointer, change };
  if (a !== undefined) entry.old = a;
  if (b !== undefined) entry.new = b;
  w.out.push(entry);
}

/** Whether the values of a change at `path` must not be shown. */
function isHidden(w: Walk, path: JsonPath, a: Json, b: Json): boolean {
  if (w.kind === 'Secret' && (path[0] === 'data' || path[0] === 'stringData')) return true;
  const key = fieldName(path);
  // the object holding the field: an env entry `{ name: DB_PASSWORD, value: ... }` is judged by its name
  const holderName = (doc: Json) => {
    const holder = valueAt(doc, path.slice(0, -1));
    return isPlainObject(holder) && typeof holder.name === 'string' ? holder.name : undefined;
  };
  return containsSecret(a, key, holderName(w.base)) || containsSecret(b, key, holderName(w.head));
}

/** The key a path ends in (for an array element: the array's key). */
function fieldName(path: JsonPath): string {
  for (let k = path.length - 1; k >= 0; k--) if (typeof path[k] === 'string') return path[k] as string;
  return '';
}

/**
 * Whether a value, or anything inside it, looks like a secret: a string {@link secretLike} judges secret under its
 * key, or under the `name` of the object holding it when the key is `value`.
 */
export function containsSecret(v: Json, key: string, holderName?: string): boolean {
  if (typeof v === 'string') return secretLike(key, v) !== undefined || (key === 'value' && holderName !== undefined && secretLike(holderName, v) !== undefined);
  if (Array.isArray(v)) return v.some((x) => containsSecret(x, key));
  if (isPlainObject(v)) {
    const name = typeof v.name === 'string' ? v.name : undefined;
    return Object.entries(v).some(([k, x]) => containsSecret(x, k, name));
  }
  return false;
}
