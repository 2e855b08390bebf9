import { existsSync, mkdirSync, readFileSync, renameSync } from 'fs';
import { join } from 'path';
import { writeFileAtomic } from '../../output/atomic';
import { type CachePaths } from './cache-dir';
import { loadEsbuild } from './esbuild';
import { stopOnCompileError } from './failure';
import { digest, type ContentHashes } from './inputs';
import { vendorId } from './vendor-bundle';

/** cli.stamp: the key cli.js and fast.js were built for, and the modules they load from outside (see vendor-bundle.ts). */
export interface OwnStamp {
  readonly key: string;
  readonly externals: readonly string[];
}

/** Whether our own bundles are current. */
export interface OwnBundleState {
  /** The key of the sources as they are now. */
  readonly key: string;
  /** The stamp of the last build, if any. */
  readonly cached: OwnStamp | undefined;
  /** cli.js and fast.js were built from these sources. */
  readonly fresh: boolean;
}

/**
 * The key of our own bundles: the content of what esbuild bundles, by relative path (a copy of the checkout with the
 * same files can reuse them). src/config/image-tags.yaml is data, read when synth runs: a tag bump rebuilds nothing.
 */
export function ownBundleKey(inputs: ContentHashes): string {
  return digest(inputs, (rel) => /^(src|charts|bin)\//.test(rel) && /\.(ts|json|js)$/.test(rel));
}

function readStamp(file: string): OwnStamp | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as OwnStamp;
  } catch {
    return undefined;
  }
}

/** Whether cli.js and fast.js are current; `rebuild` (GRIDOPS_REBUILD=1) says they are not. */
export function ownBundleState(paths: CachePaths, inputs: ContentHashes, rebuild: boolean): OwnBundleState {
  const key = ownBundleKey(inputs);
  const cached = readStamp(paths.cliStamp);
  const fresh = !rebuild && cached?.key === key && existsSync(paths.cli) && existsSync(paths.fast);
  return { key, cached, fresh };
}

/**
 * Rebuilds our own code: src/cli/main.ts into cli.js and src/cli/fast.ts into fast.js, in one esbuild call that runs
 * in esbuild's own process while the launcher loads the dependencies. Packages and imports/ stay outside. The files
 * are written beside their final names (the relative paths to imports/ hold there) and renamed into place. Resolves
 * to the modules they load from outside (see vendor-bundle.ts); a compile error stops the run (failure.ts).
 */
export async function buildOwnBundle(root: string, paths: CachePaths, key: string): Promise<string[]> {
  const esbuild = loadEsbuild();
  mkdirSync(paths.dir, { recursive: true });
  const tmp = `.${process.pid}.tmp`;
  let metafile;
  try {
    ({ metafile } = await esbuild.build({
      entryPoints: { [`cli${tmp}`]: join(root, 'src', 'cli', 'main.ts'), [`fast${tmp}`]: join(root, 'src', 'cli', 'fast.ts') },
      outdir: paths.dir,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      packages: 'external',
      external: [join(root, 'imports', '*')],
      metafile: true,
      logLevel: 'error',
    }));
  } catch (err) {
    stopOnCompileError(err);
  }
  const externals = new Set<string>();
  for (const o of Object.values(metafile.outputs)) {
    for (const i of o.imports) {
      const id = i.external ? vendorId(i.path, paths.dir, root) : undefined;
      if (id !== undefined) externals.add(id);
    }
  }
  for (const target of [paths.cli, paths.fast]) renameSync(target.replace(/\.js$/, `${tmp}.js`), target);
  const list = [...externals].sort();
  writeFileAtomic(paths.cliStamp, JSON.stringify({ key, externals: list } satisfies OwnStamp));
  return list;
}
