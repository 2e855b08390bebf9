import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { kubectlPath, kustomizeBuild as build } from '../../src/engines/kubectl';
import type { Manifest } from '../../src/tree/manifest';
import { type Tree } from '../../src/tree/manifest';
import { RenderCache } from './render-cache';

/** The real kubectl binary; throws (never skips) when it is missing. */
export function kubectl(): string {
  return kubectlPath();
}

/*
 * `kubectl kustomize` is a pure function of the kubectl binary and the files of the tree it reads (gridops' overlays
 * reference only their base, inside dist/). Many suites build the same trees, so builds are kept across runs
 * (RenderCache), keyed by the binary, every file of the tree's dist/ (path and content) and the directory built; a
 * failed build is kept with kustomize's message.
 */
const BUILDS = new RenderCache('kustomize');

/** A digest of every file under `dir` (relative path and content). */
function treeDigest(dir: string): string {
  const hash = createHash('sha256');
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(p);
      else hash.update(`${p}\0`).update(fs.readFileSync(path.join(dir, p))).update('\0');
    }
  };
  if (fs.existsSync(dir)) walk('');
  return hash.digest('hex');
}

/** `kubectl kustomize` of directories relative to `root` (a tree with dist/), from the build cache when it has them. */
export function cachedKustomizer(root: string): (dir: string) => Manifest[] {
  const stamp = RenderCache.stamp(kubectlPath());
  const digest = treeDigest(path.join(root, 'dist'));
  return (dir) => {
    const key = RenderCache.digest([...stamp, digest, path.posix.normalize(dir)]);
    const r = BUILDS.json<{ objects?: Manifest[]; error?: string }>(`${key}.json`, () => {
      try {
        return { objects: build(path.join(root, dir), root) };
      } catch (e) {
        return { error: (e as Error).message };
      }
    });
    if (r.error !== undefined) throw new Error(r.error);
    return r.objects!;
  };
}

/** `kubectl kustomize DIR` (a directory under some tree's dist/), parsed into objects. */
export function kustomizeBuild(dir: string): any[] {
  const at = dir.lastIndexOf(`${path.sep}dist${path.sep}`);
  if (at < 0) return build(dir);
  return cachedKustomizer(dir.slice(0, at))(dir.slice(at + 1).split(path.sep).join('/'));
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
