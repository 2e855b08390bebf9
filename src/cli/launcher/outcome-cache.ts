import { createHash } from 'crypto';
import { readFileSync, readdirSync, rmSync } from 'fs';
import { join } from 'path';
import { type CachePaths } from './cache-dir';
import { digest, type ContentHashes } from './inputs';

/** GRIDOPS_* settings that do not change what synth makes. */
const NOT_INPUTS: readonly string[] = ['GRIDOPS_ROOT', 'GRIDOPS_REBUILD', 'GRIDOPS_DEBUG'];

/**
 * The file that holds (or is to hold) synth's outcome for the current inputs: the content of every file under src/
 * (the image tags included), charts/, bin/ and imports/ (the bindings and the validators), the lock files, the
 * dependency bundle's key, node's version and the GRIDOPS_* settings of `env`. src/cli/fast.ts reads it
 * (runCached), src/cli/cmds/synth.ts writes it.
 */
export function outcomeFile(paths: CachePaths, inputs: ContentHashes, env: NodeJS.ProcessEnv): string {
  const h = createHash('sha256');
  h.update(digest(inputs)).update(readFileSync(paths.vendorStamp));
  h.update(process.version);
  for (const k of Object.keys(env).filter((k) => k.startsWith('GRIDOPS_') && !NOT_INPUTS.includes(k)).sort()) h.update(`${k}=${env[k]}`);
  return join(paths.dir, `synth-${h.digest('hex').slice(0, 32)}.json`);
}

/** Removes every stored outcome but `keep`: only the latest is kept. */
export function dropOtherOutcomes(paths: CachePaths, keep: string): void {
  for (const f of readdirSync(paths.dir)) {
    if (f.startsWith('synth-') && join(paths.dir, f) !== keep) rmSync(join(paths.dir, f), { force: true });
  }
}
