import { type ChildProcess, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ConfigError, SetupError } from '../model/errors';
import { IMAGE_TAGS_FILE } from '../model/image-tags';
import { DIST_DIR } from '../tree/layout';
import { type Tree } from '../tree/manifest';
import { filesOnDisk } from '../output/writer';
import { cacheDirOf, seedCache } from '../cli/launcher/cache-dir';
import { onInterrupt } from './scratch';

/*
 * The commits `gridops diff --base/--head` compares, read with git alone: the user's working tree, index and refs are
 * never written (git runs with --no-optional-locks; a commit whose code must run is exported from git's object store
 * into a temporary directory, which is removed afterwards, even on failure).
 */

/** What synth's code is made of (besides node_modules): when a commit's are the working tree's, its tree is synthesized in this process. */
export const CODE_PATHS: readonly string[] = ['src', 'charts', 'bin', 'imports', 'package-lock.json', 'cdk8s.yaml', 'tsconfig.json'];

/** What an export of a commit holds: the code and what the launcher reads (synth writes its dist/). */
const EXPORTED: readonly string[] = [...CODE_PATHS, 'package.json'];

/** The first line of a text. */
export function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? '';
}

/**
 * An error message in one line: its `error: ` line (else its first line), and when a list of problems follows it
 * (`  - …`, as a ConfigError of several problems has), the first of them and how many more:
 * `2 configuration errors: gridos/prod: no image tag: … (+1 more)`.
 */
export function errorLine(text: string): string {
  const lines = text.split('\n');
  let at = lines.findIndex((l) => l.startsWith('error: '));
  if (at < 0) at = lines.findIndex((l) => l.trim() !== '');
  if (at < 0) return '';
  const head = lines[at].replace(/^error: /, '').trim();
  const items: string[] = [];
  for (let i = at + 1; i < lines.length && /^\s+- /.test(lines[i]); i++) items.push(lines[i].replace(/^\s+- /, '').trim());
  if (items.length === 0) return head;
  return `${head.replace(/:$/, '')}: ${items[0]}${items.length > 1 ? ` (+${items.length - 1} more)` : ''}`;
}

interface GitResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** git in one checkout (the repository root may be a directory below the top of its work tree). */
export class Git {
  /** The root's path inside its work tree (`''` at the top, `sub/dir/` below). */
  public readonly prefix: string;

  /** A SetupError when git cannot run or `root` is not in a git work tree. */
  public constructor(public readonly root: string) {
    const r = this.run(['rev-parse', '--is-inside-work-tree', '--show-prefix']);
    const [inside, prefix] = r.stdout.split('\n');
    if (r.status !== 0 || inside !== 'true') throw new SetupError(`gridops diff --base compares git commits, but ${root} is not in a git work tree`);
    this.prefix = prefix ?? '';
  }

  /** Runs git in the root, never taking the index lock (no stat refresh written). */
  public run(args: readonly string[]): GitResult {
    const r = spawnSync('git', ['--no-optional-locks', ...args], { cwd: this.root, encoding: 'utf8', maxBuffer: 512 << 20 });
    if (r.error) throw new SetupError(`gridops diff --base: cannot run git (${(r.error as NodeJS.ErrnoException).code ?? r.error.message}): install git`);
    return r;
  }

  /** The full id of the commit `ref` names; a ConfigError naming the flag when it names none. */
  public commit(ref: string, flag: string): string {
    if (ref === '' || ref.startsWith('-')) throw new ConfigError(`${flag} '${ref}' is not a git revision`);
    const r = this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
    const id = r.stdout.trim();
    if (r.status !== 0 || !/^[0-9a-f]{40,64}$/.test(id)) {
      throw new ConfigError(`${flag} '${ref}' names no commit in this repository${/^origin\//.test(ref) ? ` (fetch it first: git fetch origin ${ref.slice('origin/'.length)})` : ''}`);
    }
    return id;
  }

  /** A file of a commit (a path relative to the root), or undefined when the commit has none. */
  public show(commit: string, file: string): string | undefined {
    const r = this.run(['cat-file', 'blob', `${commit}:${this.prefix}${file}`]);
    return r.status === 0 ? r.stdout : undefined;
  }

  /** Whether the commit's code ({@link CODE_PATHS}, the image tags aside) is the working tree's, untracked files included. */
  public sameCodeAsWorkingTree(commit: string): boolean {
    return this.sameAsWorkingTree(commit, CODE_PATHS, [IMAGE_TAGS_FILE]);
  }

  /** Whether `paths` (but `except`) of the commit are the working tree's, untracked files included. */
  private sameAsWorkingTree(commit: string, paths: readonly string[], except: readonly string[] = []): boolean {
    const specs = paths.map((p) => `:(top)${this.prefix}${p}`);
    const diff = this.run(['diff', '--quiet', commit, '--', ...specs, ...except.map((p) => `:(top,exclude)${this.prefix}${p}`)]);
    if (diff.status !== 0) return false;
    const untracked = this.run(['ls-files', '--others', '--exclude-standard', '-z', '--', ...specs]);
    return untracked.status === 0 && untracked.stdout === '';
  }

  /**
   * The files of a commit under `paths` (relative to the root): ls-tree, then every blob in one `git cat-file --batch`
   * (a checkout of a fresh index pays git's cost per file: several times slower). Submodules are left out.
   */
  public files(commit: string, paths: readonly string[]): CommitFile[] {
    const ls = this.run(['ls-tree', '-r', '-z', '--full-tree', commit, '--', ...paths.map((p) => `${this.prefix}${p}`)]);
    if (ls.status !== 0) throw new SetupError(`gridops diff: git ls-tree failed: ${firstLine(ls.stderr)}`);
    const entries: { mode: string; id: string; file: string }[] = [];
    for (const line of ls.stdout.split('\0')) {
      const m = /^(\d+) blob ([0-9a-f]+)\t(.+)$/s.exec(line);
      if (!m || !m[3].startsWith(this.prefix)) continue;
      entries.push({ mode: m[1], id: m[2], file: m[3].slice(this.prefix.length) });
    }
    if (entries.length === 0) return [];
    const batch = spawnSync('git', ['--no-optional-locks', 'cat-file', '--batch'], { cwd: this.root, input: entries.map((e) => e.id).join('\n') + '\n', maxBuffer: 1 << 30 });
    if (batch.error || batch.status !== 0) throw new SetupError(`gridops diff: git cat-file failed: ${firstLine(String(batch.stderr ?? batch.error))}`);
    const out = batch.stdout;
    let at = 0;
    return entries.map((e) => {
      const nl = out.indexOf(10, at);
      const size = Number(out.subarray(at, nl).toString('latin1').split(' ')[2]);
      const content = out.subarray(nl + 1, nl + 1 + size);
      at = nl + 1 + size + 1;
      return { file: e.file, mode: e.mode, content };
    });
  }

  /** The committed dist/ of a commit: path (relative to the root) → content, in path order. */
  public committedDist(commit: string): Tree {
    const files = this.files(commit, [DIST_DIR]).map((f) => [f.file, f.content.toString('utf8')] as const);
    return new Map(files.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }

  /**
   * Exports a commit's code into a new temporary directory, read from git's object store (the user's index and
   * working tree are not touched: not even hard-linked, which would change their files' ctime and so make git and the
   * launcher hash them again). Remove it with its `remove()`, also when what follows fails.
   */
  public exportCommit(commit: string): Export {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gridops-diff-'));
    // real: the launcher keys its cache by the path it runs from, which node resolves
    const root = path.join(fs.realpathSync(dir), 'tree');
    const exported: Export = {
      dir,
      root,
      // registered before anything is written: an interrupt from now on removes it
      remove: onInterrupt(async () => {
        // the export's synth first, or it writes on into what is removed
        const child = exported.child;
        if (child && child.exitCode === null && child.signalCode === null) {
          const ended = new Promise((resolve) => child.once('close', resolve));
          child.kill('SIGKILL');
          await ended;
        }
        fs.rmSync(cacheDirOf(root), { recursive: true, force: true });
        fs.rmSync(dir, { recursive: true, force: true });
      }),
    };
    try {
      const made = new Set<string>();
      for (const f of this.files(commit, EXPORTED)) {
        const target = path.join(root, f.file);
        const parent = path.dirname(target);
        if (!made.has(parent)) fs.mkdirSync(parent, { recursive: true });
        made.add(parent);
        if (f.mode === '120000') fs.symlinkSync(f.content.toString('utf8'), target);
        else fs.writeFileSync(target, f.content, { mode: f.mode === '100755' ? 0o755 : 0o644 });
      }
      fs.mkdirSync(root, { recursive: true });
      return exported;
    } catch (e) {
      exported.remove();
      throw e;
    }
  }
}

/** A file of a commit. */
export interface CommitFile {
  /** Relative to the repository root. */
  readonly file: string;
  /** git's mode: 100644, 100755 (executable), 120000 (a symbolic link, whose content is its target). */
  readonly mode: string;
  readonly content: Buffer;
}

/** A commit exported by {@link Git.exportCommit}. */
export interface Export {
  /** The temporary directory. */
  readonly dir: string;
  /** The repository root inside it. */
  readonly root: string;
  /** Removes the export and its launcher cache (also done when the process is interrupted before). */
  readonly remove: () => void;
  /** The export's synth, while it runs. */
  child?: ChildProcess;
}

/** What synthesizing an export gave: its dist/ as synth wrote it, or synth's error in one line ({@link errorLine}). */
export type ExportSynth = { readonly tree: Tree } | { readonly error: string };

/**
 * Runs the export's own launcher (`node bin/gridops.js synth -q`) in it, with the checkout's node_modules linked in
 * and its launcher cache started from the checkout's (bundles, code caches and synth outcomes are keyed by content,
 * so only what differs is rebuilt). Resolves with the dist/ it wrote, or synth's error in one line.
 */
export function synthesizeExport(root: string, e: Export): Promise<ExportSynth> {
  const exported = e.root;
  const launcher = path.join(exported, 'bin', 'gridops.js');
  if (!fs.existsSync(launcher)) return Promise.resolve({ error: 'it has no bin/gridops.js' });
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(exported, 'node_modules'), 'dir');
  seedCache(cacheDirOf(root), cacheDirOf(exported));
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [launcher, 'synth', '--quiet'], { cwd: exported, env: { ...process.env, GRIDOPS_ROOT: '' }, stdio: ['ignore', 'ignore', 'pipe'] });
    e.child = child;
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d: string) => (stderr += d));
    child.on('error', (err) => resolve({ error: err.message }));
    child.on('close', (code) => {
      if (code !== 0) {
        resolve({ error: errorLine(stderr) || `exit code ${code}` });
        return;
      }
      resolve({ tree: new Map(filesOnDisk(exported).map((f) => [f, fs.readFileSync(path.join(exported, f), 'utf8')])) });
    });
  });
}
