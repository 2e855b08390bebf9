import { Construct } from 'constructs';
import { MonitoringSettings } from '../../model/monitoring';
import { AlertGroup } from '../../model/platform-alerts';
import { PrometheusAlerts } from '../monitoring/prometheus-alerts';
import { ArgoCdApplication } from './argocd-application';

/** Properties of {@link ComponentAlerts}. */
export interface ComponentAlertsProps {
  /** The component: the PrometheusRule's name and its `app.kubernetes.io/part-of`. */
  readonly component: string;
  /** The Application that installs the component: the alerts go into its namespace. */
  readonly install: ArgoCdApplication;
  /** The clusters' Prometheus: the labels it selects PrometheusRules by. */
  readonly monitoring: MonitoringSettings;
  /** The alerts. */
  readonly group: AlertGroup;
}

/**
 * The alerts of a platform component (Argo CD, Argo Rollouts) as a PrometheusRule in the component's namespace,
 * evaluated by the Prometheus of the cluster it runs in.
 */
export class ComponentAlerts extends PrometheusAlerts {
  public constructor(scope: Construct, id: string, props: ComponentAlertsProps) {
    super(scope, id, {
      name: props.component,
      namespace: props.install.namespace,
      selectorLabels: props.monitoring.selectorLabels,
      labels: { 'app.kubernetes.io/part-of': props.component, 'app.kubernetes.io/managed-by': 'gridops' },
      groups: [props.group],
    });
  }
}
