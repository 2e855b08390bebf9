import { gridos } from './fixtures/config/apps/gridos';
import { ConfigError } from '../src/model/errors';
import { EnvironmentSettings, mergeSettings } from '../src/model/application';
import { GATEWAY_API_PLUGIN, Traffic, TrafficCases } from '../src/model/traffic';
import { routedSplit } from '../src/model/traffic-share';
import { synthesize } from '../src/synthesize';
import { platformWith, tags, trafficPlatform, withEnv } from './support/fixtures';

const AGC = { name: 'agc-gateway', namespace: 'azure-alb', sectionName: 'https' };

describe('Traffic: one choice per environment, three modes', () => {
  test.each<[string, Traffic, { mode: string; label: string; summary: string; routed: boolean; plugin: unknown; terminatesTls: boolean }]>([
    ['agic', Traffic.agic(), { mode: 'agic', label: 'AGIC', summary: 'AGIC Ingress, replica-weighted', routed: false, plugin: undefined, terminatesTls: true }],
    [
      'gatewayApi',
      Traffic.gatewayApi({ gateway: AGC }),
      {
        mode: 'gateway-api',
        label: 'Gateway API',
        summary: 'Gateway API HTTPRoute on Gateway azure-alb/agc-gateway, listener https, exact weights',
        routed: true,
        plugin: GATEWAY_API_PLUGIN,
        terminatesTls: false,
      },
    ],
    ['nginx', Traffic.nginx(), { mode: 'nginx', label: 'NGINX', summary: 'NGINX Ingress (class nginx), exact weights', routed: true, plugin: undefined, terminatesTls: true }],
  ])('Traffic.%s()', (_name, t, want) => {
    // GIVEN a factory  THEN its mode, names and what it needs
    expect({ mode: t.mode, label: t.label, summary: t.summary, routed: t.routed, plugin: t.plugin, terminatesTls: t.terminatesTls }).toEqual(want);
  });

  test('defaults: a listener is optional, the NGINX class is nginx, settings without traffic are AGIC', () => {
    expect(Traffic.gatewayApi({ gateway: { name: 'gw', namespace: 'infra' } }).gateway).toEqual({ name: 'gw', namespace: 'infra' });
    expect(Traffic.gatewayApi({ gateway: { name: 'gw', namespace: 'infra' } }).summary).toBe('Gateway API HTTPRoute on Gateway infra/gw, exact weights');
    expect(Traffic.nginx().ingressClassName).toBe('nginx');
    expect(Traffic.nginx({ ingressClassName: 'nginx-internal' }).ingressClassName).toBe('nginx-internal');
    expect(Traffic.of(undefined).mode).toBe('agic');
    expect(gridos.defaults.traffic).toBeUndefined();
  });

  test('each way says how the host reaches the pods (dist/README.md) and picks its own case of a choice (the chart\'s construct)', () => {
    const gateway = Traffic.gatewayApi({ gateway: AGC });
    expect([Traffic.agic(), gateway, Traffic.nginx()].map((t) => [t.routeKind, t.describeRoute('`web.example.com`', 'web')])).toEqual([
      ['Ingress', "AGIC Ingress, replica-weighted: `web.example.com` through Ingress `web` to the Service of every pod, so the canary's share follows the pod counts"],
      [
        'HTTPRoute',
        "Gateway API HTTPRoute on Gateway azure-alb/agc-gateway, listener https, exact weights: `web.example.com` through HTTPRoute `web` to the stable and canary Services, weighted by the Argo Rollouts Gateway API plugin (registered in this cluster's Argo Rollouts install)",
      ],
      ['Ingress', 'NGINX Ingress (class nginx), exact weights: `web.example.com` through Ingress `web` to the stable Service; Argo Rollouts adds the weighted canary Ingress'],
    ]);
    const cases: TrafficCases<unknown> = { agic: () => 'agic', gatewayApi: (g, p) => [g, p], nginx: (c) => `nginx ${c}` };
    expect([Traffic.agic().select(cases), gateway.select(cases), Traffic.nginx({ ingressClassName: 'internal' }).select(cases)]).toEqual(['agic', [AGC, GATEWAY_API_PLUGIN], 'nginx internal']);
  });

  test('the plugin is pinned to a release asset (a URL only: nothing is downloaded at synth or test time)', () => {
    expect(GATEWAY_API_PLUGIN).toEqual({
      name: 'argoproj-labs/gatewayAPI',
      location: 'https://github.com/argoproj-labs/rollouts-plugin-trafficrouter-gatewayapi/releases/download/v0.13.0/gatewayapi-plugin-linux-amd64',
    });
  });

  test('an environment override replaces the traffic whole (a Traffic is a value, not merged key by key)', () => {
    // GIVEN defaults on NGINX with its own class, and an override to Gateway API
    const defaults: EnvironmentSettings = { ...gridos.defaults, traffic: Traffic.nginx({ ingressClassName: 'nginx-internal' }) };
    const merged = mergeSettings(defaults, { traffic: Traffic.gatewayApi({ gateway: AGC }) });
    // THEN the override's Traffic, intact (methods and all), with nothing left of the NGINX one
    expect(merged.traffic).toBeInstanceOf(Traffic);
    expect(merged.traffic!.mode).toBe('gateway-api');
    expect(merged.traffic!.ingressClassName).toBeUndefined();
    expect(merged.traffic!.routed).toBe(true);
    // AND object literals still merge key by key
    expect(mergeSettings(defaults, { scaling: { minReplicas: 3 } }).scaling).toEqual({ ...gridos.defaults.scaling, minReplicas: 3 });
    expect(mergeSettings(defaults, {}).traffic).toBe(defaults.traffic);
  });

  test('routed pod counts: the canary gets ceil(weight × replicas), the stable side stays fully scaled, the share is the weight', () => {
    expect([10, 25, 50, 100].map((w) => routedSplit(5, w))).toEqual([
      { weight: 10, canary: 1, stable: 5, effective: 10 },
      { weight: 25, canary: 2, stable: 5, effective: 25 },
      { weight: 50, canary: 3, stable: 5, effective: 50 },
      { weight: 100, canary: 5, stable: 5, effective: 100 },
    ]);
  });
});

describe('configuration checks of the traffic settings (app, environment, field and value named)', () => {
  const expectError = (p: Parameters<typeof synthesize>[0], message: string) => {
    let err: unknown;
    try {
      synthesize(p, tags());
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toBe(message);
  };
  const onEnv = (env: string, traffic: unknown) => withEnv(env, (e) => ({ ...e, overrides: { ...e.overrides, traffic: traffic as Traffic } }));

  test.each<[string, () => Traffic, string]>([
    ['an empty Gateway name', () => Traffic.gatewayApi({ gateway: { name: '', namespace: 'azure-alb' } }), 'Traffic.gatewayApi: gateway.name "" must be a DNS label (lowercase letters, digits, \'-\')'],
    [
      'a Gateway name that is no DNS label',
      () => Traffic.gatewayApi({ gateway: { name: 'AGC_Gateway', namespace: 'azure-alb' } }),
      'Traffic.gatewayApi: gateway.name "AGC_Gateway" must be a DNS label (lowercase letters, digits, \'-\')',
    ],
    [
      'a Gateway namespace that is no DNS label',
      () => Traffic.gatewayApi({ gateway: { name: 'agc-gateway', namespace: 'azure.alb' } }),
      'Traffic.gatewayApi: gateway.namespace "azure.alb" must be a DNS label (lowercase letters, digits, \'-\')',
    ],
    [
      'a listener name with capitals',
      () => Traffic.gatewayApi({ gateway: { name: 'agc-gateway', namespace: 'azure-alb', sectionName: 'HTTPS' } }),
      'Traffic.gatewayApi: gateway.sectionName "HTTPS" must be a Gateway listener name (lowercase DNS subdomain)',
    ],
    ['an IngressClass name with capitals', () => Traffic.nginx({ ingressClassName: 'NGINX' }), 'Traffic.nginx: ingressClassName "NGINX" must be an IngressClass name (lowercase DNS subdomain)'],
  ])('%s is refused where the Traffic is made, naming the factory, field and value', (_case, make, message) => {
    // GIVEN a factory call with the mistake  WHEN made  THEN one configuration error naming it
    let err: unknown;
    try {
      make();
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toBe(message);
  });

  test.each<[string, Parameters<typeof synthesize>[0], string]>([
    [
      'an object literal instead of a Traffic',
      onEnv('dev', { mode: 'nginx' }),
      'gridos/dev: overrides.traffic must be Traffic.agic(), Traffic.gatewayApi({ gateway }) or Traffic.nginx(), got {"mode":"nginx"}',
    ],
    [
      'a traffic router without a public host',
      platformWith((app) => ({ ...app, defaults: { ...app.defaults, ingress: undefined, traffic: Traffic.nginx() } })),
      // every environment states its own host, so only the defaults (the base) lack one
      "gridos (defaults): traffic NGINX needs ingress.host: its router weights the public host's traffic, and none is set",
    ],
  ])('%s', (_case, p, message) => {
    // GIVEN a configuration with the mistake  WHEN synthesizing  THEN one configuration error naming it
    expectError(p, message);
  });

  test('an NGINX Ingress serves TLS, so it needs the certificate; behind a Gateway the Gateway holds it', () => {
    const noCert = (traffic: Traffic) => platformWith((app) => ({ ...app, tlsCertificate: undefined, defaults: { ...app.defaults, traffic } }));
    expect(() => synthesize(noCert(Traffic.nginx()), tags())).toThrow("gridos (defaults): ingress needs the application's tlsCertificate (a Key Vault certificate name); none is set");
    const r = synthesize(noCert(Traffic.gatewayApi({ gateway: AGC })), tags());
    expect(r.intended.get('gridos/prod')!.filter((o) => o.kind === 'HTTPRoute').map((o) => o.metadata.name)).toEqual(['gridos']);
  });

  test('the fixture platform (dev NGINX, test Gateway API, prod AGIC) is valid', () => {
    expect(() => synthesize(trafficPlatform(), tags())).not.toThrow();
  });
});
