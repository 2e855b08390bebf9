import { checkedPlatform } from '../../cli/flags';
import { planAppWorkflow } from '../../codegen/app-workflow';
import {
  appEnvironments,
  appFileContent,
  appFileEdits,
  azureDefaults,
  environmentTag,
  FileEdits,
  newAppFile,
  prometheusAddress,
  quoted,
  SourceCopier,
  templateSource,
} from '../../codegen/scaffold';
import { ConfigError } from '../../model/errors';
import { clusterTrafficSources } from '../../model/network';
import { PlatformConfig } from '../../model/platform';
import { objectLabel } from './read';
import { AppDraft, Migration } from './map';

/*
 * The files `gridops migrate flagger` writes, as `gridops new app` writes them (src/codegen/scaffold.ts): the
 * application's configuration on the first application's environments, its registration in src/config/platform.ts
 * and its image tags. The application's settings are the migrated Canary's, in every environment.
 */

/** What a migration writes, and the facts the report states about each environment. */
export interface MigrationEdits {
  readonly edits: FileEdits;
  /** One line per environment: namespace, cluster, host, image tag. */
  readonly environments: readonly string[];
  /** Where the environments came from. */
  readonly notes: readonly string[];
  /** One line per environment whose tag (or digest) is a placeholder, with the gridops set-image command to run. */
  readonly placeholderTags: readonly string[];
}

/** The platform setting each traffic mode's public requests are admitted from, for messages. */
const TRAFFIC_SOURCE: Readonly<Record<'agic' | 'nginx' | 'gatewayApi', (cluster: string) => string>> = {
  agic: (cluster) => `network.clusters['${cluster}'].applicationGatewaySubnet (the Application Gateway's subnet)`,
  gatewayApi: (cluster) => `network.clusters['${cluster}'].gatewayForContainersSubnet, or network.trafficFrom.gatewayApi for an in-cluster Gateway (the Gateway's data plane)`,
  nginx: () => "network.trafficFrom.nginx (the NGINX ingress controller's pods)",
};

/**
 * Refuses, in one line, a public traffic mode the platform cannot admit in a cluster of the environments the
 * application gets (its NetworkPolicies admit the public traffic from the platform's source only, so synth would
 * refuse what is written): NGINX needs `network.trafficFrom.nginx`, the Gateway API its Gateway's data plane, an
 * exposed replica-weighted canary (AGIC) the cluster's Application Gateway subnet.
 */
export function checkTrafficSource(platform: PlatformConfig, m: Migration): void {
  const t = m.draft.traffic;
  const key = t.mode === 'nginx' ? 'nginx' : t.mode === 'gateway-api' ? 'gatewayApi' : m.draft.host !== undefined ? 'agic' : undefined;
  if (key === undefined) return;
  for (const env of platform.applications[0]?.environments ?? []) {
    if (clusterTrafficSources(platform, env.cluster.name)[key] !== undefined) continue;
    const provider = (m.canary.object.spec as Record<string, unknown> | undefined)?.provider;
    const field = key === 'agic' ? 'spec.service.gateways' : 'spec.provider';
    const value = key === 'agic' ? (m.canary.object.spec as Record<string, any>).service?.gateways : provider;
    throw new ConfigError(
      `${m.canary.file}: ${objectLabel(m.canary.object)}: ${field} ${JSON.stringify(value)} needs the platform's ${TRAFFIC_SOURCE[key](env.cluster.name)}, which src/config/platform.ts does not set for ${env.name}'s cluster ${env.cluster.name}: set it, ${key === 'agic' ? 'or remove the public gateways to migrate an unexposed canary' : 'or remove spec.provider to migrate a replica-weighted canary'}`,
    );
  }
}

const q = quoted;

/** A number as TypeScript writes it. */
const num = (n: number) => String(n);

/**
 * Plans the files of a migration: `src/config/apps/<name>.ts`, its registration and its tags. Refuses a name that is
 * not an application name or is configured already. Nothing is written here.
 */
export function planMigration(root: string, platform: PlatformConfig, m: Migration): MigrationEdits {
  checkedPlatform(platform);
  checkTrafficSource(platform, m);
  const d = m.draft;
  const name = d.name;
  const { file, template } = newAppFile(root, platform, name, {
    badName: name === m.canary.object.metadata.name ? ': name it with --name' : '',
    exists: ': migrate it under another name with --name',
  });

  const { templateFile, src } = templateSource(root, template);
  const exposed = d.host !== undefined;
  const tls = exposed && d.terminatesTls;
  // the hosts of the environments as new app derives them
  const envs = appEnvironments(src, template, name, { host: d.host, tls });
  const tags = envs.map((e) => environmentTag(e.env, d));
  const environments: string[] = [];
  const placeholderTags: string[] = [];
  envs.forEach(({ env, namespace, host }, i) => {
    // the input's digest with its own tag; else a policy that requires a digest gets the placeholder digest: the
    // digest the registry serves is set-image's to give
    const { tag, digest, keptDigest, digestPlaceholder } = tags[i];
    if (tag !== d.tag || digestPlaceholder) {
      placeholderTags.push(
        `${name}/${env.name}: image ${tag !== d.tag ? `tag ${tag}` : `digest ${digest}`} is a placeholder (${tag !== d.tag ? `the Deployment's ${d.tag} breaks ${env.name}'s tag policy, ${env.tagPolicy.summary}` : `${env.name}'s tag policy requires the digest the registry serves`}): run gridops set-image --app ${name} --env ${env.name} --tag <tag>${digestPlaceholder ? ' --digest sha256:<64 hex>' : ''}`,
      );
    }
    environments.push(
      `${env.name}: namespace ${namespace} on ${env.cluster.name}${host ? `, host ${host}` : ''}, image tag ${tag}${keptDigest ? ` and digest ${keptDigest}` : ''}${
        tag === d.tag ? ' (the Deployment\'s)' : ` — the Deployment's ${d.tag} breaks ${env.name}'s tag policy (${env.tagPolicy.summary}): ${tag} is a placeholder; deploy a tag of the policy with gridops set-image --app ${name} --env ${env.name} --tag <tag>`
      }${digestPlaceholder ? `; digest ${digest} is a placeholder: ${env.name}'s tag policy requires the digest the registry serves (gridops set-image --app ${name} --env ${env.name} --tag <tag> --digest sha256:<64 hex>)` : ''}`,
    );
  });
  const prometheus = prometheusAddress(src, template);
  const traffic = trafficText(d, src);
  const c = d.container;
  if (c.protocol === 'grpc') src.use('../../model/service-protocol', 'ServiceProtocol');
  const container = [
    `port: ${c.port}`,
    ...(c.protocol === 'grpc' ? ['protocol: ServiceProtocol.grpc()'] : []),
    ...(c.metricsPort !== undefined ? [`metricsPort: ${c.metricsPort}`] : []),
    ...(c.metricsPath !== undefined ? [`metricsPath: ${q(c.metricsPath)}`] : []),
    ...(c.readinessPath !== undefined ? [`readinessPath: ${q(c.readinessPath)}`] : []),
    ...(c.livenessPath !== undefined ? [`livenessPath: ${q(c.livenessPath)}`] : []),
    ...(c.startupPath !== undefined ? [`startupPath: ${q(c.startupPath)}`] : []),
    ...(c.runAsUser !== undefined ? [`runAsUser: ${c.runAsUser}`] : []),
  ].join(', ');
  const settings = Object.entries(d.settings).map(([k, v]) => `${/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(k) ? k : q(k)}: ${q(v)}`);
  const a = d.analysis;
  const canaryName = m.canary.object.metadata.name;
  const content = appFileContent(src, envs, {
    header: [
      `// Migrated by \`gridops migrate flagger\` from Canary ${canaryName} (flagger.app/v1beta1) and the objects it targets, on`,
      `// ${template.name}'s environments (clusters, tag policies, sync, protection and sync windows as ${templateFile} has them).`,
      `// What each field became and how its meaning changed: the migration report (\`gridops migrate flagger --dry-run\`).`,
    ],
    doc: `${name}, migrated from Flagger. \`defaults\` is the Kustomize base, in the production shape; every environment states its own namespace${exposed ? `, host${tls ? ', identity and Key Vault' : ''}` : ''}.`,
    name,
    image: d.image,
    container,
    tls,
    defaults: [
      `    scaling: { minReplicas: ${d.scaling.minReplicas}, maxReplicas: ${d.scaling.maxReplicas}, targetCpuUtilization: ${d.scaling.targetCpuUtilization}, maxUnavailable: ${d.scaling.maxUnavailable} },`,
      `    // Flagger's weights, each held one analysis interval, then promotion (100)`,
      `    canary: {`,
      `      weights: [${d.canary.weights.join(', ')}],`,
      `      pauses: [${d.canary.pauses.map(q).join(', ')}],`,
      `      maxSurge: ${typeof d.canary.maxSurge === 'number' ? num(d.canary.maxSurge) : q(d.canary.maxSurge)},`,
      `      trafficShareTolerance: 5, // the default: synth warns about every step more than 5 points off its weight`,
      ...(d.canary.progressDeadline ? [`      progressDeadline: ${q(d.canary.progressDeadline)}, // spec.progressDeadlineSeconds`] : []),
      `    },`,
      `    analysis: {`,
      `      prometheusAddress: ${prometheus},`,
      `      successRateMin: ${num(a.successRateMin)}, // request-success-rate, as a ratio of ${c.protocol === 'grpc' ? 'OK' : '2xx/3xx'} (Flagger: of every response but 5xx)`,
      `      latencyP99MaxMs: ${num(a.latencyP99MaxMs)}, // request-duration, as a p99`,
      `      errorRateMax: ${num(a.errorRateMax)}, // 1 − request-success-rate: the ${c.protocol === 'grpc' ? 'server-error' : '5xx'} share, Flagger's own check`,
      `      interval: ${q(a.interval)}, // analysis.interval`,
      `      abortOnFailure: ${a.abortOnFailure}, // analysis.threshold: failureLimit ${a.abortOnFailure - 1}`,
      `      scrapeInterval: ${q(a.scrapeInterval)},`,
      `      rateWindow: ${q(a.rateWindow)}, // the metrics' interval: the range of every query`,
      `    },`,
      `    resources: { requests: { cpu: ${q(d.resources.requests.cpu)}, memory: ${q(d.resources.requests.memory)} }, limits: { cpu: ${q(d.resources.limits.cpu)}, memory: ${q(d.resources.limits.memory)} } },`,
      ...(exposed ? [`    ingress: { host: ${q(d.host!)} },`] : []),
      ...(traffic ? [`    traffic: ${traffic},`] : []),
      ...(tls ? azureDefaults(src, template, name) : []),
      `    settings: {${settings.length > 0 ? ` ${settings.join(', ')} ` : ''}},`,
    ],
  });
  // the application repository's caller of build-image.yml, as new app writes it: only for an image in an ACR, which
  // is where that workflow pushes (an image still elsewhere gets it with gridops new workflow once it has moved)
  let workflow: { readonly file: string; readonly content: string } | undefined;
  let workflowNotes: readonly string[];
  try {
    const plan = planAppWorkflow(platform, { name, image: d.image, environments: template.environments });
    workflow = plan;
    workflowNotes = plan.notes;
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    workflowNotes = [`${name}: no build workflow written: image '${d.image}' is not in an Azure Container Registry (<name>.azurecr.io), where build-image.yml pushes; once it is, gridops new workflow --app ${name}`];
  }
  const edits = appFileEdits(root, { file, content, name }, tags, workflow);
  const notes = [
    `${name}: from ${template.name}: the environments ${template.environments.map((e) => e.name).join(', ')} with their clusters, tag policies, sync, protection and sync windows; the Prometheus address`,
    `${name}: from Canary ${canaryName}: the canary, its analysis and traffic; from its targets: the image, container, resources, settings and scaling`,
    ...workflowNotes,
  ];
  return { edits, environments, notes, placeholderTags };
}

/** The `traffic:` of the defaults, or undefined for the default (AGIC, replica-weighted). */
function trafficText(d: AppDraft, src: SourceCopier): string | undefined {
  const t = d.traffic;
  if (t.mode === 'replica-weighted') return undefined;
  src.use('../../model/traffic', 'Traffic');
  if (t.mode === 'nginx') return `Traffic.nginx(${t.ingressClassName ? `{ ingressClassName: ${q(t.ingressClassName)} }` : ''})`;
  const g = t.gateway;
  return `Traffic.gatewayApi({ gateway: { name: ${q(g.name)}, namespace: ${q(g.namespace)}${g.sectionName ? `, sectionName: ${q(g.sectionName)}` : ''} } })`;
}
