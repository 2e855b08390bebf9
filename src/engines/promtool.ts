import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PROJECT_ROOT } from '../tree/layout';
import { writeFileAtomic } from '../output/atomic';

/** The Debian package that ships promtool (a static binary, no service needed to run it). */
const DEBIAN_PACKAGE = 'prometheus';

/**
 * Prometheus' own `promtool` (its rule checker and unit-test runner), for the tests that run the analysis queries
 * and the alert rules on the real engine. Found, in order: `GRIDOPS_PROMTOOL`; `promtool` on PATH; the copy kept in
 * node_modules/.cache/prometheus/; else provisioned into that cache from Debian's `prometheus` package with
 * `apt-get download` and `dpkg-deb -x` (nothing is installed, no service starts; as root, `apt-get update` first when
 * the package lists are missing). Throws, naming what to do, when none of that works: nothing that needs it skips.
 */
export function promtoolPath(root: string = PROJECT_ROOT): string {
  if (process.env.GRIDOPS_PROMTOOL) return process.env.GRIDOPS_PROMTOOL;
  const onPath = findOnPath('promtool');
  if (onPath) return onPath;
  const target = path.join(root, 'node_modules', '.cache', 'prometheus', 'promtool');
  if (fs.existsSync(target)) return target;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gridops-promtool-'));
  try {
    const download = () => execFileSync('apt-get', ['download', DEBIAN_PACKAGE], { cwd: work, stdio: 'pipe' });
    try {
      download();
    } catch (first) {
      if (process.getuid?.() !== 0) throw first;
      execFileSync('apt-get', ['update'], { stdio: 'pipe' });
      download();
    }
    const deb = fs.readdirSync(work).find((f) => f.endsWith('.deb'));
    if (!deb) throw new Error(`apt-get download ${DEBIAN_PACKAGE} wrote no .deb`);
    execFileSync('dpkg-deb', ['-x', deb, 'x'], { cwd: work, stdio: 'pipe' });
    const binary = path.join(work, 'x', 'usr', 'bin', 'promtool');
    if (!fs.existsSync(binary)) throw new Error(`${deb} has no usr/bin/promtool`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    writeFileAtomic(target, fs.readFileSync(binary), { mode: 0o755 }); // a concurrent provisioner never runs a half-written binary
    return target;
  } catch (e) {
    const err = e as { stderr?: Buffer; message: string };
    const why = (err.stderr?.toString() || err.message).trim().split('\n').pop();
    throw new Error(`promtool not available (${why}): install Debian's ${DEBIAN_PACKAGE} package, put promtool on PATH or set GRIDOPS_PROMTOOL`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function findOnPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** The result of one `promtool` run: its exit code and what it printed. */
export interface PromtoolResult {
  readonly status: number;
  readonly output: string;
}

/** Runs `promtool ARGS` in `cwd`; never throws on a non-zero exit (the output says what failed). */
export function runPromtool(args: readonly string[], cwd: string): PromtoolResult {
  try {
    const output = execFileSync(promtoolPath(), [...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
    return { status: 0, output };
  } catch (e) {
    const err = e as { status?: number; stdout?: string; stderr?: string; message: string };
    if (typeof err.status !== 'number') throw e;
    return { status: err.status, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}
