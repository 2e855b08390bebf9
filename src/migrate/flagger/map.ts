import { Duration } from '../../model/duration';
import { ConfigError, ValueError } from '../../model/errors';
import { AnalysisTiming, MIN_RATE_WINDOW_SCRAPES } from '../../model/monitoring';
import { HOSTNAME } from '../../model/names';
import { show } from '../../model/show';
import { Surge } from '../../model/surge';
import { GatewayReference, Traffic } from '../../model/traffic';
import { replicaSplit, ReplicaSplit } from '../../model/traffic-share';
import { Entries, fieldOf, leafFields, ReportEntry, segmentsOf } from './entries';
import { findReferenced, InputObject, K8sObject, objectLabel, selectCanary, validateCanary } from './read';
import { ContainerDraft, mapAutoscaler, mapDeployment, WorkloadDraft } from './workload';

/*
 * A Flagger Canary (flagger.app/v1beta1, Flagger v1.44.0) and the objects it targets, as a gridops application:
 * exactly the fields that have an equivalent are mapped, each with what it became and how its meaning changes; what
 * has none is either not migrated, with the reason (nothing depends on it), or refused (the migration stops, naming
 * the field). Every field of the Canary is accounted for: a field no rule knows is refused.
 */

/** How public traffic reaches the canary, as the configuration's Traffic states it. */
export type TrafficDraft =
  | { readonly mode: 'replica-weighted' }
  | { readonly mode: 'nginx'; readonly ingressClassName?: string }
  | { readonly mode: 'gateway-api'; readonly gateway: GatewayReference };

/** The application the migration writes: what src/config/apps/<name>.ts states (the environments are the platform's). */
export interface AppDraft extends Omit<WorkloadDraft, 'maxSurge' | 'scaling'> {
  readonly name: string;
  readonly container: ContainerDraft;
  /** The public host, when the application is exposed. @default - not exposed */
  readonly host?: string;
  readonly traffic: TrafficDraft;
  /** Whether its Ingress terminates TLS (AGIC, NGINX): it then needs a Key Vault certificate and Azure settings. */
  readonly terminatesTls: boolean;
  readonly scaling: WorkloadDraft['scaling'];
  readonly canary: {
    readonly weights: readonly number[];
    readonly pauses: readonly string[];
    readonly maxSurge: number | string;
    readonly progressDeadline?: string;
  };
  readonly analysis: {
    readonly successRateMin: number;
    readonly latencyP99MaxMs: number;
    readonly errorRateMax: number;
    readonly interval: string;
    readonly abortOnFailure: number;
    readonly scrapeInterval: string;
    readonly rateWindow: string;
  };
}

/** A setting gridops needs that no field of the input states. */
export interface AddedSetting {
  readonly setting: string;
  readonly why: string;
}

/** The migration of one Canary. */
export interface Migration {
  readonly canary: InputObject;
  readonly draft: AppDraft;
  /** Every field of the Canary and of the objects it targets, and what it became. */
  readonly entries: readonly ReportEntry[];
  /** Settings no field of the input states. */
  readonly added: readonly AddedSetting[];
  /** The changes of meaning, in this Canary's figures. */
  readonly meaning: readonly string[];
  /** Every object of the input and what it was used for. */
  readonly objects: readonly { readonly file: string; readonly object: string; readonly use: string }[];
  /** What the application may depend on that is lost or off, one line each (`file: object: field: …`), for standard error. */
  readonly warnings: readonly string[];
}

const MESHES: Readonly<Record<string, string>> = {
  istio: 'Istio',
  linkerd: 'Linkerd',
  kuma: 'Kuma',
  osm: 'Open Service Mesh',
  appmesh: 'App Mesh',
  'appmesh:v1beta2': 'App Mesh',
  'smi:v1alpha1': 'SMI',
  'smi:v1alpha2': 'SMI',
  'smi:v1alpha3': 'SMI',
};

const ROUTERS: Readonly<Record<string, string>> = { contour: 'Contour', gloo: 'Gloo', traefik: 'Traefik', skipper: 'Skipper', apisix: 'APISIX' };

/** Flagger's request-duration per provider: an average for NGINX and Skipper, a P99 for every other. */
function durationAggregate(provider: string | undefined): 'an average' | 'a P99' {
  return provider === 'nginx' || provider === 'skipper' ? 'an average' : 'a P99';
}

/** Rounded to 6 decimals: 1 − 0.99 is 0.01, not 0.010000000000000009. */
function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** A Flagger duration (Go's time.ParseDuration; the CRD checks `^[0-9]+(m|s)`) in whole seconds, or undefined. */
function goSeconds(text: unknown): number | undefined {
  try {
    const s = Duration.go(String(text)).toSeconds();
    return Number.isInteger(s) && s > 0 ? s : undefined;
  } catch (e) {
    if (e instanceof ValueError) return undefined;
    throw e;
  }
}

const durationText = (seconds: number) => Duration.seconds(seconds).toString();

/**
 * The weights Flagger steps through, as its scheduler computes them (pkg/controller/scheduler.go, nextStepWeight and
 * runCanary): stepWeight added until maxWeight is reached (capped at 100), or the stepWeights; then promotion.
 */
export function flaggerWeights(a: { stepWeight?: number; maxWeight?: number; stepWeights?: readonly number[] }): number[] {
  if (a.stepWeights && a.stepWeights.length > 0) return a.stepWeights.map((w) => Math.min(100, w));
  const step = a.stepWeight ?? 0;
  const max = a.maxWeight ?? 100;
  const out: number[] = [];
  for (let w = 0; w < max && step > 0; ) {
    w = Math.min(100, w + step);
    out.push(w);
  }
  return out;
}

/** Reasons a webhook type has no equivalent. */
const WEBHOOK_REASONS: Readonly<Record<string, string>> = {
  'pre-rollout':
    'a test Flagger runs before any traffic reaches the canary, a failed check when it fails: gridops generates no analysis step of its own (an Argo Rollouts analysis step with a Job or web metric would run it); run it in the image\'s CI or as a synthetic check, remove the webhook and migrate again',
  rollout:
    'a check Flagger calls at every interval, a failed check when it fails: gridops\' analysis judges its three Prometheus metrics only (an Argo Rollouts web metric would call it, and is not generated); remove the webhook and migrate again',
  'confirm-rollout':
    'a manual gate before the canary starts: Argo CD\'s sync (SRE alone in a protected environment) and sync windows decide when a new version starts; remove the webhook and migrate again',
  'confirm-traffic-increase': 'a manual gate before every weight increase: gridops\' pauses are timed; remove the webhook and migrate again',
  'confirm-promotion':
    'a manual gate before promotion: gridops\' pauses are timed (an indefinite pause, kubectl argo rollouts promote, is not generated); remove the webhook and migrate again',
  'post-rollout':
    'a hook after promotion or rollback: Argo CD notifications (the environment\'s slackChannel) report the outcome, and nothing runs after it; remove the webhook and migrate again',
  rollback:
    'a manual rollback trigger: abort with kubectl argo rollouts abort (the generated Role allows it) or roll back with gridops rollback; remove the webhook and migrate again',
};

type Rule = 'code' | ((e: Entries, field: string, value: unknown) => void);

const dropped = (why: string): Rule => (e, f) => e.dropped(f, why);
const refused = (why: string): Rule => (e, f) => e.refused(f, why);
/** A boolean whose default (false) has a meaning; true has none. */
const onlyFalse = (why: string, whenTrue: 'refused' | 'changed', became = ''): Rule => (e, f, v) => {
  if (v !== true) e.mapped(f, 'nothing to do (the default)');
  else if (whenTrue === 'refused') e.refused(f, why);
  else e.changed(f, became, why);
};

/**
 * What becomes of each field of a Canary, by its path (a list index written `[*]`): `'code'` for the fields the
 * mapping reads (it records them itself), else a rule recording the field. A field under a path listed here is the
 * rule's; a field with no rule on itself or a parent is refused as unknown.
 */
export const CANARY_FIELD_RULES: Readonly<Record<string, Rule>> = {
  'metadata.name': 'code',
  'metadata.namespace': 'code',
  'metadata.labels': dropped('labels of the Canary object itself: gridops labels what it generates'),
  'metadata.annotations': dropped('annotations of the Canary object itself (a mesh\'s, here): gridops sets its own'),
  'metadata.uid': dropped('set by the API server'),
  'metadata.resourceVersion': dropped('set by the API server'),
  'metadata.generation': dropped('set by the API server'),
  'metadata.creationTimestamp': dropped('set by the API server'),
  'metadata.managedFields': dropped('set by the API server'),
  'metadata.finalizers': dropped('Flagger\'s own'),
  'metadata.ownerReferences': dropped('set by whatever created the Canary'),
  'metadata.generateName': dropped('the application is named by metadata.name'),
  'metadata.deletionTimestamp': dropped('set by the API server'),
  'metadata.deletionGracePeriodSeconds': dropped('set by the API server'),
  'metadata.selfLink': dropped('set by the API server'),
  status: dropped('the controller\'s status, not configuration'),
  'spec.provider': 'code',
  'spec.metricsServer': (e, f, v) =>
    e.changed(f, 'analysis.prometheusAddress: the platform\'s Prometheus', `the analysis queries the clusters' Prometheus, which scrapes the application's own metrics; ${show(v)} is not used`),
  'spec.progressDeadlineSeconds': 'code',
  'spec.targetRef': 'code',
  'spec.autoscalerRef': 'code',
  'spec.ingressRef': 'code',
  'spec.routeRef': refused('an APISIX route: gridops routes public traffic with AGIC, NGINX or the Gateway API'),
  'spec.upstreamRef': refused('a Gloo Upstream: gridops routes public traffic with AGIC, NGINX or the Gateway API'),
  'spec.service.name': 'code',
  'spec.service.port': 'code',
  'spec.service.portName': 'code',
  'spec.service.appProtocol': 'code',
  'spec.service.targetPort': 'code',
  'spec.service.hosts': 'code',
  'spec.service.gateways': 'code',
  'spec.service.gatewayRefs': 'code',
  'spec.service.match': 'code',
  'spec.service.rewrite': 'code',
  'spec.service.portDiscovery': (e, f, v) =>
    v === true ? e.changed(f, 'the Services carry the application\'s port', 'Flagger added every container port to its Services; gridops\' carry the application\'s port only (Prometheus scrapes the metrics port directly)') : e.mapped(f, 'nothing to do (the default)'),
  'spec.service.trafficDistribution': dropped('gridops\' Services set no trafficDistribution: kube-proxy spreads over every ready endpoint'),
  'spec.service.headless': onlyFalse('a headless Service (no cluster IP): gridops\' Services have one; clients that resolved pod addresses go through the Service', 'refused'),
  'spec.service.timeout': (e, f) => e.changed(f, 'no request timeout', 'gridops generates no route timeout: the traffic router\'s (or the client\'s) default applies'),
  'spec.service.backendTimeout': (e, f) => e.changed(f, 'no backend timeout', 'gridops generates no route timeout: the Gateway\'s default applies'),
  'spec.service.retries': (e, f) => e.changed(f, 'no retries', 'requests are not retried by the router: clients see the first failure (and the analysis sees every one)'),
  'spec.service.headers': refused('request and response header rewriting: gridops\' routes do not change headers; do it in the application, remove the field and migrate again'),
  'spec.service.corsPolicy': refused('a CORS policy the router answered: gridops\' routes answer no preflight; answer CORS in the application, remove the field and migrate again'),
  'spec.service.mirror': refused('request mirroring (a shadow backend): gridops generates no mirror route'),
  'spec.service.delegation': onlyFalse('a delegate VirtualService: gridops generates the routes itself', 'refused'),
  'spec.service.trafficPolicy': (e, f) =>
    e.changed(f, 'no DestinationRule', 'TLS mode, connection pool, load balancing and outlier detection are the mesh\'s or the router\'s defaults: gridops generates no DestinationRule'),
  'spec.service.meshName': dropped('an App Mesh mesh: gridops generates no mesh objects'),
  'spec.service.backends': dropped('App Mesh backends: gridops generates no mesh objects; the pods reach other Services directly'),
  'spec.service.apex': dropped('labels and annotations of Flagger\'s generated Service: gridops labels its Services itself'),
  'spec.service.primary': dropped('labels and annotations of Flagger\'s primary Service: the Rollout\'s stable Service is gridops\''),
  'spec.service.canary': dropped('labels and annotations of Flagger\'s canary Service: the Rollout\'s canary Service is gridops\''),
  'spec.service.unmanagedMetadata': dropped('metadata Flagger left alone: gridops owns what it generates'),
  'spec.skipAnalysis': onlyFalse('a Canary that skips its analysis promotes at once: gridops always judges the canary; set it false and migrate again', 'refused'),
  'spec.revertOnDeletion': onlyFalse('Flagger gave the Deployment back when the Canary was deleted; deleting the Argo CD Application deletes the Rollout and its objects (the cascading finalizer)', 'changed', 'the cascading finalizer'),
  'spec.suspend': onlyFalse('the Canary was suspended: the migrated Rollout is not, the next new tag starts a canary', 'changed', 'an active Rollout'),
  'spec.analysis.interval': 'code',
  'spec.analysis.threshold': 'code',
  'spec.analysis.maxWeight': 'code',
  'spec.analysis.stepWeight': 'code',
  'spec.analysis.stepWeights': 'code',
  'spec.analysis.iterations': 'code',
  'spec.analysis.match': 'code',
  'spec.analysis.metrics': 'code',
  'spec.analysis.webhooks': 'code',
  'spec.analysis.stepWeightPromotion': (e, f) =>
    e.changed(f, 'setWeight 100', 'Flagger moved the traffic back to the promoted primary in steps; the Rollout\'s last step sends all of it to the new version at once'),
  'spec.analysis.mirror': onlyFalse('traffic mirroring before the canary gets traffic: gridops generates no mirror route (setMirrorRoute)', 'refused'),
  'spec.analysis.mirrorWeight': refused('traffic mirroring: gridops generates no mirror route (setMirrorRoute)'),
  'spec.analysis.primaryReadyThreshold': (e, f, v) =>
    v === 100 ? e.mapped(f, 'every pod available (the default)') : e.changed(f, 'every pod available', `Flagger went on with ${show(v)}% of the primary's pods ready; the Rollout waits for every pod of a step (maxUnavailable 0)`),
  'spec.analysis.canaryReadyThreshold': (e, f, v) =>
    v === 100 ? e.mapped(f, 'every pod available (the default)') : e.changed(f, 'every pod available', `Flagger went on with ${show(v)}% of the canary's pods ready; the Rollout waits for every pod of a step`),
  'spec.analysis.alerts': (e, f) =>
    e.changed(f, 'Argo CD notifications', 'each environment\'s Argo CD Application notifies its slackChannel (sync failed, health degraded — an aborted canary —, deployed); Flagger\'s alert providers are not used'),
  'spec.analysis.sessionAffinity': refused('sticky sessions that keep a user on the canary: Argo Rollouts keeps no cookie affinity with these routers; remove it and migrate again'),
};

/** A path with every list index as `[*]`, as the rules are written. */
export function normalizedField(field: string): string {
  return field.replace(/\[\d+\]/g, '[*]');
}

/** The rule of a field: its own, else its nearest parent's. */
export function ruleOf(field: string): { readonly key: string; readonly rule: Rule } | undefined {
  const n = normalizedField(field);
  for (let at = n; at.length > 0; ) {
    if (Object.hasOwn(CANARY_FIELD_RULES, at)) return { key: at, rule: CANARY_FIELD_RULES[at] };
    const cut = Math.max(at.lastIndexOf('.'), at.lastIndexOf('['));
    if (cut <= 0) break;
    at = at.slice(0, cut);
  }
  return undefined;
}

interface Flagger {
  readonly metadata: { readonly name: string; readonly namespace?: string };
  readonly spec: Record<string, any> & {
    readonly analysis: Record<string, any>;
    readonly service: Record<string, any>;
    readonly targetRef: { readonly apiVersion: string; readonly kind: string; readonly name: string };
  };
}

/** Options of {@link migrateCanary}. */
export interface MigrateOptions {
  /** The application's name; with several Canaries in the input, the one to migrate. @default - the Canary's name */
  readonly name?: string;
}

/**
 * Migrates the input's Canary (see {@link selectCanary}): checks it against Flagger's CRD schema, maps it and its
 * targets, and throws a one-line ConfigError for bad input (a target missing from the input, an image without a tag)
 * or naming the first field that has no equivalent (and how many more there are).
 */
export function migrateCanary(input: readonly InputObject[], options: MigrateOptions = {}): Migration {
  const chosen = selectCanary(input, options.name);
  validateCanary(chosen);
  const c = chosen.object as unknown as Flagger & K8sObject;
  const where = `${chosen.file}: ${objectLabel(c)}`;
  // the fields every migration reads (the CRD requires spec.targetRef and spec.service only of a Canary that has them)
  const required: Readonly<Record<string, string>> = {
    spec: 'the target, its Services and the analysis',
    'spec.targetRef': 'the Deployment the canary replaces',
    'spec.service': "the Services' port (spec.service.port) and the container port they target",
    'spec.analysis': 'the weights, the interval and the threshold',
  };
  for (const [field, what] of Object.entries(required)) {
    const value = field.split('.').reduce<unknown>((o, k) => (o !== null && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), c);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new ConfigError(`${where}: ${field} is required to migrate: ${what}${value === undefined ? ' (not set)' : `, got ${show(value)}`}`);
  }
  const e = new Entries(c, chosen.file);
  const name = options.name ?? c.metadata.name;
  const spec = c.spec;
  const a = spec.analysis;
  const svc = spec.service;
  const meaning: string[] = [];
  const added: AddedSetting[] = [];

  e.mapped('metadata.name', `the application ${name} (src/config/apps/${name}.ts)`, name !== c.metadata.name ? 'named by --name' : undefined);
  if (c.metadata.namespace !== undefined) e.changed('metadata.namespace', 'each environment\'s overrides.namespace', 'every environment states its own namespace (see below); the Services\' DNS names change with it');

  // the targets: a Deployment (its container) and an HPA (its scaling)
  const target = spec.targetRef;
  if (target.kind !== 'Deployment') {
    e.refused('spec.targetRef', target.kind === 'DaemonSet' ? 'Argo Rollouts replaces Deployments, not DaemonSets' : 'a Service target (Flagger\'s Service-to-Service canary): gridops generates the workload', `kind ${target.kind}`);
  }
  const dep = target.kind === 'Deployment' ? findReferenced(input, c, 'Deployment', target.name) : undefined;
  if (target.kind === 'Deployment' && !dep) throw new ConfigError(`${where}: spec.targetRef Deployment ${target.name} is not in the input: give its YAML too (e.g. helm template of the chart)`);
  const auto = spec.autoscalerRef as Record<string, any> | undefined;
  if (auto && auto.kind !== 'HorizontalPodAutoscaler') e.refused('spec.autoscalerRef', 'a KEDA ScaledObject: gridops generates a HorizontalPodAutoscaler on CPU', `kind ${auto.kind}`);
  const hpa = auto?.kind === 'HorizontalPodAutoscaler' ? findReferenced(input, c, 'HorizontalPodAutoscaler', auto.name) : undefined;
  if (auto?.kind === 'HorizontalPodAutoscaler' && !hpa) throw new ConfigError(`${where}: spec.autoscalerRef HorizontalPodAutoscaler ${auto.name} is not in the input: give its YAML too (e.g. helm template of the chart)`);

  // the Services and the protocol
  const grpc = svc.portName === 'grpc' || ['grpc', 'h2c', 'kubernetes.io/h2c'].includes(svc.appProtocol);
  const targetPort: number | string = svc.targetPort ?? svc.port;
  const workload = dep ? mapDeployment(input, dep, { targetPort, grpc }, hpa !== undefined, name) : undefined;
  if (target.kind === 'Deployment') e.mapped('spec.targetRef', `the Rollout ${name}: Deployment ${target.name}'s container (below)`);
  const container = workload?.draft.container;
  const servicePort = container?.protocol === 'grpc' ? container.port : 80;
  const serviceName = svc.name ?? target.name;
  if (svc.name !== undefined) {
    if (svc.name === name) e.mapped('spec.service.name', `the Service ${name} (every pod), ${name}-stable and ${name}-canary`);
    else e.changed('spec.service.name', `the Service ${name}`, `clients that called ${svc.name} call ${name} (every pod; the Rollout's are ${name}-stable and ${name}-canary)`);
  }
  if (svc.port === servicePort) e.mapped('spec.service.port', `the Services' port ${servicePort}`);
  else e.changed('spec.service.port', `the Services' port ${servicePort}`, `gridops' ${container?.protocol === 'grpc' ? 'gRPC Services listen on the container port' : 'HTTP Services listen on port 80'}: clients that called port ${svc.port} call ${servicePort}`);
  if (svc.portName !== undefined) e.mapped('spec.service.portName', `container.protocol: ${grpc ? 'ServiceProtocol.grpc()' : 'ServiceProtocol.http()'} (port ${grpc ? 'grpc' : 'http'})`);
  if (svc.appProtocol !== undefined) {
    if (grpc || svc.appProtocol === 'http') e.mapped('spec.service.appProtocol', `container.protocol: ${grpc ? 'ServiceProtocol.grpc() (appProtocol kubernetes.io/h2c)' : 'ServiceProtocol.http()'}`);
    else e.changed('spec.service.appProtocol', 'container.protocol: ServiceProtocol.http()', `gridops serves HTTP or gRPC: ${show(svc.appProtocol)} is not kept`);
  }
  if (svc.targetPort !== undefined && container) e.mapped('spec.service.targetPort', `container.port: ${container.port}`);

  // routes: a catch-all match and its identity rewrite mean what gridops' routes do
  const catchAll = (m: unknown) => Array.isArray(m) && m.length === 1 && JSON.stringify(m[0]) === JSON.stringify({ uri: { prefix: '/' } });
  if (svc.match !== undefined) {
    if (catchAll(svc.match)) e.mapped('spec.service.match', 'every request (gridops\' routes match every path)');
    else e.refused('spec.service.match', 'routes that match only some requests: gridops\' routes send every request of the host to the application; remove it and migrate again');
  }
  if (svc.rewrite !== undefined) {
    if (JSON.stringify(svc.rewrite) === JSON.stringify({ uri: '/' }) && (svc.match === undefined || catchAll(svc.match))) e.mapped('spec.service.rewrite', 'no rewrite (it rewrote / to /)');
    else e.refused('spec.service.rewrite', 'URI or authority rewriting: gridops\' routes pass requests unchanged; remove it and migrate again');
  }

  // traffic: the provider decides the router
  const provider: string | undefined = spec.provider;
  let traffic: TrafficDraft = { mode: 'replica-weighted' };
  let host: string | undefined;
  let terminatesTls = false;
  const ingressObjects: InputObject[] = [];
  const hosts: string[] = Array.isArray(svc.hosts) ? svc.hosts : [];
  const ignoreHosts = (why: string) => {
    if (svc.hosts !== undefined) e.dropped('spec.service.hosts', why);
    if (svc.gateways !== undefined) e.dropped('spec.service.gateways', why);
    if (svc.gatewayRefs !== undefined) e.dropped('spec.service.gatewayRefs', why);
  };
  const meshLabel = provider === undefined ? undefined : MESHES[provider];
  if (provider === undefined || meshLabel) {
    const mesh = meshLabel ?? 'the mesh';
    const how = `no traffic router: the canary's share of the traffic follows its pod counts (Service ${name} reaches every pod)`;
    if (provider === undefined) e.changed('spec.provider', `a replica-weighted canary (${how})`, 'not set: Flagger used its controller\'s -mesh-provider (istio unless set otherwise), which set each weight exactly; see the traffic shares below');
    else e.changed('spec.provider', `a replica-weighted canary (${how})`, `${mesh} set each step's weight exactly; here the shares follow the pod counts, see below`);
    const publicGateways: string[] = (Array.isArray(svc.gateways) ? svc.gateways : []).filter((g: string) => g !== 'mesh');
    if ((provider === undefined || provider === 'istio') && publicGateways.length > 0 && hosts.length > 0) {
      host = hosts[0];
      terminatesTls = true;
      e.changed('spec.service.gateways', 'Traffic.agic(): an AGIC Ingress (the platform\'s default)', `the Istio Gateway ${publicGateways.join(', ')} is not used: Application Gateway serves the host, replica-weighted, and terminates TLS with a Key Vault certificate (placeholders to fill in)`);
      e.changed('spec.service.hosts', `ingress.host: ${host}${hosts.length > 1 ? ` (not ${hosts.slice(1).join(', ')})` : ''}`, hosts.length > 1 ? 'gridops serves one host per environment' : 'served by the AGIC Ingress');
      if (svc.gatewayRefs !== undefined) e.dropped('spec.service.gatewayRefs', 'a Gateway API reference, not read with this provider');
    } else ignoreHosts(`in-mesh routing of ${mesh}: the application is not exposed; in-cluster clients reach Service ${name}`);
  } else if (provider === 'nginx') {
    const ref = spec.ingressRef as { kind: string; name: string } | undefined;
    if (!ref) e.refused('spec.provider', 'Flagger\'s NGINX canary needs spec.ingressRef: give it and the Ingress, and migrate again', 'nginx');
    else {
      const ing = findReferenced(input, c, 'Ingress', ref.name);
      if (!ing) throw new ConfigError(`${where}: spec.ingressRef Ingress ${ref.name} is not in the input: give its YAML too (e.g. helm template of the chart)`);
      ingressObjects.push(ing);
      const ie = new Entries(ing.object, ing.file);
      const ispec = (ing.object.spec ?? {}) as Record<string, any>;
      const rules: Record<string, any>[] = Array.isArray(ispec.rules) ? ispec.rules : [];
      const ruleHost = rules.find((r) => typeof r.host === 'string')?.host as string | undefined;
      const className: string | undefined = ispec.ingressClassName ?? (ing.object.metadata.annotations as Record<string, string> | undefined)?.['kubernetes.io/ingress.class'];
      if (!ruleHost) ie.refused('spec.rules', 'no host: gridops\' NGINX Ingress serves the environment\'s ingress.host; give the rule a host');
      else {
        host = ruleHost;
        terminatesTls = true;
        traffic = { mode: 'nginx', ...(className && className !== 'nginx' ? { ingressClassName: className } : {}) };
        try {
          Traffic.nginx({ ingressClassName: className });
        } catch (err) {
          if (!(err instanceof ValueError)) throw err;
          ie.refused('spec.ingressClassName', err.message);
        }
        rules.forEach((r, i) => {
          if (i === rules.indexOf(rules.find((x) => x.host === ruleHost)!)) {
            ie.mapped(`spec.rules[${i}].host`, `ingress.host: ${ruleHost}`);
            const paths: Record<string, any>[] = r.http?.paths ?? [];
            paths.forEach((p, j) => {
              if (p.path === undefined || p.path === '/') ie.mapped(`spec.rules[${i}].http.paths[${j}]`, `every path of ${ruleHost} to the stable Service ${name}-stable`);
              else ie.changed(`spec.rules[${i}].http.paths[${j}]`, `every path of ${ruleHost}`, `gridops' Ingress sends every path to the application, not only ${show(p.path)}`);
            });
          } else ie.dropped(`spec.rules[${i}]`, 'gridops serves one host per environment');
        });
      }
      ie.mapped('metadata.name', `the NGINX Ingress ${name} (its canary Ingress is the Argo Rollouts controller's)`);
      for (const k of Object.keys(ing.object.metadata)) if (k !== 'name') ie.dropped(`metadata.${k}`, k === 'annotations' ? 'NGINX annotations of the old Ingress: gridops writes its own (Argo Rollouts adds the canary weight)' : k === 'namespace' ? 'every environment states its own namespace' : 'not used by gridops');
      for (const k of Object.keys(ispec)) {
        if (k === 'rules') continue;
        if (k === 'ingressClassName') ie.mapped('spec.ingressClassName', `Traffic.nginx(${className && className !== 'nginx' ? `{ ingressClassName: ${show(className)} }` : ''})`);
        else if (k === 'tls') ie.changed('spec.tls', `the Key Vault certificate ${name}-tls`, 'the Ingress terminates TLS with a certificate synced from Key Vault (placeholders to fill in), not the Secret named here');
        else ie.dropped(`spec.${k}`, 'gridops generates the Ingress\'s spec itself');
      }
      entriesOf.set(ing, ie);
      e.mapped('spec.provider', `Traffic.nginx(): an NGINX Ingress, exact weights (Argo Rollouts' NGINX router)`);
      e.mapped('spec.ingressRef', `the Ingress ${name} on ${ruleHost ?? '?'}`);
    }
    ignoreHosts('not read with the NGINX provider: the Ingress names the host');
  } else if (provider === 'gatewayapi:v1' || provider === 'gatewayapi:v1beta1') {
    const refs: Record<string, any>[] = Array.isArray(svc.gatewayRefs) ? svc.gatewayRefs : [];
    const ref = refs[0];
    if (!ref) e.refused('spec.provider', 'the Gateway API provider needs spec.service.gatewayRefs: name the Gateway, and migrate again', provider);
    else if (hosts.length === 0) e.refused('spec.service.gatewayRefs', 'a Gateway API route needs a host: give spec.service.hosts, and migrate again');
    else {
      const namespace: string | undefined = ref.namespace ?? c.metadata.namespace;
      if ((ref.group !== undefined && ref.group !== 'gateway.networking.k8s.io') || (ref.kind !== undefined && ref.kind !== 'Gateway')) {
        e.refused('spec.service.gatewayRefs[0]', `a parent other than a Gateway (${ref.group ?? 'gateway.networking.k8s.io'}/${ref.kind ?? 'Gateway'}): gridops' HTTPRoute attaches to a Gateway`);
      } else if (!namespace) {
        e.refused('spec.service.gatewayRefs[0]', 'no namespace, and the Canary has none: gridops\' HTTPRoute lives in each environment\'s namespace, so the Gateway\'s must be stated');
      } else {
        const gateway: GatewayReference = { name: ref.name, namespace, ...(ref.sectionName !== undefined ? { sectionName: ref.sectionName } : {}) };
        try {
          Traffic.gatewayApi({ gateway });
          traffic = { mode: 'gateway-api', gateway };
          host = hosts[0];
          e.mapped('spec.provider', `Traffic.gatewayApi(): an HTTPRoute, exact weights (the Argo Rollouts Gateway API plugin)${provider.endsWith('v1beta1') ? ' — gateway.networking.k8s.io/v1 routes' : ''}`);
          e.mapped('spec.service.gatewayRefs[0]', `Traffic.gatewayApi({ gateway: { name: ${show(gateway.name)}, namespace: ${show(namespace)}${gateway.sectionName ? `, sectionName: ${show(gateway.sectionName)}` : ''} } })`, ref.namespace === undefined ? 'the Canary\'s namespace, where Flagger looked for it; the Gateway must admit routes from the new namespaces' : undefined);
          refs.slice(1).forEach((_, i) => e.dropped(`spec.service.gatewayRefs[${i + 1}]`, 'gridops attaches the route to one Gateway'));
          e.mapped('spec.service.hosts', `ingress.host: ${host}${hosts.length > 1 ? ` (not ${hosts.slice(1).join(', ')})` : ''}`, hosts.length > 1 ? 'gridops serves one host per environment' : undefined);
        } catch (err) {
          if (!(err instanceof ValueError)) throw err;
          e.refused('spec.service.gatewayRefs[0]', err.message);
        }
      }
    }
    if (svc.gateways !== undefined) e.dropped('spec.service.gateways', 'Istio gateways, not read with the Gateway API provider');
  } else {
    const label = ROUTERS[provider];
    e.refused(
      'spec.provider',
      provider === 'kubernetes'
        ? 'Flagger runs a blue/green (no traffic shifting) with the kubernetes provider: gridops generates canaries; remove it (a replica-weighted canary) or choose nginx or gatewayapi:v1, and migrate again'
        : provider === 'knative'
          ? 'Knative Services are not Deployments: gridops generates a Rollout'
          : `${label ?? provider} routed the public traffic: gridops routes it with AGIC (replica-weighted), NGINX or the Gateway API; choose nginx or gatewayapi:v1 (or remove it for a replica-weighted canary) and migrate again`,
      provider,
    );
    ignoreHosts(`not read with the ${provider} provider`);
  }
  if (spec.ingressRef !== undefined && provider !== 'nginx') e.dropped('spec.ingressRef', 'Flagger reads it with the NGINX provider only');

  // the steps: Flagger's weights, each held one interval, then promotion (setWeight 100)
  if (a.iterations !== undefined) {
    if (a.match !== undefined) e.refused('spec.analysis.iterations', 'an A/B test (iterations with match): all traffic matching headers or cookies goes to the canary; gridops generates weighted canaries only (no setHeaderRoute)', 'A/B test');
    else e.refused('spec.analysis.iterations', 'a blue/green (iterations alone): the canary gets no traffic until it is promoted whole; gridops generates weighted canaries only (no blueGreen strategy)', 'blue/green');
  }
  if (a.match !== undefined) e.refused('spec.analysis.match', 'routing by headers or cookies to the canary: gridops generates no header routes (setHeaderRoute)');
  const intervalSeconds = goSeconds(a.interval);
  if (intervalSeconds === undefined) e.refused('spec.analysis.interval', `${show(a.interval)} is not a whole number of seconds`);
  const interval = durationText(intervalSeconds ?? 60);
  let weights: number[] = [];
  if (a.iterations === undefined) {
    const stepWeights: unknown[] | undefined = a.stepWeights;
    const bad = (w: unknown) => typeof w !== 'number' || !Number.isInteger(w) || w < 1 || w > 100;
    if (stepWeights !== undefined) {
      if (stepWeights.some(bad)) e.refused('spec.analysis.stepWeights', `${show(stepWeights)}: every weight must be a whole percentage from 1 to 100`);
      else if (stepWeights.some((w, i) => i > 0 && (w as number) <= (stepWeights[i - 1] as number))) e.refused('spec.analysis.stepWeights', `${show(stepWeights)} must increase`);
      if (a.maxWeight !== undefined) e.dropped('spec.analysis.maxWeight', 'Flagger ignores it with stepWeights (the last step weight is the maximum)');
    } else {
      if (bad(a.stepWeight)) e.refused('spec.analysis.stepWeight', `${show(a.stepWeight)} must be a whole percentage from 1 to 100`);
      if (a.maxWeight !== undefined && bad(a.maxWeight)) e.refused('spec.analysis.maxWeight', `${show(a.maxWeight)} must be a whole percentage from 1 to 100`);
    }
    if (!e.list.some((x) => x.level === 'refused' && /^spec\.analysis\.(stepWeights?|maxWeight)$/.test(x.field))) {
      const flagger = flaggerWeights(a);
      weights = flagger[flagger.length - 1] === 100 ? flagger : [...flagger, 100];
      if (weights.length < 2) e.refused(stepWeights ? 'spec.analysis.stepWeights' : 'spec.analysis.stepWeight', 'the first step already sends all traffic to the canary: gridops\' last weight is the promotion, so there would be no canary step to judge');
      const became = `canary.weights: [${weights.join(', ')}]`;
      const to100 = flagger[flagger.length - 1] === 100 ? ' Flagger held 100% for one interval before promoting; here 100% is the promotion itself.' : '';
      const note = `Flagger's weights ${flagger.join(', ')}, then promotion (100)${to100 ? `.${to100}` : ''}`;
      if (stepWeights) e.mapped('spec.analysis.stepWeights', became, note);
      else {
        e.mapped('spec.analysis.stepWeight', became, note);
        if (a.maxWeight !== undefined) e.mapped('spec.analysis.maxWeight', `the last weight before 100: ${flagger[flagger.length - 1]}`);
      }
    }
  }

  // the threshold: failed checks until rollback
  const threshold = a.threshold;
  const thresholdOk = Number.isInteger(threshold) && threshold >= 1;
  if (!thresholdOk) e.refused('spec.analysis.threshold', `${show(threshold)} must be a whole number of failed checks, at least 1`);
  const abortOnFailure = thresholdOk ? (threshold as number) : 1;

  // the metrics
  let successRate: number | undefined;
  let latency: number | undefined;
  const windows: { field: string; seconds: number; metric: string }[] = [];
  const seen = new Set<string>();
  (Array.isArray(a.metrics) ? a.metrics : []).forEach((m: Record<string, any>, i: number) => {
    const f = `spec.analysis.metrics[${i}]`;
    if (m.templateRef !== undefined) return e.refused(f, `a custom MetricTemplate (${m.templateRef.name}): gridops' analysis judges success rate, p99 latency and error rate of the application's own metrics only; remove it and migrate again`, `metric ${m.name}`);
    if (m.query !== undefined) return e.refused(f, 'an inline PromQL query: gridops\' analysis judges success rate, p99 latency and error rate of the application\'s own metrics only; remove it and migrate again', `metric ${m.name}`);
    if (m.name !== 'request-success-rate' && m.name !== 'request-duration') return e.dropped(f, `${show(m.name)} is neither built in nor a template or query: Flagger ignored it`);
    if (seen.has(m.name)) return e.refused(f, `${m.name} a second time: keep one, and migrate again`, `metric ${m.name}`);
    seen.add(m.name);
    if (m.templateVariables !== undefined) e.dropped(`${f}.templateVariables`, 'variables of a MetricTemplate: a built-in metric has none');
    e.mapped(`${f}.name`, m.name === 'request-success-rate' ? 'the analysis\' success-rate and error-rate metrics' : 'the analysis\' latency-p99 metric');
    const range = (m.thresholdRange ?? {}) as { min?: number; max?: number };
    const useRange = m.thresholdRange !== undefined;
    if (useRange && m.threshold !== undefined) e.dropped(`${f}.threshold`, 'Flagger ignores it when thresholdRange is set');
    if (m.name === 'request-success-rate') {
      if (range.max !== undefined) e.refused(`${f}.thresholdRange.max`, 'an upper bound on the success rate: gridops checks a minimum');
      const min = useRange ? range.min : m.threshold;
      const field = useRange ? `${f}.thresholdRange.min` : `${f}.threshold`;
      if (typeof min === 'number' && min > 0 && min <= 100) {
        successRate = min;
        e.changed(field, `analysis.successRateMin: ${round(min / 100)} and analysis.errorRateMax: ${round(1 - min / 100)}`, `${min}% is the ratio ${round(min / 100)}. Flagger's success rate counts every response but 5xx as a success: errorRateMax (the 5xx share) ${round(1 - min / 100)} is exactly its check; successRateMin counts 2xx and 3xx only, so 4xx responses now count against the canary too`);
      } else if (min !== undefined) e.refused(field, `${show(min)} must be a percentage above 0 and at most 100`);
      else if (!useRange || range.max === undefined) e.changed(f, 'analysis.successRateMin: 0.99 and analysis.errorRateMax: 0.01', 'no threshold: Flagger\'s check never failed; gridops always checks success and error rates (new app\'s defaults)');
    } else {
      if (range.min !== undefined) e.refused(`${f}.thresholdRange.min`, 'a lower bound on the request duration: gridops checks a maximum');
      const max = useRange ? range.max : m.threshold;
      const field = useRange ? `${f}.thresholdRange.max` : `${f}.threshold`;
      if (typeof max === 'number' && max > 0) {
        latency = max;
        e.changed(field, `analysis.latencyP99MaxMs: ${max}`, `${durationAggregate(provider)} of ${max} ms${durationAggregate(provider) === 'an average' ? ' became a P99: the slowest 1% now decide' : ''}; gridops reads the application's histogram in seconds (http_request_duration_seconds) and compares its p99 × 1000 with ${max}`);
      } else if (max !== undefined) e.refused(field, `${show(max)} must be a number of milliseconds above 0`);
      else if (!useRange || range.min === undefined) e.changed(f, 'analysis.latencyP99MaxMs: 500', 'no threshold: Flagger\'s check never failed; gridops always checks the p99 latency (new app\'s default)');
    }
    const window = m.interval === undefined ? 60 : goSeconds(m.interval);
    if (window === undefined) e.refused(`${f}.interval`, `${show(m.interval)} is not a whole number of seconds`);
    else {
      windows.push({ field: `${f}.interval`, seconds: window, metric: m.name });
      if (m.interval === undefined) added.push({ setting: `${m.name} over 1m`, why: `${f} sets no interval: Flagger's default range, 1m` });
    }
  });
  if (!seen.has('request-success-rate')) added.push({ setting: 'analysis.successRateMin: 0.99, analysis.errorRateMax: 0.01', why: 'the Canary checks no request-success-rate: gridops always checks success and error rates (new app\'s defaults): stricter than Flagger' });
  if (!seen.has('request-duration')) added.push({ setting: 'analysis.latencyP99MaxMs: 500', why: 'the Canary checks no request-duration: gridops always checks the p99 latency (new app\'s default): stricter than Flagger' });

  // the range window and the scrapes it needs
  const longest = windows.reduce((m, w) => Math.max(m, w.seconds), 0) || 60;
  const scrape = [30, 15, 10, 5].find((s) => MIN_RATE_WINDOW_SCRAPES * s <= longest) ?? 5;
  const rateWindowSeconds = Math.max(longest, MIN_RATE_WINDOW_SCRAPES * scrape);
  const rateWindow = durationText(rateWindowSeconds);
  for (const w of windows) {
    if (w.seconds === rateWindowSeconds) e.mapped(w.field, `analysis.rateWindow: ${show(rateWindow)}`, 'the PromQL range of every query');
    else e.changed(w.field, `analysis.rateWindow: ${show(rateWindow)}`, `one range for every query: ${w.metric} was measured over ${durationText(w.seconds)}${w.seconds < rateWindowSeconds ? ', now over the longer window' : ''}${rateWindowSeconds > longest ? ` (at least ${MIN_RATE_WINDOW_SCRAPES} scrapes of ${scrape}s)` : ''}`);
  }
  if (windows.length === 0) added.push({ setting: `analysis.rateWindow: ${show(rateWindow)}`, why: 'no built-in metric: Flagger\'s default metric interval, 1m' });
  const scrapeInterval = durationText(scrape);
  added.push({ setting: `analysis.scrapeInterval: ${show(scrapeInterval)}`, why: `the PodMonitor scrapes every ${scrapeInterval}: the ${rateWindow} window spans ${MIN_RATE_WINDOW_SCRAPES} scrapes (rate() needs two samples, and survives a missed scrape)` });

  // webhooks
  (Array.isArray(a.webhooks) ? a.webhooks : []).forEach((w: Record<string, any>, i: number) => {
    const f = `spec.analysis.webhooks[${i}]`;
    const type: string = w.type || 'rollout';
    const md = (w.metadata ?? {}) as Record<string, string>;
    if (type === 'rollout' && typeof md.cmd === 'string' && (md.type === undefined || md.type === 'cmd')) {
      e.dropped(f, `a load generator (${show(w.name)}: the flagger-loadtester runs a cmd task in the background and answers 202 at once, so it never failed a check): gridops generates no load; the canary is judged on the traffic it really gets, and without traffic every measurement is Inconclusive and the rollout pauses`);
    } else if (type === 'event') {
      e.changed(f, 'Argo CD notifications', 'Flagger posted every event to this URL; each environment\'s Argo CD Application notifies its slackChannel instead');
    } else e.refused(f, WEBHOOK_REASONS[type] ?? 'no equivalent webhook', `type ${type}`);
  });
  // (a threshold refused above has no figures to state)
  if (thresholdOk) e.mapped('spec.analysis.threshold', `analysis.abortOnFailure: ${abortOnFailure} (the AnalysisTemplate's failureLimit: ${abortOnFailure - 1})`, `Flagger rolls back when failed checks ≥ ${abortOnFailure}; Argo Rollouts fails a metric when its failed measurements > failureLimit: failureLimit = threshold − 1`);

  // the workload's scaling
  const primary = auto?.primaryScalerReplicas as { minReplicas?: number; maxReplicas?: number } | undefined;
  const scaled = hpa ? mapAutoscaler(hpa, name, primary) : undefined;
  if (auto?.kind === 'HorizontalPodAutoscaler') {
    e.mapped('spec.autoscalerRef.apiVersion', 'the HorizontalPodAutoscaler (autoscaling/v2) on the Rollout');
    e.mapped('spec.autoscalerRef.kind', 'the HorizontalPodAutoscaler (autoscaling/v2) on the Rollout');
    e.mapped('spec.autoscalerRef.name', `the HorizontalPodAutoscaler ${name}: HPA ${auto.name}'s bounds and CPU target (below)`);
    if (primary) e.changed('spec.autoscalerRef.primaryScalerReplicas', `scaling: ${scaled?.scaling.minReplicas}-${scaled?.scaling.maxReplicas} pods`, 'the primary\'s bounds are the steady state\'s: one HPA scales the Rollout, stable and canary alike');
    if (auto.primaryScalerQueries !== undefined) e.refused('spec.autoscalerRef.primaryScalerQueries', 'KEDA queries of the primary: gridops\' HPA scales on CPU');
  }
  const replicas = workload?.replicas ?? 1;
  const scaling = scaled?.scaling ?? { minReplicas: Math.max(2, replicas), maxReplicas: Math.max(2, replicas), targetCpuUtilization: 80, maxUnavailable: 1 };
  if (!hpa && workload) {
    added.push({ setting: `scaling: { minReplicas: ${scaling.minReplicas}, maxReplicas: ${scaling.maxReplicas}, targetCpuUtilization: 80 }`, why: `no autoscalerRef: gridops always generates an HPA; it keeps the Deployment's ${replicas} replica${replicas === 1 ? '' : 's'}${replicas < 2 ? ' (at least 2: a single pod cannot keep a disruption budget)' : ''}` });
    if (dep && (dep.object.spec as Record<string, unknown>).replicas !== undefined) workload.entries.changed('spec.replicas', `scaling.minReplicas and maxReplicas: ${scaling.minReplicas}`, 'an HPA with equal bounds holds the count: the Rollout sets no spec.replicas');
  }
  added.push({ setting: 'scaling.maxUnavailable: 1', why: 'the PodDisruptionBudget gridops generates lets one pod be evicted at a time' });

  // the progress deadline
  const deadline = spec.progressDeadlineSeconds;
  let progressDeadline: string | undefined;
  if (deadline !== undefined) {
    if (Number.isInteger(deadline) && deadline > 0) {
      progressDeadline = durationText(deadline);
      e.mapped('spec.progressDeadlineSeconds', `canary.progressDeadline: ${show(progressDeadline)} (the Rollout's progressDeadlineSeconds, with progressDeadlineAbort)`, 'a step whose pods make no progress for that long aborts the Rollout; the deadline is not counted during a pause');
    } else e.refused('spec.progressDeadlineSeconds', `${show(deadline)} must be a whole number of seconds above 0`);
  }

  // the pauses: each weight held one interval; the last long enough for the threshold-th failure to come first
  const pauseSeconds = weights.slice(0, -1).map(() => intervalSeconds ?? 60);
  const timing = AnalysisTiming.of({ interval, scrapeInterval, rateWindow });
  const decided = timing.measurementAt(abortOnFailure - 1);
  const total = pauseSeconds.reduce((s, p) => s + p, 0);
  let lengthened: { from: number; to: number } | undefined;
  if (pauseSeconds.length > 0 && decided >= total && intervalSeconds !== undefined) {
    const others = total - pauseSeconds[pauseSeconds.length - 1];
    const last = intervalSeconds * (Math.floor((decided - others) / intervalSeconds) + 1);
    lengthened = { from: pauseSeconds[pauseSeconds.length - 1], to: last };
    pauseSeconds[pauseSeconds.length - 1] = last;
  }
  const pauses = pauseSeconds.map(durationText);
  if (intervalSeconds !== undefined) {
    e.changed(
      'spec.analysis.interval',
      `canary.pauses: [${pauses.map((p) => show(p)).join(', ')}] and analysis.interval: ${show(interval)}`,
      `Flagger held each weight one interval and checked once per interval; here each weight is held ${interval} and the analysis measures every ${interval} on its own clock, from ${timing.initialDelay} after the first weight's pods are Ready${
        lengthened
          ? `; the pause at ${weights[weights.length - 2]}% is ${durationText(lengthened.to)}, not ${durationText(lengthened.from)}, so that a canary failing from its first measurement reaches failed measurement ${abortOnFailure} (at ${Duration.seconds(decided).toGo()}) before promotion; one whose failures start later can be promoted with fewer (see What changes in meaning)`
          : ''
      }`,
    );
  }

  // the traffic shares of the weights, at the HPA's minimum
  const surge = workload?.draft.maxSurge ?? '25%';
  const surgePods = Surge.parse(surge).podsOf(scaling.minReplicas);
  const splits: ReplicaSplit[] = weights.map((w) => replicaSplit(scaling.minReplicas, w, surgePods));
  const routed = traffic.mode !== 'replica-weighted';
  const gap = routed ? 0 : Math.max(0, ...splits.map((s) => Math.abs(s.effective - s.weight)));
  const shares = splits.map((s) => `${s.weight}%→${s.effective}% (${s.canary}+${s.stable})`).join(', ');
  // canary.trafficShareTolerance is left at its default (5): synth warns about every step further off than that
  added.push({
    setting: 'canary.trafficShareTolerance: 5',
    why: routed
      ? 'a traffic router sets each weight exactly: the tolerance never applies (the default)'
      : `the default, not widened to fit the shares (up to ${Math.round(gap * 10) / 10} points off with ${scaling.minReplicas} pods): synth warns about every step more than 5 points off its weight`,
  });
  if (!routed) {
    e.warn(
      'spec.provider',
      `${provider === undefined ? "not set: the controller's -mesh-provider (istio unless set otherwise)" : `${show(provider)}: ${meshLabel ?? provider}`} set each weight exactly; replica-weighted, with ${scaling.minReplicas} pods (the HPA's minimum) the canary's share is ${shares}: up to ${Math.round(gap * 10) / 10} points off its weights; synth warns about every step more than 5 points off (canary.trafficShareTolerance is left at its default): raise scaling.minReplicas, or choose nginx or gatewayapi:v1 for exact weights`,
    );
  }

  // every field of the Canary is accounted for: the rules record the fields the mapping does not read
  walkCanary(c, e);
  const targetEntries = [workload?.entries, scaled?.entries, ...ingressObjects.map((o) => entriesOf.get(o))].filter((x): x is Entries => x !== undefined);
  const all = [...e.ordered(), ...targetEntries.flatMap((t) => t.ordered())];

  const refusals = all.filter((x) => x.level === 'refused');
  if (refusals.length > 0) {
    const r = refusals[0];
    const more = refusals.length > 1 ? ` (${refusals.length - 1} more field${refusals.length > 2 ? 's have' : ' has'} no equivalent: ${refusals.slice(1).map((x) => `${x.object === r.object ? '' : `${x.object} `}${x.field}`).join(', ')})` : '';
    throw new ConfigError(`${r.file}: ${r.object}: ${r.field}${r.qualifier ? ` (${r.qualifier})` : ''} has no equivalent: ${r.note}${more}`);
  }

  const draft: AppDraft = {
    name,
    image: workload!.draft.image,
    tag: workload!.draft.tag,
    ...(workload!.draft.digest ? { digest: workload!.draft.digest } : {}),
    container: workload!.draft.container,
    resources: workload!.draft.resources,
    settings: workload!.draft.settings,
    ...(host !== undefined ? { host } : {}),
    traffic,
    terminatesTls,
    scaling,
    canary: { weights, pauses, maxSurge: surge, ...(progressDeadline ? { progressDeadline } : {}) },
    analysis: {
      successRateMin: round((successRate ?? 99) / 100),
      latencyP99MaxMs: latency ?? 500,
      errorRateMax: round(1 - (successRate ?? 99) / 100),
      interval,
      abortOnFailure,
      scrapeInterval,
      rateWindow,
    },
  };
  if (host !== undefined && !HOSTNAME.test(host)) throw new ConfigError(`${where}: the host ${show(host)} is not a lowercase DNS name with a dot: gridops serves one such host per environment`);

  const lastPauseEnds = pauseSeconds.reduce((s, p) => s + p, 0);
  meaning.push(...changesOfMeaning({ draft, provider, threshold: abortOnFailure, timing, lengthened, shares, routed, serviceName, decided, lastPauseEnds, windows }));
  const used = new Map<InputObject, string>([[chosen, `migrated: the application ${name}`]]);
  if (dep) used.set(dep, `the Rollout ${name}'s container (spec.targetRef)`);
  if (hpa) used.set(hpa, `the HorizontalPodAutoscaler ${name}'s bounds and CPU target (spec.autoscalerRef)`);
  for (const o of ingressObjects) used.set(o, `the host and IngressClass (spec.ingressRef)`);
  for (const o of workload?.configMaps ?? []) used.set(o, 'its keys became settings (read with envFrom)');
  const objects = input.map((o) => ({ file: o.file, object: `${o.object.kind} ${o.object.metadata.name}`, use: used.get(o) ?? unusedReason(o.object, dep?.object) }));
  const warnings = [e, ...targetEntries].flatMap((x) => x.warnings);
  return { canary: chosen, draft, entries: all, added, meaning, objects, warnings };
}

/** The Entries of the Ingress objects read during one migration. */
const entriesOf = new WeakMap<InputObject, Entries>();

/** Why an object of the input is not migrated. */
function unusedReason(o: K8sObject, deployment: K8sObject | undefined): string {
  const hook = (o.metadata.annotations as Record<string, string> | undefined)?.['helm.sh/hook'];
  if (hook) return `not migrated: a Helm hook (${hook})`;
  switch (o.kind) {
    case 'Canary':
      return `not migrated: another Canary (migrate it with --name ${o.metadata.name})`;
    case 'Service':
      return 'not migrated: gridops generates the Services <app> (every pod), <app>-stable and <app>-canary';
    case 'ConfigMap': {
      const volumes = ((deployment?.spec as Record<string, any> | undefined)?.template?.spec?.volumes ?? []) as Record<string, any>[];
      return volumes.some((v) => v.configMap?.name === o.metadata.name)
        ? 'not migrated: mounted as files by the Deployment (spec.template.spec.volumes), which gridops does not do: its settings are environment variables'
        : 'not migrated: no container reads it';
    }
    case 'PodDisruptionBudget':
      return 'not migrated: gridops generates a PodDisruptionBudget (maxUnavailable: scaling.maxUnavailable)';
    case 'ServiceAccount':
      return 'not migrated: gridops generates the application\'s ServiceAccount';
    case 'MetricTemplate':
    case 'AlertProvider':
      return `not migrated: a Flagger ${o.kind} the Canary does not use`;
    default:
      return 'not migrated: no gridops equivalent';
  }
}

/** Records, with the rules, every field of the Canary the mapping did not record; refuses those no rule knows. */
function walkCanary(c: K8sObject, e: Entries): void {
  for (const leaf of leafFields(c)) {
    if (leaf === 'apiVersion' || leaf === 'kind' || e.covers(leaf)) continue;
    const found = ruleOf(leaf);
    if (!found) {
      e.refused(leaf, 'a field this migration does not know (Flagger v1.44.0\'s Canary)');
      continue;
    }
    // the rule's field is the one it is written for (a parent of the leaf): record it once
    const field = fieldOfRule(leaf, found.key);
    if (found.rule === 'code') {
      // a field the mapping reads, in a form it did not record (a list it left empty): listed as read
      e.mapped(field, 'read by the migration (see the other fields)');
      continue;
    }
    found.rule(e, field, e.value(field));
  }
}

/** The prefix of `leaf` that `key` (its normalized form) names. */
function fieldOfRule(leaf: string, key: string): string {
  const segs = segmentsOf(leaf);
  for (let n = 1; n <= segs.length; n++) {
    const f = fieldOf(segs.slice(0, n));
    if (normalizedField(f) === key) return f;
  }
  return leaf;
}

/** The changes of meaning, in this Canary's figures. */
function changesOfMeaning(x: {
  draft: AppDraft;
  provider: string | undefined;
  threshold: number;
  timing: AnalysisTiming;
  lengthened?: { from: number; to: number };
  shares: string;
  routed: boolean;
  serviceName: string;
  decided: number;
  /** When the last pause ends, in seconds after the analysis starts (at the earliest: steps wait for their pods). */
  lastPauseEnds: number;
  windows: readonly { seconds: number; metric: string }[];
}): string[] {
  const { draft: d, threshold, timing } = x;
  // the measurements before the last pause ends, and the last one a canary's failures may start at to be aborted in time
  const before = Math.max(0, Math.ceil((x.lastPauseEnds - timing.initialDelaySeconds) / timing.intervalSeconds));
  const latestStart = before - threshold + 1;
  const interval = d.analysis.interval;
  const p = x.provider ?? 'istio (the controller\'s default)';
  return [
    `**threshold → failureLimit.** Flagger rolls back when its failed checks reach the threshold (failed ≥ ${threshold}); Argo Rollouts fails a metric when its failed measurements exceed failureLimit (failed > ${threshold - 1}). So analysis.abortOnFailure is ${threshold} and every metric of the AnalysisTemplate has failureLimit ${threshold - 1} = threshold − 1 (consecutiveErrorLimit too: ${threshold} Prometheus errors in a row abort).`,
    `**Per metric, not in aggregate.** Flagger counts one failed check per interval, whichever metric or webhook failed, all together; Argo Rollouts counts each metric on its own (success-rate, error-rate, latency-p99). A canary failing one metric is aborted at the same failed measurement; one failing different metrics at different times is aborted later than Flagger would have rolled it back (at worst after ${threshold} failures of one metric).`,
    `**A failed check no longer holds the weight.** Flagger holds the weight while checks fail (it advances only after a passing check, so it never promotes on a failed check); the background analysis of Argo Rollouts does not stop the steps, which advance on their pauses whatever the measurements say, and the canary is promoted when the last pause ends unless failed measurement ${threshold} of one metric, counted from the analysis' start, has aborted it before then. The last pause ends ${Duration.seconds(x.lastPauseEnds).toGo()} after the analysis starts (later when pods are slow to become ready)${
      x.lengthened ? `: the pause before 100% is ${Duration.seconds(x.lengthened.to).toString()} instead of ${Duration.seconds(x.lengthened.from).toString()} for that` : ''
    }; with a measurement every ${interval} from ${timing.initialDelay} on, ${before} measurement${before === 1 ? ' comes' : 's come'} before it. So a canary failing from its first measurement reaches failed measurement ${threshold} at ${Duration.seconds(x.decided).toGo()} and is aborted${
      latestStart > 1 ? `, and so is one whose failures start by measurement ${latestStart} and do not stop` : ''
    }; a canary whose failures start later (${latestStart >= 1 ? `from measurement ${latestStart + 1} on` : 'at any measurement'}: one that degrades during the rollout) can be promoted with fewer than ${threshold} failed measurements, where Flagger would have held its weight until the threshold rolled it back.`,
    `**interval is two settings.** Flagger's analysis.interval (${interval}) was both how long each weight was held and how often the metrics were checked; here canary.pauses hold each weight (${d.canary.pauses.join(', ')}) and analysis.interval (${interval}) spaces the measurements, which run on their own clock from the analysis' start (the first weight's pods Ready) after analysis.initialDelay (${timing.initialDelay}, two scrapes), not once per step.`,
    `**A metric's interval is its range window.** In Flagger a metric's interval is the PromQL range of its query; here analysis.rateWindow (${d.analysis.rateWindow}) is the range of every query${x.windows.some((w) => w.seconds !== timing.rateWindowSeconds) ? ' (one window for all: the longest)' : ''}, scraped every ${d.analysis.scrapeInterval}.`,
    d.container.protocol === 'grpc'
      ? `**Percentages become ratios.** Flagger's request-success-rate is a percentage (${Math.round(d.analysis.successRateMin * 1e4) / 100}) of every response but 5xx; analysis.errorRateMax (${d.analysis.errorRateMax}) is the share of the gRPC codes that mean the server failed, and analysis.successRateMin (${d.analysis.successRateMin}, the OK share) adds that every other code (InvalidArgument, NotFound, …) counts against the canary too.`
      : `**Percentages become ratios.** Flagger's request-success-rate is a percentage (${Math.round(d.analysis.successRateMin * 1e4) / 100}) of every response but 5xx; analysis.errorRateMax (${d.analysis.errorRateMax}, the 5xx share) is that check, and analysis.successRateMin (${d.analysis.successRateMin}, the 2xx/3xx share) adds that 4xx responses count against the canary.`,
    `**request-duration is a P99 in milliseconds here.** Flagger's request-duration is ${durationAggregate(x.provider)} for ${p}${durationAggregate(x.provider) === 'a P99' ? '' : ' (an average for NGINX and Skipper, a P99 for the others)'}, in milliseconds; analysis.latencyP99MaxMs (${d.analysis.latencyP99MaxMs}) is compared with the p99 of the application's histogram, which is in seconds (× 1000).`,
    `**Missing data pauses instead of failing.** Flagger halts the weight and counts a failed check when a query returns no values (no traffic, no data); Argo Rollouts makes a result[0] condition on an empty result an Error. gridops guards every condition (len(result) > 0), so no traffic or no data is Inconclusive: the rollout pauses for a human (kubectl argo rollouts promote or abort) at the first such measurement, and is neither rolled back nor promoted on its own.`,
    `**The metrics are the application's own.** Flagger read ${x.provider === 'nginx' ? 'the NGINX ingress controller\'s' : `the ${p} telemetry's`} series; gridops reads ${d.container.protocol === 'grpc' ? 'grpc_server_handled_total{grpc_code} and grpc_server_handling_seconds_bucket (go-grpc-prometheus, its histogram enabled)' : 'http_requests_total{code} and http_request_duration_seconds_bucket'} of the canary's own pods, scraped by a PodMonitor on port ${d.container.metricsPort ?? d.container.port} (${d.container.metricsPath ?? '/metrics'}): the application must export them, with those names and labels (a request counter without the label ${d.container.protocol === 'grpc' ? 'grpc_code' : 'code'} makes every success-rate measurement fail).`,
    x.routed
      ? `**Exact weights.** ${d.traffic.mode === 'nginx' ? 'Argo Rollouts\' NGINX router' : 'The Argo Rollouts Gateway API plugin'} sets each step's weight exactly, as Flagger did; the canary runs ceil(weight × replicas) pods and the stable side stays fully scaled until promotion.`
      : `**Replica-weighted traffic.** Without a traffic router the canary's share follows the pod counts: with ${d.scaling.minReplicas} pods (the HPA's minimum) the weights give ${x.shares}. More pods come closer to the weights.`,
    `**Other Services.** Flagger's ${x.serviceName} (the primary's), ${x.serviceName}-primary and ${x.serviceName}-canary become ${d.name} (every pod, stable and canary), ${d.name}-stable and ${d.name}-canary, in each environment's own namespace.`,
  ];
}
