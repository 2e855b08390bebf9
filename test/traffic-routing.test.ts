import * as fs from 'fs';
import * as path from 'path';
import { Testing } from 'cdk8s';
import { yamlDocuments, yamlValue } from './support/yaml';
import { valueAtPointer } from '../src/model/json-pointer';
import { ApplicationChart } from '../charts/application-chart';
import { rolloutsValues } from '../src/constructs/argocd/install-values';
import { gridos } from './fixtures/config/apps/gridos';
import { platform } from './fixtures/config/platform';
import { CanaryHttpRoute } from '../src/constructs/traffic/canary-http-route';
import { variantNetwork } from '../src/model/network';
import { objectKey } from '../src/tree/manifest';
import { GATEWAY_API_PLUGIN, Traffic } from '../src/model/traffic';
import { trafficTable, trafficWarnings } from '../src/tree/report';
import { synthesize } from '../src/synthesize';
import { platformWith, tags, trafficPlatform } from './support/fixtures';
import { kustomizeBuild, writeTreeToTemp } from './support/kustomize';

/*
 * The three traffic modes, shown on a copy of the GridOS configuration: dev through NGINX, test through a Gateway API
 * HTTPRoute (Application Gateway for Containers), prod on AGIC as shipped. The base stays GridOS's (AGIC): each
 * environment's mode is derived into its overlay.
 */
describe('traffic routing per environment (GridOS copy: dev NGINX, test Gateway API, prod AGIC)', () => {
  const shipped = synthesize(platform, tags());
  const result = synthesize(trafficPlatform(), tags());
  const objects = (env: string) => result.intended.get(`gridos/${env}`)! as any[];
  const find = (env: string, kind: string) => objects(env).find((o) => o.kind === kind);
  const docs = (file: string): any[] => yamlDocuments(result.tree.get(file)!);
  const canary = (env: string) => find(env, 'Rollout').spec.strategy.canary;

  describe('Gateway API (test)', () => {
    test('the Rollout routes through the Gateway API plugin, naming the HTTPRoute and its namespace', () => {
      expect(canary('test').trafficRouting).toEqual({ plugins: { 'argoproj-labs/gatewayAPI': { httpRoute: 'gridos', namespace: 'gridos' } } });
      expect([canary('test').stableService, canary('test').canaryService]).toEqual(['gridos-stable', 'gridos-canary']);
    });

    test('the HTTPRoute attaches to the configured Gateway listener and weights the stable and canary Services (100/0 at rest)', () => {
      const route = find('test', 'HTTPRoute');
      expect(route.apiVersion).toBe('gateway.networking.k8s.io/v1');
      expect(route.metadata).toEqual({
        name: 'gridos',
        namespace: 'gridos',
        labels: { 'app.kubernetes.io/name': 'gridos', 'app.kubernetes.io/instance': 'gridos', 'app.kubernetes.io/part-of': 'gridos', 'app.kubernetes.io/managed-by': 'gridops' },
      });
      expect(route.spec.parentRefs).toEqual([{ name: 'agc-gateway', namespace: 'azure-alb', sectionName: 'https' }]);
      expect(route.spec.hostnames).toEqual(['gridos-test.example.com']);
      expect(route.spec.rules).toEqual([
        {
          matches: [{ path: { type: 'PathPrefix', value: '/' } }],
          backendRefs: [
            { kind: 'Service', name: 'gridos-stable', port: 80, weight: 100 },
            { kind: 'Service', name: 'gridos-canary', port: 80, weight: 0 },
          ],
        },
      ]);
    });

    test('no Ingress, and no TLS certificate synced from Key Vault: the Gateway terminates TLS', () => {
      expect(find('test', 'Ingress')).toBeUndefined();
      expect(find('test', 'SecretProviderClass').spec.secretObjects.map((s: any) => s.secretName)).toEqual(['gridos-secrets']);
      expect(find('prod', 'SecretProviderClass').spec.secretObjects.map((s: any) => s.secretName)).toEqual(['gridos-secrets', 'gridos-tls']);
    });

    test('the overlay adds route.yaml and deletes the base Ingress; the base is GridOS\'s, unchanged', () => {
      const dir = 'dist/applications/gridos/overlays/test';
      expect(docs(`${dir}/kustomization.yaml`)[0].resources).toEqual(['../../base', 'route.yaml']);
      expect(docs(`${dir}/patches/delete-ingress-gridos.yaml`)[0]).toEqual({ $patch: 'delete', apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'gridos', namespace: 'gridos' } });
      expect(docs(`${dir}/route.yaml`)[0]).toEqual(find('test', 'HTTPRoute'));
      for (const [file, content] of shipped.tree) if (file.startsWith('dist/applications/gridos/base/')) expect({ file, same: result.tree.get(file) === content }).toEqual({ file, same: true });
    });

    test('the Argo CD Application ignores the two weights the plugin owns (else self-heal would undo each step)', () => {
      const app = docs('dist/argocd/applications/gridos-test.yaml')[0];
      expect(app.spec.ignoreDifferences).toEqual([
        { group: 'argoproj.io', kind: 'Rollout', name: 'gridos', jsonPointers: ['/spec/replicas'] },
        { group: 'gateway.networking.k8s.io', kind: 'HTTPRoute', name: 'gridos', jsonPointers: ['/spec/rules/0/backendRefs/0/weight', '/spec/rules/0/backendRefs/1/weight'] },
      ]);
      // each pointer reaches a weight of the rendered route: the stable Service's 100 and the canary's 0
      const route = find('test', 'HTTPRoute') as any;
      const at = (pointer: string): any => valueAtPointer(route, pointer);
      expect(CanaryHttpRoute.WEIGHT_POINTERS.map((p) => [at(p.replace(/\/weight$/, '')).name, at(p)])).toEqual([['gridos-stable', 100], ['gridos-canary', 0]]);
      expect(app.spec.syncPolicy.syncOptions).toContain('RespectIgnoreDifferences=true');
      expect(docs('dist/argocd/applications/gridos-dev.yaml')[0].spec.ignoreDifferences).toEqual([{ group: 'argoproj.io', kind: 'Rollout', name: 'gridos', jsonPointers: ['/spec/replicas'] }]);
    });
  });

  describe('NGINX (dev)', () => {
    test('the Rollout names the stable Ingress; the controller creates the canary Ingress', () => {
      expect(canary('dev').trafficRouting).toEqual({ nginx: { stableIngress: 'gridos' } });
    });

    test('the Ingress is of class nginx, serves the host with TLS, and sends everything to the stable Service', () => {
      const ingress = find('dev', 'Ingress');
      expect(ingress.metadata.annotations).toBeUndefined();
      expect(ingress.spec).toEqual({
        ingressClassName: 'nginx',
        tls: [{ hosts: ['gridos-dev.example.com'], secretName: 'gridos-tls' }],
        rules: [
          {
            host: 'gridos-dev.example.com',
            http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'gridos-stable', port: { number: 80 } } } }] },
          },
        ],
      });
      expect(find('dev', 'HTTPRoute')).toBeUndefined();
    });

    test('the Ingress stays in ingress.yaml: the overlay patches the base Ingress', () => {
      const patch = docs('dist/applications/gridos/overlays/dev/patches/ingress-gridos.yaml')[0];
      expect(patch).toContainEqual({ op: 'replace', path: '/spec/ingressClassName', value: 'nginx' });
      expect(patch).toContainEqual({ op: 'replace', path: '/spec/rules/0/http/paths/0/backend/service/name', value: 'gridos-stable' });
      expect([...result.tree.keys()].filter((f) => f.startsWith('dist/applications/gridos/overlays/dev/') && f.endsWith('route.yaml'))).toEqual([]);
    });
  });

  describe('AGIC (prod, the default)', () => {
    test('no traffic router: the AGIC Ingress targets the Service of every pod', () => {
      expect(canary('prod').trafficRouting).toBeUndefined();
      const ingress = find('prod', 'Ingress');
      expect(ingress.spec.ingressClassName).toBe('azure-application-gateway');
      expect(ingress.spec.rules[0].http.paths[0].backend.service.name).toBe('gridos');
      expect(objects('prod')).toEqual(shipped.intended.get('gridos/prod'));
    });
  });

  test('effective shares: exactly the setWeight behind a router, replica-weighted on AGIC', () => {
    // GridOS's environments (grid-telemetry, the second shipped application, is not exposed)
    const gridosTraffic = result.traffic.filter((r) => r.app === 'gridos');
    const byEnv = Object.fromEntries(gridosTraffic.map((r) => [r.env, r]));
    expect(byEnv.dev.steps).toEqual([
      { weight: 10, canary: 1, stable: 2, effective: 10 },
      { weight: 25, canary: 1, stable: 2, effective: 25 },
      { weight: 50, canary: 1, stable: 2, effective: 50 },
      { weight: 100, canary: 2, stable: 2, effective: 100 },
    ]);
    expect(byEnv.test.steps.map((s) => [s.effective, s.canary, s.stable])).toEqual([[10, 1, 5], [25, 2, 5], [50, 3, 5], [100, 5, 5]]);
    expect(byEnv.prod.steps.map((s) => s.effective)).toEqual([10, 27.3, 50, 100]);
    expect(gridosTraffic.map((r) => [r.env, r.traffic, r.routed])).toEqual([['dev', 'NGINX', true], ['test', 'Gateway API', true], ['prod', 'AGIC', false]]);
    // dev's tolerance of 25 points was for replica weighting; with a router nothing is ever off
    expect(result.traffic.flatMap((r) => r.farSteps)).toEqual([]);
    expect(trafficWarnings(result.traffic)).toEqual([]);
    expect(trafficTable(gridosTraffic).split('\n')).toEqual([
      'app/env      traffic                 pods  setWeight → effective share (canary+stable pods)                 within tolerance',
      'gridos/dev   NGINX, exact            2     10%→10% (1+2)  25%→25% (1+2)  50%→50% (1+2)  100%→100% (2+2)     ok',
      'gridos/test  Gateway API, exact      5     10%→10% (1+5)  25%→25% (2+5)  50%→50% (3+5)  100%→100% (5+5)     ok',
      'gridos/prod  AGIC, replica-weighted  10    10%→10% (1+9)  25%→27.3% (3+8)  50%→50% (5+5)  100%→100% (10+0)  ok',
    ]);
  });

  test('the AppProject permits HTTPRoute because the tree has one; the shipped project does not', () => {
    const kinds = (tree: ReadonlyMap<string, string>) =>
      (yamlValue(tree.get('dist/argocd/projects/gridos-project.yaml')!).spec.namespaceResourceWhitelist as any[]).map((r) => `${r.group}/${r.kind}`);
    expect(kinds(result.tree)).toContain('gateway.networking.k8s.io/HTTPRoute');
    expect(kinds(result.tree)).toContain('networking.k8s.io/Ingress');
    expect(kinds(shipped.tree)).not.toContain('gateway.networking.k8s.io/HTTPRoute');
  });

  test('the Gateway API plugin is registered only in the Argo Rollouts install of the cluster that uses it, with its RBAC', () => {
    const installs = Object.fromEntries(
      docs('dist/argocd/install/argo-rollouts-install.yaml').map((a) => [a.metadata.name, a.spec.sources[0].helm.valuesObject]),
    );
    expect(installs['argo-rollouts-aks-gridos-test'].controller.trafficRouterPlugins).toEqual([{ name: 'argoproj-labs/gatewayAPI', location: GATEWAY_API_PLUGIN.location }]);
    expect(installs['argo-rollouts-aks-gridos-test'].providerRBAC).toEqual({
      additionalRules: [{ apiGroups: ['gateway.networking.k8s.io'], resources: ['httproutes'], verbs: ['get', 'list', 'update', 'patch'] }],
    });
    // NGINX is built into the controller; AGIC needs no router: those clusters get no plugin and no extra RBAC
    for (const cluster of ['aks-gridos-dev', 'aks-gridos-prod']) {
      expect(installs[`argo-rollouts-${cluster}`].controller).toEqual(rolloutsValues(platform.monitoring).controller);
      expect(installs[`argo-rollouts-${cluster}`].providerRBAC).toBeUndefined();
    }
    expect(rolloutsValues(platform.monitoring).controller).toMatchObject({ pdb: { enabled: true, maxUnavailable: 1 } });
    expect((rolloutsValues(platform.monitoring) as any).controller.trafficRouterPlugins).toBeUndefined();
  });

  test('dist/README.md names each environment\'s traffic mode', () => {
    const readme = result.tree.get('dist/README.md')!;
    expect(readme).toContain(
      '- **Traffic**: NGINX Ingress (class nginx), exact weights: `gridos-dev.example.com` through Ingress `gridos` to the stable Service; Argo Rollouts adds the weighted canary Ingress.',
    );
    expect(readme).toContain(
      '- **Traffic**: Gateway API HTTPRoute on Gateway azure-alb/agc-gateway, listener https, exact weights: `gridos-test.example.com` through HTTPRoute `gridos` to the stable and canary Services, weighted by the Argo Rollouts Gateway API plugin (registered in this cluster\'s Argo Rollouts install).',
    );
    expect(readme).toContain(
      '- **Traffic**: AGIC Ingress, replica-weighted: `gridos.example.com` through Ingress `gridos` to the Service of every pod, so the canary\'s share follows the pod counts.',
    );
    expect(readme).toContain('  Exact traffic share with 5 pods: 10% → 10% (1 canary / 5 stable),');
    expect(readme).toContain(trafficTable(result.traffic.filter((t) => t.app === 'gridos')));
  });

  test('stable construct ids: AGIC and NGINX are the chart\'s Ingress, Gateway API its Route', () => {
    const chart = (traffic: Traffic) =>
      new ApplicationChart(Testing.app(), 'Base', { app: gridos, settings: { ...gridos.defaults, traffic }, monitoring: platform.monitoring, rolloutOperators: platform.argocd.groups.sre, network: variantNetwork(platform, gridos) });
    const children = (c: ApplicationChart) => c.node.children.map((x) => x.node.id).filter((id) => ['Ingress', 'Route'].includes(id));
    expect(children(chart(Traffic.agic()))).toEqual(['Ingress']);
    expect(children(chart(Traffic.nginx()))).toEqual(['Ingress']);
    expect(children(chart(Traffic.gatewayApi({ gateway: { name: 'agc-gateway', namespace: 'azure-alb' } })))).toEqual(['Route']);
  });

  test('an application whose defaults route through Gateway API gets route.yaml in its base and no ingress.yaml', () => {
    const gw = Traffic.gatewayApi({ gateway: { name: 'agc-gateway', namespace: 'azure-alb' } });
    const r = synthesize(platformWith((app) => ({ ...app, defaults: { ...app.defaults, traffic: gw } })), tags());
    const base = yamlValue(r.tree.get('dist/applications/gridos/base/kustomization.yaml')!);
    expect(base.resources).toEqual(['analysis-templates.yaml', 'autoscaling.yaml', 'config.yaml', 'monitoring.yaml', 'network-policy.yaml', 'rbac.yaml', 'rollout.yaml', 'route.yaml', 'service.yaml']);
    expect(r.tree.has('dist/applications/gridos/base/ingress.yaml')).toBe(false);
    expect(yamlValue(r.tree.get('dist/applications/gridos/base/route.yaml')!).spec.parentRefs).toEqual([{ name: 'agc-gateway', namespace: 'azure-alb' }]);
    expect(r.traffic.filter((t) => t.app === 'gridos').every((t) => t.routed)).toBe(true);
  });

  test('without ingress.host an environment is not exposed: its canary is replica-weighted for in-cluster clients', () => {
    const unexposed = platformWith((app) => ({
      ...app,
      defaults: { ...app.defaults, ingress: undefined },
      environments: app.environments.map((e) => ({ ...e, overrides: { ...e.overrides, ingress: undefined } })),
    }));
    const r = synthesize(unexposed, tags());
    const gridosTraffic = r.traffic.filter((t) => t.app === 'gridos');
    expect(gridosTraffic.map((t) => [t.env, t.traffic, t.routed])).toEqual([['dev', 'not exposed', false], ['test', 'not exposed', false], ['prod', 'not exposed', false]]);
    expect(trafficTable(gridosTraffic)).toContain('gridos/prod  not exposed, replica-weighted  10    10%→10% (1+9)');
    expect(r.tree.get('dist/README.md')).toContain("- **Traffic**: not exposed (no ingress.host); in-cluster clients reach every pod, so the canary's share follows the pod counts.");
    expect(r.intended.get('gridos/prod')!.filter((o) => ['Ingress', 'HTTPRoute'].includes(o.kind))).toEqual([]);
  });

  describe('real kubectl kustomize builds every overlay into exactly the intended objects', () => {
    const dir = writeTreeToTemp(result.tree);
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    test.each(['dev', 'test', 'prod'])('gridos/%s: object for object, field for field', (env) => {
      // GIVEN the objects the model intends  WHEN kustomize builds the overlay  THEN the same objects, each identical
      const built = kustomizeBuild(path.join(dir, 'dist/applications/gridos/overlays', env));
      const byKey = (objs: any[]) => new Map(objs.map((o) => [objectKey(o), o]));
      const want = byKey(objects(env));
      const got = byKey(built);
      expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
      for (const [key, obj] of want) expect({ key, obj: got.get(key) }).toEqual({ key, obj: JSON.parse(JSON.stringify(obj)) });
    });
  });
});
