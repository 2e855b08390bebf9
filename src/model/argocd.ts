import { ArgoCdSettingsSchema, Config, SecretKeyRefSchema } from './config-schema';

/**
 * Argo CD platform settings: where Argo CD runs, who may do what, and how Argo CD and Argo Rollouts are installed.
 * Everything per application and environment (destinations, sync policy, sync windows, Slack channel) lives on the
 * application's environments; this is what all applications share. The fields are documented in config-schema.ts.
 */
export type ArgoCdSettings = Config<typeof ArgoCdSettingsSchema>;
/** A key of a Kubernetes Secret that is created outside Git (never generated: secret values do not go to Git). */
export type SecretKeyRef = Config<typeof SecretKeyRefSchema>;
/** Entra ID (Azure AD) group object IDs bound to the AppProject roles. */
export type RbacGroups = ArgoCdSettings['groups'];
/** Single sign-on through Entra ID (OIDC), which delivers the group claims the project roles bind to. */
export type SsoSettings = ArgoCdSettings['argoCd']['sso'];
/** High-availability replica counts of the Argo CD components. */
export type ArgoCdReplicas = ArgoCdSettings['argoCd']['replicas'];
/** Argo CD itself: installed once with Helm, then managed by its own Application. */
export type ArgoCdInstallSettings = ArgoCdSettings['argoCd'];
/** Argo Rollouts: one installation per cluster that runs Rollouts. */
export type RolloutsInstallSettings = ArgoCdSettings['rollouts'];

/**
 * Who may operate an environment's Rollout with `kubectl argo rollouts` (abort, promote, retry, undo): SRE alone in a
 * protected environment, developers and SRE elsewhere — the same split as syncing in Argo CD.
 */
export function rolloutOperatorGroups(groups: RbacGroups, isProtected: boolean): string[] {
  return [...new Set(isProtected ? groups.sre : [...groups.developers, ...groups.sre])];
}

/** The Argo CD Application that installs Argo CD itself (in the platform project). */
export const ARGOCD_APPLICATION = 'argocd';

/** What every cluster's Argo Rollouts install Application is called, before the cluster's name. */
export const ROLLOUTS_APPLICATION_PREFIX = 'argo-rollouts-';

/** The Argo CD Application of one application's environment: `<app>-<env>` (the chart, the checks, the README). */
export function applicationName(app: string, env: string): string {
  return `${app}-${env}`;
}

/** The Application that installs Argo Rollouts on a cluster. */
export function rolloutsApplicationName(cluster: string): string {
  return `${ROLLOUTS_APPLICATION_PREFIX}${cluster}`;
}
