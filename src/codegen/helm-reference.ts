import * as fs from 'fs';
import * as path from 'path';
import { parseYaml } from '../model/yaml';
import { PlatformConfig } from '../model/platform';


/** Where the key skeletons live, relative to the repository root. */
export const HELM_KEYS_DIR = 'imports/helm';

/** The charts the platform installs, with their pinned versions (from the typed model). */
export function pinnedCharts(platform: PlatformConfig): { chart: string; version: string }[] {
  return [
    { chart: 'argo-cd', version: platform.argocd.argoCd.chartVersion },
    { chart: 'argo-rollouts', version: platform.argocd.rollouts.chartVersion },
  ];
}

/** File of a chart's key skeleton. */
export function helmKeysFile(chart: string, version: string): string {
  return `${HELM_KEYS_DIR}/${chart}-${version}.values-keys.json`;
}

/**
 * The key skeleton of a chart's default values: every map kept, every other value replaced by null. Enough to check
 * that each values key we set exists in the chart, without keeping the chart's values in this repository.
 */
export function keySkeleton(values: unknown): unknown {
  if (typeof values !== 'object' || values === null || Array.isArray(values)) return null;
  return Object.fromEntries(Object.entries(values as Record<string, unknown>).map(([k, v]) => [k, keySkeleton(v)]));
}

/**
 * Writes the key skeletons of the pinned charts from a directory of their default values
 * (`<chart>-<version>-values.yaml`, as ../shared/reference/argo-helm holds them). Returns the files written.
 */
export function writeHelmKeySkeletons(root: string, platform: PlatformConfig, referenceDir: string): string[] {
  const written: string[] = [];
  for (const { chart, version } of pinnedCharts(platform)) {
    const source = path.join(referenceDir, `${chart}-${version}-values.yaml`);
    if (!fs.existsSync(source)) throw new Error(`no default values of chart ${chart} ${version} at ${source}`);
    const file = helmKeysFile(chart, version);
    fs.mkdirSync(path.join(root, HELM_KEYS_DIR), { recursive: true });
    fs.writeFileSync(path.join(root, file), JSON.stringify(keySkeleton(parseYaml(fs.readFileSync(source, 'utf8'))), null, 1) + '\n');
    written.push(file);
  }
  return written;
}
