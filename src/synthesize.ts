import { App, Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { ApplicationChart } from '../charts/application-chart';
import { argocdFiles } from './tree/argocd';
import { ConfigError, ValidationError } from './model/errors';
import { ImageTags } from './model/image-tags';
import { rolloutKustomizeConfig } from './tree/kustomize-config';
import { GeneratedFiles, kustomization, Manifest, Tree } from './tree/manifest';
import { resolvePlatform } from './model/check-config';
import { rolloutOperatorGroups } from './model/argocd';
import { variantNetwork } from './model/network';
import { PlatformConfig } from './model/platform';
import { byCodeUnits } from './model/order';
import { deriveOverlay } from './tree/overlay';
import { baseDir, baseFromOverlay, FILE_OF_KIND, FileOwner, KUSTOMIZE_CONFIG_FILE, overlayDir } from './tree/layout';
import { trafficReport, TrafficReport } from './tree/report';
import { validateTree } from './validation';

/** Everything synth produces. */
export interface SynthResult {
  readonly tree: Tree;
  readonly traffic: readonly TrafficReport[];
  /** The objects each environment is meant to have (what `kustomize build` of its overlay must equal). */
  readonly intended: ReadonlyMap<string, readonly Manifest[]>;
  /** The application, and the environments, each application's file belongs to; platform files have none. */
  readonly owners: ReadonlyMap<string, FileOwner>;
}



/** Synthesizes the whole tree in memory. Throws ConfigError on bad configuration; writes nothing. */
export function synthesize(platform: PlatformConfig, tags: ImageTags): SynthResult {
  const resolved = resolvePlatform(platform, tags);
  const files = new GeneratedFiles();
  const traffic: TrafficReport[] = [];
  const intended = new Map<string, Manifest[]>();
  const owners = new Map<string, FileOwner>();
  /** Adds a YAML file of an application's tree, owned by that application and the environments it shapes. */
  const put = (file: string, from: string, docs: readonly unknown[], owner: FileOwner) => {
    files.yaml(file, from, docs);
    owners.set(file, owner);
  };
  // the base is the production shape: its Rollout is operated by SRE alone; unprotected environments add developers
  const groups = platform.argocd.groups;
  for (const app of platform.applications) {
    const source = `src/config/apps/${app.name}.ts (charts/application-chart.ts)`;
    const envs = resolved.filter((r) => r.app === app);
    const appOwner: FileOwner = { app: app.name, envs: envs.map((r) => r.env.name) };
    const baseObjects = render((scope) => new ApplicationChart(scope, 'Base', { app, settings: app.defaults, monitoring: platform.monitoring, rolloutOperators: rolloutOperatorGroups(groups, true), network: variantNetwork(platform, app) }));
    const base = baseDir(app.name);
    for (const [file, docs] of groupByFile(baseObjects, app.name)) put(`${base}/${file}`, source, docs, appOwner);
    const baseFiles = [...new Set(baseObjects.map((m) => FILE_OF_KIND[m.kind]))].sort();
    put(`${base}/${KUSTOMIZE_CONFIG_FILE}`, 'src/tree/kustomize-config.ts', [rolloutKustomizeConfig()], appOwner);
    put(`${base}/kustomization.yaml`, source, [kustomization({ resources: baseFiles, configurations: [KUSTOMIZE_CONFIG_FILE] })], appOwner);

    for (const r of envs) {
      const envObjects = render((scope) => new ApplicationChart(scope, r.env.name, { app, settings: r.settings, tag: r.tag, digest: r.digest, monitoring: platform.monitoring, rolloutOperators: rolloutOperatorGroups(groups, r.env.protected ?? false), network: variantNetwork(platform, app, r.env.name) }));
      intended.set(`${app.name}/${r.env.name}`, envObjects);
      const overlay = deriveOverlay(baseObjects, envObjects);
      const odir = overlayDir(app.name, r.env.name);
      const envSource = `src/config/apps/${app.name}.ts (environment ${r.env.name}) and src/config/image-tags.yaml`;
      const envOwner: FileOwner = { app: app.name, envs: [r.env.name] };
      const addedFiles = groupByFile(overlay.added, app.name);
      for (const [file, docs] of addedFiles) put(`${odir}/${file}`, envSource, docs, envOwner);
      for (const p of overlay.patches) put(`${odir}/${p.file}`, envSource, [p.ops], envOwner);
      for (const d of overlay.deleted) {
        const m = d.manifest;
        put(`${odir}/${d.file}`, envSource, [{ $patch: 'delete', apiVersion: m.apiVersion, kind: m.kind, metadata: { name: m.metadata.name, namespace: m.metadata.namespace } }], envOwner);
      }
      const patches = [...overlay.patches, ...overlay.deleted].map((p) => ({ path: p.file, target: p.target })).sort((a, b) => byCodeUnits(a.path, b.path));
      const fields: Record<string, unknown> = { resources: [baseFromOverlay(app.name), ...[...addedFiles.keys()].sort()] };
      if (overlay.images.length > 0) fields.images = overlay.images;
      if (patches.length > 0) fields.patches = patches;
      put(`${odir}/kustomization.yaml`, envSource, [kustomization(fields)], envOwner);
      traffic.push(trafficReport(r));
    }
  }
  // --- Argo CD (issue 3): dist/argocd/**, its Terraform bootstrap dist/terraform/** (issue 15) and dist/README.md,
  // derived from the same configuration (src/tree/argocd.ts, src/tree/terraform.ts).
  const argocd = argocdFiles({ platform, environments: resolved, traffic, objects: intended });
  files.addAll(argocd.files);
  for (const [file, owner] of argocd.owners) owners.set(file, owner);
  // --- end Argo CD
  const tree = files.tree();
  // --- Validation (issue 5): refuse, before anything is written, a tree the cluster would reject (src/validation/).
  const findings = validateTree(tree, intended, { repoURL: platform.repoURL, generated: files.generated() });
  if (findings.length > 0) throw new ValidationError(findings);
  // --- end validation
  return { tree, traffic, intended, owners };
}

/**
 * Renders one chart in an App of its own: cdk8s walks the whole App for every chart it renders, so one App per chart
 * keeps synth linear in applications × environments.
 */
function render(build: (scope: Construct) => Chart): Manifest[] {
  const objects = build(new App({ outdir: '/nonexistent' })).toJson() as Manifest[];
  for (const m of objects) {
    if (m.kind === 'Secret' && (m.data !== undefined || m.stringData !== undefined)) {
      throw new ConfigError(`refusing to write Secret '${m.metadata.name}' with data: secret values never go to Git; sync them from Key Vault with a SecretProviderClass`);
    }
  }
  return objects;
}

function groupByFile(objects: readonly Manifest[], app: string): Map<string, Manifest[]> {
  const out = new Map<string, Manifest[]>();
  for (const m of objects) {
    const file = FILE_OF_KIND[m.kind];
    if (!file) throw new ConfigError(`${app}: no file is assigned to kind '${m.kind}' (object '${m.metadata.name}'): add it to FILE_OF_KIND in src/tree/layout.ts`);
    out.set(file, [...(out.get(file) ?? []), m]);
  }
  return out;
}
