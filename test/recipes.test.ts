import { spawnSync } from 'child_process';
import * as path from 'path';
import { yamlValue } from './support/yaml';
import { identifierOf } from '../src/codegen/scaffold';
import { kustomizeBuild } from './support/kustomize';
import { TempRepo } from './support/repo';
import { addImport, appendToArray, setEnvironmentProperty } from './support/source-edit';

/*
 * The README's "How to …" recipes, each run as the README says, in one throw-away copy of this repository with the
 * configuration it ships (whatever that holds today: the applications and environments are read from `gridops list
 * --json`, the pauses from the rendered Rollout), one after another as a user's day would. After each: dist/ is
 * current (`gridops synth --check`) and the rendered output shows the change. At the end, on everything the recipes
 * made together (each one's result but the tag set-image set, which the rollback replaces), what `npm test` checks of
 * any configuration (test/shipped-config.test.ts, and tsc): dist/ is what synth produces, every overlay builds with
 * kubectl kustomize into exactly the intended objects and every validation rule passes (`gridops validate`).
 */

interface Row {
  app: string;
  env: string;
  tag: string;
  cluster: string;
  server: string;
  namespace: string;
}

describe("the README's recipes keep npm test green", () => {
  const repo = new TempRepo(['tsconfig.json'], 'shipped');
  afterAll(() => repo.remove());
  repo.git(['init', '-q']);
  repo.git(['add', '-A']);
  repo.git(['commit', '-q', '-m', 'the repository as shipped']);
  const rows = (): Row[] => JSON.parse(repo.gridops(['list', '--json']).stdout);
  const shipped = rows();
  const first = shipped[0];
  const tagOf = (app: string, env: string) => yamlValue(repo.read('src/config/image-tags.yaml'))[app][env] as string;
  const overlayTag = (app: string, env: string) => yamlValue(repo.read(`dist/applications/${app}/overlays/${env}/kustomization.yaml`)).images[0].newTag;

  /** dist/ is what synth makes of the sources: '' when it is, else what synth --check says. */
  const properties = (): string => {
    const check = repo.gridops(['synth', '--check', '-q']);
    return check.status === 0 ? '' : `synth --check exit ${check.status}: ${check.stdout}${check.stderr}`;
  };
  const run = (args: string[]) => {
    const r = repo.gridops(args);
    expect({ args, status: r.status, stderr: r.stderr }).toEqual({ args, status: 0, stderr: '' });
    return r;
  };
  const commit = (message: string) => {
    repo.git(['add', '-A']);
    repo.git(['commit', '-q', '-m', message]);
  };

  const original = first.tag;
  /** Another tag of the same form: a released version one patch on, or another commit SHA. */
  const next = /^v(\d+)\.(\d+)\.(\d+)$/.test(original)
    ? original.replace(/(\d+)$/, (p) => String(Number(p) + 1))
    : original.replace(/[0-9a-f]{7,40}$/, (sha) => (sha.startsWith('1') ? '2' : '1').repeat(sha.length));

  test('Change an image tag: gridops set-image --app A --env E --tag T', () => {
    run(['set-image', '--app', first.app, '--env', first.env, '--tag', next]);
    expect(tagOf(first.app, first.env)).toBe(next);
    expect(overlayTag(first.app, first.env)).toBe(next);
    expect(properties()).toBe('');
    commit(`deploy(${first.app}-${first.env}): ${next}`);
  });

  test('Roll back: gridops rollback --app A --env E puts the previous tag back', () => {
    run(['rollback', '--app', first.app, '--env', first.env]);
    expect(tagOf(first.app, first.env)).toBe(original);
    expect(overlayTag(first.app, first.env)).toBe(original);
    expect(properties()).toBe('');
    commit(`rollback(${first.app}-${first.env}): ${next} → ${original}`);
  });

  test('Change an environment: edit its overrides (slower canary pauses), then npm run synth', () => {
    // GIVEN the pauses of the environment's rendered Rollout
    const overlay = path.join(repo.dir, 'dist/applications', first.app, 'overlays', first.env);
    const pausesOf = () => kustomizeBuild(overlay).find((o) => o.kind === 'Rollout').spec.strategy.canary.steps.filter((s: any) => s.pause).map((s: any) => s.pause.duration);
    const seconds = (d: string) => Number(/^(\d+)([smh])$/.exec(d)![1]) * { s: 1, m: 60, h: 3600 }[/^(\d+)([smh])$/.exec(d)![2] as 's' | 'm' | 'h'];
    const slower = pausesOf().map((d: string) => `${2 * seconds(d)}s`);
    // WHEN the user doubles them in the environment's overrides and synthesizes
    const file = `src/config/apps/${first.app}.ts`;
    repo.write(file, setEnvironmentProperty(repo.read(file), first.env, ['overrides', 'canary', 'pauses'], JSON.stringify(slower).replace(/"/g, "'")));
    run(['synth', '-q']);
    // THEN the Rollout Argo CD gets pauses that long, and the properties hold
    expect(pausesOf()).toEqual(slower);
    expect(properties()).toBe('');
    commit(`${first.app}-${first.env}: slower canary`);
  });

  const envs = new Set(shipped.map((r) => r.env));
  const newEnv = ['staging', 'qa', 'uat', 'preprod'].find((e) => !envs.has(e))!;
  test('Add an environment: gridops new env NAME --from E', () => {
    const r = run(['new', 'env', newEnv, '--from', first.env]);
    expect(r.stdout).toContain('dist/ regenerated.');
    const after = rows();
    const withFrom = [...new Set(after.filter((x) => x.env === first.env).map((x) => x.app))];
    expect(after.filter((x) => x.env === newEnv).map((x) => x.app)).toEqual(withFrom);
    for (const app of withFrom) expect(repo.exists(`dist/applications/${app}/overlays/${newEnv}/kustomization.yaml`)).toBe(true);
    expect(properties()).toBe('');
    commit(`add environment ${newEnv}`);
  });

  const apps = new Set(shipped.map((r) => r.app));
  const newApp = ['billing', 'billing-api', 'invoicing'].find((a) => !apps.has(a))!;
  test('Add an application: gridops new app NAME', () => {
    const r = run(['new', 'app', newApp]);
    expect(r.stdout).toContain('dist/ regenerated.');
    expect(repo.exists(`dist/applications/${newApp}/base/kustomization.yaml`)).toBe(true);
    expect(properties()).toBe('');
    commit(`add application ${newApp}`);
  });

  const handmade = ['handmade', 'handmade-svc'].find((a) => !apps.has(a) && a !== newApp)!;
  test('Add an application by hand: its file, its entry in platform.ts, its tags, npm run synth', () => {
    // GIVEN an application written by hand: one environment on the cluster of the first one, in a namespace of its own
    const ident = identifierOf(handmade);
    repo.write(
      `src/config/apps/${handmade}.ts`,
      `import { ApplicationConfig } from '../../model/application';
import { TagPolicy } from '../../model/tag-policy';

/** Written by hand, as README's "Add an application" says. */
export const ${ident}: ApplicationConfig = {
  name: '${handmade}',
  image: 'registry.example.com/${handmade}',
  container: { port: 8080, readinessPath: '/ready', livenessPath: '/live' },
  defaults: {
    namespace: '${handmade}',
    scaling: { minReplicas: 4, maxReplicas: 8, targetCpuUtilization: 70, maxUnavailable: 1 },
    canary: { weights: [25, 50, 100], pauses: ['1m', '2m'], maxSurge: '25%', trafficShareTolerance: 10 },
    analysis: {
      prometheusAddress: 'http://prometheus-operated.monitoring.svc.cluster.local:9090',
      successRateMin: 0.99,
      latencyP99MaxMs: 500,
      errorRateMax: 0.01,
      interval: '30s',
      abortOnFailure: 3,
    },
    resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } },
    settings: { LOG_LEVEL: 'info' },
  },
  environments: [
    {
      name: '${first.env}',
      cluster: { name: '${first.cluster}', server: '${first.server}' },
      tagPolicy: TagPolicy.gitSha('hand-'),
      sync: { prune: true, selfHeal: true },
      slackChannel: '${handmade}-deploys',
      overrides: { namespace: '${handmade}' },
    },
  ],
};
`,
    );
    const platformFile = 'src/config/platform.ts';
    repo.write(platformFile, appendToArray(addImport(repo.read(platformFile), `import { ${ident} } from './apps/${handmade}';`), 'applications', ident));
    repo.write('src/config/image-tags.yaml', `${repo.read('src/config/image-tags.yaml')}${handmade}:\n  ${first.env}: hand-1234567\n`);
    // WHEN
    run(['synth', '-q']);
    // THEN
    expect(rows().filter((x) => x.app === handmade).map((x) => [x.env, x.namespace, x.tag])).toEqual([[first.env, handmade, 'hand-1234567']]);
    expect(properties()).toBe('');
    commit(`add application ${handmade}`);
  });

  test('after every recipe: tsc, and every overlay builds into exactly the intended objects with every rule passing', () => {
    // the project's compiler options on the configuration and all it imports (the rest of the copy is this checkout's)
    repo.write('tsconfig.recipes.json', JSON.stringify({ extends: './tsconfig.json', compilerOptions: { incremental: false }, include: ['src/config/**/*.ts'] }));
    const tsc = spawnSync(process.execPath, [path.join(repo.dir, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.recipes.json'], { cwd: repo.dir, encoding: 'utf8' });
    expect({ tsc: tsc.status, out: tsc.stdout }).toEqual({ tsc: 0, out: '' });
    // the properties of test/shipped-config.test.ts, through the CLI: validate builds every overlay and compares it
    expect(properties()).toBe('');
    const validate = repo.gridops(['validate', '-q']);
    expect({ status: validate.status, out: `${validate.stdout}${validate.stderr}` }).toEqual({ status: 0, out: '' });
  });
});
