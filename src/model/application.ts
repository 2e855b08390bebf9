import type { ServiceProtocol } from './service-protocol';
import type { SyncWindow } from './sync-window';
import { TagPolicy } from './tag-policy';
import type { Traffic } from './traffic';

/** Deep-partial form used by environment overrides: objects merge key by key, arrays and scalars replace. */
export type Overrides<T> = { readonly [K in keyof T]?: T[K] extends readonly unknown[] ? T[K] : T[K] extends object ? Overrides<T[K]> : T[K] };

/** Pod resources of the application container. */
export interface ResourceSettings {
  /** Requests, e.g. `{ cpu: '250m', memory: '256Mi' }`. */
  readonly requests: { readonly cpu: string; readonly memory: string };
  /** Limits, e.g. `{ cpu: '1', memory: '512Mi' }`. */
  readonly limits: { readonly cpu: string; readonly memory: string };
}

/** Replica count and autoscaling bounds. The HPA owns the Rollout's replica count. */
export interface ScalingSettings {
  /** HPA minReplicas: the steady-state replica count, used for the canary traffic shares. */
  readonly minReplicas: number;
  /** HPA maxReplicas. */
  readonly maxReplicas: number;
  /** Target average CPU utilisation, percent of requests. */
  readonly targetCpuUtilization: number;
  /** PodDisruptionBudget maxUnavailable (pods). Must be at least 1, or no node could ever be drained. */
  readonly maxUnavailable: number;
}

/** The canary: weights from the application, pauses per environment. */
export interface CanarySettings {
  /** setWeight steps in percent, strictly increasing, ending at 100 (e.g. 10, 25, 50, 100). */
  readonly weights: readonly number[];
  /** Pause after each weight but the last, as Argo Rollouts durations (`30s`, `1m`, `2h`). */
  readonly pauses: readonly string[];
  /** Extra pods allowed during the update (count or percent string). */
  readonly maxSurge: number | string;
  /**
   * How far (percentage points) a replica-weighted step's effective traffic share may be from its weight before
   * synth warns (or fails with --strict).
   */
  readonly trafficShareTolerance: number;
  /**
   * How long a new pod takes from creation to Ready: the assumption of the canary timeline in dist/README.md (one
   * round of new pods per step). It changes no object.
   * @default '30s'
   */
  readonly podStartTime?: string;
}

/** Prometheus analysis of the canary's own pods. */
export interface AnalysisSettings {
  /** Prometheus base URL reachable from the Argo Rollouts controller. */
  readonly prometheusAddress: string;
  /** Minimum share of successful requests (HTTP 2xx/3xx, gRPC OK), 0-1 (0.99 = 99%). */
  readonly successRateMin: number;
  /** Maximum p99 latency in milliseconds. */
  readonly latencyP99MaxMs: number;
  /** Maximum share of server errors (HTTP 5xx, gRPC Unknown/DeadlineExceeded/Unimplemented/Internal/Unavailable/DataLoss), 0-1 (0.01 = 1%). */
  readonly errorRateMax: number;
  /** Time between measurements (Argo Rollouts duration). */
  readonly interval: string;
  /** How often Prometheus scrapes the pods: the PodMonitor's interval. @default '30s' (kube-prometheus-stack's default) */
  readonly scrapeInterval?: string;
  /**
   * The range of every rate() in the queries: at least 4 scrape intervals, so that a missed scrape still leaves the
   * two samples rate() needs.
   * @default - 4 × scrapeInterval
   */
  readonly rateWindow?: string;
  /**
   * The wait from the AnalysisRun's start (the canary's first pods Ready) to the first measurement: at least one
   * scrape interval (rate() needs two samples of the new pods).
   * @default - 2 × scrapeInterval
   */
  readonly initialDelay?: string;
  /**
   * The failed measurement that aborts the canary: 3 means the third failure rolls back (the seed's rollback flow).
   * Argo Rollouts fails an analysis when failures exceed failureLimit, so failureLimit is this minus one.
   */
  readonly abortOnFailure: number;
}

/** The public host of an environment, served by its traffic mode (an AGIC or NGINX Ingress, or a Gateway API HTTPRoute). */
export interface IngressSettings {
  /** Public host name. */
  readonly host: string;
}

/** Azure Key Vault and workload identity of an environment. */
export interface AzureSettings {
  /** Entra ID tenant. */
  readonly tenantId: string;
  /** Client ID of the user-assigned managed identity federated with the ServiceAccount. */
  readonly clientId: string;
  /** Key Vault holding the application's secrets. */
  readonly keyVaultName: string;
}

/** Everything that may differ between environments. The application's `defaults` is the Kustomize base. */
export interface EnvironmentSettings {
  /** Namespace of every object. */
  readonly namespace: string;
  readonly scaling: ScalingSettings;
  readonly canary: CanarySettings;
  readonly analysis: AnalysisSettings;
  readonly resources: ResourceSettings;
  /** Ingress, when the application is exposed. @default - no Ingress */
  readonly ingress?: IngressSettings;
  /**
   * How public traffic reaches the canary and the stable pods: `Traffic.agic()` (replica-weighted),
   * `Traffic.gatewayApi({ gateway })` or `Traffic.nginx()` (exact weights through a traffic router). An override
   * replaces it whole.
   * @default Traffic.agic()
   */
  readonly traffic?: Traffic;
  readonly azure: AzureSettings;
  /** Application settings: the ConfigMap's data. Overrides add and replace keys. */
  readonly settings: { readonly [key: string]: string };
}

/** Argo CD's sync behaviour for an environment. */
export interface SyncSettings {
  /** Delete objects that are no longer in Git. */
  readonly prune: boolean;
  /** Revert changes made in the cluster. */
  readonly selfHeal: boolean;
}

/** One deployment target of an application. */
export interface EnvironmentConfig {
  /** Environment name, a DNS label: dev, test, prod. */
  readonly name: string;
  /** The cluster Argo CD deploys to. */
  readonly cluster: { readonly name: string; readonly server: string };
  /** The rule this environment's image tags follow. */
  readonly tagPolicy: TagPolicy;
  /** Argo CD automated sync. */
  readonly sync: SyncSettings;
  /** Slack channel for this environment's Argo CD notifications. */
  readonly slackChannel: string;
  /**
   * A protected environment (production) is synced, rolled back and overridden by SRE only; developers may only look.
   * @default false
   */
  readonly protected?: boolean;
  /** Argo CD sync windows of this environment's Application (in its AppProject). @default - none: sync at any time */
  readonly syncWindows?: readonly SyncWindow[];
  /** Changes from the application's defaults. @default - none */
  readonly overrides?: Overrides<EnvironmentSettings>;
}

/** A secret from Key Vault, exposed to the container as an environment variable. */
export interface SecretConfig {
  /** Object name in Key Vault. */
  readonly keyVaultObject: string;
  /** Environment variable the container reads. */
  readonly env: string;
}

/** Ports and health endpoints of the container. */
export interface ContainerConfig {
  /** Container port serving the application's protocol. */
  readonly port: number;
  /**
   * What the container serves on `port`: decides the probes, the Services' port and the analysis queries.
   * @default ServiceProtocol.http()
   */
  readonly protocol?: ServiceProtocol;
  /** Container port serving Prometheus metrics (over HTTP). @default - `port` (a gRPC container must set it) */
  readonly metricsPort?: number;
  /** HTTP path of the metrics on `metricsPort`. @default '/metrics' */
  readonly metricsPath?: string;
  /** Readiness probe path: required for HTTP, not allowed for gRPC (probed with the gRPC health protocol). @default - none */
  readonly readinessPath?: string;
  /** Liveness probe path: required for HTTP, not allowed for gRPC. @default - none */
  readonly livenessPath?: string;
  /** Startup probe path (HTTP only). @default - the liveness path */
  readonly startupPath?: string;
  /** Non-root user id the container runs as. @default 10001 */
  readonly runAsUser?: number;
}

/** An application: what it is, its defaults (the Kustomize base), and its environments (the overlays). */
export interface ApplicationConfig {
  /** Application name, a DNS label: names the Rollout, Services and Argo CD Applications. */
  readonly name: string;
  /** Image repository without a tag; tags live in src/config/image-tags.yaml. */
  readonly image: string;
  readonly container: ContainerConfig;
  /** Key Vault secrets. @default - none */
  readonly secrets?: readonly SecretConfig[];
  /** Key Vault certificate object used as the ingress TLS certificate. @default - none */
  readonly tlsCertificate?: string;
  /** Settings every environment starts from. */
  readonly defaults: EnvironmentSettings;
  /** Environments in promotion order. */
  readonly environments: readonly EnvironmentConfig[];
  /** How Argo CD gets the application's Applications. @default - one Application per environment */
  readonly argocd?: ApplicationArgoCdOptions;
}

/** How an application's environments become Argo CD Applications. */
export interface ApplicationArgoCdOptions {
  /**
   * Emit one ApplicationSet `<app>` (a list generator with one element per environment) instead of one Application
   * file per environment. The ApplicationSet generates the same Applications, `<app>-<env>`, in the same project, so
   * the AppProject's roles and sync windows apply unchanged.
   * @default false
   */
  readonly applicationSet?: boolean;
}

/** An environment with its settings resolved (defaults merged with overrides) and its image tag. */
export interface ResolvedEnvironment {
  readonly app: ApplicationConfig;
  readonly env: EnvironmentConfig;
  readonly settings: EnvironmentSettings;
  readonly tag: string;
}

/** Merges overrides into settings: nested objects key by key; arrays and scalars replace. */
export function mergeSettings<T>(base: T, overrides: Overrides<T> | undefined): T {
  if (overrides === undefined) return base;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(overrides as Record<string, unknown>)) {
    if (value === undefined) continue;
    const current = out[key];
    out[key] = isPlainObject(value) && isPlainObject(current) ? mergeSettings(current, value as Overrides<unknown>) : value;
  }
  return out as T;
}

/** An object literal: merged key by key. A class instance (a `Traffic`) is a value and replaces. */
function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}
