import { Chart, Testing } from 'cdk8s';
import { AgicIngress } from '../src/constructs/traffic/agic-ingress';
import { IngressBackend } from '../src/constructs/traffic/ingress-backend';
import { AppSettings } from '../src/constructs/workload/app-settings';
import { ApplicationSource } from '../src/constructs/argocd/application-source';
import { ArgoCdApplication } from '../src/constructs/argocd/argocd-application';
import { ArgoCdApplicationSet, ArgoCdApplicationSetProps } from '../src/constructs/argocd/argocd-application-set';
import { ArgoCdProject, ArgoCdProjectProps } from '../src/constructs/argocd/argocd-project';
import { CanaryHttpRoute } from '../src/constructs/traffic/canary-http-route';
import { CanaryRollout, CanaryRolloutProps } from '../src/constructs/workload/canary-rollout';
import { CanaryServices } from '../src/constructs/workload/canary-services';
import { DisruptionBudget } from '../src/constructs/workload/disruption-budget';
import { KeyVaultSecrets } from '../src/constructs/azure/key-vault-secrets';
import { AppLabels } from '../src/constructs/workload/labels';
import { NginxIngress } from '../src/constructs/traffic/nginx-ingress';
import { PrometheusAnalysis } from '../src/constructs/monitoring/prometheus-analysis';
import { RolloutAutoscaler } from '../src/constructs/workload/rollout-autoscaler';
import { RolloutOperators } from '../src/constructs/workload/rollout-operators';
import { WorkloadIdentity } from '../src/constructs/azure/workload-identity';
import { AnalysisSettings } from '../src/model/application';
import { mergedSettingsProblems } from '../src/model/config-schema';
import { Duration } from '../src/model/duration';
import { PriorityClass } from '../src/model/priority-class';
import { ProjectAction } from '../src/model/project-action';
import { Quantity } from '../src/model/quantity';
import { ServiceProtocol } from '../src/model/service-protocol';
import { Surge } from '../src/model/surge';
import { SyncWindow } from '../src/model/sync-window';
import { gridos } from './fixtures/config/apps/gridos';

/*
 * Every construct of src/constructs/ without a snapshot elsewhere (the monitoring ones are in
 * monitoring-constructs.test.ts), on fixture props written here: the fields each construct promises asserted, the
 * object snapshotted beside them. application-source.ts and tls-ingress-spec.ts are covered through their users
 * (ArgoCdApplication, and the two Ingresses).
 */

const labels = new AppLabels('web');
/** What every object of the application `web` is labelled with. */
const COMMON = { 'app.kubernetes.io/name': 'web', 'app.kubernetes.io/instance': 'web', 'app.kubernetes.io/part-of': 'web', 'app.kubernetes.io/managed-by': 'gridops' };
const SELECTOR = { 'app.kubernetes.io/name': 'web' };

const TENANT = '11111111-1111-1111-1111-111111111111';
const CLIENT = '22222222-2222-2222-2222-222222222222';
const REPO = 'https://git.example.com/platform/gitops';
const HELM_REPO = 'https://charts.example.com';
const DEV = 'https://aks-dev.example.com:443';
const PROD = 'https://aks-prod.example.com:443';

/** Synthesizes what `build` adds to a fresh chart. */
function synth(build: (chart: Chart) => void): any[] {
  // GIVEN
  const chart = Testing.chart();
  build(chart);
  // WHEN
  return Testing.synth(chart);
}

/** The value at a JSON pointer (`/spec/rules/0/backendRefs/1/weight`). */
function at(obj: any, pointer: string): unknown {
  return pointer.split('/').slice(1).reduce((o, key) => o?.[key], obj);
}

const ANALYSIS: AnalysisSettings = { prometheusAddress: 'http://prometheus.monitoring.svc:9090', successRateMin: 0.99, latencyP99MaxMs: 500, errorRateMax: 0.01, interval: '1m', abortOnFailure: 3 };

/**
 * The constructs of `web` that the workload and traffic constructs name, in a chart of their own (a test's chart then
 * renders only the construct it tests): the Services `web`, `web-stable` and `web-canary` (HTTP on port 80 unless
 * another protocol is given), the AnalysisTemplate `web-canary-analysis`, the ServiceAccount `web` (with an Azure
 * identity unless told otherwise), the ConfigMap `web-config` and the Key Vault `web-keyvault` syncing `web-secrets`
 * (DB_PASSWORD).
 */
function referenced(options: { protocol?: ServiceProtocol; azureIdentity?: boolean } = {}) {
  const chart = Testing.chart();
  const namespace = 'web';
  const azure = { tenantId: TENANT, clientId: CLIENT, keyVaultName: 'kv-web-dev' };
  return {
    services: new CanaryServices(chart, 'Services', { labels, namespace, containerPort: 8080, protocol: options.protocol }),
    analysis: new PrometheusAnalysis(chart, 'Analysis', { labels, namespace, analysis: ANALYSIS }),
    identity: new WorkloadIdentity(chart, 'Identity', { labels, namespace, identity: options.azureIdentity === false ? undefined : azure }),
    config: new AppSettings(chart, 'Settings', { labels, namespace, data: {} }),
    vault: new KeyVaultSecrets(chart, 'KeyVault', { labels, namespace, azure, secrets: [{ keyVaultObject: 'web-db-password', env: 'DB_PASSWORD' }] }),
  };
}
const REFERENCED = referenced();

describe('AgicIngress', () => {
  test('TLS on the host, every path to the Service of every pod, and Application Gateway\'s health probe on the pods', () => {
    // GIVEN / WHEN
    const [ingress] = synth((chart) => new AgicIngress(chart, 'Ingress', {
      labels,
      namespace: 'web',
      host: 'web.example.com',
      backend: IngressBackend.everyPod(REFERENCED.services),
      tlsSecretName: 'web-tls',
      healthProbePath: '/healthz/ready',
      healthProbePort: 8080,
    }));
    // THEN
    expect([ingress.apiVersion, ingress.kind]).toEqual(['networking.k8s.io/v1', 'Ingress']);
    expect(ingress.metadata.name).toBe('web');
    expect(ingress.metadata.namespace).toBe('web');
    expect(ingress.metadata.labels).toEqual(COMMON);
    expect(ingress.metadata.annotations).toEqual({
      'appgw.ingress.kubernetes.io/ssl-redirect': 'true',
      'appgw.ingress.kubernetes.io/backend-protocol': 'http',
      'appgw.ingress.kubernetes.io/health-probe-path': '/healthz/ready',
      'appgw.ingress.kubernetes.io/health-probe-port': '8080',
      'appgw.ingress.kubernetes.io/health-probe-status-codes': '200-399',
      'appgw.ingress.kubernetes.io/health-probe-interval': '10',
      'appgw.ingress.kubernetes.io/health-probe-unhealthy-threshold': '3',
      'appgw.ingress.kubernetes.io/connection-draining': 'true',
      'appgw.ingress.kubernetes.io/connection-draining-timeout': '30',
    });
    expect(ingress.spec.ingressClassName).toBe('azure-application-gateway');
    expect(ingress.spec.tls).toEqual([{ hosts: ['web.example.com'], secretName: 'web-tls' }]);
    expect(ingress.spec.rules).toEqual([
      { host: 'web.example.com', http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port: { number: 80 } } } }] } },
    ]);
    expect(ingress).toMatchSnapshot();
  });

  test('a private frontend and a service port of its own', () => {
    // GIVEN / WHEN
    const [ingress] = synth((chart) => new AgicIngress(chart, 'Ingress', {
      labels: new AppLabels('dashboard'),
      namespace: 'tools',
      host: 'dashboard.internal.example.com',
      backend: IngressBackend.fromServiceName('dashboard-ui', 3100),
      tlsSecretName: 'dashboard-tls',
      healthProbePath: '/ui/',
      healthProbePort: 3100,
      privateFrontend: true,
    }));
    // THEN
    expect(ingress.metadata.annotations['appgw.ingress.kubernetes.io/use-private-ip']).toBe('true');
    expect(ingress.metadata.annotations['appgw.ingress.kubernetes.io/health-probe-port']).toBe('3100');
    expect(ingress.spec.rules[0].http.paths[0].backend.service).toEqual({ name: 'dashboard-ui', port: { number: 3100 } });
    expect(ingress).toMatchSnapshot();
  });

  test('a health probe path that is not absolute is refused', () => {
    // GIVEN
    const chart = Testing.chart();
    // WHEN / THEN
    expect(() => new AgicIngress(chart, 'Ingress', {
      labels, namespace: 'web', host: 'web.example.com', backend: IngressBackend.everyPod(REFERENCED.services), tlsSecretName: 'web-tls', healthProbePath: 'healthz', healthProbePort: 8080,
    })).toThrow('AgicIngress \'web\': healthProbePath must be an absolute path for Application Gateway\'s probe, got "healthz"');
  });
});

describe('AppSettings', () => {
  test('a ConfigMap <app>-config holding the settings, keys sorted', () => {
    // GIVEN
    const chart = Testing.chart();
    const settings = new AppSettings(chart, 'Settings', { labels, namespace: 'web', data: { LOG_LEVEL: 'info', CACHE_TTL: '60s', FEATURE_SEARCH: 'on' } });
    // WHEN
    const [config] = Testing.synth(chart);
    // THEN
    expect(settings.name).toBe('web-config');
    expect([config.apiVersion, config.kind]).toEqual(['v1', 'ConfigMap']);
    expect(config.metadata).toEqual({ name: 'web-config', namespace: 'web', labels: COMMON });
    expect(Object.entries(config.data)).toEqual([['CACHE_TTL', '60s'], ['FEATURE_SEARCH', 'on'], ['LOG_LEVEL', 'info']]);
    expect(config).toMatchSnapshot();
  });
});

/** The AppProject of `web` in two clusters, with everything a project can hold. */
const PROJECT: ArgoCdProjectProps = {
  name: 'web',
  namespace: 'argocd',
  description: 'web: dev, prod',
  sourceRepos: [REPO],
  destinations: [{ server: DEV, namespace: 'web' }, { server: PROD, namespace: 'web' }],
  clusterResources: [{ group: '', kind: 'Namespace', name: 'web' }],
  namespacedResources: [{ group: '', kind: 'Service' }, { group: 'argoproj.io', kind: 'Rollout' }],
  roles: [
    { name: 'developer', description: 'Developers', groups: ['group-dev'], grants: [{ action: ProjectAction.get(), applications: ['web-dev', 'web-prod'] }, { action: ProjectAction.sync(), applications: ['web-dev'] }] },
    { name: 'sre', description: 'SRE', groups: ['group-sre'], grants: [{ action: ProjectAction.delete(), applications: ['*'] }, { action: ProjectAction.get(), applications: ['web'], resource: 'applicationsets' }] },
  ],
  syncWindows: [
    { window: SyncWindow.deny({ schedule: '0 8 * * 1-5', duration: '10h', manualSync: true, description: 'Business hours' }), applications: ['web-prod'] },
    { window: SyncWindow.allow({ schedule: '0 22 * * *', duration: '2h', timeZone: 'UTC' }), applications: ['web-dev'] },
  ],
  timeZone: 'Europe/Berlin',
  annotations: { 'argocd.argoproj.io/sync-wave': '-1' },
};

describe('ArgoCdProject', () => {
  test('exact repositories, destinations and kinds, a policy line per grant and Application, windows in the project\'s time zone', () => {
    // GIVEN / WHEN
    const [project] = synth((chart) => new ArgoCdProject(chart, 'Project', PROJECT));
    // THEN
    expect([project.apiVersion, project.kind]).toEqual(['argoproj.io/v1alpha1', 'AppProject']);
    expect(project.metadata).toEqual({ name: 'web', namespace: 'argocd', annotations: { 'argocd.argoproj.io/sync-wave': '-1' } });
    expect(project.spec.sourceRepos).toEqual([REPO]);
    expect(project.spec.destinations).toEqual([{ server: DEV, namespace: 'web' }, { server: PROD, namespace: 'web' }]);
    expect(project.spec.clusterResourceWhitelist).toEqual([{ group: '', kind: 'Namespace', name: 'web' }]);
    expect(project.spec.namespaceResourceWhitelist).toEqual([{ group: '', kind: 'Service' }, { group: 'argoproj.io', kind: 'Rollout' }]);
    expect(project.spec.roles.map((r: any) => [r.name, r.groups, r.policies])).toEqual([
      ['developer', ['group-dev'], [
        'p, proj:web:developer, applications, get, web/web-dev, allow',
        'p, proj:web:developer, applications, get, web/web-prod, allow',
        'p, proj:web:developer, applications, sync, web/web-dev, allow',
      ]],
      ['sre', ['group-sre'], [
        'p, proj:web:sre, applications, delete, web/*, allow',
        'p, proj:web:sre, applicationsets, get, web/web, allow',
      ]],
    ]);
    expect(project.spec.syncWindows).toEqual([
      { kind: 'deny', schedule: '0 8 * * 1-5', duration: '10h', timeZone: 'Europe/Berlin', manualSync: true, applications: ['web-prod'], description: 'Business hours' },
      { kind: 'allow', schedule: '0 22 * * *', duration: '2h', timeZone: 'UTC', manualSync: false, applications: ['web-dev'] },
    ]);
    expect(project.spec.orphanedResources).toEqual({ warn: true });
    expect(project).toMatchSnapshot();
  });

  test('the defaults: no cluster-scoped kind, every namespaced kind, no roles or windows, orphans warned about', () => {
    // GIVEN / WHEN
    const [project] = synth((chart) => new ArgoCdProject(chart, 'Project', {
      name: 'web', namespace: 'argocd', description: 'web', sourceRepos: [REPO], destinations: [{ server: DEV, namespace: 'web' }], timeZone: 'UTC',
    }));
    // THEN
    expect(project.spec).toEqual({
      description: 'web',
      sourceRepos: [REPO],
      destinations: [{ server: DEV, namespace: 'web' }],
      clusterResourceWhitelist: [],
      orphanedResources: { warn: true },
    });
    expect(project).toMatchSnapshot();
  });

  test.each<[string, Partial<ArgoCdProjectProps>, string]>([
    ['a repository pattern', { sourceRepos: ['https://git.example.com/*'] }, 'AppProject \'web\': source repository "https://git.example.com/*" is a pattern; list exact repository URLs'],
    ['Argo CD\'s namespace', { destinations: [{ server: DEV, namespace: 'argocd' }] }, `AppProject 'web': destination ${DEV} namespace "argocd" is Argo CD's own namespace; only the platform project may deploy there`],
  ])('%s is refused', (_name, change, message) => {
    // GIVEN
    const chart = Testing.chart();
    // WHEN / THEN
    expect(() => new ArgoCdProject(chart, 'Project', { ...PROJECT, ...change })).toThrow(message);
  });

  test('an unknown action is refused where it is made (a grant holds a ProjectAction, never a string)', () => {
    expect(() => ProjectAction.parse('rollback')).toThrow('action "rollback" is not an action Argo CD knows (get, create, update, delete, sync, override, action/…)');
  });
});

describe('ArgoCdApplication', () => {
  test('one Git source, automated sync with retry, the namespace\'s labels, ignored fields, Slack subscriptions and UI info', () => {
    // GIVEN
    const chart = Testing.chart();
    const project = new ArgoCdProject(chart, 'Project', PROJECT);
    new ArgoCdApplication(chart, 'App', {
      name: 'web-dev',
      project,
      sources: [ApplicationSource.git({ repoURL: REPO, targetRevision: 'main', path: 'dist/applications/web/overlays/dev' })],
      server: DEV,
      namespace: 'web',
      automated: { prune: true, selfHeal: true },
      syncOptions: ['CreateNamespace=true', 'PruneLast=true'],
      retry: { limit: 3, backoff: '5s', factor: 2, maxBackoff: '1m' },
      namespaceLabels: { 'pod-security.kubernetes.io/enforce': 'restricted' },
      ignoreDifferences: [{ group: 'argoproj.io', kind: 'Rollout', name: 'web', jsonPointers: ['/spec/replicas'] }],
      slackChannel: 'web-dev-deploys',
      labels: { 'gridops.io/environment': 'dev' },
      annotations: { 'argocd.argoproj.io/sync-options': 'Prune=confirm' },
      info: { Environment: 'dev', Cluster: 'aks-dev' },
    });
    // WHEN
    const app = Testing.synth(chart).find((o) => o.kind === 'Application');
    // THEN
    expect(app.apiVersion).toBe('argoproj.io/v1alpha1');
    expect(app.metadata).toEqual({
      name: 'web-dev',
      namespace: 'argocd',
      labels: { 'gridops.io/environment': 'dev' },
      annotations: {
        'notifications.argoproj.io/subscribe.on-sync-failed.slack': 'web-dev-deploys',
        'notifications.argoproj.io/subscribe.on-health-degraded.slack': 'web-dev-deploys',
        'notifications.argoproj.io/subscribe.on-deployed.slack': 'web-dev-deploys',
        'argocd.argoproj.io/sync-options': 'Prune=confirm',
      },
      finalizers: ['resources-finalizer.argocd.argoproj.io'],
    });
    expect(app.spec.project).toBe('web');
    expect(app.spec.source).toEqual({ repoURL: REPO, targetRevision: 'main', path: 'dist/applications/web/overlays/dev' });
    expect(app.spec.sources).toBeUndefined();
    expect(app.spec.destination).toEqual({ server: DEV, namespace: 'web' });
    expect(app.spec.syncPolicy).toEqual({
      automated: { prune: true, selfHeal: true },
      syncOptions: ['CreateNamespace=true', 'PruneLast=true'],
      managedNamespaceMetadata: { labels: { 'pod-security.kubernetes.io/enforce': 'restricted' } },
      retry: { limit: 3, backoff: { duration: '5s', factor: 2, maxDuration: '1m' } },
    });
    expect(app.spec.ignoreDifferences).toEqual([{ group: 'argoproj.io', kind: 'Rollout', name: 'web', jsonPointers: ['/spec/replicas'] }]);
    expect(app.spec.info).toEqual([{ name: 'Environment', value: 'dev' }, { name: 'Cluster', value: 'aks-dev' }]);
    expect(app).toMatchSnapshot();
  });

  test('a Helm chart with value files from a Git ref: a multi-source Application, manual sync, no cascade delete', () => {
    // GIVEN
    const chart = Testing.chart();
    const project = new ArgoCdProject(chart, 'Project', { ...PROJECT, name: 'platform', sourceRepos: [REPO, HELM_REPO], destinations: [{ server: DEV, namespace: 'tools' }] });
    new ArgoCdApplication(chart, 'App', {
      name: 'tools',
      project,
      sources: [
        ApplicationSource.helm({ repoURL: HELM_REPO, chart: 'tools', version: '1.2.3', releaseName: 'tools', valueFiles: ['$values/dist/tools-values.yaml'], values: { replicas: 2 } }),
        ApplicationSource.ref({ repoURL: REPO, targetRevision: 'main', ref: 'values' }),
      ],
      server: DEV,
      namespace: 'tools',
      cascadeDelete: false,
    });
    // WHEN
    const app = Testing.synth(chart).find((o) => o.kind === 'Application');
    // THEN
    expect(app.metadata).toEqual({ name: 'tools', namespace: 'argocd' });
    expect(app.spec.source).toBeUndefined();
    expect(app.spec.sources).toEqual([
      { repoURL: HELM_REPO, chart: 'tools', targetRevision: '1.2.3', helm: { releaseName: 'tools', valueFiles: ['$values/dist/tools-values.yaml'], valuesObject: { replicas: 2 } } },
      { repoURL: REPO, targetRevision: 'main', ref: 'values' },
    ]);
    expect(app.spec.syncPolicy).toBeUndefined();
    expect(app).toMatchSnapshot();
  });

  test.each<[string, { repoURL: string; server: string; namespace: string }, string]>([
    ['a repository', { repoURL: 'https://git.example.com/other', server: DEV, namespace: 'web' },
      `Application 'web-dev': project 'web' does not permit source repository "https://git.example.com/other" (sourceRepos: ["${REPO}"])`],
    ['a destination', { repoURL: REPO, server: DEV, namespace: 'other' },
      `Application 'web-dev': project 'web' does not permit destination ${DEV} namespace "other" (destinations: ${DEV} web, ${PROD} web)`],
  ])('%s the project does not permit is refused', (_name, { repoURL, server, namespace }, message) => {
    // GIVEN
    const chart = Testing.chart();
    const project = new ArgoCdProject(chart, 'Project', PROJECT);
    // WHEN / THEN
    expect(() => new ArgoCdApplication(chart, 'App', {
      name: 'web-dev', project, sources: [ApplicationSource.git({ repoURL, targetRevision: 'main', path: '.' })], server, namespace,
    })).toThrow(message);
  });
});

describe('ArgoCdApplicationSet', () => {
  const setProps = (chart: Chart, change: Partial<ArgoCdApplicationSetProps> = {}): ArgoCdApplicationSetProps => ({
    name: 'web',
    project: new ArgoCdProject(chart, 'Project', PROJECT),
    template: {
      name: 'web-{{.env}}',
      sources: [ApplicationSource.git({ repoURL: REPO, targetRevision: 'main', path: 'dist/applications/web/overlays/{{.env}}' })],
      server: '{{.server}}',
      namespace: 'web',
      syncOptions: ['CreateNamespace=true'],
      labels: { 'gridops.io/environment': '{{.env}}' },
    },
    elements: [
      { parameters: { env: 'dev', server: DEV }, automated: { prune: true, selfHeal: true } },
      { parameters: { env: 'prod', server: PROD }, automated: { prune: true, selfHeal: true } },
    ],
    annotations: { 'argocd.argoproj.io/sync-options': 'Prune=confirm' },
    ...change,
  });

  test('a Go-templated list generator, one element per Application, the shared automated sync in the template', () => {
    // GIVEN
    const chart = Testing.chart();
    const set = new ArgoCdApplicationSet(chart, 'Set', setProps(chart));
    // WHEN
    const appSet = Testing.synth(chart).find((o) => o.kind === 'ApplicationSet');
    // THEN
    expect(appSet.apiVersion).toBe('argoproj.io/v1alpha1');
    expect(appSet.metadata).toEqual({ name: 'web', namespace: 'argocd', annotations: { 'argocd.argoproj.io/sync-options': 'Prune=confirm' } });
    expect(appSet.spec.goTemplate).toBe(true);
    expect(appSet.spec.goTemplateOptions).toEqual(['missingkey=error']);
    expect(appSet.spec.generators).toEqual([{ list: { elements: [{ env: 'dev', server: DEV }, { env: 'prod', server: PROD }] } }]);
    expect(appSet.spec.template.metadata).toEqual({
      name: 'web-{{.env}}', namespace: 'argocd', labels: { 'gridops.io/environment': '{{.env}}' }, finalizers: ['resources-finalizer.argocd.argoproj.io'],
    });
    expect(appSet.spec.template.spec.source).toEqual({ repoURL: REPO, targetRevision: 'main', path: 'dist/applications/web/overlays/{{.env}}' });
    expect(appSet.spec.template.spec.destination).toEqual({ server: '{{.server}}', namespace: 'web' });
    expect(appSet.spec.template.spec.syncPolicy).toEqual({ automated: { prune: true, selfHeal: true }, syncOptions: ['CreateNamespace=true'] });
    expect(appSet.spec.templatePatch).toBeUndefined();
    expect(appSet.spec.syncPolicy).toEqual({ preserveResourcesOnDeletion: true });
    // the Applications the controller will generate
    expect(set.applications.map((a) => [a.metadata.name, a.spec.destination.server, a.spec.source?.path])).toEqual([
      ['web-dev', DEV, 'dist/applications/web/overlays/dev'],
      ['web-prod', PROD, 'dist/applications/web/overlays/prod'],
    ]);
    expect(appSet).toMatchSnapshot();
  });

  test('elements syncing differently: a template patch writes each element\'s automated sync', () => {
    // GIVEN
    const chart = Testing.chart();
    const set = new ArgoCdApplicationSet(chart, 'Set', setProps(chart, {
      elements: [
        { parameters: { env: 'dev', server: DEV }, automated: { prune: true, selfHeal: true } },
        { parameters: { env: 'prod', server: PROD }, automated: { prune: false, selfHeal: false } },
      ],
      preserveResourcesOnDeletion: false,
    }));
    // WHEN
    const appSet = Testing.synth(chart).find((o) => o.kind === 'ApplicationSet');
    // THEN
    expect(appSet.spec.generators[0].list.elements).toEqual([
      { env: 'dev', server: DEV, prune: true, selfHeal: true },
      { env: 'prod', server: PROD, prune: false, selfHeal: false },
    ]);
    expect(appSet.spec.templatePatch).toBe('spec:\n  syncPolicy:\n    automated:\n      prune: {{ .prune }}\n      selfHeal: {{ .selfHeal }}\n');
    expect(appSet.spec.template.spec.syncPolicy).toEqual({ syncOptions: ['CreateNamespace=true'] });
    expect(appSet.spec.syncPolicy).toEqual({ preserveResourcesOnDeletion: false });
    expect(set.applications.map((a) => a.spec.syncPolicy?.automated)).toEqual([{ prune: true, selfHeal: true }, { prune: false, selfHeal: false }]);
    expect(appSet).toMatchSnapshot();
  });

  test.each<[string, Partial<ArgoCdApplicationSetProps>, string]>([
    ['an element without a parameter the template uses', { elements: [{ parameters: { env: 'dev' } }] },
      'ApplicationSet \'web\': elements[0]: has no parameter \'server\', which the template uses in "{{.server}}" (parameters: env)'],
    ['manual and automated sync mixed', { elements: [{ parameters: { env: 'dev', server: DEV }, automated: { prune: true, selfHeal: true } }, { parameters: { env: 'prod', server: PROD } }] },
      'ApplicationSet \'web\': elements[1] sync by hand and the others automatically; an ApplicationSet\'s elements must all sync automatically or none'],
    ['two elements generating one name', { elements: [{ parameters: { env: 'dev', server: DEV } }, { parameters: { env: 'dev', server: PROD } }] },
      'ApplicationSet \'web\': elements[1]: generates Application \'web-dev\', as elements[0] does'],
  ])('%s is refused', (_name, change, message) => {
    // GIVEN
    const chart = Testing.chart();
    const props = setProps(chart, change);
    // WHEN / THEN
    expect(() => new ArgoCdApplicationSet(chart, 'Set', props)).toThrow(message);
  });
});

describe('CanaryHttpRoute', () => {
  test('from the Gateway\'s listener to the stable (100) and canary (0) Services, the two weights the plugin owns', () => {
    // GIVEN
    const chart = Testing.chart();
    const route = new CanaryHttpRoute(chart, 'Route', {
      labels,
      namespace: 'web',
      gateway: { name: 'public-gateway', namespace: 'gateways', sectionName: 'https' },
      host: 'web.example.com',
      services: REFERENCED.services,
    });
    // WHEN
    const [r] = Testing.synth(chart);
    // THEN
    expect(route.name).toBe('web');
    expect(route.trafficRouting).toEqual({ plugins: { 'argoproj-labs/gatewayAPI': { httpRoute: 'web', namespace: 'web' } } });
    expect([r.apiVersion, r.kind]).toEqual(['gateway.networking.k8s.io/v1', 'HTTPRoute']);
    expect(r.metadata).toEqual({ name: 'web', namespace: 'web', labels: COMMON });
    expect(r.spec.parentRefs).toEqual([{ name: 'public-gateway', namespace: 'gateways', sectionName: 'https' }]);
    expect(r.spec.hostnames).toEqual(['web.example.com']);
    expect(r.spec.rules).toEqual([
      {
        matches: [{ path: { type: 'PathPrefix', value: '/' } }],
        backendRefs: [
          { kind: 'Service', name: 'web-stable', port: 80, weight: 100 },
          { kind: 'Service', name: 'web-canary', port: 80, weight: 0 },
        ],
      },
    ]);
    expect(CanaryHttpRoute.WEIGHT_POINTERS.map((p) => at(r, p))).toEqual([100, 0]);
    expect(r).toMatchSnapshot();
  });

  test('every listener of the Gateway, and the Services\' own port', () => {
    // GIVEN Services on the container's port 8080 (gRPC's)
    const { services } = referenced({ protocol: ServiceProtocol.grpc() });
    // WHEN
    const [r] = synth((chart) => new CanaryHttpRoute(chart, 'Route', {
      labels, namespace: 'web', gateway: { name: 'public-gateway', namespace: 'web' }, host: 'web.example.com', services,
    }));
    // THEN
    expect(r.spec.parentRefs).toEqual([{ name: 'public-gateway', namespace: 'web' }]);
    expect(r.spec.rules[0].backendRefs.map((b: any) => [b.name, b.port, b.weight])).toEqual([['web-stable', 8080, 100], ['web-canary', 8080, 0]]);
    expect(r).toMatchSnapshot();
  });
});

/** An HTTP container with a Key Vault secret and the CSI volume, replica-weighted. */
const ROLLOUT: CanaryRolloutProps = {
  labels,
  namespace: 'web',
  image: 'registry.example.com/web:v1.2.3',
  container: { port: 8080, readinessPath: '/healthz/ready', livenessPath: '/healthz/live' },
  resources: {
    requests: { cpu: Quantity.parse('100m'), memory: Quantity.parse('128Mi') },
    limits: { cpu: Quantity.parse('500m'), memory: Quantity.parse('256Mi') },
  },
  weights: [10, 50, 100],
  pauses: [Duration.parse('1m'), Duration.parse('5m')],
  maxSurge: Surge.parse('25%'),
  ...REFERENCED,
  podAnnotations: { 'gridops.io/config-hash': '0123456789abcdef' },
};

describe('CanaryRollout', () => {
  test('setWeight/pause steps, stable and canary Services, background analysis from the first pause, a restricted pod, no replicas', () => {
    // GIVEN
    const chart = Testing.chart();
    const rollout = new CanaryRollout(chart, 'Rollout', ROLLOUT);
    // WHEN
    const [r] = Testing.synth(chart);
    // THEN
    expect([rollout.name, rollout.metricsPortName]).toEqual(['web', 'http']);
    expect([r.apiVersion, r.kind]).toEqual(['argoproj.io/v1alpha1', 'Rollout']);
    // the choices Polaris would warn about, exempted with their reasons on the Rollout itself
    expect(r.metadata).toEqual({
      name: 'web',
      namespace: 'web',
      labels: COMMON,
      annotations: { 'polaris.fairwinds.com/pullPolicyNotAlways-exempt': 'true', 'polaris.fairwinds.com/pullPolicyNotAlways-exempt-reason': CanaryRollout.PULL_POLICY_EXEMPTION.reason },
    });
    expect(r.spec.replicas).toBeUndefined();
    expect(r.spec.selector).toEqual({ matchLabels: SELECTOR });
    expect([r.spec.revisionHistoryLimit, r.spec.progressDeadlineSeconds, r.spec.progressDeadlineAbort]).toEqual([5, 600, true]);
    const canary = r.spec.strategy.canary;
    expect(canary.steps).toEqual([{ setWeight: 10 }, { pause: { duration: '1m' } }, { setWeight: 50 }, { pause: { duration: '5m' } }, { setWeight: 100 }]);
    expect([canary.stableService, canary.canaryService, canary.maxSurge, canary.maxUnavailable]).toEqual(['web-stable', 'web-canary', '25%', 0]);
    expect(canary.trafficRouting).toBeUndefined();
    expect(canary.analysis).toEqual({
      templates: [{ templateName: 'web-canary-analysis' }],
      startingStep: 1,
      args: [
        { name: 'namespace', value: 'web' },
        { name: 'app', value: 'web' },
        { name: 'canary-hash', valueFrom: { podTemplateHashValue: 'Latest' } },
      ],
    });
    const template = r.spec.template;
    expect(template.metadata).toEqual({ labels: { ...COMMON, 'azure.workload.identity/use': 'true' }, annotations: { 'gridops.io/config-hash': '0123456789abcdef' } });
    const pod = template.spec;
    // no API token: workload identity's webhook projects its own
    expect([pod.serviceAccountName, pod.automountServiceAccountToken, pod.enableServiceLinks]).toEqual(['web', false, false]);
    expect(pod.priorityClassName).toBeUndefined();
    expect(pod.securityContext).toEqual({ runAsNonRoot: true, runAsUser: 10001, runAsGroup: 10001, fsGroup: 10001, seccompProfile: { type: 'RuntimeDefault' } });
    expect(pod.topologySpreadConstraints).toEqual([{ maxSkew: 1, topologyKey: 'topology.kubernetes.io/zone', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: SELECTOR } }]);
    const [c] = pod.containers;
    expect([c.name, c.image, c.imagePullPolicy]).toEqual(['web', 'registry.example.com/web:v1.2.3', 'IfNotPresent']);
    expect(c.ports).toEqual([{ name: 'http', containerPort: 8080, protocol: 'TCP' }]);
    expect(c.envFrom).toEqual([{ configMapRef: { name: 'web-config' } }]);
    expect(c.env).toEqual([{ name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'web-secrets', key: 'DB_PASSWORD' } } }]);
    expect(c.resources).toEqual({ requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } });
    expect(c.readinessProbe).toEqual({ httpGet: { path: '/healthz/ready', port: 'http' }, periodSeconds: 5, failureThreshold: 3 });
    expect(c.livenessProbe).toEqual({ httpGet: { path: '/healthz/live', port: 'http' }, periodSeconds: 10, failureThreshold: 3 });
    // no startupPath: the startup probe waits on the liveness path
    expect(c.startupProbe).toEqual({ httpGet: { path: '/healthz/live', port: 'http' }, periodSeconds: 5, failureThreshold: 30 });
    expect(c.securityContext).toEqual({
      allowPrivilegeEscalation: false, privileged: false, readOnlyRootFilesystem: true, runAsNonRoot: true, capabilities: { drop: ['ALL'] }, seccompProfile: { type: 'RuntimeDefault' },
    });
    expect(c.volumeMounts).toEqual([
      { name: 'tmp', mountPath: '/tmp', readOnly: false },
      { name: 'secrets-store', mountPath: '/mnt/secrets-store', readOnly: true },
    ]);
    expect(pod.volumes).toEqual([
      { name: 'tmp', emptyDir: {} },
      { name: 'secrets-store', csi: { driver: 'secrets-store.csi.k8s.io', readOnly: true, volumeAttributes: { secretProviderClass: 'web-keyvault' } } },
    ]);
    expect(r).toMatchSnapshot();
  });

  test.each<[string, PriorityClass | undefined, string | undefined, string[]]>([
    ["PriorityClass.existing('grid-critical'): the pods name it; nothing exempted but the pull policy", PriorityClass.existing('grid-critical'), 'grid-critical', ['pullPolicyNotAlways']],
    ["PriorityClass.clusterDefault(): no priorityClassName, and priorityClassNotSet exempted with its reason", PriorityClass.clusterDefault(), undefined, ['pullPolicyNotAlways', 'priorityClassNotSet']],
    ['no priority class set: no priorityClassName and no exemption (Polaris warns: nothing was decided)', undefined, undefined, ['pullPolicyNotAlways']],
  ])('%s', (_what, priorityClass, name, exempted) => {
    // GIVEN / WHEN
    const chart = Testing.chart();
    const rollout = new CanaryRollout(chart, 'Rollout', { ...ROLLOUT, priorityClass });
    const [r] = Testing.synth(chart);
    // THEN
    expect(r.spec.template.spec.priorityClassName).toBe(name);
    expect(rollout.polarisExemptions.map((e) => e.check)).toEqual(exempted);
    // each exemption is Polaris' annotation on the controller's metadata, and its reason beside it
    const annotations = r.metadata.annotations;
    expect(Object.keys(annotations).sort()).toEqual(exempted.flatMap((c) => [`polaris.fairwinds.com/${c}-exempt`, `polaris.fairwinds.com/${c}-exempt-reason`]).sort());
    for (const e of rollout.polarisExemptions) {
      expect(annotations[`polaris.fairwinds.com/${e.check}-exempt`]).toBe('true');
      expect(annotations[`polaris.fairwinds.com/${e.check}-exempt-reason`]).toBe(e.reason);
    }
    // Polaris' metadataAndInstanceMismatched: the controller's app.kubernetes.io/instance is its metadata.name
    expect(r.metadata.labels['app.kubernetes.io/instance']).toBe(r.metadata.name);
    // the selector stays the name alone: a Rollout's selector is not changed by a new label
    expect(r.spec.selector).toEqual({ matchLabels: { 'app.kubernetes.io/name': 'web' } });
  });

  test('an image pinned by digest is the container image as given: repo:tag@sha256', () => {
    const digest = `sha256:${'c'.repeat(64)}`;
    const [r] = synth((chart) => new CanaryRollout(chart, 'Rollout', { ...ROLLOUT, image: `registry.example.com/web:v1.2.3@${digest}` }));
    expect([r.spec.template.spec.containers[0].image, r.spec.template.spec.containers[0].imagePullPolicy]).toEqual([`registry.example.com/web:v1.2.3@${digest}`, 'IfNotPresent']);
  });

  test('a traffic router is set on the canary strategy as given', () => {
    // GIVEN an NGINX stable Ingress and a Gateway API HTTPRoute of `web`
    const routers = Testing.chart();
    const ingress = new NginxIngress(routers, 'Ingress', { labels, namespace: 'web', host: 'web.example.com', services: REFERENCED.services, tlsSecretName: 'web-tls' });
    const route = new CanaryHttpRoute(routers, 'Route', { labels, namespace: 'web', gateway: { name: 'public-gateway', namespace: 'gateways' }, host: 'web.example.com', services: REFERENCED.services });
    // WHEN
    const [nginx] = synth((chart) => new CanaryRollout(chart, 'Rollout', { ...ROLLOUT, trafficRouter: ingress }));
    const [plugin] = synth((chart) => new CanaryRollout(chart, 'Rollout', { ...ROLLOUT, trafficRouter: route }));
    // THEN
    expect(nginx.spec.strategy.canary.trafficRouting).toEqual({ nginx: { stableIngress: 'web' } });
    expect(plugin.spec.strategy.canary.trafficRouting).toEqual({ plugins: { 'argoproj-labs/gatewayAPI': { httpRoute: 'web', namespace: 'web' } } });
    // the rest of the Rollout is unchanged
    const [plain] = synth((chart) => new CanaryRollout(chart, 'Rollout', ROLLOUT));
    const { trafficRouting: _t, ...rest } = nginx.spec.strategy.canary;
    expect(rest).toEqual(plain.spec.strategy.canary);
    expect(nginx.spec.strategy).toMatchSnapshot();
  });

  test('gRPC: gRPC health probes on the port number, metrics on a port of their own, its own user, a surge count, no secret or extra volume', () => {
    // GIVEN
    const chart = Testing.chart();
    const rollout = new CanaryRollout(chart, 'Rollout', {
      ...ROLLOUT,
      container: { port: 50051, protocol: ServiceProtocol.grpc(), metricsPort: 9090, runAsUser: 2000 },
      maxSurge: Surge.pods(1),
      identity: referenced({ azureIdentity: false }).identity,
      vault: undefined,
      podAnnotations: undefined,
    });
    // WHEN
    const [r] = Testing.synth(chart);
    // THEN
    expect(rollout.metricsPortName).toBe('metrics');
    expect(r.spec.strategy.canary.maxSurge).toBe(1);
    expect(r.spec.template.metadata).toEqual({ labels: COMMON, annotations: {} });
    const pod = r.spec.template.spec;
    expect(pod.securityContext).toMatchObject({ runAsUser: 2000, runAsGroup: 2000, fsGroup: 2000 });
    const [c] = pod.containers;
    expect(c.ports).toEqual([{ name: 'grpc', containerPort: 50051, protocol: 'TCP' }, { name: 'metrics', containerPort: 9090, protocol: 'TCP' }]);
    expect(c.readinessProbe).toEqual({ grpc: { port: 50051 }, periodSeconds: 5, failureThreshold: 3 });
    expect(c.livenessProbe).toEqual({ grpc: { port: 50051 }, periodSeconds: 10, failureThreshold: 3 });
    expect(c.startupProbe).toEqual({ grpc: { port: 50051 }, periodSeconds: 5, failureThreshold: 30 });
    expect(c.env).toEqual([]);
    expect(c.volumeMounts).toEqual([{ name: 'tmp', mountPath: '/tmp', readOnly: false }]);
    expect(pod.volumes).toEqual([{ name: 'tmp', emptyDir: {} }]);
    expect(r).toMatchSnapshot();
  });

  test('an HTTP container without a readiness path is refused where the container is configured (the Rollout relies on it)', () => {
    // GIVEN an http container without a readiness path  WHEN its protocol checks it  THEN the one problem, named
    expect(ServiceProtocol.http().containerProblems('web', { port: 8080, livenessPath: '/healthz/live' }))
      .toEqual(['web: container.readinessPath is required for an http container (its probe GETs that path); none is set']);
  });
});

describe('CanaryServices', () => {
  test('HTTP: <app>, <app>-stable and <app>-canary on port 80 to the container port named http, selecting every pod', () => {
    // GIVEN
    const chart = Testing.chart();
    const services = new CanaryServices(chart, 'Services', { labels, namespace: 'web', containerPort: 8080 });
    // WHEN
    const objects = Testing.synth(chart);
    // THEN
    expect([services.root.name, services.stable.name, services.canary.name, services.port]).toEqual(['web', 'web-stable', 'web-canary', 80]);
    expect(objects.map((s) => [s.kind, s.metadata.name, s.metadata.namespace, s.metadata.labels['gridops.io/service-role']])).toEqual([
      ['Service', 'web', 'web', 'root'],
      ['Service', 'web-stable', 'web', 'stable'],
      ['Service', 'web-canary', 'web', 'canary'],
    ]);
    for (const s of objects) {
      expect(s.metadata.labels).toEqual({ ...COMMON, 'gridops.io/service-role': s.metadata.labels['gridops.io/service-role'] });
      expect(s.spec).toEqual({ type: 'ClusterIP', selector: SELECTOR, ports: [{ name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' }] });
    }
    expect(objects).toMatchSnapshot();
  });

  test('gRPC: the container\'s port, named grpc, with appProtocol kubernetes.io/h2c', () => {
    // GIVEN
    const chart = Testing.chart();
    const services = new CanaryServices(chart, 'Services', { labels, namespace: 'web', containerPort: 50051, protocol: ServiceProtocol.grpc() });
    // WHEN
    const objects = Testing.synth(chart);
    // THEN
    expect(services.port).toBe(50051);
    expect(objects.map((s) => s.spec.ports)).toEqual(Array(3).fill([{ name: 'grpc', port: 50051, targetPort: 'grpc', protocol: 'TCP', appProtocol: 'kubernetes.io/h2c' }]));
    expect(objects).toMatchSnapshot();
  });
});

describe('DisruptionBudget', () => {
  test('a policy/v1 PodDisruptionBudget over every pod of the application', () => {
    // GIVEN / WHEN
    const [pdb] = synth((chart) => new DisruptionBudget(chart, 'Budget', { labels, namespace: 'web', maxUnavailable: 2 }));
    // THEN
    expect([pdb.apiVersion, pdb.kind]).toEqual(['policy/v1', 'PodDisruptionBudget']);
    expect(pdb.metadata).toEqual({ name: 'web', namespace: 'web', labels: COMMON });
    expect(pdb.spec).toEqual({ maxUnavailable: 2, selector: { matchLabels: SELECTOR } });
    expect(pdb).toMatchSnapshot();
  });

  test.each<[number, string]>([
    [0, 'web: scaling.maxUnavailable 0 must be at least 1: a PodDisruptionBudget allowing no disruption blocks every eviction and every node drain'],
    [1.5, 'web: scaling.maxUnavailable must be an integer, got 1.5'],
  ])('maxUnavailable %p is refused where it is configured (the budget relies on the schema)', (maxUnavailable, message) => {
    // GIVEN settings with the budget  WHEN checked against the schema  THEN the one problem, named
    expect(mergedSettingsProblems('web', { ...gridos.defaults, scaling: { ...gridos.defaults.scaling, maxUnavailable } })).toEqual([message]);
  });
});

describe('KeyVaultSecrets', () => {
  const azure = { tenantId: TENANT, clientId: CLIENT, keyVaultName: 'kv-web-dev' };
  const secrets = [{ keyVaultObject: 'web-db-password', env: 'DB_PASSWORD' }, { keyVaultObject: 'web-api-key', env: 'API_KEY' }];

  test('secrets and a certificate: one class with workload identity syncing <app>-secrets and the kubernetes.io/tls <app>-tls', () => {
    // GIVEN
    const chart = Testing.chart();
    const vault = new KeyVaultSecrets(chart, 'KeyVault', { labels, namespace: 'web', azure, secrets, tlsCertificate: 'web-tls-cert' });
    // WHEN
    const [spc] = Testing.synth(chart);
    // THEN
    expect([vault.name, vault.envSecretName, vault.tlsSecretName]).toEqual(['web-keyvault', 'web-secrets', 'web-tls']);
    expect([spc.apiVersion, spc.kind]).toEqual(['secrets-store.csi.x-k8s.io/v1', 'SecretProviderClass']);
    expect(spc.metadata).toEqual({ name: 'web-keyvault', namespace: 'web', labels: COMMON });
    expect(spc.spec.provider).toBe('azure');
    expect(spc.spec.parameters).toEqual({
      usePodIdentity: 'false',
      clientID: CLIENT,
      keyvaultName: 'kv-web-dev',
      tenantId: TENANT,
      objects: 'array:\n'
        + '  - |\n    objectName: web-db-password\n    objectType: secret\n'
        + '  - |\n    objectName: web-api-key\n    objectType: secret\n'
        + '  - |\n    objectName: web-tls-cert\n    objectType: secret\n',
    });
    expect(spc.spec.secretObjects).toEqual([
      { secretName: 'web-secrets', type: 'Opaque', data: [{ objectName: 'web-db-password', key: 'DB_PASSWORD' }, { objectName: 'web-api-key', key: 'API_KEY' }] },
      { secretName: 'web-tls', type: 'kubernetes.io/tls', data: [{ objectName: 'web-tls-cert', key: 'tls.key' }, { objectName: 'web-tls-cert', key: 'tls.crt' }] },
    ]);
    expect(vault.volume('secrets-store')).toEqual({ name: 'secrets-store', csi: { driver: 'secrets-store.csi.k8s.io', readOnly: true, volumeAttributes: { secretProviderClass: 'web-keyvault' } } });
    expect(KeyVaultSecrets.MOUNT_PATH).toBe('/mnt/secrets-store');
    expect(spc).toMatchSnapshot();
  });

  test('secrets only: no TLS Secret', () => {
    // GIVEN
    const chart = Testing.chart();
    const vault = new KeyVaultSecrets(chart, 'KeyVault', { labels, namespace: 'web', azure, secrets: [secrets[0]] });
    // WHEN
    const [spc] = Testing.synth(chart);
    // THEN
    expect(vault.tlsSecretName).toBeUndefined();
    expect(spc.spec.parameters.objects).toBe('array:\n  - |\n    objectName: web-db-password\n    objectType: secret\n');
    expect(spc.spec.secretObjects).toEqual([{ secretName: 'web-secrets', type: 'Opaque', data: [{ objectName: 'web-db-password', key: 'DB_PASSWORD' }] }]);
    expect(spc).toMatchSnapshot();
  });

  test('a certificate only: the TLS Secret and no env Secret', () => {
    // GIVEN
    const chart = Testing.chart();
    const vault = new KeyVaultSecrets(chart, 'KeyVault', { labels, namespace: 'web', azure, tlsCertificate: 'web-tls-cert' });
    // WHEN
    const [spc] = Testing.synth(chart);
    // THEN
    expect(vault.tlsSecretName).toBe('web-tls');
    expect(spc.spec.parameters.objects).toBe('array:\n  - |\n    objectName: web-tls-cert\n    objectType: secret\n');
    expect(spc.spec.secretObjects.map((s: any) => [s.secretName, s.type])).toEqual([['web-tls', 'kubernetes.io/tls']]);
    expect(spc).toMatchSnapshot();
  });
});

describe('NginxIngress', () => {
  test('the stable Ingress: class nginx, TLS on the host, every path to the stable Service', () => {
    // GIVEN
    const chart = Testing.chart();
    const ingress = new NginxIngress(chart, 'Ingress', { labels, namespace: 'web', host: 'web.example.com', services: REFERENCED.services, tlsSecretName: 'web-tls' });
    // WHEN
    const [i] = Testing.synth(chart);
    // THEN
    expect(ingress.name).toBe('web');
    expect(ingress.trafficRouting).toEqual({ nginx: { stableIngress: 'web' } });
    expect([i.apiVersion, i.kind]).toEqual(['networking.k8s.io/v1', 'Ingress']);
    // no canary annotations: the Argo Rollouts controller makes and weights the canary Ingress
    expect(i.metadata).toEqual({ name: 'web', namespace: 'web', labels: COMMON });
    expect(i.spec).toEqual({
      ingressClassName: 'nginx',
      tls: [{ hosts: ['web.example.com'], secretName: 'web-tls' }],
      rules: [{ host: 'web.example.com', http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'web-stable', port: { number: 80 } } } }] } }],
    });
    expect(i).toMatchSnapshot();
  });

  test('an IngressClass and a port of its own', () => {
    // GIVEN Services on the container's port 8080 (gRPC's)
    const { services } = referenced({ protocol: ServiceProtocol.grpc() });
    // WHEN
    const [i] = synth((chart) => new NginxIngress(chart, 'Ingress', {
      labels, namespace: 'web', host: 'web.example.com', services, tlsSecretName: 'web-tls', ingressClassName: 'nginx-internal',
    }));
    // THEN
    expect(i.spec.ingressClassName).toBe('nginx-internal');
    expect(i.spec.rules[0].http.paths[0].backend.service).toEqual({ name: 'web-stable', port: { number: 8080 } });
    expect(i).toMatchSnapshot();
  });
});

describe('RolloutAutoscaler', () => {
  test('an autoscaling/v2 HPA scaling the Rollout on CPU, scaling down one pod a minute after five stable minutes', () => {
    // GIVEN / WHEN
    const rollout = new CanaryRollout(Testing.chart(), 'Rollout', ROLLOUT);
    const [hpa] = synth((chart) => new RolloutAutoscaler(chart, 'Autoscaler', { labels, namespace: 'web', rollout, minReplicas: 3, maxReplicas: 9, targetCpuUtilization: 70 }));
    // THEN
    expect([hpa.apiVersion, hpa.kind]).toEqual(['autoscaling/v2', 'HorizontalPodAutoscaler']);
    expect(hpa.metadata).toEqual({ name: 'web', namespace: 'web', labels: COMMON });
    expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: 'argoproj.io/v1alpha1', kind: 'Rollout', name: 'web' });
    expect([hpa.spec.minReplicas, hpa.spec.maxReplicas]).toEqual([3, 9]);
    expect(hpa.spec.metrics).toEqual([{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }]);
    expect(hpa.spec.behavior).toEqual({ scaleDown: { stabilizationWindowSeconds: 300, policies: [{ type: 'Pods', value: 1, periodSeconds: 60 }] } });
    expect(hpa).toMatchSnapshot();
  });
});

describe('RolloutOperators', () => {
  test('a Role reading Rollouts and what they own and patching this Rollout only, bound to the groups', () => {
    // GIVEN
    const chart = Testing.chart();
    const rollout = new CanaryRollout(Testing.chart(), 'Rollout', ROLLOUT);
    const operators = new RolloutOperators(chart, 'Operators', { labels, namespace: 'web', rollout, groups: ['group-dev', 'group-sre'] });
    // WHEN
    const [role, binding] = Testing.synth(chart);
    // THEN
    expect(operators.role.name).toBe('web-rollout-operator');
    expect([role.apiVersion, role.kind]).toEqual(['rbac.authorization.k8s.io/v1', 'Role']);
    expect(role.metadata).toEqual({ name: 'web-rollout-operator', namespace: 'web', labels: COMMON });
    expect(role.rules).toEqual([
      { apiGroups: ['argoproj.io'], resources: ['rollouts', 'analysisruns', 'experiments'], verbs: ['get', 'list', 'watch'] },
      { apiGroups: ['argoproj.io'], resources: ['rollouts', 'rollouts/status'], resourceNames: ['web'], verbs: ['patch'] },
      { apiGroups: ['apps'], resources: ['replicasets'], verbs: ['get', 'list', 'watch'] },
      { apiGroups: [''], resources: ['pods'], verbs: ['get', 'list', 'watch'] },
    ]);
    // nothing but patch on the named Rollout changes anything
    const writes = role.rules.filter((r: any) => r.verbs.some((v: string) => !['get', 'list', 'watch'].includes(v)));
    expect(writes).toEqual([{ apiGroups: ['argoproj.io'], resources: ['rollouts', 'rollouts/status'], resourceNames: ['web'], verbs: ['patch'] }]);
    expect([binding.apiVersion, binding.kind]).toEqual(['rbac.authorization.k8s.io/v1', 'RoleBinding']);
    expect(binding.metadata).toEqual({ name: 'web-rollout-operators', namespace: 'web', labels: COMMON });
    expect(binding.roleRef).toEqual({ apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'web-rollout-operator' });
    expect(binding.subjects).toEqual([
      { apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: 'group-dev' },
      { apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: 'group-sre' },
    ]);
    expect([role, binding]).toMatchSnapshot();
  });
});

describe('WorkloadIdentity', () => {
  test('with an identity: the ServiceAccount <app> federated with the managed identity, and the pod label that opts in', () => {
    // GIVEN
    const chart = Testing.chart();
    const identity = new WorkloadIdentity(chart, 'Identity', { labels, namespace: 'web', identity: { clientId: CLIENT, tenantId: TENANT } });
    // WHEN
    const [sa] = Testing.synth(chart);
    // THEN
    expect(identity.name).toBe('web');
    expect([sa.apiVersion, sa.kind]).toEqual(['v1', 'ServiceAccount']);
    expect(sa.metadata).toEqual({
      name: 'web',
      namespace: 'web',
      labels: COMMON,
      annotations: { 'azure.workload.identity/client-id': CLIENT, 'azure.workload.identity/tenant-id': TENANT },
    });
    expect(identity.podLabels).toEqual({ 'azure.workload.identity/use': 'true' });
    // no API token automounted for the account's pods (the webhook projects the federated token itself)
    expect(sa.automountServiceAccountToken).toBe(false);
    expect(sa).toMatchSnapshot();
  });

  test('without an identity: a plain ServiceAccount, no annotations, no pod label', () => {
    // GIVEN
    const chart = Testing.chart();
    const identity = new WorkloadIdentity(chart, 'Identity', { labels, namespace: 'web' });
    // WHEN
    const [sa] = Testing.synth(chart);
    // THEN
    expect(sa.metadata).toEqual({ name: 'web', namespace: 'web', labels: COMMON });
    expect(sa.metadata.annotations).toBeUndefined();
    expect(sa.automountServiceAccountToken).toBe(false);
    expect(identity.podLabels).toEqual({});
    expect(sa).toMatchSnapshot();
  });
});
