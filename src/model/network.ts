import { ApplicationConfig, EnvironmentConfig, mergeSettings } from './application';
import type { Config, NetworkSettingsSchema, TrafficSourcesSchema } from './config-schema';
import { LABEL_KEY, LABEL_VALUE } from './names';
import { NetworkPeer } from './network-peer';
import type { PlatformConfig } from './platform';
import { show } from './show';
import { Traffic } from './traffic';

/*
 * Who may reach an application's pods, derived from the model: the traffic entry point of the environment's traffic
 * mode (a platform fact, `network.trafficFrom`), the clusters' Prometheus (`monitoring.namespace` and `podLabels`) on
 * the metrics port, and the platform applications the application declares as its `clients`, each resolved to its own
 * environment of the same name. Nothing else: every application namespace has a default-deny.
 */

/** The platform's network facts (documented in config-schema.ts). */
export type NetworkSettings = Config<typeof NetworkSettingsSchema>;
/** Where each traffic mode's requests come from. */
export type TrafficSources = Config<typeof TrafficSourcesSchema>;

/**
 * The label every object gridops generates carries (AppLabels' `app.kubernetes.io/managed-by`): a client peer selects
 * the client's pods by its name label and this one, which is how validation tells a client from the platform's pods
 * (Prometheus, an ingress controller), which the tree does not hold.
 */
export const MANAGED_BY = { key: 'app.kubernetes.io/managed-by', value: 'gridops' } as const;

/** The label Kubernetes sets on every namespace to its name (1.21+): what a peer's namespaceSelector matches. */
export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

/** The names of an application's NetworkPolicies. */
export const NETWORK_POLICY_NAMES = {
  /** Every pod of the namespace: ingress denied unless a policy admits it. */
  defaultDeny: (app: string) => `${app}-default-deny-ingress`,
  /** The application's pods: who may connect to them. */
  ingress: (app: string) => `${app}-ingress`,
  /** The application's pods: what they may connect to (an allow list only). */
  egress: (app: string) => `${app}-egress`,
} as const;

/** A client application, resolved for one variant: its name and the namespace its pods run in there. */
export interface ResolvedClient {
  readonly app: string;
  readonly namespace: string;
}

/** The network facts one variant (the base, or an environment) of an application is rendered with. */
export interface VariantNetwork {
  /** Where each traffic mode's requests come from (the environment's mode picks one). */
  readonly trafficFrom: TrafficSources;
  /** The clusters' Prometheus pods, admitted to the metrics port. */
  readonly prometheus: NetworkPeer;
  /** The applications whose pods may call this one, in this variant. */
  readonly clients: readonly ResolvedClient[];
}

/**
 * The network facts of `app` in environment `env` (the base when undefined: each client's defaults), from a platform
 * the configuration check has passed.
 */
export function variantNetwork(platform: PlatformConfig, app: ApplicationConfig, env?: string): VariantNetwork {
  const m = platform.monitoring;
  const clients = (app.clients ?? []).map((c) => {
    const client = platform.applications.find((a) => a.name === c.app)!;
    const e = env === undefined ? undefined : client.environments.find((x) => x.name === env)!;
    return { app: c.app, namespace: e ? mergeSettings(client.defaults, e.overrides).namespace : client.defaults.namespace };
  });
  return { trafficFrom: platform.network.trafficFrom, prometheus: NetworkPeer.pods({ namespace: m.namespace, podLabels: m.podLabels }), clients };
}

/** Where the requests of `traffic` come from, from the platform's sources; undefined when the platform names none. */
export function trafficSource(traffic: Traffic, from: TrafficSources): NetworkPeer | undefined {
  return traffic.select<NetworkPeer | undefined>({ agic: () => from.agic, gatewayApi: () => from.gatewayApi, nginx: () => from.nginx });
}

/** What each mode's source is, for messages. */
const SOURCE_OF: Readonly<Record<keyof TrafficSources, string>> = {
  agic: "the Application Gateway's subnet",
  gatewayApi: "the Gateway's data plane, for Application Gateway for Containers its association subnet",
  nginx: "the NGINX ingress controller's pods",
};

/**
 * The network configuration's problems, one line each: the traffic entry point of every exposed variant's mode must be
 * set, AGIC and NGINX sources of the kind their traffic really comes from, valid Prometheus pod labels, and clients
 * that are applications of the platform running the same environment on the same cluster.
 */
export function networkProblems(platform: PlatformConfig): string[] {
  const p: string[] = [];
  const from = platform.network.trafficFrom;
  if (from.agic && from.agic.inCluster) {
    p.push(
      `platform: network.trafficFrom.agic ${from.agic.summary} cannot admit Application Gateway: the gateway sends requests from its own subnet straight to the pod IPs (the AGIC pod only configures it); use NetworkPeer.subnet(<the Application Gateway subnet's CIDR>)`,
    );
  }
  if (from.nginx && !from.nginx.inCluster) {
    p.push(`platform: network.trafficFrom.nginx ${from.nginx.summary} cannot admit the NGINX ingress controller: its requests come from its pods; use NetworkPeer.pods({ namespace, podLabels })`);
  }
  for (const [k, v] of Object.entries(platform.monitoring.podLabels ?? {})) {
    if (!LABEL_KEY.test(k)) p.push(`platform: monitoring.podLabels key ${show(k)} must be a Kubernetes label key`);
    if (!LABEL_VALUE.test(v)) p.push(`platform: monitoring.podLabels[${show(k)}] ${show(v)} must be a Kubernetes label value`);
  }
  for (const app of platform.applications) {
    const variants: { where: string; env?: EnvironmentConfig; traffic?: Traffic; exposed: boolean }[] = [
      { where: `${app.name} (defaults)`, traffic: app.defaults.traffic, exposed: app.defaults.ingress !== undefined },
      ...app.environments.map((env) => {
        const s = mergeSettings(app.defaults, env.overrides);
        return { where: `${app.name}/${env.name}`, env, traffic: s.traffic, exposed: s.ingress !== undefined };
      }),
    ];
    for (const v of variants) {
      const traffic = Traffic.of(v.traffic);
      if (v.exposed && trafficSource(traffic, from) === undefined) {
        const key = traffic.select<keyof TrafficSources>({ agic: () => 'agic', gatewayApi: () => 'gatewayApi', nginx: () => 'nginx' });
        p.push(`${v.where}: traffic ${traffic.label} needs platform network.trafficFrom.${key} (${SOURCE_OF[key]}), which is not set: no NetworkPolicy could admit its public traffic`);
      }
    }
    const seen = new Map<string, number>();
    (app.clients ?? []).forEach((c, i) => {
      const field = `clients[${i}].app ${show(c.app)}`;
      const first = seen.get(c.app);
      if (first !== undefined) {
        p.push(`${app.name}: ${field} is listed twice (also clients[${first}])`);
        return;
      }
      seen.set(c.app, i);
      const client = platform.applications.find((a) => a.name === c.app);
      if (!client) {
        p.push(`${app.name}: ${field} is not an application of the platform (${platform.applications.map((a) => a.name).join(', ')})`);
        return;
      }
      for (const env of app.environments) {
        const ce = client.environments.find((e) => e.name === env.name);
        if (!ce) {
          p.push(`${app.name}/${env.name}: ${field} has no environment ${show(env.name)}, so no pods of it could call ${app.name}'s ${env.name} (give ${c.app} a ${env.name} environment, or remove the client)`);
        } else if (ce.cluster.name !== env.cluster.name) {
          p.push(`${app.name}/${env.name}: ${field} runs ${env.name} on cluster ${show(ce.cluster.name)}, not ${show(env.cluster.name)}: a NetworkPolicy admits only pods of its own cluster`);
        }
      }
    });
  }
  return p;
}
