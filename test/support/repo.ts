import { spawnSync, SpawnSyncReturns } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const COPIED = ['bin', 'src', 'charts', 'imports', 'dist', 'cdk8s.yaml', 'package.json'];

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
    // Same sources, same mtimes: start from the checkout's CLI bundle instead of building another (bin/gridops.js).
    const from = cacheDirOf(ROOT);
    const to = cacheDirOf(this.dir);
    fs.mkdirSync(to, { recursive: true });
    // ...and from its last synth outcome: same inputs, same key (the launcher checks; any edit makes a new key)
    const outcomes = fs.existsSync(from) ? fs.readdirSync(from).filter((f) => f.startsWith('synth-')) : [];
    for (const f of ['cli.js', 'fast.js', 'cli.stamp', ...outcomes]) {
      if (fs.existsSync(path.join(from, f))) fs.cpSync(path.join(from, f), path.join(to, f), { preserveTimestamps: true });
    }
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
