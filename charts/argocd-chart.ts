import { ApiObject, Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { argoCdValues, rolloutsValues } from '../src/constructs/argocd/install-values';
import { AgicIngress } from '../src/constructs/traffic/agic-ingress';
import { ApplicationSource } from '../src/constructs/argocd/application-source';
import { ArgoCdApplication, IgnoredField, SyncRetry } from '../src/constructs/argocd/argocd-application';
import { ApplicationTemplateProps, ArgoCdApplicationSet } from '../src/constructs/argocd/argocd-application-set';
import { ArgoCdProject, ProjectGrant, ProjectResource, ProjectRoleProps } from '../src/constructs/argocd/argocd-project';
import { AppLabels } from '../src/constructs/workload/labels';
import { CanaryHttpRoute } from '../src/constructs/traffic/canary-http-route';
import { PrometheusAlerts } from '../src/constructs/monitoring/prometheus-alerts';
import { ConfigError } from '../src/model/errors';
import { groupVersion, Manifest } from '../src/tree/manifest';
import { ResolvedEnvironment } from '../src/model/application';
import { applicationName, ARGOCD_APPLICATION, RbacGroups, rolloutsApplicationName } from '../src/model/argocd';
import { canaryDuration } from '../src/model/canary-timeline';
import { PlatformConfig } from '../src/model/platform';
import { enforcedWindow } from '../src/model/sync-window';
import { argoCdAlerts, RELEASES, rolloutsAlerts } from '../src/model/platform-alerts';
import { GATEWAY_API_PLUGIN, TRAFFIC_ROUTER_PLUGINS, TrafficRouterPlugin } from '../src/model/traffic';
import { byCodeUnits } from '../src/model/order';
import { ARGOCD_DIR, ARGOCD_FILES, baseFromOverlay, FileOwner, overlayDir } from '../src/tree/layout';

/** A cluster that runs Rollouts of some application environment. */
export interface RolloutCluster {
  readonly name: string;
  readonly server: string;
}

/** Properties of {@link ArgoCdChart}. */
export interface ArgoCdChartProps {
  readonly platform: PlatformConfig;
  /** Every application environment, resolved. */
  readonly environments: readonly ResolvedEnvironment[];
  /**
   * The objects each application's environments deploy (`<app>/<env>` → objects): their kinds make the project's
   * namespaced whitelist, their HPAs the ignored replica counts.
   */
  readonly objects: ReadonlyMap<string, readonly Manifest[]>;
}

/**
 * Kinds Argo CD shows in an application's resource tree without deploying them: a project whitelist also filters
 * the tree, so without these the Rollout would show no ReplicaSets, Pods or AnalysisRuns.
 */
export const RESOURCE_TREE_KINDS: readonly ProjectResource[] = [
  { group: '', kind: 'Pod' },
  { group: 'apps', kind: 'ReplicaSet' },
  { group: 'argoproj.io', kind: 'AnalysisRun' },
];

/**
 * Sync options of every application environment:
 * - CreateNamespace: Argo CD creates the namespace with the restricted Pod Security labels (the project permits
 *   exactly that Namespace), so one bootstrap needs nothing created by hand;
 * - PruneLast: objects removed from Git are deleted only after everything else synced and is healthy;
 * - RespectIgnoreDifferences: a sync never writes the ignored fields (the HPA's replica count);
 * - FailOnSharedResource: fail loudly instead of fighting when another Application already manages an object.
 */
export const APPLICATION_SYNC_OPTIONS = ['CreateNamespace=true', 'PruneLast=true', 'RespectIgnoreDifferences=true', 'FailOnSharedResource=true'];

/**
 * Retry of failed syncs: 10s, 20s, 40s, 80s, 160s — about five minutes, enough for transient API errors or a
 * Rollout CRD still being installed, short enough that a broken commit fails (and notifies) promptly.
 */
export const SYNC_RETRY: SyncRetry = { limit: 5, backoff: '10s', factor: 2, maxBackoff: '3m' };

/** Labels of a namespace Argo CD creates for an application: the restricted Pod Security Standard, enforced. */
export const NAMESPACE_LABELS = { 'pod-security.kubernetes.io/enforce': 'restricted', 'pod-security.kubernetes.io/enforce-version': 'latest' };

/** What differs between the Applications of an application's environments. */
interface EnvironmentValues {
  /** Environment name. */
  readonly env: string;
  /** Cluster name. */
  readonly cluster: string;
  /** Cluster API server. */
  readonly server: string;
  /** Destination namespace. */
  readonly namespace: string;
  /** Git path of the overlay. */
  readonly path: string;
  /** Slack channel of the notifications. */
  readonly slackChannel: string;
}

/** Every field of EnvironmentValues (the compiler checks none is missing). */
const ENVIRONMENT_VALUE_FIELDS: Record<keyof EnvironmentValues, true> = { env: true, cluster: true, server: true, namespace: true, path: true, slackChannel: true };

/** An ApplicationSet's template values: each the placeholder of the parameter its list elements set, `{{.<field>}}`. */
const APPLICATION_SET_PARAMETERS = Object.fromEntries(Object.keys(ENVIRONMENT_VALUE_FIELDS).map((k) => [k, `{{.${k}}}`])) as unknown as EnvironmentValues;

/**
 * Argo CD's manifest-generate-paths of an application environment's Application: its overlay (`.`, the source path)
 * and the base it builds on. Without it every commit to the repository counts as a change for every Application, so a
 * dev tag bump would sync prod and undo an emergency fix made there; with it, only a commit touching these paths does.
 */
export function manifestGeneratePaths(app: string): Record<string, string> {
  return { 'argocd.argoproj.io/manifest-generate-paths': ['.', baseFromOverlay(app)].join(';') };
}

/** Annotation on the objects the root app manages: it asks before pruning one (an Application deletes its workload). */
const PRUNE_CONFIRM = { 'argocd.argoproj.io/sync-options': 'Prune=confirm' };
/** Projects are created before the Applications that name them. */
const PROJECT_WAVE = { 'argocd.argoproj.io/sync-wave': '-1', ...PRUNE_CONFIRM };

/**
 * Everything Argo CD needs: one AppProject and one Application per environment for every application, and the
 * platform — a project, Argo CD managing itself, Argo Rollouts in every cluster that runs Rollouts, the AGIC
 * Ingresses, and the root "app of apps" that syncs all of it from `dist/argocd`.
 */
export class ArgoCdChart extends Chart {
  /** Path of the Argo CD values file the argocd Application and the bootstrap `helm install` share. */
  public static readonly VALUES_FILE = `${ARGOCD_DIR}/install/argocd-values.yaml`;

  /** Files (relative to the repository root) → the objects in them, in order. */
  public readonly files = new Map<string, ApiObject[]>();
  /** The application (and environments) each application's file belongs to; platform files have none. */
  public readonly owners = new Map<string, FileOwner>();
  /** Files the root app syncs (its kustomization's resources), relative to ARGOCD_DIR. */
  public readonly rootResources: string[] = [];
  /**
   * Per cluster, the kustomization directory its Argo Rollouts Application syncs beside the chart (relative to the
   * repository root), and its files: the dashboard Ingress and the Rollouts alerts, which must live in that cluster.
   */
  public readonly rolloutsDirs = new Map<string, { readonly dir: string; readonly files: Map<string, ApiObject[]> }>();
  /** The argo-cd chart's values. */
  public readonly argoCdValues: Record<string, unknown>;
  public readonly projects: ArgoCdProject[] = [];
  public readonly applications: ArgoCdApplication[] = [];
  /** The ApplicationSets of the applications that ask for one (`argocd.applicationSet`). */
  public readonly applicationSets: ArgoCdApplicationSet[] = [];
  public readonly clusters: readonly RolloutCluster[];

  public constructor(scope: Construct, id: string, props: ArgoCdChartProps) {
    super(scope, id, { disableResourceNameHashes: true });
    const { platform } = props;
    const s = platform.argocd;
    const repo = platform.repoURL;
    const revision = platform.targetRevision;

    const appsScope = new Construct(this, 'Applications');
    for (const app of platform.applications) {
      const envs = props.environments.filter((r) => r.app.name === app.name);
      const appName = (env: string) => applicationName(app.name, env);
      const owner: FileOwner = { app: app.name, envs: envs.map((r) => r.env.name) };
      const allApps = envs.map((r) => appName(r.env.name));
      const unprotected = envs.filter((r) => !r.env.protected).map((r) => appName(r.env.name));
      const protectedApps = envs.filter((r) => r.env.protected).map((r) => appName(r.env.name));
      const scopeOfApp = new Construct(appsScope, app.name);
      const objects = envs.flatMap((r) => props.objects.get(`${app.name}/${r.env.name}`) ?? []);
      const namespaces = [...new Set(envs.map((r) => r.settings.namespace))];
      // `argocd appset get <app>` for every role, when the application's Applications come from an ApplicationSet
      const appSetReads: ProjectGrant[] = app.argocd?.applicationSet ? [{ action: 'get', applications: [app.name], resource: 'applicationsets' }] : [];
      const project = new ArgoCdProject(scopeOfApp, 'Project', {
        name: app.name,
        namespace: s.namespace,
        description: `${app.name}: ${envs.map((r) => r.env.name).join(', ')} (generated by gridops)`,
        sourceRepos: [repo],
        destinations: envs.map((r) => ({ server: r.env.cluster.server, namespace: r.settings.namespace })),
        clusterResources: namespaces.map((name) => ({ group: '', kind: 'Namespace', name })),
        namespacedResources: sortResources([...kindsOf(objects), ...RESOURCE_TREE_KINDS]),
        // Rolling back is not Argo CD's here: with automated sync on it refuses `argocd app rollback` and syncing another
        // revision. The rollbacks are `git revert` / `gridops rollback` (a commit) and `kubectl argo rollouts abort | undo`
        // (the Kubernetes Role RolloutOperators generates). `override` (syncing local manifests or parameter overrides)
        // is SRE's on protected environments; deleting an Application (which deletes its workload) is SRE's, on every
        // Application of the project, so that one an ApplicationSet left behind can be deleted too.
        roles: roles(s.groups, {
          developer: {
            description: 'Developers: read every environment, sync the unprotected ones',
            grants: [{ action: 'get', applications: allApps }, { action: 'sync', applications: unprotected }, ...appSetReads],
          },
          sre: {
            description: 'SRE: read and sync every environment, the only ones to sync and override protected ones, and to delete an Application',
            grants: [
              { action: 'get', applications: allApps },
              { action: 'sync', applications: allApps },
              { action: 'override', applications: protectedApps },
              { action: 'delete', applications: ['*'] },
              ...appSetReads,
            ],
          },
          ci: { description: 'CI: read only', grants: [{ action: 'get', applications: allApps }, ...appSetReads] },
        }),
        // what Argo CD enforces: peak hours start early by the environment's canary duration
        syncWindows: envs.flatMap((r) => (r.env.syncWindows ?? []).map((window) => ({ window: enforcedWindow(window, canaryDuration(r.settings)), applications: [appName(r.env.name)] }))),
        timeZone: s.timeZone,
        annotations: PROJECT_WAVE,
      });
      this.projects.push(project);
      this.place(ARGOCD_FILES.project(app.name), project.resource, owner);

      // An environment's Application, from its values: its own, or the ApplicationSet's `{{.<parameter>}}` placeholders.
      const applicationOf = (v: EnvironmentValues, ignoreDifferences: IgnoredField[]): ApplicationTemplateProps => ({
        name: appName(v.env),
        sources: [ApplicationSource.git({ repoURL: repo, targetRevision: revision, path: v.path })],
        server: v.server,
        namespace: v.namespace,
        syncOptions: APPLICATION_SYNC_OPTIONS,
        retry: SYNC_RETRY,
        namespaceLabels: NAMESPACE_LABELS,
        ignoreDifferences,
        slackChannel: v.slackChannel,
        labels: { 'app.kubernetes.io/part-of': app.name, 'app.kubernetes.io/managed-by': 'gridops', 'gridops.io/environment': v.env },
        annotations: { ...PRUNE_CONFIRM, ...manifestGeneratePaths(app.name) },
        info: { Environment: v.env, Cluster: v.cluster, Slack: `#${v.slackChannel}` },
      });
      const valuesOf = (r: ResolvedEnvironment): EnvironmentValues => ({
        env: r.env.name,
        cluster: r.env.cluster.name,
        server: r.env.cluster.server,
        namespace: r.settings.namespace,
        path: overlayDir(app.name, r.env.name),
        slackChannel: r.env.slackChannel,
      });
      const ignoredOf = (r: ResolvedEnvironment): IgnoredField[] => {
        const envObjects = props.objects.get(`${app.name}/${r.env.name}`) ?? [];
        return [...replicasOwnedByHpa(envObjects), ...weightsOwnedByPlugin(envObjects)];
      };
      const automatedOf = (r: ResolvedEnvironment) => ({ prune: r.env.sync.prune, selfHeal: r.env.sync.selfHeal });

      if (app.argocd?.applicationSet) {
        // One ApplicationSet generating the same Applications: a list element per environment.
        const ignored = envs.map(ignoredOf);
        const differing = envs.findIndex((_, i) => JSON.stringify(ignored[i]) !== JSON.stringify(ignored[0]));
        if (differing > 0) {
          throw new ConfigError(
            `${app.name}: argocd.applicationSet needs one ignoreDifferences for every environment (one template), but ${envs[0].env.name} ignores ${JSON.stringify(ignored[0])} and ${envs[differing].env.name} ${JSON.stringify(ignored[differing])}`,
          );
        }
        const set = new ArgoCdApplicationSet(scopeOfApp, 'ApplicationSet', {
          name: app.name,
          project,
          template: applicationOf(APPLICATION_SET_PARAMETERS, ignored[0] ?? []),
          elements: envs.map((r) => ({ parameters: { ...valuesOf(r) }, automated: automatedOf(r) })),
          annotations: PRUNE_CONFIRM,
        });
        this.applicationSets.push(set);
        this.place(ARGOCD_FILES.applicationSet(app.name), set.resource, owner);
        continue;
      }
      const envScope = new Construct(scopeOfApp, 'Environments');
      for (const r of envs) {
        const application = new ArgoCdApplication(envScope, r.env.name, { ...applicationOf(valuesOf(r), ignoredOf(r)), project, automated: automatedOf(r) });
        this.applications.push(application);
        this.place(ARGOCD_FILES.application(application.name), application.resource, { app: app.name, envs: [r.env.name] });
      }
    }

    // The platform: Argo CD, Argo Rollouts, their Ingresses and the root app.
    const clusters = new Map<string, RolloutCluster>();
    for (const r of props.environments) if (!clusters.has(r.env.cluster.server)) clusters.set(r.env.cluster.server, { ...r.env.cluster });
    this.clusters = [...clusters.values()];
    const rollouts = s.rollouts;
    const platformScope = new Construct(this, 'Platform');
    const platformApps = [s.rootApplication, ARGOCD_APPLICATION, ...this.clusters.map((c) => rolloutsApplicationName(c.name))];
    const platformProject = new ArgoCdProject(platformScope, 'Project', {
      name: s.platformProject,
      namespace: s.namespace,
      description: 'Argo CD and Argo Rollouts installing and managing themselves, and the root app (generated by gridops)',
      sourceRepos: [repo, s.helmRepoURL],
      destinations: [
        { server: s.inClusterServer, namespace: s.namespace },
        ...this.clusters.map((c) => ({ server: c.server, namespace: rollouts.namespace })),
      ],
      // What the two charts create outside namespaces; their namespaced kinds change between chart versions, and
      // the destinations confine them to the argocd and argo-rollouts namespaces.
      clusterResources: [
        { group: 'apiextensions.k8s.io', kind: 'CustomResourceDefinition' },
        { group: 'rbac.authorization.k8s.io', kind: 'ClusterRole' },
        { group: 'rbac.authorization.k8s.io', kind: 'ClusterRoleBinding' },
        { group: '', kind: 'Namespace', name: rollouts.namespace },
      ],
      roles: roles(s.groups, {
        developer: { description: 'Developers: read the platform', grants: [{ action: 'get', applications: platformApps }] },
        sre: {
          description: 'SRE: read and sync the platform',
          grants: [
            { action: 'get', applications: platformApps },
            { action: 'sync', applications: platformApps },
          ],
        },
        ci: { description: 'CI: read only', grants: [{ action: 'get', applications: platformApps }] },
      }),
      timeZone: s.timeZone,
      // Argo CD's namespace holds Secrets made outside Git (cluster, repository, Slack, TLS): not orphans.
      warnOrphanedResources: false,
      permitArgoCdNamespace: true,
      annotations: PROJECT_WAVE,
    });
    this.projects.push(platformProject);
    this.place(ARGOCD_FILES.project(s.platformProject), platformProject.resource);

    // Argo CD manages itself from the same values file the bootstrap `helm install` used.
    this.argoCdValues = argoCdValues(s, platform.monitoring);
    const installOptions = { syncOptions: ['ServerSideApply=true', 'PruneLast=true'], retry: SYNC_RETRY, annotations: PRUNE_CONFIRM };
    const argocd = new ArgoCdApplication(platformScope, 'ArgoCd', {
      name: ARGOCD_APPLICATION,
      project: platformProject,
      sources: [
        ApplicationSource.helm({
          repoURL: s.helmRepoURL,
          chart: 'argo-cd',
          version: s.argoCd.chartVersion,
          releaseName: RELEASES.argoCd,
          valueFiles: [`$values/${ArgoCdChart.VALUES_FILE}`],
        }),
        ApplicationSource.ref({ repoURL: repo, targetRevision: revision, ref: 'values' }),
      ],
      server: s.inClusterServer,
      namespace: s.namespace,
      // Never prune Argo CD's own objects automatically; do undo changes made by hand.
      automated: { prune: false, selfHeal: true },
      // Deleting this Application must not uninstall Argo CD.
      cascadeDelete: false,
      ...installOptions,
    });
    this.applications.push(argocd);
    this.place('install/argocd-install.yaml', argocd.resource);

    const rolloutsScope = new Construct(platformScope, 'Rollouts');
    const dashboardsScope = new Construct(platformScope, 'Dashboards');
    const alertsScope = new Construct(platformScope, 'Alerts');
    for (const c of this.clusters) {
      const dir = `${ARGOCD_DIR}/install/argo-rollouts/${c.name}`;
      const host = `${c.name}.${rollouts.dashboardDomain}`;
      const ingress = new AgicIngress(dashboardsScope, c.name, {
        labels: new AppLabels('argo-rollouts-dashboard'),
        namespace: rollouts.namespace,
        host,
        serviceName: 'argo-rollouts-dashboard',
        servicePort: 3100,
        tlsSecretName: rollouts.dashboardTlsSecretName,
        healthProbePath: '/rollouts/',
        healthProbePort: 3100,
        // The dashboard has no login: reachable from the virtual network only.
        privateFrontend: true,
      });
      const alerts = new PrometheusAlerts(alertsScope, c.name, {
        name: 'argo-rollouts',
        namespace: rollouts.namespace,
        selectorLabels: platform.monitoring.selectorLabels,
        labels: { 'app.kubernetes.io/part-of': 'argo-rollouts', 'app.kubernetes.io/managed-by': 'gridops' },
        groups: [rolloutsAlerts(rollouts.namespace, platform.monitoring.alerts)],
      });
      this.rolloutsDirs.set(c.name, { dir, files: new Map([['dashboard-ingress.yaml', [ingress.resource]], ['alerts.yaml', [alerts.resource]]]) });
      const app = new ArgoCdApplication(rolloutsScope, c.name, {
        name: rolloutsApplicationName(c.name),
        project: platformProject,
        sources: [
          ApplicationSource.helm({
            repoURL: s.helmRepoURL,
            chart: 'argo-rollouts',
            version: rollouts.chartVersion,
            releaseName: RELEASES.rollouts,
            values: rolloutsValues(platform.monitoring, pluginsOf(props, c)),
          }),
          // The dashboard's Ingress and the Rollouts alerts must live in this cluster, so they come with this Application.
          ApplicationSource.git({ repoURL: repo, targetRevision: revision, path: dir }),
        ],
        server: c.server,
        namespace: rollouts.namespace,
        automated: { prune: false, selfHeal: true },
        // Deleting this Application must not uninstall the controller (or delete the Rollouts with their CRD).
        cascadeDelete: false,
        ...installOptions,
        syncOptions: ['CreateNamespace=true', ...installOptions.syncOptions],
        info: { Cluster: c.name, Dashboard: `https://${host}/rollouts/` },
      });
      this.applications.push(app);
      this.place('install/argo-rollouts-install.yaml', app.resource);
    }

    const argocdIngress = new AgicIngress(platformScope, 'Ingress', {
      labels: new AppLabels('argocd'),
      namespace: s.namespace,
      host: s.argoCd.host,
      serviceName: 'argocd-server',
      servicePort: 80,
      tlsSecretName: s.argoCd.tlsSecretName,
      healthProbePath: '/healthz',
      healthProbePort: 8080,
    });
    this.place('install/argocd-ingress.yaml', argocdIngress.resource);

    // Argo CD's own alerts, evaluated by the management cluster's Prometheus.
    const argoCdAlertRules = new PrometheusAlerts(platformScope, 'ArgoCdAlerts', {
      name: 'argocd',
      namespace: s.namespace,
      selectorLabels: platform.monitoring.selectorLabels,
      labels: { 'app.kubernetes.io/part-of': 'argocd', 'app.kubernetes.io/managed-by': 'gridops' },
      groups: [argoCdAlerts(s.namespace, platform.monitoring.alerts)],
    });
    this.place(ARGOCD_FILES.argoCdAlerts, argoCdAlertRules.resource);

    const root = new ArgoCdApplication(platformScope, 'Root', {
      name: s.rootApplication,
      project: platformProject,
      sources: [ApplicationSource.git({ repoURL: repo, targetRevision: revision, path: ARGOCD_DIR })],
      server: s.inClusterServer,
      namespace: s.namespace,
      // Changes to Applications and projects in Git apply by themselves; removing one waits for confirmation.
      automated: { prune: true, selfHeal: true },
      syncOptions: ['PruneLast=true'],
      retry: SYNC_RETRY,
      // Deleting the root app must not delete every Application (and with them every workload).
      cascadeDelete: false,
      annotations: PRUNE_CONFIRM,
    });
    this.applications.push(root);
    this.place(ARGOCD_FILES.rootApplication, root.resource);
  }

  /** Records that `resource` goes into `file` (relative to ARGOCD_DIR), which the root app syncs. */
  private place(file: string, resource: ApiObject, owner?: FileOwner): void {
    const path = `${ARGOCD_DIR}/${file}`;
    if (owner) this.owners.set(path, owner);
    if (!this.files.has(path)) {
      this.files.set(path, []);
      this.rootResources.push(file);
    }
    this.files.get(path)!.push(resource);
  }
}

type RoleName = 'developer' | 'sre' | 'ci';

/** The three roles, bound to their groups; grants naming no Application are left out. */
function roles(groups: RbacGroups, grants: Record<RoleName, { description: string; grants: ProjectGrant[] }>): ProjectRoleProps[] {
  const bound: Record<RoleName, readonly string[]> = { developer: groups.developers, sre: groups.sre, ci: groups.ci };
  return (['developer', 'sre', 'ci'] as const).map((name) => ({
    name,
    description: grants[name].description,
    groups: bound[name],
    grants: grants[name].grants.filter((g) => g.applications.length > 0),
  }));
}

function kindsOf(objects: readonly Manifest[]): ProjectResource[] {
  return objects.map((o) => ({ group: groupVersion(o.apiVersion).group, kind: o.kind }));
}

function sortResources(resources: readonly ProjectResource[]): ProjectResource[] {
  const unique = new Map(resources.map((r) => [`${r.group}/${r.kind}`, r]));
  return [...unique.values()].sort((a, b) => (a.group === b.group ? byCodeUnits(a.kind, b.kind) : byCodeUnits(a.group, b.group)));
}

/**
 * The traffic router plugins the Rollouts of a cluster use (their `trafficRouting.plugins` keys), each registered in
 * that cluster's Argo Rollouts install only: a cluster whose Rollouts use none downloads nothing.
 */
function pluginsOf(props: ArgoCdChartProps, cluster: RolloutCluster): TrafficRouterPlugin[] {
  const names = new Set<string>();
  for (const r of props.environments.filter((e) => e.env.cluster.server === cluster.server)) {
    for (const o of props.objects.get(`${r.app.name}/${r.env.name}`) ?? []) {
      const plugins = o.kind === 'Rollout' ? (o.spec as any)?.strategy?.canary?.trafficRouting?.plugins : undefined;
      for (const name of Object.keys(plugins ?? {})) names.add(name);
    }
  }
  return [...names].sort().map((name) => {
    const plugin = TRAFFIC_ROUTER_PLUGINS.find((p) => p.name === name);
    if (!plugin) throw new Error(`cluster ${cluster.name}: a Rollout uses traffic router plugin '${name}', which has no pinned location (TRAFFIC_ROUTER_PLUGINS in src/model/traffic.ts)`);
    return plugin;
  });
}

/**
 * The Gateway API plugin owns the backend weights of the HTTPRoutes the Rollouts name: Argo CD must not compare (or,
 * with self-heal, reset) them mid-canary.
 */
function weightsOwnedByPlugin(objects: readonly Manifest[]): IgnoredField[] {
  const routes = objects
    .filter((o) => o.kind === 'Rollout')
    .map((o) => (o.spec as any)?.strategy?.canary?.trafficRouting?.plugins?.[GATEWAY_API_PLUGIN.name]?.httpRoute)
    .filter((name): name is string => typeof name === 'string');
  return objects
    .filter((o) => o.kind === 'HTTPRoute' && routes.includes(o.metadata.name))
    .map((o) => ({ group: groupVersion(o.apiVersion).group, kind: o.kind, name: o.metadata.name, jsonPointers: CanaryHttpRoute.WEIGHT_POINTERS }));
}

/** The HPA owns the replica count of what it scales: Argo CD must not compare (or sync) that field. */
function replicasOwnedByHpa(objects: readonly Manifest[]): IgnoredField[] {
  return objects
    .filter((o) => o.kind === 'HorizontalPodAutoscaler')
    .map((o) => (o.spec as { scaleTargetRef: { apiVersion: string; kind: string; name: string } }).scaleTargetRef)
    .map((t) => ({ group: groupVersion(t.apiVersion).group, kind: t.kind, name: t.name, jsonPointers: ['/spec/replicas'] }));
}
