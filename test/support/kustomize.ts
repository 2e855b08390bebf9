import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as YAML from 'yaml';
import type { Tree } from '../../src/synthesize';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { kubectlPath } = require('./kubectl');

/** The real kubectl binary; throws (never skips) when it is missing. */
export function kubectl(): string {
  return process.env.GRIDOPS_KUBECTL ?? kubectlPath();
}

/** `kubectl kustomize DIR`, parsed into objects. */
export function kustomizeBuild(dir: string): any[] {
  const out = execFileSync(kubectl(), ['kustomize', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return YAML.parseAllDocuments(out).map((d) => d.toJS()).filter((d) => d !== null);
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
