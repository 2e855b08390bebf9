import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { writeFileAtomic } from '../output/atomic';

/**
 * Results of a pure, slow computation (a parse, a validation) remembered across runs in
 * `<root>/node_modules/.cache/gridops-validation/<name>.json`, keyed by a sha1 of the computing tool's version and the
 * input (`sha1(version \0 input)`; an empty version hashes the input alone, for inputs that carry their own version).
 *
 * - Loaded once per process per root and name; a missing or unreadable file is an empty cache.
 * - Only results the caller keeps are stored (successes: a failure is computed, and reported, every time).
 * - `save()` writes atomically the `limit` most recently used entries: entries read or written in this run move to
 *   the end, so the entries of the tree in use outlive those of a large run over other inputs (the tests'). It writes
 *   when there are new entries, or when an entry read in this run has drifted into the older half of what the file can
 *   hold (more than `limit / 2` entries after it): so a run that only reads, entries near the end, writes nothing, and
 *   an entry read in a run survives at least `limit / 2` new entries of later runs that do not read it. A failure to
 *   write (a read-only node_modules) only costs speed.
 * - The file is a JSON array of `[key, result]`, except that a result `true` (a cache of keys: "found valid") is
 *   stored as the bare key.
 */
export class ResultCache<T> {
  private static memo = new Map<string, ResultCache<any>>();

  /**
   * The cache `name` of a repository (one per process), or undefined without a version (the tool is missing), in
   * which case nothing is remembered.
   */
  public static of<T>(name: string, version: string, root: string, limit?: number): ResultCache<T>;
  public static of<T>(name: string, version: string | undefined, root: string, limit?: number): ResultCache<T> | undefined;
  public static of<T>(name: string, version: string | undefined, root: string, limit = 1000): ResultCache<T> | undefined {
    if (version === undefined) return undefined;
    const id = JSON.stringify([root, name, version]);
    let c = ResultCache.memo.get(id) as ResultCache<T> | undefined;
    if (!c) {
      c = new ResultCache<T>(path.join(root, 'node_modules', '.cache', 'gridops-validation', `${name}.json`), version, limit);
      ResultCache.memo.set(id, c);
    }
    return c;
  }

  /** Key → result, in order of last use (least recent first). */
  private readonly entries = new Map<string, T>();
  /** Where each key is in the file (0: the oldest), and how many keys it has. */
  private position = new Map<string, number>();
  private stored = 0;
  /** New entries, or an entry read that is at risk of eviction: the file is to be written. */
  private dirty = false;

  private constructor(
    public readonly file: string,
    private readonly version: string,
    private readonly limit: number,
  ) {
    let data: unknown;
    try {
      data = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch {
      data = [];
    }
    for (const e of Array.isArray(data) ? data : []) {
      if (typeof e === 'string') this.entries.set(e, true as T);
      else if (Array.isArray(e) && e.length === 2 && typeof e[0] === 'string') this.entries.set(e[0], e[1] as T);
    }
    this.placeFileOrder([...this.entries.keys()]);
  }

  /** Notes the order of the keys in the file (as read, or as written). */
  private placeFileOrder(keys: readonly string[]): void {
    this.position = new Map(keys.map((k, i) => [k, i]));
    this.stored = keys.length;
  }

  /** The key of an input: sha1 of the version, NUL and the input, base64. */
  public key(input: string): string {
    const h = createHash('sha1');
    if (this.version) h.update(this.version).update('\0');
    return h.update(input).digest('base64');
  }

  /** The remembered result of an input (which becomes the most recently used), or undefined. */
  public get(input: string): T | undefined {
    const key = this.key(input);
    const known = this.entries.get(key);
    if (known === undefined) return undefined;
    const at = this.position.get(key);
    if (at !== undefined && this.stored - at > this.limit / 2) this.dirty = true;
    this.entries.delete(key);
    this.entries.set(key, known);
    return known;
  }

  /** Remembers the result of an input (as the most recently used). */
  public set(input: string, result: T): void {
    const key = this.key(input);
    if (this.entries.get(key) !== result) this.dirty = true;
    this.entries.delete(key);
    this.entries.set(key, result);
  }

  /** The remembered result of an input, or `compute()`'s, remembered when `keep` says so (by default always). */
  public remember(input: string, compute: () => T, keep: (result: T) => boolean = () => true): T {
    const known = this.get(input);
    if (known !== undefined) return known;
    const result = compute();
    if (keep(result)) this.set(input, result);
    return result;
  }

  /** Writes the `limit` most recently used entries (atomically) when there are new ones or a read one is at risk. */
  public save(): void {
    if (!this.dirty) return;
    this.dirty = false;
    const kept = [...this.entries].slice(-this.limit);
    this.placeFileOrder(kept.map(([k]) => k));
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      writeFileAtomic(this.file, JSON.stringify(kept.map(([k, v]) => (v === true ? k : [k, v]))));
    } catch {
      // read-only node_modules: computed again next time
    }
  }
}

const versions = new Map<string, string | undefined>();

/** The `version` of a package.json (read once per process), or undefined when it cannot be read. */
export function packageVersion(packageJson: string): string | undefined {
  if (!versions.has(packageJson)) {
    let version: string | undefined;
    try {
      const v = (JSON.parse(fs.readFileSync(packageJson, 'utf8')) as { version?: unknown }).version;
      version = typeof v === 'string' && v ? v : undefined;
    } catch {
      version = undefined;
    }
    versions.set(packageJson, version);
  }
  return versions.get(packageJson);
}
