import * as v from 'valibot';
import { Duration } from './duration';
import { Egress } from './egress';
import { attempt, ValueError } from './errors';
import { DNS_LABEL, ENV_VAR, GUID, HOSTNAME, HTTPS_URL, isAppName, KEY_VAULT_NAME, MAX_APP_NAME, RESERVED_NAMESPACES } from './names';
import { NetworkPeer } from './network-peer';
import { Quantity } from './quantity';
import { ServiceProtocol } from './service-protocol';
import { show } from './show';
import { Surge } from './surge';
import { SyncWindow } from './sync-window';
import { PriorityClass } from './priority-class';
import { TagPolicy } from './tag-policy';
import { Traffic } from './traffic';

/*
 * The configuration's one schema (valibot): the types of src/config/ are inferred from it (src/model/application.ts,
 * platform.ts, argocd.ts, monitoring.ts re-export them), and synth checks the configuration against it before anything
 * else, so a misspelt key or a value of the wrong type is refused naming the application, environment and field
 * (`gridos/test: overrides.scaling: unknown key 'minReplica' (did you mean 'minReplicas'?)`) instead of being ignored
 * or crashing. Checks of values that span fields (weights increase, maxUnavailable below minReplicas, …) stay in
 * check-config.ts.
 */

/** The configuration's value classes, kept as they are by the readonly view (their private state is theirs). */
type ValueClass = Traffic | ServiceProtocol | TagPolicy | SyncWindow | NetworkPeer | Egress | PriorityClass;

/** The deep-partial form of environment overrides: objects merge key by key, arrays, records and value classes replace. */
export type Overrides<T> = { [K in keyof T]?: OverrideOf<T[K]> };
type OverrideOf<V> = V extends ValueClass
  ? V
  : V extends readonly unknown[]
    ? V
    : V extends object
      ? string extends keyof V
        ? V
        : Overrides<V>
      : V;

/** A deeply readonly view of a parsed configuration type. */
export type DeepReadonly<T> = T extends ValueClass
  ? T
  : T extends readonly (infer R)[]
    ? readonly DeepReadonly<R>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

/** The configuration type a schema describes. */
export type Config<S extends v.GenericSchema> = DeepReadonly<v.InferOutput<S>>;

/**
 * A placeholder `gridops new env` writes for a value it cannot derive: `TODO(the API server of aks-gridos-dr)`. Synth
 * refuses it, naming the field, until it is replaced.
 */
export const PLACEHOLDER = /^TODO\(.*\)$/;

/** A placeholder for `what`, as the scaffolds write it. */
export function placeholder(what: string): string {
  return `TODO(${what})`;
}

const str = v.pipe(
  v.string(),
  v.check((s) => !PLACEHOLDER.test(s), 'placeholder'),
);
const num = v.number();
const int = v.pipe(v.number(), v.integer());
const bool = v.boolean();

/*
 * A value's own rules (its form and range) are the schema's: each is checked once, on the value as the configuration
 * writes it, and reported as `<where>: <field> <value> <what is wrong>`. Rules that span fields (weights increase,
 * maxReplicas ≥ minReplicas, the analysis timing) are check-config.ts's.
 */
const rule = <S extends v.GenericSchema>(schema: S, test: (value: v.InferOutput<S>) => boolean, message: string) =>
  v.pipe(schema, v.check<v.InferOutput<S>, string>(test, message));
/**
 * A value one of the value classes makes from what the configuration writes (`Duration.parse('2m')`): the factory
 * decides, and a value it refuses is reported with its reason (`is not a duration: …`).
 */
const madeBy = <S extends v.GenericSchema>(schema: S, make: (value: v.InferOutput<S>) => unknown) =>
  v.pipe(
    schema,
    v.rawCheck<v.InferOutput<S>>(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      try {
        make(dataset.value);
      } catch (e) {
        if (!(e instanceof ValueError)) throw e;
        addIssue({ message: e.reason });
      }
    }),
  );
const duration = madeBy(str, Duration.parse);
const dnsLabel = rule(str, (x) => DNS_LABEL.test(x), "must be a DNS label (lowercase letters, digits, '-')");
const httpsUrl = rule(str, (x) => HTTPS_URL.test(x), 'must be an https:// URL');
const guid = rule(str, (x) => GUID.test(x), 'must be a GUID');
const quantity = madeBy(str, Quantity.parse);
const port = rule(int, (x) => x >= 1 && x <= 65535, 'must be a port number 1-65535');
const urlPath = rule(str, (x) => x.startsWith('/'), "must start with '/'");
const envVar = rule(str, (x) => ENV_VAR.test(x), 'must be an environment variable name');
/** A Prometheus `for`: at least a minute. */
const alertFor = v.pipe(
  rule(str, (x) => attempt(() => Duration.parse(x)) !== undefined, 'is not a duration: use a whole number with s, m or h (5m, 1h)'),
  v.check((x) => Duration.parse(x).toSeconds() >= 60, "must be at least 1m: a shorter 'for' fires on a single missed scrape or a restart"),
);
const fraction = (test: (x: number) => boolean, range: string, example: string) => rule(num, test, `must be a fraction in ${range}, e.g. ${example}`);
const stringMap = v.record(v.string(), v.string());
/** An instance of a value class, named as the configuration makes it. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- the value classes' constructors are private
const instance = <T>(cls: Function & { prototype: T }, made: string) => v.custom<T>((x) => x instanceof cls, made);

export const ResourceSettingsSchema = v.strictObject({
  /** Requests, e.g. `{ cpu: '250m', memory: '256Mi' }`. */
  requests: v.strictObject({ cpu: quantity, memory: quantity }),
  /** Limits, e.g. `{ cpu: '1', memory: '512Mi' }`. */
  limits: v.strictObject({ cpu: quantity, memory: quantity }),
});

export const ScalingSettingsSchema = v.strictObject({
  /** HPA minReplicas: the steady-state replica count, used for the canary traffic shares. */
  minReplicas: rule(int, (x) => x >= 1, 'must be an integer of at least 1'),
  /** HPA maxReplicas. */
  maxReplicas: int,
  /** Target average CPU utilisation, percent of requests. */
  targetCpuUtilization: rule(int, (x) => x >= 1 && x <= 100, 'must be a percentage from 1 to 100'),
  /** PodDisruptionBudget maxUnavailable (pods). Must be at least 1, or no node could ever be drained. */
  maxUnavailable: rule(int, (x) => x >= 1, 'must be at least 1: a PodDisruptionBudget allowing no disruption blocks every eviction and every node drain'),
});

export const CanarySettingsSchema = v.strictObject({
  /** setWeight steps in percent, strictly increasing, ending at 100 (e.g. 10, 25, 50, 100). */
  weights: v.array(rule(int, (x) => x >= 1 && x <= 100, 'must be an integer from 1 to 100')),
  /** Pause after each weight but the last, as Argo Rollouts durations (`30s`, `1m`, `2h`). */
  pauses: v.array(duration),
  /** Extra pods allowed during the update (count or percent string). */
  maxSurge: madeBy(v.union([int, str]), Surge.parse),
  /**
   * How far (percentage points) a replica-weighted step's effective traffic share may be from its weight before
   * synth warns (or fails with --strict).
   */
  trafficShareTolerance: rule(num, (x) => x >= 0, 'must be 0 or more percentage points'),
  /**
   * How long a new pod takes from creation to Ready: the assumption of the canary timeline in dist/README.md (one
   * round of new pods per step) and of the peak-hours window's lead. It changes no object.
   * @default '30s'
   */
  podStartTime: v.optional(duration),
  /**
   * How long a step may take to make progress (its new pods available) before the Rollout is aborted: the Rollout's
   * progressDeadlineSeconds, with progressDeadlineAbort. Not counted during a pause.
   * @default '10m'
   */
  progressDeadline: v.optional(duration),
});

export const AnalysisSettingsSchema = v.strictObject({
  /** Prometheus base URL reachable from the Argo Rollouts controller. */
  prometheusAddress: rule(str, (x) => /^https?:\/\/[^\s/]+/.test(x), 'must be an http(s) URL'),
  /** Minimum share of successful requests (HTTP 2xx/3xx, gRPC OK), 0-1 (0.99 = 99%). */
  successRateMin: fraction((x) => x > 0 && x <= 1, '(0, 1]', '0.99'),
  /** Maximum p99 latency in milliseconds. */
  latencyP99MaxMs: rule(num, (x) => x > 0, 'must be more than 0 milliseconds'),
  /** Maximum share of server errors (HTTP 5xx, gRPC Unknown/DeadlineExceeded/Unimplemented/Internal/Unavailable/DataLoss), 0-1 (0.01 = 1%). */
  errorRateMax: fraction((x) => x >= 0 && x < 1, '[0, 1)', '0.01'),
  /** Time between measurements (Argo Rollouts duration). */
  interval: duration,
  /**
   * The failed measurement that aborts the canary: 3 means the third failure rolls back (the seed's rollback flow).
   * Argo Rollouts fails an analysis when failures exceed failureLimit, so failureLimit is this minus one.
   */
  abortOnFailure: rule(int, (x) => x >= 1, 'must be an integer of at least 1'),
  /** How often Prometheus scrapes the pods: the PodMonitor's interval. @default '30s' (kube-prometheus-stack's default) */
  scrapeInterval: v.optional(duration),
  /**
   * The range of every rate() in the queries: at least 4 scrape intervals, so that a missed scrape still leaves the
   * two samples rate() needs.
   * @default - 4 × scrapeInterval
   */
  rateWindow: v.optional(duration),
  /**
   * The wait from the AnalysisRun's start (the canary's first pods Ready) to the first measurement: at least one
   * scrape interval (rate() needs two samples of the new pods).
   * @default - 2 × scrapeInterval
   */
  initialDelay: v.optional(duration),
});

export const IngressSettingsSchema = v.strictObject({
  /** Public host name. */
  host: rule(str, (x) => HOSTNAME.test(x), 'must be a lowercase DNS name with a dot'),
});

export const AzureSettingsSchema = v.strictObject({
  /** Entra ID tenant. */
  tenantId: guid,
  /** Client ID of the user-assigned managed identity federated with the ServiceAccount. */
  clientId: guid,
  /** Key Vault holding the application's secrets. */
  keyVaultName: rule(str, (x) => KEY_VAULT_NAME.test(x), "is not a Key Vault name (3-24 letters, digits, '-')"),
});

/** Everything that may differ between environments. The application's `defaults` is the Kustomize base. */
export const EnvironmentSettingsSchema = v.strictObject({
  /** Namespace of every object: the application's own, never the platform's or Kubernetes'. */
  namespace: rule(dnsLabel, (x) => !RESERVED_NAMESPACES.has(x), "is reserved for the platform; use the application's own"),
  scaling: ScalingSettingsSchema,
  canary: CanarySettingsSchema,
  analysis: AnalysisSettingsSchema,
  resources: ResourceSettingsSchema,
  /** Ingress, when the application is exposed. @default - no Ingress */
  ingress: v.optional(IngressSettingsSchema),
  /**
   * How public traffic reaches the canary and the stable pods: `Traffic.agic()` (replica-weighted),
   * `Traffic.gatewayApi({ gateway })` or `Traffic.nginx()` (exact weights through a traffic router). An override
   * replaces it whole.
   * @default Traffic.agic()
   */
  traffic: v.optional(instance(Traffic, 'Traffic.agic(), Traffic.gatewayApi({ gateway }) or Traffic.nginx()')),
  /**
   * Key Vault and workload identity: required when the application reads secrets or terminates TLS with a Key Vault
   * certificate, else it has no identity and no SecretProviderClass.
   * @default - none
   */
  azure: v.optional(AzureSettingsSchema),
  /**
   * The PriorityClass of the pods: `PriorityClass.existing('grid-critical')` (the platform's class, which must exist on
   * the environment's cluster) or `PriorityClass.clusterDefault()` (the cluster's default priority, on purpose). An
   * override replaces it.
   * @default - none: no priorityClassName (Polaris warns priorityClassNotSet)
   */
  priorityClass: v.optional(instance(PriorityClass, "PriorityClass.existing('<name>') or PriorityClass.clusterDefault()")),
  /**
   * What the pods may connect to: `Egress.allowAll()` (no egress policy: a deliberate default, see src/model/egress.ts)
   * or `Egress.allowList([{ to, ports }])` (the cluster DNS and exactly those). An override replaces it whole.
   * @default Egress.allowAll()
   */
  egress: v.optional(instance(Egress, 'Egress.allowAll() or Egress.allowList([{ to, ports }])')),
  /** Application settings: the ConfigMap's data. Overrides add and replace keys. */
  settings: stringMap,
});

/**
 * The deep-partial form of a settings schema, for environment overrides: every key optional, objects merged key by key,
 * arrays, records and value classes replaced whole.
 */
function overridesOf<S extends v.StrictObjectSchema<v.ObjectEntries, undefined>>(schema: S): v.GenericSchema<Overrides<v.InferOutput<S>>> {
  const entries: Record<string, v.GenericSchema> = {};
  for (const [key, entry] of Object.entries(schema.entries)) {
    const inner = entry.type === 'optional' ? (entry as unknown as v.OptionalSchema<v.GenericSchema, undefined>).wrapped : entry;
    entries[key] = v.optional(inner.type === 'strict_object' ? overridesOf(inner as v.StrictObjectSchema<v.ObjectEntries, undefined>) : inner);
  }
  return v.strictObject(entries) as unknown as v.GenericSchema<Overrides<v.InferOutput<S>>>;
}

/** Argo CD's sync behaviour for an environment. */
export const SyncSettingsSchema = v.strictObject({
  /** Delete objects that are no longer in Git. */
  prune: bool,
  /** Revert changes made in the cluster. */
  selfHeal: bool,
});

export const ClusterSchema = v.strictObject({
  /** Cluster name, as Argo CD and the kube contexts name it. */
  name: rule(str, (x) => DNS_LABEL.test(x), 'must be a DNS label'),
  /** API server URL. */
  server: httpsUrl,
});

/** One deployment target of an application. */
export const EnvironmentConfigSchema = v.strictObject({
  /** Environment name, a DNS label: dev, test, prod. */
  name: dnsLabel,
  /** The cluster Argo CD deploys to. */
  cluster: ClusterSchema,
  /** The rule this environment's image tags follow. */
  tagPolicy: instance(TagPolicy, "TagPolicy.gitSha('dev-') or TagPolicy.semver()"),
  /** Argo CD automated sync. */
  sync: SyncSettingsSchema,
  /** Slack channel for this environment's Argo CD notifications. */
  slackChannel: str,
  /**
   * A protected environment (production) is synced and overridden by SRE only, and only SRE may operate its Rollout;
   * developers may only look.
   * @default false
   */
  protected: v.optional(bool),
  /** Argo CD sync windows of this environment's Application (in its AppProject). @default - none: sync at any time */
  syncWindows: v.optional(v.array(instance(SyncWindow, 'SyncWindow.peakHours(…), SyncWindow.deny(…) or SyncWindow.allow(…)'))),
  /**
   * Changes from the application's defaults: objects merge key by key, arrays and scalars replace. The facts that
   * make an environment itself — its namespace, workload identity (`azure.clientId`), Key Vault (`azure.keyVaultName`)
   * and, when exposed, its host (`ingress.host`) — must be stated here (or derived from another environment with
   * deriveEnvironment): they are never taken from the defaults.
   * @default - none
   */
  overrides: v.optional(overridesOf(EnvironmentSettingsSchema)),
});

export const SecretConfigSchema = v.strictObject({
  /** Object name in Key Vault. */
  keyVaultObject: rule(str, (x) => /^[0-9A-Za-z-]{1,127}$/.test(x), 'is not a Key Vault object name'),
  /** Environment variable the container reads. */
  env: envVar,
});

/** Ports and health endpoints of the container. */
export const ContainerConfigSchema = v.strictObject({
  /** Container port serving the application's protocol. */
  port,
  /**
   * What the container serves on `port`: decides the probes, the Services' port and the analysis queries.
   * @default ServiceProtocol.http()
   */
  protocol: v.optional(instance(ServiceProtocol, 'ServiceProtocol.http() or ServiceProtocol.grpc()')),
  /** Container port serving Prometheus metrics (over HTTP). @default - `port` (a gRPC container must set it) */
  metricsPort: v.optional(port),
  /** HTTP path of the metrics on `metricsPort`. @default '/metrics' */
  metricsPath: v.optional(urlPath),
  /** Readiness probe path: required for HTTP, not allowed for gRPC (probed with the gRPC health protocol). @default - none */
  readinessPath: v.optional(urlPath),
  /** Liveness probe path: required for HTTP, not allowed for gRPC. @default - none */
  livenessPath: v.optional(urlPath),
  /** Startup probe path (HTTP only). @default - the liveness path */
  startupPath: v.optional(urlPath),
  /** Non-root user id the container runs as. @default 10001 */
  runAsUser: v.optional(rule(int, (x) => x >= 1, 'must be a non-root user id (1 or more)')),
});

/*
 * An image repository as the OCI distribution reference grammar (distribution/reference) names one, with its
 * registry: `host[:port]/path`, the host dot-separated labels of letters, digits and '-' (or `localhost`, or an IPv6
 * address in brackets), the path one or more components of lowercase letters and digits joined by '.', '_', '__' or
 * '-'. A registry refuses an uppercase repository; a name without a registry would be pulled from Docker Hub.
 */
const HOST_LABEL = '(?:[A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9])';
const REGISTRY = new RegExp(`^(?:${HOST_LABEL}(?:\\.${HOST_LABEL})*|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]+)?$`);
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
/** The registry part of a repository: its first component, when it is a host (has a '.' or a ':', or is localhost). */
const registryOf = (x: string): string | undefined => {
  const first = x.split('/')[0];
  return x.includes('/') && (/[.:]/.test(first) || first === 'localhost') ? first : undefined;
};
const imageRepository = v.pipe(
  str,
  v.check((x) => !/@|:[^/]*$/.test(x), 'must be a repository without tag or digest (tags live in src/config/image-tags.yaml)'),
  v.check((x) => registryOf(x) !== undefined, 'must start with its registry, host[:port]/path (e.g. gridosacr.azurecr.io/gridos): a name without one is pulled from Docker Hub'),
  v.check((x) => REGISTRY.test(registryOf(x)!), "has a registry that is not a host[:port] (dot-separated labels of letters, digits and '-', then an optional :port)"),
  v.check(
    (x) => x.split('/').slice(1).every((c) => PATH_COMPONENT.test(c)),
    "must have a path of lowercase letters and digits, components joined by '.', '_', '__' or '-' (the OCI distribution reference grammar: registries refuse uppercase)",
  ),
  v.check((x) => x.length <= 255, 'is longer than the 255 characters an image name may have'),
);

/** An application's name: a DNS label short enough to prefix the names of the objects generated for it. */
const APP_NAME = v.check<string, string>(isAppName, `must be a DNS label of at most ${MAX_APP_NAME} characters`);

/** An application: what it is, its defaults (the Kustomize base), and its environments (the overlays). */
export const ApplicationConfigSchema = v.strictObject({
  /** Application name, a DNS label: names the Rollout, Services and Argo CD Applications. */
  name: v.pipe(str, APP_NAME),
  /** Image repository without a tag; tags live in src/config/image-tags.yaml. */
  image: imageRepository,
  container: ContainerConfigSchema,
  /** Key Vault secrets. @default - none */
  secrets: v.optional(v.array(SecretConfigSchema)),
  /** Key Vault certificate object used as the ingress TLS certificate. @default - none */
  tlsCertificate: v.optional(str),
  /** Settings every environment starts from: the Kustomize base (never deployed as it is: every overlay patches it). */
  defaults: EnvironmentSettingsSchema,
  /** Environments in promotion order. */
  environments: v.array(EnvironmentConfigSchema),
  /**
   * Applications of the platform whose pods call this one in the cluster: each environment admits the pods of the
   * client's environment of the same name (in that environment's namespace, on the same cluster) to the container
   * port, and no other in-cluster caller.
   * @default - none
   */
  clients: v.optional(
    v.array(
      v.strictObject({
        /** The calling application's name. */
        app: v.pipe(str, APP_NAME),
      }),
    ),
  ),
  /** How Argo CD gets the application's Applications. @default - one Application per environment */
  argocd: v.optional(
    v.strictObject({
      /**
       * Emit one ApplicationSet `<app>` (a list generator with one element per environment) instead of one Application
       * file per environment. The ApplicationSet generates the same Applications, `<app>-<env>`, in the same project,
       * so the AppProject's roles and sync windows apply unchanged.
       * @default false
       */
      applicationSet: v.optional(bool),
    }),
  ),
});

export const SecretKeyRefSchema = v.strictObject({
  /** Secret name, in Argo CD's namespace. */
  name: str,
  /** Key in the Secret's data. */
  key: str,
});

/** Argo CD platform settings: where Argo CD runs, who may do what, and how Argo CD and Argo Rollouts are installed. */
export const ArgoCdSettingsSchema = v.strictObject({
  /** Namespace Argo CD runs in, on the management cluster; Applications and AppProjects live there. */
  namespace: str,
  /** API server of the cluster Argo CD runs in, as Argo CD names it (`https://kubernetes.default.svc`). */
  inClusterServer: str,
  /** IANA time zone of the sync windows (e.g. `America/Chicago`). */
  timeZone: str,
  /** Name of the AppProject holding the platform's own Applications (the installs and the root app). */
  platformProject: str,
  /** Name of the root "app of apps" Application. */
  rootApplication: str,
  /** Helm repository of the argo-cd and argo-rollouts charts. */
  helmRepoURL: str,
  /**
   * Entra ID (Azure AD) group object IDs bound to the AppProject roles and the Rollout operators' RoleBindings. Argo CD
   * receives them in the OIDC `groups` claim, so they are object IDs, not display names.
   */
  groups: v.strictObject({
    /** Developers: read every environment, sync environments that are not `protected`, operate their Rollouts. */
    developers: v.array(str),
    /** SRE: read and sync every environment; the only ones to sync and override `protected` environments, operate their Rollouts and delete Applications. */
    sre: v.array(str),
    /** CI (e.g. a pipeline's service principal): read only, to wait for and report on a deployment. */
    ci: v.array(str),
  }),
  /** Slack bot token for Argo CD notifications. */
  slackToken: SecretKeyRefSchema,
  /** Argo CD itself: installed once with Helm, then managed by its own Application. */
  argoCd: v.strictObject({
    /** Version of the argo-cd Helm chart (10.1.1 ships Argo CD v3.4.4, the version of the imported CRDs). */
    chartVersion: str,
    /** Host name of the UI and API (behind Application Gateway). */
    host: str,
    /** TLS Secret (in Argo CD's namespace) that Application Gateway terminates TLS with for `host`. */
    tlsSecretName: str,
    /** High-availability replica counts: API server and UI, repository server, application controller shards. */
    replicas: v.strictObject({ server: int, repoServer: int, controller: int }),
    /** Single sign-on through Entra ID (OIDC), which delivers the group claims the project roles bind to. */
    sso: v.strictObject({
      /** Entra ID tenant (directory) ID. */
      tenantId: str,
      /** Application (client) ID of Argo CD's app registration. */
      clientId: str,
      /** The app registration's client secret, referenced from a Secret labelled `app.kubernetes.io/part-of: argocd`. */
      clientSecret: SecretKeyRefSchema,
    }),
  }),
  /** Argo Rollouts: one installation per cluster that runs Rollouts. */
  rollouts: v.strictObject({
    /** Version of the argo-rollouts Helm chart (2.41.0 ships Argo Rollouts v1.9.0). */
    chartVersion: str,
    /** Namespace of the controller and dashboard in every cluster. */
    namespace: str,
    /** DNS zone of the dashboards: each cluster's dashboard is `<cluster name>.<dashboardDomain>`. */
    dashboardDomain: str,
    /** TLS Secret (in each cluster's rollouts namespace) for the dashboard hosts, e.g. a `*.<dashboardDomain>` certificate. */
    dashboardTlsSecretName: str,
  }),
});

/** The clusters' Prometheus: a prometheus-operator that discovers PodMonitors, ServiceMonitors and PrometheusRules by label. */
export const MonitoringSettingsSchema = v.strictObject({
  /** Namespace of the clusters' Prometheus (kube-prometheus-stack's `monitoring`). */
  namespace: rule(str, (x) => DNS_LABEL.test(x), 'must be a DNS label'),
  /**
   * Labels on every PodMonitor, ServiceMonitor and PrometheusRule gridops generates: what the clusters' Prometheus
   * selects them by (kube-prometheus-stack: `release: <its Helm release name>`).
   */
  selectorLabels: stringMap,
  /**
   * Labels of the Prometheus server pods (prometheus-operator sets `app.kubernetes.io/name: prometheus`): the pods of
   * `namespace` the applications' NetworkPolicies admit to the metrics port.
   * @default - every pod of the namespace
   */
  podLabels: v.optional(stringMap),
  /** How long a condition must hold before the platform's alerts fire (Prometheus `for`, at least 1m). @default - see each */
  alerts: v.optional(
    v.strictObject({
      /** An Argo CD component or an Argo Rollouts controller with no target up. @default '5m' */
      componentDownFor: v.optional(alertFor),
      /** A Rollout aborted, timed out or in error. @default '1m' */
      rolloutDegradedFor: v.optional(alertFor),
      /** An AnalysisRun in Error (its queries kept failing). @default '1m' */
      analysisErrorFor: v.optional(alertFor),
    }),
  ),
});

/**
 * Where the requests of the traffic modes whose entry point runs in the cluster come from, the same in every cluster:
 * `NetworkPeer.pods({ namespace, podLabels })` (NGINX, an in-cluster Gateway API implementation). An Azure gateway
 * outside the cluster (Application Gateway for AGIC, Application Gateway for Containers) has a subnet of its own in
 * each cluster's network: that is per cluster, in `network.clusters`. A mode some exposed environment uses must be set.
 */
export const TrafficSourcesSchema = v.strictObject({
  /** Refused: each cluster has its own Application Gateway, so its subnet is `network.clusters[<cluster>].applicationGatewaySubnet`. */
  agic: v.optional(v.custom<never>(() => false, 'set per cluster, as network.clusters[<cluster name>].applicationGatewaySubnet: each AKS cluster has its own Application Gateway and subnet')),
  /**
   * The pods of an in-cluster Gateway API implementation. For Application Gateway for Containers, whose proxies send
   * from an association subnet of each cluster, set `network.clusters[<cluster>].gatewayForContainersSubnet` instead
   * (it takes precedence in that cluster). @default - none
   */
  gatewayApi: v.optional(instance(NetworkPeer, 'NetworkPeer.pods({ namespace, podLabels })')),
  /** The NGINX ingress controller's pods. @default - none: no environment may use Traffic.nginx() */
  nginx: v.optional(instance(NetworkPeer, 'NetworkPeer.pods({ namespace, podLabels })')),
});

/** A subnet of a cluster's network, as an IPv4 CIDR (`10.225.0.0/24`), refused as NetworkPeer.subnet refuses it. */
const subnetCidr = madeBy(str, NetworkPeer.subnet);

/**
 * One cluster's Azure gateways: the subnets their requests come from. Both send from their subnet straight to the pod
 * IPs, so an application's NetworkPolicy admits them by this ipBlock (a namespaceSelector would admit nothing).
 */
export const ClusterNetworkSchema = v.strictObject({
  /**
   * The subnet of the cluster's Application Gateway (AGIC): `az network vnet subnet show -g <rg> --vnet-name <vnet>
   * -n <subnet> --query addressPrefix`. @default - none: no environment on the cluster may use Traffic.agic() with a host
   */
  applicationGatewaySubnet: v.optional(subnetCidr),
  /**
   * The subnet associated with the cluster's Application Gateway for Containers (its proxies send from it).
   * @default - none: Traffic.gatewayApi() on the cluster needs `network.trafficFrom.gatewayApi`
   */
  gatewayForContainersSubnet: v.optional(subnetCidr),
});

/** The platform's network facts the applications' NetworkPolicies are derived from. */
export const NetworkSettingsSchema = v.strictObject({
  /** Where the requests of in-cluster entry points (NGINX, an in-cluster Gateway) come from, in every cluster. */
  trafficFrom: TrafficSourcesSchema,
  /**
   * Per cluster, by its name (`cluster.name`): the subnets of its Azure gateways, which differ from cluster to cluster.
   * @default - none
   */
  clusters: v.optional(v.record(v.string(), ClusterNetworkSchema)),
});

/** The whole generated repository: where it lives and which applications it deploys. */
export const PlatformConfigSchema = v.strictObject({
  /** URL of this Git repository, which Argo CD watches. */
  repoURL: rule(str, (x) => HTTPS_URL.test(x), 'must be an https:// URL'),
  /** Branch, tag or commit Argo CD follows. */
  targetRevision: str,
  /** Applications, each with its environments. */
  applications: v.array(ApplicationConfigSchema),
  /** Argo CD and Argo Rollouts: projects, RBAC groups, installation. */
  argocd: ArgoCdSettingsSchema,
  /** The clusters' Prometheus (prometheus-operator): how it finds what gridops generates, and the platform's alerts. */
  monitoring: MonitoringSettingsSchema,
  /** Where traffic enters the clusters: what the applications' NetworkPolicies admit (src/model/network.ts). */
  network: NetworkSettingsSchema,
});

/** The keys a strict object of the schema allows at `path` (through arrays, optionals and records), for suggestions. */
function keysAt(schema: v.GenericSchema, path: readonly (string | number)[]): string[] {
  let node: v.GenericSchema | undefined = schema;
  for (const key of path) {
    while (node && node.type === 'optional') node = (node as unknown as v.OptionalSchema<v.GenericSchema, undefined>).wrapped;
    if (!node) return [];
    if (node.type === 'array') node = (node as unknown as v.ArraySchema<v.GenericSchema, undefined>).item;
    else if (node.type === 'strict_object') node = (node as unknown as v.StrictObjectSchema<v.ObjectEntries, undefined>).entries[key] as v.GenericSchema | undefined;
    else return [];
  }
  while (node && node.type === 'optional') node = (node as unknown as v.OptionalSchema<v.GenericSchema, undefined>).wrapped;
  return node && node.type === 'strict_object' ? Object.keys((node as unknown as v.StrictObjectSchema<v.ObjectEntries, undefined>).entries) : [];
}

/** Edit distance, for "did you mean". */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  }
  return d[a.length][b.length];
}

/** The allowed key nearest to `key`, if it is near enough to be a typo. */
function suggestion(key: string, allowed: readonly string[]): string | undefined {
  const best = allowed.map((k) => ({ k, d: distance(key.toLowerCase(), k.toLowerCase()) })).sort((x, y) => x.d - y.d)[0];
  return best && best.d <= Math.max(2, Math.floor(key.length / 4)) ? best.k : undefined;
}

/** Where a problem of the platform is, and the field path inside it. */
function locate(platform: unknown, path: readonly (string | number)[]): { where: string; rest: (string | number)[] } {
  const apps = (platform as { applications?: unknown[] } | undefined)?.applications;
  if (path[0] !== 'applications' || typeof path[1] !== 'number' || !Array.isArray(apps)) return { where: 'platform', rest: [...path] };
  const app = apps[path[1]] as { name?: unknown; environments?: unknown[] } | undefined;
  const appName = typeof app?.name === 'string' ? app.name : `applications[${path[1]}]`;
  if (path[2] === 'defaults') return { where: `${appName} (defaults)`, rest: path.slice(3) };
  if (path[2] === 'environments' && typeof path[3] === 'number') {
    const env = app?.environments?.[path[3]] as { name?: unknown } | undefined;
    return { where: `${appName}/${typeof env?.name === 'string' ? env.name : `environments[${path[3]}]`}`, rest: path.slice(4) };
  }
  return { where: appName, rest: path.slice(2) };
}

/** A field path in messages: `overrides.scaling.minReplicas`, `secrets[0].env`. */
function dotted(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}


/** One issue of a parse, as a line naming where it is and the field. */
function describeIssue(issue: v.BaseIssue<unknown>, schema: v.GenericSchema, root: unknown, prefix: readonly (string | number)[]): string {
  const path = [...prefix, ...(issue.path ?? []).map((p) => p.key as string | number)];
  const { where, rest } = locate(root, path);
  const field = dotted(rest);
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    const key = String(path[path.length - 1]);
    const parent = rest.slice(0, -1);
    const near = suggestion(key, keysAt(schema, path.slice(prefix.length, -1)));
    return `${where}: ${parent.length > 0 ? `${dotted(parent)}: ` : ''}unknown key '${key}'${near ? ` (did you mean '${near}'?)` : ''}`;
  }
  if (issue.input === undefined) return `${where}: ${field} is required, but not set`;
  if (issue.type === 'check' && issue.message === 'placeholder') {
    return `${where}: ${field} ${show(issue.input)} is a placeholder: replace it with the real value`;
  }
  if (issue.type === 'check' || issue.type === 'raw_check') return `${where}: ${field} ${show(issue.input)} ${issue.message}`;
  const expected = issue.type === 'custom' ? issue.message : issue.type === 'integer' ? 'an integer' : `a ${issue.expected}`;
  return `${where}: ${field} must be ${expected}, got ${show(issue.input)}`;
}

/**
 * What is wrong with `name` as an application's name, as the schema says it (`must be a DNS label of at most 40
 * characters`), or undefined: for what makes an application's configuration (gridops new app).
 */
export function appNameProblem(name: string): string | undefined {
  const result = v.safeParse(v.pipe(v.string(), APP_NAME), name);
  return result.success ? undefined : result.issues[0].message;
}

/**
 * The configuration's problems against the schema, one line each, naming the application, environment and field: an
 * unknown key (with the nearest allowed one), a missing key, a placeholder, or a value of the wrong type (with what is
 * allowed).
 */
export function schemaProblems(platform: unknown): string[] {
  const result = v.safeParse(PlatformConfigSchema, platform, { abortPipeEarly: true });
  return result.success ? [] : result.issues.map((issue) => describeIssue(issue, PlatformConfigSchema, platform, []));
}

/**
 * The problems of an environment's settings once its overrides are merged into the defaults: a Key Vault or an
 * ingress the defaults do not have must be given whole by the overrides.
 */
export function mergedSettingsProblems(where: string, settings: unknown): string[] {
  const result = v.safeParse(EnvironmentSettingsSchema, settings, { abortPipeEarly: true });
  return result.success ? [] : result.issues.map((issue) => describeIssue(issue, EnvironmentSettingsSchema, undefined, []).replace(/^platform: /, `${where}: `));
}
