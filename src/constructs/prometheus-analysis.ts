import { Construct } from 'constructs';
import {
  AnalysisTemplate,
  AnalysisTemplateSpecMetricsConsecutiveErrorLimit,
  AnalysisTemplateSpecMetricsFailureLimit,
} from '../../imports/argo-analysis-template-argoproj.io';
import { AnalysisSettings } from '../model/application';
import { ServiceProtocol } from '../model/service-protocol';
import { AppLabels } from './labels';

/** Properties of {@link PrometheusAnalysis}. */
export interface PrometheusAnalysisProps {
  readonly labels: AppLabels;
  readonly namespace: string;
  /** Thresholds, interval, failure count and Prometheus address. */
  readonly analysis: AnalysisSettings;
  /** Name of the AnalysisTemplate. @default `<app>-canary-analysis` */
  readonly name?: string;
  /** What the application serves: decides the series the queries read. @default ServiceProtocol.http() */
  readonly protocol?: ServiceProtocol;
}

/** Names of the arguments the Rollout passes to the template. */
export const ANALYSIS_ARGS = { namespace: 'namespace', app: 'app', canaryHash: 'canary-hash' } as const;

/**
 * The AnalysisTemplate that judges a canary from Prometheus: success rate, p99 latency and error rate of the canary
 * ReplicaSet's own pods (selected by its rollouts-pod-template-hash, passed in by the Rollout), not of the whole
 * Service. Every metric is measured each `interval`; the failed measurement number `abortOnFailure` fails the
 * analysis (Argo Rollouts fails a metric when failed > failureLimit), which aborts the Rollout and returns all traffic
 * to stable. Consecutive query errors (Prometheus unreachable) abort on the same count: no evidence, no promotion.
 *
 * The queries assume the usual Prometheus relabelling of pod labels (`app_kubernetes_io_name`,
 * `rollouts_pod_template_hash`) and the protocol's conventional series ({@link ServiceProtocol.metrics}): for HTTP the
 * `http_requests_total{code}` counter and `http_request_duration_seconds` histogram, for gRPC go-grpc-prometheus'
 * `grpc_server_handled_total{grpc_code}` counter and `grpc_server_handling_seconds` histogram.
 */
export class PrometheusAnalysis extends Construct {
  public readonly resource: AnalysisTemplate;
  public readonly name: string;

  public constructor(scope: Construct, id: string, props: PrometheusAnalysisProps) {
    super(scope, id);
    const a = props.analysis;
    this.name = props.name ?? `${props.labels.app}-canary-analysis`;
    const failureLimit = a.abortOnFailure - 1;
    const series = ServiceProtocol.of(props.protocol).metrics;
    const sel = `namespace="{{args.${ANALYSIS_ARGS.namespace}}}", app_kubernetes_io_name="{{args.${ANALYSIS_ARGS.app}}}", rollouts_pod_template_hash="{{args.${ANALYSIS_ARGS.canaryHash}}}"`;
    const ratio = (matcher: string) =>
      `sum(rate(${series.requestsTotal}{${sel}, ${matcher}}[2m])) / sum(rate(${series.requestsTotal}{${sel}}[2m]))`;
    const metric = (name: string, query: string, successCondition: string) => ({
      name,
      interval: a.interval,
      failureLimit: AnalysisTemplateSpecMetricsFailureLimit.fromNumber(failureLimit),
      consecutiveErrorLimit: AnalysisTemplateSpecMetricsConsecutiveErrorLimit.fromNumber(failureLimit),
      successCondition,
      provider: { prometheus: { address: a.prometheusAddress, query, timeout: 30 } },
    });
    this.resource = new AnalysisTemplate(this, 'Resource', {
      metadata: { name: this.name, namespace: props.namespace, labels: { ...props.labels.common } },
      spec: {
        args: [{ name: ANALYSIS_ARGS.namespace }, { name: ANALYSIS_ARGS.app }, { name: ANALYSIS_ARGS.canaryHash }],
        metrics: [
          metric('success-rate', ratio(series.successMatcher), `result[0] >= ${a.successRateMin}`),
          metric(
            'latency-p99',
            `histogram_quantile(0.99, sum by (le) (rate(${series.durationBucket}{${sel}}[2m]))) * 1000`,
            `result[0] <= ${a.latencyP99MaxMs}`,
          ),
          metric('error-rate', ratio(series.errorMatcher), `result[0] <= ${a.errorRateMax}`),
        ],
      },
    });
  }
}
