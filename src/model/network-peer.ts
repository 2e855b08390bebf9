import { ValueError } from './errors';
import { DNS_LABEL, LABEL_KEY, LABEL_VALUE } from './names';

/** Properties of {@link NetworkPeer.pods}. */
export interface PodsPeerProps {
  /** Namespace of the pods, a DNS label (matched by its `kubernetes.io/metadata.name` label, which Kubernetes sets on every namespace). */
  readonly namespace: string;
  /** Labels of the pods. @default - every pod of the namespace */
  readonly podLabels?: { readonly [key: string]: string };
}

/** An IPv4 CIDR, read: its text, address and prefix length. */
export interface Cidr {
  readonly text: string;
  readonly address: number;
  readonly prefix: number;
}

const CIDR_FORM = 'must be an IPv4 CIDR, address/prefix with the host bits zero (e.g. 10.225.0.0/16)';

/**
 * Reads an IPv4 CIDR (`10.225.0.0/16`): four decimal octets without leading zeros, a prefix length 0–32, and no host
 * bits set (`10.225.0.5/16` is refused, naming the network it probably means). Throws a {@link ValueError}.
 */
export function parseCidr(text: string, what = 'cidr'): Cidr {
  const m = typeof text === 'string' ? /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(text) : null;
  const octets = m ? m.slice(1, 5) : [];
  const prefix = m ? Number(m[5]) : NaN;
  if (!m || octets.some((o) => Number(o) > 255 || (o.length > 1 && o.startsWith('0'))) || prefix > 32 || (m[5].length > 1 && m[5].startsWith('0'))) {
    throw new ValueError(text, CIDR_FORM, what);
  }
  const address = octets.reduce((a, o) => a * 256 + Number(o), 0);
  const size = 2 ** (32 - prefix);
  if (address % size !== 0) {
    const network = address - (address % size);
    const dotted = [24, 16, 8, 0].map((s) => Math.floor(network / 2 ** s) % 256).join('.');
    throw new ValueError(text, `has host bits set: the network is ${dotted}/${prefix}`, what);
  }
  return { text, address, prefix };
}

/**
 * Where traffic comes from or goes to, as a NetworkPolicy peer names it: a subnet outside the cluster (an `ipBlock`),
 * or pods of the cluster (a `namespaceSelector` on the namespace's name, with a `podSelector`). Which one is a fact of
 * the platform: Application Gateway (AGIC) and Application Gateway for Containers send requests from their subnet
 * straight to the pod IPs, so only an ipBlock admits them; an in-cluster NGINX ingress controller's requests come from
 * its pods.
 */
export class NetworkPeer {
  /**
   * A subnet outside the cluster, e.g. the Application Gateway's dedicated subnet. Refuses a CIDR that is not IPv4
   * network notation, and one that admits every address (`0.0.0.0/0`).
   */
  public static subnet(cidr: string): NetworkPeer {
    const c = parseCidr(cidr, 'NetworkPeer.subnet: cidr');
    if (c.prefix === 0) throw new ValueError(cidr, 'admits every address: name the subnet the traffic comes from', 'NetworkPeer.subnet: cidr');
    return new NetworkPeer(c.text, undefined, undefined);
  }

  /** Pods of the cluster: every pod of a namespace, or those with `podLabels`. Refuses a namespace that is not a DNS label and labels Kubernetes would refuse. */
  public static pods(props: PodsPeerProps): NetworkPeer {
    const { namespace, podLabels } = props ?? ({} as PodsPeerProps);
    if (typeof namespace !== 'string' || !DNS_LABEL.test(namespace)) throw new ValueError(namespace ?? '', "must be a DNS label (lowercase letters, digits, '-')", 'NetworkPeer.pods: namespace');
    for (const [k, v] of Object.entries(podLabels ?? {})) {
      if (!LABEL_KEY.test(k)) throw new ValueError(k, 'must be a Kubernetes label key', 'NetworkPeer.pods: podLabels key');
      if (typeof v !== 'string' || !LABEL_VALUE.test(v)) throw new ValueError(v, 'must be a Kubernetes label value', `NetworkPeer.pods: podLabels[${JSON.stringify(k)}]`);
    }
    return new NetworkPeer(undefined, namespace, podLabels && Object.keys(podLabels).length > 0 ? { ...podLabels } : undefined);
  }

  private constructor(
    /** The subnet, for a peer outside the cluster. */
    public readonly cidr: string | undefined,
    /** The namespace, for pods of the cluster. */
    public readonly namespace: string | undefined,
    /** The pods' labels. @default - every pod of the namespace */
    public readonly podLabels: { readonly [key: string]: string } | undefined,
  ) {}

  /** Whether the peer is pods of the cluster (a namespace and pod selector) rather than a subnet (an ipBlock). */
  public get inCluster(): boolean {
    return this.namespace !== undefined;
  }

  /** In words, for dist/README.md: `subnet 10.225.0.0/16`, `pods app=x in namespace y`, `every pod in namespace y`. */
  public get summary(): string {
    if (this.cidr !== undefined) return `subnet ${this.cidr}`;
    const labels = Object.entries(this.podLabels ?? {}).map(([k, v]) => `${k}=${v}`);
    return labels.length > 0 ? `pods ${labels.join(', ')} in namespace ${this.namespace}` : `every pod in namespace ${this.namespace}`;
  }
}
