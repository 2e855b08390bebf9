import { selects } from '../src/cli/cmds/diff';
import { platform } from './fixtures/config/platform';
import { synthesize } from '../src/synthesize';
import { tags } from './support/fixtures';
import { TempRepo } from './support/repo';

const TAGS = 'src/config/image-tags.yaml';

describe('gridops list and diff', () => {
  const repo = new TempRepo();
  afterAll(() => repo.remove());

  test('list --json: applications, environments, tags, destinations, sync policy', () => {
    const rows = JSON.parse(repo.gridops(['list', '--json']).stdout);
    expect(rows.map((r: any) => [r.app, r.env, r.tag, r.cluster, r.namespace, r.sync])).toEqual([
      ['gridos', 'dev', 'dev-abc1234', 'aks-gridos-dev', 'gridos', 'automated +prune +selfHeal'],
      ['gridos', 'test', 'dev-abc1234', 'aks-gridos-test', 'gridos', 'automated +prune +selfHeal'],
      ['gridos', 'prod', 'v2.1.0', 'aks-gridos-prod', 'gridos', 'automated'],
      ['grid-telemetry', 'dev', 'dev-9f3c2e1', 'aks-gridos-dev', 'grid-telemetry', 'automated +prune +selfHeal'],
      ['grid-telemetry', 'prod', 'v1.4.0', 'aks-gridos-prod', 'grid-telemetry', 'automated'],
    ]);
    // the fixture pins no tag by digest (test/cli-digest.test.ts sets one)
    expect(rows.map((r: any) => r.digest)).toEqual([null, null, null, null, null]);
    expect(repo.gridops(['list']).stdout.split('\n')[0]).toMatch(/^APP\s+ENV\s+TAG\s+DIGEST\s+CLUSTER/);
  });

  test('diff shows what synth would change, filtered by app and env, and writes nothing', () => {
    // GIVEN a current dist/ WHEN diff --exit-code THEN no changes, exit 0
    const none = repo.gridops(['diff', '--exit-code']);
    expect([none.status, none.stdout]).toEqual([0, 'no changes\n']);
    // GIVEN new tags WHEN diffed THEN
    repo.write(TAGS, repo.read(TAGS).replace('prod: v2.1.0', 'prod: v2.2.0').replace('dev: dev-abc1234', 'dev: dev-1234567'));
    const prod = repo.gridops(['diff', '--app', 'gridos', '--env', 'prod']);
    expect(prod.status).toBe(0); // without --exit-code, changes or not
    expect(prod.stdout).toContain('+++ b/dist/applications/gridos/overlays/prod/kustomization.yaml');
    expect(prod.stdout).toContain('-    newTag: v2.1.0\n+    newTag: v2.2.0');
    expect(prod.stdout).not.toContain('overlays/dev');
    const all = repo.gridops(['diff', '--exit-code']);
    expect(all.status).toBe(1); // as git diff --exit-code
    expect(all.stdout).toContain('overlays/dev/kustomization.yaml');
    const json = repo.gridops(['diff', '--json', '--env', 'prod']);
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({
      changed: ['dist/applications/gridos/overlays/prod/kustomization.yaml'],
      missing: [],
      stray: [],
      files: [{ path: 'dist/applications/gridos/overlays/prod/kustomization.yaml', status: 'changed' }],
    });
    expect(repo.gridops(['diff', '--color']).stdout).toContain('\x1b[32m+    newTag: v2.2.0\x1b[0m');
    expect(repo.gridops(['synth', '--check']).status).toBe(1);
    expect(repo.gridops(['diff', '--env', 'qa']).stderr.trim()).toBe("error: --env 'qa' is not an environment of any application");
  });
});

describe('diff --app/--env selection (by the owners synth records)', () => {
  const { owners } = synthesize(platform, tags());

  test.each<[string, string | undefined, string | undefined, boolean]>([
    ['dist/applications/gridos/overlays/prod/kustomization.yaml', 'gridos', 'prod', true],
    ['dist/applications/gridos/overlays/prod/kustomization.yaml', 'gridos', 'dev', false],
    ['dist/applications/gridos/base/rollout.yaml', 'gridos', 'prod', true],
    ['dist/applications/gridos/base/rollout.yaml', 'grid-telemetry', undefined, false],
    ['dist/argocd/applications/gridos-prod.yaml', undefined, 'prod', true],
    ['dist/argocd/applications/gridos-prod.yaml', 'gridos', 'test', false],
    ['dist/argocd/projects/gridos-project.yaml', 'gridos', undefined, true],
    ['dist/argocd/applicationsets/grid-telemetry.yaml', 'grid-telemetry', 'prod', true],
    ['dist/argocd/applicationsets/grid-telemetry.yaml', 'grid-telemetry', 'test', false],
    ['dist/argocd/install/root-app.yaml', 'gridos', undefined, false],
    ['dist/argocd/install/root-app.yaml', undefined, undefined, true],
    // a file synth no longer produces belongs to the owner of the files beside it
    ['dist/applications/gridos/overlays/prod/old-patch.yaml', 'gridos', 'prod', true],
    ['dist/applications/gridos/overlays/prod/old-patch.yaml', 'gridos', 'dev', false],
    ['dist/argocd/applications/gridos-qa.yaml', 'gridos', undefined, false],
  ])('%s with --app %s --env %s → %s', (file, app, env, selected) => {
    expect(selects(file, owners, app, env)).toBe(selected);
  });
});
