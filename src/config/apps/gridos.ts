import { ApplicationConfig, EnvironmentConfig } from '../../model/application';
import { PriorityClass } from '../../model/priority-class';
import { TagPolicy } from '../../model/tag-policy';
import { AZURE_TENANT, CLUSTERS, PEAK_GRID_HOURS, PROMETHEUS_ADDRESS } from '../clusters';

const dev: EnvironmentConfig = {
  name: 'dev',
  cluster: CLUSTERS.dev,
  tagPolicy: TagPolicy.gitSha('dev-'),
  sync: { prune: true, selfHeal: true },
  slackChannel: 'gridos-dev-deploys',
  overrides: {
    namespace: 'gridos',
    // dev pods are not grid-critical: the cluster's default priority, so they yield first when a node runs short
    priorityClass: PriorityClass.clusterDefault(),
    // Two pods can only approximate 10%: the canary gets a third of the traffic. Fine for dev, so the
    // tolerance is wide; test and prod run enough replicas to be close.
    scaling: { minReplicas: 2, maxReplicas: 4 },
    canary: { pauses: ['30s', '1m', '1m'], trafficShareTolerance: 25 },
    // 2m30s of pauses: measuring every 30s, the third failed measurement (1m + 2 × 30s after the analysis starts)
    // comes before the last pause ends, so a bad canary is aborted, never promoted.
    analysis: { interval: '30s' },
    resources: { requests: { cpu: '250m', memory: '256Mi' }, limits: { cpu: '1', memory: '512Mi' } },
    ingress: { host: 'gridos-dev.example.com' },
    azure: { clientId: '11111111-1111-1111-1111-111111111101', keyVaultName: 'kv-gridos-dev' },
    settings: { LOG_LEVEL: 'debug', FEATURE_DER_FORECAST: 'true' },
  },
};

const test: EnvironmentConfig = {
  name: 'test',
  cluster: CLUSTERS.test,
  tagPolicy: TagPolicy.gitSha('dev-'),
  sync: { prune: true, selfHeal: true },
  slackChannel: 'gridos-test-deploys',
  overrides: {
    namespace: 'gridos',
    // Between dev and prod: 1m → 2m → 5m (8 minutes of pauses).
    scaling: { minReplicas: 5, maxReplicas: 10 },
    canary: { pauses: ['1m', '2m', '5m'], trafficShareTolerance: 10 },
    ingress: { host: 'gridos-test.example.com' },
    azure: { clientId: '11111111-1111-1111-1111-111111111102', keyVaultName: 'kv-gridos-test' },
    settings: { FEATURE_DER_FORECAST: 'true' },
  },
};

const prod: EnvironmentConfig = {
  name: 'prod',
  cluster: CLUSTERS.prod,
  // Released versions, each pinned by the digest the build pushed and Trivy scanned: a tag pushed again changes nothing.
  tagPolicy: TagPolicy.semver({ requireDigest: true }),
  // Semi-automatic: Argo CD syncs new commits, but neither prunes nor reverts emergency changes made in the cluster.
  sync: { prune: false, selfHeal: false },
  slackChannel: 'gridos-prod-deploys',
  protected: true,
  syncWindows: [PEAK_GRID_HOURS],
  // The defaults are the production shape; prod states its own identity like every environment.
  overrides: {
    namespace: 'gridos',
    ingress: { host: 'gridos.example.com' },
    azure: { clientId: '11111111-1111-1111-1111-111111111103', keyVaultName: 'kv-gridos-prod' },
  },
};

/**
 * GridOS, the power-grid operations service (values from the seed design document).
 * `defaults` is the Kustomize base and the production shape; dev and test override what differs.
 */
export const gridos: ApplicationConfig = {
  name: 'gridos',
  image: 'gridosacr.azurecr.io/gridos',
  container: { port: 8080, readinessPath: '/healthz/ready', livenessPath: '/healthz/live', startupPath: '/healthz/started' },
  secrets: [
    { keyVaultObject: 'scada-db-password', env: 'SCADA_DB_PASSWORD' },
    { keyVaultObject: 'historian-api-key', env: 'HISTORIAN_API_KEY' },
  ],
  tlsCertificate: 'gridos-tls',
  defaults: {
    namespace: 'gridos',
    // the platform's PriorityClass for grid-critical workloads (on every cluster; gridops names it, never creates it)
    priorityClass: PriorityClass.existing('grid-critical'),
    scaling: { minReplicas: 10, maxReplicas: 30, targetCpuUtilization: 70, maxUnavailable: 1 },
    canary: { weights: [10, 25, 50, 100], pauses: ['2m', '5m', '10m'], maxSurge: '25%', trafficShareTolerance: 5 },
    analysis: {
      prometheusAddress: PROMETHEUS_ADDRESS,
      successRateMin: 0.99,
      latencyP99MaxMs: 500,
      errorRateMax: 0.01,
      interval: '1m',
      abortOnFailure: 3,
    },
    resources: { requests: { cpu: '500m', memory: '512Mi' }, limits: { cpu: '2', memory: '1Gi' } },
    ingress: { host: 'gridos.example.com' },
    azure: { tenantId: AZURE_TENANT, clientId: '11111111-1111-1111-1111-111111111103', keyVaultName: 'kv-gridos-prod' },
    settings: { LOG_LEVEL: 'info', GRID_REGION: 'eastus', SCADA_POLL_INTERVAL_MS: '2000', FEATURE_DER_FORECAST: 'false' },
  },
  environments: [dev, test, prod],
};
