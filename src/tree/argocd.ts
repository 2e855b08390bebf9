import { App } from 'cdk8s';
import { ArgoCdChart } from '../../charts/argocd-chart';
import { distReadme } from './readme';
import { GeneratedFiles, kustomization, Manifest } from './manifest';
import { ResolvedEnvironment } from '../model/application';
import { checkArgoCd } from '../model/check-argocd';
import { PlatformConfig } from '../model/platform';
import { DIST_DIR, ARGOCD_DIR, FileOwner } from './layout';
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

/**
 * The files of `dist/argocd/` and `dist/README.md` (path relative to the repository root → content), and which
 * application each application's file belongs to. Checks the Argo CD configuration first and throws ConfigError
 * listing every problem.
 */
export function argocdFiles(input: ArgoCdTreeInput): { files: GeneratedFiles; owners: ReadonlyMap<string, FileOwner> } {
  checkArgoCd(input.platform, input.environments);
  const chart = new ArgoCdChart(new App({ outdir: '/nonexistent' }), 'ArgoCd', {
    platform: input.platform,
    environments: input.environments,
    objects: input.objects,
  });
  chart.toJson(); // runs the constructs' validations
  const files = new GeneratedFiles();
  const write = (file: string, docs: readonly unknown[]) => files.yaml(file, SOURCE, docs);
  for (const [file, objects] of chart.files) write(file, objects.map((o) => o.toJson()));
  write(`${ARGOCD_DIR}/kustomization.yaml`, [kustomization({ resources: chart.rootResources })]);
  for (const { dir, files: inDir } of chart.rolloutsDirs.values()) {
    for (const [file, objects] of inDir) write(`${dir}/${file}`, objects.map((o) => o.toJson()));
    write(`${dir}/kustomization.yaml`, [kustomization({ resources: [...inDir.keys()].sort() })]);
  }
  write(ArgoCdChart.VALUES_FILE, [chart.argoCdValues]);
  files.text(`${DIST_DIR}/README.md`, distReadme({ ...input, chart }));
  return { files, owners: chart.owners };
}
