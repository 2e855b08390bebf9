import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { kubectlPath, kustomizeBuild as build } from '../../src/kubectl';
import type { Tree } from '../../src/synthesize';

/** The real kubectl binary; throws (never skips) when it is missing. */
export function kubectl(): string {
  return kubectlPath();
}

/** `kubectl kustomize DIR`, parsed into objects. */
export function kustomizeBuild(dir: string): any[] {
  return build(dir);
}

/** Writes a tree into a fresh temporary directory and returns its path. */
export function writeTreeToTemp(tree: Tree): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gridops-test-'));
  for (const [file, content] of tree) {
    fs.mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content);
  }
  return dir;
}
