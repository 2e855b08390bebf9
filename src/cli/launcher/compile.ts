import { createHash } from 'crypto';
import type { BuildOptions } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'fs';
import { join } from 'path';
import { writeFileAtomic } from '../../output/atomic';
import { type CachePaths } from './cache-dir';
import { isBuildFailure, loadEsbuild } from './esbuild';
import { digest, type ContentHashes } from './inputs';

/** The launcher's entry point, relative to the root. */
export const LAUNCHER_ENTRY = 'src/cli/launcher/index.ts';

/** The prebuilt launcher bin/gridops.js runs (`npm run build:launcher`), relative to the root. */
export const PREBUILT = 'src/cli/launcher/prebuilt.js';

/** What a compiled launcher was compiled from: its source files (relative to the root, in path order) and their digest. */
export interface LauncherSources {
  readonly files: readonly string[];
  readonly digest: string;
}

/** Set by {@link compileLauncher} in what it compiles; undefined in the TypeScript sources (tests run them as they are). */
declare const GRIDOPS_LAUNCHER_SOURCES: LauncherSources | undefined;

/** What this launcher was compiled from; undefined when it runs from its TypeScript sources. */
export function compiledFrom(): LauncherSources | undefined {
  return typeof GRIDOPS_LAUNCHER_SOURCES === 'undefined' ? undefined : GRIDOPS_LAUNCHER_SOURCES;
}

/** The digest of the launcher's sources, from each file's content hash (`hashOf`; undefined: the file is gone). */
function sourcesDigest(files: readonly string[], hashOf: (rel: string) => string | undefined): string {
  return digest(files.map((f) => [f, hashOf(f) ?? 'missing'] as const));
}

const HEADER = [
  '// Generated from src/cli/launcher/ (TypeScript) by `npm run build:launcher`: do not edit. bin/gridops.js runs it;',
  '// src/cli/launcher/index.ts says how the launcher works and why it is prebuilt.',
].join('\n');

/**
 * Compiles the launcher's TypeScript into one CommonJS file that runs without anything installed (esbuild is
 * required only to build), recording in it the sources it was made from: its own directory and src/output/atomic.ts.
 * The same sources always give the same text: paths are relative to the root, and nothing of the machine or the time
 * goes in. Packages stay outside (esbuild, required to build only), and a source outside src/ is refused: every run
 * hashes src/, which is how a launcher knows it is current for free.
 */
export async function compileLauncher(root: string): Promise<string> {
  const esbuild = loadEsbuild();
  const options: BuildOptions = {
    entryPoints: [join(root, LAUNCHER_ENTRY)],
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    write: false,
    logLevel: 'error',
  };
  const first = await esbuild.build({ ...options, metafile: true, define: { GRIDOPS_LAUNCHER_SOURCES: 'undefined' } });
  const files = Object.keys(first.metafile.inputs).sort();
  const outside = files.filter((f) => !f.startsWith('src/'));
  if (outside.length > 0) throw new Error(`the launcher may import only sources under src/ and node's modules, not ${outside.join(', ')}`);
  const sha1 = (rel: string) => createHash('sha1').update(readFileSync(join(root, rel))).digest('hex');
  const sources: LauncherSources = { files, digest: sourcesDigest(files, sha1) };
  const built = await esbuild.build({ ...options, define: { GRIDOPS_LAUNCHER_SOURCES: JSON.stringify(sources) }, banner: { js: HEADER } });
  const [out] = built.outputFiles ?? [];
  if (!out) throw new Error('esbuild wrote no launcher');
  return out.text;
}

/** What a compiled launcher exports (index.ts's main). */
export interface LauncherModule {
  main(root: string, argv: readonly string[], handovers?: number): Promise<void>;
}

/**
 * The launcher to run when this one is not what its sources compile to now (they were edited and the prebuilt one was
 * not rebuilt): those sources compiled into the cache directory (launcher-<digest>.js, compiled on first use), so what
 * runs is always the sources as they are. Undefined when this launcher is current, or runs from its sources.
 */
export async function currentLauncher(root: string, paths: CachePaths, inputs: ContentHashes): Promise<LauncherModule | undefined> {
  const built = compiledFrom();
  if (!built) return undefined;
  const now = sourcesDigest(built.files, (rel) => inputs.get(rel));
  if (now === built.digest) return undefined;
  const name = `launcher-${now.slice(0, 16)}.js`;
  const file = join(paths.dir, name);
  if (!existsSync(file)) {
    let text: string;
    try {
      text = await compileLauncher(root);
    } catch (err) {
      if (isBuildFailure(err)) throw err;
      // this launcher's way of compiling may not be what the new sources need
      const why = String((err as Error | undefined)?.message ?? err).split('\n')[0];
      throw Object.assign(new Error(`src/cli/launcher/ changed since ${PREBUILT} was built, and that cannot compile it (${why}): run npm run build:launcher`), { name: 'SetupError' });
    }
    mkdirSync(paths.dir, { recursive: true });
    writeFileAtomic(file, text);
    for (const f of readdirSync(paths.dir)) if (/^launcher-.*\.js$/.test(f) && f !== name) rmSync(join(paths.dir, f), { force: true });
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(file) as LauncherModule;
}
