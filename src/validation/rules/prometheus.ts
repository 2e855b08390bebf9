import { ConditionSyntaxError, measurementPhase } from '../../model/analysis-condition';
import { POD_MONITOR_TARGET_LABELS, seriesLabel } from '../../model/monitoring';
import { ParsedQuery, parsePromql, substituteArgs } from '../../model/promql';
import { PromqlParseCache } from '../promql-cache';
import { ServiceProtocol } from '../../model/service-protocol';
import { Environment, fieldPath, findingAt, isObject, Located, Rule, RuleFinding, show, ValidationContext } from '../rule';

/*
 * The canary analysis as Prometheus and Argo Rollouts will run it: every query parses with Prometheus' own grammar
 * (lezer-promql), filters only on labels the scrape of the judged pods attaches, and has conditions that make "no
 * data" Inconclusive rather than an error; every PodMonitor scrapes a port its pods declare.
 */

const POD_TEMPLATE_HASH = 'rollouts-pod-template-hash';

/** A Prometheus query of an AnalysisTemplate metric, with where it is. */
interface TemplateQuery {
  readonly at: Located;
  readonly index: number;
  readonly metric: Record<string, any>;
  readonly query: string;
  readonly path: string;
}

function templateQueries(at: Located): TemplateQuery[] {
  if (!['AnalysisTemplate', 'ClusterAnalysisTemplate'].includes(at.object.kind)) return [];
  const metrics = (at.object.spec as any)?.metrics;
  if (!Array.isArray(metrics)) return [];
  return metrics.flatMap((metric, index) => {
    const query = metric?.provider?.prometheus?.query;
    return isObject(metric) && typeof query === 'string' ? [{ at, index, metric, query, path: fieldPath('spec', 'metrics', index, 'provider', 'prometheus', 'query') }] : [];
  });
}

/** The Rollouts of an environment that run `template` (background analysis or an analysis step), with the args they pass. */
function rolloutsRunning(env: Environment, template: Located): { rollout: Located; args: Record<string, string> }[] {
  const name = template.object.metadata.name;
  const namespace = template.object.metadata.namespace;
  const out: { rollout: Located; args: Record<string, string> }[] = [];
  for (const r of env.objects) {
    if (r.object.kind !== 'Rollout' || (template.object.kind === 'AnalysisTemplate' && r.object.metadata.namespace !== namespace)) continue;
    const canary = (r.object.spec as any)?.strategy?.canary ?? {};
    const analyses = [canary.analysis, ...(Array.isArray(canary.steps) ? canary.steps.map((s: any) => s?.analysis) : [])].filter(isObject);
    for (const a of analyses) {
      if (!Array.isArray(a.templates) || !a.templates.some((t: any) => t?.templateName === name)) continue;
      const args: Record<string, string> = {};
      for (const arg of Array.isArray(a.args) ? a.args : []) {
        // valueFrom (the pod template hash, a field of the Rollout) is known only in the cluster: a hash-shaped stand-in
        if (typeof arg?.name === 'string') args[arg.name] = typeof arg.value === 'string' ? arg.value : '5d8f7c9b6d';
      }
      out.push({ rollout: r, args });
    }
  }
  return out;
}

/** The template's declared default args, then the Rollout's; a placeholder left over reads as its own name. */
function resolve(query: string, template: Located, args: Record<string, string>): string {
  const declared: Record<string, string> = {};
  for (const a of Array.isArray((template.object.spec as any)?.args) ? (template.object.spec as any).args : []) {
    if (typeof a?.name === 'string') declared[a.name] = typeof a.value === 'string' ? a.value : a.name;
  }
  return substituteArgs(query, { ...declared, ...args });
}

/** Runs `check` on every Prometheus query of every analysis template of every environment, once per Rollout running it. */
function eachQuery(ctx: ValidationContext, check: (q: TemplateQuery, resolved: string, env: Environment, rollout?: Located) => RuleFinding[]): RuleFinding[] {
  return ctx.environments.flatMap((env) =>
    env.objects.flatMap(templateQueries).flatMap((q) => {
      const runs = rolloutsRunning(env, q.at);
      return (runs.length > 0 ? runs : [{ rollout: undefined, args: {} }]).flatMap(({ rollout, args }) => {
        let resolved: string;
        try {
          resolved = resolve(q.query, q.at, args);
        } catch {
          return []; // an unresolvable placeholder is rollouts/analysis-args' finding
        }
        return check(q, resolved, env, rollout);
      });
    }),
  );
}

/** Runs `check` with a PromQL parser: remembered across runs when the context may use the caches. */
function withParser<T>(ctx: ValidationContext, check: (parse: (query: string) => ParsedQuery) => T): T {
  const cache = ctx.useCache ? PromqlParseCache.of() : undefined;
  try {
    return check(cache ? (q) => cache.parse(q) : parsePromql);
  } finally {
    cache?.save();
  }
}

/** Unique findings, in order (a template run by several Rollouts, or found in several files, is reported once). */
function unique(findings: RuleFinding[]): RuleFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = JSON.stringify(f);
    return !seen.has(key) && seen.add(key);
  });
}

export const querySyntax: Rule = {
  id: 'prometheus/query-syntax',
  description: "Every Prometheus query (an AnalysisTemplate metric's, with the Rollout's args substituted, and every PrometheusRule expression) parses with Prometheus' own grammar (lezer-promql).",
  check: (ctx) => withParser(ctx, (parse) => {
    const analysis = eachQuery(ctx, (q, resolved, _env, rollout) => {
      const error = parse(resolved).error;
      if (!error) return [];
      const as = rollout ? ` (args of Rollout ${rollout.object.metadata.name} substituted)` : '';
      return [findingAt(q.at, q.path, `does not parse as PromQL${as}: ${error.message}: ${show(resolved)}`)];
    });
    const rules = ctx.distinct.flatMap((at) => {
      if (at.object.kind !== 'PrometheusRule') return [];
      const groups = (at.object.spec as any)?.groups;
      return (Array.isArray(groups) ? groups : []).flatMap((g: any, gi: number) =>
        (Array.isArray(g?.rules) ? g.rules : []).flatMap((r: any, ri: number) => {
          const expr = typeof r?.expr === 'number' ? String(r.expr) : r?.expr;
          const error = typeof expr === 'string' ? parse(expr).error : { message: `expr must be a string, got ${show(expr)}` };
          return error ? [findingAt(at, fieldPath('spec', 'groups', gi, 'rules', ri, 'expr'), `does not parse as PromQL: ${error.message}: ${show(expr)}`)] : [];
        }),
      );
    });
    return unique([...analysis, ...rules]);
  }),
};

/** A label selector (matchLabels, matchExpressions) matches `labels`. */
function selects(selector: unknown, labels: Record<string, string>): boolean {
  if (!isObject(selector)) return false;
  const ml: Record<string, unknown> = isObject(selector.matchLabels) ? selector.matchLabels : {};
  const exprs: any[] = Array.isArray(selector.matchExpressions) ? selector.matchExpressions : [];
  if (Object.keys(ml).length + exprs.length === 0) return true;
  return (
    Object.entries(ml).every(([k, v]) => labels[k] === v) &&
    exprs.every((e) => {
      const values: unknown[] = Array.isArray(e?.values) ? e.values : [];
      const has = Object.prototype.hasOwnProperty.call(labels, e?.key);
      if (e?.operator === 'In') return has && values.includes(labels[e.key]);
      if (e?.operator === 'NotIn') return !has || !values.includes(labels[e.key]);
      if (e?.operator === 'Exists') return has;
      if (e?.operator === 'DoesNotExist') return !has;
      return false;
    })
  );
}

/** The labels of the pods a Rollout creates: its pod template's, plus the hash the controller adds. */
function podLabels(rollout: Located): Record<string, string> {
  const labels = (rollout.object.spec as any)?.template?.metadata?.labels;
  return { ...(isObject(labels) ? (labels as Record<string, string>) : {}), [POD_TEMPLATE_HASH]: 'hash' };
}

/** The PodMonitors of an environment that scrape the pods with `labels` in `namespace`. */
function podMonitorsOf(env: Environment, namespace: string | undefined, labels: Record<string, string>): Located[] {
  return env.objects.filter((m) => {
    if (m.object.kind !== 'PodMonitor') return false;
    const spec = (m.object.spec ?? {}) as Record<string, any>;
    const ns = spec.namespaceSelector;
    const inNamespace = ns?.any === true || (Array.isArray(ns?.matchNames) ? ns.matchNames.includes(namespace) : m.object.metadata.namespace === namespace);
    return inNamespace && selects(spec.selector, labels);
  });
}

/** The labels a PodMonitor's targets carry for pods with `labels`: the target labels, its podTargetLabels, its relabelings' targets. */
function attachedLabels(monitor: Located, labels: Record<string, string>): Set<string> {
  const spec = (monitor.object.spec ?? {}) as Record<string, any>;
  const out = new Set(POD_MONITOR_TARGET_LABELS);
  for (const l of Array.isArray(spec.podTargetLabels) ? spec.podTargetLabels : []) if (typeof l === 'string' && l in labels) out.add(seriesLabel(l));
  for (const e of Array.isArray(spec.podMetricsEndpoints) ? spec.podMetricsEndpoints : []) {
    for (const r of Array.isArray(e?.relabelings) ? e.relabelings : []) {
      if (typeof r?.targetLabel === 'string' && (r.action === undefined || /^replace$/i.test(r.action))) out.add(r.targetLabel);
    }
  }
  return out;
}

export const queryLabels: Rule = {
  id: 'prometheus/query-labels',
  description: 'Every label an analysis query filters on is on the series: attached by a PodMonitor scraping the pods of the Rollout it judges (namespace, pod, container, endpoint, job, instance, its podTargetLabels and relabelings), or put there by the protocol\'s instrumentation (code, grpc_code, le).',
  check: (ctx) => withParser(ctx, (parse) => {
    const instrumentation = ServiceProtocol.instrumentationLabels();
    return unique(
      eachQuery(ctx, (q, resolved, env, rollout) => {
        if (!rollout) return [];
        const labels = podLabels(rollout);
        const monitors = podMonitorsOf(env, rollout.object.metadata.namespace, labels);
        const name = `Rollout ${rollout.object.metadata.name}`;
        if (monitors.length === 0) {
          return [findingAt(q.at, q.path, `no PodMonitor scrapes the pods of ${name} in ${env.name}: the query finds no series`)];
        }
        const attached = new Set(monitors.flatMap((m) => [...attachedLabels(m, labels)]));
        const findings: RuleFinding[] = [];
        for (const sel of parse(resolved).selectors) {
          const own = instrumentation.get(sel.metric ?? '') ?? [];
          for (const m of sel.matchers) {
            if (m.label === '__name__' || own.includes(m.label) || attached.has(m.label)) continue;
            findings.push(
              findingAt(
                q.at,
                q.path,
                `filters ${sel.metric ?? 'a series'} on label ${show(m.label)}, which the scrape of ${name}'s pods (PodMonitor ${monitors.map((x) => x.object.metadata.name).join(', ')}) does not attach: it attaches ${[...attached].sort().join(', ')}`,
              ),
            );
          }
        }
        return findings;
      }),
    );
  }),
};

export const podMonitorPort: Rule = {
  id: 'prometheus/pod-monitor-port',
  description: "Every PodMonitor selects the pods of a Rollout of its environment, and each of its endpoints scrapes a port name those pods' containers declare.",
  check: (ctx) =>
    unique(
      ctx.environments.flatMap((env) =>
        env.objects
          .filter((m) => m.object.kind === 'PodMonitor')
          .flatMap((m) => {
            const spec = (m.object.spec ?? {}) as Record<string, any>;
            const rollouts = env.objects.filter((r) => r.object.kind === 'Rollout' && podMonitorsOf(env, r.object.metadata.namespace, podLabels(r)).includes(m));
            if (rollouts.length === 0) return [findingAt(m, 'spec.selector', `selects no pods of a Rollout of ${env.name}: ${show(spec.selector)}`)];
            const declared = rollouts.flatMap((r) => ((r.object.spec as any)?.template?.spec?.containers ?? []).flatMap((c: any) => (Array.isArray(c?.ports) ? c.ports : [])));
            const names = declared.map((p: any) => p?.name).filter((n: unknown): n is string => typeof n === 'string');
            return (Array.isArray(spec.podMetricsEndpoints) ? spec.podMetricsEndpoints : []).flatMap((e: any, i: number) => {
              if (typeof e?.port === 'string' && names.includes(e.port)) return [];
              if (e?.port === undefined && typeof e?.portNumber === 'number' && declared.some((p: any) => p?.containerPort === e.portNumber)) return [];
              const what = e?.port !== undefined ? `port ${show(e.port)}` : `portNumber ${show(e?.portNumber)}`;
              return [
                findingAt(m, fieldPath('spec', 'podMetricsEndpoints', i, e?.port !== undefined ? 'port' : 'portNumber'), `${what} is not a port the containers of Rollout ${rollouts.map((r) => r.object.metadata.name).join(', ')} declare (declared: ${declared.map((p: any) => `${p?.name ?? '(unnamed)'} ${p?.containerPort}`).join(', ') || 'none'})`),
              ];
            });
          }),
      ),
    ),
};

export const emptyResult: Rule = {
  id: 'prometheus/empty-result',
  description: "Every Prometheus metric's conditions make an empty result (no series: no traffic, no data yet) and NaN Inconclusive, which pauses the rollout for a human: never Error (result[0] of an empty result aborts the canary) nor Successful or Failed.",
  check: (ctx) =>
    unique(
      ctx.environments.flatMap((env) =>
        env.objects.flatMap(templateQueries).flatMap((q) => {
          const at = q.at;
          const path = fieldPath('spec', 'metrics', q.index);
          let wrong: string[];
          try {
            wrong = (
              [
                ['an empty result', []],
                ['NaN', [NaN]],
              ] as const
            )
              .map(([what, result]) => [what, measurementPhase(q.metric, result)] as const)
              .filter(([, phase]) => phase !== 'Inconclusive')
              .map(([what, phase]) => `${what} makes the measurement ${phase}`);
          } catch (e) {
            if (!(e instanceof ConditionSyntaxError)) throw e;
            return [findingAt(at, path, `a condition is not one the evaluator reads: ${e.message}`)];
          }
          if (wrong.length === 0) return [];
          const conditions = `successCondition ${show(q.metric.successCondition)}, failureCondition ${show(q.metric.failureCondition)}`;
          return [findingAt(at, path, `${wrong.join(' and ')}, not Inconclusive (${conditions}): guard both conditions with len(result) > 0`)];
        }),
      ),
    ),
};

/** The Prometheus rules, in the order the README lists them. */
export const PROMETHEUS_RULES: readonly Rule[] = [querySyntax, queryLabels, podMonitorPort, emptyResult];
