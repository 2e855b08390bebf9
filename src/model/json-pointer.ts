/*
 * JSON pointers (RFC 6901: `/spec/rules/0/backendRefs/1/weight`, `~1` for `/`, `~0` for `~`), as JSON patches,
 * Argo CD's ignoreDifferences and ajv's errors write them.
 */

/** A key and index path into a JSON value. */
export type JsonPath = readonly (string | number)[];

/**
 * The path a pointer names in `doc`: its reference tokens unescaped, each a number where the value it indexes is an
 * array (`''` is the document itself).
 */
export function pointerPath(doc: unknown, pointer: string): (string | number)[] {
  const out: (string | number)[] = [];
  let cur: unknown = doc;
  for (const token of pointer === '' ? [] : pointer.split('/').slice(1)) {
    const key = token.replace(/~1/g, '/').replace(/~0/g, '~');
    const step = Array.isArray(cur) ? Number(key) : key;
    out.push(step);
    cur = valueAt(cur, [step]);
  }
  return out;
}

/**
 * The value at a path of `doc` (a number indexes an array, a string keys an object): undefined where a step is
 * missing or does not fit what it steps into.
 */
export function valueAt(doc: unknown, path: JsonPath): unknown {
  let cur: unknown = doc;
  for (const step of path) {
    if (Array.isArray(cur)) cur = typeof step === 'number' ? cur[step] : undefined;
    else cur = typeof cur === 'object' && cur !== null && typeof step === 'string' ? (cur as Record<string, unknown>)[step] : undefined;
  }
  return cur;
}

/** The value a JSON pointer names in `doc`, undefined when it names nothing. */
export function valueAtPointer(doc: unknown, pointer: string): unknown {
  return valueAt(doc, pointerPath(doc, pointer));
}

/** The JSON pointer of a path (`['spec', 'rules', 0]` → `/spec/rules/0`; `/` and `~` escaped; `[]` is `''`). */
export function pointerOf(path: JsonPath): string {
  return path.map((step) => `/${String(step).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
