import * as path from 'path';
import { HclParse, hcl2jsonDir, parseHcl } from '../engines/hcl2json';
import { packageVersion, ResultCache } from './result-cache';
import { validatorsRoot } from './schema';

/**
 * HCL parses remembered across runs (node_modules/.cache/gridops-validation/hcl.json), keyed by the parser's version
 * and the file's text, so that a synth whose Terraform files did not change (an image tag bump) never loads the
 * parser's WebAssembly. Only files that parse are remembered (their JSON): a syntax error is parsed, and reported,
 * every time.
 */
export class HclParseCache {
  private static readonly LIMIT = 200;

  /** The cache of a repository (one per process), or undefined without the parser's package to key it by. */
  public static of(root: string = validatorsRoot()): HclParseCache | undefined {
    const cache = ResultCache.of<Record<string, unknown>>('hcl', packageVersion(path.join(hcl2jsonDir(), 'package.json')), root, HclParseCache.LIMIT);
    return cache && new HclParseCache(cache);
  }

  private constructor(private readonly cache: ResultCache<Record<string, unknown>>) {}

  /** The file as HashiCorp's parser reads it: remembered, or parsed (and remembered when it parses). */
  public parse(file: string, text: string): HclParse {
    const known = this.cache.get(text);
    if (known) return { json: known };
    const parsed = parseHcl(file, text);
    if (parsed.json) this.cache.set(text, parsed.json);
    return parsed;
  }

  /** Writes the entries used last (atomically; a failure to write only costs speed). */
  public save(): void {
    this.cache.save();
  }
}
