import { platform } from './fixtures/config/platform';
import { Manifest } from '../src/tree/manifest';
import { synthesize } from '../src/synthesize';
import { tags, trafficPlatform } from './support/fixtures';
import { API_VERSIONS, ARGOCD_APP, docs, HelmInstall, helmInstall, render, ROLLOUTS_APPS, targetsOf, templateOf, templateTextOf } from './support/helm-render';

/*
 * The pinned argo-cd and argo-rollouts charts, rendered with `helm template` exactly as the generated Applications
 * install them: what the values turn on is in the render, and every value the tree sets changes it.
 */

const argocd = helmInstall(ARGOCD_APP);
/** A cluster whose Rollouts route through the Gateway API plugin, which its values register (a fixture platform). */
const routed = (() => {
  const tree = synthesize(trafficPlatform(), tags()).tree;
  return docs('dist/argocd/install/argo-rollouts-install.yaml', tree).map((a) => helmInstall(a, tree));
})();
const installs: HelmInstall[] = [argocd, ...ROLLOUTS_APPS.map((a) => helmInstall(a)), ...routed];
/** Each distinct install (clusters whose Rollouts use the same routers get the same values). */
const distinct = installs.filter((x, i) => installs.findIndex((y) => JSON.stringify(y) === JSON.stringify(x)) === i);

/**
 * Values whose removal leaves the render as it is, because the tree sets them to what is today the chart's default,
 * kept because a setting of the platform decides them: each must still be read by the chart (changing it changes the
 * render), with the reason.
 */
const DEFAULT_TODAY: Readonly<Record<string, string>> = {
  'argo-cd: notifications.secret.name': "the Secret holding the Slack token is platform.argocd.slackToken.name, which happens to be the chart's default name",
};

describe('the charts as the Applications install them', () => {
  const argocdRender = render(argocd);
  const rolloutsRender = render(helmInstall(ROLLOUTS_APPS[0]));
  const kinds = (objects: readonly Manifest[], kind: string) => objects.filter((o) => o.kind === kind) as any[];

  test.each<[string, () => Manifest[], string[]]>([
    ['argo-cd', () => argocdRender, ['application-controller', 'repo-server', 'server']],
    ['argo-rollouts', () => rolloutsRender, ['rollouts-controller']],
  ])('%s renders a ServiceMonitor per component the alerts watch, labelled for the clusters\' Prometheus, each scraping a Service', (_chart, objects, components) => {
    const monitors = kinds(objects(), 'ServiceMonitor');
    expect(monitors.map((m) => m.metadata.labels['app.kubernetes.io/component']).sort()).toEqual([...components].sort());
    for (const m of monitors) expect(m.metadata.labels).toMatchObject(platform.monitoring.selectorLabels);
    expect(targetsOf(objects()).map((t) => t.component).sort()).toEqual([...components].sort());
  });

  test('without --api-versions monitoring.coreos.com/v1 the argo-cd chart renders no ServiceMonitor (why a cluster without prometheus-operator gets none)', () => {
    expect(kinds(templateOf(argocd), 'ServiceMonitor')).toEqual([]);
  });

  test('Argo CD: no Ingress of the chart\'s own (the AGIC Ingress in argocd-ingress.yaml serves the host), no Dex; HA replicas with disruption budgets', () => {
    expect(kinds(argocdRender, 'Ingress')).toEqual([]);
    // sign-in is Entra ID through oidc.config: no Dex server runs
    expect(argocdRender.filter((o) => /dex/.test(o.metadata.name)).map((o) => `${o.kind}/${o.metadata.name}`)).toEqual([]);
    const replicas = (name: string) => [...kinds(argocdRender, 'Deployment'), ...kinds(argocdRender, 'StatefulSet')].find((d) => d.metadata.name === name)?.spec.replicas;
    const r = platform.argocd.argoCd.replicas;
    expect([replicas('argocd-server'), replicas('argocd-repo-server'), replicas('argocd-application-controller')]).toEqual([r.server, r.repoServer, r.controller]);
    expect(kinds(argocdRender, 'PodDisruptionBudget').map((p) => p.metadata.name)).toEqual(expect.arrayContaining(['argocd-server', 'argocd-repo-server', 'argocd-application-controller']));
  });

  test('Argo Rollouts: two controller replicas (leader election) under a disruption budget, and the read-only dashboard', () => {
    const controller = kinds(rolloutsRender, 'Deployment').find((d) => d.metadata.name === 'argo-rollouts');
    expect(controller.spec.replicas).toBe(2);
    expect(kinds(rolloutsRender, 'PodDisruptionBudget').map((p) => p.metadata.name)).toContain('argo-rollouts');
    expect(kinds(rolloutsRender, 'Deployment').map((d) => d.metadata.name)).toContain('argo-rollouts-dashboard');
    // read-only is RBAC: the dashboard's ClusterRole may read but not change Rollouts, AnalysisRuns or Deployments
    const role = kinds(rolloutsRender, 'ClusterRole').find((r) => r.metadata.name === 'argo-rollouts-dashboard');
    const verbs = new Set(role.rules.filter((r: any) => r.apiGroups.some((g: string) => ['argoproj.io', 'apps', ''].includes(g))).flatMap((r: any) => r.verbs));
    expect([...verbs].sort()).toEqual(['get', 'list', 'watch']);
  });

  test('a cluster whose Rollouts use the Gateway API plugin: the controller registers it and may get, list, watch, update and patch HTTPRoutes', () => {
    const gateway = routed.filter((i) => JSON.stringify(i.values).includes('trafficRouterPlugins'));
    expect(gateway.length).toBeGreaterThan(0);
    for (const install of gateway) {
      const objects = render(install);
      const verbs = kinds(objects, 'ClusterRole')
        .filter((r) => r.metadata.name === 'argo-rollouts')
        .flatMap((r) => r.rules)
        .filter((rule: any) => rule.apiGroups.includes('gateway.networking.k8s.io') && rule.resources.includes('httproutes'))
        .flatMap((rule: any) => rule.verbs);
      expect([...new Set(verbs)].sort()).toEqual(['get', 'list', 'patch', 'update', 'watch']);
      const config = kinds(objects, 'ConfigMap').find((c) => c.metadata.name === 'argo-rollouts-config');
      expect(config.data.trafficRouterPlugins).toContain('argoproj-labs/gatewayAPI');
    }
  });

  describe('every value the tree sets changes the render (none is a no-op or a misspelt key)', () => {
    /** Every leaf path of a values object (arrays and empty maps are leaves). */
    const leaves = (v: any, at: string[] = []): string[][] =>
      typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length > 0 ? Object.entries(v).flatMap(([k, x]) => leaves(x, [...at, k])) : [at];
    const edited = (v: any, p: string[], edit: (parent: any, key: string) => void): any => {
      const copy = JSON.parse(JSON.stringify(v));
      let node = copy;
      for (const k of p.slice(0, -1)) node = node[k];
      edit(node, p[p.length - 1]);
      return copy;
    };
    /** Another value of the same type: the chart must read the key for the render to change. */
    const other = (x: unknown): unknown => (typeof x === 'boolean' ? !x : typeof x === 'number' ? x + 1 : typeof x === 'string' ? `${x}-changed` : []);
    const cases = distinct.flatMap((install) => leaves(install.values).map((p) => ({ install, p, name: `${install.chart}: ${p.join('.')}` })));

    test(`removing any one of the ${cases.length} leaf values changes what helm renders, but for the chart defaults a setting decides (each still read by the chart)`, async () => {
      const renderOf = (install: HelmInstall, values: unknown) => templateTextOf({ ...install, values, apiVersions: API_VERSIONS });
      const full = new Map<HelmInstall, string>();
      for (const install of distinct) full.set(install, await renderOf(install, install.values));
      const unchanged: string[] = [];
      const unread: string[] = [];
      let next = 0;
      const worker = async () => {
        while (next < cases.length) {
          const c = cases[next++];
          const removed = await renderOf(c.install, edited(c.install.values, c.p, (parent, key) => delete parent[key]));
          if (removed !== full.get(c.install)) continue;
          unchanged.push(c.name);
          const changed = await renderOf(c.install, edited(c.install.values, c.p, (parent, key) => (parent[key] = other(parent[key]))));
          if (changed === full.get(c.install)) unread.push(c.name);
        }
      };
      await Promise.all([worker(), worker()]);
      expect(unchanged.sort()).toEqual(Object.keys(DEFAULT_TODAY).filter((k) => cases.some((c) => c.name === k)).sort());
      expect(unread).toEqual([]);
    }, 120000);
  });
});
