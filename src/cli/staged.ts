import type * as ChildProcess from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ExitCode, SetupError } from '../model/errors';
import { DIST_DIR } from '../tree/layout';
import { filesOnDisk, isClean, type TreeDiff } from '../output/writer';
import { type Tree } from '../tree/manifest';
import { cacheDirOf, seedCache } from './launcher/cache-dir';

/**
 * `gridops synth --check --staged`, the pre-commit hook: does the dist/ that `git commit` will record match what synth
 * makes of the sources it will record? Both come from the index (GIT_INDEX_FILE when git runs the hook: `git commit
 * -a` and `git commit -- paths` hand their hooks an index of their own). The working tree and the index are never
 * written: git runs with --no-optional-locks, and staged sources that differ from the working tree are exported with
 * `git checkout-index --prefix` into a temporary directory and synthesized there.
 */

/** The sources synth's output depends on (besides node_modules), relative to the repository root. */
export const STAGED_SOURCES: readonly string[] = ['src', 'charts', 'bin', 'imports'];

/** What an export of the index holds: the sources, dist/, and what the launcher reads. */
const EXPORTED: readonly string[] = [...STAGED_SOURCES, DIST_DIR, 'cdk8s.yaml', 'package.json', 'package-lock.json', 'tsconfig.json'];

/**
 * @deprecated Nothing sets it any more: the export of the index is synthesized by a plain `gridops synth` and compared
 * with the index here ({@link checkStagedExport}). Its last readers, in synth-output.ts, see it unset.
 */
export const STAGED_EXPORT_ENV = 'GRIDOPS_STAGED_EXPORT';

/** What `--check --staged` has to do. */
export type StagedPlan =
  /** nothing under src/, charts/, bin/, imports/ or dist/ is staged: the commit cannot make dist/ stale */
  | 'nothing'
  /** the staged sources are those of the working tree: synthesize here and compare with the index's dist/ */
  | 'here'
  /** the working tree's sources differ from the staged ones: synthesize an export of the index */
  | 'export';

interface GitResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * node's child_process, loaded when something is to run: the launcher's fast bundle holds this module, and a synth it
 * answers from the stored outcome runs nothing.
 */
function childProcess(): typeof ChildProcess {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('child_process') as typeof ChildProcess;
}

/** Runs git in `root`; a SetupError when git cannot run at all. */
function git(root: string, args: readonly string[], input?: string): GitResult {
  const env = { ...process.env };
  // git hands a hook its index as a path that may be relative to the hook's directory, not to `root`
  if (env.GIT_INDEX_FILE && !path.isAbsolute(env.GIT_INDEX_FILE)) env.GIT_INDEX_FILE = path.resolve(env.GIT_INDEX_FILE);
  const r = childProcess().spawnSync('git', args, { cwd: root, env, input, encoding: 'utf8', maxBuffer: 256 << 20 });
  if (r.error) throw new SetupError(`synth --check --staged: cannot run git (${(r.error as NodeJS.ErrnoException).code ?? r.error.message}): it compares what git commit records; install git`);
  return r;
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0];
}

/** The root's path inside its git work tree (`''` at the top, `sub/dir/` below it); a SetupError outside one. */
function workTreePrefix(root: string): string {
  const r = git(root, ['rev-parse', '--is-inside-work-tree', '--show-prefix']);
  const [inside, prefix] = r.stdout.split('\n');
  if (r.status !== 0 || inside !== 'true') {
    throw new SetupError(`synth --check --staged: ${root} is not in a git work tree (it compares what git commit records)`);
  }
  return prefix ?? '';
}

/** One entry of `git status --porcelain=v1 -z`: index and work tree columns, path relative to the top of the work tree. */
export interface StatusEntry {
  readonly index: string;
  readonly worktree: string;
  readonly path: string;
}

/** Parses `git status --porcelain=v1 -z` (a rename or copy is followed by its source path, which is skipped). */
export function parseStatus(out: string): StatusEntry[] {
  const fields = out.split('\0');
  const entries: StatusEntry[] = [];
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i];
    if (f.length < 4) continue;
    const entry = { index: f[0], worktree: f[1], path: f.slice(3) };
    entries.push(entry);
    if (entry.index === 'R' || entry.index === 'C') i++;
  }
  return entries;
}

/** Decides from the status of the relevant paths (relative to the top of the work tree; `prefix` is the root's). */
export function planFromStatus(entries: readonly StatusEntry[], prefix: string): StagedPlan {
  const staged = entries.some((e) => ![' ', '?', '!'].includes(e.index));
  if (!staged) return 'nothing';
  const isSource = (p: string) => STAGED_SOURCES.some((s) => p.startsWith(`${prefix}${s}/`));
  // a source modified after it was staged, or one git does not track (an import of it would not be committed)
  const differ = entries.some((e) => isSource(e.path) && (e.worktree !== ' ' || e.index === '?' || e.index === '!'));
  return differ ? 'export' : 'here';
}

/** What `--check --staged` has to do in the repository at `root`. */
export function stagedPlan(root: string): StagedPlan {
  const prefix = workTreePrefix(root);
  const r = git(root, ['--no-optional-locks', 'status', '--porcelain=v1', '-z', '--untracked-files=all', '--ignored=matching', '--', ...STAGED_SOURCES, DIST_DIR]);
  if (r.status !== 0) throw new SetupError(`synth --check --staged: git status failed in ${root}: ${firstLine(r.stderr)}`);
  return planFromStatus(parseStatus(r.stdout), prefix);
}

/** Git's object id of a blob with this content (`sha1`, or `sha256` in a SHA-256 repository). */
export function blobId(content: string, algorithm: 'sha1' | 'sha256'): string {
  const bytes = Buffer.from(content, 'utf8');
  return createHash(algorithm).update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/**
 * Compares a tree with the dist/ of the index (what `git commit` records), by object id: no blob is read. A file in
 * conflict, or not a regular file, counts as changed.
 */
export function diffIndex(root: string, tree: Tree): TreeDiff {
  const r = git(root, ['ls-files', '--stage', '-z', '--', DIST_DIR]);
  if (r.status !== 0) throw new SetupError(`synth --check --staged: git ls-files failed in ${root}: ${firstLine(r.stderr)}`);
  const indexed = new Map<string, { id: string; regular: boolean }>();
  for (const line of r.stdout.split('\0')) {
    const m = /^(\d+) ([0-9a-f]+) (\d)\t(.+)$/s.exec(line);
    if (!m) continue;
    const [, mode, id, stage, file] = m;
    const regular = stage === '0' && (mode === '100644' || mode === '100755') && !indexed.has(file);
    indexed.set(file, { id, regular });
  }
  const changed: string[] = [];
  const missing: string[] = [];
  for (const [file, content] of tree) {
    const entry = indexed.get(file);
    if (!entry) missing.push(file);
    else if (!entry.regular || blobId(content, entry.id.length === 64 ? 'sha256' : 'sha1') !== entry.id) changed.push(file);
  }
  const stray = [...indexed.keys()].filter((f) => !tree.has(f)).sort();
  return { changed, missing, stray };
}

/** The one line that fails the hook, naming the stale files of the staged dist/ (the first ten). */
export function stagedMessage(d: TreeDiff): string {
  const files = [...d.changed.map((f) => `${f} (changed)`), ...d.missing.map((f) => `${f} (missing)`), ...d.stray.map((f) => `${f} (stray)`)];
  const shown = files.slice(0, 10).join(', ') + (files.length > 10 ? `, and ${files.length - 10} more` : '');
  return `dist/ is stale in the index: ${files.length} file(s) differ from what synth makes of the staged sources: ${shown}. Run 'npm run synth', then 'git add dist'.`;
}

/** The flags the export's synth gets. */
export interface StagedFlags {
  readonly strict: boolean;
  readonly quiet: boolean;
}

/**
 * Synthesizes the staged sources: exports the index's sources and dist/ into a temporary directory (node_modules
 * linked, the launcher's cache started from this checkout's), runs the exported launcher's plain `synth -q` there,
 * relaying what it says (its errors marked as the staged sources'), and compares the dist/ it wrote with the index's.
 * Returns the exit code; the directory and its cache are removed.
 */
export function checkStagedExport(root: string, flags: StagedFlags): number {
  const prefix = workTreePrefix(root);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gridops-staged-'));
  let exportCache: string | undefined;
  try {
    const files = git(root, ['ls-files', '-z', '--', ...EXPORTED]);
    if (files.status !== 0) throw new SetupError(`synth --check --staged: git ls-files failed in ${root}: ${firstLine(files.stderr)}`);
    // without -u, checkout-index writes the files only, never the index
    const out = git(root, ['checkout-index', '-z', '--stdin', `--prefix=${tmp}${path.sep}`], files.stdout);
    if (out.status !== 0) throw new SetupError(`synth --check --staged: git checkout-index failed in ${root}: ${firstLine(out.stderr)}`);
    // real: the launcher keys its cache by the path it runs from, which node resolves
    const exported = fs.realpathSync(path.join(tmp, prefix));
    const launcher = path.join(exported, 'bin', 'gridops.js');
    if (!fs.existsSync(launcher)) throw new SetupError('synth --check --staged: bin/gridops.js is not in the index: stage it (git add bin)');
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(exported, 'node_modules'), 'dir');
    // the export's launcher starts from this checkout's bundles, code caches and outcome
    exportCache = cacheDirOf(exported);
    seedCache(cacheDirOf(root), exportCache);
    const args = ['synth', '--quiet', ...(flags.strict ? ['--strict'] : [])];
    const r = childProcess().spawnSync(process.execPath, [launcher, ...args], { cwd: exported, encoding: 'utf8', maxBuffer: 256 << 20, env: { ...process.env, GRIDOPS_ROOT: '' } });
    if (r.error) throw r.error;
    process.stdout.write(r.stdout);
    process.stderr.write(r.stderr.replace(/^error: (?!in the staged sources: )/gm, 'error: in the staged sources: '));
    if (r.status !== 0) return r.status ?? 2;
    const tree: Tree = new Map(filesOnDisk(exported).map((f) => [f, fs.readFileSync(path.join(exported, f), 'utf8')]));
    const d = diffIndex(root, tree);
    if (!isClean(d)) {
      console.error(stagedMessage(d));
      return ExitCode.CHECK_FAILED;
    }
    if (!flags.quiet) console.log(`the staged dist/ is up to date (${tree.size} files)`);
    return ExitCode.OK;
  } finally {
    if (exportCache) fs.rmSync(exportCache, { recursive: true, force: true });
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
