import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { ParsedQuery, parsePromql } from '../model/promql';
import { writeFileAtomic } from '../output/atomic';
import { validatorsRoot } from './schema';

/**
 * PromQL parses remembered across runs (node_modules/.cache/gridops-validation/promql.json), keyed by the grammar's
 * version and the query, so that a synth whose queries did not change (an image tag bump) never loads the grammar.
 * Only queries that parse are remembered: a syntax error is parsed, and reported, every time.
 */
export class PromqlParseCache {
  private static readonly LIMIT = 2000;
  private static memo = new Map<string, PromqlParseCache | null>();

  /** The cache of a repository (one per process), or undefined without the grammar's package to key it by. */
  public static of(root: string = validatorsRoot()): PromqlParseCache | undefined {
    let c = PromqlParseCache.memo.get(root);
    if (c === undefined) {
      let version: string | undefined;
      try {
        version = (JSON.parse(fs.readFileSync(path.join(root, 'node_modules', '@prometheus-io', 'lezer-promql', 'package.json'), 'utf8')) as { version: string }).version;
      } catch {
        version = undefined;
      }
      c = version ? new PromqlParseCache(path.join(root, 'node_modules', '.cache', 'gridops-validation', 'promql.json'), version) : null;
      PromqlParseCache.memo.set(root, c);
    }
    return c ?? undefined;
  }

  private readonly entries: Map<string, ParsedQuery>;
  private dirty = false;

  private constructor(
    private readonly file: string,
    private readonly version: string,
  ) {
    let stored: [string, ParsedQuery][] = [];
    try {
      stored = JSON.parse(fs.readFileSync(file, 'utf8')) as [string, ParsedQuery][];
    } catch {
      stored = [];
    }
    this.entries = new Map(Array.isArray(stored) ? stored : []);
  }

  /** The query as lezer-promql reads it: remembered, or parsed (and remembered when it parses). */
  public parse(query: string): ParsedQuery {
    const key = createHash('sha1').update(this.version).update('\0').update(query).digest('base64');
    const known = this.entries.get(key);
    if (known) return known;
    const parsed = parsePromql(query);
    if (!parsed.error) {
      this.entries.set(key, parsed);
      this.dirty = true;
    }
    return parsed;
  }

  /** Writes new entries (atomically; a failure to write only costs speed). */
  public save(): void {
    if (!this.dirty) return;
    this.dirty = false;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      writeFileAtomic(this.file, JSON.stringify([...this.entries].slice(-PromqlParseCache.LIMIT)));
    } catch {
      // read-only node_modules: parse again next time
    }
  }
}
