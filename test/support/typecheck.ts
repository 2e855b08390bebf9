import { spawn } from 'child_process';
import * as path from 'path';

/** Set to 1 by `npm test`: the run type-checks the project (tsc --noEmit) while the tests run. */
export const TYPECHECK = 'TEST_TYPECHECK';

/** How the type check ended. */
export interface TypeCheck {
  readonly status: number;
  /** What tsc printed (the type errors). */
  readonly output: string;
}

/** Starts `tsc --noEmit` on the project in a child process; resolves when it ends. */
export function startTypeCheck(): Promise<TypeCheck> {
  const root = path.resolve(__dirname, '..', '..');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', root], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (e) => resolve({ status: 1, output: `${e.message}\n` }));
    child.on('close', (code) => resolve({ status: code ?? 1, output }));
  });
}
