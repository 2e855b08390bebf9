import { k8s } from '../k8s';
import { MANAGED_BY, NAMESPACE_NAME_LABEL } from '../../model/network';
import { NetworkPeer } from '../../model/network-peer';
import { AppLabels } from '../workload/labels';

/**
 * A NetworkPolicy peer of the model's {@link NetworkPeer}: an `ipBlock` for a subnet; for pods, a `namespaceSelector`
 * on the namespace's `kubernetes.io/metadata.name` label (set by Kubernetes on every namespace) and, when the peer
 * names pod labels, a `podSelector` on them.
 */
export function policyPeer(peer: NetworkPeer): k8s.NetworkPolicyPeer {
  if (peer.cidr !== undefined) return { ipBlock: { cidr: peer.cidr } };
  return {
    namespaceSelector: { matchLabels: { [NAMESPACE_NAME_LABEL]: peer.namespace! } },
    ...(peer.podLabels ? { podSelector: { matchLabels: { ...peer.podLabels } } } : {}),
  };
}

/**
 * The peer of a client application's pods in `namespace`: its pod selector's labels and the label every generated
 * object carries (so validation can tell a client, which the tree must hold, from the platform's pods).
 */
export function clientPeer(labels: AppLabels, namespace: string): k8s.NetworkPolicyPeer {
  return {
    namespaceSelector: { matchLabels: { [NAMESPACE_NAME_LABEL]: namespace } },
    podSelector: { matchLabels: { ...labels.selector, [MANAGED_BY.key]: MANAGED_BY.value } },
  };
}

/** A TCP port of a NetworkPolicy rule. */
export function tcpPort(port: number): k8s.NetworkPolicyPort {
  return { port: k8s.IntOrString.fromNumber(port), protocol: 'TCP' };
}
