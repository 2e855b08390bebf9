import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { HclParse, hcl2jsonDir, parseHcl } from '../engines/hcl2json';
import { writeFileAtomic } from '../output/atomic';
import { validatorsRoot } from './schema';

/**
 * HCL parses remembered across runs (node_modules/.cache/gridops-validation/hcl.json), keyed by the parser's version
 * and the file's text, so that a synth whose Terraform files did not change (an image tag bump) never loads the
 * parser's WebAssembly. Only files that parse are remembered: a syntax error is parsed, and reported, every time.
 */
export class HclParseCache {
  private static readonly LIMIT = 200;
  private static memo = new Map<string, HclParseCache | null>();

  /** The cache of a repository (one per process), or undefined without the parser's package to key it by. */
  public static of(root: string = validatorsRoot()): HclParseCache | undefined {
    let c = HclParseCache.memo.get(root);
    if (c === undefined) {
      let version: string | undefined;
      try {
        version = (JSON.parse(fs.readFileSync(path.join(hcl2jsonDir(), 'package.json'), 'utf8')) as { version: string }).version;
      } catch {
        version = undefined;
      }
      c = version ? new HclParseCache(path.join(root, 'node_modules', '.cache', 'gridops-validation', 'hcl.json'), version) : null;
      HclParseCache.memo.set(root, c);
    }
    return c ?? undefined;
  }

  private readonly entries: Map<string, Record<string, unknown>>;
  private dirty = false;

  private constructor(
    private readonly file: string,
    private readonly version: string,
  ) {
    let stored: [string, Record<string, unknown>][] = [];
    try {
      stored = JSON.parse(fs.readFileSync(file, 'utf8')) as [string, Record<string, unknown>][];
    } catch {
      stored = [];
    }
    this.entries = new Map(Array.isArray(stored) ? stored : []);
  }

  /** The file as HashiCorp's parser reads it: remembered, or parsed (and remembered when it parses). */
  public parse(file: string, text: string): HclParse {
    const key = createHash('sha1').update(this.version).update('\0').update(text).digest('base64');
    const known = this.entries.get(key);
    if (known) return { json: known };
    const parsed = parseHcl(file, text);
    if (parsed.json) {
      this.entries.delete(key);
      this.entries.set(key, parsed.json);
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
      writeFileAtomic(this.file, JSON.stringify([...this.entries].slice(-HclParseCache.LIMIT)));
    } catch {
      // read-only node_modules: parse again next time
    }
  }
}
