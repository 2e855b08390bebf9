import * as fs from 'fs';
import * as path from 'path';
import { gridos } from './fixtures/config/apps/gridos';
import { platform as fixturePlatform } from './fixtures/config/platform';
import { CanaryRollout } from '../src/constructs/workload/canary-rollout';
import { ConfigError } from '../src/model/errors';
import { PriorityClass } from '../src/model/priority-class';
import { synthesize } from '../src/synthesize';
import { platformWith, tags } from './support/fixtures';
import { kustomizeBuild, writeTreeToTemp } from './support/kustomize';

/*
 * Pod hardening (issue 18, part 2), asserted on the objects kubectl kustomize renders from the overlays of the fixture
 * platform: no API token, app.kubernetes.io/instance on every object, the priority class, and the Polaris (v10.2.2)
 * exemptions of the choices left as they are, each with its reason.
 */

/** The fixture GridOS on the platform's class everywhere but dev, which runs at the cluster's default on purpose. */
const platform = platformWith((app) => ({
  ...app,
  defaults: { ...app.defaults, priorityClass: PriorityClass.existing('grid-critical') },
  environments: app.environments.map((e) => (e.name === 'dev' ? { ...e, overrides: { ...e.overrides, priorityClass: PriorityClass.clusterDefault() } } : e)),
}));
const ENVS = gridos.environments.map((e) => e.name);
const PULL = 'polaris.fairwinds.com/pullPolicyNotAlways-exempt';
const PRIORITY = 'polaris.fairwinds.com/priorityClassNotSet-exempt';

describe('pod hardening, on what kubectl kustomize renders', () => {
  const result = synthesize(platform, tags());
  const dir = writeTreeToTemp(result.tree);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const built = (env: string) => kustomizeBuild(path.join(dir, 'dist/applications', gridos.name, 'overlays', env));
  const rolloutOf = (env: string) => built(env).find((o) => o.kind === 'Rollout');

  test.each(ENVS)('%s: no Kubernetes API token in the pods, nor for the ServiceAccount', (env) => {
    const objects = built(env);
    expect(rolloutOf(env).spec.template.spec.automountServiceAccountToken).toBe(false);
    expect(objects.filter((o) => o.kind === 'ServiceAccount').map((o) => [o.metadata.name, o.automountServiceAccountToken])).toEqual([[gridos.name, false]]);
    // workload identity still opts in: the webhook projects its own token (azure-identity-token) into such pods
    expect(rolloutOf(env).spec.template.metadata.labels['azure.workload.identity/use']).toBe('true');
  });

  test.each(ENVS)('%s: app.kubernetes.io/instance on every object and pod; the Rollout\'s is its name (Polaris metadataAndInstanceMismatched)', (env) => {
    const objects = built(env);
    expect(objects.filter((o) => o.metadata.labels?.['app.kubernetes.io/instance'] !== gridos.name).map((o) => `${o.kind}/${o.metadata.name}`)).toEqual([]);
    const r = rolloutOf(env);
    expect(r.metadata.labels['app.kubernetes.io/instance']).toBe(r.metadata.name);
    expect(r.spec.template.metadata.labels['app.kubernetes.io/instance']).toBe(gridos.name);
  });

  test.each(ENVS)('%s: no selector gained the label (a Rollout\'s selector must not change; Services and the PDB select by name)', (env) => {
    const objects = built(env);
    const byName = { 'app.kubernetes.io/name': gridos.name };
    expect(rolloutOf(env).spec.selector).toEqual({ matchLabels: byName });
    // the loop below checks every Service: there are the three (all pods, stable, canary), not none
    expect(objects.filter((o) => o.kind === 'Service').map((o) => o.metadata.name).sort()).toEqual([gridos.name, `${gridos.name}-canary`, `${gridos.name}-stable`]);
    for (const s of objects.filter((o) => o.kind === 'Service')) expect({ service: s.metadata.name, selector: s.spec.selector }).toEqual({ service: s.metadata.name, selector: byName });
    expect(objects.find((o) => o.kind === 'PodDisruptionBudget').spec.selector).toEqual({ matchLabels: byName });
    expect(objects.find((o) => o.kind === 'PodMonitor').spec.selector).toEqual({ matchLabels: byName });
  });

  test.each<[string, string | undefined, Record<string, string>]>([
    ['dev', undefined, { [PULL]: 'true', [`${PULL}-reason`]: CanaryRollout.PULL_POLICY_EXEMPTION.reason, [PRIORITY]: 'true', [`${PRIORITY}-reason`]: CanaryRollout.CLUSTER_DEFAULT_PRIORITY_EXEMPTION.reason }],
    ['test', 'grid-critical', { [PULL]: 'true', [`${PULL}-reason`]: CanaryRollout.PULL_POLICY_EXEMPTION.reason }],
    ['prod', 'grid-critical', { [PULL]: 'true', [`${PULL}-reason`]: CanaryRollout.PULL_POLICY_EXEMPTION.reason }],
  ])('%s: its priorityClassName, and exactly the Polaris exemptions of its choices, each with its reason, on the Rollout', (env, className, annotations) => {
    const r = rolloutOf(env);
    expect(r.spec.template.spec.priorityClassName).toBe(className);
    expect(r.metadata.annotations).toEqual(annotations);
    // the pull policy Polaris' pullPolicyNotAlways would have Always, kept as decided
    expect(r.spec.template.spec.containers.map((c: any) => c.imagePullPolicy)).toEqual(['IfNotPresent']);
  });

  test('the reasons say why, in the rendered object', () => {
    // read from the Rollouts kubectl kustomize renders, not only from the constants the code writes them from
    expect(rolloutOf('dev').metadata.annotations).toMatchObject({
      [`${PULL}-reason`]: expect.stringContaining('pinned by digest'),
      [`${PRIORITY}-reason`]: expect.stringContaining("cluster's default priority on purpose"),
    });
    expect(rolloutOf('prod').metadata.annotations[`${PULL}-reason`]).toEqual(expect.stringContaining('pinned by digest'));
    expect(CanaryRollout.PULL_POLICY_EXEMPTION).toEqual({ check: 'pullPolicyNotAlways', reason: expect.stringContaining('pinned by digest') });
    expect(CanaryRollout.CLUSTER_DEFAULT_PRIORITY_EXEMPTION).toEqual({ check: 'priorityClassNotSet', reason: expect.stringContaining("cluster's default priority on purpose") });
  });

  test('the dist/README says each environment\'s priority', () => {
    const readme = result.tree.get('dist/README.md')!;
    const what = (env: string) => readme.split('\n').find((l, i, all) => l.startsWith('- **What**') && all.slice(0, i).reverse().find((h) => h.startsWith('### '))! === `### ${gridos.name}/${env}`)!;
    expect(what('dev')).toMatch(/; priority: the cluster's default, on purpose\.$/);
    expect(what('prod')).toMatch(/; priority: PriorityClass `grid-critical`\.$/);
  });
});

describe('priorityClass in the configuration', () => {
  test('unset (the fixture platform): no priorityClassName and no exemption, so Polaris still warns: nothing was decided', () => {
    const r: any = synthesize(fixturePlatform, tags()).intended.get(`${gridos.name}/prod`)!.find((o) => o.kind === 'Rollout');
    expect(r.spec.template.spec.priorityClassName).toBeUndefined();
    expect(Object.keys(r.metadata.annotations)).toEqual([PULL, `${PULL}-reason`]);
  });

  test('a value that is not made by PriorityClass is refused naming the application, the field and the value', () => {
    const bad = platformWith((app) => ({ ...app, defaults: { ...app.defaults, priorityClass: 'grid-critical' as unknown as PriorityClass } }));
    expect(() => synthesize(bad, tags())).toThrow(new ConfigError(`gridos (defaults): priorityClass must be PriorityClass.existing('<name>') or PriorityClass.clusterDefault(), got "grid-critical"`));
  });
});
