import { Construct } from 'constructs';
import { PlatformConfig } from '../../model/platform';
import { ApplicationSource } from './application-source';
import { ArgoCdApplication } from './argocd-application';
import { ArgoCdProject } from './argocd-project';
import { PRUNE_CONFIRM, SYNC_RETRY } from './sync-policy';

/** Properties of {@link RootApplication}. */
export interface RootApplicationProps {
  /** The platform: the root app's name, Argo CD's namespace and in-cluster server, the Git repository and revision. */
  readonly platform: PlatformConfig;
  /** The platform project. */
  readonly project: ArgoCdProject;
  /** Repository path of the directory it syncs: a kustomization of every Argo CD object, itself included. */
  readonly path: string;
}

/**
 * The root "app of apps": syncs every project and Application (itself too) from Git. Changes apply by themselves;
 * removing an Application waits for a confirmed prune, and deleting the root app deletes none of them.
 */
export class RootApplication extends ArgoCdApplication {
  public constructor(scope: Construct, id: string, props: RootApplicationProps) {
    const { platform } = props;
    const s = platform.argocd;
    super(scope, id, {
      name: s.rootApplication,
      project: props.project,
      sources: [ApplicationSource.git({ repoURL: platform.repoURL, targetRevision: platform.targetRevision, path: props.path })],
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
  }
}
