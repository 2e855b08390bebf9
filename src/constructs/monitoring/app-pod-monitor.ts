import { Construct } from 'constructs';
import { PodMonitor } from '../../../imports/monitoring-podmonitor-monitoring.coreos.com';
import { Duration } from '../../model/duration';
import { AppLabels } from '../workload/labels';

/** Properties of {@link AppPodMonitor}. */
export interface AppPodMonitorProps {
  readonly labels: AppLabels;
  readonly namespace: string;
  /** Name of the container port that serves the metrics (a port the Rollout's container declares). */
  readonly port: string;
  /** HTTP path of the metrics. @default '/metrics' */
  readonly path?: string;
  /** Scrape interval (`30s`). */
  readonly interval: Duration;
  /** Labels the clusters' Prometheus selects PodMonitors by (kube-prometheus-stack: `release: <release name>`). */
  readonly selectorLabels: { readonly [key: string]: string };
  /**
   * Pod labels copied onto every scraped series (as `app_kubernetes_io_name`, …): the labels the analysis queries
   * filter on.
   */
  readonly podTargetLabels: readonly string[];
}

/**
 * The prometheus-operator PodMonitor (monitoring.coreos.com/v1) that makes the clusters' Prometheus scrape every pod of
 * the application, stable and canary alike, on its metrics port: `prometheus.io/*` pod annotations mean nothing to a
 * prometheus-operator. Its series carry the target labels `namespace`, `pod`, `container`, `endpoint`, `job`
 * (`<namespace>/<name>`) and `instance`, plus the pod labels listed in `podTargetLabels`.
 */
export class AppPodMonitor extends Construct {
  public readonly resource: PodMonitor;
  public readonly name: string;

  public constructor(scope: Construct, id: string, props: AppPodMonitorProps) {
    super(scope, id);
    this.name = props.labels.app;
    this.resource = new PodMonitor(this, 'Resource', {
      metadata: { name: this.name, namespace: props.namespace, labels: { ...props.labels.common, ...props.selectorLabels } },
      spec: {
        selector: { matchLabels: { ...props.labels.selector } },
        podTargetLabels: [...props.podTargetLabels],
        podMetricsEndpoints: [{ port: props.port, path: props.path ?? '/metrics', interval: props.interval.toString() }],
      },
    });
  }
}
