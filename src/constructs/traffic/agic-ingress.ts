import { Construct } from 'constructs';
import { k8s } from '../k8s';
import { AppLabels } from '../workload/labels';
import { IngressBackend } from './ingress-backend';
import { tlsIngressSpec } from './tls-ingress-spec';

/** Properties of {@link AgicIngress}. */
export interface AgicIngressProps {
  readonly labels: AppLabels;
  readonly namespace: string;
  /** Public host name. */
  readonly host: string;
  /** The Service the ingress sends traffic to, and its port: for an application, the Service of all its pods. */
  readonly backend: IngressBackend;
  /** Secret holding the TLS certificate (synced from Key Vault by the SecretProviderClass). */
  readonly tlsSecretName: string;
  /** Path Application Gateway probes on the pods. */
  readonly healthProbePath: string;
  /** Container port Application Gateway probes (AGIC probes pod IPs directly). */
  readonly healthProbePort: number;
  /**
   * Serve the host on Application Gateway's private frontend IP only (reachable from the virtual network, not the
   * internet), for UIs without their own authentication.
   * @default false
   */
  readonly privateFrontend?: boolean;
}

/**
 * An Ingress for the Azure Application Gateway Ingress Controller (AGIC), with TLS and an explicit health probe.
 * Argo Rollouts has no AGIC traffic router, so the canary is replica-weighted: AGIC balances across the pod IPs of
 * the Service it targets, which selects both stable and canary pods.
 */
export class AgicIngress extends Construct {
  public readonly resource: k8s.KubeIngress;

  public constructor(scope: Construct, id: string, props: AgicIngressProps) {
    super(scope, id);
    if (typeof props.healthProbePath !== 'string' || !props.healthProbePath.startsWith('/')) {
      throw new Error(`AgicIngress '${props.labels.app}': healthProbePath must be an absolute path for Application Gateway's probe, got ${JSON.stringify(props.healthProbePath)}`);
    }
    this.resource = new k8s.KubeIngress(this, 'Resource', {
      metadata: {
        name: props.labels.app,
        namespace: props.namespace,
        labels: { ...props.labels.common },
        annotations: {
          'appgw.ingress.kubernetes.io/ssl-redirect': 'true',
          'appgw.ingress.kubernetes.io/backend-protocol': 'http',
          'appgw.ingress.kubernetes.io/health-probe-path': props.healthProbePath,
          'appgw.ingress.kubernetes.io/health-probe-port': String(props.healthProbePort),
          'appgw.ingress.kubernetes.io/health-probe-status-codes': '200-399',
          'appgw.ingress.kubernetes.io/health-probe-interval': '10',
          'appgw.ingress.kubernetes.io/health-probe-unhealthy-threshold': '3',
          'appgw.ingress.kubernetes.io/connection-draining': 'true',
          'appgw.ingress.kubernetes.io/connection-draining-timeout': '30',
          ...(props.privateFrontend ? { 'appgw.ingress.kubernetes.io/use-private-ip': 'true' } : {}),
        },
      },
      spec: tlsIngressSpec({
        ingressClassName: 'azure-application-gateway',
        host: props.host,
        tlsSecretName: props.tlsSecretName,
        serviceName: props.backend.serviceName,
        servicePort: props.backend.port,
      }),
    });
  }
}
