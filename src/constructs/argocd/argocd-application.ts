import { Construct } from 'constructs';
import { Application, ApplicationProps, ApplicationSpecIgnoreDifferences, ApplicationSpecSyncPolicy } from '../../../imports/argocd-application-argoproj.io';
import { slackSubscriptions } from './notifications';
import { ConfigError } from '../../model/errors';
import { ApplicationSource } from './application-source';
import { ArgoCdProject } from './argocd-project';

/** Argo CD's finalizer that deletes an Application's objects when the Application is deleted (cascade). */
export const RESOURCES_FINALIZER = 'resources-finalizer.argocd.argoproj.io';

/** A field Argo CD ignores when comparing, because something in the cluster owns it. */
export interface IgnoredField {
  /** API group, `''` for the core group. */
  readonly group: string;
  readonly kind: string;
  /** Object name. @default - every object of the kind */
  readonly name?: string;
  /** JSON pointers of the ignored fields. */
  readonly jsonPointers: readonly string[];
}

/** Automated sync: Argo CD syncs every new revision. */
export interface AutomatedSync {
  /** Delete objects that are no longer in Git. */
  readonly prune: boolean;
  /** Revert changes made in the cluster. */
  readonly selfHeal: boolean;
}

/** Retry of a failed sync, with exponential backoff. */
export interface SyncRetry {
  /** Attempts after the first. */
  readonly limit: number;
  /** First backoff (Argo CD duration, e.g. `10s`). */
  readonly backoff: string;
  /** Multiplier of the backoff after each attempt. */
  readonly factor: number;
  /** Longest backoff. */
  readonly maxBackoff: string;
}

/** Properties of {@link ArgoCdApplication}. */
export interface ArgoCdApplicationProps {
  /** Application name, unique in Argo CD's namespace. */
  readonly name: string;
  /** The project; it must permit every source repository and the destination. */
  readonly project: ArgoCdProject;
  /** Where the manifests come from; several sources make a multi-source Application. */
  readonly sources: readonly ApplicationSource[];
  /** API server URL of the destination cluster. */
  readonly server: string;
  /** Destination namespace. */
  readonly namespace: string;
  /** Automated sync. @default - manual sync only */
  readonly automated?: AutomatedSync;
  /** Sync options (`CreateNamespace=true`, …). @default - none */
  readonly syncOptions?: readonly string[];
  /** Retry policy of failed syncs. @default - no retry */
  readonly retry?: SyncRetry;
  /** Labels of the namespace Argo CD creates with `CreateNamespace=true`. @default - none */
  readonly namespaceLabels?: Record<string, string>;
  /** Fields owned by something in the cluster. @default - none */
  readonly ignoreDifferences?: readonly IgnoredField[];
  /** Slack channel that receives the sync-failed, health-degraded and deployed notifications. @default - no notifications */
  readonly slackChannel?: string;
  /** Delete the Application's objects with it (the resources finalizer). @default true */
  readonly cascadeDelete?: boolean;
  /** Labels. @default - none */
  readonly labels?: Record<string, string>;
  /** Further annotations. @default - none */
  readonly annotations?: Record<string, string>;
  /** Name/value pairs shown in the Argo CD UI. @default - none */
  readonly info?: Readonly<Record<string, string>>;
}

/**
 * An Argo CD Application. The constructor refuses an Application its project would not accept: a repository that
 * is not in the project's sourceRepos, or a destination that is not one of its destinations.
 */
export class ArgoCdApplication extends Construct {
  public readonly resource: Application;
  public readonly name: string;
  public readonly projectName: string;
  public readonly sources: readonly ApplicationSource[];
  public readonly server: string;
  public readonly namespace: string;

  public constructor(scope: Construct, id: string, props: ArgoCdApplicationProps) {
    super(scope, id);
    const { project } = props;
    this.name = props.name;
    this.projectName = project.name;
    this.sources = props.sources;
    this.server = props.server;
    this.namespace = props.namespace;
    checkPermitted(project, props.name, props.sources.map((x) => x.repoURL), props.server, props.namespace);
    this.resource = new Application(this, 'Resource', applicationManifest(props));
  }
}

/**
 * Throws when `project` would not accept an Application: no source, a repository that is not in its sourceRepos, or a
 * destination that is not one of its destinations.
 */
export function checkPermitted(project: ArgoCdProject, name: string, repoURLs: readonly string[], server: string, namespace: string): void {
  const where = `Application '${name}'`;
  if (repoURLs.length === 0) throw new ConfigError(`${where}: no source`);
  for (const repoURL of repoURLs) {
    if (!project.permitsSource(repoURL)) {
      throw new ConfigError(`${where}: project '${project.name}' does not permit source repository ${JSON.stringify(repoURL)} (sourceRepos: ${JSON.stringify(project.permittedSources)})`);
    }
  }
  if (!project.permitsDestination(server, namespace)) {
    const permitted = project.permittedDestinations.map((d) => `${d.server} ${d.namespace}`).join(', ');
    throw new ConfigError(`${where}: project '${project.name}' does not permit destination ${server} namespace ${JSON.stringify(namespace)} (destinations: ${permitted})`);
  }
}

/**
 * The metadata and spec of the Application `props` describe, as the imported Application type spells them: what
 * {@link ArgoCdApplication} renders, and the template an ApplicationSet renders per element.
 */
export function applicationManifest(props: ArgoCdApplicationProps): ApplicationProps {
  const { project } = props;
  const syncPolicy: ApplicationSpecSyncPolicy = {
    automated: props.automated ? { prune: props.automated.prune, selfHeal: props.automated.selfHeal } : undefined,
    syncOptions: props.syncOptions ? [...props.syncOptions] : undefined,
    managedNamespaceMetadata: props.namespaceLabels ? { labels: { ...props.namespaceLabels } } : undefined,
    retry: props.retry
      ? { limit: props.retry.limit, backoff: { duration: props.retry.backoff, factor: props.retry.factor, maxDuration: props.retry.maxBackoff } }
      : undefined,
  };
  const ignoreDifferences: ApplicationSpecIgnoreDifferences[] | undefined = props.ignoreDifferences?.map((f) => ({
    group: f.group,
    kind: f.kind,
    name: f.name,
    jsonPointers: [...f.jsonPointers],
  }));
  const annotations = { ...(props.slackChannel ? slackSubscriptions(props.slackChannel) : {}), ...props.annotations };
  const [single, ...more] = props.sources;
  return {
    metadata: {
      name: props.name,
      namespace: project.namespace,
      labels: props.labels ? { ...props.labels } : undefined,
      annotations: Object.keys(annotations).length > 0 ? annotations : undefined,
      finalizers: (props.cascadeDelete ?? true) ? [RESOURCES_FINALIZER] : undefined,
    },
    spec: {
      project: project.name,
      source: more.length === 0 ? single?.spec : undefined,
      sources: more.length > 0 ? props.sources.map((s) => s.spec) : undefined,
      destination: { server: props.server, namespace: props.namespace },
      syncPolicy: Object.values(syncPolicy).some((v) => v !== undefined) ? syncPolicy : undefined,
      ignoreDifferences,
      info: props.info ? Object.entries(props.info).map(([name, value]) => ({ name, value })) : undefined,
    },
  };
}
