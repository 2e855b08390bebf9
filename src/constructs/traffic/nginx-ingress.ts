import { Construct } from 'constructs';
import { k8s } from '../k8s';
import { IRolloutTrafficRouter } from '../workload/canary-rollout';
import { CanaryServices } from '../workload/canary-services';
import { AppLabels } from '../workload/labels';
import { tlsIngressSpec } from './tls-ingress-spec';

/** Properties of {@link NginxIngress}. */
export interface NginxIngressProps {
  readonly labels: AppLabels;
  readonly namespace: string;
  /** Public host name. */
  readonly host: string;
  /**
   * The Rollout's Services: the Ingress sends every path to the stable one, on the Services' port. Argo Rollouts'
   * NGINX router copies this Ingress into a canary Ingress to the canary Service, weighted by
   * `nginx.ingress.kubernetes.io/canary-weight`.
   */
  readonly services: CanaryServices;
  /** Secret holding the TLS certificate (synced from Key Vault by the SecretProviderClass). */
  readonly tlsSecretName: string;
  /** IngressClass of the NGINX ingress controller. @default 'nginx' */
  readonly ingressClassName?: string;
}

/**
 * The stable Ingress of a canary routed by NGINX, as Argo Rollouts supports natively: the Rollout names it in
 * `trafficRouting.nginx.stableIngress`, and the controller creates and weights the canary Ingress itself, so each
 * step's share is exactly its setWeight.
 */
export class NginxIngress extends Construct implements IRolloutTrafficRouter {
  public readonly resource: k8s.KubeIngress;
  /** Name of the Ingress (the Rollout's stableIngress). */
  public readonly name: string;
  /** The Rollout's traffic router: this Ingress as its NGINX stableIngress. */
  public readonly trafficRouting: IRolloutTrafficRouter['trafficRouting'];

  public constructor(scope: Construct, id: string, props: NginxIngressProps) {
    super(scope, id);
    this.name = props.labels.app;
    this.trafficRouting = { nginx: { stableIngress: this.name } };
    this.resource = new k8s.KubeIngress(this, 'Resource', {
      metadata: { name: this.name, namespace: props.namespace, labels: { ...props.labels.common } },
      spec: tlsIngressSpec({
        ingressClassName: props.ingressClassName ?? 'nginx',
        host: props.host,
        tlsSecretName: props.tlsSecretName,
        serviceName: props.services.stable.name,
        servicePort: props.services.port,
      }),
    });
  }
}
