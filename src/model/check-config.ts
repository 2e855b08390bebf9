import { throwProblems } from './errors';
import { IMAGE_TAGS_FILE, ImageTags } from './image-tags';
import { ApplicationConfig, EnvironmentConfig, EnvironmentSettings, mergeSettings, ResolvedEnvironment } from './application';
import { promotionBeforeAbort } from './canary-timeline';
import { mergedSettingsProblems, schemaProblems } from './config-schema';
import { AnalysisTiming, MIN_RATE_WINDOW_SCRAPES } from './monitoring';
import { networkProblems } from './network';
import { PlatformConfig } from './platform';
import { ServiceProtocol } from './service-protocol';
import { show } from './show';
import { Traffic } from './traffic';
import { ENV_VAR, LABEL_KEY, LABEL_VALUE } from './names';



/**
 * Resolves and checks a whole platform; throws one ConfigError listing every problem. The shape (keys and types) is
 * the schema's (config-schema.ts), checked first; what is checked here spans fields or needs more than a type.
 */
export function resolvePlatform(platform: PlatformConfig, tags: ImageTags): ResolvedEnvironment[] {
  throwProblems(schemaProblems(platform));
  const problems: string[] = [];
  const resolved: ResolvedEnvironment[] = [];
  if (platform.applications.length === 0) problems.push('platform: applications is empty: nothing to generate');
  problems.push(...checkMonitoring(platform));
  problems.push(...networkProblems(platform));
  const appNames = new Set<string>();
  for (const app of platform.applications) {
    if (appNames.has(app.name)) problems.push(`${app.name}: duplicate application name ${show(app.name)}`);
    appNames.add(app.name);
    problems.push(...checkApplication(app));
    problems.push(...checkSettings(`${app.name} (defaults)`, app, app.defaults));
    const envNames = new Set<string>();
    for (const env of app.environments) {
      const where = `${app.name}/${env.name}`;
      if (envNames.has(env.name)) problems.push(`${where}: duplicate environment name ${show(env.name)}`);
      envNames.add(env.name);
      const settings = mergeSettings(app.defaults, env.overrides);
      const shape = mergedSettingsProblems(where, settings);
      problems.push(...shape, ...checkOwnFacts(where, app, env, settings));
      if (shape.length === 0) problems.push(...checkSettings(where, app, settings));
      const pinned = tags.pinned(app.name, env.name);
      const tag = pinned?.tag;
      if (tag === undefined) {
        problems.push(`${where}: no image tag: add '${app.name}: { ${env.name}: <tag> }' to ${IMAGE_TAGS_FILE}`);
      } else if (!env.tagPolicy.allows(tag)) {
        problems.push(`${where}: image tag ${show(tag)} in ${IMAGE_TAGS_FILE} breaks the ${env.name} tag policy: ${env.tagPolicy.rule}`);
      } else if (env.tagPolicy.requiresDigest && pinned?.digest === undefined) {
        problems.push(
          `${where}: image tag ${show(tag)} in ${IMAGE_TAGS_FILE} has no digest, which the ${env.name} tag policy requires: gridops set-image --app ${app.name} --env ${env.name} --tag ${tag} --digest sha256:<64 hex> (the digest the registry serves for ${tag})`,
        );
      }
      resolved.push({ app, env, settings, tag: tag ?? '', ...(pinned?.digest !== undefined ? { digest: pinned.digest } : {}) });
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

/**
 * The facts that make an environment itself are stated by the environment (its overrides, or another environment's
 * through deriveEnvironment), never taken from the defaults: the defaults are the base, in the production shape, and
 * an environment that inherited them would run with production's namespace, identity, Key Vault or public host.
 */
function checkOwnFacts(where: string, app: ApplicationConfig, env: EnvironmentConfig, s: EnvironmentSettings): string[] {
  const o = env.overrides ?? {};
  const d = app.defaults;
  const how = 'set it in the environment\'s overrides, or derive the environment from another with deriveEnvironment';
  const p: string[] = [];
  if (o.namespace === undefined) p.push(`${where}: overrides.namespace is not set: every environment states its namespace (the defaults' ${show(d.namespace)} is not inherited); ${how}`);
  if (s.azure) {
    const what = { clientId: 'workload identity', keyVaultName: 'Key Vault' } as const;
    for (const k of ['clientId', 'keyVaultName'] as const) {
      if (o.azure?.[k] === undefined) {
        p.push(`${where}: overrides.azure.${k} is not set: every environment states its ${what[k]}${d.azure ? ` (the defaults' ${show(d.azure[k])} is not inherited)` : ''}; ${how}`);
      }
    }
  }
  if (s.ingress && o.ingress?.host === undefined) {
    p.push(`${where}: overrides.ingress.host is not set: every exposed environment states its public host${d.ingress ? ` (the defaults' ${show(d.ingress.host)} is not inherited)` : ''}; ${how}`);
  }
  return p;
}

function checkApplication(app: ApplicationConfig): string[] {
  const p: string[] = [];
  const w = app.name;
  p.push(...checkProtocol(app));
  const envs = new Set<string>();
  for (const s of app.secrets ?? []) {
    if (envs.has(s.env)) p.push(`${w}: secrets: env ${show(s.env)} is used twice`);
    envs.add(s.env);
  }
  return p;
}

/**
 * The container's protocol and what it requires (probe paths for http; none, and a separate metrics port, for grpc):
 * the one check of an http container's readinessPath, which the Rollout's probes and the AGIC health probe rely on.
 */
function checkProtocol(app: ApplicationConfig): string[] {
  return ServiceProtocol.of(app.container.protocol).containerProblems(app.name, app.container);
}

function checkSettings(where: string, app: ApplicationConfig, s: EnvironmentSettings): string[] {
  const p: string[] = [];

  const { weights, pauses } = s.canary;
  if (weights.length === 0) p.push(`${where}: canary.weights is empty: a canary needs at least one step`);
  weights.forEach((wt, i) => {
    if (i > 0 && wt <= weights[i - 1]) p.push(`${where}: canary.weights ${show(weights)} must increase: ${wt} follows ${weights[i - 1]}`);
  });
  if (pauses.length !== Math.max(weights.length - 1, 0)) {
    p.push(`${where}: canary.pauses ${show(pauses)} must have one pause per weight but the last (${weights.length - 1}), has ${pauses.length}`);
  }

  const sc = s.scaling;
  if (sc.maxReplicas < sc.minReplicas) {
    p.push(`${where}: scaling.maxReplicas ${show(sc.maxReplicas)} must be an integer of at least minReplicas (${sc.minReplicas})`);
  }
  if (sc.maxUnavailable >= sc.minReplicas && sc.minReplicas > 1) {
    p.push(`${where}: scaling.maxUnavailable ${show(sc.maxUnavailable)} must be less than minReplicas (${sc.minReplicas}), or a drain may take every pod down at once`);
  }

  const timingProblems = checkTiming(where, s);
  p.push(...timingProblems);
  // a bad canary must be aborted before it is promoted: once the pauses, the interval and the failure count are sound
  if (timingProblems.length === 0) {
    const late = promotionBeforeAbort(s);
    if (late) p.push(`${where}: ${late}`);
  }

  if (s.ingress) {
    const unexposable = ServiceProtocol.of(app.container.protocol).exposureProblem(where, s.ingress.host);
    if (unexposable) p.push(unexposable);
    // the one check of the certificate: the ingress constructs take the Key Vault's TLS Secret as given
    if (!app.tlsCertificate && Traffic.of(s.traffic).terminatesTls) p.push(`${where}: ingress needs the application's tlsCertificate (a Key Vault certificate name); none is set`);
  }
  p.push(...checkTraffic(where, s));
  p.push(...checkAzure(where, app, s));
  const secretEnvs = new Set((app.secrets ?? []).map((x) => x.env));
  for (const key of Object.keys(s.settings)) {
    if (!ENV_VAR.test(key)) p.push(`${where}: settings key ${show(key)} must be an environment variable name`);
    if (secretEnvs.has(key)) p.push(`${where}: settings key ${show(key)} is also a secret's env: the secret would be shadowed`);
  }
  return p;
}

/**
 * Key Vault and workload identity are set when the application reads secrets or terminates TLS with a Key Vault
 * certificate (both come through the SecretProviderClass, which authenticates with the identity).
 */
function checkAzure(where: string, app: ApplicationConfig, s: EnvironmentSettings): string[] {
  if (!s.azure) {
    const needs = [
      ...((app.secrets ?? []).length > 0 ? [`reads the Key Vault secrets ${(app.secrets ?? []).map((x) => show(x.keyVaultObject)).join(', ')}`] : []),
      ...(s.ingress && app.tlsCertificate && Traffic.of(s.traffic).terminatesTls ? [`terminates TLS with the Key Vault certificate ${show(app.tlsCertificate)}`] : []),
    ];
    if (needs.length > 0) return [`${where}: azure is not set, but the application ${needs.join(' and ')}: set azure { tenantId, clientId, keyVaultName }`];
  }
  return [];
}

/**
 * When the analysis measures: every duration parses, the rate window spans at least MIN_RATE_WINDOW_SCRAPES scrapes
 * (rate() needs two samples, and a missed scrape must not leave fewer), and the first measurement waits at least one
 * scrape interval (the new pods' first scrape).
 */
function checkTiming(where: string, s: EnvironmentSettings): string[] {
  const a = s.analysis;
  const p: string[] = [];
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
  const labels = Object.entries(m.selectorLabels);
  if (labels.length === 0) p.push(`${w}.selectorLabels is empty: name the labels the clusters' Prometheus selects PodMonitors, ServiceMonitors and PrometheusRules by (kube-prometheus-stack: release: <release name>)`);
  for (const [k, v] of labels) {
    if (!LABEL_KEY.test(k)) p.push(`${w}.selectorLabels key ${show(k)} must be a Kubernetes label key`);
    if (!LABEL_VALUE.test(v)) p.push(`${w}.selectorLabels[${show(k)}] ${show(v)} must be a Kubernetes label value`);
  }
  return p;
}

/** The traffic mode and the host it needs (its own fields, the Gateway and the IngressClass, are its factory's). */
function checkTraffic(where: string, s: EnvironmentSettings): string[] {
  const t = s.traffic;
  if (t?.routed && !s.ingress) return [`${where}: traffic ${t.label} needs ingress.host: its router weights the public host's traffic, and none is set`];
  return [];
}
