import { platform } from './fixtures/config/platform';
import { ConfigError } from '../src/model/errors';
import { AnalysisSettings, EnvironmentSettings } from '../src/model/application';
import { canaryTimeline, promotionBeforeAbort } from '../src/model/canary-timeline';
import { AnalysisTiming } from '../src/model/monitoring';
import { MonitoringSettings } from '../src/model/monitoring';
import { PlatformConfig } from '../src/model/platform';
import { replicaSplit, routedSplit } from '../src/model/traffic-share';
import { synthesize } from '../src/synthesize';
import { TempRepo } from './support/repo';
import { platformWith, tags } from './support/fixtures';

/*
 * The analysis timing and the monitoring settings: what synth refuses (one line naming application, environment,
 * field and value) and the timeline it derives, on fixture settings.
 */

/** A canary of fixture settings: 4 steps, pauses 1m → 2m → 5m, 10 pods, measured every minute after two 30s scrapes. */
function fixture(canary: Partial<EnvironmentSettings['canary']> = {}, analysis: Partial<AnalysisSettings> = {}): EnvironmentSettings {
  return {
    namespace: 'web',
    scaling: { minReplicas: 10, maxReplicas: 20, targetCpuUtilization: 70, maxUnavailable: 1 },
    canary: { weights: [10, 25, 50, 100], pauses: ['1m', '2m', '5m'], maxSurge: '25%', trafficShareTolerance: 5, ...canary },
    analysis: { prometheusAddress: 'http://prometheus:9090', successRateMin: 0.99, latencyP99MaxMs: 500, errorRateMax: 0.01, interval: '1m', abortOnFailure: 3, ...analysis },
    resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '1', memory: '256Mi' } },
    azure: { tenantId: '00000000-0000-0000-0000-000000000000', clientId: '00000000-0000-0000-0000-000000000001', keyVaultName: 'kv-web' },
    settings: {},
  };
}
const splits = (s: EnvironmentSettings) => s.canary.weights.map((w) => replicaSplit(s.scaling.minReplicas, w, 3));

describe('AnalysisTiming', () => {
  test('defaults: scrape 30s, a rate window of four scrapes, the first measurement after two', () => {
    const t = AnalysisTiming.of(fixture().analysis);
    expect([t.scrapeInterval, t.rateWindow, t.initialDelay, t.interval].map(String)).toEqual(['30s', '2m', '1m', '1m']);
    expect([0, 1, 2].map((k) => t.measurementAt(k))).toEqual([60, 120, 180]);
  });

  test('derived from another scrape interval, in one unit Argo Rollouts and Prometheus both read', () => {
    const t = AnalysisTiming.of(fixture({}, { scrapeInterval: '45s' }).analysis);
    expect([t.rateWindow, t.initialDelay].map(String)).toEqual(['3m', '90s']);
  });
});

describe('canaryTimeline (one pod round per step, pods Ready in canary.podStartTime)', () => {
  test('replica-weighted: promoted after pauses + 4 rounds; the third failed measurement aborts at 25%, the stable pods come back first', () => {
    const s = fixture();
    expect(canaryTimeline(s, splits(s), false)).toEqual({
      podStart: 30,
      pauses: 480,
      total: 600,
      analysisStart: 30,
      // the first pause ends, and the 25% round starts, at the very moment of the first measurement
      firstMeasurement: 90,
      firstMeasurementStep: 1,
      bad: { failedMeasurement: 3, abortAt: 210, step: 1, stableAt: 240, stableScalesUp: true },
    });
  });

  test('behind a router the weight returns to 0 at the abort and the stable pods were never scaled down', () => {
    const s = fixture({ podStartTime: '1m' });
    const t = canaryTimeline(s, s.canary.weights.map((w) => routedSplit(10, w)), true);
    expect(t.bad).toEqual({ failedMeasurement: 3, abortAt: 240, step: 1, stableAt: 240, stableScalesUp: false });
    expect(t.total).toBe(720);
  });

  test('promotionBeforeAbort: nothing to say when the deciding measurement comes before the last pause ends', () => {
    expect(promotionBeforeAbort(fixture())).toBeUndefined();
  });

  test('promotionBeforeAbort: the seed\'s dev (30s → 1m → 1m) measured every minute would promote a bad canary', () => {
    expect(promotionBeforeAbort(fixture({ pauses: ['30s', '1m', '1m'] }))).toBe(
      'analysis: failed measurement 3 (analysis.abortOnFailure) comes 3m after the analysis starts (analysis.initialDelay "1m" + 2 × analysis.interval "1m"), but the last pause ends 2m30s after it (canary.pauses ["30s","1m","1m"]): a bad canary would be promoted before the analysis could abort it; shorten analysis.interval or analysis.initialDelay, lower analysis.abortOnFailure or lengthen canary.pauses',
    );
    expect(promotionBeforeAbort(fixture({ pauses: ['30s', '1m', '1m'] }, { interval: '30s' }))).toBeUndefined();
  });
});

describe('synth refuses bad analysis timing and monitoring settings, naming the field and the value', () => {
  const withAnalysis = (a: Partial<AnalysisSettings>, env = 'prod', pauses?: string[]): PlatformConfig =>
    platformWith((app) => ({
      ...app,
      environments: app.environments.map((e) =>
        e.name === env ? { ...e, overrides: { ...e.overrides, analysis: { ...e.overrides?.analysis, ...a }, ...(pauses ? { canary: { ...e.overrides?.canary, pauses } } : {}) } } : e,
      ),
    }));
  const withMonitoring = (m: Partial<MonitoringSettings>): PlatformConfig => ({ ...platform, monitoring: { ...platform.monitoring, ...m } });
  const refused = (p: PlatformConfig) => {
    try {
      synthesize(p, tags());
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      return (e as Error).message;
    }
    throw new Error('synth accepted it');
  };

  test.each<[string, () => PlatformConfig, string]>([
    [
      'a rate window shorter than four scrape intervals',
      () => withAnalysis({ scrapeInterval: '30s', rateWindow: '90s' }),
      'gridos/prod: analysis.rateWindow "90s" must span at least 4 scrape intervals (analysis.scrapeInterval "30s"): rate() needs two samples, and a missed scrape must not leave fewer',
    ],
    [
      'an initial delay shorter than one scrape interval',
      () => withAnalysis({ scrapeInterval: '1m', initialDelay: '30s' }),
      'gridos/prod: analysis.initialDelay "30s" must be at least one scrape interval (analysis.scrapeInterval "1m"): the first measurement would find no samples of the new pods and pause the rollout',
    ],
    ['a scrape interval that is not a duration', () => withAnalysis({ scrapeInterval: '30 s' }), 'gridos/prod: overrides.analysis.scrapeInterval "30 s" is not a duration: use a whole number with s, m or h (30s, 1m, 2h)'],
    [
      'an analysis that would let a bad canary be promoted',
      () => withAnalysis({ interval: '1m', abortOnFailure: 3, scrapeInterval: '30s', initialDelay: '1m' }, 'dev', ['30s', '1m', '1m']),
      'gridos/dev: analysis: failed measurement 3 (analysis.abortOnFailure) comes 3m after the analysis starts (analysis.initialDelay "1m" + 2 × analysis.interval "1m"), but the last pause ends 2m30s after it (canary.pauses ["30s","1m","1m"]): a bad canary would be promoted before the analysis could abort it; shorten analysis.interval or analysis.initialDelay, lower analysis.abortOnFailure or lengthen canary.pauses',
    ],
    [
      'an alert `for` shorter than a minute',
      () => withMonitoring({ alerts: { componentDownFor: '30s' } }),
      "platform: monitoring.alerts.componentDownFor \"30s\" must be at least 1m: a shorter 'for' fires on a single missed scrape or a restart",
    ],
    ['an alert `for` that is not a duration', () => withMonitoring({ alerts: { rolloutDegradedFor: 'soon' } }), 'platform: monitoring.alerts.rolloutDegradedFor "soon" is not a duration: use a whole number with s, m or h (5m, 1h)'],
    [
      'no selector labels',
      () => withMonitoring({ selectorLabels: {} }),
      "platform: monitoring.selectorLabels is empty: name the labels the clusters' Prometheus selects PodMonitors, ServiceMonitors and PrometheusRules by (kube-prometheus-stack: release: <release name>)",
    ],
    ['a selector label value Kubernetes refuses', () => withMonitoring({ selectorLabels: { release: 'kube prometheus' } }), 'platform: monitoring.selectorLabels["release"] "kube prometheus" must be a Kubernetes label value'],
    ['a monitoring namespace that is not a DNS label', () => withMonitoring({ namespace: 'Monitoring' }), 'platform: monitoring.namespace "Monitoring" must be a DNS label'],
    ['a metrics path that is not absolute', () => platformWith((app) => ({ ...app, container: { ...app.container, metricsPath: 'metrics' } })), "gridos: container.metricsPath \"metrics\" must start with '/'"],
  ])('%s', (_name, p, message) => {
    expect(refused(p())).toBe(message);
  });
});

describe('gridops synth on a bad analysis setting', () => {
  test('exits 2 with the one-line error and writes nothing', () => {
    const repo = new TempRepo();
    try {
      const before = repo.snapshotDist();
      const file = 'src/config/apps/gridos.ts';
      const source = repo.read(file);
      // the defaults' analysis block (written over several lines): its first field gets a rate window of one minute
      const edited = source.replace(/(\n(\s+)analysis: \{\n)/, "$1$2  rateWindow: '1m',\n");
      expect(edited).not.toBe(source);
      repo.write(file, edited);
      const r = repo.gridops(['synth']);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('gridos (defaults): analysis.rateWindow "1m" must span at least 4 scrape intervals (analysis.scrapeInterval "30s")');
      expect(repo.snapshotDist()).toEqual(before);
    } finally {
      repo.remove();
    }
  });
});
