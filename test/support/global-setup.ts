import { execFileSync } from 'child_process';
import * as path from 'path';
import { helmPath } from '../../src/helm';
import { kubectlPath } from '../../src/kubectl';
import { promtoolPath } from '../../src/promtool';

/**
 * Before the test workers start: extract kubectl and helm and find (or provision, from Debian's prometheus package)
 * promtool once, so parallel tests never race to fetch them; and build the CLI bundle and the shipped tree's synth
 * outcome once (the throw-away repository copies start from both).
 */
export default async function globalSetup(): Promise<void> {
  process.env.GRIDOPS_KUBECTL = kubectlPath();
  process.env.GRIDOPS_HELM = helmPath();
  process.env.GRIDOPS_PROMTOOL = promtoolPath();
  const root = path.resolve(__dirname, '..', '..');
  try {
    execFileSync(process.execPath, [path.join(root, 'bin', 'gridops.js'), 'synth', '--check', '-q'], { cwd: root, stdio: 'ignore' });
  } catch {
    // a stale dist/ is test/dist.test.ts's finding, not the setup's
  }
}
