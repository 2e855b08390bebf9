import { policyPeer } from '../constructs/network/network-policy-peer';
import { ResolvedEnvironment } from '../model/application';
import { Egress } from '../model/egress';
import { MANAGED_BY, NAMESPACE_NAME_LABEL, NETWORK_POLICY_NAMES, trafficSource, variantNetwork } from '../model/network';
import { PlatformConfig } from '../model/platform';
import { Traffic } from '../model/traffic';
import { Manifest } from './manifest';

/** Who a traffic mode's entry point is, in dist/README.md. */
const ENTRY_OF: Readonly<Record<string, string>> = {
  agic: 'the Application Gateway (AGIC)',
  'gateway-api': 'the Gateway (Gateway API)',
  nginx: 'the NGINX ingress controller',
};

/** JSON with every object's keys sorted: rendered objects have their keys sorted, the model's peers do not. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(v);
}

/** A rendered NetworkPolicy peer in words: `subnet \`10.225.0.0/16\``, `pods \`k=v\` in namespace \`ns\``. */
function describePeer(peer: any): string {
  if (peer?.ipBlock) return `subnet \`${peer.ipBlock.cidr}\`${Array.isArray(peer.ipBlock.except) && peer.ipBlock.except.length > 0 ? ` except ${peer.ipBlock.except.map((c: string) => `\`${c}\``).join(', ')}` : ''}`;
  const ns = peer?.namespaceSelector?.matchLabels?.[NAMESPACE_NAME_LABEL];
  const where = peer?.namespaceSelector === undefined ? 'the same namespace' : ns !== undefined ? `namespace \`${ns}\`` : `namespaces ${JSON.stringify(peer.namespaceSelector)}`;
  const labels = Object.entries(peer?.podSelector?.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`);
  return labels.length > 0 ? `pods \`${labels.join(', ')}\` in ${where}` : `every pod in ${where}`;
}

/** A rendered rule's ports: `8080/TCP`. */
function describePorts(ports: any[] | undefined): string {
  if (!Array.isArray(ports) || ports.length === 0) return 'every port';
  return ports.map((p) => `${p.port}${p.endPort ? `–${p.endPort}` : ''}/${p.protocol ?? 'TCP'}`).join(', ');
}

/**
 * dist/README.md's "who may reach the pods": per environment, each source its rendered ingress policy admits (named
 * by what the model says it is: the traffic entry point, Prometheus, a client) and the container port; then what the
 * pods may connect to.
 */
export function networkAccessLines(platform: PlatformConfig, envs: readonly ResolvedEnvironment[], objects: ReadonlyMap<string, readonly Manifest[]>): string[] {
  if (envs.length === 0) return [];
  const app = envs[0].app.name;
  const rows: string[] = [];
  for (const r of envs) {
    const rendered = objects.get(`${app}/${r.env.name}`) ?? [];
    const policy = rendered.find((o) => o.kind === 'NetworkPolicy' && o.metadata.name === NETWORK_POLICY_NAMES.ingress(app)) as any;
    const net = variantNetwork(platform, r.app, r.env.name);
    const traffic = Traffic.of(r.settings.traffic);
    const entry = r.settings.ingress ? trafficSource(traffic, net.trafficFrom) : undefined;
    const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);
    for (const rule of policy?.spec?.ingress ?? []) {
      for (const peer of rule.from ?? [{}]) {
        const name = peer?.podSelector?.matchLabels;
        const who =
          name?.[MANAGED_BY.key] === MANAGED_BY.value
            ? `client \`${name['app.kubernetes.io/name']}\``
            : entry && same(peer, policyPeer(entry))
              ? ENTRY_OF[traffic.mode]
              : same(peer, policyPeer(net.prometheus))
                ? 'Prometheus'
                : 'other';
        rows.push(`| ${r.env.name} | ${who}: ${rule.from ? describePeer(peer) : 'everyone'} | ${describePorts(rule.ports)} |`);
      }
    }
  }
  // environments with the same egress together, in promotion order
  const byEgress = new Map<string, string[]>();
  for (const r of envs) {
    const summary = Egress.of(r.settings.egress).summary;
    byEgress.set(summary, [...(byEgress.get(summary) ?? []), r.env.name]);
  }
  const egress = [...byEgress].map(([summary, names]) => `${names.join(', ')}: ${summary}`);
  return [
    `Who may reach the pods: the NetworkPolicy \`${NETWORK_POLICY_NAMES.ingress(app)}\` of each environment, on the container ports (a NetworkPolicy admits pod ports, not the Services'), beside the namespace's default-deny \`${NETWORK_POLICY_NAMES.defaultDeny(app)}\`: nothing else reaches them (the kubelet's probes come from the node, which Kubernetes always admits).`,
    '',
    '| environment | from | port |',
    '| --- | --- | --- |',
    ...rows,
    '',
    `What the pods may connect to: ${egress.join('. ')}.`,
  ];
}
