import { execFileSync } from 'child_process';
import * as path from 'path';
import { kubectlPath } from '../../src/kubectl';

/**
 * Before the test workers start: extract kubectl once (so parallel tests never race to extract it) and build the
 * CLI bundle once (the throw-away repository copies start from it).
 */
export default async function globalSetup(): Promise<void> {
  process.env.GRIDOPS_KUBECTL = kubectlPath();
  const root = path.resolve(__dirname, '..', '..');
  execFileSync(process.execPath, [path.join(root, 'bin', 'gridops.js'), '--help'], { cwd: root, stdio: 'ignore' });
}
