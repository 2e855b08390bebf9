import { SyncRetry } from './argocd-application';

/*
 * How the root app and the Applications it manages sync: shared by the application projects and Applications
 * (ApplicationDelivery) and the platform's (PlatformProject, the installs, RootApplication).
 */

/**
 * Retry of failed syncs: 10s, 20s, 40s, 80s, 160s — about five minutes, enough for transient API errors or a
 * Rollout CRD still being installed, short enough that a broken commit fails (and notifies) promptly.
 */
export const SYNC_RETRY: SyncRetry = { limit: 5, backoff: '10s', factor: 2, maxBackoff: '3m' };

/** Annotation on the objects the root app manages: it asks before pruning one (an Application deletes its workload). */
export const PRUNE_CONFIRM: Readonly<Record<string, string>> = { 'argocd.argoproj.io/sync-options': 'Prune=confirm' };

/** Annotations of a project: created before the Applications that name them, pruned only when confirmed. */
export const PROJECT_WAVE: Readonly<Record<string, string>> = { 'argocd.argoproj.io/sync-wave': '-1', ...PRUNE_CONFIRM };

/** Sync options, retry and annotations of the Applications that install Argo CD and Argo Rollouts. */
export const INSTALL_SYNC = { syncOptions: ['ServerSideApply=true', 'PruneLast=true'], retry: SYNC_RETRY, annotations: PRUNE_CONFIRM } as const;
