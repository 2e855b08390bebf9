import { Construct } from 'constructs';
import {
  AnalysisTemplate,
  AnalysisTemplateSpecMetricsConsecutiveErrorLimit,
  AnalysisTemplateSpecMetricsFailureLimit,
  AnalysisTemplateSpecMetricsInconclusiveLimit,
} from '../../../imports/argo-analysis-template-argoproj.io';
import { AnalysisSettings } from '../../model/application';
import { ANALYSIS_POD_LABELS, AnalysisTiming, seriesLabel } from '../../model/monitoring';
import { ServiceProtocol } from '../../model/service-protocol';
import { AppLabels } from '../workload/labels';

/** Properties of {@link PrometheusAnalysis}. */
export interface PrometheusAnalysisProps {
  readonly labels: AppLabels;
  readonly namespace: string;
  /** Thresholds, timing, failure count and Prometheus address. */
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
 * Service. It judges instead of erroring:
 *
 * - A share whose matching series do not exist is 0 (`or vector(0)`): a canary that never served a 5xx has no 5xx
 *   series, and its error rate is 0, not "no data". The share of nothing is no answer: the total is required to be
 *   above 0, so a canary without traffic returns an empty result rather than 0/0 = NaN.
 * - Both conditions are guarded with `len(result) > 0`: an empty result (no traffic, no data yet, not scraped) is
 *   neither a success nor a failure but **Inconclusive**, which pauses the rollout for a human (`kubectl argo
 *   rollouts promote` or `abort`) instead of erroring (`result[0]` of an empty result) and aborting. NaN makes both
 *   comparisons false: Inconclusive too. The latency is only computed when the canary served requests.
 * - The first measurement waits `initialDelay` (two scrape intervals by default): the new pods need two scrapes before
 *   rate() has an answer. Then every `interval`; the failed measurement number `abortOnFailure` fails the analysis
 *   (Argo Rollouts fails a metric when failed > failureLimit), which aborts the Rollout and returns all traffic to
 *   stable. Consecutive query errors (Prometheus unreachable) abort on the same count: no evidence, no promotion.
 *
 * The queries read the labels the application's PodMonitor attaches ({@link PrometheusAnalysis.podLabels} as
 * `app_kubernetes_io_name`, `rollouts_pod_template_hash`, and the target's `namespace`) and the protocol's
 * conventional series ({@link ServiceProtocol.metrics}).
 */
export class PrometheusAnalysis extends Construct {
  /** The pod labels the queries filter on: the PodMonitor must copy them onto the series (podTargetLabels). */
  public static readonly podLabels: readonly string[] = [ANALYSIS_POD_LABELS.app, ANALYSIS_POD_LABELS.podTemplateHash];

  public readonly resource: AnalysisTemplate;
  public readonly name: string;
  /** When the template measures. */
  public readonly timing: AnalysisTiming;

  public constructor(scope: Construct, id: string, props: PrometheusAnalysisProps) {
    super(scope, id);
    const a = props.analysis;
    this.name = props.name ?? `${props.labels.app}-canary-analysis`;
    this.timing = AnalysisTiming.of(a);
    const failureLimit = a.abortOnFailure - 1;
    const series = ServiceProtocol.of(props.protocol).metrics;
    const window = this.timing.rateWindow;
    const sel = [
      `namespace="{{args.${ANALYSIS_ARGS.namespace}}}"`,
      `${seriesLabel(ANALYSIS_POD_LABELS.app)}="{{args.${ANALYSIS_ARGS.app}}}"`,
      `${seriesLabel(ANALYSIS_POD_LABELS.podTemplateHash)}="{{args.${ANALYSIS_ARGS.canaryHash}}}"`,
    ].join(', ');
    const rate = (metric: string, matcher?: string) => `sum(rate(${metric}{${sel}${matcher ? `, ${matcher}` : ''}}[${window}]))`;
    // The share of the canary's requests matching `matcher`: 0 when no such series exists, nothing without requests.
    const share = (matcher: string) => `(${rate(series.requestsTotal, matcher)} or vector(0)) / (${rate(series.requestsTotal)} > 0)`;
    // The p99 in milliseconds, when the canary served requests (a histogram without observations has no quantile).
    const p99 = `(histogram_quantile(0.99, sum by (le) (rate(${series.durationBucket}{${sel}}[${window}]))) * 1000) and on () (${rate(series.durationBucket, 'le="+Inf"')} > 0)`;
    const guarded = (comparison: string) => `len(result) > 0 && result[0] ${comparison}`;
    const metric = (name: string, query: string, pass: string, fail: string) => ({
      name,
      initialDelay: this.timing.initialDelay.toString(),
      interval: this.timing.interval.toString(),
      failureLimit: AnalysisTemplateSpecMetricsFailureLimit.fromNumber(failureLimit),
      inconclusiveLimit: AnalysisTemplateSpecMetricsInconclusiveLimit.fromNumber(0),
      consecutiveErrorLimit: AnalysisTemplateSpecMetricsConsecutiveErrorLimit.fromNumber(failureLimit),
      successCondition: guarded(pass),
      failureCondition: guarded(fail),
      provider: { prometheus: { address: a.prometheusAddress, query, timeout: 30 } },
    });
    this.resource = new AnalysisTemplate(this, 'Resource', {
      metadata: { name: this.name, namespace: props.namespace, labels: { ...props.labels.common } },
      spec: {
        args: [{ name: ANALYSIS_ARGS.namespace }, { name: ANALYSIS_ARGS.app }, { name: ANALYSIS_ARGS.canaryHash }],
        metrics: [
          metric('success-rate', share(series.successMatcher), `>= ${a.successRateMin}`, `< ${a.successRateMin}`),
          metric('latency-p99', p99, `<= ${a.latencyP99MaxMs}`, `> ${a.latencyP99MaxMs}`),
          metric('error-rate', share(series.errorMatcher), `<= ${a.errorRateMax}`, `> ${a.errorRateMax}`),
        ],
      },
    });
  }
}
