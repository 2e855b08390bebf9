import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { yamlDocuments, yamlValue } from './yaml';
import { platform } from '../fixtures/config/platform';
import { chartArchive, helmPath, helmTemplate, HelmTemplateOptions, helmTemplateText } from '../../src/engines/helm';
import { PROJECT_ROOT } from '../../src/tree/layout';
import { Manifest, Tree } from '../../src/tree/manifest';
import { synthesize } from '../../src/synthesize';
import { tags } from './fixtures';
import { RenderCache } from './render-cache';

/*
 * The pinned charts (vendored in imports/charts/, checksummed) rendered with `helm template` exactly as the generated
 * Applications install them: chart, version, release, namespace and values as the Application states them, and
 * --api-versions monitoring.coreos.com/v1, as Argo CD passes the destination cluster's API versions.
 */

/** The API versions of a cluster running prometheus-operator (the charts render ServiceMonitors only then). */
export const API_VERSIONS = ['monitoring.coreos.com/v1'];

/** The shipped tree. */
export const TREE: Tree = synthesize(platform, tags()).tree;

/** The documents of a file of the tree. */
export const docs = (file: string, tree: Tree = TREE): any[] => yamlDocuments(tree.get(file)!);

/** How an Application installs its Helm chart: its source and its values as Argo CD passes them. */
export type HelmInstall = Omit<HelmTemplateOptions, 'apiVersions' | 'root'>;

export function helmInstall(app: any, tree: Tree = TREE): HelmInstall {
  const source = app.spec.sources.find((s: any) => s.chart);
  const valueFiles: string[] = source.helm.valueFiles ?? [];
  const values = valueFiles.length > 0 ? yamlValue(tree.get(valueFiles[0].replace(/^\$values\//, ''))!) : source.helm.valuesObject;
  return { chart: source.chart, version: source.targetRevision, release: source.helm.releaseName, namespace: app.spec.destination.namespace, values };
}

/** The Application installing Argo CD, and those installing Argo Rollouts (one per cluster). */
export const ARGOCD_APP = docs('dist/argocd/install/argocd-install.yaml')[0];
export const ROLLOUTS_APPS = docs('dist/argocd/install/argo-rollouts-install.yaml');

/*
 * helm template is a pure function of the helm binary, the chart archive and the options, and rendering the argo-cd
 * chart takes a few hundred milliseconds: its output is kept across runs (RenderCache), keyed by all three (the
 * archive by its sha256), so a run renders only what changed.
 */
const RENDERS = new RenderCache('helm');

function renderKey(options: HelmTemplateOptions, kind: string): string {
  const archive = fs.readFileSync(path.join(PROJECT_ROOT, chartArchive(options.chart, options.version)));
  return RenderCache.digest([kind, ...RenderCache.stamp(helmPath()), createHash('sha256').update(archive).digest('hex'), options]);
}

/** `helm template` of the options, parsed (as helmTemplate), from the render cache when it has it. */
export function templateOf(options: HelmTemplateOptions): Manifest[] {
  return RENDERS.json(renderKey(options, 'objects'), () => helmTemplate(options));
}

/** `helm template`'s text of the options (as helmTemplateText), from the render cache when it has it. */
export async function templateTextOf(options: HelmTemplateOptions): Promise<string> {
  const key = renderKey(options, 'text');
  const kept = RENDERS.read(key);
  if (kept !== undefined) return kept;
  const text = await helmTemplateText(options);
  RENDERS.write(key, text);
  return text;
}

/** `helm template` of an install, with the API versions of a cluster running prometheus-operator. */
export function render(install: HelmInstall): Manifest[] {
  return templateOf({ ...install, apiVersions: API_VERSIONS });
}

/** A scrape target of a rendered ServiceMonitor: its job and the target labels every series it scrapes carries. */
export interface Target {
  /** The ServiceMonitor's app.kubernetes.io/component label. */
  readonly component: string;
  readonly job: string;
  readonly labels: Record<string, string>;
  readonly honorLabels: boolean;
}

/**
 * The targets of the rendered ServiceMonitors, as prometheus-operator makes them (pkg/prometheus/promcfg.go): each
 * endpoint × each Service it selects that has the endpoint's port; `job` is the Service's name (or its jobLabel label).
 */
export function targetsOf(objects: readonly Manifest[]): Target[] {
  const services = objects.filter((o) => o.kind === 'Service') as any[];
  return (objects.filter((o) => o.kind === 'ServiceMonitor') as any[]).flatMap((sm) => {
    const namespaces: string[] = sm.spec.namespaceSelector?.matchNames ?? [sm.metadata.namespace];
    const selected = services.filter(
      (s) => namespaces.includes(s.metadata.namespace) && Object.entries(sm.spec.selector.matchLabels ?? {}).every(([k, v]) => s.metadata.labels?.[k] === v),
    );
    return sm.spec.endpoints.flatMap((e: any) =>
      selected
        .filter((s) => s.spec.ports.some((p: any) => p.name === e.port))
        .map((s) => ({
          component: sm.metadata.labels['app.kubernetes.io/component'],
          job: sm.spec.jobLabel ? s.metadata.labels[sm.spec.jobLabel] : s.metadata.name,
          honorLabels: e.honorLabels === true,
          labels: { namespace: s.metadata.namespace, service: s.metadata.name, endpoint: e.port },
        })),
    );
  });
}
