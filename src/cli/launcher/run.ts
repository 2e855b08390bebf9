import { existsSync } from 'fs';
import { join } from 'path';
import type * as Fast from '../fast';
import type { main as cliMain } from '../main';
import { type CachePaths } from './cache-dir';
import { loadBundle } from './code-cache';
import { stopEsbuild } from './esbuild';
import { type ContentHashes } from './inputs';
import { dropOtherOutcomes, outcomeFile } from './outcome-cache';
import { buildOwnBundle, ownBundleState } from './own-bundle';
import { ensureVendorBundle, vendorId, type VendorModules } from './vendor-bundle';

/** A checkout as the launcher sees it: its root, its cache directory and the content hashes of its inputs. */
export interface Checkout {
  readonly root: string;
  readonly paths: CachePaths;
  readonly inputs: ContentHashes;
}

/** What cli.js exports (src/cli/main.ts). */
interface CliBundle {
  readonly main: typeof cliMain;
}

/** Dependencies every command loads: while esbuild rebuilds our bundle, the launcher loads these meanwhile. */
const PRELOADED: readonly string[] = ['cdk8s-plus-27'];

/**
 * Runs `gridops ARGV` in the checkout: brings the bundles up to date, answers a plain synth from its stored outcome
 * when the inputs are those of a previous successful one, else loads the dependency bundle and our own through their
 * code caches and runs the CLI's main().
 */
export async function launch(checkout: Checkout, argv: readonly string[]): Promise<void> {
  const { root, paths, inputs } = checkout;
  // code caches are written by synth runs, whose functions they then hold
  const writeCache = argv[0] === 'synth';
  const loadVendor = () => loadBundle(paths.vendor, (id, nodeRequire) => nodeRequire(id), writeCache) as VendorModules;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fast = () => require(paths.fast) as typeof Fast;
  const own = ownBundleState(paths, inputs, Boolean(process.env.GRIDOPS_REBUILD));
  let externals = own.fresh ? own.cached?.externals : undefined;
  let vendor: VendorModules | undefined;
  try {
    if (!externals) {
      const building = buildOwnBundle(root, paths, own.key);
      // answered when awaited below; meanwhile a failure is not "unhandled"
      building.catch(() => undefined);
      // Meanwhile, with the modules the previous build loaded from outside: the dependency bundle and its heaviest part.
      const previous = own.cached?.externals;
      if (previous) {
        await ensureVendorBundle(root, paths, inputs, previous);
        vendor = loadVendor();
        for (const id of PRELOADED) if (id in vendor) vendor[id]();
      }
      externals = await building;
      if (previous && externals.join('|') !== previous.join('|')) {
        // the sources now load other modules: run again, with a dependency bundle that holds them
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { spawnSync } = require('child_process') as typeof import('child_process');
        process.exitCode = spawnSync(process.execPath, [join(root, 'bin', 'gridops.js'), ...argv], { stdio: 'inherit' }).status ?? 2;
        return;
      }
    }
    // the pre-commit hook: done at once when nothing relevant is staged, or when the staged sources are not these
    if (argv[0] === 'synth' && argv.includes('--staged') && fast().stagedFirst(argv)) return;
    await ensureVendorBundle(root, paths, inputs, externals);
  } finally {
    stopEsbuild();
  }
  let outcome: string | undefined;
  if (argv[0] === 'synth' && process.env.GRIDOPS_ROOT === root && !process.env.GRIDOPS_NO_CACHE) {
    outcome = outcomeFile(paths, inputs, process.env);
    if (existsSync(outcome) && fast().runCached(argv, outcome)) return;
    dropOtherOutcomes(paths, outcome);
  }
  const deps = vendor ?? loadVendor();
  const cli = loadBundle(
    paths.cli,
    (id, nodeRequire) => {
      const v = vendorId(id, paths.dir, root);
      return v !== undefined && v in deps ? deps[v]() : nodeRequire(id);
    },
    writeCache,
  ) as unknown as CliBundle;
  await cli.main([...argv], { outcomeFile: outcome });
  if (argv[0] === 'synth') exitWhenDone();
}

/**
 * Ends the process at once when a full synth is done: its work is synchronous, so when it returns dist/ is written or
 * checked, the lock is released and the output written. Left to itself, node would first let V8 finish what it
 * started meanwhile: the incremental marking of a heap about to be thrown away, and a full mark-compact (about 10 ms;
 * a synth from the stored outcome allocates too little for that). Not while output is still queued (stdout or stderr
 * a pipe whose reader is behind): the event loop writes it out as usual. The 'exit' handlers (code-cache.ts) run
 * either way.
 */
function exitWhenDone(): void {
  if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit();
}
