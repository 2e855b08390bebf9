import { Construct } from 'constructs';
import { ARGOCD_APPLICATION, ArgoCdInstallSettings } from '../../model/argocd';
import { PlatformConfig } from '../../model/platform';
import { RELEASES } from '../../model/platform-alerts';
import { ApplicationSource } from './application-source';
import { ArgoCdApplication } from './argocd-application';
import { ArgoCdProject } from './argocd-project';
import { argoCdValues } from './install-values';
import { INSTALL_SYNC } from './sync-policy';

/** Properties of {@link ArgoCdSelfInstall}. */
export interface ArgoCdSelfInstallProps {
  /** The platform: the argo-cd chart and its Helm repository, Argo CD's settings, the Git repository and revision. */
  readonly platform: PlatformConfig;
  /** The platform project; it must permit Argo CD's namespace of the in-cluster server. */
  readonly project: ArgoCdProject;
  /** Repository path of the values file ({@link ArgoCdSelfInstall.values}), which the bootstrap `helm install` uses too. */
  readonly valuesFile: string;
}

/** The argo-cd chart and the Helm release it is installed as: what the Application renders and the bootstrap installs. */
export interface ArgoCdRelease {
  /** Helm repository URL. */
  readonly repoURL: string;
  /** Chart name. */
  readonly chart: string;
  /** Exact chart version. */
  readonly version: string;
  /** Helm release name (it prefixes the chart's object names). */
  readonly releaseName: string;
  /** Namespace of the release: Argo CD's. */
  readonly namespace: string;
}

/**
 * The Application `argocd` through which Argo CD manages itself: the argo-cd chart with the values of the file the
 * bootstrap `helm install` used, read from Git. It never prunes Argo CD's objects but undoes changes made by hand, and
 * deleting it leaves Argo CD installed.
 */
export class ArgoCdSelfInstall extends ArgoCdApplication {
  /** The argo-cd chart's values, which belong in {@link ArgoCdSelfInstall.valuesFile}. */
  public readonly values: Record<string, unknown>;
  /** Repository path of the values file. */
  public readonly valuesFile: string;
  /** The settings of Argo CD's own installation (its host, TLS Secret, chart, replicas, sign-on). */
  public readonly settings: ArgoCdInstallSettings;
  /** The chart and release this Application renders, which a bootstrap (`helm install`, Terraform) must install identically. */
  public readonly release: ArgoCdRelease;

  public constructor(scope: Construct, id: string, props: ArgoCdSelfInstallProps) {
    const { platform } = props;
    const s = platform.argocd;
    const release: ArgoCdRelease = { repoURL: s.helmRepoURL, chart: 'argo-cd', version: s.argoCd.chartVersion, releaseName: RELEASES.argoCd, namespace: s.namespace };
    super(scope, id, {
      name: ARGOCD_APPLICATION,
      project: props.project,
      sources: [
        ApplicationSource.helm({
          repoURL: release.repoURL,
          chart: release.chart,
          version: release.version,
          releaseName: release.releaseName,
          valueFiles: [`$values/${props.valuesFile}`],
        }),
        ApplicationSource.ref({ repoURL: platform.repoURL, targetRevision: platform.targetRevision, ref: 'values' }),
      ],
      server: s.inClusterServer,
      namespace: release.namespace,
      // Never prune Argo CD's own objects automatically; do undo changes made by hand.
      automated: { prune: false, selfHeal: true },
      // Deleting this Application must not uninstall Argo CD.
      cascadeDelete: false,
      ...INSTALL_SYNC,
    });
    this.values = argoCdValues(s, platform.monitoring);
    this.valuesFile = props.valuesFile;
    this.settings = s.argoCd;
    this.release = release;
  }
}
