import { PlatformConfig } from '../model/platform';
import { AZURE_TENANT, CLUSTER_NETWORKS, PROMETHEUS } from './clusters';
import { gridTelemetry } from './apps/grid-telemetry';
import { gridos } from './apps/gridos';

/** The platform: this repository and the applications it deploys. Add an application by adding it here. */
export const platform: PlatformConfig = {
  repoURL: 'https://github.com/YOUR_ORG/sharedinfra',
  targetRevision: 'main',
  applications: [gridos, gridTelemetry],
  argocd: {
    namespace: 'argocd',
    inClusterServer: 'https://kubernetes.default.svc',
    // Grid operations run on Central time; the prod sync window follows it, daylight saving included.
    timeZone: 'America/Chicago',
    platformProject: 'platform',
    rootApplication: 'gridops-root',
    helmRepoURL: 'https://argoproj.github.io/argo-helm',
    // Entra ID group object IDs (placeholders: replace with the real groups' object IDs).
    groups: {
      developers: ['22222222-2222-2222-2222-222222222201'],
      sre: ['22222222-2222-2222-2222-222222222202'],
      ci: ['22222222-2222-2222-2222-222222222203'],
    },
    slackToken: { name: 'argocd-notifications-secret', key: 'slack-token' },
    argoCd: {
      chartVersion: '10.1.1',
      host: 'argocd.gridos.example.com',
      tlsSecretName: 'argocd-ingress-tls',
      replicas: { server: 3, repoServer: 3, controller: 3 },
      sso: {
        tenantId: AZURE_TENANT,
        clientId: '33333333-3333-3333-3333-333333333301',
        clientSecret: { name: 'argocd-oidc', key: 'client-secret' },
      },
    },
    rollouts: {
      chartVersion: '2.41.0',
      namespace: 'argo-rollouts',
      dashboardDomain: 'rollouts.gridos.example.com',
      dashboardTlsSecretName: 'argo-rollouts-dashboard-tls',
    },
  },
  // The clusters' kube-prometheus-stack: what it selects by, and how long the platform's alerts wait.
  monitoring: {
    namespace: PROMETHEUS.namespace,
    selectorLabels: PROMETHEUS.selectorLabels,
    podLabels: PROMETHEUS.podLabels,
    alerts: { componentDownFor: '5m', rolloutDegradedFor: '1m', analysisErrorFor: '1m' },
  },
  // Where each traffic mode's requests come from: what the applications' NetworkPolicies admit to the container port.
  // Every environment runs on AGIC, admitted from its own cluster's Application Gateway subnet (CLUSTER_NETWORKS in
  // clusters.ts: set yours). An environment on NGINX or an in-cluster Gateway needs its controller's pods here, e.g.
  //   nginx: NetworkPeer.pods({ namespace: 'ingress-nginx', podLabels: { 'app.kubernetes.io/name': 'ingress-nginx' } }),
  // and one on Application Gateway for Containers its cluster's association subnet, gatewayForContainersSubnet in
  // CLUSTER_NETWORKS.
  network: {
    trafficFrom: {},
    clusters: CLUSTER_NETWORKS,
  },
};
