import { Testing } from 'cdk8s';
import { ApplicationChart } from '../charts/application-chart';
import { ArgoCdChart } from '../charts/argocd-chart';
import { ImageTags } from '../src/model/image-tags';
import { Manifest } from '../src/tree/manifest';
import { ARGOCD_PATHS, argocdLayout } from '../src/tree/argocd';
import { AnalysisSettings, ApplicationConfig, EnvironmentSettings } from '../src/model/application';
import { rolloutOperatorGroups } from '../src/model/argocd';
import { resolvePlatform } from '../src/model/check-config';
import { MonitoringSettings } from '../src/model/monitoring';
import { NetworkSettings, variantNetwork, VariantNetwork } from '../src/model/network';
import { NetworkPeer } from '../src/model/network-peer';
import { PlatformConfig } from '../src/model/platform';
import { ServiceProtocol } from '../src/model/service-protocol';
import { SyncWindow } from '../src/model/sync-window';
import { TagPolicy } from '../src/model/tag-policy';
import { Traffic } from '../src/model/traffic';

/*
 * The two charts on fixture props written here (never src/config/ or test/fixtures/config/): the objects each renders
 * and the fields that matter asserted, the whole synthesized chart snapshotted beside them.
 */

const TENANT = '11111111-1111-1111-1111-111111111111';
const CLIENT_DEV = '22222222-2222-2222-2222-222222222201';
const CLIENT_PROD = '22222222-2222-2222-2222-222222222202';
const GROUPS = { developers: ['33333333-3333-3333-3333-333333333301'], sre: ['33333333-3333-3333-3333-333333333302'], ci: ['33333333-3333-3333-3333-333333333303'] };
const MONITORING: MonitoringSettings = { namespace: 'monitoring', selectorLabels: { release: 'prom' } };
/** Where each traffic mode's requests come from, in each cluster: an Application Gateway subnet and an association subnet. */
const GATEWAYS = { applicationGatewaySubnet: '10.1.0.0/24', gatewayForContainersSubnet: '10.2.0.0/24' };
const NETWORK: NetworkSettings = { trafficFrom: {}, clusters: { 'aks-dev': GATEWAYS, 'aks-prod': GATEWAYS } };
/** What a variant of an application without clients is rendered with. */
const VARIANT_NETWORK: VariantNetwork = { trafficFrom: { agic: NetworkPeer.subnet('10.1.0.0/24'), gatewayApi: NetworkPeer.subnet('10.2.0.0/24') }, prometheus: NetworkPeer.pods({ namespace: MONITORING.namespace }), clients: [] };
const COMMON = { 'app.kubernetes.io/name': 'web', 'app.kubernetes.io/instance': 'web', 'app.kubernetes.io/part-of': 'web', 'app.kubernetes.io/managed-by': 'gridops' };

const ANALYSIS: AnalysisSettings = {
  prometheusAddress: 'http://prometheus.monitoring.svc:9090',
  successRateMin: 0.99,
  latencyP99MaxMs: 500,
  errorRateMax: 0.01,
  interval: '1m',
  abortOnFailure: 3,
  scrapeInterval: '15s',
};

/** The settings of an exposed HTTP application with a Key Vault (AGIC: no traffic set). */
const SETTINGS: EnvironmentSettings = {
  namespace: 'web',
  scaling: { minReplicas: 4, maxReplicas: 8, targetCpuUtilization: 70, maxUnavailable: 1 },
  canary: { weights: [10, 50, 100], pauses: ['1m', '5m'], maxSurge: '25%', trafficShareTolerance: 15 },
  analysis: ANALYSIS,
  resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } },
  ingress: { host: 'web.example.com' },
  azure: { tenantId: TENANT, clientId: CLIENT_DEV, keyVaultName: 'kv-web-dev' },
  settings: { LOG_LEVEL: 'info', FEATURE_SEARCH: 'on' },
};

/** An HTTP application reading one Key Vault secret and serving its host with a Key Vault certificate. */
const WEB: ApplicationConfig = {
  name: 'web',
  image: 'registry.example.com/web',
  container: { port: 8080, readinessPath: '/healthz/ready', livenessPath: '/healthz/live' },
  secrets: [{ keyVaultObject: 'web-db-password', env: 'DB_PASSWORD' }],
  tlsCertificate: 'web-tls-cert',
  defaults: SETTINGS,
  // ApplicationChart renders one variant from `settings`; the environments are ArgoCdChart's
  environments: [],
};

/** Synthesizes ApplicationChart for `app` with `settings`. */
function applicationChart(app: ApplicationConfig, settings: EnvironmentSettings, tag?: string): any[] {
  // GIVEN
  const chart = new ApplicationChart(Testing.app(), 'web', { app, settings, tag, monitoring: MONITORING, rolloutOperators: [...GROUPS.developers, ...GROUPS.sre], network: VARIANT_NETWORK });
  // WHEN
  return Testing.synth(chart);
}

const inventory = (objects: readonly any[]) => objects.map((o) => `${o.kind} ${o.metadata.name}`);
const find = (objects: readonly any[], kind: string, name?: string) => {
  const found = objects.filter((o) => o.kind === kind && (name === undefined || o.metadata.name === name));
  if (found.length !== 1) throw new Error(`expected one ${kind}${name ? ` ${name}` : ''}, found ${found.length}`);
  return found[0];
};

describe('ApplicationChart', () => {
  describe('HTTP exposed through AGIC (replica-weighted)', () => {
    const objects = applicationChart(WEB, SETTINGS, 'v1.2.3');
    const rollout = find(objects, 'Rollout');
    const container = rollout.spec.template.spec.containers[0];

    test('every object of the application, in its namespace, with its labels', () => {
      // THEN
      expect(inventory(objects)).toEqual([
        'ConfigMap web-config',
        'ServiceAccount web',
        'SecretProviderClass web-keyvault',
        'Service web',
        'Service web-stable',
        'Service web-canary',
        'AnalysisTemplate web-canary-analysis',
        'Ingress web',
        'Rollout web',
        'PodMonitor web',
        'HorizontalPodAutoscaler web',
        'Role web-rollout-operator',
        'RoleBinding web-rollout-operators',
        'PodDisruptionBudget web',
        'NetworkPolicy web-default-deny-ingress',
        'NetworkPolicy web-ingress',
      ]);
      for (const o of objects) {
        expect(o.metadata.namespace).toBe('web');
        expect(o.metadata.labels).toMatchObject(COMMON);
      }
      expect(objects).toMatchSnapshot();
    });

    test('the AGIC Ingress sends the host to the Service of every pod, with the certificate synced from Key Vault', () => {
      // THEN
      const ingress = find(objects, 'Ingress', 'web');
      expect(ingress.spec.ingressClassName).toBe('azure-application-gateway');
      expect(ingress.spec.tls).toEqual([{ hosts: ['web.example.com'], secretName: 'web-tls' }]);
      expect(ingress.spec.rules[0].http.paths[0].backend.service).toEqual({ name: 'web', port: { number: 80 } });
      expect(ingress.metadata.annotations).toMatchObject({ 'appgw.ingress.kubernetes.io/health-probe-path': '/healthz/ready', 'appgw.ingress.kubernetes.io/health-probe-port': '8080' });
      const spc = find(objects, 'SecretProviderClass', 'web-keyvault');
      expect(spc.spec.parameters).toMatchObject({ clientID: CLIENT_DEV, tenantId: TENANT, keyvaultName: 'kv-web-dev' });
      expect(spc.spec.secretObjects.map((s: any) => [s.secretName, s.type])).toEqual([['web-secrets', 'Opaque'], ['web-tls', 'kubernetes.io/tls']]);
    });

    test('the Rollout: no traffic router, the tagged image, the secret as env, the Key Vault volume, workload identity, a config hash', () => {
      // THEN
      expect(rollout.spec.strategy.canary).toMatchObject({ stableService: 'web-stable', canaryService: 'web-canary' });
      expect(rollout.spec.strategy.canary.trafficRouting).toBeUndefined();
      expect(rollout.spec.strategy.canary.analysis.templates).toEqual([{ templateName: 'web-canary-analysis' }]);
      expect(rollout.spec.strategy.canary.steps.filter((s: any) => s.setWeight).map((s: any) => s.setWeight)).toEqual([10, 50, 100]);
      expect(container.image).toBe('registry.example.com/web:v1.2.3');
      expect(container.envFrom).toEqual([{ configMapRef: { name: 'web-config' } }]);
      expect(container.env).toEqual([{ name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'web-secrets', key: 'DB_PASSWORD' } } }]);
      expect(container.volumeMounts.map((m: any) => m.mountPath)).toEqual(['/tmp', '/mnt/secrets-store']);
      expect(rollout.spec.template.spec.volumes[1]).toEqual({ name: 'secrets-store', csi: { driver: 'secrets-store.csi.k8s.io', readOnly: true, volumeAttributes: { secretProviderClass: 'web-keyvault' } } });
      expect(rollout.spec.template.spec.serviceAccountName).toBe('web');
      expect(rollout.spec.template.metadata.labels['azure.workload.identity/use']).toBe('true');
      expect(rollout.spec.template.metadata.annotations['gridops.io/config-hash']).toMatch(/^[0-9a-f]{16}$/);
      expect(find(objects, 'ServiceAccount', 'web').metadata.annotations).toEqual({ 'azure.workload.identity/client-id': CLIENT_DEV, 'azure.workload.identity/tenant-id': TENANT });
    });

    test('the PodMonitor, HPA, PDB and operators\' RoleBinding follow the settings', () => {
      // THEN
      const monitor = find(objects, 'PodMonitor', 'web');
      expect(monitor.metadata.labels).toEqual({ ...COMMON, release: 'prom' });
      expect(monitor.spec.podMetricsEndpoints).toEqual([{ port: 'http', path: '/metrics', interval: '15s' }]);
      const hpa = find(objects, 'HorizontalPodAutoscaler', 'web');
      expect([hpa.spec.scaleTargetRef.name, hpa.spec.minReplicas, hpa.spec.maxReplicas]).toEqual(['web', 4, 8]);
      expect(find(objects, 'PodDisruptionBudget', 'web').spec.maxUnavailable).toBe(1);
      expect(find(objects, 'RoleBinding', 'web-rollout-operators').subjects.map((s: any) => s.name)).toEqual([...GROUPS.developers, ...GROUPS.sre]);
      expect(find(objects, 'AnalysisTemplate', 'web-canary-analysis').spec.metrics.map((m: any) => m.name)).toEqual(['success-rate', 'latency-p99', 'error-rate']);
    });

    test('without a tag (the base) the image is the repository; a settings change changes the config hash, key order does not', () => {
      // GIVEN / WHEN
      const base = find(applicationChart(WEB, SETTINGS), 'Rollout');
      const hash = (settings: Record<string, string>) => find(applicationChart(WEB, { ...SETTINGS, settings }, 'v1.2.3'), 'Rollout').spec.template.metadata.annotations['gridops.io/config-hash'];
      // THEN
      expect(base.spec.template.spec.containers[0].image).toBe('registry.example.com/web');
      const own = rollout.spec.template.metadata.annotations['gridops.io/config-hash'];
      expect(hash({ FEATURE_SEARCH: 'on', LOG_LEVEL: 'info' })).toBe(own);
      expect(hash({ LOG_LEVEL: 'debug', FEATURE_SEARCH: 'on' })).not.toBe(own);
    });
  });

  test('HTTP exposed through NGINX: the Ingress to the stable Service is the Rollout\'s stableIngress', () => {
    // GIVEN / WHEN
    const objects = applicationChart(WEB, { ...SETTINGS, traffic: Traffic.nginx({ ingressClassName: 'nginx-public' }) }, 'v1.2.3');
    // THEN
    expect(inventory(objects)).toContain('Ingress web');
    expect(inventory(objects)).not.toContain('HTTPRoute web');
    const ingress = find(objects, 'Ingress', 'web');
    expect(ingress.spec.ingressClassName).toBe('nginx-public');
    expect(ingress.spec.tls).toEqual([{ hosts: ['web.example.com'], secretName: 'web-tls' }]);
    expect(ingress.spec.rules[0].http.paths[0].backend.service).toEqual({ name: 'web-stable', port: { number: 80 } });
    expect(ingress.metadata.annotations).toBeUndefined();
    expect(find(objects, 'Rollout').spec.strategy.canary.trafficRouting).toEqual({ nginx: { stableIngress: 'web' } });
    expect(objects).toMatchSnapshot();
  });

  test('HTTP exposed through Gateway API: an HTTPRoute for the plugin, no Ingress, TLS left to the Gateway', () => {
    // GIVEN / WHEN
    const objects = applicationChart(WEB, { ...SETTINGS, traffic: Traffic.gatewayApi({ gateway: { name: 'public-gateway', namespace: 'gateways', sectionName: 'https' } }) }, 'v1.2.3');
    // THEN
    expect(inventory(objects).filter((o) => /^(Ingress|HTTPRoute) /.test(o))).toEqual(['HTTPRoute web']);
    const route = find(objects, 'HTTPRoute', 'web');
    expect(route.spec.parentRefs).toEqual([{ name: 'public-gateway', namespace: 'gateways', sectionName: 'https' }]);
    expect(route.spec.hostnames).toEqual(['web.example.com']);
    expect(route.spec.rules[0].backendRefs).toEqual([
      { kind: 'Service', name: 'web-stable', port: 80, weight: 100 },
      { kind: 'Service', name: 'web-canary', port: 80, weight: 0 },
    ]);
    expect(find(objects, 'Rollout').spec.strategy.canary.trafficRouting).toEqual({ plugins: { 'argoproj-labs/gatewayAPI': { httpRoute: 'web', namespace: 'web' } } });
    // the Gateway terminates TLS: Key Vault syncs the secrets only
    expect(find(objects, 'SecretProviderClass').spec.secretObjects.map((s: any) => s.secretName)).toEqual(['web-secrets']);
    expect(objects).toMatchSnapshot();
  });

  test('gRPC, internal: no Ingress or route, Services on the container port with h2c, gRPC probes, metrics on their own port', () => {
    // GIVEN
    const ingest: ApplicationConfig = {
      name: 'ingest',
      image: 'registry.example.com/ingest',
      container: { port: 50051, protocol: ServiceProtocol.grpc(), metricsPort: 9090 },
      secrets: [{ keyVaultObject: 'ingest-api-key', env: 'API_KEY' }],
      defaults: { ...SETTINGS, namespace: 'ingest', ingress: undefined },
      environments: [],
    };
    // WHEN
    const objects = applicationChart(ingest, ingest.defaults, 'v2.0.0');
    // THEN
    expect(inventory(objects)).toEqual([
      'ConfigMap ingest-config',
      'ServiceAccount ingest',
      'SecretProviderClass ingest-keyvault',
      'Service ingest',
      'Service ingest-stable',
      'Service ingest-canary',
      'AnalysisTemplate ingest-canary-analysis',
      'Rollout ingest',
      'PodMonitor ingest',
      'HorizontalPodAutoscaler ingest',
      'Role ingest-rollout-operator',
      'RoleBinding ingest-rollout-operators',
      'PodDisruptionBudget ingest',
      'NetworkPolicy ingest-default-deny-ingress',
      'NetworkPolicy ingest-ingress',
    ]);
    for (const s of objects.filter((o) => o.kind === 'Service')) {
      expect(s.spec.ports).toEqual([{ name: 'grpc', port: 50051, targetPort: 'grpc', protocol: 'TCP', appProtocol: 'kubernetes.io/h2c' }]);
    }
    const rollout = find(objects, 'Rollout');
    const container = rollout.spec.template.spec.containers[0];
    expect(container.ports).toEqual([{ name: 'grpc', containerPort: 50051, protocol: 'TCP' }, { name: 'metrics', containerPort: 9090, protocol: 'TCP' }]);
    expect(container.readinessProbe.grpc).toEqual({ port: 50051 });
    expect(container.readinessProbe.httpGet).toBeUndefined();
    expect(rollout.spec.strategy.canary.trafficRouting).toBeUndefined();
    expect(find(objects, 'PodMonitor').spec.podMetricsEndpoints).toEqual([{ port: 'metrics', path: '/metrics', interval: '15s' }]);
    // no certificate without an ingress
    expect(find(objects, 'SecretProviderClass').spec.secretObjects.map((s: any) => s.secretName)).toEqual(['ingest-secrets']);
    expect(find(objects, 'AnalysisTemplate').spec.metrics[0].provider.prometheus.query).toContain('grpc_server_handled_total');
    expect(objects).toMatchSnapshot();
  });

  test('no azure settings: no SecretProviderClass, no volume but /tmp, no workload identity', () => {
    // GIVEN
    const plain: ApplicationConfig = {
      name: 'web',
      image: 'registry.example.com/web',
      container: { port: 8080, readinessPath: '/healthz/ready', livenessPath: '/healthz/live', metricsPath: '/internal/metrics' },
      defaults: { ...SETTINGS, ingress: undefined, azure: undefined },
      environments: [],
    };
    // WHEN
    const objects = applicationChart(plain, plain.defaults, 'v1.2.3');
    // THEN
    expect(inventory(objects)).toEqual([
      'ConfigMap web-config',
      'ServiceAccount web',
      'Service web',
      'Service web-stable',
      'Service web-canary',
      'AnalysisTemplate web-canary-analysis',
      'Rollout web',
      'PodMonitor web',
      'HorizontalPodAutoscaler web',
      'Role web-rollout-operator',
      'RoleBinding web-rollout-operators',
      'PodDisruptionBudget web',
      'NetworkPolicy web-default-deny-ingress',
      'NetworkPolicy web-ingress',
    ]);
    expect(find(objects, 'ServiceAccount', 'web').metadata.annotations).toBeUndefined();
    const rollout = find(objects, 'Rollout');
    const pod = rollout.spec.template.spec;
    expect(rollout.spec.template.metadata.labels).toEqual(COMMON);
    expect(pod.volumes).toEqual([{ name: 'tmp', emptyDir: {} }]);
    expect(pod.containers[0].volumeMounts).toEqual([{ name: 'tmp', mountPath: '/tmp', readOnly: false }]);
    expect(pod.containers[0].env).toEqual([]);
    expect(find(objects, 'PodMonitor').spec.podMetricsEndpoints).toEqual([{ port: 'http', path: '/internal/metrics', interval: '15s' }]);
    expect(objects).toMatchSnapshot();
  });
});

describe('ArgoCdChart', () => {
  const DEV = { name: 'aks-dev', server: 'https://aks-dev.example.com:443' };
  const PROD = { name: 'aks-prod', server: 'https://aks-prod.example.com:443' };
  const REPO = 'https://git.example.com/platform/gitops';
  const BUSINESS_HOURS = SyncWindow.deny({ schedule: '0 8 * * 1-5', duration: '10h', manualSync: true, description: 'Business hours' });
  /** `web` in dev (AGIC, synced and healed automatically) and prod (protected, Gateway API, a sync window). */
  const platform: PlatformConfig = {
    repoURL: REPO,
    targetRevision: 'main',
    applications: [
      {
        ...WEB,
        environments: [
          {
            name: 'dev',
            cluster: DEV,
            tagPolicy: TagPolicy.gitSha('dev-'),
            sync: { prune: true, selfHeal: true },
            slackChannel: 'web-dev',
            overrides: { namespace: 'web', ingress: { host: 'web.dev.example.com' }, azure: { clientId: CLIENT_DEV, keyVaultName: 'kv-web-dev' } },
          },
          {
            name: 'prod',
            cluster: PROD,
            tagPolicy: TagPolicy.semver(),
            sync: { prune: false, selfHeal: false },
            slackChannel: 'web-prod',
            protected: true,
            syncWindows: [BUSINESS_HOURS],
            overrides: {
              namespace: 'web',
              ingress: { host: 'web.example.com' },
              traffic: Traffic.gatewayApi({ gateway: { name: 'public-gateway', namespace: 'gateways' } }),
              azure: { clientId: CLIENT_PROD, keyVaultName: 'kv-web-prod' },
            },
          },
        ],
      },
    ],
    argocd: {
      namespace: 'argocd',
      inClusterServer: 'https://kubernetes.default.svc',
      timeZone: 'Europe/Berlin',
      platformProject: 'platform',
      rootApplication: 'root',
      helmRepoURL: 'https://charts.example.com',
      groups: GROUPS,
      slackToken: { name: 'argocd-notifications-secret', key: 'slack-token' },
      argoCd: {
        chartVersion: '10.1.1',
        host: 'argocd.example.com',
        tlsSecretName: 'argocd-tls',
        replicas: { server: 2, repoServer: 2, controller: 1 },
        sso: { tenantId: TENANT, clientId: '44444444-4444-4444-4444-444444444401', clientSecret: { name: 'argocd-oidc', key: 'client-secret' } },
      },
      rollouts: { chartVersion: '2.41.0', namespace: 'argo-rollouts', dashboardDomain: 'rollouts.example.com', dashboardTlsSecretName: 'rollouts-tls' },
    },
    monitoring: MONITORING,
    network: NETWORK,
  };

  // GIVEN the environments resolved and rendered as synth resolves and renders them (src/synthesize.ts)
  const environments = resolvePlatform(platform, ImageTags.parse('web:\n  dev: dev-abc1234\n  prod: v1.2.3\n'));
  const objects = new Map<string, Manifest[]>(environments.map((r) => [
    `${r.app.name}/${r.env.name}`,
    Testing.synth(new ApplicationChart(Testing.app(), r.env.name, {
      app: r.app, settings: r.settings, tag: r.tag, monitoring: platform.monitoring, rolloutOperators: rolloutOperatorGroups(platform.argocd.groups, r.env.protected ?? false),
      network: variantNetwork(platform, r.app, r.env.name),
    })),
  ]));
  // WHEN
  const chart = new ArgoCdChart(Testing.app(), 'ArgoCd', { platform, environments, objects, paths: ARGOCD_PATHS });
  const rendered = Testing.synth(chart);
  // the files of dist/argocd/ the objects go to (src/tree/argocd.ts decides)
  const layout = argocdLayout(chart);
  const application = (name: string) => find(rendered, 'Application', name);

  test('the projects, Applications, Ingresses and alerts it renders, and the files they go to', () => {
    // THEN
    expect(inventory(rendered)).toEqual([
      'AppProject web',
      'Application web-dev',
      'Application web-prod',
      'AppProject platform',
      'Application argocd',
      'Application argo-rollouts-aks-dev',
      'Application argo-rollouts-aks-prod',
      'Ingress argo-rollouts-dashboard',
      'Ingress argo-rollouts-dashboard',
      'PrometheusRule argo-rollouts',
      'PrometheusRule argo-rollouts',
      'Ingress argocd',
      'PrometheusRule argocd',
      'Application root',
    ]);
    expect([...layout.files.keys()]).toEqual([
      'dist/argocd/projects/web-project.yaml',
      'dist/argocd/applications/web-dev.yaml',
      'dist/argocd/applications/web-prod.yaml',
      'dist/argocd/projects/platform-project.yaml',
      'dist/argocd/install/argocd-install.yaml',
      'dist/argocd/install/argo-rollouts-install.yaml',
      'dist/argocd/install/argocd-ingress.yaml',
      'dist/argocd/install/argocd-alerts.yaml',
      'dist/argocd/install/root-app.yaml',
    ]);
    expect(layout.files.get('dist/argocd/install/argo-rollouts-install.yaml')!.map((o) => o.name)).toEqual(['argo-rollouts-aks-dev', 'argo-rollouts-aks-prod']);
    expect([...layout.rolloutsDirs].map(([cluster, d]) => [cluster, d.dir, [...d.files.keys()]])).toEqual([
      ['aks-dev', 'dist/argocd/install/argo-rollouts/aks-dev', ['dashboard-ingress.yaml', 'alerts.yaml']],
      ['aks-prod', 'dist/argocd/install/argo-rollouts/aks-prod', ['dashboard-ingress.yaml', 'alerts.yaml']],
    ]);
    expect(layout.owners.get('dist/argocd/applications/web-prod.yaml')).toEqual({ app: 'web', envs: ['prod'] });
    expect(layout.owners.get('dist/argocd/projects/web-project.yaml')).toEqual({ app: 'web', envs: ['dev', 'prod'] });
    expect(rendered).toMatchSnapshot();
  });

  test('the application\'s project: its repository, both destinations, the kinds it deploys, roles per environment, the prod window', () => {
    // THEN
    const project = find(rendered, 'AppProject', 'web');
    expect(project.metadata).toEqual({ name: 'web', namespace: 'argocd', annotations: { 'argocd.argoproj.io/sync-wave': '-1', 'argocd.argoproj.io/sync-options': 'Prune=confirm' } });
    expect(project.spec.sourceRepos).toEqual([REPO]);
    expect(project.spec.destinations).toEqual([{ server: DEV.server, namespace: 'web' }, { server: PROD.server, namespace: 'web' }]);
    expect(project.spec.clusterResourceWhitelist).toEqual([{ group: '', kind: 'Namespace', name: 'web' }]);
    expect(project.spec.namespaceResourceWhitelist.map((r: any) => `${r.group}/${r.kind}`)).toEqual([
      '/ConfigMap', '/Pod', '/Service', '/ServiceAccount',
      'apps/ReplicaSet',
      'argoproj.io/AnalysisRun', 'argoproj.io/AnalysisTemplate', 'argoproj.io/Rollout',
      'autoscaling/HorizontalPodAutoscaler',
      'gateway.networking.k8s.io/HTTPRoute',
      'monitoring.coreos.com/PodMonitor',
      'networking.k8s.io/Ingress', 'networking.k8s.io/NetworkPolicy',
      'policy/PodDisruptionBudget',
      'rbac.authorization.k8s.io/Role', 'rbac.authorization.k8s.io/RoleBinding',
      'secrets-store.csi.x-k8s.io/SecretProviderClass',
    ]);
    expect(Object.fromEntries(project.spec.roles.map((r: any) => [r.name, [r.groups, r.policies]]))).toEqual({
      developer: [GROUPS.developers, [
        'p, proj:web:developer, applications, get, web/web-dev, allow',
        'p, proj:web:developer, applications, get, web/web-prod, allow',
        'p, proj:web:developer, applications, sync, web/web-dev, allow',
      ]],
      sre: [GROUPS.sre, [
        'p, proj:web:sre, applications, get, web/web-dev, allow',
        'p, proj:web:sre, applications, get, web/web-prod, allow',
        'p, proj:web:sre, applications, sync, web/web-dev, allow',
        'p, proj:web:sre, applications, sync, web/web-prod, allow',
        'p, proj:web:sre, applications, override, web/web-prod, allow',
        'p, proj:web:sre, applications, delete, web/*, allow',
      ]],
      ci: [GROUPS.ci, [
        'p, proj:web:ci, applications, get, web/web-dev, allow',
        'p, proj:web:ci, applications, get, web/web-prod, allow',
      ]],
    });
    expect(project.spec.syncWindows).toEqual([
      { kind: 'deny', schedule: '0 8 * * 1-5', duration: '10h', timeZone: 'Europe/Berlin', manualSync: true, applications: ['web-prod'], description: 'Business hours' },
    ]);
  });

  test('an Application per environment: its overlay, cluster and sync, the HPA\'s replicas and the plugin\'s weights ignored', () => {
    // THEN
    const dev = application('web-dev');
    const prod = application('web-prod');
    expect(dev.metadata.labels).toEqual({ 'app.kubernetes.io/part-of': 'web', 'app.kubernetes.io/managed-by': 'gridops', 'gridops.io/environment': 'dev' });
    expect(dev.metadata.annotations).toMatchObject({
      'argocd.argoproj.io/manifest-generate-paths': '.;../../base',
      'argocd.argoproj.io/sync-options': 'Prune=confirm',
      'notifications.argoproj.io/subscribe.on-deployed.slack': 'web-dev',
    });
    expect(dev.metadata.finalizers).toEqual(['resources-finalizer.argocd.argoproj.io']);
    expect(dev.spec.project).toBe('web');
    expect(dev.spec.source).toEqual({ repoURL: REPO, targetRevision: 'main', path: 'dist/applications/web/overlays/dev' });
    expect(dev.spec.destination).toEqual({ server: DEV.server, namespace: 'web' });
    expect(dev.spec.syncPolicy.automated).toEqual({ prune: true, selfHeal: true });
    expect(dev.spec.syncPolicy.syncOptions).toEqual(['CreateNamespace=true', 'PruneLast=true', 'RespectIgnoreDifferences=true', 'FailOnSharedResource=true']);
    expect(dev.spec.syncPolicy.managedNamespaceMetadata).toEqual({ labels: { 'pod-security.kubernetes.io/enforce': 'restricted', 'pod-security.kubernetes.io/enforce-version': 'latest' } });
    expect(dev.spec.ignoreDifferences).toEqual([{ group: 'argoproj.io', kind: 'Rollout', name: 'web', jsonPointers: ['/spec/replicas'] }]);
    expect(dev.spec.info).toEqual([{ name: 'Environment', value: 'dev' }, { name: 'Cluster', value: 'aks-dev' }, { name: 'Slack', value: '#web-dev' }]);

    expect(prod.spec.source.path).toBe('dist/applications/web/overlays/prod');
    expect(prod.spec.destination).toEqual({ server: PROD.server, namespace: 'web' });
    expect(prod.spec.syncPolicy.automated).toEqual({ prune: false, selfHeal: false });
    expect(prod.spec.ignoreDifferences).toEqual([
      { group: 'argoproj.io', kind: 'Rollout', name: 'web', jsonPointers: ['/spec/replicas'] },
      { group: 'gateway.networking.k8s.io', kind: 'HTTPRoute', name: 'web', jsonPointers: ['/spec/rules/0/backendRefs/0/weight', '/spec/rules/0/backendRefs/1/weight'] },
    ]);
  });

  test('the platform: its project, Argo CD managing itself, Argo Rollouts per cluster (the plugin where a Rollout uses it), the root app', () => {
    // THEN
    const project = find(rendered, 'AppProject', 'platform');
    expect(project.spec.sourceRepos).toEqual([REPO, 'https://charts.example.com']);
    expect(project.spec.destinations).toEqual([
      { server: 'https://kubernetes.default.svc', namespace: 'argocd' },
      { server: DEV.server, namespace: 'argo-rollouts' },
      { server: PROD.server, namespace: 'argo-rollouts' },
    ]);
    expect(project.spec.orphanedResources).toBeUndefined();

    const argocd = application('argocd');
    expect(argocd.spec.project).toBe('platform');
    expect(argocd.metadata.finalizers).toBeUndefined();
    expect(argocd.spec.sources.map((s: any) => [s.repoURL, s.chart, s.targetRevision, s.ref])).toEqual([
      ['https://charts.example.com', 'argo-cd', '10.1.1', undefined],
      [REPO, undefined, 'main', 'values'],
    ]);
    expect(argocd.spec.sources[0].helm.valueFiles).toEqual(['$values/dist/argocd/install/argocd-values.yaml']);
    expect(argocd.spec.syncPolicy.automated).toEqual({ prune: false, selfHeal: true });

    const rolloutsDev = application('argo-rollouts-aks-dev');
    const rolloutsProd = application('argo-rollouts-aks-prod');
    expect(rolloutsDev.spec.destination).toEqual({ server: DEV.server, namespace: 'argo-rollouts' });
    expect(rolloutsDev.spec.sources[1]).toEqual({ repoURL: REPO, targetRevision: 'main', path: 'dist/argocd/install/argo-rollouts/aks-dev' });
    expect(rolloutsDev.spec.sources[0].helm.valuesObject.controller.trafficRouterPlugins).toBeUndefined();
    expect(rolloutsProd.spec.sources[0].helm.valuesObject.controller.trafficRouterPlugins.map((p: any) => p.name)).toEqual(['argoproj-labs/gatewayAPI']);
    expect(rolloutsProd.spec.info).toEqual([{ name: 'Cluster', value: 'aks-prod' }, { name: 'Dashboard', value: 'https://aks-prod.rollouts.example.com/rollouts/' }]);

    const dashboards = rendered.filter((o) => o.kind === 'Ingress' && o.metadata.name === 'argo-rollouts-dashboard');
    expect(dashboards.map((i) => [i.metadata.namespace, i.spec.rules[0].host, i.metadata.annotations['appgw.ingress.kubernetes.io/use-private-ip']])).toEqual([
      ['argo-rollouts', 'aks-dev.rollouts.example.com', 'true'],
      ['argo-rollouts', 'aks-prod.rollouts.example.com', 'true'],
    ]);
    const ui = find(rendered, 'Ingress', 'argocd');
    expect([ui.metadata.namespace, ui.spec.rules[0].host, ui.spec.tls[0].secretName]).toEqual(['argocd', 'argocd.example.com', 'argocd-tls']);

    const root = application('root');
    expect(root.spec.source).toEqual({ repoURL: REPO, targetRevision: 'main', path: 'dist/argocd' });
    expect(root.spec.destination).toEqual({ server: 'https://kubernetes.default.svc', namespace: 'argocd' });
    expect(root.spec.syncPolicy.automated).toEqual({ prune: true, selfHeal: true });
    expect(root.metadata.finalizers).toBeUndefined();
    expect(layout.rootResources).toEqual([
      'projects/web-project.yaml',
      'applications/web-dev.yaml',
      'applications/web-prod.yaml',
      'projects/platform-project.yaml',
      'install/argocd-install.yaml',
      'install/argo-rollouts-install.yaml',
      'install/argocd-ingress.yaml',
      'install/argocd-alerts.yaml',
      'install/root-app.yaml',
    ]);
  });
});
