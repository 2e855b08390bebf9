import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { ApplicationDelivery } from '../src/constructs/argocd/application-delivery';
import { ArgoCdSelfInstall } from '../src/constructs/argocd/argocd-self-install';
import { ArgoCdServerIngress } from '../src/constructs/argocd/argocd-server-ingress';
import { ProjectResource } from '../src/constructs/argocd/argocd-project';
import { ComponentAlerts } from '../src/constructs/argocd/component-alerts';
import { routerPluginsOf } from '../src/constructs/argocd/owned-fields';
import { PlatformProject } from '../src/constructs/argocd/platform-project';
import { RootApplication } from '../src/constructs/argocd/root-application';
import { RolloutsDashboard } from '../src/constructs/argocd/rollouts-dashboard';
import { RolloutCluster, RolloutsInstall } from '../src/constructs/argocd/rollouts-install';
import { ResolvedEnvironment } from '../src/model/application';
import { groupVersion, Manifest } from '../src/model/manifest';
import { PlatformConfig } from '../src/model/platform';
import { argoCdAlerts, rolloutsAlerts } from '../src/model/platform-alerts';

export type { RolloutCluster } from '../src/constructs/argocd/rollouts-install';

/**
 * Where in the repository the sources of the Argo CD objects are. The chart knows no layout: its caller's decides
 * (src/tree/argocd.ts, from the dist/ layout).
 */
export interface ArgoCdSourcePaths {
  /** The overlay of an application environment: what its Application syncs. */
  readonly overlay: (app: string, env: string) => string;
  /**
   * An application's base relative to its overlays (the same for every overlay): with the overlay, the paths whose
   * commits make an environment's Application sync (manifest-generate-paths).
   */
  readonly baseFromOverlay: (app: string) => string;
  /** The directory of a cluster's own manifests (its dashboard Ingress and Rollouts alerts): what its Argo Rollouts Application syncs beside the chart. */
  readonly rolloutsDir: (cluster: string) => string;
  /** The argo-cd chart's values file, which the argocd Application and the bootstrap `helm install` share. */
  readonly argoCdValuesFile: string;
  /** The directory the root app syncs: a kustomization of every Argo CD object. */
  readonly root: string;
}

/** Properties of {@link ArgoCdChart}. */
export interface ArgoCdChartProps {
  /** The platform: its applications, the repository Argo CD syncs, Argo CD's and Argo Rollouts' settings, the monitoring. */
  readonly platform: PlatformConfig;
  /** Every application environment, resolved. */
  readonly environments: readonly ResolvedEnvironment[];
  /** The objects each application's environments deploy (`<app>/<env>` → objects): their kinds make the project's namespaced whitelist. */
  readonly objects: ReadonlyMap<string, readonly Manifest[]>;
  /** Where the objects' sources are in the repository. */
  readonly paths: ArgoCdSourcePaths;
}

/** One cluster's Argo Rollouts: its install, and its dashboard Ingress and alerts, which that install syncs too. */
export interface ClusterRollouts {
  readonly install: RolloutsInstall;
  readonly dashboard: RolloutsDashboard;
  readonly alerts: ComponentAlerts;
}

/**
 * Everything Argo CD needs: one AppProject and one Application per environment for every application, and the
 * platform — a project, Argo CD managing itself, Argo Rollouts in every cluster that runs Rollouts, the AGIC
 * Ingresses, and the root "app of apps" that syncs all of it.
 */
export class ArgoCdChart extends Chart {
  /** Each application's project and Applications (or ApplicationSet), in the platform's order. */
  public readonly deliveries: readonly ApplicationDelivery[];
  public readonly clusters: readonly RolloutCluster[];
  public readonly platformProject: PlatformProject;
  public readonly argoCd: ArgoCdSelfInstall;
  /** Per cluster, in the order of {@link ArgoCdChart.clusters}. */
  public readonly rollouts: readonly ClusterRollouts[];
  /** The Ingress of Argo CD's UI and API. */
  public readonly argoCdIngress: ArgoCdServerIngress;
  /** Argo CD's own alerts, evaluated by the management cluster's Prometheus. */
  public readonly argoCdAlerts: ComponentAlerts;
  public readonly root: RootApplication;

  public constructor(scope: Construct, id: string, props: ArgoCdChartProps) {
    super(scope, id, { disableResourceNameHashes: true });
    const { platform, paths } = props;
    const monitoring = platform.monitoring;
    const objectsOf = (r: ResolvedEnvironment) => props.objects.get(`${r.app.name}/${r.env.name}`) ?? [];

    const appsScope = new Construct(this, 'Applications');
    this.deliveries = platform.applications.map((app) => {
      const envs = props.environments.filter((r) => r.app.name === app.name);
      return new ApplicationDelivery(appsScope, app.name, {
        platform,
        app,
        environments: envs.map((r) => ({ resolved: r, overlayPath: paths.overlay(app.name, r.env.name) })),
        baseFromOverlay: paths.baseFromOverlay(app.name),
        deployedKinds: envs.flatMap(objectsOf).map(kindOf),
      });
    });

    // The platform: Argo CD, Argo Rollouts, their Ingresses and the root app.
    const clusters = new Map<string, RolloutCluster>();
    for (const r of props.environments) if (!clusters.has(r.env.cluster.server)) clusters.set(r.env.cluster.server, { ...r.env.cluster });
    this.clusters = [...clusters.values()];
    const platformScope = new Construct(this, 'Platform');
    const project = new PlatformProject(platformScope, 'Project', { platform, clusters: this.clusters });
    this.platformProject = project;
    this.argoCd = new ArgoCdSelfInstall(platformScope, 'ArgoCd', { platform, project, valuesFile: paths.argoCdValuesFile });
    const rolloutsScope = new Construct(platformScope, 'Rollouts');
    const dashboardsScope = new Construct(platformScope, 'Dashboards');
    const alertsScope = new Construct(platformScope, 'Alerts');
    this.rollouts = this.clusters.map((cluster) => {
      const plugins = routerPluginsOf(props.environments.filter((r) => r.env.cluster.server === cluster.server));
      const install = new RolloutsInstall(rolloutsScope, cluster.name, { platform, project, cluster, path: paths.rolloutsDir(cluster.name), plugins });
      return {
        install,
        dashboard: new RolloutsDashboard(dashboardsScope, cluster.name, { install }),
        alerts: new ComponentAlerts(alertsScope, cluster.name, { component: 'argo-rollouts', install, monitoring, group: rolloutsAlerts(install.namespace, monitoring.alerts) }),
      };
    });
    this.argoCdIngress = new ArgoCdServerIngress(platformScope, 'Ingress', { install: this.argoCd });
    this.argoCdAlerts = new ComponentAlerts(platformScope, 'ArgoCdAlerts', { component: 'argocd', install: this.argoCd, monitoring, group: argoCdAlerts(this.argoCd.namespace, monitoring.alerts) });
    this.root = new RootApplication(platformScope, 'Root', { platform, project, path: paths.root });
  }
}

/** The kind of a deployed object, as a project whitelists it. */
function kindOf(o: Manifest): ProjectResource {
  return { group: groupVersion(o.apiVersion).group, kind: o.kind };
}
