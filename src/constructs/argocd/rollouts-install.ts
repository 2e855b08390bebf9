import { Construct } from 'constructs';
import { rolloutsApplicationName, RolloutsInstallSettings } from '../../model/argocd';
import { PlatformConfig } from '../../model/platform';
import { RELEASES } from '../../model/platform-alerts';
import { TrafficRouterPlugin } from '../../model/traffic';
import { ApplicationSource } from './application-source';
import { ArgoCdApplication } from './argocd-application';
import { ArgoCdProject } from './argocd-project';
import { rolloutsValues } from './install-values';
import { INSTALL_SYNC } from './sync-policy';

/** A cluster that runs Rollouts of some application environment. */
export interface RolloutCluster {
  readonly name: string;
  readonly server: string;
}

/** Properties of {@link RolloutsInstall}. */
export interface RolloutsInstallProps {
  /** The platform: the argo-rollouts chart and its Helm repository, the Git repository and revision, the monitoring. */
  readonly platform: PlatformConfig;
  /** The platform project; it must permit the cluster's argo-rollouts namespace. */
  readonly project: ArgoCdProject;
  /** The cluster. */
  readonly cluster: RolloutCluster;
  /**
   * Repository path of the cluster's own manifests (the dashboard Ingress and the Rollouts alerts), which the
   * Application syncs beside the chart.
   */
  readonly path: string;
  /** The traffic router plugins the cluster's Rollouts use, registered with its controller. @default - none */
  readonly plugins?: readonly TrafficRouterPlugin[];
}

/**
 * The Application `argo-rollouts-<cluster>` that installs Argo Rollouts on one cluster: the argo-rollouts chart with
 * its read-only dashboard and the plugins the cluster's Rollouts use, and the cluster's own manifests from Git. It
 * never prunes, and deleting it leaves the controller (and the Rollouts with their CRD) in place.
 */
export class RolloutsInstall extends ArgoCdApplication {
  public readonly cluster: RolloutCluster;
  /** The Argo Rollouts settings of the platform. */
  public readonly settings: RolloutsInstallSettings;
  /** Host of the cluster's Rollouts dashboard. */
  public readonly dashboardHost: string;
  /** Repository path of the cluster's own manifests. */
  public readonly path: string;

  public constructor(scope: Construct, id: string, props: RolloutsInstallProps) {
    const { platform, cluster } = props;
    const s = platform.argocd;
    const host = `${cluster.name}.${s.rollouts.dashboardDomain}`;
    super(scope, id, {
      name: rolloutsApplicationName(cluster.name),
      project: props.project,
      sources: [
        ApplicationSource.helm({
          repoURL: s.helmRepoURL,
          chart: 'argo-rollouts',
          version: s.rollouts.chartVersion,
          releaseName: RELEASES.rollouts,
          values: rolloutsValues(platform.monitoring, props.plugins ?? []),
        }),
        // The dashboard's Ingress and the Rollouts alerts must live in this cluster, so they come with this Application.
        ApplicationSource.git({ repoURL: platform.repoURL, targetRevision: platform.targetRevision, path: props.path }),
      ],
      server: cluster.server,
      namespace: s.rollouts.namespace,
      automated: { prune: false, selfHeal: true },
      // Deleting this Application must not uninstall the controller (or delete the Rollouts with their CRD).
      cascadeDelete: false,
      ...INSTALL_SYNC,
      syncOptions: ['CreateNamespace=true', ...INSTALL_SYNC.syncOptions],
      info: { Cluster: cluster.name, Dashboard: `https://${host}/rollouts/` },
    });
    this.cluster = cluster;
    this.settings = s.rollouts;
    this.dashboardHost = host;
    this.path = props.path;
  }
}
