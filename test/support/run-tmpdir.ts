import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

/** The environment variable naming this test run's temporary directory (TMPDIR of the workers). */
export const RUN_TMPDIR = 'TEST_RUN_TMPDIR';
/** The environment variable keeping the temporary directory TMPDIR named before the run. */
export const SYSTEM_TMPDIR = 'TEST_SYSTEM_TMPDIR';

const ROOT = path.resolve(__dirname, '..', '..');

/** What {@link removeRunTmpdir} found and removed. */
export interface RunLeftovers {
  /** cdk8s.outdir.* directories (Testing.app() makes one per call). */
  readonly cdk8sOutdirs: number;
  /** TempRepo copies their suites did not remove (their launcher caches in node_modules are removed too). */
  readonly repos: readonly string[];
  /** Whether anything is left of the directory afterwards. */
  readonly remains: boolean;
}

/** Removes a run's temporary directory, counting what was left in it. */
export function removeRunTmpdir(dir: string): RunLeftovers {
  const entries = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
  const repos = entries.filter((e) => e.startsWith('gridops-repo-'));
  for (const r of [...repos, ...entries.filter((e) => e.startsWith('gridops-fixture-'))]) {
    // the launcher's cache of a copy lives in the shared node_modules (bin/gridops.js, test/support/repo.ts)
    const cache = path.join(ROOT, 'node_modules', '.cache', 'gridops', createHash('sha1').update(path.join(dir, r)).digest('hex').slice(0, 12));
    fs.rmSync(cache, { recursive: true, force: true });
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return { cdk8sOutdirs: entries.filter((e) => e.startsWith('cdk8s.outdir.')).length, repos, remains: fs.existsSync(dir) };
}
