import { Construct } from 'constructs';
import { k8s } from '../k8s';
import { CLUSTER_DNS, EgressRule } from '../../model/egress';
import { NETWORK_POLICY_NAMES } from '../../model/network';
import { NetworkPeer } from '../../model/network-peer';
import { AppLabels } from '../workload/labels';
import { policyPeer, tcpPort } from './network-policy-peer';

/** Properties of {@link AppEgressPolicy}. */
export interface AppEgressPolicyProps {
  readonly labels: AppLabels;
  readonly namespace: string;
  /** The destinations the pods may connect to besides the cluster DNS, each on its TCP ports. */
  readonly rules: readonly EgressRule[];
}

/**
 * The NetworkPolicy `<app>-egress` of an egress allow list (`Egress.allowList`): selecting exactly the application's
 * pods with `policyTypes: [Egress]`, it admits the cluster DNS on UDP and TCP 53 and the listed destinations; any
 * other connection the pods open is refused. Replies to admitted ingress are not egress (NetworkPolicies are stateful).
 */
export class AppEgressPolicy extends Construct {
  public readonly resource: k8s.KubeNetworkPolicy;
  public readonly name: string;

  public constructor(scope: Construct, id: string, props: AppEgressPolicyProps) {
    super(scope, id);
    const { labels } = props;
    this.name = NETWORK_POLICY_NAMES.egress(labels.app);
    const dns = NetworkPeer.pods({ namespace: CLUSTER_DNS.namespace, podLabels: CLUSTER_DNS.podLabels });
    const egress: k8s.NetworkPolicyEgressRule[] = [
      {
        to: [policyPeer(dns)],
        ports: [
          { port: k8s.IntOrString.fromNumber(CLUSTER_DNS.port), protocol: 'UDP' },
          { port: k8s.IntOrString.fromNumber(CLUSTER_DNS.port), protocol: 'TCP' },
        ],
      },
      ...props.rules.map((r) => ({ to: [policyPeer(r.to)], ports: r.ports.map(tcpPort) })),
    ];
    this.resource = new k8s.KubeNetworkPolicy(this, 'Resource', {
      metadata: { name: this.name, namespace: props.namespace, labels: { ...labels.common } },
      spec: { podSelector: { matchLabels: { ...labels.selector } }, policyTypes: ['Egress'], egress },
    });
  }
}
