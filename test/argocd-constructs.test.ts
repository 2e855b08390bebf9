import { App, Chart, Testing } from 'cdk8s';
import { AgicIngress } from '../src/constructs/traffic/agic-ingress';
import { IngressBackend } from '../src/constructs/traffic/ingress-backend';
import { AppLabels } from '../src/constructs/workload/labels';
import { ApplicationSource } from '../src/constructs/argocd/application-source';
import { ArgoCdApplication, ArgoCdApplicationProps } from '../src/constructs/argocd/argocd-application';
import { ArgoCdProject, ArgoCdProjectProps } from '../src/constructs/argocd/argocd-project';
import { ApplicationChart } from '../charts/application-chart';
import { ownedFields, routerPluginsOf } from '../src/constructs/argocd/owned-fields';
import { CanaryHttpRoute } from '../src/constructs/traffic/canary-http-route';
import { RolloutAutoscaler } from '../src/constructs/workload/rollout-autoscaler';
import { resolvePlatform } from '../src/model/check-config';
import { ConfigError } from '../src/model/errors';
import { groupVersion } from '../src/model/manifest';
import { variantNetwork } from '../src/model/network';
import { ProjectAction } from '../src/model/project-action';
import { SyncWindow } from '../src/model/sync-window';
import { Traffic } from '../src/model/traffic';
import { platform } from './fixtures/config/platform';
import { grpcPlatform, tags, trafficPlatform } from './support/fixtures';

const REPO = 'https://github.com/example/gitops';
const DEV = 'https://aks-dev.example.com:443';

const projectProps = (change: Partial<ArgoCdProjectProps> = {}): ArgoCdProjectProps => ({
  name: 'web',
  namespace: 'argocd',
  description: 'web',
  sourceRepos: [REPO],
  destinations: [{ server: DEV, namespace: 'web' }],
  timeZone: 'America/Chicago',
  ...change,
});

function project(chart: Chart, change: Partial<ArgoCdProjectProps> = {}): ArgoCdProject {
  return new ArgoCdProject(chart, 'Project', projectProps(change));
}

function application(change: Partial<Omit<ArgoCdApplicationProps, 'project'>> = {}): any {
  const chart = Testing.chart();
  const p = project(chart);
  new ArgoCdApplication(chart, 'App', {
    name: 'web-dev',
    project: p,
    sources: [ApplicationSource.git({ repoURL: REPO, targetRevision: 'main', path: 'dist/applications/web/overlays/dev' })],
    server: DEV,
    namespace: 'web',
    ...change,
  });
  return Testing.synth(chart).find((o) => o.kind === 'Application');
}

describe('ArgoCdProject', () => {
  test('renders exact repositories, destinations, kinds, policies and windows', () => {
    // GIVEN
    const chart = Testing.chart();
    // WHEN
    project(chart, {
      clusterResources: [{ group: '', kind: 'Namespace', name: 'web' }],
      namespacedResources: [{ group: 'apps', kind: 'ReplicaSet' }],
      roles: [{ name: 'dev', description: 'devs', groups: ['g1'], grants: [{ action: ProjectAction.sync(), applications: ['web-dev'] }] }],
      syncWindows: [{ window: SyncWindow.deny({ schedule: '0 8 * * 1-5', duration: '10h', manualSync: true }), applications: ['web-dev'] }],
    });
    const [p] = Testing.synth(chart);
    // THEN
    expect(p.metadata).toEqual({ name: 'web', namespace: 'argocd' });
    expect(p.spec.sourceRepos).toEqual([REPO]);
    expect(p.spec.destinations).toEqual([{ server: DEV, namespace: 'web' }]);
    expect(p.spec.clusterResourceWhitelist).toEqual([{ group: '', kind: 'Namespace', name: 'web' }]);
    expect(p.spec.namespaceResourceWhitelist).toEqual([{ group: 'apps', kind: 'ReplicaSet' }]);
    expect(p.spec.roles).toEqual([{ name: 'dev', description: 'devs', groups: ['g1'], policies: ['p, proj:web:dev, applications, sync, web/web-dev, allow'] }]);
    expect(p.spec.syncWindows).toEqual([
      { kind: 'deny', schedule: '0 8 * * 1-5', duration: '10h', manualSync: true, timeZone: 'America/Chicago', applications: ['web-dev'] },
    ]);
    expect(p.spec.orphanedResources).toEqual({ warn: true });
  });

  test('resource actions are accepted as Argo CD spells them', () => {
    const chart = Testing.chart();
    project(chart, { roles: [{ name: 'sre', description: 'sre', groups: ['g'], grants: [{ action: ProjectAction.resourceAction('argoproj.io', 'Rollout', 'promote-full'), applications: ['web-dev'] }] }] });
    expect(Testing.synth(chart)[0].spec.roles[0].policies).toEqual(['p, proj:web:sre, applications, action/argoproj.io/Rollout/promote-full, web/web-dev, allow']);
  });

  test('a window with its own time zone keeps it', () => {
    const chart = Testing.chart();
    project(chart, { syncWindows: [{ window: SyncWindow.allow({ schedule: '0 22 * * *', duration: '2h', timeZone: 'UTC' }), applications: ['web-dev'] }] });
    expect(Testing.synth(chart)[0].spec.syncWindows[0]).toMatchObject({ kind: 'allow', timeZone: 'UTC', manualSync: false });
  });

  test('without a namespaced whitelist every namespaced kind is permitted (the field is left out), cluster kinds none', () => {
    const chart = Testing.chart();
    project(chart);
    const [p] = Testing.synth(chart);
    expect(p.spec.namespaceResourceWhitelist).toBeUndefined();
    expect(p.spec.clusterResourceWhitelist).toEqual([]);
  });

  test.each<[string, Partial<ArgoCdProjectProps>, string]>([
    ['wildcard repository', { sourceRepos: ['*'] }, 'AppProject \'web\': source repository "*" is a pattern; list exact repository URLs'],
    ['repository glob', { sourceRepos: ['https://github.com/example/*'] }, 'AppProject \'web\': source repository "https://github.com/example/*" is a pattern; list exact repository URLs'],
    ['no repository', { sourceRepos: [] }, "AppProject 'web': sourceRepos is empty: no Application could deploy anything"],
    ['no destination', { destinations: [] }, "AppProject 'web': destinations is empty: no Application could deploy anywhere"],
    ['wildcard server', { destinations: [{ server: '*', namespace: 'web' }] }, 'AppProject \'web\': destination * namespace "web" is a pattern; list each cluster and namespace exactly'],
    ['wildcard namespace', { destinations: [{ server: DEV, namespace: '*' }] }, `AppProject 'web': destination ${DEV} namespace "*" is a pattern; list each cluster and namespace exactly`],
    ['Argo CD namespace', { destinations: [{ server: DEV, namespace: 'argocd' }] }, `AppProject 'web': destination ${DEV} namespace "argocd" is Argo CD's own namespace; only the platform project may deploy there`],
    ['duplicate destination', { destinations: [{ server: DEV, namespace: 'web' }, { server: DEV, namespace: 'web' }] }, `AppProject 'web': destination ${DEV} namespace "web" is listed twice`],
    ['wildcard kind', { namespacedResources: [{ group: '*', kind: '*' }] }, 'AppProject \'web\': resource {"group":"*","kind":"*"} is a pattern; list exact groups and kinds'],
  ])('refuses %s', (_name, change, message) => {
    expect(() => project(Testing.chart(), change)).toThrow(message);
  });

  test('refuses an action Argo CD does not know where the action is made: a grant holds a ProjectAction', () => {
    expect(() => ProjectAction.parse('rollback')).toThrow(new ConfigError('action "rollback" is not an action Argo CD knows (get, create, update, delete, sync, override, action/…)'));
    expect(ProjectAction.parse('action/argoproj.io/Rollout/promote-full').toString()).toBe('action/argoproj.io/Rollout/promote-full');
  });

  test('the platform project may deploy into Argo CD\'s namespace', () => {
    const chart = Testing.chart();
    project(chart, { destinations: [{ server: 'https://kubernetes.default.svc', namespace: 'argocd' }], permitArgoCdNamespace: true });
    expect(Testing.synth(chart)[0].spec.destinations).toEqual([{ server: 'https://kubernetes.default.svc', namespace: 'argocd' }]);
  });
});

describe('ArgoCdApplication', () => {
  test('one git source, destination, finalizer; no sync policy unless given', () => {
    const app = application();
    expect(app.metadata).toEqual({ name: 'web-dev', namespace: 'argocd', finalizers: ['resources-finalizer.argocd.argoproj.io'] });
    expect(app.spec.project).toBe('web');
    expect(app.spec.source).toEqual({ repoURL: REPO, targetRevision: 'main', path: 'dist/applications/web/overlays/dev' });
    expect(app.spec.sources).toBeUndefined();
    expect(app.spec.destination).toEqual({ server: DEV, namespace: 'web' });
    expect(app.spec.syncPolicy).toBeUndefined();
  });

  test('automated sync, options, retry, namespace labels, ignored fields and Slack subscriptions', () => {
    const app = application({
      automated: { prune: true, selfHeal: false },
      syncOptions: ['CreateNamespace=true'],
      retry: { limit: 3, backoff: '5s', factor: 2, maxBackoff: '1m' },
      namespaceLabels: { a: 'b' },
      ignoreDifferences: [{ group: 'argoproj.io', kind: 'Rollout', name: 'web', jsonPointers: ['/spec/replicas'] }],
      slackChannel: 'web-dev',
      cascadeDelete: false,
    });
    expect(app.spec.syncPolicy).toEqual({
      automated: { prune: true, selfHeal: false },
      syncOptions: ['CreateNamespace=true'],
      managedNamespaceMetadata: { labels: { a: 'b' } },
      retry: { limit: 3, backoff: { duration: '5s', factor: 2, maxDuration: '1m' } },
    });
    expect(app.spec.ignoreDifferences).toEqual([{ group: 'argoproj.io', kind: 'Rollout', name: 'web', jsonPointers: ['/spec/replicas'] }]);
    expect(app.metadata.annotations).toEqual({
      'notifications.argoproj.io/subscribe.on-sync-failed.slack': 'web-dev',
      'notifications.argoproj.io/subscribe.on-health-degraded.slack': 'web-dev',
      'notifications.argoproj.io/subscribe.on-deployed.slack': 'web-dev',
    });
    expect(app.metadata.finalizers).toBeUndefined();
  });

  test('several sources make a multi-source Application', () => {
    const app = application({
      sources: [
        ApplicationSource.helm({ repoURL: REPO, chart: 'c', version: '1.2.3', releaseName: 'r', valueFiles: ['$values/v.yaml'] }),
        ApplicationSource.ref({ repoURL: REPO, targetRevision: 'main', ref: 'values' }),
      ],
    });
    expect(app.spec.source).toBeUndefined();
    expect(app.spec.sources).toEqual([
      { repoURL: REPO, chart: 'c', targetRevision: '1.2.3', helm: { releaseName: 'r', valueFiles: ['$values/v.yaml'] } },
      { repoURL: REPO, targetRevision: 'main', ref: 'values' },
    ]);
  });

  test.each<[string, Partial<ArgoCdApplicationProps>, string]>([
    ['a repository the project does not permit', { sources: [ApplicationSource.git({ repoURL: 'https://github.com/other/repo', targetRevision: 'main', path: 'x' })] },
      `Application 'web-dev': project 'web' does not permit source repository "https://github.com/other/repo" (sourceRepos: ["${REPO}"])`],
    ['a cluster the project does not permit', { server: 'https://aks-prod.example.com:443' },
      `Application 'web-dev': project 'web' does not permit destination https://aks-prod.example.com:443 namespace "web" (destinations: ${DEV} web)`],
    ['a namespace the project does not permit', { namespace: 'argocd' },
      `Application 'web-dev': project 'web' does not permit destination ${DEV} namespace "argocd" (destinations: ${DEV} web)`],
    ['no source', { sources: [] }, "Application 'web-dev': no source"],
  ])('refuses %s', (_name, change, message) => {
    expect(() => application(change)).toThrow(message);
  });
});

describe('AgicIngress', () => {
  test('refuses a missing or relative health probe path, naming the value', () => {
    const props = (healthProbePath: unknown) => ({
      labels: new AppLabels('web'),
      namespace: 'web',
      host: 'web.example.com',
      backend: IngressBackend.fromServiceName('web'),
      tlsSecretName: 'web-tls',
      healthProbePath: healthProbePath as string,
      healthProbePort: 8080,
    });
    expect(() => new AgicIngress(new Chart(new App(), 'a'), 'Ingress', props(undefined))).toThrow("AgicIngress 'web': healthProbePath must be an absolute path for Application Gateway's probe, got undefined");
    expect(() => new AgicIngress(new Chart(new App(), 'b'), 'Ingress', props('healthz'))).toThrow('got "healthz"');
    expect((new AgicIngress(new Chart(new App(), 'c'), 'Ingress', props('/healthz')).resource.toJson() as any).metadata.annotations['appgw.ingress.kubernetes.io/health-probe-path']).toBe('/healthz');
  });
});

describe('ownedFields and routerPluginsOf: what controllers in the cluster own, from the model', () => {
  // GIVEN GridOS on NGINX (dev), Gateway API (test) and AGIC (prod); and as a gRPC service without an ingress (test)
  const exposed = resolvePlatform(trafficPlatform(), tags()).filter((r) => r.app.name === 'gridos');
  const unexposed = resolvePlatform(grpcPlatform(), tags()).filter((r) => r.app.name === 'gridos' && r.env.name === 'test');
  const cases = [...exposed, ...unexposed].map((r) => [`${r.env.name} (${Traffic.of(r.settings.traffic).label}, ${r.settings.ingress ? 'exposed' : 'not exposed'})`, r] as const);
  const replicas = { group: 'argoproj.io', kind: 'Rollout', name: 'gridos', jsonPointers: ['/spec/replicas'] };
  const weights = { group: 'gateway.networking.k8s.io', kind: 'HTTPRoute', name: 'gridos', jsonPointers: CanaryHttpRoute.WEIGHT_POINTERS };

  test('the HPA owns the Rollout\'s replicas everywhere; the Gateway API plugin owns the HTTPRoute\'s weights and is needed where a Rollout is exposed through it', () => {
    // WHEN / THEN
    expect(cases.map(([name, r]) => [name, ownedFields(r), routerPluginsOf([r]).map((p) => p.name)])).toEqual([
      ['dev (NGINX, exposed)', [replicas], []],
      ['test (Gateway API, exposed)', [replicas, weights], ['argoproj-labs/gatewayAPI']],
      ['prod (AGIC, exposed)', [replicas], []],
      ['test (AGIC, not exposed)', [replicas], []],
    ]);
    expect(routerPluginsOf([...exposed, ...exposed]).map((p) => p.name)).toEqual(['argoproj-labs/gatewayAPI']);
  });

  test.each(cases)('%s: the same fields and plugins as the objects ApplicationChart renders', (_, r) => {
    // WHEN the environment is rendered
    const objects = Testing.synth(new ApplicationChart(Testing.app(), r.env.name, { app: r.app, settings: r.settings, tag: r.tag, monitoring: platform.monitoring, rolloutOperators: [], network: variantNetwork(platform, r.app, r.env.name) }));
    // THEN the HPAs' targets, the HTTPRoutes the Rollout's plugins name and the plugins are what the model says
    const rollout = objects.find((o) => o.kind === 'Rollout');
    const plugins: Record<string, { httpRoute?: string }> = rollout.spec.strategy.canary.trafficRouting?.plugins ?? {};
    const routes = Object.values(plugins).map((p) => p.httpRoute);
    const rendered = [
      ...objects.filter((o) => o.kind === 'HorizontalPodAutoscaler').map((o) => ({ ...o.spec.scaleTargetRef, jsonPointers: RolloutAutoscaler.OWNED_POINTERS })),
      ...objects.filter((o) => o.kind === 'HTTPRoute' && routes.includes(o.metadata.name)).map((o) => ({ apiVersion: o.apiVersion, kind: o.kind, name: o.metadata.name, jsonPointers: CanaryHttpRoute.WEIGHT_POINTERS })),
    ].map(({ apiVersion, ...field }) => ({ group: groupVersion(apiVersion).group, ...field }));
    expect(ownedFields(r)).toEqual(rendered);
    expect(routerPluginsOf([r]).map((p) => p.name)).toEqual(Object.keys(plugins));
  });
});
