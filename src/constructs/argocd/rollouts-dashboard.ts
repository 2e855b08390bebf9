import { Construct } from 'constructs';
import { AgicIngress } from '../traffic/agic-ingress';
import { IngressBackend } from '../traffic/ingress-backend';
import { AppLabels } from '../workload/labels';
import { RolloutsInstall } from './rollouts-install';

/** Properties of {@link RolloutsDashboard}. */
export interface RolloutsDashboardProps {
  /** The cluster's Argo Rollouts install, whose chart runs the dashboard: its namespace and dashboard host. */
  readonly install: RolloutsInstall;
}

/**
 * The AGIC Ingress of one cluster's Argo Rollouts dashboard (the chart's `argo-rollouts-dashboard` Service), on
 * Application Gateway's private frontend only: the dashboard has no login, so it is reachable from the virtual network
 * only.
 */
export class RolloutsDashboard extends AgicIngress {
  public constructor(scope: Construct, id: string, props: RolloutsDashboardProps) {
    const { install } = props;
    super(scope, id, {
      labels: new AppLabels('argo-rollouts-dashboard'),
      namespace: install.namespace,
      host: install.dashboardHost,
      backend: IngressBackend.fromServiceName('argo-rollouts-dashboard', 3100),
      tlsSecretName: install.settings.dashboardTlsSecretName,
      healthProbePath: '/rollouts/',
      healthProbePort: 3100,
      privateFrontend: true,
    });
  }
}
