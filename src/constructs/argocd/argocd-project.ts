import { Construct } from 'constructs';
import { AppProject, AppProjectSpecSyncWindows } from '../../../imports/argocd-appproject-argoproj.io';
import { ConfigError } from '../../model/errors';
import { GLOB_PATTERN } from '../../model/names';
import { ProjectAction } from '../../model/project-action';
import { SyncWindow } from '../../model/sync-window';

/** A cluster and namespace Applications of the project may deploy to. */
export interface ProjectDestination {
  /** API server URL of the cluster. */
  readonly server: string;
  /** Namespace in that cluster. */
  readonly namespace: string;
}

/** A kind the project may deploy (or Argo CD may show), with an optional name pattern for cluster-scoped kinds. */
export interface ProjectResource {
  /** API group, `''` for the core group. */
  readonly group: string;
  readonly kind: string;
  /** Only objects of this name. @default - any name */
  readonly name?: string;
}

/** What a role may do with some of the project's Applications (or ApplicationSets). */
export interface ProjectGrant {
  /** What the role may do: `ProjectAction.get()`, `ProjectAction.sync()`, `ProjectAction.resourceAction(group, kind, action)`, … */
  readonly action: ProjectAction;
  /** Names of the objects the action is allowed on; `*` for every one of the project's. */
  readonly applications: readonly string[];
  /** The kind of object. @default 'applications' */
  readonly resource?: 'applications' | 'applicationsets';
}

/** A project role, bound to OIDC groups. */
export interface ProjectRoleProps {
  /** Role name, a DNS label. */
  readonly name: string;
  readonly description: string;
  /** OIDC group claims (Entra ID group object IDs) bound to the role. */
  readonly groups: readonly string[];
  readonly grants: readonly ProjectGrant[];
}

/** A sync window and the Applications it applies to. */
export interface ProjectSyncWindow {
  readonly window: SyncWindow;
  /** Application names. */
  readonly applications: readonly string[];
}

/** Properties of {@link ArgoCdProject}. */
export interface ArgoCdProjectProps {
  /** Project name. */
  readonly name: string;
  /** Argo CD's namespace, where the AppProject lives. */
  readonly namespace: string;
  readonly description: string;
  /** Repositories Applications may take manifests from: exact URLs, no patterns. */
  readonly sourceRepos: readonly string[];
  /** Clusters and namespaces Applications may deploy to: exact values, no patterns. */
  readonly destinations: readonly ProjectDestination[];
  /** Cluster-scoped kinds Applications may manage. @default - none */
  readonly clusterResources?: readonly ProjectResource[];
  /** Namespaced kinds Applications may manage (and Argo CD may show in the resource tree). @default - every namespaced kind */
  readonly namespacedResources?: readonly ProjectResource[];
  /** Roles. @default - none */
  readonly roles?: readonly ProjectRoleProps[];
  /** Sync windows. @default - none */
  readonly syncWindows?: readonly ProjectSyncWindow[];
  /** Time zone of sync windows that do not name their own. */
  readonly timeZone: string;
  /** Warn about objects in a destination namespace that no Application manages. @default true */
  readonly warnOrphanedResources?: boolean;
  /**
   * Whether Applications may deploy into Argo CD's own namespace. Only the platform project (which installs Argo CD)
   * may: an application that can write there can change Argo CD's configuration and escape its project.
   * @default false
   */
  readonly permitArgoCdNamespace?: boolean;
  /** Annotations, e.g. the root app's sync wave. @default - none */
  readonly annotations?: Record<string, string>;
}

/**
 * An Argo CD AppProject that permits exactly what its Applications need: listed repositories, listed cluster and
 * namespace pairs, listed kinds, and RBAC roles whose policies name each Application.
 */
export class ArgoCdProject extends Construct {
  public readonly resource: AppProject;
  public readonly name: string;
  public readonly namespace: string;
  private readonly sourceRepos: readonly string[];
  private readonly destinations: readonly ProjectDestination[];

  public constructor(scope: Construct, id: string, props: ArgoCdProjectProps) {
    super(scope, id);
    this.name = props.name;
    this.namespace = props.namespace;
    this.sourceRepos = props.sourceRepos;
    this.destinations = props.destinations;
    const where = `AppProject '${props.name}'`;
    if (props.sourceRepos.length === 0) throw new ConfigError(`${where}: sourceRepos is empty: no Application could deploy anything`);
    for (const repo of props.sourceRepos) {
      if (GLOB_PATTERN.test(repo)) throw new ConfigError(`${where}: source repository ${JSON.stringify(repo)} is a pattern; list exact repository URLs`);
    }
    if (props.destinations.length === 0) throw new ConfigError(`${where}: destinations is empty: no Application could deploy anywhere`);
    const seen = new Set<string>();
    for (const d of props.destinations) {
      if (GLOB_PATTERN.test(d.server) || GLOB_PATTERN.test(d.namespace)) {
        throw new ConfigError(`${where}: destination ${show(d)} is a pattern; list each cluster and namespace exactly`);
      }
      if (d.namespace === props.namespace && !props.permitArgoCdNamespace) {
        throw new ConfigError(`${where}: destination ${show(d)} is Argo CD's own namespace; only the platform project may deploy there`);
      }
      const key = `${d.server} ${d.namespace}`;
      if (seen.has(key)) throw new ConfigError(`${where}: destination ${show(d)} is listed twice`);
      seen.add(key);
    }
    for (const r of [...(props.clusterResources ?? []), ...(props.namespacedResources ?? [])]) {
      if (GLOB_PATTERN.test(r.group) || GLOB_PATTERN.test(r.kind)) throw new ConfigError(`${where}: resource ${JSON.stringify(r)} is a pattern; list exact groups and kinds`);
    }

    this.resource = new AppProject(this, 'Resource', {
      metadata: { name: props.name, namespace: props.namespace, annotations: props.annotations ? { ...props.annotations } : undefined },
      spec: {
        description: props.description,
        sourceRepos: [...props.sourceRepos],
        destinations: props.destinations.map((d) => ({ server: d.server, namespace: d.namespace })),
        clusterResourceWhitelist: (props.clusterResources ?? []).map((r) => ({ group: r.group, kind: r.kind, name: r.name })),
        namespaceResourceWhitelist: props.namespacedResources?.map((r) => ({ group: r.group, kind: r.kind })),
        roles: props.roles?.map((role) => ({
          name: role.name,
          description: role.description,
          groups: [...role.groups],
          policies: role.grants.flatMap((g) => g.applications.map((app) => this.policy(role.name, g.action, app, g.resource))),
        })),
        syncWindows: props.syncWindows?.map((w) => syncWindow(w, props.timeZone)),
        orphanedResources: (props.warnOrphanedResources ?? true) ? { warn: true } : undefined,
      },
    });
  }

  /** Argo CD's policy line for a project role: `p, proj:<project>:<role>, applications, <action>, <project>/<app>, allow`. */
  public policy(role: string, action: ProjectAction, application: string, resource: 'applications' | 'applicationsets' = 'applications'): string {
    return `p, proj:${this.name}:${role}, ${resource}, ${action}, ${this.name}/${application}, allow`;
  }

  /** Whether Applications of this project may take manifests from `repoURL`. */
  public permitsSource(repoURL: string): boolean {
    return this.sourceRepos.includes(repoURL);
  }

  /** Whether Applications of this project may deploy to `namespace` of the cluster `server`. */
  public permitsDestination(server: string, namespace: string): boolean {
    return this.destinations.some((d) => d.server === server && d.namespace === namespace);
  }

  /** The permitted repositories, for error messages. */
  public get permittedSources(): readonly string[] {
    return this.sourceRepos;
  }

  /** The permitted destinations, for error messages. */
  public get permittedDestinations(): readonly ProjectDestination[] {
    return this.destinations;
  }
}

function syncWindow(w: ProjectSyncWindow, timeZone: string): AppProjectSpecSyncWindows {
  return {
    kind: w.window.kind,
    schedule: w.window.schedule,
    duration: w.window.duration,
    timeZone: w.window.timeZone ?? timeZone,
    manualSync: w.window.manualSync,
    applications: [...w.applications],
    description: w.window.description,
  };
}

function show(d: ProjectDestination): string {
  return `${d.server} namespace ${JSON.stringify(d.namespace)}`;
}
