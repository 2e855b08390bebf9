import { createHash } from 'crypto';
import { copyFileSync, linkSync, mkdirSync, readdirSync } from 'fs';
import { basename, join } from 'path';

/**
 * The launcher's cache of a checkout: node_modules/.cache/gridops/<sha1 of the root, 12 hex digits>/. One per
 * checkout, so copies of the repository that share node_modules never load each other's bundles.
 */
export function cacheDirOf(root: string): string {
  return join(root, 'node_modules', '.cache', 'gridops', createHash('sha1').update(root).digest('hex').slice(0, 12));
}

/** The files of a cache directory. */
export interface CachePaths {
  readonly dir: string;
  /** Our own code (src/cli/main.ts and what it imports): every command. */
  readonly cli: string;
  /** The small bundle of src/cli/fast.ts: the stored synth outcome and the pre-commit hook's first step. */
  readonly fast: string;
  /** The key of cli.js and fast.js and the modules they load from outside (JSON). */
  readonly cliStamp: string;
  /** The dependencies and the bindings of imports/. */
  readonly vendor: string;
  /** The key of vendor.js (JSON). */
  readonly vendorStamp: string;
  /** The content hashes of the inputs, by stat (inputs.ts). */
  readonly hashes: string;
}

/** The files of the cache directory `dir`. */
export function cachePaths(dir: string): CachePaths {
  return {
    dir,
    cli: join(dir, 'cli.js'),
    fast: join(dir, 'fast.js'),
    cliStamp: join(dir, 'cli.stamp'),
    vendor: join(dir, 'vendor.js'),
    vendorStamp: join(dir, 'vendor.stamp'),
    hashes: join(dir, 'hashes.json'),
  };
}

/**
 * Starts the cache directory `to` from `from` (that of a checkout with the same files, or nearly: a copy, an export
 * of its index): bundles and code caches are hard-linked, which keeps the inode a code cache is tied to (the launcher
 * replaces its files by renaming, never in place); stamps and synth outcomes are copied, so either side may change
 * its own. The hash memo is left out (it is keyed by inode: nothing in it would match). What cannot be had is built.
 */
export function seedCache(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  let names: string[];
  try {
    names = readdirSync(from);
  } catch {
    return; // nothing to start from
  }
  for (const name of names) {
    if (name.endsWith('.tmp') || name === basename(cachePaths(from).hashes)) continue;
    try {
      if (/\.(js|v8cache)$/.test(name)) linkSync(join(from, name), join(to, name));
      else copyFileSync(join(from, name), join(to, name));
    } catch {
      // replaced or removed meanwhile: the launcher builds what is missing
    }
  }
}
