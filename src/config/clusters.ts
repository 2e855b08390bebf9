import { SyncWindow } from '../model/sync-window';

/** The Entra ID tenant of the platform: Argo CD's single sign-on and every application's workload identity. */
export const AZURE_TENANT = '00000000-0000-0000-0000-000000000000';

/**
 * The Prometheus every cluster runs: kube-prometheus-stack, Helm release `kube-prometheus-stack` in namespace
 * `monitoring`. Its Service `prometheus-operated` is what the canary analysis queries; it selects PodMonitors,
 * ServiceMonitors and PrometheusRules by the label `release: <release name>`.
 */
export const PROMETHEUS = {
  namespace: 'monitoring',
  selectorLabels: { release: 'kube-prometheus-stack' },
  // the label prometheus-operator puts on the Prometheus server pods: the only pods of the namespace admitted to scrape
  podLabels: { 'app.kubernetes.io/name': 'prometheus' },
} as const;


/** The address of the clusters' Prometheus, reachable from the Argo Rollouts controller. */
export const PROMETHEUS_ADDRESS = `http://prometheus-operated.${PROMETHEUS.namespace}.svc.cluster.local:9090`;

/** The platform's AKS clusters, one per environment; applications deploy to them by name. */
export const CLUSTERS = {
  dev: { name: 'aks-gridos-dev', server: 'https://aks-gridos-dev.hcp.eastus.azmk8s.io:443' },
  test: { name: 'aks-gridos-test', server: 'https://aks-gridos-test.hcp.eastus.azmk8s.io:443' },
  prod: { name: 'aks-gridos-prod', server: 'https://aks-gridos-prod.hcp.eastus.azmk8s.io:443' },
} as const;

/**
 * Peak grid operations (the seed's sync window): no canary steps Mon–Fri 08:00–18:00. Argo CD's deny window for
 * automated syncs starts early by each environment's canary duration, so no canary started just before 08:00 is still
 * running then.
 */
export const PEAK_GRID_HOURS = SyncWindow.peakHours({
  schedule: '0 8 * * 1-5',
  duration: '10h',
  manualSync: true,
  description: 'Peak grid operations (Mon-Fri 08:00-18:00): no canary may step in them; SRE may still sync by hand in an emergency',
});

/**
 * Each cluster's Application Gateway subnet, by cluster name (platform `network.clusters`): every AKS cluster has its
 * own Application Gateway in a subnet of its own network. AGIC puts the pod IPs themselves in the gateway's backend
 * pools, so requests reach the pods from the gateway instances' addresses in that subnet, not from a pod: an
 * application's NetworkPolicy admits them by this ipBlock (a namespaceSelector would admit nothing), in each
 * environment the subnet of its cluster's gateway.
 *
 * **Set yours**: these are examples, inside the AKS default virtual network 10.224.0.0/12 (`az aks create …
 * --enable-addons ingress-appgw --appgw-subnet-cidr <cidr>`). Read each with `az network vnet subnet show -g <rg>
 * --vnet-name <vnet> -n <subnet> --query addressPrefix` (for the AGIC add-on, the subnet is in `az aks show -g <rg> -n
 * <cluster> --query addonProfiles.ingressApplicationGateway.config`). A cluster that runs Application Gateway for
 * Containers names its association subnet as `gatewayForContainersSubnet` beside it.
 */
export const CLUSTER_NETWORKS = {
  [CLUSTERS.dev.name]: { applicationGatewaySubnet: '10.225.0.0/24' },
  [CLUSTERS.test.name]: { applicationGatewaySubnet: '10.226.0.0/24' },
  [CLUSTERS.prod.name]: { applicationGatewaySubnet: '10.227.0.0/24' },
};
