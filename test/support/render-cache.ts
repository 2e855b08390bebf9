import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { writeFileAtomic } from '../../src/output/atomic';
import { PROJECT_ROOT } from '../../src/tree/layout';

/*
 * Results of the real engines (helm template, kubectl kustomize, promtool) are pure functions of the binary and their
 * inputs, and slow: they are kept across runs under node_modules/.cache/gridops-test/<engine>/, one file per result,
 * named by a digest of everything they depend on, so a run computes only what changed.
 */

/** A content-keyed cache of one engine's results. */
export class RenderCache {
  private readonly dir: string;

  public constructor(engine: string) {
    this.dir = path.join(PROJECT_ROOT, 'node_modules', '.cache', 'gridops-test', engine);
  }

  /** The size and modification time of a binary, which key its results (a new binary renders anew). */
  public static stamp(binary: string): [number, number] {
    const st = fs.statSync(binary);
    return [st.size, st.mtimeMs];
  }

  /** The sha256 (hex) of the JSON of `inputs`. */
  public static digest(inputs: unknown): string {
    return createHash('sha256').update(JSON.stringify(inputs)).digest('hex');
  }

  /** The text kept under `name`, if any. */
  public read(name: string): string | undefined {
    const file = path.join(this.dir, name);
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  }

  /** Keeps `text` under `name` (atomically: a concurrent worker reads the whole result or none). */
  public write(name: string, text: string): void {
    fs.mkdirSync(this.dir, { recursive: true });
    writeFileAtomic(path.join(this.dir, name), text);
  }

  /** The value kept under `name` (as JSON), else `make()`'s, kept for the next run. */
  public json<T>(name: string, make: () => T): T {
    const kept = this.read(name);
    if (kept !== undefined) return JSON.parse(kept) as T;
    const value = make();
    this.write(name, JSON.stringify(value));
    return value;
  }
}
