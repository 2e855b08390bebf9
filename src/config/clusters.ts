import { SyncWindow } from '../model/sync-window';

/** The Entra ID tenant of the platform: Argo CD's single sign-on and every application's workload identity. */
export const AZURE_TENANT = '00000000-0000-0000-0000-000000000000';

/** The Prometheus every cluster runs, which the canary analysis queries. */
export const PROMETHEUS_ADDRESS = 'http://prometheus-operated.monitoring.svc.cluster.local:9090';

/** The platform's AKS clusters, one per environment; applications deploy to them by name. */
export const CLUSTERS = {
  dev: { name: 'aks-gridos-dev', server: 'https://aks-gridos-dev.hcp.eastus.azmk8s.io:443' },
  test: { name: 'aks-gridos-test', server: 'https://aks-gridos-test.hcp.eastus.azmk8s.io:443' },
  prod: { name: 'aks-gridos-prod', server: 'https://aks-gridos-prod.hcp.eastus.azmk8s.io:443' },
} as const;

/** No automated syncs of production during peak grid operations (the seed's sync window). */
export const PEAK_GRID_HOURS = SyncWindow.deny({
  schedule: '0 8 * * 1-5',
  duration: '10h',
  manualSync: true,
  description: 'Peak grid operations (Mon-Fri 08:00-18:00): no automated syncs; SRE may still sync by hand in an emergency',
});
