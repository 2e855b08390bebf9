import { spawnSync, SpawnSyncReturns } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const COPIED = ['bin', 'src', 'charts', 'imports', 'dist', 'cdk8s.yaml', 'package.json', 'package-lock.json'];

/** The launcher's cache directory of a checkout (bin/gridops.js), in the shared node_modules. */
function cacheDirOf(root: string): string {
  return path.join(ROOT, 'node_modules', '.cache', 'gridops', createHash('sha1').update(root).digest('hex').slice(0, 12));
}

/** A throw-away copy of the repository (node_modules linked) to run the real CLI in. */
export class TempRepo {
  public readonly dir: string;

  /** @param extra further top-level entries to copy (e.g. test/ and jest.config.js to run the tests in the copy) */
  public constructor(extra: string[] = []) {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gridops-repo-'));
    for (const entry of [...COPIED, ...extra]) fs.cpSync(path.join(ROOT, entry), path.join(this.dir, entry), { recursive: true, preserveTimestamps: true });
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(this.dir, 'node_modules'));
    // Same sources, same mtimes: start from the checkout's bundles and their code caches instead of building others,
    // and from its last synth outcome (same inputs, same key; the launcher checks, and any edit makes a new key).
    // Bundles and code caches are hard-linked, keeping the inode a code cache is tied to (the launcher replaces them by
    // renaming, never in place); everything else is copied, so a test may edit it.
    const from = cacheDirOf(ROOT);
    const to = cacheDirOf(this.dir);
    fs.mkdirSync(to, { recursive: true });
    for (const f of fs.existsSync(from) ? fs.readdirSync(from).filter((f) => !f.endsWith('.tmp')) : []) {
      try {
        if (/\.(js|v8cache)$/.test(f)) fs.linkSync(path.join(from, f), path.join(to, f));
        else fs.cpSync(path.join(from, f), path.join(to, f), { preserveTimestamps: true });
      } catch {
        // another process replaced or removed it meanwhile: the launcher builds what is missing
      }
    }
  }

  /** The launcher's cache directory of this copy (bundles, code caches, synth outcomes). */
  public get cacheDir(): string {
    return cacheDirOf(this.dir);
  }

  /** Runs `gridops ARGS` in the copy. */
  public gridops(args: string[], env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
    return spawnSync(process.execPath, [path.join(this.dir, 'bin', 'gridops.js'), ...args], {
      cwd: this.dir,
      encoding: 'utf8',
      env: { ...process.env, GRIDOPS_ROOT: '', ...env, FORCE_COLOR: '0' },
    });
  }

  public read(file: string): string {
    return fs.readFileSync(path.join(this.dir, file), 'utf8');
  }

  public write(file: string, content: string): void {
    fs.mkdirSync(path.dirname(path.join(this.dir, file)), { recursive: true });
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

  public remove(): void {
    // the launcher's bundle cache of this copy lives in the shared node_modules (bin/gridops.js)
    fs.rmSync(cacheDirOf(this.dir), { recursive: true, force: true });
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
