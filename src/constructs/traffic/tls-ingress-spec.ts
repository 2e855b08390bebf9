import { k8s } from '../k8s';

/** What {@link tlsIngressSpec} needs. */
export interface TlsIngressSpecProps {
  /** IngressClass of the controller. */
  readonly ingressClassName: string;
  /** The one host served. */
  readonly host: string;
  /** Secret holding the host's TLS certificate. */
  readonly tlsSecretName: string;
  /** Service every path goes to. */
  readonly serviceName: string;
  /** Port of that Service. @default 80 */
  readonly servicePort?: number;
}

/** The spec every generated Ingress shares: one host with TLS, every path (`/`, Prefix) to one Service. */
export function tlsIngressSpec(props: TlsIngressSpecProps): k8s.IngressSpec {
  return {
    ingressClassName: props.ingressClassName,
    tls: [{ hosts: [props.host], secretName: props.tlsSecretName }],
    rules: [
      {
        host: props.host,
        http: {
          paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: props.serviceName, port: { number: props.servicePort ?? 80 } } } }],
        },
      },
    ],
  };
}
