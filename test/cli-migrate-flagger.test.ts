import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { flaggerWeights } from '../src/migrate/flagger/map';
import { buildPodinfoKustomize, example, FLAGGER_FIXTURES, renderPodinfoChart } from './support/flagger';
import { cachedKustomizer } from './support/kustomize';
import { TempRepo } from './support/repo';
import { yamlDocuments, yamlValue } from './support/yaml';

/*
 * gridops migrate flagger through the real CLI, in throw-away copies of the repository on the fixture platform
 * (test/fixtures/config/: gridos's dev, test and prod): the podinfo chart's rendered output migrates, synthesizes,
 * validates, and its Rollout steps through the Canary's weights with failureLimit = threshold − 1; --dry-run writes
 * nothing; bad input is one line, exit 2, nothing written.
 */

const CHART = renderPodinfoChart();
const CANARY = yamlDocuments(CHART).find((d) => d?.kind === 'Canary');
const SOURCES = ['src/config/platform.ts', 'src/config/image-tags.yaml', 'src/config/apps/gridos.ts', 'src/config/apps/grid-telemetry.ts'];

/** Everything a migration may write: the configuration and dist/. */
function state(repo: TempRepo): unknown {
  return { sources: SOURCES.map((f) => repo.read(f)), podinfo: repo.exists('src/config/apps/podinfo.ts'), dist: repo.snapshotDist() };
}

/** The migration's warnings about the podinfo chart (each field it depends on, the replica-weighted shares), as stderr prints them. */
const CHART_WARNINGS = (file: string) => [
  `warning: ${file}: Canary podinfo: spec.provider: not set: the controller's -mesh-provider (istio unless set otherwise) set each weight exactly; replica-weighted, with 2 pods (the HPA's minimum) the canary's share is 5%→33.3% (1+2), 10%→33.3% (1+2), 15%→33.3% (1+2), 20%→33.3% (1+2), 25%→33.3% (1+2), 30%→33.3% (1+2), 35%→33.3% (1+2), 40%→33.3% (1+2), 45%→50% (1+1), 50%→50% (1+1), 100%→100% (2+0): up to 28.3 points off its weights; synth warns about every step more than 5 points off (canary.trafficShareTolerance is left at its default): raise scaling.minReplicas, or choose nginx or gatewayapi:v1 for exact weights`,
  `warning: ${file}: Deployment podinfo: spec.template.spec.volumes: data (emptyDir), config (ConfigMap podinfo) not migrated: gridops mounts /tmp (an emptyDir) and the Key Vault only, so the container finds none of these files (ConfigMap podinfo: its keys are files no more); put the files in the image, or read them as settings`,
  `warning: ${file}: Deployment podinfo: spec.template.spec.containers[0].command: ./podinfo --port=9898 --level=info --random-delay=false --random-error=false --config-path=/podinfo/config not migrated: gridops runs the image's own entrypoint; put the flags in the image or settings`,
  `warning: ${file}: Deployment podinfo: spec.template.spec.containers[0].volumeMounts: data at /data, config at /podinfo/config not migrated: gridops mounts /tmp and the Key Vault only, on a read-only root filesystem, so nothing is at these paths and writes there fail; write to /tmp, put the files in the image, or read them as settings`,
];

/** The warnings about podinfo's kustomize base (its command line opens the metrics port it declares). */
const BASE_WARNINGS = (file: string) => [
  `warning: ${file}: Deployment podinfo: spec.template.spec.containers[0].command: ./podinfo --port=9898 --port-metrics=9797 --grpc-port=9999 --grpc-service-name=podinfo --level=info --random-delay=false --random-error=false not migrated: gridops runs the image's own entrypoint; put the flags in the image or settings`,
  `warning: ${file}: Deployment podinfo: spec.template.spec.containers[0].command: --port-metrics=9797 opens the metrics port 9797, which is kept (container.metricsPort: 9797, the PodMonitor's port) while the flag is not migrated: unless the image opens 9797 by itself, nothing answers there and the analysis gets no metrics; put the flag in the image`,
];

/** `gridops ARGS` in the copy with `input` on its standard input. */
function gridopsWithStdin(repo: TempRepo, args: string[], input: string) {
  return spawnSync(process.execPath, [path.join(repo.dir, 'bin', 'gridops.js'), ...args], { cwd: repo.dir, encoding: 'utf8', input, env: { ...process.env, GRIDOPS_ROOT: '', FORCE_COLOR: '0' } });
}

describe('gridops migrate flagger: the podinfo chart', () => {
  const repo = new TempRepo(['tsconfig.json']);
  afterAll(() => repo.remove());
  repo.write('old/podinfo.yaml', CHART);

  test('--dry-run writes nothing and prints the configuration and the report', () => {
    const before = state(repo);
    const r = repo.gridops(['migrate', 'flagger', 'old/podinfo.yaml', '--dry-run']);
    // what the chart runs and mounts is not migrated, and the shares are replica-weighted: a warning each
    expect(r.stderr.split('\n')).toEqual([...CHART_WARNINGS('old/podinfo.yaml'), '']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('# src/config/apps/podinfo.ts (--dry-run: nothing written)');
    expect(r.stdout).toContain("export const podinfo: ApplicationConfig = {\n  name: 'podinfo',\n  image: 'ghcr.io/stefanprodan/podinfo',\n  container: { port: 9898, readinessPath: '/readyz', livenessPath: '/healthz' },\n");
    expect(r.stdout).toContain('\n# src/config/platform.ts: registers podinfo\n# src/config/image-tags.yaml: the tags of podinfo\n');
    expect(r.stdout).toContain('\n# Migration of Canary podinfo to the gridops application podinfo\n');
    expect(r.stdout).toContain('| `spec.analysis.threshold` | `10` | mapped | analysis.abortOnFailure: 10 (the AnalysisTemplate\'s failureLimit: 9) |');
    expect(state(repo)).toEqual(before);
  });

  test('standard input (-) is read like a file', () => {
    const r = gridopsWithStdin(repo, ['migrate', 'flagger', '-', '--dry-run'], CHART);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('From `-` (Flagger v1.44.0, flagger.app/v1beta1) to Argo Rollouts v1.9.0 as gridops generates it: ');
    expect(r.stdout).toContain('| <stdin> | Canary podinfo | migrated: the application podinfo |');
  });

  test('writes the application, registers it and its tags, and re-synthesizes', () => {
    // WHEN
    const r = repo.gridops(['migrate', 'flagger', 'old/podinfo.yaml', '--report', 'migration.md']);
    // THEN the migration's warnings, then synth's own about the shares (the tolerance is left at its default, 5)
    const far = (env: string) => `warning: podinfo/${env}: with 2 pods the replica-weighted canary sends 33.3% instead of 5%, 33.3% instead of 10%, 33.3% instead of 15%, 33.3% instead of 20%, 33.3% instead of 25%, 33.3% instead of 40% (tolerance 5 points): raise scaling.minReplicas or canary.trafficShareTolerance`;
    expect(r.stderr.split('\n')).toEqual([...CHART_WARNINGS('old/podinfo.yaml'), far('dev'), far('test'), far('prod'), '']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')).toEqual([
      'wrote src/config/apps/podinfo.ts',
      'wrote src/config/platform.ts',
      'wrote src/config/image-tags.yaml',
      'podinfo: from gridos: the environments dev, test, prod with their clusters, tag policies, sync, protection and sync windows; the Prometheus address',
      'podinfo: from Canary podinfo: the canary, its analysis and traffic; from its targets: the image, container, resources, settings and scaling',
      "podinfo: no build workflow written: image 'ghcr.io/stefanprodan/podinfo' is not in an Azure Container Registry (<name>.azurecr.io), where build-image.yml pushes; once it is, gridops new workflow --app podinfo",
      // every placeholder tag, with the command that replaces it, even with --report
      "podinfo/dev: image tag dev-0000000 is a placeholder (the Deployment's 6.1.3 breaks dev's tag policy, dev-<7-40 lowercase hex>): run gridops set-image --app podinfo --env dev --tag <tag>",
      "podinfo/test: image tag dev-0000000 is a placeholder (the Deployment's 6.1.3 breaks test's tag policy, dev-<7-40 lowercase hex>): run gridops set-image --app podinfo --env test --tag <tag>",
      "podinfo/prod: image tag v0.1.0 is a placeholder (the Deployment's 6.1.3 breaks prod's tag policy, vMAJOR.MINOR.PATCH): run gridops set-image --app podinfo --env prod --tag <tag>",
      // command, volumes and volumeMounts are changed (with a warning each), no longer not migrated
      'wrote migration.md: the migration report (48 fields: 24 mapped, 17 changed in meaning, 7 not migrated)',
      'dist/ regenerated. Read the report, run npm test, then commit the sources and dist/ together.',
      '',
    ]);
    expect(repo.read('src/config/platform.ts')).toContain("import { podinfo } from './apps/podinfo';\n");
    expect(repo.read('src/config/platform.ts')).toMatch(/applications: \[gridos, gridTelemetry, podinfo\]/);
    // the Deployment's tag where the tag policy allows it, else the policy's example (the report says so)
    expect(yamlValue(repo.read('src/config/image-tags.yaml')).podinfo).toEqual({ dev: 'dev-0000000', test: 'dev-0000000', prod: 'v0.1.0' });
    const report = repo.read('migration.md');
    expect(report).toContain("- prod: namespace podinfo on aks-gridos-prod, image tag v0.1.0 — the Deployment's 6.1.3 breaks prod's tag policy (vMAJOR.MINOR.PATCH): v0.1.0 is a placeholder; deploy a tag of the policy with gridops set-image --app podinfo --env prod --tag <tag>\n");
    expect(report).toContain('- **threshold → failureLimit.** Flagger rolls back when its failed checks reach the threshold (failed ≥ 10);');
    expect(repo.read('src/config/apps/podinfo.ts')).toContain("      trafficShareTolerance: 5, // the default: synth warns about every step more than 5 points off its weight\n");
    // dist/ is current, every rule passes and every overlay builds into what the sources intend
    expect(repo.gridops(['synth', '--check', '-q']).status).toBe(0);
    const v = repo.gridops(['validate', '-q']);
    expect({ status: v.status, stdout: v.stdout }).toEqual({ status: 0, stdout: '' });
    // and the configuration type-checks
    repo.write('tsconfig.migrate.json', JSON.stringify({ extends: './tsconfig.json', compilerOptions: { incremental: false }, include: ['src/config/**/*.ts'] }));
    const tsc = spawnSync(process.execPath, [path.join(repo.dir, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.migrate.json'], { cwd: repo.dir, encoding: 'utf8' });
    expect({ tsc: tsc.status, out: tsc.stdout }).toEqual({ tsc: 0, out: '' });
  });

  test.each(['dev', 'test', 'prod'])('%s: the built Rollout steps through the Canary\'s weights, failureLimit = threshold − 1', (env) => {
    // GIVEN the overlay as kubectl kustomize builds it
    const objects = cachedKustomizer(repo.dir)(`dist/applications/podinfo/overlays/${env}`) as any[];
    const rollout = objects.find((o) => o.kind === 'Rollout');
    const template = objects.find((o) => o.kind === 'AnalysisTemplate');
    const a = CANARY.spec.analysis;
    // THEN the weights Flagger stepped through, then promotion
    const steps = rollout.spec.strategy.canary.steps;
    expect(steps.filter((s: any) => s.setWeight !== undefined).map((s: any) => s.setWeight)).toEqual([...flaggerWeights(a), 100]);
    // each held one analysis interval, the last long enough for the threshold-th failed measurement to come first
    expect(steps.filter((s: any) => s.pause).map((s: any) => s.pause.duration)).toEqual([...Array(9).fill(a.interval), '45s']);
    expect(template.spec.metrics.map((m: any) => [m.name, m.failureLimit, m.interval])).toEqual([
      ['success-rate', a.threshold - 1, a.interval],
      ['latency-p99', a.threshold - 1, a.interval],
      ['error-rate', a.threshold - 1, a.interval],
    ]);
    expect(rollout.metadata.namespace).toBe('podinfo');
    expect(rollout.spec.template.spec.containers[0].image).toBe(`ghcr.io/stefanprodan/podinfo:${env === 'prod' ? 'v0.1.0' : 'dev-0000000'}`);
    expect(objects.find((o) => o.kind === 'HorizontalPodAutoscaler').spec).toMatchObject({ minReplicas: 2, maxReplicas: 4 });
  });

  test('the same Canary again is refused: the name is configured; nothing written', () => {
    const before = { ...(state(repo) as object), podinfo: repo.read('src/config/apps/podinfo.ts') };
    const r = repo.gridops(['migrate', 'flagger', 'old/podinfo.yaml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("error: app 'podinfo' already exists (src/config/apps/podinfo.ts): migrate it under another name with --name\n");
    expect({ ...(state(repo) as object), podinfo: repo.read('src/config/apps/podinfo.ts') }).toEqual(before);
  });
});

describe('gridops migrate flagger: what is written for each traffic mode', () => {
  const repo = new TempRepo();
  afterAll(() => repo.remove());
  const deploymentAndHpa = buildPodinfoKustomize();
  const canary = (spec: string) =>
    `apiVersion: flagger.app/v1beta1\nkind: Canary\nmetadata:\n  name: shop\n  namespace: test\nspec:\n${spec}  targetRef: { apiVersion: apps/v1, kind: Deployment, name: podinfo }\n  autoscalerRef: { apiVersion: autoscaling/v2, kind: HorizontalPodAutoscaler, name: podinfo }\n  service: { port: 80, targetPort: 9898${spec.includes('gatewayapi') ? ', hosts: [shop.example.com], gatewayRefs: [{ name: public, namespace: gateways }]' : ''} }\n  analysis: { interval: 1m, threshold: 3, stepWeight: 25, maxWeight: 50, metrics: [{ name: request-success-rate, thresholdRange: { min: 99 }, interval: 2m }] }\n---\n${deploymentAndHpa}`;

  test('the Gateway API: Traffic.gatewayApi() on the Canary\'s Gateway, exact weights; synthesized and valid', () => {
    // an image in an ACR: the caller of build-image.yml is written too, as new app writes it
    repo.write('in/shop.yaml', canary('  provider: gatewayapi:v1\n').replace('ghcr.io/stefanprodan/podinfo:', 'gridosacr.azurecr.io/shop:'));
    const r = repo.gridops(['migrate', 'flagger', 'in/shop.yaml', '--report', 'shop.md']);
    expect(r.stderr.split('\n')).toEqual([...BASE_WARNINGS('in/shop.yaml'), '']);
    expect(r.status).toBe(0);
    const source = repo.read('src/config/apps/shop.ts');
    expect(source).toContain("    ingress: { host: 'shop.example.com' },\n    traffic: Traffic.gatewayApi({ gateway: { name: 'public', namespace: 'gateways' } }),\n");
    expect(source).toContain("import { Traffic } from '../../model/traffic';\n");
    expect(source).toContain("  overrides: {\n    namespace: 'shop',\n    ingress: { host: 'shop-dev.example.com' },\n  },");
    const objects = cachedKustomizer(repo.dir)('dist/applications/shop/overlays/prod') as any[];
    expect(objects.find((o) => o.kind === 'Rollout').spec.strategy.canary.trafficRouting).toEqual({ plugins: { 'argoproj-labs/gatewayAPI': { httpRoute: 'shop', namespace: 'shop' } } });
    expect(objects.find((o) => o.kind === 'HTTPRoute').spec.hostnames).toEqual(['shop.example.com']);
    expect(r.stdout).toContain('wrote templates/shop/.github/workflows/ci.yml\n');
    expect(yamlValue(repo.read('templates/shop/.github/workflows/ci.yml')).jobs.build.with.image).toBe('gridosacr.azurecr.io/shop');
    expect(repo.gridops(['validate', '-q']).status).toBe(0);
  });

  test('NGINX: a TLS-terminating Ingress needs a Key Vault, so its facts are placeholders and dist/ is left alone', () => {
    const before = repo.snapshotDist();
    const ingress = 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: { name: cart, namespace: test }\nspec:\n  ingressClassName: nginx-internal\n  rules: [{ host: cart.example.com, http: { paths: [{ path: /, pathType: Prefix, backend: { service: { name: cart, port: { number: 80 } } } }] } }]\n';
    repo.write('in/cart.yaml', `${canary('  provider: nginx\n  ingressRef: { apiVersion: networking.k8s.io/v1, kind: Ingress, name: cart }\n').replace('name: shop', 'name: cart')}---\n${ingress}`);
    const r = repo.gridops(['migrate', 'flagger', 'in/cart.yaml', '--report', 'cart.md']);
    expect(r.stderr.split('\n')).toEqual([...BASE_WARNINGS('in/cart.yaml'), '']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('8 values to fill in (synth refuses a placeholder, so dist/ was not regenerated):\n');
    expect(r.stdout).toMatch(/ {2}src\/config\/apps\/cart\.ts:\d+: TODO\(Key Vault holding cart-tls in production\)\n/);
    expect(repo.read('src/config/apps/cart.ts')).toContain("    traffic: Traffic.nginx({ ingressClassName: 'nginx-internal' }),\n");
    expect(repo.snapshotDist()).toEqual(before);
    const synth = repo.gridops(['synth', '-q']);
    expect(synth.status).toBe(2);
    expect(synth.stderr).toContain('cart (defaults): azure.clientId "TODO(client ID of the production managed identity of cart)" is a placeholder: replace it with the real value');
  });

});

describe('gridops migrate flagger: image tags', () => {
  const repo = new TempRepo();
  afterAll(() => repo.remove());
  const deploymentAndHpa = buildPodinfoKustomize();
  const canary = (spec: string) =>
    `apiVersion: flagger.app/v1beta1\nkind: Canary\nmetadata:\n  name: shop\n  namespace: test\nspec:\n${spec}  targetRef: { apiVersion: apps/v1, kind: Deployment, name: podinfo }\n  autoscalerRef: { apiVersion: autoscaling/v2, kind: HorizontalPodAutoscaler, name: podinfo }\n  service: { port: 80, targetPort: 9898 }\n  analysis: { interval: 1m, threshold: 3, stepWeight: 25, maxWeight: 50 }\n---\n${deploymentAndHpa}`;

  test("a digest the image gives is kept with its tag; a placeholder tag is on stdout with its set-image command", () => {
    const digest = `sha256:${'d'.repeat(64)}`;
    repo.write('in/pin.yaml', canary('').replace('name: shop', 'name: pin').replace(/ghcr\.io\/stefanprodan\/podinfo:6\.0\.0/, `gridosacr.azurecr.io/pin:dev-1234567@${digest}`));
    const r = repo.gridops(['migrate', 'flagger', 'in/pin.yaml', '--report', 'pin.md']);
    expect(r.status).toBe(0);
    expect(yamlValue(repo.read('src/config/image-tags.yaml')).pin).toEqual({ dev: `dev-1234567@${digest}`, test: `dev-1234567@${digest}`, prod: 'v0.1.0' });
    expect(r.stdout.split('\n').filter((l) => l.startsWith('pin/'))).toEqual([
      "pin/prod: image tag v0.1.0 is a placeholder (the Deployment's dev-1234567 breaks prod's tag policy, vMAJOR.MINOR.PATCH): run gridops set-image --app pin --env prod --tag <tag>",
    ]);
    expect(repo.read('pin.md')).toContain(`- dev: namespace pin on aks-gridos-dev, image tag dev-1234567 and digest ${digest} (the Deployment's)\n`);
  });
});

describe('gridops migrate flagger: a traffic mode the platform does not admit is refused up front', () => {
  const repo = new TempRepo();
  afterAll(() => repo.remove());
  const platform = repo.read('src/config/platform.ts');
  const withoutNginx = platform.replace(/^ *nginx: NetworkPeer\.pods\(.*\),\n/m, '');
  repo.write('src/config/platform.ts', withoutNginx);
  const ingress = 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: { name: cart, namespace: test }\nspec:\n  rules: [{ host: cart.example.com }]\n';
  repo.write('in/cart.yaml', `apiVersion: flagger.app/v1beta1\nkind: Canary\nmetadata: { name: cart, namespace: test }\nspec:\n  provider: nginx\n  ingressRef: { apiVersion: networking.k8s.io/v1, kind: Ingress, name: cart }\n  targetRef: { apiVersion: apps/v1, kind: Deployment, name: podinfo }\n  service: { port: 80, targetPort: 9898 }\n  analysis: { interval: 1m, threshold: 3, stepWeight: 25, maxWeight: 50 }\n---\n${ingress}---\n${buildPodinfoKustomize()}`);

  test('NGINX without network.trafficFrom.nginx: one line naming the setting, nothing written', () => {
    expect(withoutNginx).not.toBe(platform);
    const before = state(repo);
    for (const args of [['in/cart.yaml'], ['in/cart.yaml', '--dry-run']]) {
      const r = repo.gridops(['migrate', 'flagger', ...args]);
      expect(r.stderr).toBe("error: in/cart.yaml: Canary cart: spec.provider \"nginx\" needs the platform's network.trafficFrom.nginx (the NGINX ingress controller's pods), which src/config/platform.ts does not set for dev's cluster aks-gridos-dev: set it, or remove spec.provider to migrate a replica-weighted canary\n");
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
    }
    expect(state(repo)).toEqual(before);
  });
});

describe('gridops migrate flagger: where the input is', () => {
  const repo = new TempRepo();
  afterAll(() => repo.remove());
  const canary = 'apiVersion: flagger.app/v1beta1\nkind: Canary\nmetadata: { name: podinfo, namespace: test }\nspec:\n  targetRef: { apiVersion: apps/v1, kind: Deployment, name: podinfo }\n  autoscalerRef: { apiVersion: autoscaling/v2, kind: HorizontalPodAutoscaler, name: podinfo }\n  service: { port: 80, targetPort: 9898 }\n  analysis: { interval: 1m, threshold: 3, stepWeight: 25, maxWeight: 50 }\n';

  test('an absolute directory path', () => {
    repo.write('rendered/all.yaml', CHART);
    const r = repo.gridops(['migrate', 'flagger', path.join(repo.dir, 'rendered'), '--dry-run']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`| ${path.join(repo.dir, 'rendered', 'all.yaml')} | Canary podinfo | migrated: the application podinfo |`);
  });

  test("a kustomize base directory: kustomization.yaml is skipped with a note, its resources are read", () => {
    for (const f of ['kustomization.yaml', 'deployment.yaml', 'hpa.yaml']) repo.write(`base/${f}`, fs.readFileSync(path.join(FLAGGER_FIXTURES, 'podinfo-kustomize', f), 'utf8'));
    repo.write('base/canary.yaml', canary);
    const r = repo.gridops(['migrate', 'flagger', 'base', '--dry-run']);
    expect(r.status).toBe(0);
    expect(r.stderr.split('\n')[0]).toBe("note: base/kustomization.yaml: a kustomization, not a Kubernetes object: skipped, and what it does (namespace, name prefixes, patches, images) is not applied; to migrate what it builds, give kubectl kustomize's output instead");
    expect(r.stdout).toContain('| base/deployment.yaml | Deployment podinfo | the Rollout podinfo\'s container (spec.targetRef) |');
  });
});

describe('gridops migrate flagger: bad input is one line, exit 2, nothing written', () => {
  const repo = new TempRepo();
  afterAll(() => repo.remove());
  const base = buildPodinfoKustomize();
  repo.write('in/not-yaml.yaml', 'spec: [unclosed\n');
  repo.write('in/base-only.yaml', base);
  repo.write('in/canary-only.yaml', example('linkerd-canary.yaml'));
  repo.write('in/no-tag.yaml', CHART.replace('ghcr.io/stefanprodan/podinfo:6.1.3', 'ghcr.io/stefanprodan/podinfo'));
  repo.write('in/gridos.yaml', CHART.replace(/name: {1,2}podinfo\n/g, 'name: gridos\n'));
  repo.write('in/istio.yaml', `${example('istio-canary.yaml')}---\n${base}`);
  repo.write('many/a.yaml', CHART);
  repo.write('many/b.yaml', CHART.replace(/name: {1,2}podinfo\n/g, 'name: gridos\n'));
  repo.write('in/leaky.yaml', CHART.replace('value: "#34577c"', 'value: "#34577c"\n          - name: DATABASE_URL\n            value: postgres://app:hunter2@db:5432/shop'));
  repo.write('in/secret.yaml', CHART.replace('value: "#34577c"', 'value: "#34577c"\n          - name: DATABASE_URL\n            valueFrom: { secretKeyRef: { name: db, key: url } }'));
  repo.write('in/no-service.yaml', CHART.replace(/^  service:\n(?: {4}.*\n)+/m, ''));
  repo.write('in/probe.yaml', CHART.replace(/livenessProbe:\n\s+exec:\n\s+command:\n(?:\s+- .*\n)+/, 'livenessProbe:\n            httpGet: { path: 5, port: http }\n'));
  repo.write('reports/old.md', 'kept\n');
  test.each<[string, string[], string]>([
    ['not YAML', ['in/not-yaml.yaml'], 'error: in/not-yaml.yaml: not valid YAML: unexpected end of the stream within a flow collection at line 2, column 1'],
    ['no Canary', ['in/base-only.yaml'], 'error: in/base-only.yaml: no Flagger Canary (flagger.app/v1beta1) in the input'],
    ['the target missing', ['in/canary-only.yaml'], 'error: in/canary-only.yaml: Canary podinfo: spec.targetRef Deployment podinfo is not in the input: give its YAML too (e.g. helm template of the chart)'],
    ['an image without a tag', ['in/no-tag.yaml'], 'error: in/no-tag.yaml: Deployment podinfo: spec.template.spec.containers[0].image "ghcr.io/stefanprodan/podinfo" has no tag: gridops pins a tag per environment in src/config/image-tags.yaml; give the image its tag'],
    ['a name already configured', ['in/gridos.yaml'], "error: app 'gridos' already exists (src/config/apps/gridos.ts): migrate it under another name with --name"],
    ['a field with no equivalent', ['in/istio.yaml'], `error: in/istio.yaml: Canary podinfo: spec.analysis.webhooks[0] (type pre-rollout) has no equivalent: a test Flagger runs before any traffic reaches the canary, a failed check when it fails: gridops generates no analysis step of its own (an Argo Rollouts analysis step with a Job or web metric would run it); run it in the image's CI or as a synthetic check, remove the webhook and migrate again`],
    ['several Canaries without --name', ['many'], 'error: many/a.yaml, many/b.yaml: 2 Canaries (podinfo, gridos): choose one with --name'],
    ['--name of none of several Canaries', ['many', '--name', 'shop'], "error: --name 'shop' names none of the 2 Canaries of the input (podinfo, gridos)"],
    ['--name that cannot name an application', ['in/leaky.yaml', '--name', 'Web'], "error: app name 'Web' must be a DNS label of at most 40 characters (lowercase letters, digits, '-')"],
    ['a missing file', ['in/nothing.yaml'], 'error: in/nothing.yaml: no such file or directory'],
    ['--report with --dry-run', ['in/istio.yaml', '--dry-run', '--report', 'r.md'], 'error: --report and --dry-run: --dry-run writes nothing, and prints the report; redirect it instead'],
    ['a Secret env var', ['in/secret.yaml'], `error: in/secret.yaml: Deployment podinfo: spec.template.spec.containers[0].env[1] (env DATABASE_URL) has no equivalent: a Secret's key (Secret "db", key "url"): gridops reads secrets from Key Vault, not from Secrets; remove DATABASE_URL from the input and migrate, then add secrets: [{ keyVaultObject: '<name>', env: 'DATABASE_URL' }] and the application's azure settings by hand`],
    ['a Canary without spec.service', ['in/no-service.yaml'], "error: in/no-service.yaml: Canary podinfo: spec.service is required to migrate: the Services' port (spec.service.port) and the container port they target (not set)"],
    ['a probe path that is not a string', ['in/probe.yaml'], "error: in/probe.yaml: Deployment podinfo: spec.template.spec.containers[0].livenessProbe.httpGet.path has no equivalent: 5 is not a path: write the probe's path as a string (/healthz)"],
    ['--report naming a directory', ['many', '--name', 'podinfo', '--report', 'reports'], 'error: --report reports: is a directory: name the report\'s file (reports/migration.md); nothing was changed'],
    ['--report in a directory that does not exist', ['many', '--name', 'podinfo', '--report', 'missing/r.md'], 'error: --report missing/r.md: missing is not a writable directory; nothing was changed'],
  ])('%s', (_what, args, message) => {
    const before = { ...(state(repo) as object), reports: repo.read('reports/old.md') };
    const r = repo.gridops(['migrate', 'flagger', ...args]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`${message}\n`);
    expect(r.stdout).toBe('');
    expect({ ...(state(repo) as object), reports: repo.read('reports/old.md') }).toEqual(before);
  });

  test('--name chooses one of several Canaries', () => {
    const r = repo.gridops(['migrate', 'flagger', 'many', '--name', 'podinfo', '--dry-run']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('| many/b.yaml | Canary gridos | not migrated: another Canary (migrate it with --name gridos) |');
  });

  test('a configuration synth refuses is undone: every edit put back, synth\'s reason shown', () => {
    const before = state(repo);
    const r = repo.gridops(['migrate', 'flagger', 'in/leaky.yaml', '--report', 'leaky.md']);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('error: the migrated application does not synthesize, nothing was changed:');
    expect(r.stderr).toContain('DATABASE_URL = "post****" looks like a URL with credentials: sync it from Key Vault into a Secret instead');
    expect(state(repo)).toEqual(before);
    // the report, written before the edits, is taken back with them
    expect(repo.exists('leaky.md')).toBe(false);
  });
});
