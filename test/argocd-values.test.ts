import * as fs from 'fs';
import * as path from 'path';
import { yamlDocuments, yamlValue } from './support/yaml';
import { argoCdValues, rolloutsValues } from '../src/constructs/argocd/install-values';
import { NOTIFICATION_TRIGGERS } from '../src/constructs/argocd/notifications';
import { platform } from './fixtures/config/platform';
import { helmKeysFile, keySkeleton, pinnedCharts } from '../src/codegen/helm-reference';
import { GATEWAY_API_PLUGIN } from '../src/model/traffic';
import { PROJECT_ROOT } from '../src/tree/layout';
import { synthesize } from '../src/synthesize';
import { tags } from './support/fixtures';

/**
 * The key skeletons of the charts' default values at the pinned versions, generated into imports/helm/ by
 * `npm run import` from the charts' values.yaml (committed, so this runs offline and on any CI).
 */
const keys = (chart: string, version: string) => JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, helmKeysFile(chart, version)), 'utf8'));
const ARGO_CD_DEFAULTS = keys('argo-cd', platform.argocd.argoCd.chartVersion);
const ROLLOUTS_DEFAULTS = keys('argo-rollouts', platform.argocd.rollouts.chartVersion);

/**
 * Maps the charts pass through as they are, so any key is valid below them. Each is `{}` (or a map of examples) in
 * the defaults, which the test checks too.
 */
const FREE_FORM: Record<string, { paths: string[][]; why: Record<string, string> }> = {
  'argo-cd': {
    paths: [
      ['configs', 'cm'],
      ['configs', 'params'],
      ['crds', 'annotations'],
      ['notifications', 'notifiers'],
      ['notifications', 'triggers'],
      ['notifications', 'templates'],
      ...['controller', 'server', 'repoServer'].map((c) => [c, 'metrics', 'serviceMonitor', 'additionalLabels']),
    ],
    why: {
      ...Object.fromEntries(['controller', 'server', 'repoServer'].map((c) => [`${c}.metrics.serviceMonitor.additionalLabels`, 'labels of the ServiceMonitor: the ones the clusters\' Prometheus selects it by'])),
      'configs.cm': 'every key becomes an entry of the argocd-cm ConfigMap (oidc.config is documented there, commented out)',
      'configs.params': 'every key becomes an entry of argocd-cmd-params-cm (server.insecure is one of them)',
      'crds.annotations': 'annotations of the CRDs; the default already holds one argocd.argoproj.io/sync-options entry',
      'notifications.notifiers': 'service.<name> entries of argocd-notifications-cm (service.slack is the commented example)',
      'notifications.triggers': 'trigger.<name> entries of argocd-notifications-cm (the chart ships none)',
      'notifications.templates': 'template.<name> entries of argocd-notifications-cm (the chart ships none)',
    },
  },
  'argo-rollouts': {
    paths: [['crdAnnotations'], ['controller', 'metrics', 'serviceMonitor', 'additionalLabels']],
    why: {
      crdAnnotations: 'annotations added to every CRD',
      'controller.metrics.serviceMonitor.additionalLabels': "labels of the ServiceMonitor: the ones the clusters' Prometheus selects it by",
    },
  },
};

/** Every path to a leaf (scalar, array or empty map) of a values tree. */
function leafPaths(values: unknown, prefix: string[] = []): string[][] {
  if (typeof values !== 'object' || values === null || Array.isArray(values) || Object.keys(values).length === 0) return [prefix];
  return Object.entries(values as Record<string, unknown>).flatMap(([k, v]) => leafPaths(v, [...prefix, k]));
}

/** Whether the chart's defaults contain the key path (the value may be null, like `minAvailable: # 1`). */
function existsIn(defaults: unknown, p: readonly string[]): boolean {
  let node: unknown = defaults;
  for (const key of p) {
    if (typeof node !== 'object' || node === null || Array.isArray(node) || !(key in (node as object))) return false;
    node = (node as Record<string, unknown>)[key];
  }
  return true;
}

const startsWith = (p: readonly string[], prefix: readonly string[]) => prefix.every((k, i) => p[i] === k);

/** A component's metrics and ServiceMonitor, labelled as the platform's Prometheus selects them. */
const METRICS = { enabled: true, serviceMonitor: { enabled: true, additionalLabels: platform.monitoring.selectorLabels } };

// The values as shipped in dist/: the argo-cd values file, and the values of every argo-rollouts Application.
const TREE = synthesize(platform, tags()).tree;
const SHIPPED_ARGO_CD = yamlValue(TREE.get('dist/argocd/install/argocd-values.yaml')!);
const SHIPPED_ROLLOUTS = yamlDocuments(TREE.get('dist/argocd/install/argo-rollouts-install.yaml')!);

describe.each<[string, Record<string, unknown>, unknown]>([
  ['argo-cd', SHIPPED_ARGO_CD, ARGO_CD_DEFAULTS],
  ...SHIPPED_ROLLOUTS.map((app): [string, Record<string, unknown>, unknown] => ['argo-rollouts', app.spec.sources[0].helm.valuesObject, ROLLOUTS_DEFAULTS]),
  // a cluster whose Rollouts route through Gateway API: the plugin and its RBAC (test/traffic-routing.test.ts)
  ['argo-rollouts', rolloutsValues(platform.monitoring, [GATEWAY_API_PLUGIN]), ROLLOUTS_DEFAULTS],
])('Helm values of the %s chart', (chart, values, defaults) => {
  const free = FREE_FORM[chart];

  test('every leaf path we set exists in the chart\'s default values, except under a free-form map', () => {
    const unknown = leafPaths(values).filter((p) => !free.paths.some((f) => startsWith(p, f)) && !existsIn(defaults, p));
    expect(unknown.map((p) => p.join('.'))).toEqual([]);
  });

  test('each free-form exception is a map in the chart\'s defaults, has a reason, and is used', () => {
    for (const f of free.paths) {
      const node = f.reduce<any>((n, k) => n?.[k], defaults);
      expect({ path: f.join('.'), isMap: typeof node === 'object' && node !== null && !Array.isArray(node) }).toEqual({ path: f.join('.'), isMap: true });
      expect(free.why[f.join('.')]).toBeDefined();
      expect(leafPaths(values).some((p) => startsWith(p, f))).toBe(true);
    }
  });

  test('the check itself catches a misspelt key', () => {
    expect(existsIn(defaults, ['controller', 'replicas'])).toBe(true);
    expect(existsIn(defaults, ['controller', 'replica'])).toBe(false);
  });
});

describe('Argo CD values', () => {
  const v = argoCdValues(platform.argocd, platform.monitoring) as any;

  test('high availability: 3 server, 3 repo-server, 3 controller replicas, redis-ha, disruption budgets', () => {
    expect([v.server.replicas, v.repoServer.replicas, v.controller.replicas]).toEqual([3, 3, 3]);
    expect(v['redis-ha']).toEqual({ enabled: true });
    for (const c of [v.server, v.repoServer, v.controller]) expect(c.pdb).toEqual({ enabled: true, maxUnavailable: 1 });
  });

  test('every component Prometheus alerts on exports metrics with a ServiceMonitor the clusters\' Prometheus selects', () => {
    for (const c of [v.controller, v.server, v.repoServer]) expect(c.metrics).toEqual(METRICS);
  });

  test('the domain is the AGIC Ingress\'s host (the rendered chart has no Ingress of its own: test/helm-render.test.ts)', () => {
    expect(v.global.domain).toBe('argocd.gridos.example.com');
  });

  test('Slack through a Secret reference: the chart creates no Secret and no token is in the values', () => {
    expect(v.notifications.secret).toEqual({ create: false, name: 'argocd-notifications-secret' });
    expect(v.notifications.notifiers).toEqual({ 'service.slack': 'token: $slack-token\n' });
    expect(JSON.stringify(v)).not.toMatch(/xox[abp]-/);
  });

  test('every trigger the Applications subscribe to is defined, with its template', () => {
    for (const t of NOTIFICATION_TRIGGERS) {
      const trigger = yamlValue(v.notifications.triggers[`trigger.${t.trigger}`]);
      expect(trigger[0].send).toEqual([t.template]);
      expect(yamlValue(v.notifications.templates[`template.${t.template}`]).message).toBe(t.message);
    }
    expect(Object.keys(v.notifications.triggers)).toEqual(['trigger.on-sync-failed', 'trigger.on-health-degraded', 'trigger.on-deployed']);
  });

  test('single sign-on through Entra ID, the client secret referenced from a Secret', () => {
    const oidc = yamlValue(v.configs.cm['oidc.config']);
    expect(oidc).toMatchObject({
      issuer: 'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0',
      clientSecret: '$argocd-oidc:client-secret',
      requestedIDTokenClaims: { groups: { essential: true } },
    });
  });

  test('the values file in dist/ is these values', () => {
    expect(TREE.get('dist/argocd/install/argocd-values.yaml')!.startsWith('# Generated by gridops from ')).toBe(true);
    expect(SHIPPED_ARGO_CD).toEqual(JSON.parse(JSON.stringify(v)));
  });
});

describe('Argo Rollouts values', () => {
  test('the dashboard is on, read-only; the controller has a disruption budget (its two replicas: test/helm-render.test.ts)', () => {
    const v = rolloutsValues(platform.monitoring) as any;
    // one argo-rollouts Application per cluster of the fixture platform (the loop below is over them, never over none)
    expect(SHIPPED_ROLLOUTS.map((a) => a.metadata.name)).toEqual(['argo-rollouts-aks-gridos-dev', 'argo-rollouts-aks-gridos-test', 'argo-rollouts-aks-gridos-prod']);
    for (const app of SHIPPED_ROLLOUTS) expect(app.spec.sources[0].helm.valuesObject).toEqual(v);
    expect(v.dashboard).toEqual({ enabled: true, readonly: true });
    expect(v.controller).toEqual({ pdb: { enabled: true, maxUnavailable: 1 }, metrics: METRICS });
    // and the same fields read from the rendered Applications, not only from the model function that writes them
    for (const app of SHIPPED_ROLLOUTS) {
      const rendered = app.spec.sources[0].helm.valuesObject;
      expect({ app: app.metadata.name, dashboard: rendered.dashboard, controller: rendered.controller }).toEqual({
        app: app.metadata.name,
        dashboard: { enabled: true, readonly: true },
        controller: { pdb: { enabled: true, maxUnavailable: 1 }, metrics: METRICS },
      });
    }
  });
});

describe('Helm key skeletons (imports/helm/)', () => {
  test('keep every map and key, drop every value', () => {
    expect(keySkeleton({ a: { b: 1, c: [1, 2], d: {} }, e: 'x' })).toEqual({ a: { b: null, c: null, d: {} }, e: null });
  });

  // Beside this checkout (and in its CI) the pinned charts' default values are in ../shared; a copy without them
  // reports this test as skipped rather than passing it unchecked.
  const reference = path.join(PROJECT_ROOT, '..', 'shared', 'reference', 'argo-helm');
  (fs.existsSync(reference) ? test : test.skip)('are current with the pinned charts\' values (the reference beside the checkout)', () => {
    const dir = reference;
    for (const { chart, version } of pinnedCharts(platform)) {
      const values = yamlValue(fs.readFileSync(path.join(dir, `${chart}-${version}-values.yaml`), 'utf8'));
      expect(keys(chart, version)).toEqual(keySkeleton(values));
    }
  });
});
