import { throwProblems } from '../errors';
import { IMAGE_TAGS_FILE, ImageTags } from '../image-tags';
import { ApplicationConfig, EnvironmentSettings, mergeSettings, ResolvedEnvironment } from './application';
import { promotionBeforeAbort } from './canary-timeline';
import { parseDuration } from './duration';
import { alertDurations, AnalysisTiming, MIN_RATE_WINDOW_SCRAPES } from './monitoring';
import { PlatformConfig } from './platform';
import { ServiceProtocol } from './service-protocol';
import { GatewayReference, Traffic } from './traffic';
import { DNS_LABEL, DNS_SUBDOMAIN, GUID, HOSTNAME, HTTPS_URL, isAppName, MAX_APP_NAME } from './names';

const ENV_VAR = /^[A-Za-z_][A-Za-z0-9_]*$/;
const QUANTITY = /^\d+(\.\d+)?(m|Ki|Mi|Gi|Ti|k|M|G|T)?$/;
/** A Kubernetes label key: an optional DNS-subdomain prefix and a name of at most 63 characters. */
const LABEL_KEY = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
/** A Kubernetes label value: empty, or at most 63 alphanumerics, '-', '_', '.' starting and ending alphanumeric. */
const LABEL_VALUE = /^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$/;
/** Namespaces an application must not deploy to: the platform's and Kubernetes' own. */
const RESERVED_NAMESPACES = new Set(['argocd', 'argo-rollouts', 'kube-system', 'kube-public', 'kube-node-lease', 'default']);

const show = (v: unknown) => JSON.stringify(v);

/** Resolves and checks a whole platform; throws one ConfigError listing every problem. */
export function resolvePlatform(platform: PlatformConfig, tags: ImageTags): ResolvedEnvironment[] {
  const problems: string[] = [];
  const resolved: ResolvedEnvironment[] = [];
  if (!HTTPS_URL.test(platform.repoURL)) problems.push(`platform: repoURL ${show(platform.repoURL)} must be an https:// URL`);
  if (platform.applications.length === 0) problems.push('platform: applications is empty: nothing to generate');
  problems.push(...checkMonitoring(platform));
  const appNames = new Set<string>();
  for (const app of platform.applications) {
    if (appNames.has(app.name)) problems.push(`${app.name}: duplicate application name ${show(app.name)}`);
    appNames.add(app.name);
    problems.push(...checkApplication(app));
    problems.push(...checkSettings(`${app.name} (defaults)`, app, app.defaults));
    const envNames = new Set<string>();
    for (const env of app.environments) {
      const where = `${app.name}/${env.name}`;
      if (!DNS_LABEL.test(env.name)) problems.push(`${where}: environment name ${show(env.name)} must be a DNS label (lowercase letters, digits, '-')`);
      if (envNames.has(env.name)) problems.push(`${where}: duplicate environment name ${show(env.name)}`);
      envNames.add(env.name);
      if (!HTTPS_URL.test(env.cluster.server)) problems.push(`${where}: cluster.server ${show(env.cluster.server)} must be an https:// URL`);
      if (!DNS_LABEL.test(env.cluster.name)) problems.push(`${where}: cluster.name ${show(env.cluster.name)} must be a DNS label`);
      const settings = mergeSettings(app.defaults, env.overrides);
      problems.push(...checkSettings(where, app, settings));
      const tag = tags.get(app.name, env.name);
      if (tag === undefined) {
        problems.push(`${where}: no image tag: add '${app.name}: { ${env.name}: <tag> }' to ${IMAGE_TAGS_FILE}`);
      } else if (!env.tagPolicy.allows(tag)) {
        problems.push(`${where}: image tag ${show(tag)} in ${IMAGE_TAGS_FILE} breaks the ${env.name} tag policy: ${env.tagPolicy.rule}`);
      }
      resolved.push({ app, env, settings, tag: tag ?? '' });
    }
    if (app.environments.length === 0) problems.push(`${app.name}: environments is empty: an application needs at least one`);
  }
  for (const entry of tags.entries()) {
    const app = platform.applications.find((a) => a.name === entry.app);
    if (!app) problems.push(`${IMAGE_TAGS_FILE}: ${entry.app}.${entry.env}: no application ${show(entry.app)} is configured`);
    else if (!app.environments.some((e) => e.name === entry.env)) {
      problems.push(`${IMAGE_TAGS_FILE}: ${entry.app}.${entry.env}: application ${show(entry.app)} has no environment ${show(entry.env)}`);
    }
  }
  throwProblems(problems);
  return resolved;
}

function checkApplication(app: ApplicationConfig): string[] {
  const p: string[] = [];
  const w = app.name;
  if (!isAppName(app.name)) p.push(`${w}: name ${show(app.name)} must be a DNS label of at most ${MAX_APP_NAME} characters`);
  if (/@|:[^/]*$/.test(app.image)) p.push(`${w}: image ${show(app.image)} must be a repository without tag or digest (tags live in ${IMAGE_TAGS_FILE})`);
  const port = (field: string, v: number | undefined) => {
    if (v !== undefined && (!Number.isInteger(v) || v < 1 || v > 65535)) p.push(`${w}: container.${field} ${show(v)} must be a port number 1-65535`);
  };
  port('port', app.container.port);
  port('metricsPort', app.container.metricsPort);
  for (const f of ['readinessPath', 'livenessPath', 'startupPath', 'metricsPath'] as const) {
    const v = app.container[f];
    if (v !== undefined && !v.startsWith('/')) p.push(`${w}: container.${f} ${show(v)} must start with '/'`);
  }
  p.push(...checkProtocol(app));
  if (app.container.runAsUser !== undefined && (!Number.isInteger(app.container.runAsUser) || app.container.runAsUser < 1)) {
    p.push(`${w}: container.runAsUser ${show(app.container.runAsUser)} must be a non-root user id (1 or more)`);
  }
  const envs = new Set<string>();
  for (const s of app.secrets ?? []) {
    if (!ENV_VAR.test(s.env)) p.push(`${w}: secrets[${s.keyVaultObject}].env ${show(s.env)} must be an environment variable name`);
    if (envs.has(s.env)) p.push(`${w}: secrets: env ${show(s.env)} is used twice`);
    envs.add(s.env);
    if (!/^[0-9A-Za-z-]{1,127}$/.test(s.keyVaultObject)) p.push(`${w}: secrets keyVaultObject ${show(s.keyVaultObject)} is not a Key Vault object name`);
  }
  return p;
}

/** The container's protocol and what it requires: probe paths for http; none, and a separate metrics port, for grpc. */
function checkProtocol(app: ApplicationConfig): string[] {
  const w = app.name;
  const c = app.container;
  if (c.protocol !== undefined && !(c.protocol instanceof ServiceProtocol)) {
    return [`${w}: container.protocol ${show(c.protocol)} must be ServiceProtocol.http() or ServiceProtocol.grpc()`];
  }
  const protocol = ServiceProtocol.of(c.protocol);
  const p: string[] = [];
  if (protocol.probesByPath) {
    for (const f of ['readinessPath', 'livenessPath'] as const) {
      if (c[f] === undefined) p.push(`${w}: container.${f} is required for an http container (its probe GETs that path); none is set`);
    }
    return p;
  }
  for (const f of ['readinessPath', 'livenessPath', 'startupPath'] as const) {
    if (c[f] !== undefined) p.push(`${w}: container.${f} ${show(c[f])} is set, but a ${protocol.name} container is probed with the gRPC health checking protocol, not on a path: remove it`);
  }
  const why = `Prometheus scrapes /metrics over HTTP/1.1, not from the ${protocol.name} port`;
  if (c.metricsPort === undefined) p.push(`${w}: container.metricsPort is required for a ${protocol.name} container (a port other than container.port ${c.port}): ${why}`);
  else if (c.metricsPort === c.port) p.push(`${w}: container.metricsPort ${c.metricsPort} must differ from container.port for a ${protocol.name} container: ${why}`);
  return p;
}

function checkSettings(where: string, app: ApplicationConfig, s: EnvironmentSettings): string[] {
  const p: string[] = [];
  if (!DNS_LABEL.test(s.namespace)) p.push(`${where}: namespace ${show(s.namespace)} must be a DNS label`);
  if (RESERVED_NAMESPACES.has(s.namespace)) p.push(`${where}: namespace ${show(s.namespace)} is reserved for the platform; use the application's own`);

  const { weights, pauses } = s.canary;
  if (weights.length === 0) p.push(`${where}: canary.weights is empty: a canary needs at least one step`);
  weights.forEach((wt, i) => {
    if (!Number.isInteger(wt) || wt < 1 || wt > 100) p.push(`${where}: canary.weights[${i}] ${show(wt)} must be an integer from 1 to 100`);
    if (i > 0 && wt <= weights[i - 1]) p.push(`${where}: canary.weights ${show(weights)} must increase: ${wt} follows ${weights[i - 1]}`);
  });
  if (pauses.length !== Math.max(weights.length - 1, 0)) {
    p.push(`${where}: canary.pauses ${show(pauses)} must have one pause per weight but the last (${weights.length - 1}), has ${pauses.length}`);
  }
  pauses.forEach((d, i) => {
    if (parseDuration(d) === undefined) p.push(`${where}: canary.pauses[${i}] ${show(d)} is not a duration: use a whole number with s, m or h (30s, 1m, 2h)`);
  });
  const surge = s.canary.maxSurge;
  if (typeof surge === 'number' ? !Number.isInteger(surge) || surge < 0 : !/^\d{1,3}%$/.test(surge)) {
    p.push(`${where}: canary.maxSurge ${show(surge)} must be a whole number of pods or a percentage like '25%'`);
  }
  if (!(s.canary.trafficShareTolerance >= 0)) p.push(`${where}: canary.trafficShareTolerance ${show(s.canary.trafficShareTolerance)} must be 0 or more percentage points`);

  const sc = s.scaling;
  if (!Number.isInteger(sc.minReplicas) || sc.minReplicas < 1) p.push(`${where}: scaling.minReplicas ${show(sc.minReplicas)} must be an integer of at least 1`);
  if (!Number.isInteger(sc.maxReplicas) || sc.maxReplicas < sc.minReplicas) {
    p.push(`${where}: scaling.maxReplicas ${show(sc.maxReplicas)} must be an integer of at least minReplicas (${sc.minReplicas})`);
  }
  if (!Number.isInteger(sc.targetCpuUtilization) || sc.targetCpuUtilization < 1 || sc.targetCpuUtilization > 100) {
    p.push(`${where}: scaling.targetCpuUtilization ${show(sc.targetCpuUtilization)} must be a percentage from 1 to 100`);
  }
  if (!Number.isInteger(sc.maxUnavailable) || sc.maxUnavailable < 1) {
    p.push(`${where}: scaling.maxUnavailable ${show(sc.maxUnavailable)} must be at least 1: a PodDisruptionBudget allowing no disruption blocks every eviction and every node drain`);
  } else if (sc.maxUnavailable >= sc.minReplicas && sc.minReplicas > 1) {
    p.push(`${where}: scaling.maxUnavailable ${show(sc.maxUnavailable)} must be less than minReplicas (${sc.minReplicas}), or a drain may take every pod down at once`);
  }

  const a = s.analysis;
  if (!/^https?:\/\/[^\s/]+/.test(a.prometheusAddress)) p.push(`${where}: analysis.prometheusAddress ${show(a.prometheusAddress)} must be an http(s) URL`);
  if (!(a.successRateMin > 0 && a.successRateMin <= 1)) p.push(`${where}: analysis.successRateMin ${show(a.successRateMin)} must be a fraction in (0, 1], e.g. 0.99`);
  if (!(a.errorRateMax >= 0 && a.errorRateMax < 1)) p.push(`${where}: analysis.errorRateMax ${show(a.errorRateMax)} must be a fraction in [0, 1), e.g. 0.01`);
  if (!(a.latencyP99MaxMs > 0)) p.push(`${where}: analysis.latencyP99MaxMs ${show(a.latencyP99MaxMs)} must be more than 0 milliseconds`);
  if (parseDuration(a.interval) === undefined) p.push(`${where}: analysis.interval ${show(a.interval)} is not a duration: use a whole number with s, m or h`);
  if (!Number.isInteger(a.abortOnFailure) || a.abortOnFailure < 1) p.push(`${where}: analysis.abortOnFailure ${show(a.abortOnFailure)} must be an integer of at least 1`);
  const timingProblems = checkTiming(where, s);
  p.push(...timingProblems);
  // a bad canary must be aborted before it is promoted: once the pauses, the interval and the failure count are sound
  if (timingProblems.length === 0 && parseDuration(a.interval) !== undefined && a.abortOnFailure >= 1 && pauses.every((d) => parseDuration(d) !== undefined)) {
    const late = promotionBeforeAbort(s);
    if (late) p.push(`${where}: ${late}`);
  }

  for (const side of ['requests', 'limits'] as const) {
    for (const r of ['cpu', 'memory'] as const) {
      const v = s.resources[side][r];
      if (!QUANTITY.test(v)) p.push(`${where}: resources.${side}.${r} ${show(v)} is not a Kubernetes quantity`);
    }
  }
  if (s.ingress && app.container.protocol instanceof ServiceProtocol && !app.container.protocol.probesByPath) {
    p.push(`${where}: ingress.host ${show(s.ingress.host)} is set, but the container serves ${app.container.protocol.name}: gridops exposes only http containers (the AGIC and NGINX Ingresses and the HTTPRoute speak HTTP/1.1); remove the ingress`);
  }
  if (s.ingress) {
    if (!HOSTNAME.test(s.ingress.host)) p.push(`${where}: ingress.host ${show(s.ingress.host)} must be a lowercase DNS name with a dot`);
    if (!app.tlsCertificate && Traffic.of(s.traffic).terminatesTls) p.push(`${where}: ingress needs the application's tlsCertificate (a Key Vault certificate name); none is set`);
  }
  p.push(...checkTraffic(where, s));
  for (const k of ['tenantId', 'clientId'] as const) {
    if (!GUID.test(s.azure[k])) p.push(`${where}: azure.${k} ${show(s.azure[k])} must be a GUID`);
  }
  if (!/^[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$/.test(s.azure.keyVaultName)) p.push(`${where}: azure.keyVaultName ${show(s.azure.keyVaultName)} is not a Key Vault name (3-24 letters, digits, '-')`);
  const secretEnvs = new Set((app.secrets ?? []).map((x) => x.env));
  for (const key of Object.keys(s.settings)) {
    if (!ENV_VAR.test(key)) p.push(`${where}: settings key ${show(key)} must be an environment variable name`);
    if (secretEnvs.has(key)) p.push(`${where}: settings key ${show(key)} is also a secret's env: the secret would be shadowed`);
  }
  return p;
}

/**
 * When the analysis measures: every duration parses, the rate window spans at least MIN_RATE_WINDOW_SCRAPES scrapes
 * (rate() needs two samples, and a missed scrape must not leave fewer), and the first measurement waits at least one
 * scrape interval (the new pods' first scrape).
 */
function checkTiming(where: string, s: EnvironmentSettings): string[] {
  const a = s.analysis;
  const p: string[] = [];
  const duration = (field: string, v: string | undefined) => {
    if (v !== undefined && parseDuration(v) === undefined) p.push(`${where}: ${field} ${show(v)} is not a duration: use a whole number with s, m or h (30s, 1m, 2h)`);
  };
  duration('analysis.scrapeInterval', a.scrapeInterval);
  duration('analysis.rateWindow', a.rateWindow);
  duration('analysis.initialDelay', a.initialDelay);
  duration('canary.podStartTime', s.canary.podStartTime);
  if (p.length > 0 || parseDuration(a.interval) === undefined) return p;
  const t = AnalysisTiming.of(a);
  if (t.rateWindowSeconds < MIN_RATE_WINDOW_SCRAPES * t.scrapeSeconds) {
    p.push(`${where}: analysis.rateWindow ${show(t.rateWindow)} must span at least ${MIN_RATE_WINDOW_SCRAPES} scrape intervals (analysis.scrapeInterval ${show(t.scrapeInterval)}): rate() needs two samples, and a missed scrape must not leave fewer`);
  }
  if (t.initialDelaySeconds < t.scrapeSeconds) {
    p.push(`${where}: analysis.initialDelay ${show(t.initialDelay)} must be at least one scrape interval (analysis.scrapeInterval ${show(t.scrapeInterval)}): the first measurement would find no samples of the new pods and pause the rollout`);
  }
  return p;
}

/** The clusters' Prometheus: a namespace, the labels it selects by, and alert durations of at least a minute. */
function checkMonitoring(platform: PlatformConfig): string[] {
  const m = platform.monitoring;
  const w = 'platform: monitoring';
  const p: string[] = [];
  if (!DNS_LABEL.test(m.namespace)) p.push(`${w}.namespace ${show(m.namespace)} must be a DNS label`);
  const labels = Object.entries(m.selectorLabels);
  if (labels.length === 0) p.push(`${w}.selectorLabels is empty: name the labels the clusters' Prometheus selects PodMonitors, ServiceMonitors and PrometheusRules by (kube-prometheus-stack: release: <release name>)`);
  for (const [k, v] of labels) {
    if (!LABEL_KEY.test(k)) p.push(`${w}.selectorLabels key ${show(k)} must be a Kubernetes label key`);
    if (!LABEL_VALUE.test(v)) p.push(`${w}.selectorLabels[${show(k)}] ${show(v)} must be a Kubernetes label value`);
  }
  for (const [field, v] of Object.entries(alertDurations(m.alerts))) {
    const seconds = parseDuration(v);
    if (seconds === undefined) p.push(`${w}.alerts.${field} ${show(v)} is not a duration: use a whole number with s, m or h (5m, 1h)`);
    else if (seconds < 60) p.push(`${w}.alerts.${field} ${show(v)} must be at least 1m: a shorter 'for' fires on a single missed scrape or a restart`);
  }
  return p;
}

/** The traffic mode: a Traffic, with the fields its mode needs. */
function checkTraffic(where: string, s: EnvironmentSettings): string[] {
  const t = s.traffic;
  if (t === undefined) return [];
  if (!(t instanceof Traffic)) return [`${where}: traffic ${show(t)} must be Traffic.agic(), Traffic.gatewayApi({ gateway }) or Traffic.nginx()`];
  const p: string[] = [];
  if (t.routed && !s.ingress) p.push(`${where}: traffic ${t.label} needs ingress.host: its router weights the public host's traffic, and none is set`);
  if (t.mode === 'gateway-api') {
    const g: Partial<GatewayReference> = t.gateway ?? {};
    for (const f of ['name', 'namespace'] as const) {
      const v = g[f];
      if (typeof v !== 'string' || !DNS_LABEL.test(v)) p.push(`${where}: traffic.gateway.${f} ${show(v ?? '')} must be a DNS label (lowercase letters, digits, '-')`);
    }
    if (g.sectionName !== undefined && !DNS_SUBDOMAIN.test(g.sectionName)) {
      p.push(`${where}: traffic.gateway.sectionName ${show(g.sectionName)} must be a Gateway listener name (lowercase DNS subdomain)`);
    }
  }
  if (t.mode === 'nginx' && !DNS_SUBDOMAIN.test(t.ingressClassName ?? '')) {
    p.push(`${where}: traffic.ingressClassName ${show(t.ingressClassName ?? '')} must be an IngressClass name (lowercase DNS subdomain)`);
  }
  return p;
}
