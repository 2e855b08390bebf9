import { ApplicationConfig, EnvironmentConfig } from '../../model/application';
import { ServiceProtocol } from '../../model/service-protocol';
import { PriorityClass } from '../../model/priority-class';
import { TagPolicy } from '../../model/tag-policy';
import { AZURE_TENANT, CLUSTERS, PEAK_GRID_HOURS, PROMETHEUS_ADDRESS } from '../clusters';

const dev: EnvironmentConfig = {
  name: 'dev',
  cluster: CLUSTERS.dev,
  tagPolicy: TagPolicy.gitSha('dev-'),
  sync: { prune: true, selfHeal: true },
  slackChannel: 'grid-telemetry-dev-deploys',
  overrides: {
    namespace: 'grid-telemetry',
    // dev pods are not grid-critical: the cluster's default priority, so they yield first when a node runs short
    priorityClass: PriorityClass.clusterDefault(),
    // Two pods: the first step already sends a third of the traffic to the canary. Fine for dev.
    scaling: { minReplicas: 2, maxReplicas: 4 },
    canary: { pauses: ['1m', '2m'], trafficShareTolerance: 25 },
    resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } },
    azure: { clientId: '44444444-4444-4444-4444-444444444401', keyVaultName: 'kv-grid-telemetry-dev' },
    settings: { LOG_LEVEL: 'debug' },
  },
};

const prod: EnvironmentConfig = {
  name: 'prod',
  cluster: CLUSTERS.prod,
  // Released versions, each pinned by the digest the build pushed and Trivy scanned.
  tagPolicy: TagPolicy.semver({ requireDigest: true }),
  sync: { prune: false, selfHeal: false },
  slackChannel: 'grid-telemetry-prod-deploys',
  protected: true,
  syncWindows: [PEAK_GRID_HOURS],
  overrides: {
    namespace: 'grid-telemetry',
    azure: { clientId: '44444444-4444-4444-4444-444444444403', keyVaultName: 'kv-grid-telemetry-prod' },
  },
};

/**
 * Grid telemetry ingestion: an internal gRPC service (no Ingress) that GridOS streams measurements to, in dev and prod
 * only, on GridOS's clusters. Its NetworkPolicy admits only GridOS's pods (its one client) on the gRPC port and the
 * clusters' Prometheus on the metrics port: nothing outside the cluster reaches it. Stricter analysis than GridOS: the canary must keep 99.9% of calls
 * OK, p99 within 250 ms and server errors within 0.1%, and the second failed measurement rolls it back.
 *
 * gRPC runs over long-lived HTTP/2 connections, which the Service balances per connection: the server closes
 * connections after GRPC_MAX_CONNECTION_AGE so clients reconnect and the replica-weighted share holds.
 */
export const gridTelemetry: ApplicationConfig = {
  name: 'grid-telemetry',
  image: 'gridosacr.azurecr.io/grid-telemetry',
  container: { port: 50051, protocol: ServiceProtocol.grpc(), metricsPort: 9090 },
  secrets: [{ keyVaultObject: 'telemetry-historian-api-key', env: 'HISTORIAN_API_KEY' }],
  defaults: {
    namespace: 'grid-telemetry',
    // the platform's PriorityClass for grid-critical workloads (on every cluster; gridops names it, never creates it)
    priorityClass: PriorityClass.existing('grid-critical'),
    scaling: { minReplicas: 8, maxReplicas: 16, targetCpuUtilization: 60, maxUnavailable: 1 },
    canary: { weights: [25, 50, 100], pauses: ['5m', '10m'], maxSurge: '25%', trafficShareTolerance: 5 },
    analysis: {
      prometheusAddress: PROMETHEUS_ADDRESS,
      successRateMin: 0.999,
      latencyP99MaxMs: 250,
      errorRateMax: 0.001,
      interval: '1m',
      abortOnFailure: 2,
    },
    resources: { requests: { cpu: '250m', memory: '256Mi' }, limits: { cpu: '1', memory: '512Mi' } },
    azure: { tenantId: AZURE_TENANT, clientId: '44444444-4444-4444-4444-444444444403', keyVaultName: 'kv-grid-telemetry-prod' },
    settings: { LOG_LEVEL: 'info', GRID_REGION: 'eastus', GRPC_MAX_CONNECTION_AGE: '5m', INGEST_BATCH_SIZE: '500' },
  },
  environments: [dev, prod],
  // GridOS streams its measurements here: its pods (in each environment's own namespace) may call the gRPC port.
  clients: [{ app: 'gridos' }],
  // Both environments come from one ApplicationSet (dist/argocd/applicationsets/grid-telemetry.yaml).
  argocd: { applicationSet: true },
};
