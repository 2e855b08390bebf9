import { ValueError } from './errors';
import { NetworkPeer } from './network-peer';

/** One destination of an egress allow list: where to, on which TCP ports. */
export interface EgressRule {
  /** The destination: a subnet (`NetworkPeer.subnet`) or pods of the cluster (`NetworkPeer.pods`). */
  readonly to: NetworkPeer;
  /** TCP ports the pods may connect to there (at least one). */
  readonly ports: readonly number[];
}

/**
 * The cluster DNS every pod resolves names with: AKS runs CoreDNS in `kube-system` with the pod label
 * `k8s-app: kube-dns` (the label of the upstream kube-dns it replaced). An allow list always admits it, on UDP and
 * TCP 53.
 */
export const CLUSTER_DNS = { namespace: 'kube-system', podLabels: { 'k8s-app': 'kube-dns' }, port: 53 } as const;

/**
 * What an application's pods may connect to, per environment (`EnvironmentSettings.egress`; an override replaces it
 * whole).
 *
 * - {@link Egress.allowAll} (the default): no egress policy, so the pods reach any address. A deliberate choice, not
 *   an accident: what the pod itself connects to is the application's (GridOS: its SCADA database and historian) and
 *   the Azure endpoints it calls with its workload identity (the Entra ID token endpoint, login.microsoftonline.com,
 *   and each Azure API) are names, not addresses a NetworkPolicy can list. The Key Vault secrets are fetched by the
 *   Secrets Store CSI driver on the node, not by the pod, and need no egress from it.
 * - {@link Egress.allowList}: an egress NetworkPolicy on the application's pods admitting the cluster DNS
 *   ({@link CLUSTER_DNS}) and exactly the listed destinations; everything else is refused. List the Entra ID and Azure
 *   API address ranges (service tags AzureActiveDirectory, …) if the application calls them.
 */
export class Egress {
  /** No egress restriction (the default). */
  public static allowAll(): Egress {
    return new Egress(undefined);
  }

  /**
   * DNS plus exactly these destinations, each on its TCP ports. Refuses an empty port list (it would admit every
   * port), a port outside 1–65535, and a subnet admitting every address (use {@link Egress.allowAll}).
   */
  public static allowList(rules: readonly EgressRule[]): Egress {
    (rules ?? []).forEach((r, i) => {
      const what = `Egress.allowList: [${i}]`;
      if (!(r?.to instanceof NetworkPeer)) throw new ValueError(r?.to, 'must be NetworkPeer.subnet(cidr) or NetworkPeer.pods({ namespace })', `${what}.to`);
      if (!Array.isArray(r.ports) || r.ports.length === 0) throw new ValueError(r.ports, 'must list at least one TCP port: an empty list admits every port', `${what}.ports`);
      for (const p of r.ports) if (!Number.isInteger(p) || p < 1 || p > 65535) throw new ValueError(p, 'must be a port number 1-65535', `${what}.ports`);
    });
    return new Egress((rules ?? []).map((r) => ({ to: r.to, ports: [...r.ports] })));
  }

  /** The egress of settings that name none: allow all. */
  public static of(egress: Egress | undefined): Egress {
    return egress ?? Egress.allowAll();
  }

  private constructor(
    /** The allowed destinations besides DNS; undefined: no restriction. */
    public readonly rules: readonly EgressRule[] | undefined,
  ) {}

  /** Whether egress is restricted to an allow list. */
  public get restricted(): boolean {
    return this.rules !== undefined;
  }

  /** In words, for dist/README.md. */
  public get summary(): string {
    if (!this.rules) return 'any destination (Egress.allowAll(), the default: no egress policy)';
    const dns = `the cluster DNS (pods k8s-app=${CLUSTER_DNS.podLabels['k8s-app']} in namespace ${CLUSTER_DNS.namespace}) on UDP and TCP ${CLUSTER_DNS.port}`;
    return [dns, ...this.rules.map((r) => `${r.to.summary} on TCP ${r.ports.join(', ')}`)].join('; ') + '; nothing else';
  }
}
