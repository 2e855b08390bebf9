import { Construct } from 'constructs';
import { AgicIngress } from '../traffic/agic-ingress';
import { IngressBackend } from '../traffic/ingress-backend';
import { AppLabels } from '../workload/labels';
import { ArgoCdSelfInstall } from './argocd-self-install';

/** Properties of {@link ArgoCdServerIngress}. */
export interface ArgoCdServerIngressProps {
  /** Argo CD's installation: its namespace, host and TLS Secret. */
  readonly install: ArgoCdSelfInstall;
}

/**
 * The AGIC Ingress of Argo CD's UI and API (the argo-cd chart's `argocd-server` Service, whose own Ingress is off):
 * Application Gateway terminates TLS and reaches the server over HTTP, probing its `/healthz` on the pods.
 */
export class ArgoCdServerIngress extends AgicIngress {
  public constructor(scope: Construct, id: string, props: ArgoCdServerIngressProps) {
    const { install } = props;
    super(scope, id, {
      labels: new AppLabels('argocd'),
      namespace: install.namespace,
      host: install.settings.host,
      backend: IngressBackend.fromServiceName('argocd-server', 80),
      tlsSecretName: install.settings.tlsSecretName,
      healthProbePath: '/healthz',
      healthProbePort: 8080,
    });
  }
}
