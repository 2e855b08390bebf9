import { Testing } from 'cdk8s';
import { AppPodMonitor } from '../src/constructs/monitoring/app-pod-monitor';
import { AppLabels } from '../src/constructs/workload/labels';
import { PrometheusAlerts } from '../src/constructs/monitoring/prometheus-alerts';
import { PrometheusAnalysis } from '../src/constructs/monitoring/prometheus-analysis';
import { AnalysisSettings } from '../src/model/application';
import { Duration } from '../src/model/duration';
import { ServiceProtocol } from '../src/model/service-protocol';

/*
 * The monitoring constructs on fixture props: the fields that matter asserted, each object snapshotted beside them.
 */

const labels = new AppLabels('web');
const ANALYSIS: AnalysisSettings = {
  prometheusAddress: 'http://prometheus.example:9090',
  successRateMin: 0.995,
  latencyP99MaxMs: 300,
  errorRateMax: 0.005,
  interval: '45s',
  abortOnFailure: 2,
  scrapeInterval: '15s',
};

describe('AppPodMonitor', () => {
  // GIVEN
  const chart = Testing.chart();
  new AppPodMonitor(chart, 'PodMonitor', { labels, namespace: 'web', port: 'metrics', interval: Duration.parse('15s'), selectorLabels: { release: 'prom' }, podTargetLabels: PrometheusAnalysis.podLabels });
  // WHEN
  const [m] = Testing.synth(chart);

  test('selects exactly the application\'s pods on their metrics port, copying the labels the analysis filters on', () => {
    expect(m.apiVersion).toBe('monitoring.coreos.com/v1');
    expect(m.metadata).toEqual({ name: 'web', namespace: 'web', labels: { ...labels.common, release: 'prom' } });
    expect(m.spec.selector).toEqual({ matchLabels: labels.selector });
    expect(m.spec.podMetricsEndpoints).toEqual([{ port: 'metrics', path: '/metrics', interval: '15s' }]);
    expect(m.spec.podTargetLabels).toEqual(['app.kubernetes.io/name', 'rollouts-pod-template-hash']);
    expect(m).toMatchSnapshot();
  });
});

describe('PrometheusAnalysis', () => {
  test.each<[string, ServiceProtocol]>([
    ['http', ServiceProtocol.http()],
    ['grpc', ServiceProtocol.grpc()],
  ])('%s: guarded conditions, zero for absent series, no answer without traffic, timing from the scrape interval', (_name, protocol) => {
    // GIVEN
    const chart = Testing.chart();
    const analysis = new PrometheusAnalysis(chart, 'Analysis', { labels, namespace: 'web', analysis: ANALYSIS, protocol });
    // WHEN
    const [t] = Testing.synth(chart);
    // THEN
    const m = protocol.metrics;
    const sel = 'namespace="{{args.namespace}}", app_kubernetes_io_name="{{args.app}}", rollouts_pod_template_hash="{{args.canary-hash}}"';
    const total = `(sum(rate(${m.requestsTotal}{${sel}}[1m])) > 0)`;
    expect(t.spec.metrics.map((x: any) => [x.name, x.successCondition, x.failureCondition])).toEqual([
      ['success-rate', 'len(result) > 0 && result[0] >= 0.995', 'len(result) > 0 && result[0] < 0.995'],
      ['latency-p99', 'len(result) > 0 && result[0] <= 300', 'len(result) > 0 && result[0] > 300'],
      ['error-rate', 'len(result) > 0 && result[0] <= 0.005', 'len(result) > 0 && result[0] > 0.005'],
    ]);
    expect(t.spec.metrics[0].provider.prometheus.query).toBe(`(sum(rate(${m.requestsTotal}{${sel}, ${m.successMatcher}}[1m])) or vector(0)) / ${total}`);
    expect(t.spec.metrics[2].provider.prometheus.query).toBe(`(sum(rate(${m.requestsTotal}{${sel}, ${m.errorMatcher}}[1m])) or vector(0)) / ${total}`);
    expect(t.spec.metrics[1].provider.prometheus.query).toBe(
      `(histogram_quantile(0.99, sum by (le) (rate(${m.durationBucket}{${sel}}[1m]))) * 1000) and on () (sum(rate(${m.durationBucket}{${sel}, le="+Inf"}[1m])) > 0)`,
    );
    for (const x of t.spec.metrics) {
      // 15s scrapes: a 1m window (four), the first measurement after 30s (two); the second failure aborts
      expect([x.initialDelay, x.interval, x.failureLimit, x.inconclusiveLimit, x.consecutiveErrorLimit, x.count]).toEqual(['30s', '45s', 1, 0, 1, undefined]);
    }
    expect([analysis.timing.rateWindow, analysis.timing.initialDelay].map(String)).toEqual(['1m', '30s']);
    expect(t).toMatchSnapshot();
  });

  test('an explicit rate window and initial delay are used as they are', () => {
    const chart = Testing.chart();
    new PrometheusAnalysis(chart, 'Analysis', { labels, namespace: 'web', analysis: { ...ANALYSIS, rateWindow: '3m', initialDelay: '2m' } });
    const [t] = Testing.synth(chart);
    expect(t.spec.metrics.map((x: any) => x.initialDelay)).toEqual(['2m', '2m', '2m']);
    expect(t.spec.metrics.every((x: any) => x.provider.prometheus.query.includes('[3m]'))).toBe(true);
  });
});

describe('PrometheusAlerts', () => {
  test('one group per alert group, each rule with its severity label and summary and description', () => {
    // GIVEN
    const chart = Testing.chart();
    new PrometheusAlerts(chart, 'Alerts', {
      name: 'web',
      namespace: 'web',
      selectorLabels: { release: 'prom' },
      labels: { team: 'grid' },
      groups: [{ name: 'web', rules: [{ alert: 'WebDown', expr: 'absent(up{job="web"} == 1)', for: Duration.parse('5m'), severity: 'critical', summary: 'web is down', description: 'no target up' }] }],
    });
    // WHEN
    const [r] = Testing.synth(chart);
    // THEN
    expect(r.kind).toBe('PrometheusRule');
    expect(r.metadata.labels).toEqual({ team: 'grid', release: 'prom' });
    expect(r.spec.groups).toEqual([
      { name: 'web', rules: [{ alert: 'WebDown', expr: 'absent(up{job="web"} == 1)', for: '5m', labels: { severity: 'critical' }, annotations: { summary: 'web is down', description: 'no target up' } }] },
    ]);
    expect(r).toMatchSnapshot();
  });
});
