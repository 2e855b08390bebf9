import { Construct } from 'constructs';
import { ApplicationConfig, ResolvedEnvironment } from '../../model/application';
import { applicationName } from '../../model/argocd';
import { canaryDuration } from '../../model/canary-timeline';
import { ConfigError } from '../../model/errors';
import { byCodeUnits } from '../../model/order';
import { PlatformConfig } from '../../model/platform';
import { ProjectAction } from '../../model/project-action';
import { enforcedWindow } from '../../model/sync-window';
import { ApplicationSource } from './application-source';
import { ArgoCdApplication, IgnoredField } from './argocd-application';
import { ApplicationTemplateProps, ArgoCdApplicationSet } from './argocd-application-set';
import { ArgoCdProject, ProjectGrant, ProjectResource } from './argocd-project';
import { ownedFields } from './owned-fields';
import { projectRoles } from './project-roles';
import { PRUNE_CONFIRM, PROJECT_WAVE, SYNC_RETRY } from './sync-policy';

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

/** Labels of a namespace Argo CD creates for an application: the restricted Pod Security Standard, enforced. */
export const NAMESPACE_LABELS = { 'pod-security.kubernetes.io/enforce': 'restricted', 'pod-security.kubernetes.io/enforce-version': 'latest' };

/**
 * Argo CD's manifest-generate-paths of an application environment's Application: its overlay (`.`, the source path)
 * and the base it builds on (`baseFromOverlay`, relative to the overlay). Without it every commit to the repository
 * counts as a change for every Application, so a dev tag bump would sync prod and undo an emergency fix made there;
 * with it, only a commit touching these paths does.
 */
export function manifestGeneratePaths(baseFromOverlay: string): Record<string, string> {
  return { 'argocd.argoproj.io/manifest-generate-paths': ['.', baseFromOverlay].join(';') };
}

/** An environment an {@link ApplicationDelivery} deploys, and where its overlay is. */
export interface DeliveredEnvironment {
  /** The environment, resolved. */
  readonly resolved: ResolvedEnvironment;
  /** Repository path of the environment's overlay: what its Application syncs. */
  readonly overlayPath: string;
}

/** Properties of {@link ApplicationDelivery}. */
export interface ApplicationDeliveryProps {
  /** The platform: the repository and revision Argo CD syncs, Argo CD's namespace, groups and time zone. */
  readonly platform: PlatformConfig;
  /** The application. */
  readonly app: ApplicationConfig;
  /** Its environments, in order. */
  readonly environments: readonly DeliveredEnvironment[];
  /**
   * The application's base relative to each of its overlays (the same for every overlay): with the overlay, the
   * paths whose commits make an environment's Application sync (manifest-generate-paths).
   */
  readonly baseFromOverlay: string;
  /** The kinds the environments deploy: with {@link RESOURCE_TREE_KINDS}, the project's namespaced whitelist. */
  readonly deployedKinds: readonly ProjectResource[];
}

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
 * How one application reaches its environments through Argo CD: its AppProject (repository, destinations, kinds, the
 * three roles, the sync windows) and one Application per environment, or one ApplicationSet generating the same
 * Applications when the application asks for it (`argocd.applicationSet`).
 */
export class ApplicationDelivery extends Construct {
  /** The application's name. */
  public readonly name: string;
  /** Names of its environments, in order. */
  public readonly environments: readonly string[];
  public readonly project: ArgoCdProject;
  /** Each environment's Application (environment name → Application); none when an ApplicationSet generates them. */
  public readonly applications: ReadonlyMap<string, ArgoCdApplication>;
  /** The ApplicationSet generating the Applications. @default - none: an Application per environment */
  public readonly applicationSet?: ArgoCdApplicationSet;

  public constructor(scope: Construct, id: string, props: ApplicationDeliveryProps) {
    super(scope, id);
    const { app, platform } = props;
    const s = platform.argocd;
    const envs = props.environments.map((e) => e.resolved);
    this.name = app.name;
    this.environments = envs.map((r) => r.env.name);
    const appName = (env: string) => applicationName(app.name, env);
    const allApps = envs.map((r) => appName(r.env.name));
    const unprotected = envs.filter((r) => !r.env.protected).map((r) => appName(r.env.name));
    const protectedApps = envs.filter((r) => r.env.protected).map((r) => appName(r.env.name));
    const namespaces = [...new Set(envs.map((r) => r.settings.namespace))];
    // `argocd appset get <app>` for every role, when the application's Applications come from an ApplicationSet
    const appSetReads: ProjectGrant[] = app.argocd?.applicationSet ? [{ action: ProjectAction.get(), applications: [app.name], resource: 'applicationsets' }] : [];
    this.project = new ArgoCdProject(this, 'Project', {
      name: app.name,
      namespace: s.namespace,
      description: `${app.name}: ${envs.map((r) => r.env.name).join(', ')} (generated by gridops)`,
      sourceRepos: [platform.repoURL],
      destinations: envs.map((r) => ({ server: r.env.cluster.server, namespace: r.settings.namespace })),
      clusterResources: namespaces.map((name) => ({ group: '', kind: 'Namespace', name })),
      namespacedResources: sortResources([...props.deployedKinds, ...RESOURCE_TREE_KINDS]),
      // Rolling back is not Argo CD's here: with automated sync on it refuses `argocd app rollback` and syncing another
      // revision. The rollbacks are `git revert` / `gridops rollback` (a commit) and `kubectl argo rollouts abort | undo`
      // (the Kubernetes Role RolloutOperators generates). `override` (syncing local manifests or parameter overrides)
      // is SRE's on protected environments; deleting an Application (which deletes its workload) is SRE's, on every
      // Application of the project, so that one an ApplicationSet left behind can be deleted too.
      roles: projectRoles(s.groups, {
        developer: {
          description: 'Developers: read every environment, sync the unprotected ones',
          grants: [{ action: ProjectAction.get(), applications: allApps }, { action: ProjectAction.sync(), applications: unprotected }, ...appSetReads],
        },
        sre: {
          description: 'SRE: read and sync every environment, the only ones to sync and override protected ones, and to delete an Application',
          grants: [
            { action: ProjectAction.get(), applications: allApps },
            { action: ProjectAction.sync(), applications: allApps },
            { action: ProjectAction.override(), applications: protectedApps },
            { action: ProjectAction.delete(), applications: ['*'] },
            ...appSetReads,
          ],
        },
        ci: { description: 'CI: read only', grants: [{ action: ProjectAction.get(), applications: allApps }, ...appSetReads] },
      }),
      // what Argo CD enforces: peak hours start early by the environment's canary duration
      syncWindows: envs.flatMap((r) => (r.env.syncWindows ?? []).map((window) => ({ window: enforcedWindow(window, canaryDuration(r.settings)), applications: [appName(r.env.name)] }))),
      timeZone: s.timeZone,
      annotations: PROJECT_WAVE,
    });

    // An environment's Application, from its values: its own, or the ApplicationSet's `{{.<parameter>}}` placeholders.
    const applicationOf = (v: EnvironmentValues, ignoreDifferences: IgnoredField[]): ApplicationTemplateProps => ({
      name: appName(v.env),
      sources: [ApplicationSource.git({ repoURL: platform.repoURL, targetRevision: platform.targetRevision, path: v.path })],
      server: v.server,
      namespace: v.namespace,
      syncOptions: APPLICATION_SYNC_OPTIONS,
      retry: SYNC_RETRY,
      namespaceLabels: NAMESPACE_LABELS,
      ignoreDifferences,
      slackChannel: v.slackChannel,
      labels: { 'app.kubernetes.io/part-of': app.name, 'app.kubernetes.io/managed-by': 'gridops', 'gridops.io/environment': v.env },
      annotations: { ...PRUNE_CONFIRM, ...manifestGeneratePaths(props.baseFromOverlay) },
      info: { Environment: v.env, Cluster: v.cluster, Slack: `#${v.slackChannel}` },
    });
    const valuesOf = ({ resolved: r, overlayPath }: DeliveredEnvironment): EnvironmentValues => ({
      env: r.env.name,
      cluster: r.env.cluster.name,
      server: r.env.cluster.server,
      namespace: r.settings.namespace,
      path: overlayPath,
      slackChannel: r.env.slackChannel,
    });
    const automatedOf = (r: ResolvedEnvironment) => ({ prune: r.env.sync.prune, selfHeal: r.env.sync.selfHeal });

    if (app.argocd?.applicationSet) {
      // One ApplicationSet generating the same Applications: a list element per environment.
      const ignored = envs.map(ownedFields);
      const differing = envs.findIndex((_, i) => JSON.stringify(ignored[i]) !== JSON.stringify(ignored[0]));
      if (differing > 0) {
        throw new ConfigError(
          `${app.name}: argocd.applicationSet needs one ignoreDifferences for every environment (one template), but ${envs[0].env.name} ignores ${JSON.stringify(ignored[0])} and ${envs[differing].env.name} ${JSON.stringify(ignored[differing])}`,
        );
      }
      this.applicationSet = new ArgoCdApplicationSet(this, 'ApplicationSet', {
        name: app.name,
        project: this.project,
        template: applicationOf(APPLICATION_SET_PARAMETERS, ignored[0] ?? []),
        elements: props.environments.map((e) => ({ parameters: { ...valuesOf(e) }, automated: automatedOf(e.resolved) })),
        annotations: PRUNE_CONFIRM,
      });
      this.applications = new Map();
      return;
    }
    const envScope = new Construct(this, 'Environments');
    this.applications = new Map(
      props.environments.map((e) => {
        const r = e.resolved;
        const application = new ArgoCdApplication(envScope, r.env.name, { ...applicationOf(valuesOf(e), ownedFields(r)), project: this.project, automated: automatedOf(r) });
        return [r.env.name, application];
      }),
    );
  }
}

/** The resources, each group and kind once, by group and then kind. */
function sortResources(resources: readonly ProjectResource[]): ProjectResource[] {
  const unique = new Map(resources.map((r) => [`${r.group}/${r.kind}`, r]));
  return [...unique.values()].sort((a, b) => (a.group === b.group ? byCodeUnits(a.kind, b.kind) : byCodeUnits(a.group, b.group)));
}
