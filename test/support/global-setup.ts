import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { helmPath } from '../../src/engines/helm';
import { kubectlPath } from '../../src/engines/kubectl';
import { promtoolPath } from '../../src/engines/promtool';
import { FIXTURE_REPO, prepareFixtureRepo } from './repo';
import { startTypeCheck, TypeCheck, TYPECHECK } from './typecheck';
import { RUN_TMPDIR, SYSTEM_TMPDIR } from './run-tmpdir';

/**
 * Before the test workers start: extract kubectl and helm and find (or provision, from Debian's prometheus package)
 * promtool once, so parallel tests never race to fetch them; and build the CLI bundle and the shipped tree's synth
 * outcome once, and the fixture checkout with the fixture platform's dist/ (the throw-away repository copies start
 * from them). Then point TMPDIR at a directory of this run: the
 * workers and every process they start make their temporary directories there (cdk8s's Testing.app() makes one per
 * call and never removes it), and the global teardown removes it (test/support/global-teardown.ts).
 */
export default async function globalSetup(): Promise<void> {
  // npm test type-checks while the tests run (the checker takes one core for a few seconds); the teardown waits for it
  if (process.env[TYPECHECK] === '1') (globalThis as { [TYPECHECK]?: Promise<TypeCheck> })[TYPECHECK] = startTypeCheck();
  process.env.GRIDOPS_KUBECTL = kubectlPath();
  process.env.GRIDOPS_HELM = helmPath();
  process.env.GRIDOPS_PROMTOOL = promtoolPath();
  const root = path.resolve(__dirname, '..', '..');
  try {
    execFileSync(process.execPath, [path.join(root, 'bin', 'gridops.js'), 'synth', '--check', '-q'], { cwd: root, stdio: 'ignore' });
  } catch {
    // a stale dist/ is test/dist.test.ts's finding, not the setup's
  }
  // not GRIDOPS_*: those are inputs of the CLI's synth outcome cache
  process.env[SYSTEM_TMPDIR] = os.tmpdir();
  process.env[RUN_TMPDIR] = fs.mkdtempSync(path.join(os.tmpdir(), 'gridops-jest-'));
  process.env.TMPDIR = process.env[RUN_TMPDIR];
  // the fixture checkout every TempRepo copies by default: the fixture platform and the dist/ synth makes of it
  process.env[FIXTURE_REPO] = prepareFixtureRepo(process.env[RUN_TMPDIR]);
}
