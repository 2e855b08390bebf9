import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SetupError } from '../model/errors';
import { DIST_DIR } from '../tree/layout';
import type { TreeDiff } from '../output/writer';
import { type Tree } from '../tree/manifest';

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

/** Set in the process that synthesizes an export of the index: its dist/ on disk is the staged one. */
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

/** Runs git in `root`; a SetupError when git cannot run at all. */
function git(root: string, args: readonly string[], input?: string): GitResult {
  const env = { ...process.env };
  // git hands a hook its index as a path that may be relative to the hook's directory, not to `root`
  if (env.GIT_INDEX_FILE && !path.isAbsolute(env.GIT_INDEX_FILE)) env.GIT_INDEX_FILE = path.resolve(env.GIT_INDEX_FILE);
  const r = spawnSync('git', args, { cwd: root, env, input, encoding: 'utf8', maxBuffer: 256 << 20 });
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
 * linked), runs the exported launcher's `synth --check --staged` there, and relays what it says, the errors marked as
 * the staged sources'. Returns its exit code; the directory is removed.
 */
export function checkStagedExport(root: string, flags: StagedFlags): number {
  const prefix = workTreePrefix(root);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gridops-staged-'));
  try {
    const files = git(root, ['ls-files', '-z', '--', ...EXPORTED]);
    if (files.status !== 0) throw new SetupError(`synth --check --staged: git ls-files failed in ${root}: ${firstLine(files.stderr)}`);
    // without -u, checkout-index writes the files only, never the index
    const out = git(root, ['checkout-index', '-z', '--stdin', `--prefix=${tmp}${path.sep}`], files.stdout);
    if (out.status !== 0) throw new SetupError(`synth --check --staged: git checkout-index failed in ${root}: ${firstLine(out.stderr)}`);
    const exported = path.join(tmp, prefix);
    const launcher = path.join(exported, 'bin', 'gridops.js');
    if (!fs.existsSync(launcher)) throw new SetupError('synth --check --staged: bin/gridops.js is not in the index: stage it (git add bin)');
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(exported, 'node_modules'), 'dir');
    const args = ['synth', '--check', '--staged', ...(flags.strict ? ['--strict'] : []), ...(flags.quiet ? ['--quiet'] : [])];
    const r = spawnSync(process.execPath, [launcher, ...args], {
      cwd: exported,
      encoding: 'utf8',
      maxBuffer: 256 << 20,
      // GRIDOPS_CACHE_SEED: the export's launcher starts from this checkout's bundles and code caches (bin/gridops.js)
      env: { ...process.env, GRIDOPS_ROOT: '', [STAGED_EXPORT_ENV]: '1', GRIDOPS_CACHE_SEED: process.env.GRIDOPS_CACHE_DIR ?? '' },
    });
    if (r.error) throw r.error;
    process.stdout.write(r.stdout);
    process.stderr.write(r.stderr.replace(/^error: (?!in the staged sources: )/gm, 'error: in the staged sources: '));
    return r.status ?? 2;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
