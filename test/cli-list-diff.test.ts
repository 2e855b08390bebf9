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
    expect(repo.gridops(['list']).stdout.split('\n')[0]).toMatch(/^APP\s+ENV\s+TAG\s+CLUSTER/);
  });

  test('diff shows what synth would change, filtered by app and env, and writes nothing', () => {
    expect(repo.gridops(['diff']).stdout.trim()).toBe('no changes');
    repo.write(TAGS, repo.read(TAGS).replace('prod: v2.1.0', 'prod: v2.2.0').replace('dev: dev-abc1234', 'dev: dev-1234567'));
    const prod = repo.gridops(['diff', '--app', 'gridos', '--env', 'prod']);
    expect(prod.status).toBe(0);
    expect(prod.stdout).toContain('+++ b/dist/applications/gridos/overlays/prod/kustomization.yaml');
    expect(prod.stdout).toContain('-    newTag: v2.1.0\n+    newTag: v2.2.0');
    expect(prod.stdout).not.toContain('overlays/dev');
    expect(repo.gridops(['diff']).stdout).toContain('overlays/dev/kustomization.yaml');
    expect(repo.gridops(['diff', '--color']).stdout).toContain('\x1b[32m+    newTag: v2.2.0\x1b[0m');
    expect(repo.gridops(['synth', '--check']).status).toBe(1);
    expect(repo.gridops(['diff', '--env', 'qa']).stderr.trim()).toBe("error: --env 'qa' is not an environment of any application");
  });
});
