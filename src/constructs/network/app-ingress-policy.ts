import { Construct } from 'constructs';
import { k8s } from '../k8s';
import { NETWORK_POLICY_NAMES } from '../../model/network';
import { NetworkPeer } from '../../model/network-peer';
import { AppLabels } from '../workload/labels';
import { clientPeer, policyPeer, tcpPort } from './network-policy-peer';

/** A client application of {@link AppIngressPolicy}: its labels and the namespace its pods run in. */
export interface PolicyClient {
  readonly labels: AppLabels;
  readonly namespace: string;
}

/** Properties of {@link AppIngressPolicy}. */
export interface AppIngressPolicyProps {
  readonly labels: AppLabels;
  readonly namespace: string;
  /**
   * The container port the application serves on. A NetworkPolicy admits the pods' ports, not a Service's: a
   * Service port 80 with targetPort 8080 is admitted as 8080.
   */
  readonly port: number;
  /** The container port serving Prometheus metrics. @default - `port` */
  readonly metricsPort?: number;
  /** Where the environment's public traffic comes from: its traffic mode's entry point. @default - not exposed: no public traffic is admitted */
  readonly entry?: NetworkPeer;
  /** The clusters' Prometheus pods, admitted to the metrics port only. */
  readonly prometheus: NetworkPeer;
  /** The applications whose pods may call this one, on `port`. @default - none */
  readonly clients?: readonly PolicyClient[];
}

/**
 * The NetworkPolicy `<app>-ingress` selecting exactly the application's pods (stable and canary: the Rollout's pod
 * selector) and admitting, each on its TCP container port: the traffic entry point on `port`, Prometheus on the
 * metrics port, the clients on `port`. With the namespace's {@link DefaultDenyIngress}, nothing else reaches them.
 */
export class AppIngressPolicy extends Construct {
  public readonly resource: k8s.KubeNetworkPolicy;
  public readonly name: string;

  public constructor(scope: Construct, id: string, props: AppIngressPolicyProps) {
    super(scope, id);
    const { labels } = props;
    this.name = NETWORK_POLICY_NAMES.ingress(labels.app);
    const clients = props.clients ?? [];
    const ingress: k8s.NetworkPolicyIngressRule[] = [
      ...(props.entry ? [{ from: [policyPeer(props.entry)], ports: [tcpPort(props.port)] }] : []),
      { from: [policyPeer(props.prometheus)], ports: [tcpPort(props.metricsPort ?? props.port)] },
      ...(clients.length > 0 ? [{ from: clients.map((c) => clientPeer(c.labels, c.namespace)), ports: [tcpPort(props.port)] }] : []),
    ];
    this.resource = new k8s.KubeNetworkPolicy(this, 'Resource', {
      metadata: { name: this.name, namespace: props.namespace, labels: { ...labels.common } },
      spec: { podSelector: { matchLabels: { ...labels.selector } }, policyTypes: ['Ingress'], ingress },
    });
  }
}
