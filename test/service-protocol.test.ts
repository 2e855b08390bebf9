import { Testing } from 'cdk8s';
import { ApplicationChart } from '../charts/application-chart';
import { CanaryServices } from '../src/constructs/workload/canary-services';
import { AppLabels } from '../src/constructs/workload/labels';
import { PrometheusAnalysis } from '../src/constructs/monitoring/prometheus-analysis';
import { gridos } from './fixtures/config/apps/gridos';
import { gridTelemetry } from './fixtures/config/apps/grid-telemetry';
import { platform } from './fixtures/config/platform';
import { ApplicationConfig, ContainerConfig } from '../src/model/application';
import { variantNetwork } from '../src/model/network';
import { PlatformConfig } from '../src/model/platform';
import { GRPC_SERVER_ERROR_CODES, ServiceProtocol } from '../src/model/service-protocol';
import { synthesize } from '../src/synthesize';
import { tags } from './support/fixtures';

/** The shipped platform with one application changed. */
function changed(name: string, change: (a: ApplicationConfig) => ApplicationConfig): PlatformConfig {
  return { ...platform, applications: platform.applications.map((a) => (a.name === name ? change(a) : a)) };
}
const container = (name: string, c: Partial<Record<keyof ContainerConfig, unknown>>) => changed(name, (a) => ({ ...a, container: { ...a.container, ...c } as ContainerConfig }));

describe('ServiceProtocol', () => {
  test.each<[string, ServiceProtocol, unknown]>([
    [
      'http()',
      ServiceProtocol.http(),
      {
        name: 'http',
        portName: 'http',
        appProtocol: undefined,
        probesByPath: true,
        servicePort: 80,
        metrics: { requestsTotal: 'http_requests_total', outcomeLabel: 'code', successMatcher: 'code=~"2..|3.."', errorMatcher: 'code=~"5.."', durationBucket: 'http_request_duration_seconds_bucket' },
      },
    ],
    [
      'grpc()',
      ServiceProtocol.grpc(),
      {
        name: 'grpc',
        portName: 'grpc',
        appProtocol: 'kubernetes.io/h2c',
        probesByPath: false,
        servicePort: 50051,
        metrics: {
          requestsTotal: 'grpc_server_handled_total',
          outcomeLabel: 'grpc_code',
          successMatcher: 'grpc_code="OK"',
          errorMatcher: 'grpc_code=~"Unknown|DeadlineExceeded|Unimplemented|Internal|Unavailable|DataLoss"',
          durationBucket: 'grpc_server_handling_seconds_bucket',
        },
      },
    ],
  ])('%s', (_name, p, expected) => {
    expect({ name: p.name, portName: p.portName, appProtocol: p.appProtocol, probesByPath: p.probesByPath, servicePort: p.servicePort(50051), metrics: p.metrics }).toEqual(expected);
  });

  test('what each protocol decides: the probes, the README\'s words, whether an ingress may expose it', () => {
    const c = { port: 8080, readinessPath: '/ready', livenessPath: '/live' };
    const http = ServiceProtocol.http();
    const grpc = ServiceProtocol.grpc();
    expect([http.probe('/ready', 8080), grpc.probe(undefined, 50051)]).toEqual([{ httpGet: { path: '/ready', port: 'http' } }, { grpc: { port: 50051 } }]);
    expect([http.title, grpc.title]).toEqual(['HTTP', 'gRPC']);
    expect(http.describeProbes(c)).toBe('the probes GET `/ready` (readiness), `/live` (liveness) and `/live` (startup)');
    expect(grpc.describeProbes(c)).toBe('the kubelet probes it with the gRPC health checking protocol (`grpc.health.v1.Health`)');
    expect(http.exposureProblem('web/dev', 'web.example.com')).toBeUndefined();
    expect(grpc.exposureProblem('web/dev', 'web.example.com')).toBe(
      'web/dev: ingress.host "web.example.com" is set, but the container serves grpc: gridops exposes only http containers (the AGIC and NGINX Ingresses and the HTTPRoute speak HTTP/1.1); remove the ingress',
    );
    expect([http.containerProblems('web', c), grpc.containerProblems('web', { port: 50051, metricsPort: 9090 })]).toEqual([[], []]);
  });

  test('the gRPC error rate counts the codes that mean the server failed, not the caller\'s mistakes', () => {
    expect(GRPC_SERVER_ERROR_CODES).toEqual(['Unknown', 'DeadlineExceeded', 'Unimplemented', 'Internal', 'Unavailable', 'DataLoss']);
  });
});

describe('constructs take the protocol, HTTP by default', () => {
  const labels = new AppLabels('web');

  test('CanaryServices: an http port named http on 80 by default; grpc names the port and sets appProtocol', () => {
    const chart = Testing.chart();
    new CanaryServices(chart, 'Http', { labels, namespace: 'web', containerPort: 8080 });
    const [http] = Testing.synth(chart);
    expect(http.spec.ports).toEqual([{ name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' }]);
    const chart2 = Testing.chart();
    expect(new CanaryServices(chart2, 'Grpc', { labels, namespace: 'web', containerPort: 9000, protocol: ServiceProtocol.grpc() }).port).toBe(9000);
    expect(Testing.synth(chart2).map((s) => s.spec.ports)).toEqual(Array(3).fill([{ name: 'grpc', port: 9000, targetPort: 'grpc', protocol: 'TCP', appProtocol: 'kubernetes.io/h2c' }]));
  });

  test('PrometheusAnalysis: the HTTP queries unless told otherwise', () => {
    const chart = Testing.chart();
    new PrometheusAnalysis(chart, 'Analysis', { labels, namespace: 'web', analysis: gridos.defaults.analysis });
    const [t] = Testing.synth(chart);
    expect(t.spec.metrics.map((m: any) => m.provider.prometheus.query.match(/[a-z_]+(?=\{)/)[0])).toEqual(['http_requests_total', 'http_request_duration_seconds_bucket', 'http_requests_total']);
  });

  test('an http container without its probe paths is refused where it is configured (the CanaryRollout relies on it)', () => {
    const base = new ApplicationChart(Testing.app(), 'Base', { app: gridos, settings: gridos.defaults, monitoring: platform.monitoring, rolloutOperators: platform.argocd.groups.sre, network: variantNetwork(platform, gridos) });
    expect(base.rollout.name).toBe('gridos');
    expect(ServiceProtocol.http().containerProblems('web', { port: 8080, livenessPath: '/live' })).toEqual([
      'web: container.readinessPath is required for an http container (its probe GETs that path); none is set',
    ]);
  });
});

describe('configuration errors about the protocol name the application, field and value', () => {
  test.each<[string, PlatformConfig, string]>([
    ['an http container without a readiness path', container('gridos', { readinessPath: undefined }), 'gridos: container.readinessPath is required for an http container (its probe GETs that path); none is set'],
    [
      'a grpc container with a path',
      container('grid-telemetry', { livenessPath: '/healthz' }),
      'grid-telemetry: container.livenessPath "/healthz" is set, but a grpc container is probed with the gRPC health checking protocol, not on a path: remove it',
    ],
    [
      'a grpc container without a metrics port',
      container('grid-telemetry', { metricsPort: undefined }),
      'grid-telemetry: container.metricsPort is required for a grpc container (a port other than container.port 50051): Prometheus scrapes /metrics over HTTP/1.1, not from the grpc port',
    ],
    [
      'a grpc container serving metrics on its gRPC port',
      container('grid-telemetry', { metricsPort: 50051 }),
      'grid-telemetry: container.metricsPort 50051 must differ from container.port for a grpc container: Prometheus scrapes /metrics over HTTP/1.1, not from the grpc port',
    ],
    [
      'something else as the protocol',
      container('grid-telemetry', { protocol: { name: 'grpc' } }),
      'grid-telemetry: container.protocol must be ServiceProtocol.http() or ServiceProtocol.grpc(), got {"name":"grpc"}',
    ],
    [
      'an exposed grpc container',
      changed('grid-telemetry', (a) => ({ ...a, tlsCertificate: 'grid-telemetry-tls', environments: a.environments.map((e) => (e.name === 'prod' ? { ...e, overrides: { ingress: { host: 'telemetry.example.com' } } } : e)) })),
      'grid-telemetry/prod: ingress.host "telemetry.example.com" is set, but the container serves grpc: gridops exposes only http containers (the AGIC and NGINX Ingresses and the HTTPRoute speak HTTP/1.1); remove the ingress',
    ],
  ])('%s', (_name, p, message) => {
    expect(() => synthesize(p, tags())).toThrow(message);
  });

  test('the shipped grid-telemetry is a grpc container with a metrics port of its own and no paths', () => {
    expect(gridTelemetry.container).toEqual({ port: 50051, protocol: ServiceProtocol.grpc(), metricsPort: 9090 });
  });
});
