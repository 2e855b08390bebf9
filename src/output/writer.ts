import * as fs from 'fs';
import * as path from 'path';
import type * as DiffTypes from 'diff';
import { SetupError } from '../model/errors';
import { DIST_DIR } from '../tree/layout';
import { type Tree } from '../tree/manifest';

/** How dist/ on disk differs from a tree. */
export interface TreeDiff {
  /** Files whose content differs. */
  readonly changed: string[];
  /** Files synth produces that are not on disk. */
  readonly missing: string[];
  /** Files on disk under dist/ that synth does not produce. */
  readonly stray: string[];
}

/** The directories and files under dist/ (relative to the root, POSIX separators); none when there is no dist/. */
function walkDist(root: string): { dirs: string[]; files: string[] } {
  const dirs: string[] = [];
  const files: string[] = [];
  const walk = (rel: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(root, rel), { withFileTypes: true });
    } catch {
      return;
    }
    dirs.push(rel);
    for (const e of entries) (e.isDirectory() ? walk : (p: string) => files.push(p))(`${rel}/${e.name}`);
  };
  walk(DIST_DIR);
  return { dirs, files };
}

/** Lists every file under dist/ (relative to the root, POSIX separators). */
export function filesOnDisk(root: string): string[] {
  return walkDist(root).files.sort();
}

/** Compares a tree with dist/ on disk. */
export function diffTree(root: string, tree: Tree): TreeDiff {
  const onDisk = new Set(filesOnDisk(root));
  const changed: string[] = [];
  const missing: string[] = [];
  for (const [file, content] of tree) {
    if (!onDisk.has(file)) missing.push(file);
    else if (fs.readFileSync(path.join(root, file), 'utf8') !== content) changed.push(file);
  }
  const stray = [...onDisk].filter((f) => !tree.has(f));
  return { changed, missing, stray };
}

/** Whether a diff is empty. */
export function isClean(d: TreeDiff): boolean {
  return d.changed.length + d.missing.length + d.stray.length === 0;
}

/** How a file of dist/ on disk differs from synth's: its content, it is not on disk yet, or synth no longer makes it. */
export type FileStatus = 'changed' | 'missing' | 'stray';

/** One file of a {@link TreeDiff} with its unified diff (disk → synth). */
export interface FilePatch {
  /** The file, relative to the repository root (`dist/...`). */
  readonly path: string;
  readonly status: FileStatus;
  /** Its unified diff from the file on disk (`a/<path>`, or `/dev/null` when missing) to synth's (`b/<path>`, or `/dev/null` when stray). */
  readonly diff: string;
}

/** Each changed, missing and stray file with its unified diff (disk → synth), in path order. */
export function filePatches(root: string, tree: Tree, d: TreeDiff): FilePatch[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createTwoFilesPatch } = require('diff') as typeof DiffTypes; // only when something differs
  const read = (f: string) => fs.readFileSync(path.join(root, f), 'utf8');
  const patches: FilePatch[] = [
    ...d.changed.map((f) => ({ path: f, status: 'changed' as const, diff: createTwoFilesPatch(`a/${f}`, `b/${f}`, read(f), tree.get(f)!) })),
    ...d.missing.map((f) => ({ path: f, status: 'missing' as const, diff: createTwoFilesPatch('/dev/null', `b/${f}`, '', tree.get(f)!) })),
    ...d.stray.map((f) => ({ path: f, status: 'stray' as const, diff: createTwoFilesPatch(`a/${f}`, '/dev/null', read(f), '') })),
  ];
  return patches.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** A unified diff of each changed, missing and stray file (disk → synth). */
export function unifiedDiff(root: string, tree: Tree, d: TreeDiff): string {
  return isClean(d) ? '' : filePatches(root, tree, d).map((p) => p.diff).join('');
}

/**
 * The file operations {@link writeTree} checks and swaps dist/ with: node's, or a test's stand-in (as root, which the
 * tests run as, no permission check ever fails, so a test makes one fail here).
 */
export interface WriterIo {
  accessSync(file: string, mode: number): void;
  renameSync(from: string, to: string): void;
}

/** Node's file system. */
export const NODE_IO: WriterIo = {
  accessSync: (file, mode) => fs.accessSync(file, mode),
  renameSync: (from, to) => fs.renameSync(from, to),
};

/** The code of a failed system call (`EACCES`), or its message. */
function errorCode(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e as Error).message;
}

/**
 * Checks, before anything is moved, that the swap can be done and undone: the repository root (the lock, the staging
 * tree and the parked dist/ are made there) and every directory of dist/ (the parked tree is removed after the swap)
 * must be writable. A SetupError naming the first that is not.
 */
export function checkWritable(root: string, io: WriterIo = NODE_IO): void {
  const dirs = [root, ...walkDist(root).dirs.map((rel) => path.join(root, rel))];
  for (const dir of dirs) {
    try {
      io.accessSync(dir, fs.constants.W_OK | fs.constants.X_OK);
    } catch (e) {
      const what = dir === root ? `the repository root ${root}` : `${path.relative(root, dir).split(path.sep).join('/')}/`;
      throw new SetupError(`cannot write dist/: ${what} is not writable (${errorCode(e)}); nothing was changed`);
    }
  }
}

/** Writes the files of a tree (those `keep` accepts) under `root`, making each directory once. */
export function writeFiles(tree: Tree, root: string, keep: (file: string) => boolean = () => true): void {
  const made = new Set<string>();
  for (const [file, content] of tree) {
    if (!keep(file)) continue;
    const target = path.join(root, file);
    const dir = path.dirname(target);
    if (!made.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    fs.writeFileSync(target, content);
  }
}

/**
 * Writes the tree to dist/ atomically: the new tree is built aside in full, then swapped in with two renames, so a
 * failure or a kill at any point leaves the previous dist/ (a kill between the renames is repaired by the next run,
 * which restores the parked copy). Before anything is moved it checks that the root and dist/ are writable
 * ({@link checkWritable}); a rename that fails puts the previous dist/ back and removes what was made (SetupError).
 * Concurrent writers are serialized by a lock file. Nothing is written when dist/ already matches.
 */
export function writeTree(root: string, tree: Tree, io: WriterIo = NODE_IO): TreeDiff {
  checkWritable(root, io);
  return withLock(root, () => {
    recover(root);
    const d = diffTree(root, tree);
    if (isClean(d)) return d;
    const staging = path.join(root, `.gridops-staging-${process.pid}`);
    fs.rmSync(staging, { recursive: true, force: true });
    fs.mkdirSync(staging);
    try {
      writeFiles(tree, staging);
      pauseForTests();
      swap(root, path.join(staging, DIST_DIR), io);
    } finally {
      fs.rmSync(staging, { recursive: true, force: true });
    }
    return d;
  });
}

/** Replaces dist/ by `next` with two renames; when the second fails, the first is undone. */
function swap(root: string, next: string, io: WriterIo): void {
  const dist = path.join(root, DIST_DIR);
  const parkedName = `.gridops-old-${process.pid}`;
  const parked = path.join(root, parkedName);
  const hadDist = fs.existsSync(dist);
  if (hadDist) {
    try {
      io.renameSync(dist, parked);
    } catch (e) {
      throw new SetupError(`cannot write dist/: moving dist/ aside failed (${errorCode(e)}); dist/ is unchanged`);
    }
  }
  try {
    io.renameSync(next, dist);
  } catch (e) {
    if (!hadDist) throw new SetupError(`cannot write dist/: moving the new tree into dist/ failed (${errorCode(e)}); nothing was changed`);
    try {
      io.renameSync(parked, dist);
    } catch (back) {
      throw new SetupError(
        `cannot write dist/: moving the new tree into dist/ failed (${errorCode(e)}), and putting the previous dist/ back failed (${errorCode(back)}): it is in ${parkedName}, which the next synth restores`,
      );
    }
    throw new SetupError(`cannot write dist/: moving the new tree into dist/ failed (${errorCode(e)}); the previous dist/ is back, nothing was changed`);
  }
  if (hadDist) {
    try {
      fs.rmSync(parked, { recursive: true, force: true });
    } catch (e) {
      // dist/ is the new tree: only the old copy is left over (the next synth removes it)
      console.error(`warning: dist/ was written, but the previous copy ${parkedName} could not be removed (${errorCode(e)}); the next synth removes it`);
    }
  }
}

/**
 * Test hook: GRIDOPS_TEST_PAUSE_BEFORE_SWAP_MS makes the writer wait with the new tree staged, so the tests can kill
 * a synth at its most delicate moment and run two synths against each other.
 */
function pauseForTests(): void {
  const ms = Number(process.env.GRIDOPS_TEST_PAUSE_BEFORE_SWAP_MS ?? 0);
  if (ms > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Restores dist/ if a previous run was killed between its two renames. */
function recover(root: string): void {
  const dist = path.join(root, DIST_DIR);
  const parked = fs.readdirSync(root).filter((f) => f.startsWith('.gridops-old-'));
  if (!fs.existsSync(dist) && parked.length > 0) fs.renameSync(path.join(root, parked[0]), dist);
  for (const p of parked) fs.rmSync(path.join(root, p), { recursive: true, force: true });
  for (const s of fs.readdirSync(root).filter((f) => f.startsWith('.gridops-staging-'))) {
    const owner = Number(/-(\d+)$/.exec(s)?.[1]);
    if (!isAlive(owner)) fs.rmSync(path.join(root, s), { recursive: true, force: true });
  }
}

const LOCK = '.gridops.lock';

/** Roots whose lock this process holds: a nested withLock (set-image's write of dist/) runs at once. */
const held = new Set<string>();

/**
 * Runs `fn` holding the repository's synth lock; waits up to 60 s for another live synth, breaks a dead one's lock.
 * Re-entrant: within `fn`, withLock on the same root runs its function directly.
 */
export function withLock<T>(root: string, fn: () => T): T {
  const lock = path.join(root, LOCK);
  if (held.has(lock)) return fn();
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new SetupError(`cannot take the lock ${LOCK} in ${root} (${errorCode(e)}): the repository root must be writable`);
      const owner = Number(fs.readFileSync(lock, 'utf8') || NaN);
      if (!isAlive(owner)) {
        fs.rmSync(lock, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`another synth (pid ${owner}) has held ${LOCK} for 60 s`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    }
  }
  held.add(lock);
  try {
    return fn();
  } finally {
    held.delete(lock);
    fs.rmSync(lock, { force: true });
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
