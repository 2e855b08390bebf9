import { Duration } from '../../src/model/duration';
import { substituteArgs } from '../../src/model/promql';

/*
 * Test input for the canary analysis, derived from the RENDERED objects of one environment (what the cluster gets):
 * the series a scrape of its pods would hold, labelled as its PodMonitor labels them, for the stable and the canary
 * ReplicaSet, in the scenarios the analysis must judge; and the measurement times its AnalysisTemplate gives. Written
 * independently of src/: the series a conventional HTTP server (client_golang promhttp) and gRPC server
 * (go-grpc-prometheus) export are this file's own knowledge, so a query reading the wrong series or labels finds
 * nothing here.
 */

/** What a conventional server of each protocol exports: its request counter, its outcome label, its latency histogram. */
const INSTRUMENTATION = {
  http: { counter: 'http_requests_total', outcome: 'code', ok: '200', serverError: '503', histogram: 'http_request_duration_seconds_bucket', extra: { method: 'GET', handler: '/api/v1/grid' } },
  grpc: {
    counter: 'grpc_server_handled_total',
    outcome: 'grpc_code',
    ok: 'OK',
    serverError: 'Unavailable',
    histogram: 'grpc_server_handling_seconds_bucket',
    extra: { grpc_type: 'unary', grpc_service: 'grid.telemetry.v1.Ingest', grpc_method: 'Push' },
  },
} as const;

/** The ReplicaSet hashes the controller gives the stable and the canary pods in every scenario. */
export const STABLE_HASH = '6d4f9c7b58';
export const CANARY_HASH = '7b9c5d8f64';

/** The objects of one environment the analysis involves, as rendered. */
export interface RenderedCanary {
  readonly rollout: any;
  readonly template: any;
  readonly podMonitor: any;
}

export function renderedCanary(objects: readonly any[]): RenderedCanary {
  const one = (kind: string) => {
    const found = objects.filter((o) => o.kind === kind);
    if (found.length !== 1) throw new Error(`expected one ${kind}, found ${found.length}`);
    return found[0];
  };
  return { rollout: one('Rollout'), template: one('AnalysisTemplate'), podMonitor: one('PodMonitor') };
}

/** Seconds of a rendered duration. */
export function seconds(d: string): number {
  return Duration.go(d).toSeconds();
}

/** The scrape interval of the PodMonitor (its one endpoint). */
export function scrapeSeconds(c: RenderedCanary): number {
  return seconds(c.podMonitor.spec.podMetricsEndpoints[0].interval);
}

/** A metric's query with the args the Rollout passes (the pod template hash being the canary's). */
export function resolvedQuery(c: RenderedCanary, metric: any): string {
  const args: Record<string, string> = {};
  for (const a of c.rollout.spec.strategy.canary.analysis.args) args[a.name] = a.valueFrom?.podTemplateHashValue === 'Latest' ? CANARY_HASH : a.value;
  return substituteArgs(metric.provider.prometheus.query, args);
}

/** The labels a scrape of one pod attaches, as prometheus-operator does for a PodMonitor target (promcfg.go). */
export function targetLabels(c: RenderedCanary, hash: string, index: number): Record<string, string> {
  const r = c.rollout;
  const pm = c.podMonitor;
  const podLabels: Record<string, string> = { ...r.spec.template.metadata.labels, 'rollouts-pod-template-hash': hash };
  for (const [k, v] of Object.entries(pm.spec.selector.matchLabels ?? {})) if (podLabels[k] !== v) throw new Error(`the PodMonitor does not select the Rollout's pods (${k})`);
  const endpoint = pm.spec.podMetricsEndpoints[0];
  const container = r.spec.template.spec.containers.find((x: any) => (x.ports ?? []).some((p: any) => p.name === endpoint.port));
  if (!container) throw new Error(`no container declares the PodMonitor's port ${endpoint.port}`);
  const port = container.ports.find((p: any) => p.name === endpoint.port).containerPort;
  const labels: Record<string, string> = {
    namespace: r.metadata.namespace,
    pod: `${r.metadata.name}-${hash}-${index}`,
    container: container.name,
    endpoint: endpoint.port,
    job: pm.spec.jobLabel ? podLabels[pm.spec.jobLabel] : `${pm.metadata.namespace}/${pm.metadata.name}`,
    instance: `10.244.${hash === CANARY_HASH ? 2 : 1}.${10 + index}:${port}`,
  };
  for (const l of pm.spec.podTargetLabels ?? []) if (l in podLabels) labels[l.replace(/[^a-zA-Z0-9_]/g, '_')] = podLabels[l];
  return labels;
}

/** What a set of pods serves in a scenario, per scrape interval and pod. */
interface Traffic {
  /** Requests per scrape interval per pod; 0: counters flat. */
  readonly requests: number;
  /** Share of server errors. */
  readonly errorShare: number;
  /** Every request takes this long, in seconds. */
  readonly latency: number;
}

/** One scenario: what the canary and the stable pods serve, and from when the canary is scraped. */
export interface Scenario {
  readonly name: string;
  /** The canary's traffic, or undefined: never scraped (no data at all). */
  readonly canary?: Traffic;
  readonly stable: Traffic;
}

/** The test's own expectation of a metric's value in a scenario (undefined: no answer, an empty result). */
export type Expected = number | undefined;

/** Latency buckets (seconds) around a p99 threshold of `ms`: quarter, half, once, twice, four times it. */
function buckets(ms: number): number[] {
  return [0.25, 0.5, 1, 2, 4].map((f) => (f * ms) / 1000);
}

/** The p99 in ms histogram_quantile gives when every request takes `latency` s, over {@link buckets} of `ms`. */
export function p99Of(latency: number, ms: number): number {
  const b = buckets(ms);
  const i = b.findIndex((le) => latency <= le);
  if (i < 0) return b[b.length - 1] * 1000; // the +Inf bucket: the highest finite bound
  const lower = i === 0 ? 0 : b[i - 1];
  return (lower + (b[i] - lower) * 0.99) * 1000;
}

/**
 * The scenarios, for an analysis whose p99 threshold is `ms`: healthy (OK only, no server-error series at all, p99 a
 * quarter of the threshold), bad (6 % server errors, p99 3.98 × the threshold), no traffic (flat counters) and no data
 * (never scraped). The stable pods serve the opposite of the canary, so a query that does not keep to the canary's
 * pods reads the wrong answer.
 */
export function scenarios(ms: number): Scenario[] {
  const fast = (0.2 * ms) / 1000;
  const slow = (3 * ms) / 1000;
  const good: Traffic = { requests: 100, errorShare: 0, latency: fast };
  const bad: Traffic = { requests: 100, errorShare: 0.06, latency: slow };
  return [
    { name: 'healthy', canary: good, stable: bad },
    { name: 'bad', canary: bad, stable: good },
    { name: 'no traffic', canary: { requests: 0, errorShare: 0, latency: fast }, stable: good },
    { name: 'no data', stable: good },
  ];
}

/** promtool input series of a scenario: `samples` scrapes of the stable pods, the canary's from scrape `canaryFrom`. */
export function inputSeries(c: RenderedCanary, protocol: 'http' | 'grpc', s: Scenario, ms: number, samples: number, canaryFrom: number): { series: string; values: string }[] {
  const inst = INSTRUMENTATION[protocol];
  const out: { series: string; values: string }[] = [];
  const render = (labels: Record<string, string>) => `{${Object.entries(labels).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(', ')}}`;
  const counter = (from: number, perScrape: number) => `${from > 0 ? `_x${from} ` : ''}0+${perScrape}x${samples - 1 - from}`;
  const pods = (hash: string, t: Traffic, from: number) => {
    for (const i of [0, 1]) {
      const target = targetLabels(c, hash, i);
      const ok = t.requests * (1 - t.errorShare);
      const errors = t.requests * t.errorShare;
      out.push({ series: `${inst.counter}${render({ ...target, ...inst.extra, [inst.outcome]: inst.ok })}`, values: counter(from, ok) });
      // a series for an outcome exists only once it was seen: a healthy canary has no server-error series
      if (errors > 0) out.push({ series: `${inst.counter}${render({ ...target, ...inst.extra, [inst.outcome]: inst.serverError })}`, values: counter(from, errors) });
      for (const le of [...buckets(ms).map(String), '+Inf']) {
        const count = le === '+Inf' || t.latency <= Number(le) ? t.requests : 0;
        out.push({ series: `${inst.histogram}${render({ ...target, ...inst.extra, le })}`, values: counter(from, count) });
      }
    }
  };
  pods(STABLE_HASH, s.stable, 0);
  if (s.canary) pods(CANARY_HASH, s.canary, canaryFrom);
  return out;
}

/** The value each metric (by name) should have in a scenario, from the scenario alone. */
export function expectedValue(metric: string, s: Scenario, ms: number): Expected {
  const t = s.canary;
  if (!t || t.requests === 0) return undefined;
  if (metric === 'success-rate') return 1 - t.errorShare;
  if (metric === 'error-rate') return t.errorShare;
  if (metric === 'latency-p99') return p99Of(t.latency, ms);
  throw new Error(`no expectation for metric ${metric}`);
}

/** A promql_expr_test asserting `query` at `t` seconds: empty, or one sample within a relative 1e-9 of `v`. */
export function exprTest(query: string, t: number, v: Expected): unknown {
  if (v === undefined) return { expr: query, eval_time: `${t}s`, exp_samples: [] };
  const tolerance = Math.max(1e-12, Math.abs(v) * 1e-9);
  return { expr: `abs((${query}) - ${v}) <= bool ${tolerance}`, eval_time: `${t}s`, exp_samples: [{ labels: '{}', value: 1 }] };
}
