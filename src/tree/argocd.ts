import { ApiObject, App } from 'cdk8s';
import { ArgoCdChart, ArgoCdSourcePaths } from '../../charts/argocd-chart';
import { distReadme } from './readme';
import { terraformFiles } from './terraform';
import { GeneratedFiles, kustomization, Manifest } from './manifest';
import { ResolvedEnvironment } from '../model/application';
import { checkArgoCd } from '../model/check-argocd';
import { PlatformConfig } from '../model/platform';
import { ARGOCD_DIR, ARGOCD_FILES, baseFromOverlay, DIST_DIR, FileOwner, overlayDir, ROLLOUTS_DIR_FILES } from './layout';
import { type TrafficReport } from './report';

/** What the Argo CD tree is derived from: the platform, its resolved environments and what synth rendered for them. */
export interface ArgoCdTreeInput {
  readonly platform: PlatformConfig;
  readonly environments: readonly ResolvedEnvironment[];
  /** Effective canary traffic shares, for dist/README.md. */
  readonly traffic: readonly TrafficReport[];
  /** The objects of every environment (`<app>/<env>` → objects), as synth rendered them. */
  readonly objects: ReadonlyMap<string, readonly Manifest[]>;
}

const SOURCE = 'src/config/platform.ts and src/config/apps/ (charts/argocd-chart.ts)';

/** Where the Argo CD objects' sources are in the dist/ layout: what the Applications sync, and the values file. */
export const ARGOCD_PATHS: ArgoCdSourcePaths = {
  overlay: overlayDir,
  baseFromOverlay,
  rolloutsDir: (cluster) => `${ARGOCD_DIR}/${ARGOCD_FILES.rolloutsDir(cluster)}`,
  argoCdValuesFile: `${ARGOCD_DIR}/${ARGOCD_FILES.argoCdValues}`,
  root: ARGOCD_DIR,
};

/** Where the Argo CD chart's objects go in dist/argocd/, and which application each application's file belongs to. */
export interface ArgoCdLayout {
  /** Files (relative to the repository root) → the objects in them, in order. */
  readonly files: ReadonlyMap<string, readonly ApiObject[]>;
  /** The application (and environments) each application's file belongs to; platform files have none. */
  readonly owners: ReadonlyMap<string, FileOwner>;
  /** Files the root app syncs (its kustomization's resources), relative to ARGOCD_DIR. */
  readonly rootResources: readonly string[];
  /**
   * Per cluster, the kustomization directory its Argo Rollouts Application syncs beside the chart (relative to the
   * repository root), and its files: the dashboard Ingress and the Rollouts alerts, which must live in that cluster.
   */
  readonly rolloutsDirs: ReadonlyMap<string, { readonly dir: string; readonly files: ReadonlyMap<string, readonly ApiObject[]> }>;
}

/** The files of the chart's objects: each application's project and Applications, then the platform's. */
export function argocdLayout(chart: ArgoCdChart): ArgoCdLayout {
  const files = new Map<string, ApiObject[]>();
  const owners = new Map<string, FileOwner>();
  const rootResources: string[] = [];
  /** Records that `resource` goes into `file` (relative to ARGOCD_DIR), which the root app syncs. */
  const place = (file: string, resource: ApiObject, owner?: FileOwner) => {
    const path = `${ARGOCD_DIR}/${file}`;
    if (owner) owners.set(path, owner);
    if (!files.has(path)) {
      files.set(path, []);
      rootResources.push(file);
    }
    files.get(path)!.push(resource);
  };
  for (const delivery of chart.deliveries) {
    const owner: FileOwner = { app: delivery.name, envs: delivery.environments };
    place(ARGOCD_FILES.project(delivery.project.name), delivery.project.resource, owner);
    if (delivery.applicationSet) place(ARGOCD_FILES.applicationSet(delivery.name), delivery.applicationSet.resource, owner);
    for (const [env, application] of delivery.applications) place(ARGOCD_FILES.application(application.name), application.resource, { app: delivery.name, envs: [env] });
  }
  place(ARGOCD_FILES.project(chart.platformProject.name), chart.platformProject.resource);
  place(ARGOCD_FILES.argoCdInstall, chart.argoCd.resource);
  for (const { install } of chart.rollouts) place(ARGOCD_FILES.rolloutsInstall, install.resource);
  place(ARGOCD_FILES.argoCdIngress, chart.argoCdIngress.resource);
  place(ARGOCD_FILES.argoCdAlerts, chart.argoCdAlerts.resource);
  place(ARGOCD_FILES.rootApplication, chart.root.resource);
  const rolloutsDirs = new Map(
    chart.rollouts.map(({ install, dashboard, alerts }) => [
      install.cluster.name,
      {
        dir: install.path,
        files: new Map([
          [ROLLOUTS_DIR_FILES.dashboardIngress, [dashboard.resource]],
          [ROLLOUTS_DIR_FILES.alerts, [alerts.resource]],
        ]),
      },
    ]),
  );
  return { files, owners, rootResources, rolloutsDirs };
}

/**
 * The files of `dist/argocd/`, of its Terraform bootstrap `dist/terraform/modules/kubernetes/` and `dist/README.md`
 * (path relative to the repository root → content), and which application each application's file belongs to. Checks
 * the Argo CD configuration first and throws ConfigError listing every problem.
 */
export function argocdFiles(input: ArgoCdTreeInput): { files: GeneratedFiles; owners: ReadonlyMap<string, FileOwner> } {
  checkArgoCd(input.platform, input.environments);
  const chart = new ArgoCdChart(new App({ outdir: '/nonexistent' }), 'ArgoCd', {
    platform: input.platform,
    environments: input.environments,
    objects: input.objects,
    paths: ARGOCD_PATHS,
  });
  chart.toJson(); // runs the constructs' validations
  const layout = argocdLayout(chart);
  const files = new GeneratedFiles();
  const write = (file: string, docs: readonly unknown[]) => files.yaml(file, SOURCE, docs);
  for (const [file, objects] of layout.files) write(file, objects.map((o) => o.toJson()));
  write(`${ARGOCD_DIR}/kustomization.yaml`, [kustomization({ resources: layout.rootResources })]);
  for (const { dir, files: inDir } of layout.rolloutsDirs.values()) {
    for (const [file, objects] of inDir) write(`${dir}/${file}`, objects.map((o) => o.toJson()));
    write(`${dir}/kustomization.yaml`, [kustomization({ resources: [...inDir.keys()].sort() })]);
  }
  write(chart.argoCd.valuesFile, [chart.argoCd.values]);
  // the Terraform bootstrap of the same Argo CD (issue 15): platform files, no owner
  files.addAll(terraformFiles({ platform: input.platform, chart }));
  files.text(`${DIST_DIR}/README.md`, distReadme({ ...input, chart }));
  return { files, owners: layout.owners };
}
