/** A key of a Kubernetes Secret that is created outside Git (never generated: secret values do not go to Git). */
export interface SecretKeyRef {
  /** Secret name, in Argo CD's namespace. */
  readonly name: string;
  /** Key in the Secret's data. */
  readonly key: string;
}

/**
 * Entra ID (Azure AD) group object IDs bound to the AppProject roles. Argo CD receives them in the OIDC `groups`
 * claim, so they are object IDs, not display names.
 */
export interface RbacGroups {
  /** Developers: read every environment, sync environments that are not `protected`. */
  readonly developers: readonly string[];
  /** SRE: read and sync every environment; the only ones to sync and override `protected` environments, operate their Rollouts and delete Applications. */
  readonly sre: readonly string[];
  /** CI (e.g. a pipeline's service principal): read only, to wait for and report on a deployment. */
  readonly ci: readonly string[];
}

/** Single sign-on through Entra ID (OIDC), which delivers the group claims the project roles bind to. */
export interface SsoSettings {
  /** Entra ID tenant (directory) ID. */
  readonly tenantId: string;
  /** Application (client) ID of Argo CD's app registration. */
  readonly clientId: string;
  /** The app registration's client secret, referenced from a Secret labelled `app.kubernetes.io/part-of: argocd`. */
  readonly clientSecret: SecretKeyRef;
}

/** High-availability replica counts of the Argo CD components. */
export interface ArgoCdReplicas {
  /** API server and UI. */
  readonly server: number;
  /** Repository server (renders manifests). */
  readonly repoServer: number;
  /** Application controller shards (clusters are distributed over them). */
  readonly controller: number;
}

/** Argo CD itself: installed once with Helm, then managed by its own Application. */
export interface ArgoCdInstallSettings {
  /** Version of the argo-cd Helm chart (10.1.1 ships Argo CD v3.4.4, the version of the imported CRDs). */
  readonly chartVersion: string;
  /** Host name of the UI and API (behind Application Gateway). */
  readonly host: string;
  /** TLS Secret (in Argo CD's namespace) that Application Gateway terminates TLS with for `host`. */
  readonly tlsSecretName: string;
  readonly replicas: ArgoCdReplicas;
  readonly sso: SsoSettings;
}

/** Argo Rollouts: one installation per cluster that runs Rollouts. */
export interface RolloutsInstallSettings {
  /** Version of the argo-rollouts Helm chart (2.41.0 ships Argo Rollouts v1.9.0). */
  readonly chartVersion: string;
  /** Namespace of the controller and dashboard in every cluster. */
  readonly namespace: string;
  /** DNS zone of the dashboards: each cluster's dashboard is `<cluster name>.<dashboardDomain>`. */
  readonly dashboardDomain: string;
  /** TLS Secret (in each cluster's rollouts namespace) for the dashboard hosts, e.g. a `*.<dashboardDomain>` certificate. */
  readonly dashboardTlsSecretName: string;
}

/**
 * Argo CD platform settings: where Argo CD runs, who may do what, and how Argo CD and Argo Rollouts are installed.
 * Everything per application and environment (destinations, sync policy, sync windows, Slack channel) lives on the
 * application's environments; this is what all applications share.
 */
export interface ArgoCdSettings {
  /** Namespace Argo CD runs in, on the management cluster; Applications and AppProjects live there. */
  readonly namespace: string;
  /** API server of the cluster Argo CD runs in, as Argo CD names it (`https://kubernetes.default.svc`). */
  readonly inClusterServer: string;
  /** IANA time zone of the sync windows (e.g. `America/Chicago`). */
  readonly timeZone: string;
  /** Name of the AppProject holding the platform's own Applications (the installs and the root app). */
  readonly platformProject: string;
  /** Name of the root "app of apps" Application. */
  readonly rootApplication: string;
  /** Helm repository of the argo-cd and argo-rollouts charts. */
  readonly helmRepoURL: string;
  readonly groups: RbacGroups;
  /** Slack bot token for Argo CD notifications. */
  readonly slackToken: SecretKeyRef;
  readonly argoCd: ArgoCdInstallSettings;
  readonly rollouts: RolloutsInstallSettings;
}

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
