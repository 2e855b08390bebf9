import { spawnSync, SpawnSyncReturns } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cacheDirOf, seedCache } from '../../src/cli/launcher/cache-dir';

const ROOT = path.resolve(__dirname, '..', '..');
const COPIED = ['bin', 'src', 'charts', 'imports', 'dist', 'cdk8s.yaml', 'package.json', 'package-lock.json'];

/** The environment variable naming the fixture checkout global-setup.ts prepares (not GRIDOPS_*: a CLI input). */
export const FIXTURE_REPO = 'TEST_FIXTURE_REPO';

/** The fixture platform's sources (test/fixtures/config/), as a src/config/ of a checkout. */
const FIXTURE_CONFIG = path.join(ROOT, 'test', 'fixtures', 'config');

/**
 * Writes the fixture platform into `dir/src/config/` (replacing what is there), its imports pointed at the
 * checkout's src/model/ as src/config/'s are.
 */
export function installFixtureConfig(dir: string): void {
  const target = path.join(dir, 'src', 'config');
  fs.rmSync(target, { recursive: true, force: true });
  const copy = (from: string, to: string, depth: number) => {
    fs.mkdirSync(to, { recursive: true });
    for (const e of fs.readdirSync(from, { withFileTypes: true })) {
      if (e.isDirectory()) copy(path.join(from, e.name), path.join(to, e.name), depth + 1);
      else {
        const text = fs.readFileSync(path.join(from, e.name), 'utf8');
        // test/fixtures/config/<depth…>/x.ts imports ../../../src/model/; src/config/<depth…>/x.ts imports ../model/
        fs.writeFileSync(path.join(to, e.name), text.split(`${'../'.repeat(depth + 3)}src/`).join('../'.repeat(depth + 1)));
      }
    }
  };
  copy(FIXTURE_CONFIG, target, 0);
}

/**
 * Copies a top-level entry of a checkout into a copy. imports/ (9 MB of generated bindings, schemas and charts that
 * no test edits in place) is hard-linked file by file; {@link TempRepo.write} replaces a file instead of writing
 * through the link.
 */
function copyEntry(from: string, to: string): void {
  if (path.basename(from) !== 'imports') {
    fs.cpSync(from, to, { recursive: true, preserveTimestamps: true });
    return;
  }
  const link = (f: string, t: string) => {
    fs.mkdirSync(t, { recursive: true });
    for (const e of fs.readdirSync(f, { withFileTypes: true })) {
      if (e.isDirectory()) link(path.join(f, e.name), path.join(t, e.name));
      else fs.linkSync(path.join(f, e.name), path.join(t, e.name));
    }
  };
  link(from, to);
}

/** What a {@link TempRepo} holds as its configuration. */
export type RepoConfig = 'fixture' | 'shipped';

/**
 * A throw-away copy of the repository (node_modules linked) to run the real CLI in. By default its src/config/ is the
 * fixture platform of test/fixtures/config/ with the dist/ synth makes of it (prepared once per run by
 * global-setup.ts), so what a CLI test expects never depends on the shipped configuration; `'shipped'` copies the
 * checkout as it is (the README's recipes run on the user's own configuration).
 */
export class TempRepo {
  public readonly dir: string;

  /**
   * @param extra further top-level entries to copy
   * @param config the configuration of the copy
   */
  public constructor(extra: string[] = [], config: RepoConfig = 'fixture') {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gridops-repo-'));
    const source = config === 'fixture' ? fixtureRepo() : ROOT;
    for (const entry of [...COPIED, ...extra]) {
      const from = path.join(fs.existsSync(path.join(source, entry)) ? source : ROOT, entry);
      copyEntry(from, path.join(this.dir, entry));
    }
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(this.dir, 'node_modules'));
    // Same sources: start from the bundles, code caches and last synth outcome of the checkout copied (the launcher
    // keys them by content, so the copy's keys are its source's, and any edit makes a new key). The cache is in the
    // shared node_modules, where the copy's node_modules link leads.
    seedCache(cacheDirOf(source), cacheDirOf(this.dir));
  }

  /** The launcher's cache directory of this copy (bundles, code caches, synth outcomes). */
  public get cacheDir(): string {
    return cacheDirOf(this.dir);
  }

  /** Runs `gridops ARGS` in the copy (uncoloured unless `env` sets FORCE_COLOR). */
  public gridops(args: string[], env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
    return spawnSync(process.execPath, [path.join(this.dir, 'bin', 'gridops.js'), ...args], {
      cwd: this.dir,
      encoding: 'utf8',
      env: { ...process.env, GRIDOPS_ROOT: '', FORCE_COLOR: '0', ...env },
    });
  }

  /**
   * Runs git in the copy (which must stop there: a repository around the temporary directory never answers for it),
   * as a committer named t; throws on failure unless `allowFailure`.
   */
  public git(args: string[], allowFailure = false): SpawnSyncReturns<string> {
    const r = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'init.defaultBranch=main', ...args], {
      cwd: this.dir,
      encoding: 'utf8',
      env: { ...process.env, GRIDOPS_ROOT: '', FORCE_COLOR: '0', GIT_CEILING_DIRECTORIES: path.dirname(this.dir), PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}` },
    });
    if (!allowFailure && r.status !== 0) throw new Error(`git ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
    return r;
  }

  public read(file: string): string {
    return fs.readFileSync(path.join(this.dir, file), 'utf8');
  }

  public write(file: string, content: string): void {
    fs.mkdirSync(path.dirname(path.join(this.dir, file)), { recursive: true });
    // a file of imports/ is a hard link to the checkout's: replace it, never write through it
    fs.rmSync(path.join(this.dir, file), { force: true });
    fs.writeFileSync(path.join(this.dir, file), content);
  }

  public exists(file: string): boolean {
    return fs.existsSync(path.join(this.dir, file));
  }

  /** Every file under dist/ with its content. */
  public snapshotDist(): Record<string, string> {
    const out: Record<string, string> = {};
    const walk = (rel: string) => {
      for (const e of fs.readdirSync(path.join(this.dir, rel), { withFileTypes: true })) {
        const p = `${rel}/${e.name}`;
        if (e.isDirectory()) walk(p);
        else out[p] = this.read(p);
      }
    };
    walk('dist');
    return out;
  }

  /** Replaces this copy's configuration by the fixture platform (dist/ is not touched: synth it). */
  public installFixtureConfig(): void {
    installFixtureConfig(this.dir);
  }

  public remove(): void {
    // the launcher's cache of this copy lives in the shared node_modules (src/cli/launcher/cache-dir.ts)
    fs.rmSync(cacheDirOf(this.dir), { recursive: true, force: true });
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * The fixture checkout of this run: the repository with the fixture platform as its configuration and the dist/
 * synth made of it, prepared by global-setup.ts ({@link prepareFixtureRepo}); prepared here when a test file runs
 * without the global setup.
 */
export function fixtureRepo(): string {
  const dir = process.env[FIXTURE_REPO];
  if (dir && fs.existsSync(path.join(dir, 'dist'))) return dir;
  const made = prepareFixtureRepo(os.tmpdir());
  process.env[FIXTURE_REPO] = made;
  return made;
}

/** Makes a fixture checkout under `parent` (see {@link TempRepo}) and synthesizes its dist/; returns its path. */
export function prepareFixtureRepo(parent: string): string {
  const dir = fs.mkdtempSync(path.join(parent, 'gridops-fixture-'));
  for (const entry of COPIED) copyEntry(path.join(ROOT, entry), path.join(dir, entry));
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  installFixtureConfig(dir);
  seedCache(cacheDirOf(ROOT), cacheDirOf(dir));
  const r = spawnSync(process.execPath, [path.join(dir, 'bin', 'gridops.js'), 'synth', '-q'], { cwd: dir, encoding: 'utf8', env: { ...process.env, GRIDOPS_ROOT: '' } });
  if (r.status !== 0) throw new Error(`synth of the fixture platform failed (${r.status}): ${r.stderr}`);
  return dir;
}

/** Removes a fixture checkout and its launcher cache. */
export function removeFixtureRepo(dir: string): void {
  fs.rmSync(cacheDirOf(dir), { recursive: true, force: true });
  fs.rmSync(dir, { recursive: true, force: true });
}
