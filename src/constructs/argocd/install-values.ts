import { NOTIFICATION_TRIGGERS } from './notifications';
import { toYaml } from '../../tree/manifest';
import { ArgoCdSettings } from '../../model/argocd';
import { MonitoringSettings } from '../../model/monitoring';
import { GATEWAY_API_PLUGIN, TrafficRouterPlugin } from '../../model/traffic';

/**
 * Helm values of the argo-cd chart: high availability, Entra ID single sign-on, Slack notifications whose token stays
 * in a Secret outside Git, and no chart ingress (the AGIC Ingress in argocd-ingress.yaml replaces it). Every key
 * exists in the chart's default values (test/argocd-values.test.ts checks it), except in the maps the chart passes
 * through as they are (listed in that test, each with its reason).
 */
export function argoCdValues(s: ArgoCdSettings, monitoring: MonitoringSettings): Record<string, unknown> {
  const { argoCd } = s;
  const pdb = { enabled: true, maxUnavailable: 1 };
  const metrics = metricsValues(monitoring);
  return {
    global: { domain: argoCd.host },
    crds: {
      // Deleting these CRDs would delete every Application and AppProject: never prune or delete them from Argo CD.
      annotations: { 'argocd.argoproj.io/sync-options': 'ServerSideApply=true,Prune=false,Delete=false' },
    },
    configs: {
      cm: { 'oidc.config': oidcConfig(s) },
      // Application Gateway terminates TLS and reaches the server over HTTP inside the virtual network. ApplicationSets
      // create and update their Applications but never delete one: removing a list element would otherwise delete its
      // Application and, through the resources finalizer, its workload, without the confirmation the root app asks for.
      params: { 'server.insecure': true, 'applicationsetcontroller.policy': 'create-update' },
    },
    'redis-ha': { enabled: true },
    // Sign-in is Entra ID through configs.cm oidc.config, straight from Argo CD: Dex would run unused.
    dex: { enabled: false },
    controller: { replicas: argoCd.replicas.controller, pdb, metrics },
    // no `server.ingress`: the chart's Ingress is off by default, and the AGIC Ingress in argocd-ingress.yaml is Argo CD's
    server: { replicas: argoCd.replicas.server, pdb, metrics },
    repoServer: { replicas: argoCd.replicas.repoServer, pdb, metrics },
    notifications: {
      // The Secret holding the Slack token is created outside Git; the chart must not create (and empty) it.
      secret: { create: false, name: s.slackToken.name },
      notifiers: { 'service.slack': `token: $${s.slackToken.key}\n` },
      triggers: Object.fromEntries(
        NOTIFICATION_TRIGGERS.map((t) => [
          `trigger.${t.trigger}`,
          toYaml([[{ description: t.description, ...(t.oncePer ? { oncePer: t.oncePer } : {}), send: [t.template], when: t.when }]]),
        ]),
      ),
      templates: Object.fromEntries(NOTIFICATION_TRIGGERS.map((t) => [`template.${t.template}`, toYaml([{ message: t.message }])])),
    },
  };
}

/**
 * Helm values of the argo-rollouts chart of one cluster: an HA controller (the chart's two replicas) and the dashboard, read-only because it has
 * no authentication of its own (promote and abort go through `kubectl argo rollouts` and RBAC), and the traffic
 * router plugins the cluster's Rollouts use (`controller.trafficRouterPlugins`; the controller downloads each from its
 * pinned location when it starts), with the RBAC they need.
 */
export function rolloutsValues(monitoring: MonitoringSettings, plugins: readonly TrafficRouterPlugin[] = []): Record<string, unknown> {
  const gatewayApi = plugins.some((p) => p.name === GATEWAY_API_PLUGIN.name);
  return {
    // Deleting the Rollout CRD would delete every Rollout (an outage): never prune or delete the CRDs from Argo CD.
    crdAnnotations: { 'argocd.argoproj.io/sync-options': 'Prune=false,Delete=false' },
    // the chart runs two controller replicas (leader election) by default; the PDB keeps one through a drain
    controller: {
      pdb: { enabled: true, maxUnavailable: 1 },
      metrics: metricsValues(monitoring),
      ...(plugins.length > 0 ? { trafficRouterPlugins: plugins.map((p) => ({ name: p.name, location: p.location })) } : {}),
    },
    ...(gatewayApi ? { providerRBAC: GATEWAY_API_RBAC } : {}),
    dashboard: { enabled: true, readonly: true },
  };
}

/**
 * A component's metrics Service and its ServiceMonitor, labelled for the clusters' Prometheus (the same keys in both
 * charts): the platform's alerts read the `up` series and controller metrics these produce.
 */
function metricsValues(m: MonitoringSettings): Record<string, unknown> {
  return { enabled: true, serviceMonitor: { enabled: true, additionalLabels: { ...m.selectorLabels } } };
}

/**
 * The controller's RBAC for the Gateway API plugin, which runs inside the controller's pod under its ServiceAccount.
 * The chart's gatewayAPI provider rules (on by default, so not set here: test/helm-render.test.ts shows the rendered
 * ClusterRole) grant get, list, watch and update on HTTPRoutes; the plugin's installation guide also lists patch, added
 * as an additional rule.
 */
const GATEWAY_API_RBAC = {
  additionalRules: [{ apiGroups: ['gateway.networking.k8s.io'], resources: ['httproutes'], verbs: ['get', 'list', 'update', 'patch'] }],
};

function oidcConfig(s: ArgoCdSettings): string {
  const sso = s.argoCd.sso;
  return toYaml([
    {
      name: 'Entra ID',
      issuer: `https://login.microsoftonline.com/${sso.tenantId}/v2.0`,
      clientID: sso.clientId,
      clientSecret: `$${sso.clientSecret.name}:${sso.clientSecret.key}`,
      requestedIDTokenClaims: { groups: { essential: true, value: 'SecurityGroup' } },
      requestedScopes: ['openid', 'profile', 'email'],
    },
  ]);
}
