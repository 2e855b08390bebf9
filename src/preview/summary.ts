import { isDeepStrictEqual } from 'util';
import { canaryTimeline, type CanaryTimeline } from '../model/canary-timeline';
import { Duration } from '../model/duration';
import { attempt } from '../model/errors';
import { byCodeUnits } from '../model/order';
import { POD_TEMPLATE_AT } from '../model/pod-template';
import { describeSyncWindow, SyncWindow } from '../model/sync-window';
import { replicaSplit, routedSplit, scaled } from '../model/traffic-share';
import { matchingWindows, projectSyncWindows, windowZone, type RenderedSyncWindow } from '../model/window-state';
import { type Manifest } from '../tree/manifest';
import { parseImage } from '../validation/rules/hardening';
import { renderedKey, type RenderPair, type SectionKind, type SideRender } from './render';
import { bySection, type SectionDiff } from './report';

/*
 * The summary at the top of `gridops diff --base`: what matters, in words, one line each, read from the rendered
 * objects of both trees (never from the TypeScript model): image tags, replicas and autoscaling bounds, canary steps,
 * traffic routing, analysis thresholds and limits, the canary timeline when it changed, Argo CD sync policy and sync
 * windows, RBAC (AppProject roles, Roles and RoleBindings), AppProject destinations, source repositories and resource
 * lists, objects added or removed; a new environment's images and sync policy; what Argo CD does about a removed
 * application or environment (Prune=confirm, the resources finalizer, preserveResourcesOnDeletion, applicationsSync). Every line starts with its
 * section (`gridos/prod: `); the lines are in section order, then in that order of topics.
 */

type Obj = Record<string, any>;

/** The objects of a section in one tree (none when the section was not built or does not exist there). */
function objectsOf(side: SideRender, section: string): Manifest[] {
  return [...(side.sections.get(section)?.objects.values() ?? [])].map((o) => o.manifest);
}

/** Objects of `kinds` that both lists have (same key), as [base, head] pairs, in key order. */
function pairs(base: readonly Manifest[], head: readonly Manifest[], kinds: readonly string[]): [Obj, Obj][] {
  const b = new Map(base.filter((m) => kinds.includes(m.kind)).map((m) => [renderedKey(m), m]));
  return head
    .filter((m) => kinds.includes(m.kind) && b.has(renderedKey(m)))
    .sort((x, y) => byCodeUnits(renderedKey(x), renderedKey(y)))
    .map((m) => [b.get(renderedKey(m)) as Obj, m as Obj]);
}

function show(v: unknown): string {
  if (v === undefined) return 'unset';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

function plural(n: number, word: string, words = `${word}s`): string {
  return `${n} ${n === 1 ? word : words}`;
}

function containers(m: Obj): Map<string, string> {
  let t: any = m;
  for (const k of POD_TEMPLATE_AT[m.kind] ?? []) t = t?.[k];
  const out = new Map<string, string>();
  for (const c of [...(t?.spec?.initContainers ?? []), ...(t?.spec?.containers ?? [])]) if (typeof c?.name === 'string' && typeof c?.image === 'string') out.set(c.name, c.image);
  return out;
}

/** Every sha256 digest of a text shortened to 12 hex digits: `sha256:0123456789ab…` (summary lines only; the field diffs and the JSON keep it whole). */
export function shortDigests(text: string): string {
  return text.replace(/sha256:([0-9a-f]{64})/g, (_, hex: string) => `sha256:${hex.slice(0, 12)}…`);
}

/** `v2.1.0`, `@sha256:…`, `v2.1.0@sha256:…`: what of an image reference names the version. */
function version(image: string): string {
  const { tag, digest } = parseImage(image);
  return `${tag ?? ''}${digest ? `@${digest}` : ''}` || 'latest';
}

function imageLines(base: Manifest[], head: Manifest[]): string[] {
  const out: string[] = [];
  for (const [b, h] of pairs(base, head, Object.keys(POD_TEMPLATE_AT))) {
    const before = containers(b);
    for (const [name, image] of containers(h)) {
      const old = before.get(name);
      if (old === undefined || old === image) continue;
      const repo = parseImage(image).repository;
      // digests shortened, unless that makes the two look the same
      const short = shortDigests(old) === shortDigests(image) ? (x: string) => x : shortDigests;
      out.push(parseImage(old).repository === repo ? `image ${repo} ${short(version(old))} → ${short(version(image))}` : `image ${short(old)} → ${short(image)}`);
    }
  }
  return out;
}

/** The images of a new environment, once each: `image gridosacr.azurecr.io/gridos:v2.1.0@sha256:0123456789ab…`. */
function newImageLines(head: Manifest[]): string[] {
  const out: string[] = [];
  const workloads = head.filter((m) => POD_TEMPLATE_AT[m.kind] !== undefined).sort((x, y) => byCodeUnits(renderedKey(x), renderedKey(y)));
  for (const m of workloads) {
    for (const image of containers(m).values()) {
      const line = `image ${shortDigests(image)}`;
      if (!out.includes(line)) out.push(line);
    }
  }
  return out;
}

const SCALED = ['Rollout', 'Deployment', 'StatefulSet', 'ReplicaSet'];

function replicaLines(base: Manifest[], head: Manifest[]): string[] {
  const out: string[] = [];
  for (const [b, h] of pairs(base, head, SCALED)) {
    if (b.spec?.replicas !== h.spec?.replicas) out.push(`${h.kind} ${h.metadata.name} replicas ${show(b.spec?.replicas)} → ${show(h.spec?.replicas)}`);
  }
  const range = (m: Obj) => `${m.spec?.minReplicas ?? 1}–${show(m.spec?.maxReplicas)}`;
  for (const [b, h] of pairs(base, head, ['HorizontalPodAutoscaler'])) {
    if (range(b) !== range(h)) out.push(`HPA ${h.metadata.name} replicas ${range(b)} → ${range(h)}`);
  }
  return out;
}

/** A canary step in words: `10%`, `pause 2m`, `pause (until promoted)`, `analysis <templates>`. */
function stepText(step: Obj): string {
  if (step === null || typeof step !== 'object') return JSON.stringify(step);
  if ('setWeight' in step) return `${step.setWeight}%`;
  if ('pause' in step) return step.pause?.duration === undefined ? 'pause (until promoted)' : `pause ${step.pause.duration}`;
  if ('analysis' in step) return `analysis ${(step.analysis?.templates ?? []).map((t: Obj) => t?.templateName).join('+')}`;
  const [k] = Object.keys(step);
  return `${k} ${JSON.stringify(step[k])}`;
}

/**
 * A canary step by its place: counted from 1 in words, with its index in the Rollout's `steps` (what the field paths
 * and `startingStep` count from 0): `canary step 4 (steps[3])`.
 */
function stepName(i: number): string {
  return `canary step ${i + 1} (steps[${i}])`;
}

/** A background analysis's `startingStep` (an index into `steps`): `step 2 (steps[1])`; `unset`. */
function startingStepText(v: unknown): string {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? `step ${v + 1} (steps[${v}])` : show(v);
}

function stepKind(step: Obj): string {
  return step !== null && typeof step === 'object' ? (Object.keys(step)[0] ?? '') : typeof step;
}

function strategyOf(m: Obj): string {
  const s = m.spec?.strategy ?? {};
  return Object.keys(s).sort().join('+') || 'none';
}

/** The Rollout's traffic routing in words: `replica-weighted` (none), `NGINX (stable Ingress gridos)`, `Gateway API (HTTPRoute gridos)`. */
export function trafficText(canary: Obj | undefined): string {
  const tr = canary?.trafficRouting;
  if (!tr || typeof tr !== 'object' || Object.keys(tr).length === 0) return 'replica-weighted';
  const parts: string[] = [];
  for (const k of Object.keys(tr).sort()) {
    if (k === 'nginx') parts.push(`NGINX (stable Ingress ${show(tr.nginx?.stableIngress)})`);
    else if (k === 'plugins') {
      for (const [p, v] of Object.entries((tr.plugins ?? {}) as Obj)) parts.push(p === 'argoproj-labs/gatewayAPI' ? `Gateway API (HTTPRoute ${show(v?.httpRoute)})` : `plugin ${p}`);
    } else if (k !== 'managedRoutes') parts.push(k);
  }
  return parts.join(' + ');
}

function canaryLines(base: Manifest[], head: Manifest[]): string[] {
  const out: string[] = [];
  for (const [b, h] of pairs(base, head, ['Rollout'])) {
    if (strategyOf(b) !== strategyOf(h)) {
      out.push(`strategy ${strategyOf(b)} → ${strategyOf(h)}`);
      continue;
    }
    const bc = b.spec?.strategy?.canary;
    const hc = h.spec?.strategy?.canary;
    if (!bc || !hc) continue;
    const bs: Obj[] = Array.isArray(bc.steps) ? bc.steps : [];
    const hs: Obj[] = Array.isArray(hc.steps) ? hc.steps : [];
    if (!isDeepStrictEqual(bs, hs)) {
      if (bs.length === hs.length && bs.every((s, i) => stepKind(s) === stepKind(hs[i]))) {
        bs.forEach((s, i) => {
          if (!isDeepStrictEqual(s, hs[i])) out.push(`${stepName(i)}: ${stepText(s)} → ${stepText(hs[i])}`);
        });
      } else out.push(`canary steps ${bs.map(stepText).join(', ') || 'none'} → ${hs.map(stepText).join(', ') || 'none'}`);
    }
    for (const f of ['maxSurge', 'maxUnavailable']) if (!isDeepStrictEqual(bc[f], hc[f])) out.push(`canary ${f} ${show(bc[f])} → ${show(hc[f])}`);
    if (bc.analysis?.startingStep !== hc.analysis?.startingStep) out.push(`background analysis from ${startingStepText(bc.analysis?.startingStep)} → ${startingStepText(hc.analysis?.startingStep)}`);
    const bt = trafficText(bc);
    const ht = trafficText(hc);
    if (bt !== ht) out.push(`traffic ${bt} → ${ht}`);
  }
  return out;
}

/** The analysis fields the summary names when they change (thresholds, limits, timing). */
const METRIC_FIELDS = ['successCondition', 'failureCondition', 'failureLimit', 'consecutiveErrorLimit', 'inconclusiveLimit', 'interval', 'initialDelay', 'count'];

function analysisLines(base: Manifest[], head: Manifest[]): string[] {
  const out: string[] = [];
  for (const [b, h] of pairs(base, head, ['AnalysisTemplate', 'ClusterAnalysisTemplate'])) {
    const metrics = (m: Obj) => new Map<string, Obj>((Array.isArray(m.spec?.metrics) ? m.spec.metrics : []).map((x: Obj) => [String(x?.name), x]));
    const bm = metrics(b);
    const hm = metrics(h);
    const template = h.metadata.name;
    // the same change in several metrics is one line: `analysis <template>/a, b interval 1m → 30s`, `(every metric)`
    const changes = new Map<string, string[]>();
    const note = (what: string, metric: string) => changes.set(what, [...(changes.get(what) ?? []), metric]);
    for (const [name, x] of hm) {
      const y = bm.get(name);
      if (!y) {
        note('added', name);
        continue;
      }
      for (const f of METRIC_FIELDS) {
        if (isDeepStrictEqual(y[f], x[f])) continue;
        const fmt = (v: unknown) => (v === undefined ? 'unset' : f.endsWith('Condition') ? JSON.stringify(v) : show(v));
        note(`${f} ${fmt(y[f])} → ${fmt(x[f])}`, name);
      }
      if (!isDeepStrictEqual(y.provider, x.provider)) {
        const query = (p: Obj) => (p?.provider ? Object.values(p.provider as Obj)[0]?.query : undefined);
        note(`${query(y) !== query(x) ? 'query' : 'provider'} changed`, name);
      }
    }
    for (const name of bm.keys()) if (!hm.has(name)) note('removed', name);
    for (const [what, names] of changes) {
      const every = what !== 'removed' && names.length > 1 && names.length === hm.size;
      out.push(`analysis ${template}${every ? ' (every metric)' : `/${names.join(', ')}`} ${what}`);
    }
  }
  return out;
}

/** The canary timeline read back from rendered objects, with the weights it is about; undefined when it cannot be. */
export interface RenderedTimeline {
  readonly weights: readonly number[];
  readonly timeline: CanaryTimeline;
}

/** A Rollouts duration (`2m`, `90s`) in seconds when it is one Duration.parse reads (whole s, m or h). */
function rolloutsSeconds(v: unknown): number | undefined {
  return typeof v === 'string' ? attempt(() => Duration.parse(v).toSeconds()) : undefined;
}

/**
 * The canary timeline (src/model/canary-timeline.ts) of an environment, fed from its rendered objects: the one
 * Rollout's steps (setWeight and timed pauses alternating, ending on a setWeight), its background analysis from step
 * 1 and the metric of its template that aborts first (initialDelay, interval, failureLimit + 1), the HPA's minimum
 * (else spec.replicas), maxSurge and whether a traffic router sets the weights. The pod start is the timeline's own
 * assumption (canary.podStartTime is not rendered). Undefined when the objects do not have that shape.
 */
export function renderedTimeline(objects: readonly Manifest[]): RenderedTimeline | undefined {
  const rollouts = objects.filter((m) => m.kind === 'Rollout') as Obj[];
  if (rollouts.length !== 1) return undefined;
  const r = rollouts[0];
  const canary = r.spec?.strategy?.canary;
  const steps: Obj[] = Array.isArray(canary?.steps) ? canary.steps : [];
  const weights: number[] = [];
  const pauses: string[] = [];
  for (let i = 0; i < steps.length; i++) {
    const s = steps[i];
    if (i % 2 === 0) {
      if (typeof s?.setWeight !== 'number') return undefined;
      weights.push(s.setWeight);
    } else {
      const seconds = s?.pause?.duration === undefined ? undefined : attempt(() => Duration.pause(s.pause.duration).toSeconds());
      if (seconds === undefined || !(seconds > 0) || !Number.isInteger(seconds)) return undefined;
      pauses.push(`${seconds}s`);
    }
  }
  if (weights.length === 0 || steps.length % 2 === 0) return undefined;
  const analysis = canary.analysis;
  if (analysis?.startingStep !== 1) return undefined;
  const names: string[] = (analysis.templates ?? []).map((t: Obj) => t?.templateName);
  const metrics = objects
    .filter((m) => (m.kind === 'AnalysisTemplate' || m.kind === 'ClusterAnalysisTemplate') && names.includes(m.metadata.name))
    .flatMap((m) => ((m as Obj).spec?.metrics ?? []) as Obj[])
    .map((m) => ({ interval: rolloutsSeconds(m.interval), initialDelay: rolloutsSeconds(m.initialDelay), text: m, failureLimit: typeof m.failureLimit === 'number' ? m.failureLimit : 0 }))
    .filter((m) => m.interval !== undefined && m.initialDelay !== undefined);
  if (metrics.length === 0) return undefined;
  const first = metrics.reduce((a, b) => (b.initialDelay! + b.failureLimit * b.interval! < a.initialDelay! + a.failureLimit * a.interval! ? b : a));
  const hpa = objects.find((m) => m.kind === 'HorizontalPodAutoscaler' && (m as Obj).spec?.scaleTargetRef?.kind === 'Rollout' && (m as Obj).spec?.scaleTargetRef?.name === r.metadata.name) as Obj | undefined;
  const replicas = hpa ? (hpa.spec?.minReplicas ?? 1) : (r.spec?.replicas ?? 1);
  const routed = trafficText(canary) !== 'replica-weighted';
  const surge = scaled(canary.maxSurge ?? '25%', replicas) ?? 0;
  const splits = weights.map((w) => (routed ? routedSplit(replicas, w) : replicaSplit(replicas, w, surge)));
  const timeline = canaryTimeline(
    {
      canary: { weights, pauses },
      scaling: { minReplicas: replicas },
      analysis: { interval: first.text.interval, initialDelay: first.text.initialDelay, abortOnFailure: first.failureLimit + 1 },
    },
    splits,
    routed,
  );
  return { weights, timeline };
}

function words(seconds: number): string {
  return Duration.seconds(seconds).toGo();
}

/** The timeline line: `canary timeline: 17m of pauses, promoted about 19m after the start …`. */
export function timelineText({ weights: w, timeline: t }: RenderedTimeline): string {
  return (
    `canary timeline: ${words(t.pauses)} of pauses, promoted about ${words(t.total)} after the start (pods Ready after ${words(t.podStart)}); ` +
    `a bad canary is aborted at ${words(t.bad.abortAt)} (failed measurement ${t.bad.failedMeasurement}, at ${w[t.bad.step]}%), all traffic on stable at ${words(t.bad.stableAt)}; ` +
    `with no data the rollout pauses at ${words(t.firstMeasurement)} (at ${w[t.firstMeasurementStep]}%)`
  );
}

function timelineLines(base: Manifest[], head: Manifest[]): string[] {
  const h = renderedTimeline(head);
  if (!h) return [];
  const b = renderedTimeline(base);
  return b && isDeepStrictEqual(b, h) ? [] : [timelineText(h)];
}

/** An Application's sync policy in words: `manual`, `automated`, `automated +prune +selfHeal`. */
export function syncPolicyText(app: Obj): string {
  const a = app.spec?.syncPolicy?.automated;
  if (!a || typeof a !== 'object' || a.enabled === false) return 'manual';
  return `automated${a.prune ? ' +prune' : ''}${a.selfHeal ? ' +selfHeal' : ''}${a.allowEmpty ? ' +allowEmpty' : ''}`;
}

function syncPolicyLines(base: Manifest[], head: Manifest[], envSection: boolean): string[] {
  const out: string[] = [];
  const apps = pairs(base, head, ['Application']);
  for (const [b, h] of apps) {
    const before = syncPolicyText(b);
    const after = syncPolicyText(h);
    if (before !== after) out.push(`${envSection && apps.length === 1 ? '' : `Application ${h.metadata.name} `}sync policy ${before} → ${after}`);
  }
  return out;
}

/** A new environment's sync policy: `sync policy automated +prune +selfHeal` (each Application named when there are several). */
function newSyncPolicyLines(head: Manifest[], envSection: boolean): string[] {
  const apps = head.filter((m) => m.kind === 'Application').sort((x, y) => byCodeUnits(renderedKey(x), renderedKey(y))) as Obj[];
  return apps.map((a) => `${envSection && apps.length === 1 ? '' : `Application ${a.metadata.name} `}sync policy ${syncPolicyText(a)}`);
}

/** A rendered sync window in words: `deny Mon–Fri 07:41–18:00 America/Chicago (manual sync allowed)`. */
export function windowText(w: RenderedSyncWindow): string {
  const zone = windowZone(w);
  const props = { schedule: String(w.schedule ?? ''), duration: String(w.duration ?? ''), manualSync: w.manualSync === true, timeZone: zone };
  if (w.kind === 'deny') return describeSyncWindow(SyncWindow.deny(props), zone);
  if (w.kind === 'allow') return describeSyncWindow(SyncWindow.allow(props), zone);
  return `${show(w.kind)} cron '${props.schedule}' for ${props.duration} ${zone}`;
}

function rbacRule(r: Obj): string {
  const groups = (r.apiGroups ?? []).map((g: string) => (g === '' ? 'core' : g)).join(',');
  const names = Array.isArray(r.resourceNames) && r.resourceNames.length > 0 ? ` ${r.resourceNames.join(',')}` : '';
  const urls = Array.isArray(r.nonResourceURLs) ? ` ${r.nonResourceURLs.join(',')}` : '';
  return `${groups}/${(r.resources ?? []).join(',')}${names}${urls}: ${(r.verbs ?? []).join(', ')}`;
}

function setDiff(before: readonly string[], after: readonly string[]): { added: string[]; removed: string[] } {
  return { added: after.filter((x) => !before.includes(x)), removed: before.filter((x) => !after.includes(x)) };
}

/** An AppProject destination in words: `namespace gridos on https://aks-gridos-prod.hcp.eastus.azmk8s.io:443`, `namespace * on cluster in-cluster`. */
function destinationText(d: Obj): string {
  const where = typeof d?.server === 'string' ? d.server : typeof d?.name === 'string' ? `cluster ${d.name}` : '*';
  return `namespace ${typeof d?.namespace === 'string' ? d.namespace : '*'} on ${where}`;
}

/** A resource of an AppProject's white- or blacklist: `core/Namespace gridos`, `argoproj.io/Rollout`. */
function groupKindText(r: Obj): string {
  const group = typeof r?.group === 'string' && r.group !== '' ? r.group : 'core';
  return `${group}/${show(r?.kind)}${typeof r?.name === 'string' && r.name !== '' ? ` ${r.name}` : ''}`;
}

/** What an AppProject lets its Applications deploy, field by field: the words of its lines, and how each entry is shown. */
const PROJECT_SCOPE: readonly (readonly [field: string, words: string, text: (x: any) => string])[] = [
  ['destinations', 'destination', destinationText],
  ['sourceRepos', 'source repo', (x) => show(x)],
  ['clusterResourceWhitelist', 'cluster resource whitelist', groupKindText],
  ['clusterResourceBlacklist', 'cluster resource blacklist', groupKindText],
  ['namespaceResourceWhitelist', 'namespace resource whitelist', groupKindText],
  ['namespaceResourceBlacklist', 'namespace resource blacklist', groupKindText],
];

/** An AppProject's destinations, source repositories and resource lists: an entry removed or added, a line each. */
function projectScopeLines(b: Obj, h: Obj): string[] {
  const out: string[] = [];
  for (const [field, words, text] of PROJECT_SCOPE) {
    const entries = (m: Obj): string[] => (Array.isArray(m.spec?.[field]) ? m.spec[field].map(text) : []);
    const d = setDiff(entries(b), entries(h));
    for (const x of d.removed) out.push(`project ${h.metadata.name} ${words} removed: ${x}`);
    for (const x of d.added) out.push(`project ${h.metadata.name} ${words} added: ${x}`);
  }
  return out;
}

function rbacLines(base: Manifest[], head: Manifest[]): string[] {
  const out: string[] = [];
  for (const [b, h] of pairs(base, head, ['AppProject'])) {
    const roles = (m: Obj) => new Map<string, Obj>((Array.isArray(m.spec?.roles) ? m.spec.roles : []).map((r: Obj) => [String(r?.name), r]));
    const br = roles(b);
    const hr = roles(h);
    const at = (name: string) => `project ${h.metadata.name} role ${name}`;
    for (const [name, r] of hr) {
      const old = br.get(name);
      if (!old) {
        out.push(`${at(name)} added (${plural((r.policies ?? []).length, 'policy', 'policies')})`);
        continue;
      }
      const d = setDiff(old.policies ?? [], r.policies ?? []);
      for (const p of d.removed) out.push(`${at(name)} policy removed: ${p}`);
      for (const p of d.added) out.push(`${at(name)} policy added: ${p}`);
      const groups = (x: Obj) => (x.groups ?? []).join(', ') || 'none';
      if (groups(old) !== groups(r)) out.push(`${at(name)} groups ${groups(old)} → ${groups(r)}`);
    }
    for (const name of br.keys()) if (!hr.has(name)) out.push(`${at(name)} removed`);
    out.push(...projectScopeLines(b, h));
  }
  for (const [b, h] of pairs(base, head, ['Role', 'ClusterRole'])) {
    const d = setDiff((b.rules ?? []).map(rbacRule), (h.rules ?? []).map(rbacRule));
    for (const r of d.removed) out.push(`${h.kind} ${h.metadata.name} rule removed: ${r}`);
    for (const r of d.added) out.push(`${h.kind} ${h.metadata.name} rule added: ${r}`);
  }
  for (const [b, h] of pairs(base, head, ['RoleBinding', 'ClusterRoleBinding'])) {
    const subjects = (m: Obj) => (m.subjects ?? []).map((s: Obj) => `${s.kind} ${s.namespace ? `${s.namespace}/` : ''}${s.name}`).join(', ') || 'none';
    const role = (m: Obj) => `${m.roleRef?.kind} ${m.roleRef?.name}`;
    if (subjects(b) !== subjects(h)) out.push(`${h.kind} ${h.metadata.name} subjects ${subjects(b)} → ${subjects(h)}`);
    if (role(b) !== role(h)) out.push(`${h.kind} ${h.metadata.name} role ${role(b)} → ${role(h)}`);
  }
  return out;
}

/** The annotation whose `Prune=confirm` / `Prune=false` tells Argo CD how to prune an object that left git. */
const SYNC_OPTIONS = 'argocd.argoproj.io/sync-options';

/** The finalizer by which deleting an Application deletes what it deployed (`…/background`, `…/foreground` too). */
const RESOURCES_FINALIZER = /^resources-finalizer\.argocd\.argoproj\.io(\/|$)/;

/** How Argo CD prunes an object removed from dist/argocd, by its sync options: `confirm`, `never` (Prune=false), or at the next sync. */
function pruneMode(m: Obj): 'confirm' | 'never' | 'sync' {
  const v = m.metadata?.annotations?.[SYNC_OPTIONS];
  const options = typeof v === 'string' ? v.split(',').map((o) => o.trim()) : [];
  return options.includes('Prune=confirm') ? 'confirm' : options.includes('Prune=false') ? 'never' : 'sync';
}

/** Whether deleting an Application deletes its workload (it carries the resources finalizer). */
function cascades(app: Obj): boolean {
  return Array.isArray(app.metadata?.finalizers) && app.metadata.finalizers.some((f: unknown) => typeof f === 'string' && RESOURCES_FINALIZER.test(f));
}

/**
 * What happens to objects removed from dist/argocd (all with the prune mode of `m`), in words: `<subject> waits for a
 * confirmed prune (Prune=confirm), the workload stays until then; once pruned, <then>`.
 */
function pruneFate(subject: string, many: boolean, m: Obj, workloads: boolean, then: string): string {
  const stay = `${workloads ? 'the workloads stay' : 'the workload stays'}`;
  const mode = pruneMode(m);
  if (mode === 'confirm') return `${subject} ${many ? 'wait' : 'waits'} for a confirmed prune (Prune=confirm), ${stay} until then; once pruned, ${then}`;
  if (mode === 'never') return `${subject} ${many ? 'are' : 'is'} never pruned (Prune=false), ${stay} until ${many ? 'they are' : 'it is'} deleted by hand; once deleted, ${then}`;
  return `${subject} ${many ? 'are' : 'is'} pruned at the next sync of dist/argocd; then ${then}`;
}

/** The Applications of a rendered section (the environment's), in key order. */
function applicationsOf(side: SideRender, section: string): { app: Obj; generatedBy?: string }[] {
  return [...(side.sections.get(section)?.objects.values() ?? [])]
    .filter((o) => o.manifest.kind === 'Application')
    .sort((x, y) => byCodeUnits(renderedKey(x.manifest), renderedKey(y.manifest)))
    .map((o) => ({ app: o.manifest as Obj, ...(o.generatedBy !== undefined ? { generatedBy: o.generatedBy } : {}) }));
}

/** An ApplicationSet of a side by name, wherever it was placed. */
function applicationSet(side: SideRender, name: string): Obj | undefined {
  for (const s of side.sections.values()) for (const o of s.objects.values()) if (o.manifest.kind === 'ApplicationSet' && o.manifest.metadata.name === name) return o.manifest as Obj;
  return undefined;
}

/** What deleting an ApplicationSet does to its Applications and their workloads. */
function applicationSetDeletion(set: Obj, generated: readonly Obj[]): string {
  if (set.spec?.syncPolicy?.preserveResourcesOnDeletion === true) return 'its Applications are deleted and their workloads stay (preserveResourcesOnDeletion)';
  return generated.some(cascades) ? 'its Applications are deleted, and their workloads with them' : 'its Applications are deleted and their workloads stay (no resources finalizer)';
}

/** What happens to Applications that are not generated, removed from dist/argocd: grouped by what happens. */
function applicationFates(apps: readonly Obj[], many: boolean): string[] {
  const groups = new Map<string, Obj[]>();
  for (const a of apps) {
    const key = `${pruneMode(a)} ${cascades(a)}`;
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  return [...groups.values()].map((g) => {
    const names = g.map((a) => a.metadata.name).join(', ');
    const plural = g.length > 1;
    const subject = `its Application${plural ? 's' : ''} ${names}`;
    const then = cascades(g[0]) ? `${plural ? 'each takes its workload' : 'it takes its workload'} with it (resources-finalizer)` : `${plural ? 'their workloads stay' : 'its workload stays'} (no resources finalizer)`;
    return pruneFate(subject, plural, g[0], many || plural, then);
  });
}

/**
 * What Argo CD does about a removed application, read from its base-side objects: its ApplicationSets (prune mode,
 * preserveResourcesOnDeletion) and its Applications (prune mode, resources finalizer). Empty when none were rendered.
 */
function removedApplicationFate(pair: RenderPair, app: string): string[] {
  const sections = [...pair.base.sections.values()].filter((s) => s.kind === 'environment' && s.app === app).sort((x, y) => bySection(x.name, y.name));
  const apps = sections.flatMap((s) => applicationsOf(pair.base, s.name));
  const out: string[] = [];
  const sets = objectsOf(pair.base, app)
    .filter((m) => m.kind === 'ApplicationSet')
    .sort((x, y) => byCodeUnits(renderedKey(x), renderedKey(y))) as Obj[];
  for (const set of sets) {
    const generated = apps.filter((a) => a.generatedBy === `ApplicationSet ${set.metadata.name}`).map((a) => a.app);
    out.push(pruneFate(`its ApplicationSet ${set.metadata.name}`, false, set, true, applicationSetDeletion(set, generated)));
  }
  out.push(...applicationFates(apps.filter((a) => a.generatedBy === undefined).map((a) => a.app), true));
  return out;
}

/**
 * What Argo CD does about a removed environment of an application that stays, from its base-side Applications: one
 * in dist/argocd is pruned (by its prune mode); one an ApplicationSet generated is deleted or kept by the head's
 * ApplicationSet policy (applicationsSync; unset: the controller's --policy).
 */
function removedEnvironmentFate(pair: RenderPair, section: string): string[] {
  const apps = applicationsOf(pair.base, section);
  const out = applicationFates(apps.filter((a) => a.generatedBy === undefined).map((a) => a.app), false);
  for (const { app, generatedBy } of apps) {
    if (generatedBy === undefined) continue;
    const setName = generatedBy.replace(/^ApplicationSet /, '');
    const set = applicationSet(pair.head, setName);
    if (!set) continue;
    const name = app.metadata.name;
    const policy = set.spec?.syncPolicy?.applicationsSync;
    const deleted = set.spec?.syncPolicy?.preserveResourcesOnDeletion === true ? 'its workload stays (preserveResourcesOnDeletion)' : cascades(app) ? 'its workload goes with it' : 'its workload stays (no resources finalizer)';
    if (policy === 'create-only' || policy === 'create-update') {
      out.push(`ApplicationSet ${setName} no longer generates its Application ${name} but never deletes one (applicationsSync ${policy}): it and its workload stay until it is deleted by hand (argocd app delete ${name})`);
    } else if (policy === 'create-delete' || policy === 'sync') {
      out.push(`ApplicationSet ${setName} deletes its Application ${name} (applicationsSync ${policy}): ${deleted}`);
    } else {
      out.push(`ApplicationSet ${setName} no longer generates its Application ${name}: the ApplicationSet controller's --policy decides (create-update or create-only keep it and its workload until it is deleted by hand; sync deletes it, and ${deleted})`);
    }
  }
  return out;
}

/** A line of the summary. */
interface Line {
  readonly section: string;
  readonly text: string;
}

/** Window lines, in the sections of the Applications they are about, and the sections of the AppProjects they come from. */
interface WindowLines {
  readonly lines: readonly (Line & { readonly kind: SectionKind })[];
  readonly projectSections: ReadonlySet<string>;
}

/**
 * The sync windows of every Application whose AppProject's windows changed, on each side, in words; a line per
 * Application whose windows differ, in the Application's section.
 */
function windowLines(pair: RenderPair): WindowLines {
  const projectSection = new Map<string, string>();
  const projects = (side: SideRender) => {
    const out = new Map<string, RenderedSyncWindow[]>();
    for (const s of side.sections.values()) {
      for (const o of s.objects.values()) {
        if (o.manifest.kind !== 'AppProject') continue;
        out.set(o.manifest.metadata.name, projectSyncWindows(o.manifest));
        projectSection.set(o.manifest.metadata.name, s.name);
      }
    }
    return out;
  };
  const bp = projects(pair.base);
  const hp = projects(pair.head);
  const changed = new Set([...new Set([...bp.keys(), ...hp.keys()])].filter((p) => bp.has(p) && hp.has(p) && !isDeepStrictEqual(bp.get(p), hp.get(p))));
  const out: (Line & { kind: SectionKind })[] = [];
  const projectSections = new Set<string>();
  for (const [name, hs] of pair.head.sections) {
    for (const o of hs.objects.values()) {
      const app = o.manifest as Obj;
      if (app.kind !== 'Application' || !changed.has(app.spec?.project)) continue;
      const before = [...(pair.base.sections.get(name)?.objects.values() ?? [])].find((x) => renderedKey(x.manifest) === renderedKey(o.manifest))?.manifest as Obj | undefined;
      if (!before) continue;
      const target = (a: Obj) => ({ name: a.metadata.name, namespace: String(a.spec?.destination?.namespace ?? ''), server: a.spec?.destination?.server, destinationName: a.spec?.destination?.name });
      const bw = matchingWindows(bp.get(before.spec?.project) ?? [], target(before)).map(windowText);
      const hw = matchingWindows(hp.get(app.spec.project) ?? [], target(app)).map(windowText);
      if (isDeepStrictEqual(bw, hw)) continue;
      projectSections.add(projectSection.get(app.spec.project)!);
      const prefix = hs.kind === 'environment' ? '' : `Application ${app.metadata.name} `;
      const say = (text: string) => out.push({ section: name, kind: hs.kind, text });
      if (bw.length === hw.length) {
        bw.forEach((w, i) => {
          if (w !== hw[i]) say(`${prefix}sync window ${w} → ${hw[i]}`);
        });
      } else {
        const d = setDiff(bw, hw);
        for (const w of d.removed) say(`${prefix}sync window removed: ${w}`);
        for (const w of d.added) say(`${prefix}sync window added: ${w}`);
      }
    }
  }
  return { lines: out, projectSections };
}

/** The summary lines of a diff, in section order (`<section>: <what>`). */
export function summarize(pair: RenderPair, sections: readonly SectionDiff[], keep: (name: string, kind: SectionKind) => boolean = () => true): string[] {
  const lines: Line[] = [];
  const say = (section: string, texts: readonly string[]) => {
    for (const text of texts) if (!lines.some((l) => l.section === section && l.text === text)) lines.push({ section, text });
  };
  const envsOf = (o: RenderPair['baseOutline'], app: string) => [...o.environments.values()].filter((e) => e.app === app).map((e) => e.env);
  const newApps = [...pair.headOutline.apps].filter((a) => !pair.baseOutline.apps.has(a));
  const goneApps = [...pair.baseOutline.apps].filter((a) => !pair.headOutline.apps.has(a));
  for (const a of newApps) if (keep(a, 'application')) say(a, [`new application (environments ${envsOf(pair.headOutline, a).join(', ') || 'none'})`]);
  for (const a of goneApps) {
    if (!keep(a, 'application')) continue;
    const fate = removedApplicationFate(pair, a);
    say(a, [`application removed (environments ${envsOf(pair.baseOutline, a).join(', ') || 'none'})${fate.length > 0 ? `: ${fate.join('; ')}` : ''}`]);
  }
  const windows = windowLines(pair);
  for (const s of sections) {
    if (s.app !== undefined && goneApps.includes(s.app)) continue;
    const base = objectsOf(pair.base, s.name);
    const head = objectsOf(pair.head, s.name);
    if (s.errors?.base !== undefined) say(s.name, [`does not build at base: ${s.errors.base}`]);
    if (s.errors?.head !== undefined) say(s.name, [`does not build at head: ${s.errors.head}`]);
    if (s.errors) continue;
    if (s.status === 'added') {
      if (s.kind === 'environment') {
        say(s.name, [`new environment (${plural(s.objects.length, 'object')})`, ...newImageLines(head), ...timelineLines([], head), ...newSyncPolicyLines(head, true)]);
      }
      else if (s.kind === 'platform') say(s.name, [`new kustomization (${plural(s.objects.length, 'object')})`]);
      continue;
    }
    if (s.status === 'removed') {
      if (s.kind === 'environment') {
        const fate = removedEnvironmentFate(pair, s.name);
        say(s.name, [`environment removed (${plural(s.objects.length, 'object')})${fate.length > 0 ? `: ${fate.join('; ')}` : ''}`]);
      }
      else if (s.kind === 'platform') say(s.name, [`kustomization removed (${plural(s.objects.length, 'object')})`]);
      continue;
    }
    const before = lines.length;
    say(s.name, [
      ...imageLines(base, head),
      ...replicaLines(base, head),
      ...canaryLines(base, head),
      ...analysisLines(base, head),
      ...timelineLines(base, head),
      ...syncPolicyLines(base, head, s.kind === 'environment'),
    ]);
    say(s.name, windows.lines.filter((l) => l.section === s.name).map((l) => l.text));
    say(s.name, rbacLines(base, head));
    say(s.name, s.objects.filter((o) => o.status !== 'changed').map((o) => `${o.kind} ${o.name} ${o.status}`));
    if (lines.length === before && !windows.projectSections.has(s.name)) {
      const changed = s.objects.filter((o) => o.status === 'changed').map((o) => `${o.kind} ${o.name}`);
      if (changed.length > 0) say(s.name, [`${changed.join(', ')} changed`]);
    }
  }
  // an environment whose objects are the same has its windows changed by its AppProject's
  for (const l of windows.lines) if (!sections.some((s) => s.name === l.section) && keep(l.section, l.kind)) say(l.section, [l.text]);
  return lines
    .map((l, i) => ({ ...l, i }))
    .sort((a, b) => bySection(a.section, b.section) || a.i - b.i)
    .map((l) => `${l.section}: ${l.text}`);
}
