import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { PROJECT_ROOT } from '../../src/tree/layout';
import { promtoolPath, PromtoolResult, runPromtool } from '../../src/engines/promtool';

/*
 * `promtool check rules` and `promtool test rules` are pure functions of the binary, the arguments and the files
 * they read (the rule and test files, all in the working directory the tests write). Their results are kept across
 * runs under node_modules/.cache, keyed by the binary (size, mtime), the arguments and every file of the directory
 * (name and content), so a run evaluates only what changed.
 */
const CACHE = path.join(PROJECT_ROOT, 'node_modules', '.cache', 'gridops-test', 'promtool');

/** {@link runPromtool} of `args` in `dir`, from the cache when it has the result. */
export function promtool(args: readonly string[], dir: string): PromtoolResult {
  const st = fs.statSync(promtoolPath());
  const hash = createHash('sha256').update(JSON.stringify([st.size, st.mtimeMs, args]));
  for (const f of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, f);
    if (fs.statSync(p).isFile()) hash.update(`\0${f}\0`).update(fs.readFileSync(p));
  }
  const file = path.join(CACHE, `${hash.digest('hex')}.json`);
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8'));
  const result = runPromtool(args, dir);
  fs.mkdirSync(CACHE, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(result));
  fs.renameSync(tmp, file);
  return result;
}
