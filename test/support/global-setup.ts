import { execFileSync } from 'child_process';
import * as path from 'path';
import { kubectlPath } from '../../src/kubectl';

/**
 * Before the test workers start: extract kubectl once (so parallel tests never race to extract it) and build the
 * CLI bundle and the shipped tree's synth outcome once (the throw-away repository copies start from both).
 */
export default async function globalSetup(): Promise<void> {
  process.env.GRIDOPS_KUBECTL = kubectlPath();
  const root = path.resolve(__dirname, '..', '..');
  try {
    execFileSync(process.execPath, [path.join(root, 'bin', 'gridops.js'), 'synth', '--check', '-q'], { cwd: root, stdio: 'ignore' });
  } catch {
    // a stale dist/ is test/dist.test.ts's finding, not the setup's
  }
}
