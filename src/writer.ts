import * as fs from 'fs';
import * as path from 'path';
import type * as DiffTypes from 'diff';
import { DIST_DIR } from './paths';
import type { Tree } from './synthesize';

/** How dist/ on disk differs from a tree. */
export interface TreeDiff {
  /** Files whose content differs. */
  readonly changed: string[];
  /** Files synth produces that are not on disk. */
  readonly missing: string[];
  /** Files on disk under dist/ that synth does not produce. */
  readonly stray: string[];
}

/** Lists every file under dist/ (relative to the root, POSIX separators). */
export function filesOnDisk(root: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(root, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = `${rel}/${e.name}`;
      if (e.isDirectory()) walk(p);
      else out.push(p);
    }
  };
  walk(DIST_DIR);
  return out.sort();
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

/** A unified diff of each changed, missing and stray file (disk → synth). */
export function unifiedDiff(root: string, tree: Tree, d: TreeDiff): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createTwoFilesPatch } = require('diff') as typeof DiffTypes; // only when something differs
  const read = (f: string) => fs.readFileSync(path.join(root, f), 'utf8');
  const parts: string[] = [];
  for (const f of d.changed) parts.push(createTwoFilesPatch(`a/${f}`, `b/${f}`, read(f), tree.get(f)!));
  for (const f of d.missing) parts.push(createTwoFilesPatch('/dev/null', `b/${f}`, '', tree.get(f)!));
  for (const f of d.stray) parts.push(createTwoFilesPatch(`a/${f}`, '/dev/null', read(f), ''));
  return parts.join('');
}

/**
 * Writes the tree to dist/ atomically: the new tree is built aside in full, then swapped in with two renames, so a
 * failure or a kill at any point leaves the previous dist/ (a kill between the renames is repaired by the next run,
 * which restores the parked copy). Concurrent writers are serialized by a lock file. Nothing is written when dist/
 * already matches.
 */
export function writeTree(root: string, tree: Tree): TreeDiff {
  return withLock(root, () => {
    recover(root);
    const d = diffTree(root, tree);
    if (isClean(d)) return d;
    const staging = path.join(root, `.gridops-staging-${process.pid}`);
    fs.rmSync(staging, { recursive: true, force: true });
    fs.mkdirSync(staging);
    try {
      const made = new Set<string>();
      for (const [file, content] of tree) {
        const target = path.join(staging, file);
        const dir = path.dirname(target);
        if (!made.has(dir)) {
          fs.mkdirSync(dir, { recursive: true });
          made.add(dir);
        }
        fs.writeFileSync(target, content);
      }
      pauseForTests();
      const dist = path.join(root, DIST_DIR);
      const parked = path.join(root, `.gridops-old-${process.pid}`);
      const hadDist = fs.existsSync(dist);
      if (hadDist) fs.renameSync(dist, parked);
      fs.renameSync(path.join(staging, DIST_DIR), dist);
      if (hadDist) fs.rmSync(parked, { recursive: true, force: true });
    } finally {
      fs.rmSync(staging, { recursive: true, force: true });
    }
    return d;
  });
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
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
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
