import { createHash } from 'crypto';
import { type Dirent, type Stats, mkdirSync, readFileSync, readdirSync, statSync } from 'fs';
import { dirname, join } from 'path';
import { writeFileAtomic } from '../../output/atomic';

/** A file of the checkout: its path relative to the root (POSIX separators), its absolute path and its stat. */
export interface FileEntry {
  readonly rel: string;
  readonly abs: string;
  readonly st: Stats;
}

/** The content hash (sha1, hex) of each input, by path relative to the root, in path order. */
export type ContentHashes = ReadonlyMap<string, string>;

/** The directories whose every file is an input: what synth's output and the bundles are made of. */
export const INPUT_DIRS: readonly string[] = ['src', 'charts', 'bin', 'imports'];

/** The lock files: the installed dependencies. */
export const LOCK_FILES: readonly string[] = ['package-lock.json', 'node_modules/.package-lock.json'];

/** Code-unit order of relative paths (no locale: the same on every machine). */
function byRel(a: FileEntry, b: FileEntry): number {
  return a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0;
}

/** Every file under `dirs` of `base` whose name passes `test`, with its stat, in path order. */
export function listFiles(base: string, dirs: readonly string[], test: (name: string) => boolean = () => true): FileEntry[] {
  const files: FileEntry[] = [];
  const walk = (abs: string, rel: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      // path.join, as the CLI's own file walks: node's path code is then optimized while this runs, not at exit
      const a = join(abs, e.name);
      if (e.isDirectory()) walk(a, `${rel}/${e.name}`);
      else if (test(e.name)) files.push({ rel: `${rel}/${e.name}`, abs: a, st: statSync(a) });
    }
  };
  for (const d of dirs) walk(join(base, d), d);
  return files.sort(byRel);
}

/** Files whose stat matches the memo, and that were last changed at least this long before the memo was made, are trusted. */
export const RACY_MS = 2000;

/** hashes.json: when the hashing that made it began, and each file's stat signature and content hash. */
interface HashMemo {
  readonly at: number;
  readonly files: Readonly<Record<string, readonly [string, string]>>;
}

function readMemo(file: string | undefined): HashMemo | undefined {
  if (!file) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as HashMemo;
  } catch {
    return undefined;
  }
}

/**
 * The sha1 of each file's content, by relative path. Reading every file each run would cost little (src/, charts/ and
 * bin/ are small), but imports/ holds megabytes, so hashes are remembered in `memoFile` by stat: inode, size, mtime
 * and ctime. The ctime is what makes this safe: touch -r, cp -p and tar can put an mtime back, but nothing short of
 * changing the clock sets a ctime, and every write or mtime change moves it to now.
 *
 * One case remains, the "racy" one git's index knows too: a file changed again within the clock tick of the stat we
 * remembered, with its size unchanged, keeps a matching stat. So an entry is trusted only when the file's mtime and
 * ctime are more than RACY_MS older than the moment the memo's hashing began (`at`): a change after that moment gives
 * a newer ctime, and a file changed shortly before it is hashed again on every run until it has been quiet for
 * RACY_MS (a few small reads). The margin also covers file systems whose timestamps are coarse (2 s on FAT).
 */
export function contentHashes(files: readonly FileEntry[], memoFile?: string): Map<string, string> {
  const startedAt = Date.now();
  const memo = readMemo(memoFile);
  const known = memo?.files ?? {};
  const trustedBefore = (memo?.at ?? 0) - RACY_MS;
  const next: Record<string, [string, string]> = {};
  const hashes = new Map<string, string>();
  let dirty = !memo || Object.keys(known).length !== files.length;
  for (const { rel, abs, st } of files) {
    const sig = `${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
    const m = known[rel];
    let sha: string;
    if (m && m[0] === sig && st.mtimeMs < trustedBefore && st.ctimeMs < trustedBefore) {
      sha = m[1];
    } else {
      sha = createHash('sha1').update(readFileSync(abs)).digest('hex');
      dirty = true;
    }
    next[rel] = [sig, sha];
    hashes.set(rel, sha);
  }
  if (dirty && memoFile) {
    try {
      mkdirSync(dirname(memoFile), { recursive: true });
      writeFileAtomic(memoFile, JSON.stringify({ at: startedAt, files: next }));
    } catch {
      // a memo is an optimisation only
    }
  }
  return hashes;
}

/** The inputs every key is made of: the content of every file under INPUT_DIRS and of the lock files. */
export function inputHashes(root: string, memoFile: string): ContentHashes {
  const locks = LOCK_FILES.flatMap((rel) => {
    const abs = join(root, rel);
    const st = statSync(abs, { throwIfNoEntry: false });
    return st ? [{ rel, abs, st }] : [];
  });
  return contentHashes([...listFiles(root, INPUT_DIRS), ...locks], memoFile);
}

/** A digest of (path, content hash) pairs: changes when a file is added, removed, renamed or edited. */
export function digest(hashes: Iterable<readonly [string, string]>, keep: (rel: string) => boolean = () => true): string {
  const h = createHash('sha1');
  for (const [rel, sha] of hashes) if (keep(rel)) h.update(`${rel}\0${sha}\n`);
  return h.digest('hex');
}
