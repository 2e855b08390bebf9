import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { promtoolPath, PromtoolResult, runPromtool } from '../../src/engines/promtool';
import { RenderCache } from './render-cache';

/*
 * `promtool check rules` and `promtool test rules` are pure functions of the binary, the arguments and the files
 * they read (the rule and test files, all in the working directory the tests write). Their results are kept across
 * runs (RenderCache), keyed by the binary, the arguments and every file of the directory (name and content), so a
 * run evaluates only what changed.
 */
const RESULTS = new RenderCache('promtool');

/** {@link runPromtool} of `args` in `dir`, from the cache when it has the result. */
export function promtool(args: readonly string[], dir: string): PromtoolResult {
  const hash = createHash('sha256').update(JSON.stringify([...RenderCache.stamp(promtoolPath()), args]));
  for (const f of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, f);
    if (fs.statSync(p).isFile()) hash.update(`\0${f}\0`).update(fs.readFileSync(p));
  }
  return RESULTS.json(`${hash.digest('hex')}.json`, () => runPromtool(args, dir));
}
