import * as fs from 'fs';
import * as path from 'path';
import { parseYaml } from '../src/model/yaml';
import { COMMENT_LIMIT, fieldLine, markdownParts, partMarker, textReport } from '../src/preview/format';
import { fieldChanges } from '../src/preview/object-diff';
import { renderedKey, renderPair, type RenderedSection, type RenderPair, type SectionKind } from '../src/preview/render';
import { diffSections, type RenderedDiffReport, type SectionDiff } from '../src/preview/report';
import { renderedTimeline, summarize, timelineText } from '../src/preview/summary';
import { type Manifest } from '../src/tree/manifest';

/*
 * The rendered diff's parts on literal objects: field changes (arrays by name and by common subsequence, secrets
 * hidden), the summary lines of every topic, the text form, and the markdown splitter.
 */

type Obj = Record<string, any>;

/** A pair of rendered trees from literal sections: `app/env` is an environment, `argocd` the platform, any other name an application. */
function pair(spec: Record<string, { base?: Obj[]; head?: Obj[] }>): RenderPair {
  const side = (which: 'base' | 'head') => {
    const sections = new Map<string, RenderedSection>();
    const environments = new Map<string, { app: string; env: string; dir: string }>();
    const apps = new Set<string>();
    const platform = new Map<string, string>();
    for (const [name, s] of Object.entries(spec)) {
      const objects = s[which];
      if (!objects) continue;
      const [app, env] = name.split('/');
      const kind: SectionKind = env !== undefined ? 'environment' : name === 'argocd' ? 'platform' : 'application';
      if (kind === 'environment') environments.set(name, { app, env, dir: `dist/applications/${app}/overlays/${env}` });
      if (kind !== 'platform') apps.add(app);
      else platform.set(name, `dist/${name}`);
      sections.set(name, { name, kind, app: kind === 'platform' ? undefined : app, env, objects: new Map(objects.map((m) => [renderedKey(m as Manifest), { manifest: m as Manifest }])) });
    }
    return { render: { sections, errors: new Map<string, string>() }, outline: { environments, apps, platform } };
  };
  const b = side('base');
  const h = side('head');
  return { base: b.render, head: h.render, baseOutline: b.outline, headOutline: h.outline, built: new Set(Object.keys(spec)) };
}

function summary(spec: Record<string, { base?: Obj[]; head?: Obj[] }>): string[] {
  const p = pair(spec);
  return summarize(p, diffSections(p));
}

const meta = (name: string, namespace: string | undefined = 'gridos') => ({ name, ...(namespace ? { namespace } : {}) });

interface RolloutProps {
  readonly image?: string;
  readonly steps?: Obj[];
  readonly maxSurge?: string;
  readonly trafficRouting?: Obj;
  readonly replicas?: number;
  readonly startingStep?: number;
}

const STEPS = [{ setWeight: 10 }, { pause: { duration: '2m' } }, { setWeight: 25 }, { pause: { duration: '5m' } }, { setWeight: 50 }, { pause: { duration: '10m' } }, { setWeight: 100 }];

function rollout(p: RolloutProps = {}): Obj {
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Rollout',
    metadata: meta('gridos'),
    spec: {
      ...(p.replicas !== undefined ? { replicas: p.replicas } : {}),
      strategy: {
        canary: {
          analysis: { startingStep: p.startingStep ?? 1, templates: [{ templateName: 'gridos-canary-analysis' }] },
          maxSurge: p.maxSurge ?? '25%',
          maxUnavailable: 0,
          steps: p.steps ?? STEPS,
          ...(p.trafficRouting ? { trafficRouting: p.trafficRouting } : {}),
        },
      },
      template: { spec: { containers: [{ name: 'gridos', image: p.image ?? 'gridosacr.azurecr.io/gridos:v2.1.0', env: [{ name: 'LOG_LEVEL', value: 'info' }] }] } },
    },
  };
}

function metric(name: string, over: Obj = {}): Obj {
  return { name, interval: '1m', initialDelay: '1m', failureLimit: 2, consecutiveErrorLimit: 2, successCondition: 'len(result) > 0 && result[0] >= 0.99', provider: { prometheus: { address: 'http://p:9090', query: `q_${name}` } }, ...over };
}

function analysis(metrics: Obj[] = [metric('success-rate'), metric('error-rate')]): Obj {
  return { apiVersion: 'argoproj.io/v1alpha1', kind: 'AnalysisTemplate', metadata: meta('gridos-canary-analysis'), spec: { metrics } };
}

function hpa(min: number | undefined, max: number): Obj {
  return { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: meta('gridos'), spec: { ...(min !== undefined ? { minReplicas: min } : {}), maxReplicas: max, scaleTargetRef: { apiVersion: 'argoproj.io/v1alpha1', kind: 'Rollout', name: 'gridos' } } };
}

function application(name: string, automated: Obj | undefined, project = 'gridos'): Obj {
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: meta(name, 'argocd'),
    spec: { project, destination: { namespace: 'gridos', server: 'https://prod:443' }, source: { path: 'dist/applications/gridos/overlays/prod' }, syncPolicy: automated ? { automated } : {} },
  };
}

function project(spec: Obj): Obj {
  return { apiVersion: 'argoproj.io/v1alpha1', kind: 'AppProject', metadata: meta('gridos', 'argocd'), spec };
}

const PEAK = { kind: 'deny', schedule: '41 7 * * 1-5', duration: '10h19m', applications: ['gridos-prod'], manualSync: true, timeZone: 'America/Chicago' };

describe('field changes of one object', () => {
  test('nested keys, named arrays (by name, head indexes), other arrays (longest common subsequence), escaped pointers', () => {
    // GIVEN
    const base = {
      metadata: { annotations: { 'gridops.io/config-hash': 'a' } },
      spec: { containers: [{ name: 'sidecar', image: 's:1' }, { name: 'app', image: 'a:1' }], policies: ['p1', 'p2', 'p3'], args: ['--a', '--b'] },
    };
    const head = {
      metadata: { annotations: { 'gridops.io/config-hash': 'b' } },
      spec: { containers: [{ name: 'app', image: 'a:2' }, { name: 'sidecar', image: 's:1' }], policies: ['p1', 'p1.5', 'p2', 'p3'], args: ['--a', '--c'], added: { x: 1 } },
    };
    // WHEN / THEN
    expect(fieldChanges('Thing', base, head)).toEqual([
      { path: '/metadata/annotations/gridops.io~1config-hash', change: 'changed', old: 'a', new: 'b' },
      { path: '/spec/added', change: 'added', new: { x: 1 } },
      { path: '/spec/args/1', change: 'changed', old: '--b', new: '--c' },
      { path: '/spec/containers/0/image', change: 'changed', old: 'a:1', new: 'a:2' },
      { path: '/spec/policies/1', change: 'added', new: 'p1.5' },
    ]);
    expect(fieldChanges('Thing', { a: [1, 2, 3] }, { a: [1, 3] })).toEqual([{ path: '/a/1', change: 'removed', old: 2 }]);
  });

  test.each<[string, string, Obj, Obj, string]>([
    ['a Secret’s data', 'Secret', { data: { password: 'aGVsbG8=' } }, { data: { password: 'd29ybGQ=' } }, '/data/password: changed (value hidden)'],
    ['a Secret’s stringData, added', 'Secret', {}, { stringData: { token: 'plain' } }, '/stringData: added (value hidden)'],
    ['an env value named like a secret', 'Rollout', { env: [{ name: 'DB_PASSWORD', value: 'hunter2hunter2' }] }, { env: [{ name: 'DB_PASSWORD', value: 'hunter3hunter3' }] }, '/env/0/value: changed (value hidden)'],
    ['a ConfigMap key named like a secret', 'ConfigMap', { data: { 'api-token': 'abc123def456' } }, { data: { 'api-token': 'abc123def457' } }, '/data/api-token: changed (value hidden)'],
    ['a private key in any field', 'ConfigMap', { data: { cert: 'x' } }, { data: { cert: '-----BEGIN RSA PRIVATE KEY-----\nMIIE' } }, '/data/cert: changed (value hidden)'],
    ['a secret inside an added object', 'Rollout', { env: [] }, { env: [{ name: 'API_KEY', value: 'k3yk3yk3yk3y' }] }, '/env/0: added (value hidden)'],
  ])('%s is never shown', (_, kind, base, head, line) => {
    const changes = fieldChanges(kind, base, head);
    expect(changes.map(fieldLine)).toEqual([line]);
    expect(changes.every((c) => c.hidden === true && !('old' in c) && !('new' in c))).toBe(true);
  });

  test('values that only look alike are shown', () => {
    expect(fieldChanges('ConfigMap', { data: { LOG_LEVEL: 'info', PASSWORD_MIN_LENGTH: '8' } }, { data: { LOG_LEVEL: 'debug', PASSWORD_MIN_LENGTH: '12' } }).map(fieldLine)).toEqual([
      '/data/LOG_LEVEL: "info" → "debug"',
      '/data/PASSWORD_MIN_LENGTH: "8" → "12"',
    ]);
  });
});

describe('summary lines, from the rendered objects', () => {
  test.each<[string, Record<string, { base?: Obj[]; head?: Obj[] }>, string[]]>([
    ['an image tag', { 'gridos/prod': { base: [rollout()], head: [rollout({ image: 'gridosacr.azurecr.io/gridos:v2.2.0' })] } }, ['gridos/prod: image gridosacr.azurecr.io/gridos v2.1.0 → v2.2.0']],
    [
      'an image digest, and another repository',
      {
        'gridos/prod': { base: [rollout()], head: [rollout({ image: 'gridosacr.azurecr.io/gridos:v2.1.0@sha256:abc' })] },
        'gridos/dev': { base: [rollout()], head: [rollout({ image: 'mirror.example/gridos:v2.1.0' })] },
      },
      ['gridos/dev: image gridosacr.azurecr.io/gridos:v2.1.0 → mirror.example/gridos:v2.1.0', 'gridos/prod: image gridosacr.azurecr.io/gridos v2.1.0 → v2.1.0@sha256:abc'],
    ],
    ['replicas and HPA bounds', { 'gridos/prod': { base: [rollout(), hpa(undefined, 30)], head: [rollout({ replicas: 3 }), hpa(12, 30)] } }, ['gridos/prod: Rollout gridos replicas unset → 3', 'gridos/prod: HPA gridos replicas 1–30 → 12–30']],
    [
      'a canary weight, a pause, maxSurge',
      { 'gridos/prod': { base: [rollout()], head: [rollout({ steps: STEPS.map((s, i) => (i === 2 ? { setWeight: 30 } : i === 5 ? { pause: {} } : s)), maxSurge: '1' })] } },
      ['gridos/prod: canary step 3: 25% → 30%', 'gridos/prod: canary step 6: pause 10m → pause (until promoted)', 'gridos/prod: canary maxSurge 25% → 1'],
    ],
    [
      'canary steps of another shape, and the background analysis',
      { 'gridos/prod': { base: [rollout()], head: [rollout({ steps: [{ setWeight: 50 }, { pause: { duration: '1m' } }, { analysis: { templates: [{ templateName: 'smoke' }] } }, { setWeight: 100 }], startingStep: 2 })] } },
      ['gridos/prod: canary steps 10%, pause 2m, 25%, pause 5m, 50%, pause 10m, 100% → 50%, pause 1m, analysis smoke, 100%', 'gridos/prod: background analysis from step 1 → 2'],
    ],
    [
      'traffic routing',
      {
        'gridos/test': { base: [rollout()], head: [rollout({ trafficRouting: { plugins: { 'argoproj-labs/gatewayAPI': { httpRoute: 'gridos', namespace: 'gridos' } } } })] },
        'gridos/dev': { base: [rollout({ trafficRouting: { nginx: { stableIngress: 'gridos' } } })], head: [rollout()] },
      },
      ['gridos/dev: traffic NGINX (stable Ingress gridos) → replica-weighted', 'gridos/test: traffic replica-weighted → Gateway API (HTTPRoute gridos)'],
    ],
    [
      'analysis thresholds, limits, queries, metrics',
      {
        'gridos/prod': {
          base: [analysis([metric('success-rate'), metric('error-rate'), metric('latency')])],
          head: [analysis([metric('success-rate', { failureLimit: 3, successCondition: 'len(result) > 0 && result[0] >= 0.995' }), metric('error-rate', { failureLimit: 3, provider: { prometheus: { address: 'http://p:9090', query: 'q2' } } }), metric('saturation')])],
        },
      },
      [
        'gridos/prod: analysis gridos-canary-analysis/success-rate successCondition "len(result) > 0 && result[0] >= 0.99" → "len(result) > 0 && result[0] >= 0.995"',
        'gridos/prod: analysis gridos-canary-analysis/success-rate, error-rate failureLimit 2 → 3',
        'gridos/prod: analysis gridos-canary-analysis/error-rate query changed',
        'gridos/prod: analysis gridos-canary-analysis/saturation added',
        'gridos/prod: analysis gridos-canary-analysis/latency removed',
      ],
    ],
    ['the same change in every metric', { 'gridos/prod': { base: [analysis()], head: [analysis([metric('success-rate', { interval: '30s' }), metric('error-rate', { interval: '30s' })])] } }, ['gridos/prod: analysis gridos-canary-analysis (every metric) interval 1m → 30s']],
    [
      'sync policy',
      {
        'gridos/prod': { base: [application('gridos-prod', { prune: false, selfHeal: false })], head: [application('gridos-prod', { prune: true, selfHeal: true })] },
        'gridos/dev': { base: [application('gridos-dev', {})], head: [application('gridos-dev', undefined)] },
        argocd: { base: [application('gridops-root', { prune: true })], head: [application('gridops-root', { prune: true, enabled: false })] },
      },
      ['argocd: Application gridops-root sync policy automated +prune → manual', 'gridos/dev: sync policy automated → manual', 'gridos/prod: sync policy automated → automated +prune +selfHeal'],
    ],
    [
      'sync windows, in the environment whose Application they match',
      {
        gridos: { base: [project({ syncWindows: [PEAK] })], head: [project({ syncWindows: [{ ...PEAK, schedule: '31 7 * * 1-5', duration: '10h29m' }, { ...PEAK, kind: 'allow', schedule: '0 20 * * *', duration: '2h', manualSync: false }] })] },
        'gridos/prod': { base: [application('gridos-prod', {})], head: [application('gridos-prod', {})] },
      },
      ['gridos/prod: sync window removed: deny Mon–Fri 07:41–18:00 America/Chicago (manual sync allowed)', 'gridos/prod: sync window added: deny Mon–Fri 07:31–18:00 America/Chicago (manual sync allowed)', 'gridos/prod: sync window added: allow daily 20:00–22:00 America/Chicago'],
    ],
    [
      'RBAC: project roles, Roles, RoleBindings',
      {
        gridos: {
          base: [project({ roles: [{ name: 'sre', groups: ['g-sre'], policies: ['p, proj:gridos:sre, applications, get, gridos/*, allow', 'p, proj:gridos:sre, applications, delete, gridos/*, allow'] }, { name: 'ci', groups: ['g-ci'], policies: [] }] })],
          head: [project({ roles: [{ name: 'sre', groups: ['g-sre', 'g-oncall'], policies: ['p, proj:gridos:sre, applications, get, gridos/*, allow', 'p, proj:gridos:sre, applications, sync, gridos/*, allow'] }, { name: 'dev', groups: ['g-dev'], policies: ['p, proj:gridos:dev, applications, get, gridos/*, allow'] }] })],
        },
        'gridos/prod': {
          base: [
            { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: meta('ops'), rules: [{ apiGroups: ['argoproj.io'], resources: ['rollouts'], verbs: ['get', 'patch'] }] },
            { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: meta('ops'), roleRef: { kind: 'Role', name: 'ops' }, subjects: [{ kind: 'Group', name: 'g-sre' }] },
          ],
          head: [
            { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: meta('ops'), rules: [{ apiGroups: ['argoproj.io'], resources: ['rollouts'], verbs: ['get', 'patch'] }, { apiGroups: [''], resources: ['pods'], resourceNames: ['x'], verbs: ['delete'] }] },
            { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: meta('ops'), roleRef: { kind: 'Role', name: 'ops' }, subjects: [{ kind: 'Group', name: 'g-sre' }, { kind: 'ServiceAccount', namespace: 'ci', name: 'deployer' }] },
          ],
        },
      },
      [
        'gridos: project gridos role sre policy removed: p, proj:gridos:sre, applications, delete, gridos/*, allow',
        'gridos: project gridos role sre policy added: p, proj:gridos:sre, applications, sync, gridos/*, allow',
        'gridos: project gridos role sre groups g-sre → g-sre, g-oncall',
        'gridos: project gridos role dev added (1 policy)',
        'gridos: project gridos role ci removed',
        'gridos/prod: Role ops rule added: core/pods x: delete',
        'gridos/prod: RoleBinding ops subjects Group g-sre → Group g-sre, ServiceAccount ci/deployer',
      ],
    ],
    [
      'objects added or removed, and any other change',
      {
        'gridos/test': {
          base: [{ apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: meta('gridos'), spec: {} }, { apiVersion: 'v1', kind: 'ConfigMap', metadata: meta('cfg'), data: { A: '1' } }],
          head: [{ apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute', metadata: meta('gridos'), spec: {} }, { apiVersion: 'v1', kind: 'ConfigMap', metadata: meta('cfg'), data: { A: '1' } }],
        },
        'gridos/dev': { base: [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: meta('cfg'), data: { A: '1' } }], head: [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: meta('cfg'), data: { A: '2' } }] },
      },
      ['gridos/dev: ConfigMap cfg changed', 'gridos/test: HTTPRoute gridos added', 'gridos/test: Ingress gridos removed'],
    ],
    [
      'a new environment, a removed one, a removed application',
      {
        'gridos/qa': { head: [rollout(), analysis(), hpa(5, 10)] },
        'gridos/legacy': { base: [rollout()] },
        telemetry: { base: [project({})] },
        'telemetry/dev': { base: [rollout()] },
      },
      [
        'gridos/legacy: environment removed (1 object)',
        'gridos/qa: new environment (3 objects)',
        'gridos/qa: canary timeline: 17m of pauses, promoted about 19m after the start (pods Ready after 30s); a bad canary is aborted at 3m30s (failed measurement 3, at 25%), all traffic on stable at 4m; with no data the rollout pauses at 1m30s (at 10%)',
        'telemetry: application removed (environments dev)',
      ],
    ],
  ])('%s', (_, spec, lines) => {
    expect(summary(spec)).toEqual(lines);
  });

  test('the canary timeline: the one of dist/README.md, fed from rendered objects; a line only when it changed', () => {
    const timelineOf = (objects: Obj[]) => renderedTimeline(objects as Manifest[]);
    // GIVEN the shape of the fixture's gridos/prod (10 pods, 2m → 5m → 10m, failureLimit 2 every 1m after 1m)
    const prod = [rollout(), analysis(), hpa(10, 30)];
    // THEN as dist/README.md says it (17m of pauses, about 19m to promotion, aborted 3m30s after the start at 25%)
    expect(timelineText(timelineOf(prod)!)).toBe(
      'canary timeline: 17m of pauses, promoted about 19m after the start (pods Ready after 30s); a bad canary is aborted at 3m30s (failed measurement 3, at 25%), all traffic on stable at 4m; with no data the rollout pauses at 1m30s (at 10%)',
    );
    // routed: the stable side keeps its pods, so traffic is back on stable when the canary aborts
    expect(timelineOf([rollout({ trafficRouting: { nginx: { stableIngress: 'gridos' } } }), analysis(), hpa(10, 30)])!.timeline.bad).toMatchObject({ stableScalesUp: false, stableAt: 210 });
    // no line when only the tag changed; steps that are not setWeight/pause pairs have no timeline
    expect(summary({ 'gridos/prod': { base: prod, head: [rollout({ image: 'x:2' }), analysis(), hpa(10, 30)] } })).toEqual(['gridos/prod: image gridosacr.azurecr.io/gridos:v2.1.0 → x:2']);
    expect(timelineOf([rollout({ steps: [{ setWeight: 10 }, { pause: {} }, { setWeight: 100 }] }), analysis()])).toBeUndefined();
    expect(timelineOf([rollout({ startingStep: 0 }), analysis()])).toBeUndefined();
  });
});

/** A report of `sections` sections of `fields` field changes each (values of `width` characters). */
function bigReport(sections: number, fields: number, width: number): RenderedDiffReport {
  const section = (i: number): SectionDiff => ({
    name: `app${i}/prod`,
    kind: 'environment',
    app: `app${i}`,
    env: 'prod',
    status: 'changed',
    objects: [
      {
        key: `v1/ConfigMap/ns/cm${i}`,
        apiVersion: 'v1',
        kind: 'ConfigMap',
        namespace: 'ns',
        name: `cm${i}`,
        status: 'changed',
        fields: [...Array(fields).keys()].map((f) => ({ path: `/data/key-${f}`, change: 'changed' as const, old: 'o'.repeat(width), new: `${f}`.padEnd(width, 'n') })),
      },
    ],
  });
  return {
    base: { ref: 'origin/main', commit: 'a'.repeat(40), tree: 'synthesized' },
    head: { ref: 'HEAD', commit: 'b'.repeat(40), tree: 'synthesized' },
    changed: true,
    summary: [...Array(sections).keys()].map((i) => `app${i}/prod: ConfigMap cm${i} changed`),
    warnings: ['head HEAD (bbbbbbb): its committed dist/ is stale (1 file differs from what its sources synthesize): diffing what they synthesize'],
    sections: [...Array(sections).keys()].map(section),
    otherFiles: [{ path: 'dist/README.md', status: 'changed' }],
  };
}

describe('the markdown comments', () => {
  test('a big diff is split into parts of at most 60,000 characters, each self-contained, numbered and marked', () => {
    // GIVEN 20 sections of 100 fields (the first two with 600 fields: each longer than a comment)
    const report = bigReport(20, 100, 150);
    (report.sections as SectionDiff[]).splice(0, 2, ...bigReport(2, 600, 150).sections);
    // WHEN
    const parts = markdownParts(report);
    // THEN
    expect(parts.length).toBeGreaterThan(10);
    parts.forEach((p, i) => {
      expect(p.length).toBeLessThanOrEqual(COMMENT_LIMIT);
      expect(p.startsWith(`${partMarker(i + 1)}\n### gridops diff: what each environment will run\n\`origin/main\` (aaaaaaa) → \`HEAD\` (bbbbbbb) · part ${i + 1}/${parts.length}\n\n`)).toBe(true);
      // every <details> and code fence it opens it closes
      expect((p.match(/<details>/g) ?? []).length).toBe((p.match(/<\/details>/g) ?? []).length);
      expect((p.match(/^```/gm) ?? []).length % 2).toBe(0);
    });
    expect(parts[0]).toContain('> **warning**: head HEAD (bbbbbbb): its committed dist/ is stale');
    expect(parts[0]).toContain('- app0/prod: ConfigMap cm0 changed');
    // no field line is lost, none is cut, and a section too long for one comment continues in the next
    const all = parts.join('');
    const lines = new Set(all.split('\n'));
    const missing = report.sections.flatMap((s) => s.objects[0].fields.map((f) => `    ${fieldLine(f)}`)).filter((l) => !lines.has(l));
    expect(missing).toEqual([]);
    expect(all).toContain('<details><summary><b>app0/prod</b>: 1 object changed (continued)</summary>');
    expect(parts[parts.length - 1]).toContain('**Other files of dist/**\n\n- `dist/README.md` (changed)');
  });

  test('one comment when it fits, no part number; a line longer than a comment is cut; no changes: one empty-marked comment', () => {
    const small = bigReport(2, 3, 10);
    const parts = markdownParts(small);
    expect(parts).toHaveLength(1);
    expect(parts[0].split('\n').slice(0, 3)).toEqual([partMarker(1), '### gridops diff: what each environment will run', '`origin/main` (aaaaaaa) → `HEAD` (bbbbbbb)']);
    // a value is shown up to 2,000 characters (the JSON has it whole); a summary line longer than a comment is cut
    const huge = { ...bigReport(1, 1, 70000), summary: [`app0/prod: ${'x'.repeat(70000)}`] };
    const cut = markdownParts(huge);
    expect(cut.every((p) => p.length <= COMMENT_LIMIT)).toBe(true);
    expect(cut[0]).toMatch(/- app0\/prod: x+…\n/);
    expect(cut.join('')).toMatch(/\/data\/key-0: "o{1996}\.\.\. → "0n{1995}\.\.\.\n/);
    const none = markdownParts({ ...small, changed: false, summary: [], sections: [], otherFiles: [], warnings: [] });
    expect(none).toEqual([`${partMarker(1)}\n<!-- gridops-diff empty -->\n### gridops diff: no rendered changes\n\`origin/main\` (aaaaaaa) → \`HEAD\` (bbbbbbb)\n`]);
  });

  test('summary lines are escaped for markdown; section titles for HTML', () => {
    const r = { ...bigReport(1, 1, 5), summary: ['gridos: project gridos role sre policy added: p, proj:gridos:sre, applications, delete, gridos/*, allow <x>'] };
    expect(markdownParts(r)[0]).toContain('- gridos: project gridos role sre policy added: p, proj:gridos:sre, applications, delete, gridos/\\*, allow &lt;x&gt;\n');
  });
});

describe('the text form', () => {
  test('summary, then each section with its objects and fields; secrets hidden', () => {
    // GIVEN a Secret whose data changed and a Rollout whose image changed
    const p = pair({
      'gridos/prod': {
        base: [rollout(), { apiVersion: 'v1', kind: 'Secret', metadata: meta('tls'), data: { 'tls.key': 'c2VjcmV0LW9sZA==' } }],
        head: [rollout({ image: 'gridosacr.azurecr.io/gridos:v2.2.0' }), { apiVersion: 'v1', kind: 'Secret', metadata: meta('tls'), data: { 'tls.key': 'c2VjcmV0LW5ldw==' } }],
      },
    });
    const sections = diffSections(p);
    const report: RenderedDiffReport = {
      base: { ref: 'origin/main', commit: 'a'.repeat(40), tree: 'synthesized' },
      head: { ref: null, commit: null, tree: 'synthesized' },
      changed: true,
      summary: summarize(p, sections),
      warnings: [],
      sections,
      otherFiles: [],
    };
    // WHEN / THEN
    expect(textReport(report)).toBe(
      [
        'gridops diff: base origin/main (aaaaaaa) → the working tree',
        '',
        'Summary:',
        '  gridos/prod: image gridosacr.azurecr.io/gridos v2.1.0 → v2.2.0',
        '',
        'gridos/prod: 2 objects changed',
        '  ~ Rollout gridos/gridos (argoproj.io/v1alpha1)',
        '      /spec/template/spec/containers/0/image: "gridosacr.azurecr.io/gridos:v2.1.0" → "gridosacr.azurecr.io/gridos:v2.2.0"',
        '  ~ Secret gridos/tls (v1)',
        '      /data/tls.key: changed (value hidden)',
        '',
      ].join('\n'),
    );
    for (const text of [JSON.stringify(report), ...markdownParts(report)]) expect(text).not.toMatch(/c2VjcmV0/);
  });
});

describe('what is built, and into which section', () => {
  // GIVEN an application `a` in dev and prod, the Argo CD kustomization (its Application and AppProject) and a cluster's
  const app = (env: string) => `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata: { name: a-${env}, namespace: argocd }\nspec: { project: a, source: { path: dist/applications/a/overlays/${env} } }\n`;
  const tree = (over: Record<string, string> = {}): Map<string, string> =>
    new Map(
      Object.entries({
        'dist/applications/a/base/kustomization.yaml': 'resources: [x.yaml]\n',
        'dist/applications/a/overlays/dev/kustomization.yaml': 'resources: [../../base]\n# dev\n',
        'dist/applications/a/overlays/prod/kustomization.yaml': 'resources: [../../base]\n# prod\n',
        'dist/argocd/kustomization.yaml': 'resources: [applications/a-dev.yaml, applications/a-prod.yaml, projects/a.yaml]\n',
        'dist/argocd/applications/a-dev.yaml': app('dev'),
        'dist/argocd/applications/a-prod.yaml': app('prod'),
        'dist/argocd/projects/a.yaml': 'apiVersion: argoproj.io/v1alpha1\nkind: AppProject\nmetadata: { name: a, namespace: argocd }\nspec: {}\n',
        'dist/argocd/install/rollouts/c1/kustomization.yaml': 'resources: [x.yaml]\n',
        'dist/README.md': 'readme\n',
        ...over,
      }),
    );
  /** A builder that records what it builds: an overlay is one ConfigMap holding its kustomization; dist/argocd its files' objects. */
  const recorder = () => {
    const built: string[] = [];
    const kustomize = async (root: string, dir: string): Promise<Manifest[]> => {
      built.push(`${path.basename(root)} ${dir}`);
      const read = (f: string) => fs.readFileSync(path.join(root, dir, f), 'utf8');
      if (dir === 'dist/argocd') return ['applications/a-dev.yaml', 'applications/a-prod.yaml', 'projects/a.yaml'].map((f) => parseYaml(read(f)) as Manifest);
      return [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'k', namespace: 'a' }, data: { text: read('kustomization.yaml') } }];
    };
    return { built, kustomize };
  };

  test('only the environments and kustomizations whose files differ are built, in both trees; sections by what objects deploy', async () => {
    // WHEN prod's overlay and its Application differ
    const { built, kustomize } = recorder();
    const p = await renderPair(tree(), tree({ 'dist/applications/a/overlays/prod/kustomization.yaml': 'resources: [../../base]\n# prod 2\n', 'dist/argocd/applications/a-prod.yaml': app('prod').replace('project: a', 'project: a, info: [] ') }), kustomize);
    // THEN dev and the cluster's kustomization are not built
    expect(built.sort()).toEqual(['base dist/applications/a/overlays/prod', 'base dist/argocd', 'head dist/applications/a/overlays/prod', 'head dist/argocd']);
    expect([...p.head.sections.values()].map((s) => [s.name, s.kind, [...s.objects.keys()]])).toEqual([
      ['a/prod', 'environment', ['v1/ConfigMap/a/k', 'argoproj.io/v1alpha1/Application/argocd/a-prod']],
      ['a/dev', 'environment', ['argoproj.io/v1alpha1/Application/argocd/a-dev']],
      ['a', 'application', ['argoproj.io/v1alpha1/AppProject/argocd/a']],
    ]);
    expect(diffSections(p).map((s) => [s.name, s.objects.map((o) => `${o.kind} ${o.status} ${o.fields.map((f) => f.path).join(' ')}`)])).toEqual([
      ['a/prod', ['Application changed /spec/info', 'ConfigMap changed /data/text']],
    ]);
    // WHEN only dist/README.md differs THEN nothing is built
    const none = recorder();
    await renderPair(tree(), tree({ 'dist/README.md': 'other\n' }), none.kustomize);
    expect(none.built).toEqual([]);
  });
});
