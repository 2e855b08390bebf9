/**
 * The launcher of the gridops CLI (bin/gridops.js runs it). It runs the TypeScript sources as they are now, without a
 * build step and without type checking (that is `npm test`'s job):
 *
 * - cli.js and fast.js bundle our own code (src/, charts/). esbuild rebuilds them, in one call, when the content of a
 *   file under src/, charts/ or bin/ changed or a file was added or removed (tens of milliseconds, in esbuild's own
 *   process while the launcher loads the dependencies). Freshness is by content, never by mtime: an edit whose mtime
 *   was put back (cp -p, touch -r, tar) is seen. Content hashes are remembered by stat (inputs.ts), so an unchanged
 *   file is not read again. (own-bundle.ts)
 * - vendor.js bundles what they load from node_modules (cdk8s, cdk8s-plus-27, ...) and the generated bindings in
 *   imports/. It is rebuilt only when the installed dependencies, the bindings or the set of modules used change, so
 *   an edit to the configuration rebuilds only our own, small bundle. (vendor-bundle.ts)
 * - Both bundles are compiled with a V8 code cache kept beside them, so a run does not parse and compile megabytes of
 *   JavaScript again. A cache is tied to the exact bundle file it was made from (inode, mtime, size) and is written by
 *   `synth` runs, whose functions it then holds. (code-cache.ts)
 * - `gridops synth` also keeps its last successful outcome, keyed by everything it depends on (the content of src/,
 *   charts/, bin/ and imports/, the dependency bundle, the locked dependencies, node's version, GRIDOPS_* settings).
 *   When nothing changed, the outcome is checked against or written to dist/ without loading cdk8s at all.
 *   GRIDOPS_NO_CACHE=1 turns that off (the bundles and code caches stay); GRIDOPS_REBUILD=1 rebuilds our own bundles
 *   as an edit would. (outcome-cache.ts; run.ts puts it all together)
 *
 * What the bundles get from the launcher they get as arguments: main(argv, { outcomeFile }) of cli.js, runCached()
 * and stagedFirst() of fast.js. The one environment variable it sets is the user's own setting GRIDOPS_ROOT (the
 * checkout, unless set), which src/tree/layout.ts reads. Modules are loaded through node's public API only
 * (module.createRequire, vm.Script).
 *
 * The launcher itself is TypeScript, type-checked with the rest, and it has to run before anything is bundled: before
 * `npm ci` even (`--version` answers, and a missing node_modules is told to run npm ci). So it ships compiled, as
 * prebuilt.js beside these sources: one CommonJS file that needs node's modules only (esbuild just to build), which
 * bin/gridops.js requires. Nothing is compiled or hashed to start it, which keeps start-up as fast as the hand-written
 * launcher was. `npm run build:launcher` writes it, from these sources compiled as they are (compile.ts), and it is
 * kept honest twice:
 * - test/cli-freshness.test.ts fails when prebuilt.js is not exactly what these sources compile to;
 * - prebuilt.js holds the digest of the sources it was compiled from, and every run hashes src/ anyway (above). A
 *   launcher whose sources changed since sees it for free and hands over to those sources, compiled into the cache
 *   directory on first use (launcher-<digest>.js): what runs is always the launcher its sources say, edited or not.
 *   (Should the prebuilt launcher's way of compiling not fit the new sources, it says to run npm run build:launcher,
 *   which compiles them with their own.)
 *
 * Every failure is one line, `error: <message>`, exit code 2 (GRIDOPS_DEBUG=1 adds the stack): a checkout without
 * node_modules is told to run npm ci. (failure.ts)
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { writeFileAtomic } from '../../output/atomic';
import { cacheDirOf, cachePaths, type CachePaths } from './cache-dir';
import { compileLauncher, currentLauncher, PREBUILT, type LauncherModule } from './compile';
import { isBuildFailure, stopEsbuild } from './esbuild';
import { moduleNotFound, reportFatal, stopOnCompileError } from './failure';
import { inputHashes } from './inputs';
import { launch } from './run';

export { compileLauncher } from './compile';

/** The version in the checkout's package.json. */
function packageVersion(root: string): string {
  try {
    return String((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: unknown }).version ?? 'unknown');
  } catch {
    return 'unknown';
  }
}

/**
 * Runs `gridops ARGV` in the checkout at `root` (bin/gridops.js's parent). `handovers`: how many launchers handed
 * over to this one (at most two: see compile.ts's currentLauncher).
 */
export async function main(root: string, argv: readonly string[], handovers = 0): Promise<void> {
  let paths: CachePaths | undefined;
  try {
    if (argv.length === 1 && argv[0] === '--version') {
      // works before npm ci, and without loading anything
      console.log(packageVersion(root));
      return;
    }
    if (!existsSync(join(root, 'node_modules'))) throw moduleNotFound('esbuild');
    process.env.GRIDOPS_ROOT = process.env.GRIDOPS_ROOT || root;
    paths = cachePaths(cacheDirOf(root));
    const inputs = inputHashes(root, paths.hashes);
    const current = handovers < 2 ? await currentLauncher(root, paths, inputs) : undefined;
    if (current) return await current.main(root, argv, handovers + 1);
    await launch({ root, paths, inputs }, argv);
  } catch (err) {
    if (isBuildFailure(err)) stopOnCompileError(err);
    reportFatal(err, paths?.fast);
  } finally {
    stopEsbuild();
  }
}

// a launcher handed over to is called as compile.ts's LauncherModule says
main satisfies LauncherModule['main'];

/**
 * `npm run build:launcher`: compiles the launcher's sources into prebuilt.js. The script runs this function from those
 * very sources (compiled by esbuild's command line first), never from the prebuilt launcher it replaces.
 */
export async function writePrebuilt(root: string): Promise<void> {
  try {
    const text = await compileLauncher(root);
    const file = join(root, PREBUILT);
    const unchanged = existsSync(file) && readFileSync(file, 'utf8') === text;
    if (!unchanged) writeFileAtomic(file, text);
    console.log(`${PREBUILT}: ${unchanged ? 'up to date' : 'written'}`);
  } catch (err) {
    if (isBuildFailure(err)) stopOnCompileError(err);
    reportFatal(err, undefined);
  } finally {
    stopEsbuild();
  }
}
