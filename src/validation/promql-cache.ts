import * as path from 'path';
import { ParsedQuery, parsePromql } from '../model/promql';
import { packageVersion, ResultCache } from './result-cache';
import { validatorsRoot } from './schema';

/**
 * PromQL parses remembered across runs (node_modules/.cache/gridops-validation/promql.json), keyed by the grammar's
 * version and the query, so that a synth whose queries did not change (an image tag bump) never loads the grammar.
 * Only queries that parse are remembered: a syntax error is parsed, and reported, every time.
 */
export class PromqlParseCache {
  private static readonly LIMIT = 2000;

  /** The cache of a repository (one per process), or undefined without the grammar's package to key it by. */
  public static of(root: string = validatorsRoot()): PromqlParseCache | undefined {
    const version = packageVersion(path.join(root, 'node_modules', '@prometheus-io', 'lezer-promql', 'package.json'));
    const cache = ResultCache.of<ParsedQuery>('promql', version, root, PromqlParseCache.LIMIT);
    return cache && new PromqlParseCache(cache);
  }

  private constructor(private readonly cache: ResultCache<ParsedQuery>) {}

  /** The query as lezer-promql reads it: remembered, or parsed (and remembered when it parses). */
  public parse(query: string): ParsedQuery {
    return this.cache.remember(query, () => parsePromql(query), (parsed) => !parsed.error);
  }

  /** Writes the entries used last (atomically; a failure to write only costs speed). */
  public save(): void {
    this.cache.save();
  }
}
