import { existsSync } from 'fs';
import type * as Fast from '../fast';
import { isBuildFailure } from './esbuild';

/** An error as node's require() throws it for a package that is not installed. */
export function moduleNotFound(id: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`Cannot find module '${id}'`), { code: 'MODULE_NOT_FOUND' });
}

/**
 * Stops on a compile error, which esbuild has already printed (where and what), before anything is written: one
 * line, exit code 2. Anything else is thrown on.
 */
export function stopOnCompileError(err: unknown): never {
  if (!isBuildFailure(err)) throw err;
  console.error(`error: ${err.errors.length === 1 ? 'a source does not compile' : `${err.errors.length} compile errors`} (see above); nothing was written`);
  process.exit(2);
}

/**
 * Reports a failure that happened outside the CLI's own error handling (loading, building or running a bundle) the
 * way the CLI does: through the fast bundle's reportError (src/cli/report-error.ts) when there is one, else here, in
 * the same words for what there can be before it exists (node_modules missing, a SetupError, a bug). One line, exit
 * code 2.
 */
export function reportFatal(err: unknown, fastBundle: string | undefined): void {
  try {
    if (fastBundle && existsSync(fastBundle)) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      process.exitCode = (require(fastBundle) as typeof Fast).reportError(err);
      return;
    }
  } catch {
    // an older or broken fast bundle: say it here
  }
  const e = err instanceof Error ? (err as NodeJS.ErrnoException) : undefined;
  const debug = process.env.GRIDOPS_DEBUG === '1';
  const first = String(e?.message ?? err).split('\n')[0];
  const missing = e?.code === 'MODULE_NOT_FOUND' && /^Cannot find module '[^./]/.test(first);
  if (missing) console.error(`error: node_modules is missing or incomplete (${first}): run npm ci`);
  else if (e?.name === 'SetupError') console.error(`error: ${first}`);
  else console.error(`error: internal error: ${first}${debug ? '' : ' (GRIDOPS_DEBUG=1 for the stack)'}`);
  if (debug && e?.stack) console.error(e.stack);
  process.exitCode = 2;
}
