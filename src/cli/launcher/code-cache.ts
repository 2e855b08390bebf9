import { isAscii } from 'buffer';
import { type Stats, closeSync, fstatSync, openSync, readFileSync, readdirSync, rmSync } from 'fs';
import { createRequire } from 'module';
import { basename, dirname, join } from 'path';
import { Script } from 'vm';
import { writeFileAtomic } from '../../output/atomic';

/** How a bundle's require() answers: the id asked for, and node's own require() from the bundle's directory. */
export type Resolver = (id: string, nodeRequire: NodeJS.Require) => unknown;

/** A CommonJS module's scope, as node gives it: the bundle runs as the body of this function. */
const WRAPPER: readonly [string, string] = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];

/** A V8 code cache of a bundle: tied to the exact file (V8 checks a cache against its source's length only). */
function codeCacheOf(file: string, st: Stats): string {
  // a rebuild makes a new inode
  return `${file}.${st.ino}-${st.mtimeMs}-${st.size}.v8cache`;
}

/**
 * Loads a CommonJS bundle as require() would, through a V8 code cache kept beside it, so a run does not parse and
 * compile megabytes of JavaScript again: the source is compiled with vm.Script and the cache, and run as a module
 * whose require() is `resolve`. `writeCache`: when the cache is missing or V8 refused it, store one as the process
 * exits, with every function compiled by then (and remove the caches of earlier builds). Returns module.exports.
 */
export function loadBundle(file: string, resolve: Resolver, writeCache: boolean): Record<string, unknown> {
  const fd = openSync(file, 'r');
  let st: Stats;
  let bytes: Buffer;
  try {
    st = fstatSync(fd);
    bytes = readFileSync(fd);
  } finally {
    closeSync(fd);
  }
  // ASCII (vendor.js): a one-byte string, copied instead of decoded
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const ccFile = codeCacheOf(file, st);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(ccFile);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(WRAPPER[0] + source + WRAPPER[1], { filename: file, cachedData });
  const nodeRequire = createRequire(file);
  const require = Object.assign((id: string) => resolve(id, nodeRequire), nodeRequire);
  const module = { exports: {} as Record<string, unknown> };
  const body = script.runInThisContext() as (this: unknown, ...scope: unknown[]) => void;
  body.call(module.exports, module.exports, require, module, file, dirname(file));
  if (writeCache && (!cachedData || script.cachedDataRejected)) {
    process.once('exit', () => {
      try {
        writeFileAtomic(ccFile, script.createCachedData());
        const dir = dirname(file);
        const base = basename(file);
        for (const f of readdirSync(dir)) {
          if (f.startsWith(`${base}.`) && f.endsWith('.v8cache') && f !== basename(ccFile)) rmSync(join(dir, f), { force: true });
        }
      } catch {
        // a cache is an optimisation only
      }
    });
  }
  return module.exports;
}
