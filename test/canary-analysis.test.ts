import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { platform } from './fixtures/config/platform';
import { toYaml } from '../src/tree/manifest';
import { measurementPhase, MeasurementPhase, metricPhase, MetricPhase, runPhase } from '../src/model/analysis-condition';
import { PlatformConfig } from '../src/model/platform';
import { ServiceProtocol } from '../src/model/service-protocol';
import { promtool as runPromtool } from './support/promtool';
import { synthesize } from '../src/synthesize';
import {
  expectedValue,
  exprTest,
  inputSeries,
  RenderedCanary,
  renderedCanary,
  resolvedQuery,
  scenarios,
  scrapeSeconds,
  seconds,
} from './support/canary-scenarios';
import { grpcPlatform, platformWith, tags, trafficPlatform } from './support/fixtures';

/*
 * The canary analysis on Prometheus' own engine (promtool test rules) and under Argo Rollouts v1.9.0's rules (the
 * evaluator of src/model/analysis-condition.ts): for every application × environment × metric of several platforms,
 * the RENDERED queries run on series labelled as the rendered PodMonitor labels them, at the measurement times the
 * rendered AnalysisTemplate gives (initialDelay + k × interval after the analysis starts, the canary's first scrape one
 * full interval late: freshly started). Properties that hold for any valid configuration:
 * - healthy (OK only, no server-error series at all): every measurement until the canary could be promoted succeeds;
 * - bad (6 % server errors, p99 far above the threshold): the run fails at failed measurement abortOnFailure, before
 *   the last pause ends, so the canary is aborted, never promoted;
 * - no traffic (flat counters) and no data (never scraped): the first measurement is Inconclusive, the rollout pauses.
 */

/** GridOS with every timing setting away from its default: a faster scrape, a shorter window, its own initial delay. */
function timingPlatform(): PlatformConfig {
  return platformWith((app) => ({
    ...app,
    defaults: { ...app.defaults, analysis: { ...app.defaults.analysis, scrapeInterval: '15s', rateWindow: '75s', initialDelay: '45s', interval: '40s' } },
    environments: app.environments.map((e) => ({ ...e, overrides: { ...e.overrides, analysis: { interval: '20s' } } })),
  }));
}

/** Fixture platforms: GridOS behind traffic routers, as a gRPC service, with its own timing. */
const FIXTURES: [string, PlatformConfig][] = [
  ['traffic routers (NGINX, Gateway API)', trafficPlatform()],
  ['gRPC', grpcPlatform()],
  ['scrape 15s, window 75s, initial delay 45s, interval 20s', timingPlatform()],
];
const PLATFORMS: [string, PlatformConfig][] = [['the fixture platform', platform], ...FIXTURES];

/** Seconds of the analysis' start in the series (the stable pods have history before it). */
const ANALYSIS_START_SCRAPES = 20;

interface Case {
  readonly name: string;
  readonly canary: RenderedCanary;
}

function cases(p: PlatformConfig): Case[] {
  const r = synthesize(p, tags());
  return [...r.intended].map(([name, objects]) => ({ name, canary: renderedCanary(objects) }));
}

/** The p99 threshold (ms) the rendered latency metric's success condition states. */
function latencyThreshold(c: RenderedCanary): number {
  const m = c.template.spec.metrics.find((x: any) => x.name === 'latency-p99');
  const found = /result\[0\] <= ([0-9.]+)$/.exec(m.successCondition);
  if (!found) throw new Error(`no p99 threshold in ${m.successCondition}`);
  return Number(found[1]);
}

/** Seconds of all pause steps of the rendered Rollout: with pods Ready at once, the canary is promoted when they end. */
function pausesOf(c: RenderedCanary): number {
  return c.rollout.spec.strategy.canary.steps.filter((s: any) => s.pause).reduce((sum: number, s: any) => sum + seconds(String(s.pause.duration)), 0);
}

describe.each(PLATFORMS)('canary analysis on promtool: %s', (_name, p) => {
  const all = cases(p);
  test.each(all.map((x) => [x.name, x]))('%s: every metric judges healthy, bad, no-traffic and no-data canaries as it must', (_n, x) => {
    const c = (x as Case).canary;
    const s = scrapeSeconds(c);
    const ms = latencyThreshold(c);
    const protocol = c.rollout.spec.template.spec.containers[0].ports[0].name === 'grpc' ? 'grpc' : 'http';
    const metrics: any[] = c.template.spec.metrics;
    const timing = metrics.map((m) => ({ delay: seconds(m.initialDelay), interval: seconds(m.interval) }));
    const pauses = pausesOf(c);
    const start = ANALYSIS_START_SCRAPES * s;
    // measurements taken before the last pause ends (with pods Ready at once, the rollout is promoted then)
    const times = (i: number) => {
      const out: number[] = [];
      for (let k = 0; timing[i].delay + k * timing[i].interval < pauses; k++) out.push(timing[i].delay + k * timing[i].interval);
      return out;
    };
    const samples = Math.ceil((start + pauses) / s) + 2;
    const tests: unknown[] = [];
    const phases: Record<string, { metric: string; measurements: MeasurementPhase[] }[]> = {};
    for (const sc of scenarios(ms)) {
      const exprTests: unknown[] = [];
      phases[sc.name] = metrics.map((m, i) => {
        const v = expectedValue(m.name, sc, ms);
        for (const t of times(i)) exprTests.push(exprTest(resolvedQuery(c, m), start + t, v));
        return { metric: m.name, measurements: times(i).map(() => measurementPhase(m, v === undefined ? [] : [v])) };
      });
      tests.push({ name: sc.name, interval: `${s}s`, input_series: inputSeries(c, protocol, sc, ms, samples, ANALYSIS_START_SCRAPES + 1), promql_expr_test: exprTests });
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gridops-promtool-'));
    try {
      fs.writeFileSync(path.join(dir, 'analysis.yaml'), toYaml([{ rule_files: [], evaluation_interval: `${s}s`, tests }]));
      // WHEN promtool evaluates every rendered query at every measurement time of every scenario
      const r = runPromtool(['test', 'rules', 'analysis.yaml'], dir);
      // THEN each value is what the scenario means (1, 0.94, 0, the p99, or no answer)
      expect(r.output).toContain('SUCCESS');
      expect(r.status).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    // AND the conditions judge those values as Argo Rollouts v1.9.0 does
    const limits = (name: string) => {
      const m = metrics.find((x) => x.name === name);
      return { failureLimit: m.failureLimit, inconclusiveLimit: m.inconclusiveLimit ?? 0, consecutiveErrorLimit: m.consecutiveErrorLimit };
    };
    const decide = (scenario: string) => phases[scenario].map((m) => ({ metric: m.metric, ...metricPhase(m.measurements, limits(m.metric)) }));
    // healthy: every measurement of every metric succeeds, nothing decides, the run is still Running at promotion
    for (const m of phases.healthy) expect({ metric: m.metric, phases: [...new Set(m.measurements)] }).toEqual({ metric: m.metric, phases: ['Successful'] });
    expect(runPhase(decide('healthy').map((d) => d.phase))).toBe<MetricPhase>('Running');
    // bad: the run fails at the abortOnFailure-th measurement (failureLimit + 1), and that comes before the last pause ends
    const bad = decide('bad');
    expect(runPhase(bad.map((d) => d.phase))).toBe<MetricPhase>('Failed');
    const abortOnFailure = metrics[0].failureLimit + 1;
    const decidedAt = Math.min(...bad.filter((d) => d.phase === 'Failed').map((d) => d.decidedAt!));
    expect(decidedAt).toBe(abortOnFailure - 1);
    expect(timing[0].delay + decidedAt * timing[0].interval).toBeLessThan(pauses);
    expect(bad.find((d) => d.metric === 'latency-p99')).toEqual({ metric: 'latency-p99', phase: 'Failed', decidedAt: abortOnFailure - 1 });
    // no traffic, no data: the first measurement of every metric is Inconclusive: the rollout pauses for a human
    for (const scenario of ['no traffic', 'no data']) {
      expect(decide(scenario)).toEqual(metrics.map((m) => ({ metric: m.name, phase: 'Inconclusive', decidedAt: 0 })));
      expect(runPhase(decide(scenario).map((d) => d.phase))).toBe<MetricPhase>('Inconclusive');
    }
  });
});

describe('the queries of both protocols are covered', () => {
  test('the fixture platforms render the HTTP and the gRPC analysis', () => {
    const series = new Set(FIXTURES.flatMap(([, p]) => cases(p)).map((c) => c.canary.template.spec.metrics[0].provider.prometheus.query.match(/rate\((\w+)\{/)![1]));
    expect([...series].sort()).toEqual([ServiceProtocol.grpc().metrics.requestsTotal, ServiceProtocol.http().metrics.requestsTotal].sort());
  });
});
