import { groupVersion } from '../../tree/manifest';
import { Duration } from '../../model/duration';
import { attempt } from '../../model/errors';
import { GATEWAY_API_PLUGIN } from '../../model/traffic';
import { scaled } from '../../model/traffic-share';
import { Environment, fieldPath, findingAt, isObject, Located, repeats, Rule, RuleFinding, show, ValidationContext } from '../rule';

/*
 * Argo Rollouts' rules, after its validation code (pkg/apis/rollouts/validation/validation.go and
 * validation_references.go, utils/analysis ValidateMetric at v1.9.0), applied to what each environment builds to, so
 * environment values are checked too. Messages keep the controller's wording where it has one.
 */

const ROLLOUT = 'Rollout';
const TEMPLATE_KINDS = ['AnalysisTemplate', 'ClusterAnalysisTemplate'];
const POD_TEMPLATE_HASH = 'rollouts-pod-template-hash';

/** Runs `check` on every object of `kinds` in every environment. */
function eachObject(ctx: ValidationContext, kinds: readonly string[], check: (at: Located, env: Environment) => RuleFinding[]): RuleFinding[] {
  return ctx.environments.flatMap((env) => env.objects.filter((o) => kinds.includes(o.object.kind)).flatMap((at) => check(at, env)));
}

function find(env: Environment, kind: string, name: unknown, namespace?: string): Located | undefined {
  return env.objects.find((o) => o.object.kind === kind && o.object.metadata?.name === name && (namespace === undefined || (o.object.metadata.namespace ?? namespace) === namespace));
}

function canaryOf(r: Located): Record<string, any> | undefined {
  const c = (r.object.spec as any)?.strategy?.canary;
  return isObject(c) ? c : undefined;
}

function stepsOf(r: Located): { step: Record<string, any>; i: number }[] {
  const steps = canaryOf(r)?.steps;
  return Array.isArray(steps) ? steps.map((step, i) => ({ step: isObject(step) ? step : {}, i })) : [];
}

const STEPS = ['spec', 'strategy', 'canary', 'steps'] as const;

export const strategy: Rule = {
  id: 'rollouts/strategy',
  description: 'A Rollout sets exactly one strategy: canary or blueGreen.',
  check: (ctx) =>
    eachObject(ctx, [ROLLOUT], (r) => {
      const s = (r.object.spec as any)?.strategy ?? {};
      const set = ['canary', 'blueGreen'].filter((k) => s[k] !== undefined && s[k] !== null);
      if (set.length === 1) return [];
      return [findingAt(r, 'spec.strategy', `must set exactly one of canary or blueGreen, sets ${set.length === 0 ? 'none' : 'both'}`)];
    }),
};

export const selector: Rule = {
  id: 'rollouts/selector',
  description: "A Rollout's selector is not empty and selects its own pod template's labels.",
  check: (ctx) =>
    eachObject(ctx, [ROLLOUT], (r) => {
      const spec = (r.object.spec ?? {}) as Record<string, any>;
      if (spec.workloadRef) return [];
      const sel = spec.selector ?? {};
      const matchLabels: Record<string, unknown> = isObject(sel.matchLabels) ? sel.matchLabels : {};
      if (Object.keys(matchLabels).length + (Array.isArray(sel.matchExpressions) ? sel.matchExpressions.length : 0) === 0) {
        return [findingAt(r, 'spec.selector', `empty selector is invalid: it would select every pod of the namespace, got ${show(spec.selector)}`)];
      }
      const labels: Record<string, unknown> = spec.template?.metadata?.labels ?? {};
      return Object.entries(matchLabels)
        .filter(([k, v]) => labels[k] !== v)
        .map(([k, v]) => findingAt(r, fieldPath('spec', 'selector', 'matchLabels', k), `selector ${show(v)} does not match the pod template label ${show(labels[k])}`));
    }),
};

export const maxSurgeUnavailable: Rule = {
  id: 'rollouts/max-surge-unavailable',
  description: 'A canary does not set both maxSurge and maxUnavailable to zero (it could never progress).',
  check: (ctx) =>
    eachObject(ctx, [ROLLOUT], (r) => {
      const c = canaryOf(r);
      if (!c) return [];
      const surge = c.maxSurge ?? '25%';
      const unavailable = c.maxUnavailable ?? '25%';
      const zero = (v: unknown) => v === 0 || v === '0' || v === '0%';
      if (!zero(surge) || !zero(unavailable)) return [];
      return [findingAt(r, 'spec.strategy.canary.maxSurge', `MaxSurge and MaxUnavailable both can not be zero: maxSurge ${show(surge)}, maxUnavailable ${show(unavailable)}`)];
    }),
};

const STEP_KINDS = ['setWeight', 'pause', 'experiment', 'analysis', 'setCanaryScale', 'setHeaderRoute', 'setMirrorRoute', 'plugin'];

export const stepType: Rule = {
  id: 'rollouts/step-type',
  description: 'Every canary step does exactly one thing (setWeight, pause, analysis, experiment, setCanaryScale, setHeaderRoute, setMirrorRoute or plugin).',
  check: (ctx) =>
    eachObject(ctx, [ROLLOUT], (r) =>
      stepsOf(r).flatMap(({ step, i }) => {
        const set = STEP_KINDS.filter((k) => step[k] !== undefined && step[k] !== null);
        if (set.length === 1) return [];
        return [findingAt(r, fieldPath(...STEPS, i), `a step must set exactly one of ${STEP_KINDS.join(', ')}; sets ${set.length === 0 ? 'none' : set.join(' and ')}`)];
      }),
    ),
};

export const setWeightRange: Rule = {
  id: 'rollouts/set-weight-range',
  description: 'Every setWeight is within 0–100 (or the traffic router\'s maxTrafficWeight).',
  check: (ctx) =>
    eachObject(ctx, [ROLLOUT], (r) => {
      const max = canaryOf(r)?.trafficRouting?.maxTrafficWeight ?? 100;
      return stepsOf(r)
        .filter(({ step }) => step.setWeight !== undefined && (typeof step.setWeight !== 'number' || step.setWeight < 0 || step.setWeight > max))
        .map(({ step, i }) => findingAt(r, fieldPath(...STEPS, i, 'setWeight'), `${show(step.setWeight)} must be between 0 and ${max}`));
    }),
};

export const setWeightIncreasing: Rule = {
  id: 'rollouts/set-weight-increasing',
  description: 'setWeight steps increase: each is greater than the previous one.',
  check: (ctx) =>
    eachObject(ctx, [ROLLOUT], (r) => {
      const out: RuleFinding[] = [];
      let previous: number | undefined;
      for (const { step, i } of stepsOf(r)) {
        if (typeof step.setWeight !== 'number') continue;
        if (previous !== undefined && step.setWeight <= previous) {
          out.push(findingAt(r, fieldPath(...STEPS, i, 'setWeight'), `${step.setWeight} must be greater than the previous setWeight ${previous}`));
        }
        previous = step.setWeight;
      }
      return out;
    }),
};

export const pauseDuration: Rule = {
  id: 'rollouts/pause-duration',
  description: 'Every pause duration parses (seconds, or a Go duration such as 30s, 5m, 1h) and is not negative.',
  check: (ctx) =>
    eachObject(ctx, [ROLLOUT], (r) =>
      stepsOf(r)
        .filter(({ step }) => isObject(step.pause) && step.pause.duration !== undefined)
        .flatMap(({ step, i }) => {
          const d = attempt(() => Duration.pause(step.pause.duration))?.toSeconds();
          if (d !== undefined && d >= 0) return [];
          return [findingAt(r, fieldPath(...STEPS, i, 'pause', 'duration'), `${show(step.pause.duration)} is not a duration: use seconds (30) or a Go duration (30s, 5m, 1h)`)];
        }),
    ),
};

/** The services a Rollout names: canary stable/canary, blueGreen active/preview. */
function servicesOf(r: Located): { field: string; path: string; name: unknown }[] {
  const s = (r.object.spec as any)?.strategy ?? {};
  const out: { field: string; path: string; name: unknown }[] = [];
  if (isObject(s.canary)) for (const f of ['stableService', 'canaryService']) out.push({ field: f, path: `spec.strategy.canary.${f}`, name: s.canary[f] });
  if (isObject(s.blueGreen)) for (const f of ['activeService', 'previewService']) out.push({ field: f, path: `spec.strategy.blueGreen.${f}`, name: s.blueGreen[f] });
  return out;
}

export const servicesSet: Rule = {
  id: 'rollouts/services-set',
  description: 'A canary names both its stableService and its canaryService (a blueGreen its activeService).',
  check: (ctx) =>
    eachObject(ctx, [ROLLOUT], (r) =>
      servicesOf(r)
        .filter((s) => s.field !== 'previewService' && (typeof s.name !== 'string' || s.name === ''))
        .map((s) => findingAt(r, s.path, `must name the ${s.field.replace('Service', '')} Service, got ${show(s.name)}`)),
    ),
};

export const servicesDistinct: Rule = {
  id: 'rollouts/services-distinct',
  description: 'The stable and canary (active and preview) Services are two different Services.',
  check: (ctx) =>
    eachObject(ctx, [ROLLOUT], (r) => {
      const s = servicesOf(r);
      const out: RuleFinding[] = [];
      for (let i = 0; i + 1 < s.length; i += 2) {
        if (typeof s[i].name === 'string' && s[i].name !== '' && s[i].name === s[i + 1].name) {
          out.push(findingAt(r, s[i].path, `${s[i].field} and ${s[i + 1].field} are both ${show(s[i].name)}: two different services are required`));
        }
      }
      return out;
    }),
};

export const serviceExists: Rule = {
  id: 'rollouts/service-exists',
  description: 'Every Service a Rollout names exists in its environment and namespace.',
  check: (ctx) =>
    eachObject(ctx, [ROLLOUT], (r, env) =>
      servicesOf(r)
        .filter((s) => typeof s.name === 'string' && s.name !== '' && !find(env, 'Service', s.name, r.object.metadata.namespace))
        .map((s) => findingAt(r, s.path, `Service ${show(s.name)} does not exist in namespace ${show(r.object.metadata.namespace)} of ${env.name}`)),
    ),
};

export const serviceSelectsPods: Rule = {
  id: 'rollouts/service-selects-pods',
  description: "Every Service a Rollout names has a selector, and each of its labels is on the Rollout's pod template (except the controller's pod-template-hash).",
  check: (ctx) =>
    eachObject(ctx, [ROLLOUT], (r, env) => {
      const labels: Record<string, unknown> = (r.object.spec as any)?.template?.metadata?.labels ?? {};
      const out: RuleFinding[] = [];
      for (const s of servicesOf(r)) {
        const svc = find(env, 'Service', s.name, r.object.metadata.namespace);
        if (!svc) continue;
        const sel: Record<string, unknown> = (svc.object.spec as any)?.selector ?? {};
        if (Object.keys(sel).length === 0) {
          out.push(findingAt(r, s.path, `Service ${show(s.name)} has no selector: it would not follow the Rollout's pods`));
        }
        for (const [k, v] of Object.entries(sel)) {
          if (k === POD_TEMPLATE_HASH || labels[k] === v) continue;
          out.push(findingAt(r, s.path, `Service ${show(s.name)} selects ${k}=${show(v)}, but the pod template has ${k}=${show(labels[k])}`));
        }
      }
      return out;
    }),
};

export const trafficRouterFields: Rule = {
  id: 'rollouts/traffic-router-fields',
  description: 'No field that only works with a traffic router (scaleDownDelaySeconds, dynamicStableScale, setCanaryScale, setHeaderRoute, setMirrorRoute, experiment weights, pingPong) without one.',
  check: (ctx) =>
    eachObject(ctx, [ROLLOUT], (r) => {
      const c = canaryOf(r);
      if (!c || c.trafficRouting) return [];
      const out: RuleFinding[] = [];
      const say = (path: string, what: string, value: unknown) =>
        out.push(findingAt(r, path, `${what} ${show(value)} needs a traffic router (spec.strategy.canary.trafficRouting), and this canary has none`));
      for (const f of ['scaleDownDelaySeconds', 'abortScaleDownDelaySeconds', 'dynamicStableScale', 'pingPong']) {
        if (c[f] !== undefined && c[f] !== false) say(`spec.strategy.canary.${f}`, f, c[f]);
      }
      for (const { step, i } of stepsOf(r)) {
        for (const f of ['setCanaryScale', 'setHeaderRoute', 'setMirrorRoute']) if (step[f] !== undefined) say(fieldPath(...STEPS, i, f), f, step[f]);
        const templates = step.experiment?.templates;
        if (Array.isArray(templates)) {
          templates.forEach((t: any, j: number) => {
            if (t?.weight !== undefined) say(fieldPath(...STEPS, i, 'experiment', 'templates', j, 'weight'), 'experiment template weight', t.weight);
          });
        }
      }
      return out;
    }),
};

/** The Argo Rollouts Gateway API plugin's name (its key under trafficRouting.plugins). */
const GATEWAY_API = GATEWAY_API_PLUGIN.name;
const TRAFFIC_ROUTING = ['spec', 'strategy', 'canary', 'trafficRouting'] as const;

/** `Service name` of a backend reference, or `Kind name` (with its namespace) for anything else. */
function backendName(ref: Record<string, any>, routeNamespace: unknown): string {
  const kind = ref.kind ?? 'Service';
  const group = ref.group ?? '';
  const foreign = ref.namespace !== undefined && ref.namespace !== routeNamespace ? ` (namespace ${ref.namespace})` : '';
  return kind === 'Service' && group === '' && !foreign ? String(ref.name) : `${group ? `${group}/` : ''}${kind} ${ref.name}${foreign}`;
}

export const gatewayApiRoute: Rule = {
  id: 'rollouts/gateway-api-route',
  description: "The Gateway API plugin's configuration names HTTPRoutes of the Rollout's environment (in the plugin's namespace, else the Rollout's) whose every rule sends traffic to exactly the Rollout's stable and canary Services.",
  check: (ctx) =>
    eachObject(ctx, [ROLLOUT], (r, env) => {
      const c = canaryOf(r);
      const cfg = c?.trafficRouting?.plugins?.[GATEWAY_API];
      if (cfg === undefined) return [];
      const at = fieldPath(...TRAFFIC_ROUTING, 'plugins', GATEWAY_API);
      const refs: { name: unknown; path: string }[] = [];
      if (isObject(cfg) && cfg.httpRoute !== undefined) refs.push({ name: cfg.httpRoute, path: fieldPath(...TRAFFIC_ROUTING, 'plugins', GATEWAY_API, 'httpRoute') });
      if (isObject(cfg) && Array.isArray(cfg.httpRoutes)) {
        cfg.httpRoutes.forEach((h: any, i: number) => refs.push({ name: h?.name, path: fieldPath(...TRAFFIC_ROUTING, 'plugins', GATEWAY_API, 'httpRoutes', i, 'name') }));
      }
      if (refs.length === 0) return [findingAt(r, at, `names no HTTPRoute: set httpRoute to the route whose weights the plugin sets, got ${show(cfg)}`)];
      const namespace = (isObject(cfg) && typeof cfg.namespace === 'string' ? cfg.namespace : undefined) ?? r.object.metadata.namespace;
      const want = [c!.stableService, c!.canaryService];
      const out: RuleFinding[] = [];
      for (const ref of refs) {
        const route = find(env, 'HTTPRoute', ref.name, namespace);
        if (!route) {
          out.push(findingAt(r, ref.path, `HTTPRoute ${show(ref.name)} does not exist in namespace ${show(namespace)} of ${env.name}`));
          continue;
        }
        const rules: any[] = Array.isArray((route.object.spec as any)?.rules) ? (route.object.spec as any).rules : [];
        if (rules.length === 0) out.push(findingAt(r, ref.path, `HTTPRoute ${show(ref.name)} has no rules: it sends no traffic to the stable and canary Services ${show(want)}`));
        rules.forEach((x, i) => {
          const got = (Array.isArray(x?.backendRefs) ? x.backendRefs : []).map((b: any) => backendName(isObject(b) ? b : {}, route.object.metadata.namespace ?? namespace));
          if (got.length === 2 && want.every((w) => got.includes(w))) return;
          out.push(findingAt(r, ref.path, `HTTPRoute ${show(ref.name)} rules[${i}] sends traffic to ${show(got)}: its backendRefs must be exactly the stable and canary Services ${show(want)}`));
        });
      }
      return out;
    }),
};

export const nginxStableIngress: Rule = {
  id: 'rollouts/nginx-stable-ingress',
  description: "An NGINX traffic router's stableIngress (and stableIngresses) names an Ingress of the Rollout's environment and namespace whose every backend is the Rollout's stable Service (the controller copies it into the canary Ingress).",
  check: (ctx) =>
    eachObject(ctx, [ROLLOUT], (r, env) => {
      const c = canaryOf(r);
      const nginx = c?.trafficRouting?.nginx;
      if (!isObject(nginx)) return [];
      const refs: { name: unknown; path: string }[] = [];
      if (nginx.stableIngress !== undefined) refs.push({ name: nginx.stableIngress, path: fieldPath(...TRAFFIC_ROUTING, 'nginx', 'stableIngress') });
      if (Array.isArray(nginx.stableIngresses)) nginx.stableIngresses.forEach((n: unknown, i: number) => refs.push({ name: n, path: fieldPath(...TRAFFIC_ROUTING, 'nginx', 'stableIngresses', i) }));
      if (refs.length === 0) return [findingAt(r, fieldPath(...TRAFFIC_ROUTING, 'nginx'), `names no stableIngress: set it to the Ingress that sends traffic to the stable Service, got ${show(nginx)}`)];
      const out: RuleFinding[] = [];
      for (const ref of refs) {
        const ingress = find(env, 'Ingress', ref.name, r.object.metadata.namespace);
        if (!ingress) {
          out.push(findingAt(r, ref.path, `Ingress ${show(ref.name)} does not exist in namespace ${show(r.object.metadata.namespace)} of ${env.name}`));
          continue;
        }
        const spec = (ingress.object.spec ?? {}) as Record<string, any>;
        const backends: { path: string; service: unknown }[] = [];
        if (isObject(spec.defaultBackend)) backends.push({ path: 'defaultBackend', service: spec.defaultBackend.service?.name });
        (Array.isArray(spec.rules) ? spec.rules : []).forEach((x: any, i: number) =>
          (Array.isArray(x?.http?.paths) ? x.http.paths : []).forEach((p: any, j: number) => backends.push({ path: `rules[${i}].http.paths[${j}]`, service: p?.backend?.service?.name })),
        );
        if (backends.length === 0) out.push(findingAt(r, ref.path, `Ingress ${show(ref.name)} has no backend: it must send traffic to the stable Service ${show(c!.stableService)}`));
        for (const b of backends.filter((x) => x.service !== c!.stableService)) {
          out.push(findingAt(r, ref.path, `Ingress ${show(ref.name)} sends ${b.path} to Service ${show(b.service)}: a stable Ingress must send it to the stable Service ${show(c!.stableService)}`));
        }
      }
      return out;
    }),
};

/** Every analysis a Rollout runs: background, inline steps, blueGreen pre/post promotion. */
function analysesOf(r: Located): { path: (string | number)[]; analysis: Record<string, any>; inline: boolean }[] {
  const s = (r.object.spec as any)?.strategy ?? {};
  const out: { path: (string | number)[]; analysis: Record<string, any>; inline: boolean }[] = [];
  if (isObject(s.canary?.analysis)) out.push({ path: ['spec', 'strategy', 'canary', 'analysis'], analysis: s.canary.analysis, inline: false });
  for (const { step, i } of stepsOf(r)) if (isObject(step.analysis)) out.push({ path: [...STEPS, i, 'analysis'], analysis: step.analysis, inline: true });
  for (const k of ['prePromotionAnalysis', 'postPromotionAnalysis']) {
    if (isObject(s.blueGreen?.[k])) out.push({ path: ['spec', 'strategy', 'blueGreen', k], analysis: s.blueGreen[k], inline: true });
  }
  return out;
}

function templateRefs(r: Located, env: Environment) {
  return analysesOf(r).flatMap((a) =>
    (Array.isArray(a.analysis.templates) ? a.analysis.templates : []).map((t: any, j: number) => {
      const kind = t?.clusterScope ? 'ClusterAnalysisTemplate' : 'AnalysisTemplate';
      const template = find(env, kind, t?.templateName, kind === 'AnalysisTemplate' ? r.object.metadata.namespace : undefined);
      return { ...a, ref: t, kind, template, refPath: fieldPath(...a.path, 'templates', j, 'templateName') };
    }),
  );
}

export const analysisTemplateExists: Rule = {
  id: 'rollouts/analysis-template-exists',
  description: 'Every AnalysisTemplate (or ClusterAnalysisTemplate) a Rollout references exists in its environment.',
  check: (ctx) =>
    eachObject(ctx, [ROLLOUT], (r, env) =>
      templateRefs(r, env)
        .filter((t) => !t.template)
        .map((t) => findingAt(r, t.refPath, `${t.kind} ${show(t.ref?.templateName)} does not exist in ${env.name}`)),
    ),
};

export const analysisArgs: Rule = {
  id: 'rollouts/analysis-args',
  description: 'Every argument an AnalysisTemplate declares without a value is passed by the Rollout (else the AnalysisRun fails: args.X was not resolved).',
  check: (ctx) =>
    eachObject(ctx, [ROLLOUT], (r, env) =>
      templateRefs(r, env).flatMap((t) => {
        if (!t.template) return [];
        const passed = new Set((Array.isArray(t.analysis.args) ? t.analysis.args : []).map((a: any) => a?.name));
        const declared: any[] = Array.isArray((t.template.object.spec as any)?.args) ? (t.template.object.spec as any).args : [];
        return declared
          .filter((a) => a?.value === undefined && a?.valueFrom === undefined && !passed.has(a?.name))
          .map((a) => findingAt(r, fieldPath(...t.path, 'args'), `args.${a?.name} was not resolved: ${t.kind} ${t.ref.templateName} declares it without a value and the Rollout does not pass it`));
      }),
    ),
};

/** Argo Rollouts' Metric.EffectiveCount: undefined when the metric runs until stopped. */
function effectiveCount(metric: Record<string, any>): number | undefined {
  const count = typeof metric.count === 'number' ? metric.count : typeof metric.count === 'string' && /^\d+$/.test(metric.count) ? Number(metric.count) : undefined;
  if (count === undefined || count === 0) return metric.interval ? undefined : 1;
  return count;
}

export const inlineAnalysisTerminates: Rule = {
  id: 'rollouts/inline-analysis-terminates',
  description: 'Every metric of an analysis the Rollout waits for (a step, or blueGreen pre/post promotion) has a count: one that runs indefinitely blocks the rollout forever.',
  check: (ctx) =>
    eachObject(ctx, [ROLLOUT], (r, env) =>
      templateRefs(r, env)
        .filter((t) => t.inline && t.template)
        .flatMap((t) =>
          ((t.template!.object.spec as any)?.metrics ?? [])
            .filter((m: any) => isObject(m) && effectiveCount(m) === undefined)
            .map((m: any) =>
              findingAt(r, t.refPath, `${t.kind} ${t.ref.templateName} has metric ${m.name} which runs indefinitely (interval ${show(m.interval)}, count ${show(m.count)}): set count`),
            ),
        ),
    ),
};

function metricsOf(at: Located): { metric: Record<string, any>; i: number }[] {
  const metrics = (at.object.spec as any)?.metrics;
  return Array.isArray(metrics) ? metrics.map((metric, i) => ({ metric: isObject(metric) ? metric : {}, i })) : [];
}

export const metricNamesUnique: Rule = {
  id: 'rollouts/metric-names-unique',
  description: "An analysis template's metric names are unique.",
  check: (ctx) =>
    eachObject(ctx, TEMPLATE_KINDS, (t) =>
      repeats(metricsOf(t), ({ metric }) => metric.name).map(({ item: { metric, i }, first }) =>
        findingAt(t, fieldPath('spec', 'metrics', i, 'name'), `duplicate name ${show(metric.name)} (also metrics[${first}])`),
      ),
    ),
};

export const metricProvider: Rule = {
  id: 'rollouts/metric-provider',
  description: 'Every metric has exactly one provider (prometheus, web, job, datadog, …).',
  check: (ctx) =>
    eachObject(ctx, TEMPLATE_KINDS, (t) =>
      metricsOf(t).flatMap(({ metric, i }) => {
        const p = isObject(metric.provider) ? metric.provider : {};
        const set = Object.keys(p).filter((k) => p[k] !== undefined && p[k] !== null && !(k === 'plugin' && isObject(p[k]) && Object.keys(p[k]).length === 0));
        const providers = set.flatMap((k) => (k === 'plugin' && isObject(p.plugin) ? Object.keys(p.plugin).map((n) => `plugin ${n}`) : [k]));
        if (providers.length === 1) return [];
        return [findingAt(t, fieldPath('spec', 'metrics', i, 'provider'), providers.length === 0 ? 'no provider specified' : `multiple providers specified: ${providers.join(', ')}`)];
      }),
    ),
};

/** An int-or-string limit as an integer; undefined for an argument placeholder such as "{{args.limit}}". */
function intOf(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^-?\d+$/.test(v)) return Number(v);
  return undefined;
}

export const metricLimits: Rule = {
  id: 'rollouts/metric-limits',
  description: 'failureLimit, inconclusiveLimit and consecutiveErrorLimit are not negative, and a count is at least failureLimit and inconclusiveLimit.',
  check: (ctx) =>
    eachObject(ctx, TEMPLATE_KINDS, (t) =>
      metricsOf(t).flatMap(({ metric, i }) => {
        const out: RuleFinding[] = [];
        const at = (f: string) => fieldPath('spec', 'metrics', i, f);
        for (const f of ['failureLimit', 'inconclusiveLimit', 'consecutiveErrorLimit', 'consecutiveSuccessLimit']) {
          const v = intOf(metric[f]);
          if (v !== undefined && v < 0) out.push(findingAt(t, at(f), `${f} ${v} must be >= 0`));
        }
        const count = intOf(metric.count) ?? 0;
        for (const f of ['failureLimit', 'inconclusiveLimit']) {
          const v = intOf(metric[f]) ?? 0;
          if (count > 0 && count < v) out.push(findingAt(t, at('count'), `count ${count} must be >= ${f} ${v}: the metric could never fail`));
        }
        return out;
      }),
    ),
};

export const metricInterval: Rule = {
  id: 'rollouts/metric-interval',
  description: 'interval and initialDelay are Go durations, and a count above 1 has an interval.',
  check: (ctx) =>
    eachObject(ctx, TEMPLATE_KINDS, (t) =>
      metricsOf(t).flatMap(({ metric, i }) => {
        const out: RuleFinding[] = [];
        for (const f of ['interval', 'initialDelay']) {
          const v = metric[f];
          if (v !== undefined && (typeof v !== 'string' || attempt(() => Duration.go(v))?.toSeconds() === undefined)) {
            out.push(findingAt(t, fieldPath('spec', 'metrics', i, f), `${show(v)} is not a Go duration (30s, 1m, 1h)`));
          }
        }
        const count = intOf(metric.count) ?? 0;
        if (count > 1 && !metric.interval) out.push(findingAt(t, fieldPath('spec', 'metrics', i, 'interval'), `interval must be specified when count > 1 (count ${count})`));
        return out;
      }),
    ),
};

const HPA = 'HorizontalPodAutoscaler';

function hpaTarget(h: Located, env: Environment): Located | undefined {
  const ref = (h.object.spec as any)?.scaleTargetRef ?? {};
  const target = find(env, ref.kind, ref.name, h.object.metadata.namespace);
  if (!target || typeof ref.apiVersion !== 'string' || groupVersion(ref.apiVersion).group !== groupVersion(target.object.apiVersion).group) return undefined;
  return target;
}

export const hpaTargetExists: Rule = {
  id: 'rollouts/hpa-target',
  description: "Every HorizontalPodAutoscaler's scaleTargetRef names an object of its environment (apiVersion group, kind, name, namespace).",
  check: (ctx) =>
    eachObject(ctx, [HPA], (h, env) => {
      if (hpaTarget(h, env)) return [];
      const ref = (h.object.spec as any)?.scaleTargetRef ?? {};
      return [findingAt(h, 'spec.scaleTargetRef', `${ref.kind} ${show(ref.name)} (${ref.apiVersion}) does not exist in namespace ${show(h.object.metadata.namespace)} of ${env.name}`)];
    }),
};

export const hpaReplicas: Rule = {
  id: 'rollouts/hpa-replicas',
  description: 'An HPA has 1 ≤ minReplicas ≤ maxReplicas, and the Rollout it scales sets no spec.replicas (the HPA owns the count; Argo CD would reset it on every sync).',
  check: (ctx) =>
    eachObject(ctx, [HPA], (h, env) => {
      const spec = (h.object.spec ?? {}) as Record<string, any>;
      const min = spec.minReplicas ?? 1;
      const out: RuleFinding[] = [];
      if (typeof spec.maxReplicas === 'number' && (min < 1 || min > spec.maxReplicas)) {
        out.push(findingAt(h, 'spec.minReplicas', `minReplicas ${min} must be from 1 to maxReplicas (${spec.maxReplicas})`));
      }
      const target = hpaTarget(h, env);
      const replicas = (target?.object.spec as any)?.replicas;
      if (target && replicas !== undefined) {
        out.push(findingAt(target, 'spec.replicas', `${replicas} is set, but ${HPA} ${h.object.metadata.name} owns the replica count: remove it`));
      }
      return out;
    }),
};

function selects(selector: unknown, labels: Record<string, unknown>): boolean {
  const ml = isObject(selector) && isObject(selector.matchLabels) ? selector.matchLabels : {};
  return Object.keys(ml).length > 0 && Object.entries(ml).every(([k, v]) => labels[k] === v);
}

export const hpaPdb: Rule = {
  id: 'rollouts/hpa-pdb',
  description: "A PodDisruptionBudget over an autoscaled Rollout's pods allows at least one and fewer than all pods to be evicted at the HPA's minReplicas.",
  check: (ctx) =>
    eachObject(ctx, [HPA], (h, env) => {
      const target = hpaTarget(h, env);
      if (!target) return [];
      const labels: Record<string, unknown> = (target.object.spec as any)?.template?.metadata?.labels ?? {};
      const min: number = (h.object.spec as any)?.minReplicas ?? 1;
      const out: RuleFinding[] = [];
      for (const pdb of env.objects.filter((o) => o.object.kind === 'PodDisruptionBudget' && o.object.metadata.namespace === h.object.metadata.namespace)) {
        const spec = (pdb.object.spec ?? {}) as Record<string, any>;
        if (!selects(spec.selector, labels)) continue;
        const field = spec.maxUnavailable !== undefined ? 'maxUnavailable' : 'minAvailable';
        const n = scaled(spec[field], min);
        if (n === undefined) continue;
        const allowed = field === 'maxUnavailable' ? n : min - n;
        const at = `spec.${field}`;
        if (allowed < 1) {
          out.push(findingAt(pdb, at, `${field} ${show(spec[field])} allows no eviction at ${HPA} ${h.object.metadata.name}'s minReplicas ${min}: every node drain would block`));
        } else if (allowed >= min) {
          out.push(findingAt(pdb, at, `${field} ${show(spec[field])} lets all ${min} pods at ${HPA} ${h.object.metadata.name}'s minReplicas be evicted at once`));
        }
      }
      return out;
    }),
};

export const ROLLOUTS_RULES: readonly Rule[] = [
  strategy,
  selector,
  maxSurgeUnavailable,
  stepType,
  setWeightRange,
  setWeightIncreasing,
  pauseDuration,
  servicesSet,
  servicesDistinct,
  serviceExists,
  serviceSelectsPods,
  trafficRouterFields,
  gatewayApiRoute,
  nginxStableIngress,
  analysisTemplateExists,
  analysisArgs,
  inlineAnalysisTerminates,
  metricNamesUnique,
  metricProvider,
  metricLimits,
  metricInterval,
  hpaTargetExists,
  hpaReplicas,
  hpaPdb,
];
