import { Construct } from 'constructs';
import { k8s } from '../k8s';
import { NETWORK_POLICY_NAMES } from '../../model/network';
import { AppLabels } from '../workload/labels';

/** Properties of {@link DefaultDenyIngress}. */
export interface DefaultDenyIngressProps {
  /** Labels of the application that owns it (each application's tree brings its own, so one in a shared namespace is harmless). */
  readonly labels: AppLabels;
  /** The namespace whose pods it isolates. */
  readonly namespace: string;
}

/**
 * A NetworkPolicy `<app>-default-deny-ingress` selecting every pod of the namespace (`podSelector: {}`) with
 * `policyTypes: [Ingress]` and no rule: a pod no other policy admits traffic to accepts none. Egress is not
 * restricted by it (see Egress in src/model/egress.ts). Traffic from the pod's own node (the kubelet's probes) is
 * always allowed by Kubernetes, whatever the policies.
 */
export class DefaultDenyIngress extends Construct {
  public readonly resource: k8s.KubeNetworkPolicy;
  public readonly name: string;

  public constructor(scope: Construct, id: string, props: DefaultDenyIngressProps) {
    super(scope, id);
    this.name = NETWORK_POLICY_NAMES.defaultDeny(props.labels.app);
    this.resource = new k8s.KubeNetworkPolicy(this, 'Resource', {
      metadata: { name: this.name, namespace: props.namespace, labels: { ...props.labels.common } },
      spec: { podSelector: {}, policyTypes: ['Ingress'] },
    });
  }
}
