import { ApplicationConfig, mergeSettings } from './application';
import type { ClusterNetworkSchema, Config, NetworkSettingsSchema } from './config-schema';
import { LABEL_KEY, LABEL_VALUE } from './names';
import { NetworkPeer } from './network-peer';
import type { PlatformConfig } from './platform';
import { show } from './show';
import { Traffic } from './traffic';

/*
 * Who may reach an application's pods, derived from the model: the traffic entry point of the environment's traffic
 * mode (an Azure gateway's subnet, a fact of the environment's cluster, `network.clusters[<cluster>]`; an in-cluster
 * controller's pods, a platform fact, `network.trafficFrom`), the clusters' Prometheus (`monitoring.namespace` and `podLabels`) on
 * the metrics port, and the platform applications the application declares as its `clients`, each resolved to its own
 * environment of the same name. Nothing else: every application namespace has a default-deny.
 */

/** The platform's network facts (documented in config-schema.ts). */
export type NetworkSettings = Config<typeof NetworkSettingsSchema>;
/** One cluster's Azure gateway subnets (documented in config-schema.ts). */
export type ClusterNetwork = Config<typeof ClusterNetworkSchema>;

/** Where each traffic mode's requests come from, in one cluster. */
export interface TrafficSources {
  /** The cluster's Application Gateway subnet. */
  readonly agic?: NetworkPeer;
  /** The cluster's Application Gateway for Containers association subnet, else the in-cluster Gateway's pods. */
  readonly gatewayApi?: NetworkPeer;
  /** The NGINX ingress controller's pods. */
  readonly nginx?: NetworkPeer;
}

/** Where each traffic mode's requests come from in the cluster named `cluster`: its own gateways' subnets, the platform's in-cluster sources. */
export function clusterTrafficSources(platform: PlatformConfig, cluster: string | undefined): TrafficSources {
  const c: ClusterNetwork | undefined = cluster === undefined ? undefined : platform.network.clusters?.[cluster];
  const from = platform.network.trafficFrom;
  return {
    agic: c?.applicationGatewaySubnet !== undefined ? NetworkPeer.subnet(c.applicationGatewaySubnet) : undefined,
    gatewayApi: c?.gatewayForContainersSubnet !== undefined ? NetworkPeer.subnet(c.gatewayForContainersSubnet) : from.gatewayApi,
    nginx: from.nginx,
  };
}

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
  /** Where each traffic mode's requests come from in the variant's cluster (the environment's mode picks one). */
  readonly trafficFrom: TrafficSources;
  /** The clusters' Prometheus pods, admitted to the metrics port. */
  readonly prometheus: NetworkPeer;
  /** The applications whose pods may call this one, in this variant. */
  readonly clients: readonly ResolvedClient[];
}

/**
 * The network facts of `app` in environment `env` (the base when undefined: each client's defaults, and the cluster of
 * the application's first environment, which the overlays of environments on other clusters patch), from a platform
 * the configuration check has passed.
 */
export function variantNetwork(platform: PlatformConfig, app: ApplicationConfig, env?: string): VariantNetwork {
  const m = platform.monitoring;
  const clients = (app.clients ?? []).map((c) => {
    const client = platform.applications.find((a) => a.name === c.app)!;
    const e = env === undefined ? undefined : client.environments.find((x) => x.name === env)!;
    return { app: c.app, namespace: e ? mergeSettings(client.defaults, e.overrides).namespace : client.defaults.namespace };
  });
  const cluster = (env === undefined ? app.environments[0] : app.environments.find((x) => x.name === env))?.cluster.name;
  return { trafficFrom: clusterTrafficSources(platform, cluster), prometheus: NetworkPeer.pods({ namespace: m.namespace, podLabels: m.podLabels }), clients };
}

/** Where the requests of `traffic` come from, from the platform's sources; undefined when the platform names none. */
export function trafficSource(traffic: Traffic, from: TrafficSources): NetworkPeer | undefined {
  return traffic.select<NetworkPeer | undefined>({ agic: () => from.agic, gatewayApi: () => from.gatewayApi, nginx: () => from.nginx });
}

/** What each mode's source is, for messages. */
const SOURCE_OF: Readonly<Record<keyof TrafficSources, (cluster: string) => string>> = {
  agic: (c) => `network.clusters[${show(c)}].applicationGatewaySubnet (the subnet of the cluster's Application Gateway)`,
  gatewayApi: (c) => `network.clusters[${show(c)}].gatewayForContainersSubnet (Application Gateway for Containers' association subnet) or network.trafficFrom.gatewayApi (an in-cluster Gateway's pods)`,
  nginx: () => "network.trafficFrom.nginx (the NGINX ingress controller's pods)",
};

/**
 * The network configuration's problems, one line each: the traffic entry point of every exposed environment's mode
 * must be set for its cluster, in-cluster sources must be pods, valid Prometheus pod labels, and clients that are
 * applications of the platform running the same environment on the same cluster.
 */
export function networkProblems(platform: PlatformConfig): string[] {
  const p: string[] = [];
  const from = platform.network.trafficFrom;
  if (from.gatewayApi && !from.gatewayApi.inCluster) {
    p.push(
      `platform: network.trafficFrom.gatewayApi ${from.gatewayApi.summary} is a subnet, which differs from cluster to cluster: set Application Gateway for Containers' association subnet per cluster, as network.clusters[<cluster name>].gatewayForContainersSubnet (network.trafficFrom.gatewayApi is an in-cluster Gateway's pods: NetworkPeer.pods({ namespace, podLabels }))`,
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
    // the environments deploy; the base is only what their overlays patch
    for (const env of app.environments) {
      const s = mergeSettings(app.defaults, env.overrides);
      const traffic = Traffic.of(s.traffic);
      if (s.ingress !== undefined && trafficSource(traffic, clusterTrafficSources(platform, env.cluster.name)) === undefined) {
        const key = traffic.select<keyof TrafficSources>({ agic: () => 'agic', gatewayApi: () => 'gatewayApi', nginx: () => 'nginx' });
        p.push(`${app.name}/${env.name}: traffic ${traffic.label} on cluster ${show(env.cluster.name)} needs platform ${SOURCE_OF[key](env.cluster.name)}, which is not set: no NetworkPolicy could admit its public traffic`);
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
