import { spawnSync } from 'child_process';
import * as path from 'path';
import * as YAML from 'yaml';
import { platform } from '../src/config/platform';
import { ConfigError } from '../src/errors';
import { PROJECT_ROOT as ROOT } from '../src/paths';
import { identifierOf, planNewApp, planNewEnv } from '../src/scaffold';
import { TempRepo } from './support/repo';

describe('gridops new app', () => {
  const repo = new TempRepo(['test', 'jest.config.js', 'tsconfig.json']);
  afterAll(() => repo.remove());

  test('scaffolds config, registration, tags and a test; synth and the scaffolded test pass', () => {
    // WHEN
    const r = repo.gridops(['new', 'app', 'billing']);
    // THEN
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('wrote '))).toEqual([
      'wrote src/config/apps/billing.ts',
      'wrote src/config/platform.ts',
      'wrote src/config/image-tags.yaml',
      'wrote test/apps/billing.test.ts',
    ]);
    expect(repo.read('src/config/platform.ts')).toContain("import { billing } from './apps/billing';");
    expect(repo.read('src/config/platform.ts')).toMatch(/applications: \[gridos, gridTelemetry, billing\]/);
    expect(YAML.parse(repo.read('src/config/image-tags.yaml')).billing).toEqual({ dev: 'dev-0000000', test: 'dev-0000000', prod: 'v0.1.0' });
    for (const env of ['dev', 'test', 'prod']) {
      expect(repo.exists(`dist/applications/billing/overlays/${env}/kustomization.yaml`)).toBe(true);
      expect(repo.exists(`dist/argocd/applications/billing-${env}.yaml`)).toBe(true);
    }
    expect(repo.exists('dist/applications/billing/base/ingress.yaml')).toBe(false);
    expect(repo.gridops(['synth', '--check']).status).toBe(0);
    const jest = spawnSync(process.execPath, [path.join(repo.dir, 'node_modules', 'jest', 'bin', 'jest.js'), 'test/apps/billing.test.ts'], {
      cwd: repo.dir,
      encoding: 'utf8',
    });
    expect(jest.stderr).toContain('Tests:       6 passed, 6 total');
    expect(jest.status).toBe(0);
  });

  test('new env staging --from test: a deriveEnvironment constant in every app that has test, in its own namespace', () => {
    const r = repo.gridops(['new', 'env', 'staging', '--from', 'test']);
    expect(r.status).toBe(0);
    const gridos = repo.read('src/config/apps/gridos.ts');
    expect(gridos).toContain("const staging: EnvironmentConfig = deriveEnvironment(test, {\n  name: 'staging',\n  namespace: 'gridos-staging',\n  ingressHost: 'gridos-staging.example.com',\n});");
    expect(gridos).toContain('environments: [dev, test, staging, prod]');
    expect(YAML.parse(repo.read('src/config/image-tags.yaml')).gridos.staging).toBe('dev-abc1234');
    const app = YAML.parse(repo.read('dist/argocd/applications/gridos-staging.yaml'));
    expect(app.spec.destination).toEqual({ namespace: 'gridos-staging', server: 'https://aks-gridos-test.hcp.eastus.azmk8s.io:443' });
    expect(app.spec.source.path).toBe('dist/applications/gridos/overlays/staging');
    expect(repo.gridops(['synth', '--check']).status).toBe(0);
  });

  // Refusals of the planning step, which runs before any file is written
  test.each<[string, () => unknown, string]>([
    ['app Billing', () => planNewApp(ROOT, platform, 'Billing'), "app name 'Billing' must be a DNS label of at most 40 characters (lowercase letters, digits, '-')"],
    ['app gridos', () => planNewApp(ROOT, platform, 'gridos'), "app 'gridos' already exists (src/config/apps/gridos.ts)"],
    ['app web --host Web_Site', () => planNewApp(ROOT, platform, 'web', { host: 'Web_Site' }), "--host 'Web_Site' must be a lowercase DNS name with a dot"],
    ['app web --port 0', () => planNewApp(ROOT, platform, 'web', { port: 0 }), '--port 0 must be a port number 1-65535'],
    ['env qa --from uat', () => planNewEnv(ROOT, platform, 'qa', 'uat'), "--from 'uat' is not an environment of any application"],
    ['env dev --from test', () => planNewEnv(ROOT, platform, 'dev', 'test'), "gridos already has an environment 'dev'"],
    ['env qa --from uat --app gridos', () => planNewEnv(ROOT, platform, 'qa', 'uat', { app: 'gridos' }), "--from 'uat' is not an environment of gridos (known: dev, test, prod)"],
    ['env qa --from test --app nope', () => planNewEnv(ROOT, platform, 'qa', 'test', { app: 'nope' }), "--app 'nope' is not a configured application (known: gridos, grid-telemetry)"],
  ])('new %s is refused: %s', (_name, plan, message) => {
    expect(plan).toThrow(new ConfigError(message));
  });

  // Through the real CLI: exit 2, the message, nothing written
  test.each([
    [['new', 'app', 'Billing'], "error: app name 'Billing' must be a DNS label of at most 40 characters (lowercase letters, digits, '-')"],
    [['new', 'env', 'qa'], 'error: --from is required: the environment the new one starts as a copy of'],
    [['new', 'env', 'dr', '--from', 'prod', '--cluster-name', 'aks-dr'], 'error: --cluster-name and --cluster-server go together: give both or neither'],
  ])('%j is refused with nothing written: %s', (args, message) => {
    const before = [repo.read('src/config/platform.ts'), repo.read('src/config/apps/gridos.ts'), repo.read('src/config/image-tags.yaml'), repo.snapshotDist()];
    const r = repo.gridops(args);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(message);
    expect([repo.read('src/config/platform.ts'), repo.read('src/config/apps/gridos.ts'), repo.read('src/config/image-tags.yaml'), repo.snapshotDist()]).toEqual(before);
  });

  test('identifiers from names', () => {
    expect(identifierOf('grid-telemetry')).toBe('gridTelemetry');
    expect(identifierOf('prod')).toBe('prod');
  });
});
