import { Testing } from 'cdk8s';
import { ApplicationChart } from '../charts/application-chart';
import { TrafficExposure } from '../src/constructs/traffic/traffic-exposure';
import { AppLabels } from '../src/constructs/workload/labels';
import { variantNetwork } from '../src/model/network';
import { Traffic } from '../src/model/traffic';
import { gridos } from './fixtures/config/apps/gridos';
import { platform } from './fixtures/config/platform';

describe('TrafficExposure', () => {
  // the Services and the Key Vault of a chart of the fixture's GridOS
  const base = new ApplicationChart(Testing.app(), 'Base', { app: gridos, settings: gridos.defaults, monitoring: platform.monitoring, rolloutOperators: platform.argocd.groups.sre, network: variantNetwork(platform, gridos) });
  const expose = (traffic: Traffic) => {
    const chart = Testing.chart();
    const exposure = TrafficExposure.expose(chart, {
      labels: new AppLabels('gridos'),
      namespace: 'gridos',
      host: 'gridos.example.com',
      traffic,
      services: base.services,
      vault: base.vault,
      healthProbe: { path: '/healthz/ready', port: 8080 },
    });
    return { exposure, ids: chart.node.children.map((c) => c.node.id), objects: Testing.synth(chart) };
  };

  test.each<[string, Traffic, string, string, unknown]>([
    ['AGIC', Traffic.agic(), 'Ingress', 'azure-application-gateway', undefined],
    ['NGINX', Traffic.nginx({ ingressClassName: 'nginx-public' }), 'Ingress', 'nginx-public', { nginx: { stableIngress: 'gridos' } }],
    ['Gateway API', Traffic.gatewayApi({ gateway: { name: 'agc-gateway', namespace: 'azure-alb' } }), 'Route', 'HTTPRoute', { plugins: { 'argoproj-labs/gatewayAPI': { httpRoute: 'gridos', namespace: 'gridos' } } }],
  ])('%s: the one object the traffic needs, as the scope\'s child of the id it always had, and the Rollout\'s router', (_name, traffic, id, classOrKind, routing) => {
    // GIVEN a traffic  WHEN exposed
    const { exposure, ids, objects } = expose(traffic);
    // THEN
    expect(ids).toEqual([id]);
    expect(objects).toHaveLength(1);
    expect(objects[0].kind === 'Ingress' ? objects[0].spec.ingressClassName : objects[0].kind).toBe(classOrKind);
    expect(exposure.trafficRouter?.trafficRouting).toEqual(routing);
  });
});
