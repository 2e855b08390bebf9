import { Construct } from 'constructs';
import { PrometheusRule, PrometheusRuleSpecGroupsRulesExpr } from '../../../imports/monitoring-prometheusrule-monitoring.coreos.com';
import { AlertGroup } from '../../model/platform-alerts';

/** Properties of {@link PrometheusAlerts}. */
export interface PrometheusAlertsProps {
  /** Name of the PrometheusRule. */
  readonly name: string;
  readonly namespace: string;
  /** Labels the clusters' Prometheus selects PrometheusRules by (kube-prometheus-stack: `release: <release name>`). */
  readonly selectorLabels: { readonly [key: string]: string };
  /** Labels of the object besides the selector labels. @default - none */
  readonly labels?: { readonly [key: string]: string };
  /** The alert groups. */
  readonly groups: readonly AlertGroup[];
}

/**
 * A prometheus-operator PrometheusRule (monitoring.coreos.com/v1) of alerting rules, each with a `severity` label and
 * `summary` / `description` annotations, as Alertmanager routes and shows them.
 */
export class PrometheusAlerts extends Construct {
  public readonly resource: PrometheusRule;

  public constructor(scope: Construct, id: string, props: PrometheusAlertsProps) {
    super(scope, id);
    this.resource = new PrometheusRule(this, 'Resource', {
      metadata: { name: props.name, namespace: props.namespace, labels: { ...(props.labels ?? {}), ...props.selectorLabels } },
      spec: {
        groups: props.groups.map((g) => ({
          name: g.name,
          rules: g.rules.map((r) => ({
            alert: r.alert,
            expr: PrometheusRuleSpecGroupsRulesExpr.fromString(r.expr),
            for: r.for.toString(),
            labels: { severity: r.severity },
            annotations: { summary: r.summary, description: r.description },
          })),
        })),
      },
    });
  }
}
