import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ConfigError } from '../src/model/errors';
import { PROJECT_ROOT } from '../src/tree/layout';
import { readImportSpecs } from '../src/codegen/importer';
import { compileValidator, coreSchemas, prepareSchema, schemaStem } from '../src/codegen/schema-compiler';
import { leafFields } from '../src/migrate/flagger/entries';
import { checkTrafficSource } from '../src/migrate/flagger/edits';
import { CANARY_FIELD_RULES, flaggerWeights, migrateCanary, Migration, normalizedField, ruleOf } from '../src/migrate/flagger/map';
import { InputObject, objectsOfText, pruneNulls, readInput } from '../src/migrate/flagger/read';
import { entryRow, migrationReport } from '../src/migrate/flagger/report';
import { buildPodinfoKustomize, example, EXAMPLES, FLAGGER_FIXTURES, renderPodinfoChart } from './support/flagger';

/*
 * gridops migrate flagger, in process: what each field of a Canary and of its targets becomes (the exact report line),
 * what is refused (the exact one-line error), Flagger's example Canaries and the podinfo chart, and bad input.
 */

const CANARY = {
  apiVersion: 'flagger.app/v1beta1',
  kind: 'Canary',
  metadata: { name: 'web', namespace: 'shop' },
  spec: {
    provider: 'linkerd',
    targetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
    autoscalerRef: { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', name: 'web' },
    service: { port: 80, targetPort: 8080 },
    analysis: {
      interval: '1m',
      threshold: 3,
      maxWeight: 50,
      stepWeight: 10,
      metrics: [
        { name: 'request-success-rate', thresholdRange: { min: 99 }, interval: '2m' },
        { name: 'request-duration', thresholdRange: { max: 500 }, interval: '2m' },
      ],
    },
  },
};

const DEPLOYMENT = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'shop' },
  spec: {
    selector: { matchLabels: { app: 'web' } },
    template: {
      metadata: { labels: { app: 'web' } },
      spec: {
        containers: [
          {
            name: 'web',
            image: 'registry.example.com/shop/web:1.4.2',
            ports: [{ name: 'http', containerPort: 8080 }],
            readinessProbe: { httpGet: { path: '/ready', port: 'http' } },
            livenessProbe: { httpGet: { path: '/live', port: 'http' } },
            resources: { requests: { cpu: '250m', memory: '256Mi' }, limits: { cpu: '1', memory: '512Mi' } },
          },
        ],
      },
    },
  },
};

const HPA = {
  apiVersion: 'autoscaling/v2',
  kind: 'HorizontalPodAutoscaler',
  metadata: { name: 'web', namespace: 'shop' },
  spec: {
    scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
    minReplicas: 4,
    maxReplicas: 8,
    metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }],
  },
};

interface Input {
  canary: any;
  deployment: any;
  hpa: any;
  extra: any[];
}

/** The base input, changed by `change`. */
function input(change: (x: Input) => void = () => undefined): InputObject[] {
  const x: Input = { canary: structuredClone(CANARY), deployment: structuredClone(DEPLOYMENT), hpa: structuredClone(HPA), extra: [] };
  change(x);
  return [x.canary, x.deployment, x.hpa, ...x.extra].filter((o) => o !== undefined).map((object) => ({ file: 'in.yaml', object: pruneNulls(object) as any }));
}

function migrate(change?: (x: Input) => void, name?: string): Migration {
  return migrateCanary(input(change), { name });
}

/** The report line of a field of an object. */
function row(m: Migration, object: string, field: string): string | undefined {
  const e = m.entries.find((x) => x.object === object && x.field === field);
  return e && entryRow(e);
}

describe('the base Canary', () => {
  const m = migrate();

  test('becomes an application with the Canary\'s steps, analysis and scaling', () => {
    expect(m.draft).toEqual({
      name: 'web',
      image: 'registry.example.com/shop/web',
      tag: '1.4.2',
      container: { port: 8080, protocol: 'http', readinessPath: '/ready', livenessPath: '/live' },
      resources: { requests: { cpu: '250m', memory: '256Mi' }, limits: { cpu: '1', memory: '512Mi' } },
      settings: {},
      traffic: { mode: 'replica-weighted' },
      terminatesTls: false,
      scaling: { minReplicas: 4, maxReplicas: 8, targetCpuUtilization: 70, maxUnavailable: 1 },
      // 10…50 each held 1m; failed measurement 3 comes at 1m (initial delay) + 2 × 1m = 3m, before the 4m of pauses;
      // canary.trafficShareTolerance is left at its default (written as 5), so synth warns about far-off shares
      canary: { weights: [10, 20, 30, 40, 50, 100], pauses: ['1m', '1m', '1m', '1m', '1m'], maxSurge: '25%' },
      analysis: { successRateMin: 0.99, latencyP99MaxMs: 500, errorRateMax: 0.01, interval: '1m', abortOnFailure: 3, scrapeInterval: '30s', rateWindow: '2m' },
    });
  });

  test('the one warning: the mesh set exact weights, the replica-weighted shares at the HPA minimum', () => {
    expect(m.warnings).toEqual([
      'in.yaml: Canary web: spec.provider: "linkerd": Linkerd set each weight exactly; replica-weighted, with 4 pods (the HPA\'s minimum) the canary\'s share is 10%→20% (1+4), 20%→20% (1+4), 30%→25% (1+3), 40%→40% (2+3), 50%→50% (2+2), 100%→100% (4+0): up to 10 points off its weights; synth warns about every step more than 5 points off (canary.trafficShareTolerance is left at its default): raise scaling.minReplicas, or choose nginx or gatewayapi:v1 for exact weights',
    ]);
  });

  test('every field of the Canary and of its targets is in the report', () => {
    const canaryFields = leafFields(CANARY).filter((f) => f !== 'apiVersion' && f !== 'kind');
    for (const f of canaryFields) expect(m.entries.some((e) => e.object === 'Canary web' && (f === e.field || f.startsWith(`${e.field}.`) || f.startsWith(`${e.field}[`)))).toBe(true);
    expect(m.entries.map((e) => `${e.object} ${e.field}`)).toEqual([
      'Canary web metadata.name',
      'Canary web metadata.namespace',
      'Canary web spec.provider',
      'Canary web spec.targetRef',
      'Canary web spec.autoscalerRef.apiVersion',
      'Canary web spec.autoscalerRef.kind',
      'Canary web spec.autoscalerRef.name',
      'Canary web spec.service.port',
      'Canary web spec.service.targetPort',
      'Canary web spec.analysis.interval',
      'Canary web spec.analysis.threshold',
      'Canary web spec.analysis.maxWeight',
      'Canary web spec.analysis.stepWeight',
      'Canary web spec.analysis.metrics[0].name',
      'Canary web spec.analysis.metrics[0].thresholdRange.min',
      'Canary web spec.analysis.metrics[0].interval',
      'Canary web spec.analysis.metrics[1].name',
      'Canary web spec.analysis.metrics[1].thresholdRange.max',
      'Canary web spec.analysis.metrics[1].interval',
      'Deployment web metadata.name',
      'Deployment web metadata.namespace',
      'Deployment web spec.selector',
      'Deployment web spec.template.metadata.labels',
      'Deployment web spec.template.spec.containers[0].name',
      'Deployment web spec.template.spec.containers[0].image',
      'Deployment web spec.template.spec.containers[0].ports[0]',
      'Deployment web spec.template.spec.containers[0].readinessProbe',
      'Deployment web spec.template.spec.containers[0].livenessProbe',
      'Deployment web spec.template.spec.containers[0].resources.requests.cpu',
      'Deployment web spec.template.spec.containers[0].resources.requests.memory',
      'Deployment web spec.template.spec.containers[0].resources.limits.cpu',
      'Deployment web spec.template.spec.containers[0].resources.limits.memory',
      'HorizontalPodAutoscaler web metadata.name',
      'HorizontalPodAutoscaler web metadata.namespace',
      'HorizontalPodAutoscaler web spec.scaleTargetRef',
      'HorizontalPodAutoscaler web spec.minReplicas',
      'HorizontalPodAutoscaler web spec.maxReplicas',
      'HorizontalPodAutoscaler web spec.metrics[0]',
    ]);
  });
});

describe('what each field becomes: the report line', () => {
  type Row = [string, string, ((x: Input) => void) | undefined, string];
  const C = 'Canary web';
  const D = 'Deployment web';
  const H = 'HorizontalPodAutoscaler web';
  const c0 = 'spec.template.spec.containers[0]';
  test.each<Row>([
    // the weights, the threshold and the interval
    [C, 'spec.analysis.stepWeight', undefined, "| `spec.analysis.stepWeight` | `10` | mapped | canary.weights: [10, 20, 30, 40, 50, 100] | Flagger's weights 10, 20, 30, 40, 50, then promotion (100) |"],
    [C, 'spec.analysis.maxWeight', undefined, '| `spec.analysis.maxWeight` | `50` | mapped | the last weight before 100: 50 |  |'],
    [C, 'spec.analysis.stepWeight', (x) => { x.canary.spec.analysis.stepWeight = 20; }, "| `spec.analysis.stepWeight` | `20` | mapped | canary.weights: [20, 40, 60, 100] | Flagger's weights 20, 40, 60, then promotion (100) |"],
    [C, 'spec.analysis.stepWeight', (x) => { delete x.canary.spec.analysis.maxWeight; x.canary.spec.analysis.stepWeight = 25; }, "| `spec.analysis.stepWeight` | `25` | mapped | canary.weights: [25, 50, 75, 100] | Flagger's weights 25, 50, 75, 100, then promotion (100). Flagger held 100% for one interval before promoting; here 100% is the promotion itself. |"],
    [C, 'spec.analysis.stepWeights', (x) => { const a = x.canary.spec.analysis; delete a.stepWeight; delete a.maxWeight; a.stepWeights = [1, 5, 25, 60]; }, "| `spec.analysis.stepWeights` | `[1,5,25,60]` | mapped | canary.weights: [1, 5, 25, 60, 100] | Flagger's weights 1, 5, 25, 60, then promotion (100) |"],
    [C, 'spec.analysis.maxWeight', (x) => { const a = x.canary.spec.analysis; delete a.stepWeight; a.stepWeights = [10, 30]; }, '| `spec.analysis.maxWeight` | `50` | not migrated | — | Flagger ignores it with stepWeights (the last step weight is the maximum) |'],
    [C, 'spec.analysis.threshold', undefined, "| `spec.analysis.threshold` | `3` | mapped | analysis.abortOnFailure: 3 (the AnalysisTemplate's failureLimit: 2) | Flagger rolls back when failed checks ≥ 3; Argo Rollouts fails a metric when its failed measurements > failureLimit: failureLimit = threshold − 1 |"],
    [C, 'spec.analysis.interval', undefined, '| `spec.analysis.interval` | `"1m"` | changed | canary.pauses: ["1m", "1m", "1m", "1m", "1m"] and analysis.interval: "1m" | Flagger held each weight one interval and checked once per interval; here each weight is held 1m and the analysis measures every 1m on its own clock, from 1m after the first weight\'s pods are Ready |'],
    [C, 'spec.analysis.interval', (x) => { x.canary.spec.analysis.threshold = 8; }, '| `spec.analysis.interval` | `"1m"` | changed | canary.pauses: ["1m", "1m", "1m", "1m", "5m"] and analysis.interval: "1m" | Flagger held each weight one interval and checked once per interval; here each weight is held 1m and the analysis measures every 1m on its own clock, from 1m after the first weight\'s pods are Ready; the pause at 50% is 5m, not 1m, so that a canary failing from its first measurement reaches failed measurement 8 (at 8m) before promotion; one whose failures start later can be promoted with fewer (see What changes in meaning) |'],
    [C, 'spec.analysis.interval', (x) => { x.canary.spec.analysis.interval = '1m30s'; }, '| `spec.analysis.interval` | `"1m30s"` | changed | canary.pauses: ["90s", "90s", "90s", "90s", "90s"] and analysis.interval: "90s" | Flagger held each weight one interval and checked once per interval; here each weight is held 90s and the analysis measures every 90s on its own clock, from 1m after the first weight\'s pods are Ready |'],
    [C, 'spec.progressDeadlineSeconds', (x) => { x.canary.spec.progressDeadlineSeconds = 300; }, "| `spec.progressDeadlineSeconds` | `300` | mapped | canary.progressDeadline: \"5m\" (the Rollout's progressDeadlineSeconds, with progressDeadlineAbort) | a step whose pods make no progress for that long aborts the Rollout; the deadline is not counted during a pause |"],
    // the metrics
    [C, 'spec.analysis.metrics[0].thresholdRange.min', undefined, "| `spec.analysis.metrics[0].thresholdRange.min` | `99` | changed | analysis.successRateMin: 0.99 and analysis.errorRateMax: 0.01 | 99% is the ratio 0.99. Flagger's success rate counts every response but 5xx as a success: errorRateMax (the 5xx share) 0.01 is exactly its check; successRateMin counts 2xx and 3xx only, so 4xx responses now count against the canary too |"],
    [C, 'spec.analysis.metrics[0].threshold', (x) => { x.canary.spec.analysis.metrics[0] = { name: 'request-success-rate', threshold: 99.5 }; }, "| `spec.analysis.metrics[0].threshold` | `99.5` | changed | analysis.successRateMin: 0.995 and analysis.errorRateMax: 0.005 | 99.5% is the ratio 0.995. Flagger's success rate counts every response but 5xx as a success: errorRateMax (the 5xx share) 0.005 is exactly its check; successRateMin counts 2xx and 3xx only, so 4xx responses now count against the canary too |"],
    [C, 'spec.analysis.metrics[1].thresholdRange.max', undefined, '| `spec.analysis.metrics[1].thresholdRange.max` | `500` | changed | analysis.latencyP99MaxMs: 500 | a P99 of 500 ms; gridops reads the application\'s histogram in seconds (http_request_duration_seconds) and compares its p99 × 1000 with 500 |'],
    [C, 'spec.analysis.metrics[1].threshold', (x) => { x.canary.spec.analysis.metrics[1] = { name: 'request-duration', threshold: 250 }; }, '| `spec.analysis.metrics[1].threshold` | `250` | changed | analysis.latencyP99MaxMs: 250 | a P99 of 250 ms; gridops reads the application\'s histogram in seconds (http_request_duration_seconds) and compares its p99 × 1000 with 250 |'],
    [C, 'spec.analysis.metrics[0].interval', undefined, '| `spec.analysis.metrics[0].interval` | `"2m"` | mapped | analysis.rateWindow: "2m" | the PromQL range of every query |'],
    [C, 'spec.analysis.metrics[1].interval', (x) => { x.canary.spec.analysis.metrics[1].interval = '1m'; }, '| `spec.analysis.metrics[1].interval` | `"1m"` | changed | analysis.rateWindow: "2m" | one range for every query: request-duration was measured over 1m, now over the longer window |'],
    [C, 'spec.analysis.metrics[0].interval', (x) => { x.canary.spec.analysis.metrics.forEach((mm: any) => (mm.interval = '1m')); }, '| `spec.analysis.metrics[0].interval` | `"1m"` | mapped | analysis.rateWindow: "1m" | the PromQL range of every query |'],
    [C, 'spec.analysis.metrics[2]', (x) => { x.canary.spec.analysis.metrics.push({ name: 'error-budget' }); }, '| `spec.analysis.metrics[2]` | `{"name":"error-budget"}` | not migrated | — | "error-budget" is neither built in nor a template or query: Flagger ignored it |'],
    // the traffic
    [C, 'spec.provider', undefined, '| `spec.provider` | `"linkerd"` | changed | a replica-weighted canary (no traffic router: the canary\'s share of the traffic follows its pod counts (Service web reaches every pod)) | Linkerd set each step\'s weight exactly; here the shares follow the pod counts, see below |'],
    [C, 'spec.provider', (x) => { delete x.canary.spec.provider; }, "| `spec.provider` | (unset) | changed | a replica-weighted canary (no traffic router: the canary's share of the traffic follows its pod counts (Service web reaches every pod)) | not set: Flagger used its controller's -mesh-provider (istio unless set otherwise), which set each weight exactly; see the traffic shares below |"],
    [C, 'spec.provider', (x) => { x.canary.spec.provider = 'gatewayapi:v1'; x.canary.spec.service.gatewayRefs = [{ name: 'public', namespace: 'gateways', sectionName: 'https' }]; x.canary.spec.service.hosts = ['web.example.com']; }, "| `spec.provider` | `\"gatewayapi:v1\"` | mapped | Traffic.gatewayApi(): an HTTPRoute, exact weights (the Argo Rollouts Gateway API plugin) |  |"],
    [C, 'spec.service.gatewayRefs[0]', (x) => { x.canary.spec.provider = 'gatewayapi:v1'; x.canary.spec.service.gatewayRefs = [{ name: 'public' }]; x.canary.spec.service.hosts = ['web.example.com']; }, '| `spec.service.gatewayRefs[0]` | `{"name":"public"}` | mapped | Traffic.gatewayApi({ gateway: { name: "public", namespace: "shop" } }) | the Canary\'s namespace, where Flagger looked for it; the Gateway must admit routes from the new namespaces |'],
    [C, 'spec.service.hosts', (x) => { x.canary.spec.provider = 'gatewayapi:v1'; x.canary.spec.service.gatewayRefs = [{ name: 'public', namespace: 'gateways' }]; x.canary.spec.service.hosts = ['web.example.com', 'www.example.com']; }, '| `spec.service.hosts` | `["web.example.com","www.example.com"]` | mapped | ingress.host: web.example.com (not www.example.com) | gridops serves one host per environment |'],
    [C, 'spec.service.gateways', (x) => { x.canary.spec.provider = 'istio'; x.canary.spec.service.gateways = ['istio-system/public', 'mesh']; x.canary.spec.service.hosts = ['web.example.com']; }, "| `spec.service.gateways` | `[\"istio-system/public\",\"mesh\"]` | changed | Traffic.agic(): an AGIC Ingress (the platform's default) | the Istio Gateway istio-system/public is not used: Application Gateway serves the host, replica-weighted, and terminates TLS with a Key Vault certificate (placeholders to fill in) |"],
    [C, 'spec.service.hosts', (x) => { x.canary.spec.service.hosts = ['web.shop.svc']; }, '| `spec.service.hosts` | `["web.shop.svc"]` | not migrated | — | in-mesh routing of Linkerd: the application is not exposed; in-cluster clients reach Service web |'],
    [C, 'spec.provider', (x) => { x.canary.spec.provider = 'nginx'; x.canary.spec.ingressRef = { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', name: 'web' }; x.extra.push({ apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'web' }, spec: { ingressClassName: 'nginx', rules: [{ host: 'web.example.com', http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port: { number: 80 } } } }] } }] } }); }, "| `spec.provider` | `\"nginx\"` | mapped | Traffic.nginx(): an NGINX Ingress, exact weights (Argo Rollouts' NGINX router) |  |"],
    [C, 'spec.service.name', (x) => { x.canary.spec.service.name = 'storefront'; }, "| `spec.service.name` | `\"storefront\"` | changed | the Service web | clients that called storefront call web (every pod; the Rollout's are web-stable and web-canary) |"],
    [C, 'spec.service.port', (x) => { x.canary.spec.service.port = 9898; }, "| `spec.service.port` | `9898` | changed | the Services' port 80 | gridops' HTTP Services listen on port 80: clients that called port 9898 call 80 |"],
    [C, 'spec.service.portName', (x) => { x.canary.spec.service.portName = 'http'; }, '| `spec.service.portName` | `"http"` | mapped | container.protocol: ServiceProtocol.http() (port http) |  |'],
    [C, 'spec.service.match', (x) => { x.canary.spec.service.match = [{ uri: { prefix: '/' } }]; }, "| `spec.service.match` | `[{\"uri\":{\"prefix\":\"/\"}}]` | mapped | every request (gridops' routes match every path) |  |"],
    [C, 'spec.service.timeout', (x) => { x.canary.spec.service.timeout = '30s'; }, "| `spec.service.timeout` | `\"30s\"` | changed | no request timeout | gridops generates no route timeout: the traffic router's (or the client's) default applies |"],
    [C, 'spec.service.retries', (x) => { x.canary.spec.service.retries = { attempts: 3 }; }, '| `spec.service.retries` | `{"attempts":3}` | changed | no retries | requests are not retried by the router: clients see the first failure (and the analysis sees every one) |'],
    [C, 'spec.service.trafficPolicy', (x) => { x.canary.spec.service.trafficPolicy = { tls: { mode: 'ISTIO_MUTUAL' } }; }, "| `spec.service.trafficPolicy` | `{\"tls\":{\"mode\":\"ISTIO_MUTUAL\"}}` | changed | no DestinationRule | TLS mode, connection pool, load balancing and outlier detection are the mesh's or the router's defaults: gridops generates no DestinationRule |"],
    [C, 'spec.service.portDiscovery', (x) => { x.canary.spec.service.portDiscovery = true; }, "| `spec.service.portDiscovery` | `true` | changed | the Services carry the application's port | Flagger added every container port to its Services; gridops' carry the application's port only (Prometheus scrapes the metrics port directly) |"],
    [C, 'spec.service.apex', (x) => { x.canary.spec.service.apex = { labels: { team: 'shop' } }; }, "| `spec.service.apex` | `{\"labels\":{\"team\":\"shop\"}}` | not migrated | — | labels and annotations of Flagger's generated Service: gridops labels its Services itself |"],
    // the rest of the Canary
    [C, 'spec.skipAnalysis', (x) => { x.canary.spec.skipAnalysis = false; }, '| `spec.skipAnalysis` | `false` | mapped | nothing to do (the default) |  |'],
    [C, 'spec.suspend', (x) => { x.canary.spec.suspend = true; }, '| `spec.suspend` | `true` | changed | an active Rollout | the Canary was suspended: the migrated Rollout is not, the next new tag starts a canary |'],
    [C, 'spec.revertOnDeletion', (x) => { x.canary.spec.revertOnDeletion = true; }, '| `spec.revertOnDeletion` | `true` | changed | the cascading finalizer | Flagger gave the Deployment back when the Canary was deleted; deleting the Argo CD Application deletes the Rollout and its objects (the cascading finalizer) |'],
    [C, 'spec.metricsServer', (x) => { x.canary.spec.metricsServer = 'http://prometheus.linkerd-viz:9090'; }, "| `spec.metricsServer` | `\"http://prometheus.linkerd-viz:9090\"` | changed | analysis.prometheusAddress: the platform's Prometheus | the analysis queries the clusters' Prometheus, which scrapes the application's own metrics; \"http://prometheus.linkerd-viz:9090\" is not used |"],
    [C, 'spec.analysis.stepWeightPromotion', (x) => { x.canary.spec.analysis.stepWeightPromotion = 20; }, "| `spec.analysis.stepWeightPromotion` | `20` | changed | setWeight 100 | Flagger moved the traffic back to the promoted primary in steps; the Rollout's last step sends all of it to the new version at once |"],
    [C, 'spec.analysis.canaryReadyThreshold', (x) => { x.canary.spec.analysis.canaryReadyThreshold = 80; }, "| `spec.analysis.canaryReadyThreshold` | `80` | changed | every pod available | Flagger went on with 80% of the canary's pods ready; the Rollout waits for every pod of a step |"],
    [C, 'spec.analysis.alerts', (x) => { x.canary.spec.analysis.alerts = [{ name: 'on-call', providerRef: { name: 'slack' } }]; }, "| `spec.analysis.alerts` | `[{\"name\":\"on-call\",\"providerRef\":{\"name\":\"slack\"}}]` | changed | Argo CD notifications | each environment's Argo CD Application notifies its slackChannel (sync failed, health degraded — an aborted canary —, deployed); Flagger's alert providers are not used |"],
    [C, 'spec.analysis.webhooks[0]', (x) => { x.canary.spec.analysis.webhooks = [{ name: 'load', url: 'http://flagger-loadtester.test/', metadata: { cmd: 'hey -z 1m http://web-canary.shop/' } }]; }, '| `spec.analysis.webhooks[0]` | `{"name":"load","url":"http://flagger-loadtester.test/","metadata":{"cmd":"hey...` | not migrated | — | a load generator ("load": the flagger-loadtester runs a cmd task in the background and answers 202 at once, so it never failed a check): gridops generates no load; the canary is judged on the traffic it really gets, and without traffic every measurement is Inconclusive and the rollout pauses |'],
    [C, 'spec.analysis.webhooks[0]', (x) => { x.canary.spec.analysis.webhooks = [{ name: 'events', type: 'event', url: 'http://events.example.com/' }]; }, "| `spec.analysis.webhooks[0]` | `{\"name\":\"events\",\"type\":\"event\",\"url\":\"http://events.example.com/\"}` | changed | Argo CD notifications | Flagger posted every event to this URL; each environment's Argo CD Application notifies its slackChannel instead |"],
    [C, 'metadata.labels', (x) => { x.canary.metadata.labels = { team: 'shop' }; }, '| `metadata.labels` | `{"team":"shop"}` | not migrated | — | labels of the Canary object itself: gridops labels what it generates |'],
    [C, 'status', (x) => { x.canary.status = { phase: 'Succeeded' }; }, "| `status` | `{\"phase\":\"Succeeded\"}` | not migrated | — | the controller's status, not configuration |"],
    // the Deployment
    [D, `${c0}.image`, (x) => { x.deployment.spec.template.spec.containers[0].image = 'registry.example.com/shop/web:1.4.2@sha256:' + 'a'.repeat(64); }, `| \`spec.template.spec.containers[0].image\` | \`"registry.example.com/shop/web:1.4.2@sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...\` | mapped | image: "registry.example.com/shop/web", tag 1.4.2 and digest sha256:${'a'.repeat(64)} (src/config/image-tags.yaml) | pinned as 1.4.2@sha256:${'a'.repeat(64)} in every environment whose tag policy allows 1.4.2 |`],
    [D, `${c0}.readinessProbe`, undefined, "| `spec.template.spec.containers[0].readinessProbe` | `{\"httpGet\":{\"path\":\"/ready\",\"port\":\"http\"}}` | mapped | container.readinessPath: \"/ready\" | its timings are gridops' (initial delay, period, timeout and thresholds) |"],
    [D, `${c0}.livenessProbe`, (x) => { x.deployment.spec.template.spec.containers[0].livenessProbe = { exec: { command: ['podcli', 'check', 'http', 'localhost:8080/healthz'] } }; }, "| `spec.template.spec.containers[0].livenessProbe` | `{\"exec\":{\"command\":[\"podcli\",\"check\",\"http\",\"localhost:8080/healthz\"]}}` | changed | container.livenessPath: \"/healthz\" | an HTTP GET of /healthz on the application's port replaces the command \"podcli check http localhost:8080/healthz\"; its timings are gridops' (initial delay, period, timeout and thresholds) |"],
    [D, `${c0}.readinessProbe`, (x) => { x.deployment.spec.template.spec.containers[0].readinessProbe = { tcpSocket: { port: 8080 } }; }, "| `spec.template.spec.containers[0].readinessProbe` | `{\"tcpSocket\":{\"port\":8080}}` | changed | container.readinessPath: a placeholder | gridops probes HTTP containers with HTTP GETs: write the path that answers 200 when the container is ready |"],
    [D, `${c0}.livenessProbe`, (x) => { delete x.deployment.spec.template.spec.containers[0].livenessProbe; }, '| `spec.template.spec.containers[0].livenessProbe` | (unset) | changed | container.livenessPath: a placeholder | the container has no livenessProbe: gridops requires one (an HTTP GET); write its path |'],
    [D, `${c0}.resources.limits.memory`, (x) => { delete x.deployment.spec.template.spec.containers[0].resources.limits; }, "| `spec.template.spec.containers[0].resources.limits.memory` | (unset) | changed | resources.limits.memory: \"512Mi\" | not set: every container has limits (hardening/resources); gridops new app's default, or the request when that is higher |"],
    [D, `${c0}.resources.limits.cpu`, (x) => { const r = x.deployment.spec.template.spec.containers[0].resources; r.requests.cpu = '2'; delete r.limits; }, "| `spec.template.spec.containers[0].resources.limits.cpu` | (unset) | changed | resources.limits.cpu: \"2\" | not set: every container has limits (hardening/resources); gridops new app's default, or the request when that is higher |"],
    [D, `${c0}.env[0]`, (x) => { x.deployment.spec.template.spec.containers[0].env = [{ name: 'LOG_LEVEL', value: 'debug' }]; }, "| `spec.template.spec.containers[0].env[0]` | `{\"name\":\"LOG_LEVEL\",\"value\":\"debug\"}` | mapped | settings.LOG_LEVEL: \"debug\" | read from the application's ConfigMap |"],
    [D, `${c0}.env[0]`, (x) => { x.deployment.spec.template.spec.containers[0].env = [{ name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }]; }, '| `spec.template.spec.containers[0].env[0]` | `{"name":"POD_NAME","valueFrom":{"fieldRef":{"fieldPath":"metadata.name"}}}` | changed | not set | fieldRef: gridops sets no such variable |'],
    [D, `${c0}.readinessProbe`, (x) => { x.deployment.spec.template.spec.containers[0].readinessProbe = { httpGet: { path: 'ready', port: 'http' } }; }, "| `spec.template.spec.containers[0].readinessProbe` | `{\"httpGet\":{\"path\":\"ready\",\"port\":\"http\"}}` | mapped | container.readinessPath: \"/ready\" | its timings are gridops' (initial delay, period, timeout and thresholds) |"],
    [D, `${c0}.envFrom[0]`, (x) => { x.deployment.spec.template.spec.containers[0].envFrom = [{ configMapRef: { name: 'web-config' } }]; x.extra.push({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'web-config' }, data: { REGION: 'eastus', 'not-a-var': 'x' } }); }, "| `spec.template.spec.containers[0].envFrom[0]` | `{\"configMapRef\":{\"name\":\"web-config\"}}` | changed | settings: REGION | the keys of ConfigMap web-config, copied into the application's own settings ConfigMap |"],
    // the command line and the volumes: changed (the application may depend on them), each with a warning (below)
    [D, `${c0}.command`, (x) => { x.deployment.spec.template.spec.containers[0].command = ['/web', '--port=8080']; }, "| `spec.template.spec.containers[0].command` | `[\"/web\",\"--port=8080\"]` | changed | the image's entrypoint | gridops sets no command: the image's own entrypoint runs as built, without these flags |"],
    [D, `${c0}.args`, (x) => { x.deployment.spec.template.spec.containers[0].args = ['--port=8080']; }, "| `spec.template.spec.containers[0].args` | `[\"--port=8080\"]` | changed | the image's default arguments | gridops sets no arguments: the image's default arguments apply, not these |"],
    [D, `${c0}.volumeMounts`, (x) => { x.deployment.spec.template.spec.containers[0].volumeMounts = [{ name: 'cache', mountPath: '/cache' }]; }, '| `spec.template.spec.containers[0].volumeMounts` | `[{"name":"cache","mountPath":"/cache"}]` | changed | no mounts but /tmp and the Key Vault | gridops mounts /tmp and the Key Vault only (its root filesystem is read-only) |'],
    [D, 'spec.template.spec.volumes', (x) => { x.deployment.spec.template.spec.volumes = [{ name: 'cache', emptyDir: {} }]; }, '| `spec.template.spec.volumes` | `[{"name":"cache","emptyDir":{}}]` | changed | no volumes but /tmp (an emptyDir) and the Key Vault | gridops mounts /tmp (an emptyDir) and the Key Vault only: files the container read from these volumes are gone |'],
    [D, `${c0}.securityContext.runAsUser`, (x) => { x.deployment.spec.template.spec.containers[0].securityContext = { runAsUser: 1000 }; }, '| `spec.template.spec.containers[0].securityContext.runAsUser` | `1000` | mapped | container.runAsUser: 1000 |  |'],
    [D, 'spec.template.metadata.annotations["prometheus.io/port"]', (x) => { x.deployment.spec.template.metadata.annotations = { 'prometheus.io/port': '9797' }; x.deployment.spec.template.spec.containers[0].ports.push({ name: 'metrics', containerPort: 9797 }); }, "| `spec.template.metadata.annotations[\"prometheus.io/port\"]` | `\"9797\"` | mapped | container.metricsPort: 9797 (the PodMonitor's port) |  |"],
    [D, 'spec.strategy.rollingUpdate.maxSurge', (x) => { x.deployment.spec.strategy = { rollingUpdate: { maxSurge: 1 } }; }, '| `spec.strategy.rollingUpdate.maxSurge` | `1` | mapped | canary.maxSurge: 1 |  |'],
    [D, 'spec.replicas', (x) => { x.deployment.spec.replicas = 3; }, '| `spec.replicas` | `3` | not migrated | — | the HPA owns the count: the Rollout sets no spec.replicas |'],
    [D, 'spec.replicas', (x) => { delete x.canary.spec.autoscalerRef; x.hpa = undefined; x.deployment.spec.replicas = 3; }, '| `spec.replicas` | `3` | changed | scaling.minReplicas and maxReplicas: 3 | an HPA with equal bounds holds the count: the Rollout sets no spec.replicas |'],
    // the HPA
    [H, 'spec.minReplicas', (x) => { x.hpa.spec.minReplicas = 1; }, '| `spec.minReplicas` | `1` | changed | scaling.minReplicas: 2 | a single pod cannot keep a PodDisruptionBudget (rollouts/hpa-pdb): at least 2 |'],
    [H, 'spec.metrics[0]', (x) => { x.hpa.spec.metrics[0].resource.target.averageUtilization = 150; }, '| `spec.metrics[0]` | `{"type":"Resource","resource":{"name":"cpu","target":{"type":"Utilization","a...` | changed | scaling.targetCpuUtilization: 100 | the configuration takes a CPU target of 1-100% of the request, not 150 |'],
    [H, 'spec.metrics[1]', (x) => { x.hpa.spec.metrics.push({ type: 'Resource', resource: { name: 'memory', target: { type: 'AverageValue', averageValue: '512Mi' } } }); }, '| `spec.metrics[1]` | `{"type":"Resource","resource":{"name":"memory","target":{"type":"AverageValue...` | not migrated | — | gridops\' HPA scales on the CPU utilisation only: memory (AverageValue) is not a target any more |'],
    [H, 'spec.minReplicas', (x) => { x.canary.spec.autoscalerRef.primaryScalerReplicas = { minReplicas: 6, maxReplicas: 12 }; }, "| `spec.minReplicas` | `4` | not migrated | — | the Canary's spec.autoscalerRef.primaryScalerReplicas.minReplicas is the steady state's |"],
    [C, 'spec.autoscalerRef.primaryScalerReplicas', (x) => { x.canary.spec.autoscalerRef.primaryScalerReplicas = { minReplicas: 6, maxReplicas: 12 }; }, "| `spec.autoscalerRef.primaryScalerReplicas` | `{\"minReplicas\":6,\"maxReplicas\":12}` | changed | scaling: 6-12 pods | the primary's bounds are the steady state's: one HPA scales the Rollout, stable and canary alike |"],
  ])('%s %s', (object, field, change, expected) => {
    // GIVEN the base input changed  WHEN migrated  THEN the report's line of the field
    expect(row(migrate(change), object, field)).toBe(expected);
  });

  test('settings gridops adds are listed with why', () => {
    const m = migrate((x) => { x.canary.spec.analysis.metrics = [{ name: 'request-duration', threshold: 300, interval: '1m' }]; });
    expect(m.added.map((a) => `${a.setting}: ${a.why}`)).toEqual([
      "analysis.successRateMin: 0.99, analysis.errorRateMax: 0.01: the Canary checks no request-success-rate: gridops always checks success and error rates (new app's defaults): stricter than Flagger",
      'analysis.scrapeInterval: "15s": the PodMonitor scrapes every 15s: the 1m window spans 4 scrapes (rate() needs two samples, and survives a missed scrape)',
      'scaling.maxUnavailable: 1: the PodDisruptionBudget gridops generates lets one pod be evicted at a time',
      // the tolerance is no longer widened to what the migration chose: the default, and synth's warning
      'canary.trafficShareTolerance: 5: the default, not widened to fit the shares (up to 10 points off with 4 pods): synth warns about every step more than 5 points off its weight',
    ]);
  });

  test('what the application may depend on and is not migrated: one warning per field, for standard error', () => {
    const m = migrate((x) => {
      const pod = x.deployment.spec.template.spec;
      pod.volumes = [{ name: 'cache', emptyDir: {} }, { name: 'conf', configMap: { name: 'web-conf' } }];
      Object.assign(pod.containers[0], {
        command: ['/web'],
        args: ['--port=8080', '--metrics-port=9797'],
        volumeMounts: [{ name: 'cache', mountPath: '/cache' }, { name: 'conf', mountPath: '/etc/web' }],
        env: [{ name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }],
      });
      pod.containers[0].ports.push({ name: 'metrics', containerPort: 9797 });
      x.canary.spec.provider = 'gatewayapi:v1';
      x.canary.spec.service.gatewayRefs = [{ name: 'public', namespace: 'gateways' }];
      x.canary.spec.service.hosts = ['web.example.com'];
    });
    expect(m.warnings).toEqual([
      'in.yaml: Deployment web: spec.template.spec.volumes: cache (emptyDir), conf (ConfigMap web-conf) not migrated: gridops mounts /tmp (an emptyDir) and the Key Vault only, so the container finds none of these files (ConfigMap web-conf: its keys are files no more); put the files in the image, or read them as settings',
      'in.yaml: Deployment web: spec.template.spec.containers[0].env[0]: POD_NAME from fieldRef not migrated: gridops sets no such variable, the container starts without it; make the application do without it, or add it to settings',
      "in.yaml: Deployment web: spec.template.spec.containers[0].command: /web not migrated: gridops runs the image's own entrypoint; put the flags in the image or settings",
      "in.yaml: Deployment web: spec.template.spec.containers[0].args: --port=8080 --metrics-port=9797 not migrated: gridops runs the image's own entrypoint with its default arguments; put the flags in the image or settings",
      'in.yaml: Deployment web: spec.template.spec.containers[0].volumeMounts: cache at /cache, conf at /etc/web not migrated: gridops mounts /tmp and the Key Vault only, on a read-only root filesystem, so nothing is at these paths and writes there fail; write to /tmp, put the files in the image, or read them as settings',
      "in.yaml: Deployment web: spec.template.spec.containers[0].args: --metrics-port=9797 opens the metrics port 9797, which is kept (container.metricsPort: 9797, the PodMonitor's port) while the flag is not migrated: unless the image opens 9797 by itself, nothing answers there and the analysis gets no metrics; put the flag in the image",
    ]);
    // exact weights (a router): no share warning; the metrics port is kept
    expect(m.draft.container.metricsPort).toBe(9797);
  });

  test('a digest with its tag is kept in the draft (image-tags.yaml pins tag@digest)', () => {
    const digest = `sha256:${'c'.repeat(64)}`;
    const m = migrate((x) => { x.deployment.spec.template.spec.containers[0].image = `registry.example.com/shop/web:1.4.2@${digest}`; });
    expect({ image: m.draft.image, tag: m.draft.tag, digest: m.draft.digest }).toEqual({ image: 'registry.example.com/shop/web', tag: '1.4.2', digest });
    expect(migrate().draft.digest).toBeUndefined();
  });
});

describe('what has no equivalent is refused, naming the field', () => {
  const where = 'in.yaml: Canary web';
  test.each<[string, (x: Input) => void, string]>([
    ['an A/B test', (x) => { const a = x.canary.spec.analysis; delete a.stepWeight; delete a.maxWeight; a.iterations = 10; a.match = [{ headers: { 'x-canary': { exact: 'insider' } } }]; }, `${where}: spec.analysis.iterations (A/B test) has no equivalent: an A/B test (iterations with match): all traffic matching headers or cookies goes to the canary; gridops generates weighted canaries only (no setHeaderRoute) (1 more field has no equivalent: spec.analysis.match)`],
    ['a blue/green', (x) => { const a = x.canary.spec.analysis; delete a.stepWeight; delete a.maxWeight; a.iterations = 10; }, `${where}: spec.analysis.iterations (blue/green) has no equivalent: a blue/green (iterations alone): the canary gets no traffic until it is promoted whole; gridops generates weighted canaries only (no blueGreen strategy)`],
    ['a custom MetricTemplate', (x) => { x.canary.spec.analysis.metrics.push({ name: 'latency', templateRef: { name: 'latency', namespace: 'flagger' }, thresholdRange: { max: 1 } }); }, `${where}: spec.analysis.metrics[2] (metric latency) has no equivalent: a custom MetricTemplate (latency): gridops' analysis judges success rate, p99 latency and error rate of the application's own metrics only; remove it and migrate again`],
    ['an inline query', (x) => { x.canary.spec.analysis.metrics.push({ name: 'queue', query: 'sum(queue_depth)', thresholdRange: { max: 10 } }); }, `${where}: spec.analysis.metrics[2] (metric queue) has no equivalent: an inline PromQL query: gridops' analysis judges success rate, p99 latency and error rate of the application's own metrics only; remove it and migrate again`],
    ['a confirm-rollout webhook', (x) => { x.canary.spec.analysis.webhooks = [{ name: 'gate', type: 'confirm-rollout', url: 'http://flagger-loadtester.test/gate/check' }]; }, `${where}: spec.analysis.webhooks[0] (type confirm-rollout) has no equivalent: a manual gate before the canary starts: Argo CD's sync (SRE alone in a protected environment) and sync windows decide when a new version starts; remove the webhook and migrate again`],
    ['a confirm-promotion webhook', (x) => { x.canary.spec.analysis.webhooks = [{ name: 'gate', type: 'confirm-promotion', url: 'http://gate/' }]; }, `${where}: spec.analysis.webhooks[0] (type confirm-promotion) has no equivalent: a manual gate before promotion: gridops' pauses are timed (an indefinite pause, kubectl argo rollouts promote, is not generated); remove the webhook and migrate again`],
    ['a confirm-traffic-increase webhook', (x) => { x.canary.spec.analysis.webhooks = [{ name: 'gate', type: 'confirm-traffic-increase', url: 'http://gate/' }]; }, `${where}: spec.analysis.webhooks[0] (type confirm-traffic-increase) has no equivalent: a manual gate before every weight increase: gridops' pauses are timed; remove the webhook and migrate again`],
    ['a pre-rollout webhook', (x) => { x.canary.spec.analysis.webhooks = [{ name: 'smoke', type: 'pre-rollout', url: 'http://flagger-loadtester.test/', metadata: { type: 'bash', cmd: 'curl http://web-canary.shop/' } }]; }, `${where}: spec.analysis.webhooks[0] (type pre-rollout) has no equivalent: a test Flagger runs before any traffic reaches the canary, a failed check when it fails: gridops generates no analysis step of its own (an Argo Rollouts analysis step with a Job or web metric would run it); run it in the image's CI or as a synthetic check, remove the webhook and migrate again`],
    ['a gating rollout webhook', (x) => { x.canary.spec.analysis.webhooks = [{ name: 'acceptance', url: 'http://tests.example.com/run', metadata: { type: 'bash', cmd: 'run-tests' } }]; }, `${where}: spec.analysis.webhooks[0] (type rollout) has no equivalent: a check Flagger calls at every interval, a failed check when it fails: gridops' analysis judges its three Prometheus metrics only (an Argo Rollouts web metric would call it, and is not generated); remove the webhook and migrate again`],
    ['a post-rollout webhook', (x) => { x.canary.spec.analysis.webhooks = [{ name: 'notify', type: 'post-rollout', url: 'http://hooks/' }]; }, `${where}: spec.analysis.webhooks[0] (type post-rollout) has no equivalent: a hook after promotion or rollback: Argo CD notifications (the environment's slackChannel) report the outcome, and nothing runs after it; remove the webhook and migrate again`],
    ['a rollback webhook', (x) => { x.canary.spec.analysis.webhooks = [{ name: 'stop', type: 'rollback', url: 'http://flagger-loadtester.test/rollback/check' }]; }, `${where}: spec.analysis.webhooks[0] (type rollback) has no equivalent: a manual rollback trigger: abort with kubectl argo rollouts abort (the generated Role allows it) or roll back with gridops rollback; remove the webhook and migrate again`],
    ['skipAnalysis', (x) => { x.canary.spec.skipAnalysis = true; }, `${where}: spec.skipAnalysis has no equivalent: a Canary that skips its analysis promotes at once: gridops always judges the canary; set it false and migrate again`],
    ['session affinity', (x) => { x.canary.spec.analysis.sessionAffinity = { cookieName: 'flagger-cookie' }; }, `${where}: spec.analysis.sessionAffinity has no equivalent: sticky sessions that keep a user on the canary: Argo Rollouts keeps no cookie affinity with these routers; remove it and migrate again`],
    ['mirroring', (x) => { x.canary.spec.analysis.mirror = true; }, `${where}: spec.analysis.mirror has no equivalent: traffic mirroring before the canary gets traffic: gridops generates no mirror route (setMirrorRoute)`],
    ['header rewriting', (x) => { x.canary.spec.service.headers = { request: { add: { 'x-env': 'canary' } } }; }, `${where}: spec.service.headers has no equivalent: request and response header rewriting: gridops' routes do not change headers; do it in the application, remove the field and migrate again`],
    ['a CORS policy', (x) => { x.canary.spec.service.corsPolicy = { allowOrigins: [{ exact: 'https://example.com' }] }; }, `${where}: spec.service.corsPolicy has no equivalent: a CORS policy the router answered: gridops' routes answer no preflight; answer CORS in the application, remove the field and migrate again`],
    ['a partial match', (x) => { x.canary.spec.service.match = [{ uri: { prefix: '/api' } }]; }, `${where}: spec.service.match has no equivalent: routes that match only some requests: gridops' routes send every request of the host to the application; remove it and migrate again`],
    ['a rewrite', (x) => { x.canary.spec.service.rewrite = { uri: '/v2' }; }, `${where}: spec.service.rewrite has no equivalent: URI or authority rewriting: gridops' routes pass requests unchanged; remove it and migrate again`],
    ['a KEDA ScaledObject', (x) => { x.canary.spec.autoscalerRef = { apiVersion: 'keda.sh/v1alpha1', kind: 'ScaledObject', name: 'web' }; }, `${where}: spec.autoscalerRef (kind ScaledObject) has no equivalent: a KEDA ScaledObject: gridops generates a HorizontalPodAutoscaler on CPU`],
    ['a DaemonSet target', (x) => { x.canary.spec.targetRef = { apiVersion: 'apps/v1', kind: 'DaemonSet', name: 'web' }; }, `${where}: spec.targetRef (kind DaemonSet) has no equivalent: Argo Rollouts replaces Deployments, not DaemonSets`],
    ['the kubernetes provider', (x) => { x.canary.spec.provider = 'kubernetes'; }, `${where}: spec.provider (kubernetes) has no equivalent: Flagger runs a blue/green (no traffic shifting) with the kubernetes provider: gridops generates canaries; remove it (a replica-weighted canary) or choose nginx or gatewayapi:v1, and migrate again`],
    ['the Contour provider', (x) => { x.canary.spec.provider = 'contour'; }, `${where}: spec.provider (contour) has no equivalent: Contour routed the public traffic: gridops routes it with AGIC (replica-weighted), NGINX or the Gateway API; choose nginx or gatewayapi:v1 (or remove it for a replica-weighted canary) and migrate again`],
    ['NGINX without ingressRef', (x) => { x.canary.spec.provider = 'nginx'; }, `${where}: spec.provider (nginx) has no equivalent: Flagger's NGINX canary needs spec.ingressRef: give it and the Ingress, and migrate again`],
    ['the Gateway API without a host', (x) => { x.canary.spec.provider = 'gatewayapi:v1'; x.canary.spec.service.gatewayRefs = [{ name: 'public', namespace: 'gateways' }]; }, `${where}: spec.service.gatewayRefs has no equivalent: a Gateway API route needs a host: give spec.service.hosts, and migrate again`],
    ['a threshold of 0', (x) => { x.canary.spec.analysis.threshold = 0; }, `${where}: spec.analysis.threshold has no equivalent: 0 must be a whole number of failed checks, at least 1`],
    ['decreasing stepWeights', (x) => { const a = x.canary.spec.analysis; delete a.stepWeight; a.stepWeights = [10, 5, 50]; }, `${where}: spec.analysis.stepWeights has no equivalent: [10,5,50] must increase`],
    ['a first step of 100%', (x) => { const a = x.canary.spec.analysis; a.stepWeight = 100; delete a.maxWeight; }, `${where}: spec.analysis.stepWeight has no equivalent: the first step already sends all traffic to the canary: gridops' last weight is the promotion, so there would be no canary step to judge`],
    ['a success-rate maximum', (x) => { x.canary.spec.analysis.metrics[0].thresholdRange = { min: 99, max: 100 }; }, `${where}: spec.analysis.metrics[0].thresholdRange.max has no equivalent: an upper bound on the success rate: gridops checks a minimum`],
    ['a second container', (x) => { x.deployment.spec.template.spec.containers.push({ name: 'proxy', image: 'envoy:1.30' }); }, 'in.yaml: Deployment web: spec.template.spec.containers[1] (container proxy) has no equivalent: gridops runs one container per pod (the application\'s): move this one out of the pod, or into the image'],
    ['an init container', (x) => { x.deployment.spec.template.spec.initContainers = [{ name: 'migrate', image: 'web-migrate:1.4.2' }]; }, 'in.yaml: Deployment web: spec.template.spec.initContainers (1 init containers) has no equivalent: gridops runs one container per pod and no init container: do its work in the image or in the application'],
    ['a Secret env var', (x) => { x.deployment.spec.template.spec.containers[0].env = [{ name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } }]; }, "in.yaml: Deployment web: spec.template.spec.containers[0].env[0] (env DB_PASSWORD) has no equivalent: a Secret's key (Secret \"db\", key \"password\"): gridops reads secrets from Key Vault, not from Secrets; remove DB_PASSWORD from the input and migrate, then add secrets: [{ keyVaultObject: '<name>', env: 'DB_PASSWORD' }] and the application's azure settings by hand"],
    ['a Secret read with envFrom', (x) => { x.deployment.spec.template.spec.containers[0].envFrom = [{ secretRef: { name: 'web-secrets' } }]; }, "in.yaml: Deployment web: spec.template.spec.containers[0].envFrom[0] (Secret web-secrets) has no equivalent: a Secret's keys as environment variables (Secret \"web-secrets\"): gridops reads secrets from Key Vault, not from Secrets; remove it from the input and migrate, then add each variable to secrets: [{ keyVaultObject: '<name>', env: '<VARIABLE>' }] and the application's azure settings by hand"],
    ['a ConfigMap read with envFrom, missing from the input', (x) => { x.deployment.spec.template.spec.containers[0].envFrom = [{ configMapRef: { name: 'web-config' } }]; }, 'in.yaml: Deployment web: spec.template.spec.containers[0].envFrom[0] (ConfigMap web-config) has no equivalent: ConfigMap web-config is not in the input, so its keys cannot become settings: give its YAML too (e.g. helm template of the chart)'],
    ['a probe path that is not a string', (x) => { x.deployment.spec.template.spec.containers[0].readinessProbe = { httpGet: { path: 5, port: 'http' } }; }, "in.yaml: Deployment web: spec.template.spec.containers[0].readinessProbe.httpGet.path has no equivalent: 5 is not a path: write the probe's path as a string (/healthz)"],
    ['a gRPC container without a metrics port', (x) => { x.canary.spec.service.portName = 'grpc'; }, 'in.yaml: Deployment web: spec.template.spec.containers[0].ports has no equivalent: a gRPC container needs a metrics port of its own (Prometheus scrapes /metrics over HTTP/1.1): declare a port named metrics, or the pod annotation prometheus.io/port'],
    ['several refusals', (x) => { x.canary.spec.skipAnalysis = true; x.canary.spec.analysis.mirror = true; x.deployment.spec.template.spec.initContainers = [{ name: 'i', image: 'i:1' }]; }, `${where}: spec.analysis.mirror has no equivalent: traffic mirroring before the canary gets traffic: gridops generates no mirror route (setMirrorRoute) (2 more fields have no equivalent: spec.skipAnalysis, Deployment web spec.template.spec.initContainers)`],
  ])('%s', (_what, change, message) => {
    expect(() => migrate(change)).toThrow(new ConfigError(message));
  });
});

/** A platform whose clusters admit no public traffic: no network.trafficFrom, no cluster subnets. */
const PLATFORM_WITHOUT_SOURCES = { applications: [{ environments: [{ name: 'dev', cluster: { name: 'aks-dev' } }] }], network: { trafficFrom: {} } } as any;
const nginx = (x: Input) => {
  x.canary.spec.provider = 'nginx';
  x.canary.spec.ingressRef = { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', name: 'web' };
  x.extra.push({ apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'web' }, spec: { rules: [{ host: 'web.example.com' }] } });
};
const gatewayApi = (x: Input) => {
  x.canary.spec.provider = 'gatewayapi:v1';
  x.canary.spec.service.gatewayRefs = [{ name: 'public', namespace: 'gateways' }];
  x.canary.spec.service.hosts = ['web.example.com'];
};

describe('the platform must admit the traffic mode', () => {
  test.each<[string, (x: Input) => void]>([
    ['NGINX with network.trafficFrom.nginx', nginx],
    ['the Gateway API with a cluster subnet', gatewayApi],
  ])('%s passes', (_what, change) => {
    const platform = { applications: PLATFORM_WITHOUT_SOURCES.applications, network: { trafficFrom: { nginx: {} }, clusters: { 'aks-dev': { gatewayForContainersSubnet: '10.0.0.0/24' } } } } as any;
    expect(() => checkTrafficSource(platform, migrate(change))).not.toThrow();
  });

  test('a replica-weighted canary that is not exposed needs no source', () => {
    expect(() => checkTrafficSource(PLATFORM_WITHOUT_SOURCES, migrate())).not.toThrow();
  });
});

describe('the input: a file, a directory (absolute or relative), kustomizations skipped with a note', () => {
  test('an absolute directory is read as it is, wherever the working directory is', () => {
    const dir = path.join(FLAGGER_FIXTURES, 'examples');
    const objects = readInput(dir, os.tmpdir());
    expect(objects.map((o) => path.relative(dir, o.file))).toEqual(EXAMPLES.map((f) => f));
  });

  test("a kustomize base directory: its kustomization.yaml is skipped, with a note; the objects are read", () => {
    const notes: string[] = [];
    const objects = readInput('podinfo-kustomize', FLAGGER_FIXTURES, undefined, notes);
    expect(objects.map((o) => `${o.file} ${o.object.kind} ${o.object.metadata.name}`)).toEqual(['podinfo-kustomize/deployment.yaml Deployment podinfo', 'podinfo-kustomize/hpa.yaml HorizontalPodAutoscaler podinfo']);
    expect(notes).toEqual([
      "podinfo-kustomize/kustomization.yaml: a kustomization, not a Kubernetes object: skipped, and what it does (namespace, name prefixes, patches, images) is not applied; to migrate what it builds, give kubectl kustomize's output instead",
    ]);
  });

  test('a kustomize.config.k8s.io document in a file of another name is skipped too', () => {
    const notes: string[] = [];
    const objects = objectsOfText(`apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [deployment.yaml]\n---\n${JSON.stringify(DEPLOYMENT)}\n`, 'all.yaml', notes);
    expect(objects.map((o) => o.object.kind)).toEqual(['Deployment']);
    expect(notes).toEqual([
      "all.yaml (document 1): a kustomization, not a Kubernetes object: skipped, and what it does (namespace, name prefixes, patches, images) is not applied; to migrate what it builds, give kubectl kustomize's output instead",
    ]);
  });
});

describe('bad input: one line, naming the file and what is wrong', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gridops-flagger-'));
  fs.mkdirSync(path.join(dir, 'empty'));
  const canaryText = JSON.stringify(CANARY);
  test.each<[string, () => unknown, string]>([
    ['not YAML', () => objectsOfText('spec: [unclosed\n', 'bad.yaml'), 'bad.yaml: not valid YAML: unexpected end of the stream within a flow collection at line 2, column 1'],
    ['not a Kubernetes object', () => objectsOfText('just text\n', 'notes.yaml'), 'notes.yaml: document 1 is not a Kubernetes object (apiVersion, kind and metadata.name), got "just text"'],
    ['no such file', () => readInput('missing.yaml', dir), 'missing.yaml: no such file or directory'],
    ['an empty directory', () => readInput('empty', dir), 'empty: the directory holds no .yaml or .yml file'],
    ['no Canary', () => migrateCanary([{ file: 'in.yaml', object: DEPLOYMENT as any }]), 'in.yaml: no Flagger Canary (flagger.app/v1beta1) in the input'],
    ['two Canaries', () => migrateCanary(objectsOfText(`${canaryText}\n---\n${canaryText.replace('"name":"web","namespace"', '"name":"api","namespace"')}`, 'in.yaml')), 'in.yaml: 2 Canaries (web, api): choose one with --name'],
    ['two Canaries, --name of neither', () => migrateCanary(objectsOfText(`${canaryText}\n---\n${canaryText.replace('"name":"web","namespace"', '"name":"api","namespace"')}`, 'in.yaml'), { name: 'shop' }), "--name 'shop' names none of the 2 Canaries of the input (web, api)"],
    ['the target missing', () => migrate((x) => { x.deployment = undefined; }), 'in.yaml: Canary web: spec.targetRef Deployment web is not in the input: give its YAML too (e.g. helm template of the chart)'],
    ['the autoscaler missing', () => migrate((x) => { x.hpa = undefined; }), 'in.yaml: Canary web: spec.autoscalerRef HorizontalPodAutoscaler web is not in the input: give its YAML too (e.g. helm template of the chart)'],
    ['the target in another namespace', () => migrate((x) => { x.deployment.metadata.namespace = 'other'; }), 'in.yaml: Canary web: spec.targetRef Deployment web is not in the input: give its YAML too (e.g. helm template of the chart)'],
    ['the Ingress missing', () => migrate((x) => { x.canary.spec.provider = 'nginx'; x.canary.spec.ingressRef = { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', name: 'web' }; }), 'in.yaml: Canary web: spec.ingressRef Ingress web is not in the input: give its YAML too (e.g. helm template of the chart)'],
    ['an image without a tag', () => migrate((x) => { x.deployment.spec.template.spec.containers[0].image = 'registry.example.com/shop/web'; }), 'in.yaml: Deployment web: spec.template.spec.containers[0].image "registry.example.com/shop/web" has no tag: gridops pins a tag per environment in src/config/image-tags.yaml; give the image its tag'],
    ['an image with a digest only', () => migrate((x) => { x.deployment.spec.template.spec.containers[0].image = `registry.example.com:5000/web@sha256:${'b'.repeat(64)}`; }), `in.yaml: Deployment web: spec.template.spec.containers[0].image "registry.example.com:5000/web@sha256:${'b'.repeat(64)}" has no tag (a digest alone): gridops pins a tag per environment in src/config/image-tags.yaml; give the image its tag`],
    ['a Canary its CRD refuses', () => migrate((x) => { x.canary.spec.analysis.interval = '15'; }), 'in.yaml: Canary web: spec.analysis.interval: must match ^[0-9]+(m|s), got "15"'],
    ['an unknown field', () => migrate((x) => { x.canary.spec.analysis.treshold = 5; }), 'in.yaml: Canary web: spec.analysis.treshold: field not defined by the pinned Canary flagger.app/v1beta1 schema (the API server would silently drop it), value 5'],
    ['stepWeight and stepWeights', () => migrate((x) => { x.canary.spec.analysis.stepWeights = [10, 20]; }), 'in.yaml: Canary web: spec.analysis: must match exactly one of its allowed shapes, got {"interval":"1m","threshold":3,"maxWeight":50,"stepWeight":10,"metrics":[{"na...'],
    ['an old API version', () => migrateCanary(objectsOfText(canaryText.replace('flagger.app/v1beta1', 'flagger.app/v1alpha3'), 'old.yaml')), 'old.yaml: Canary web: apiVersion flagger.app/v1alpha3 is not read: convert it to flagger.app/v1beta1 (Flagger v1.44.0)'],
    ['a Canary without spec.service', () => migrate((x) => { delete x.canary.spec.service; }), "in.yaml: Canary web: spec.service is required to migrate: the Services' port (spec.service.port) and the container port they target (not set)"],
    ['a Canary without spec', () => migrate((x) => { delete x.canary.spec; }), 'in.yaml: Canary web: spec is required to migrate: the target, its Services and the analysis (not set)'],
    ['a bad digest', () => migrate((x) => { x.deployment.spec.template.spec.containers[0].image = 'registry.example.com/shop/web:1.4.2@sha256:abc'; }), 'in.yaml: Deployment web: spec.template.spec.containers[0].image "registry.example.com/shop/web:1.4.2@sha256:abc": "sha256:abc" is not an image digest (sha256: followed by 64 lowercase hex digits)'],
    ['NGINX on a platform without network.trafficFrom.nginx', () => checkTrafficSource(PLATFORM_WITHOUT_SOURCES, migrate(nginx)), "in.yaml: Canary web: spec.provider \"nginx\" needs the platform's network.trafficFrom.nginx (the NGINX ingress controller's pods), which src/config/platform.ts does not set for dev's cluster aks-dev: set it, or remove spec.provider to migrate a replica-weighted canary"],
    ['the Gateway API on a platform without its source', () => checkTrafficSource(PLATFORM_WITHOUT_SOURCES, migrate(gatewayApi)), "in.yaml: Canary web: spec.provider \"gatewayapi:v1\" needs the platform's network.clusters['aks-dev'].gatewayForContainersSubnet, or network.trafficFrom.gatewayApi for an in-cluster Gateway (the Gateway's data plane), which src/config/platform.ts does not set for dev's cluster aks-dev: set it, or remove spec.provider to migrate a replica-weighted canary"],
  ])('%s', (_what, run, message) => {
    expect(run).toThrow(new ConfigError(message));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
});

describe("Flagger's example Canaries, each with podinfo's kustomize base as its targets", () => {
  const base = buildPodinfoKustomize();
  const pre = (file: string) =>
    `${file}: Canary podinfo: spec.analysis.webhooks[0] (type pre-rollout) has no equivalent: a test Flagger runs before any traffic reaches the canary, a failed check when it fails: gridops generates no analysis step of its own (an Argo Rollouts analysis step with a Job or web metric would run it); run it in the image's CI or as a synthetic check, remove the webhook and migrate again`;
  const outcome: Record<string, string> = {
    'istio-abtest.yaml':
      "istio-abtest.yaml: Canary podinfo: spec.analysis.iterations (A/B test) has no equivalent: an A/B test (iterations with match): all traffic matching headers or cookies goes to the canary; gridops generates weighted canaries only (no setHeaderRoute) (2 more fields have no equivalent: spec.analysis.match, spec.analysis.webhooks[0])",
    'istio-canary.yaml': pre('istio-canary.yaml'),
    'kuma-canary.yaml': pre('kuma-canary.yaml'),
    'linkerd-canary-steps.yaml': pre('linkerd-canary-steps.yaml'),
    'linkerd-canary.yaml': pre('linkerd-canary.yaml'),
  };

  test('the table names every example', () => {
    expect(Object.keys(outcome).sort()).toEqual([...EXAMPLES]);
  });

  test.each(EXAMPLES.map((f) => [f]))('%s is refused with its exact message', (file) => {
    const objects = [...objectsOfText(example(file), file), ...objectsOfText(base, 'podinfo-kustomize')];
    expect(() => migrateCanary(objects)).toThrow(new ConfigError(outcome[file]));
  });

  // Without the webhook that has no equivalent (the acceptance test), every canary example converts
  test.each<[string, number[], number, string[]]>([
    ['istio-canary.yaml', [5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 100], 10, ['AGIC ingress app.example.com']],
    ['kuma-canary.yaml', [10, 20, 30, 40, 50, 100], 15, []],
    ['linkerd-canary-steps.yaml', [5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 100], 10, []],
    ['linkerd-canary.yaml', [5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 100], 10, []],
  ])('%s without its pre-rollout webhook converts: weights and abortOnFailure', (file, weights, abortOnFailure, exposure) => {
    const objects = [...objectsOfText(example(file), file), ...objectsOfText(base, 'podinfo-kustomize')];
    const canary = objects[0].object as any;
    canary.spec.analysis.webhooks = canary.spec.analysis.webhooks.filter((w: any) => w.type !== 'pre-rollout');
    const m = migrateCanary(objects);
    expect(m.draft.canary.weights).toEqual(weights);
    expect(m.draft.analysis.abortOnFailure).toBe(abortOnFailure);
    expect(m.draft.host ? [`AGIC ingress ${m.draft.host}`] : []).toEqual(exposure);
    // the load test is not migrated, with its reason; nothing is refused
    expect(row(m, 'Canary podinfo', 'spec.analysis.webhooks[0]')).toMatch(/^\| `spec\.analysis\.webhooks\[0\]` \| .* \| not migrated \| — \| a load generator \("load-test"/);
    expect(m.entries.filter((e) => e.level === 'refused')).toEqual([]);
  });
});

describe('the podinfo chart (helm template, canary.enabled=true)', () => {
  const m = migrateCanary(objectsOfText(renderPodinfoChart(), 'podinfo.yaml'));

  test('migrates: the Canary\'s weights, threshold − 1 as failureLimit, the Deployment\'s container', () => {
    expect(m.draft).toMatchObject({
      name: 'podinfo',
      image: 'ghcr.io/stefanprodan/podinfo',
      tag: '6.1.3',
      container: { port: 9898, protocol: 'http', readinessPath: '/readyz', livenessPath: '/healthz' },
      scaling: { minReplicas: 2, maxReplicas: 4, targetCpuUtilization: 80, maxUnavailable: 1 },
      canary: { weights: [5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 100], pauses: ['15s', '15s', '15s', '15s', '15s', '15s', '15s', '15s', '15s', '45s'] },
      analysis: { abortOnFailure: 10, interval: '15s', rateWindow: '1m', scrapeInterval: '15s', successRateMin: 0.99, errorRateMax: 0.01, latencyP99MaxMs: 500 },
      settings: { PODINFO_UI_COLOR: '#34577c' },
    });
    expect(m.objects).toEqual([
      { file: 'podinfo.yaml', object: 'ConfigMap podinfo', use: 'not migrated: mounted as files by the Deployment (spec.template.spec.volumes), which gridops does not do: its settings are environment variables' },
      { file: 'podinfo.yaml', object: 'Deployment podinfo', use: "the Rollout podinfo's container (spec.targetRef)" },
      { file: 'podinfo.yaml', object: 'HorizontalPodAutoscaler podinfo', use: "the HorizontalPodAutoscaler podinfo's bounds and CPU target (spec.autoscalerRef)" },
      { file: 'podinfo.yaml', object: 'Canary podinfo', use: 'migrated: the application podinfo' },
    ]);
  });

  test('the report: every change of meaning, then every field', () => {
    const report = migrationReport(m, { source: 'podinfo.yaml', environments: ['prod: namespace podinfo'], files: ['src/config/apps/podinfo.ts'], placeholders: [] });
    const headings = report.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '# Migration of Canary podinfo to the gridops application podinfo',
      '## What changes in meaning',
      '## Canary podinfo, field by field',
      '## Deployment podinfo, field by field',
      '## HorizontalPodAutoscaler podinfo, field by field',
      '## Set by gridops (no field of the input states it)',
      '## Environments',
      '## The objects of the input',
      '## Files',
    ]);
    expect(m.meaning.map((l) => l.slice(0, l.indexOf('**', 2) + 2))).toEqual([
      '**threshold → failureLimit.**',
      '**Per metric, not in aggregate.**',
      '**A failed check no longer holds the weight.**',
      '**interval is two settings.**',
      "**A metric's interval is its range window.**",
      '**Percentages become ratios.**',
      '**request-duration is a P99 in milliseconds here.**',
      '**Missing data pauses instead of failing.**',
      "**The metrics are the application's own.**",
      '**Replica-weighted traffic.**',
      '**Other Services.**',
    ]);
    expect(m.meaning[0]).toBe(
      '**threshold → failureLimit.** Flagger rolls back when its failed checks reach the threshold (failed ≥ 10); Argo Rollouts fails a metric when its failed measurements exceed failureLimit (failed > 9). So analysis.abortOnFailure is 10 and every metric of the AnalysisTemplate has failureLimit 9 = threshold − 1 (consecutiveErrorLimit too: 10 Prometheus errors in a row abort).',
    );
    expect(m.meaning[2]).toBe(
      "**A failed check no longer holds the weight.** Flagger holds the weight while checks fail (it advances only after a passing check, so it never promotes on a failed check); the background analysis of Argo Rollouts does not stop the steps, which advance on their pauses whatever the measurements say, and the canary is promoted when the last pause ends unless failed measurement 10 of one metric, counted from the analysis' start, has aborted it before then. The last pause ends 3m after the analysis starts (later when pods are slow to become ready): the pause before 100% is 45s instead of 15s for that; with a measurement every 15s from 30s on, 10 measurements come before it. So a canary failing from its first measurement reaches failed measurement 10 at 2m45s and is aborted; a canary whose failures start later (from measurement 2 on: one that degrades during the rollout) can be promoted with fewer than 10 failed measurements, where Flagger would have held its weight until the threshold rolled it back.",
    );
    expect(report).toContain("| `spec.service.trafficPolicy` | `{\"tls\":{\"mode\":\"DISABLE\"}}` | changed | no DestinationRule | TLS mode, connection pool, load balancing and outlier detection are the mesh's or the router's defaults: gridops generates no DestinationRule |");
  });

  test('the base Canary: failures must start by measurement 2 of 4 before the last pause ends', () => {
    expect(migrate().meaning[2]).toBe(
      "**A failed check no longer holds the weight.** Flagger holds the weight while checks fail (it advances only after a passing check, so it never promotes on a failed check); the background analysis of Argo Rollouts does not stop the steps, which advance on their pauses whatever the measurements say, and the canary is promoted when the last pause ends unless failed measurement 3 of one metric, counted from the analysis' start, has aborted it before then. The last pause ends 5m after the analysis starts (later when pods are slow to become ready); with a measurement every 1m from 1m on, 4 measurements come before it. So a canary failing from its first measurement reaches failed measurement 3 at 3m and is aborted, and so is one whose failures start by measurement 2 and do not stop; a canary whose failures start later (from measurement 3 on: one that degrades during the rollout) can be promoted with fewer than 3 failed measurements, where Flagger would have held its weight until the threshold rolled it back.",
    );
  });

  test('what the chart mounts and runs is migrated with a warning each: podinfo still migrates', () => {
    expect(m.warnings).toEqual([
      "podinfo.yaml: Canary podinfo: spec.provider: not set: the controller's -mesh-provider (istio unless set otherwise) set each weight exactly; replica-weighted, with 2 pods (the HPA's minimum) the canary's share is 5%→33.3% (1+2), 10%→33.3% (1+2), 15%→33.3% (1+2), 20%→33.3% (1+2), 25%→33.3% (1+2), 30%→33.3% (1+2), 35%→33.3% (1+2), 40%→33.3% (1+2), 45%→50% (1+1), 50%→50% (1+1), 100%→100% (2+0): up to 28.3 points off its weights; synth warns about every step more than 5 points off (canary.trafficShareTolerance is left at its default): raise scaling.minReplicas, or choose nginx or gatewayapi:v1 for exact weights",
      'podinfo.yaml: Deployment podinfo: spec.template.spec.volumes: data (emptyDir), config (ConfigMap podinfo) not migrated: gridops mounts /tmp (an emptyDir) and the Key Vault only, so the container finds none of these files (ConfigMap podinfo: its keys are files no more); put the files in the image, or read them as settings',
      "podinfo.yaml: Deployment podinfo: spec.template.spec.containers[0].command: ./podinfo --port=9898 --level=info --random-delay=false --random-error=false --config-path=/podinfo/config not migrated: gridops runs the image's own entrypoint; put the flags in the image or settings",
      'podinfo.yaml: Deployment podinfo: spec.template.spec.containers[0].volumeMounts: data at /data, config at /podinfo/config not migrated: gridops mounts /tmp and the Key Vault only, on a read-only root filesystem, so nothing is at these paths and writes there fail; write to /tmp, put the files in the image, or read them as settings',
    ]);
    expect(m.entries.filter((e) => e.level === 'changed' && /^spec\.template\.spec\.(volumes|containers\[0\]\.(command|volumeMounts))$/.test(e.field)).map((e) => e.field)).toEqual([
      'spec.template.spec.containers[0].command',
      'spec.template.spec.containers[0].volumeMounts',
      'spec.template.spec.volumes',
    ]);
  });
});

describe('every field of the Canary CRD has a rule', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'imports', 'schemas', 'flagger.app_v1beta1_Canary.json'), 'utf8'));
  /** Every leaf property path of a schema (a field without properties of its own), lists as [*]. */
  const paths = (node: any, prefix: string): string[] => {
    if (!node || typeof node !== 'object') return [];
    const out: string[] = [];
    for (const [k, v] of Object.entries<any>(node.properties ?? {})) {
      const p = prefix ? `${prefix}.${k}` : k;
      const below = paths(v, p);
      out.push(...(below.length > 0 ? below : [p]));
    }
    if (node.items) out.push(...paths(node.items, `${prefix}[*]`));
    return out;
  };
  const specPaths = paths(schema.properties.spec, 'spec');

  test('each spec field the CRD defines is one a rule covers (itself or a parent)', () => {
    expect(specPaths.length).toBeGreaterThan(150);
    expect(specPaths.filter((p) => !ruleOf(p))).toEqual([]);
  });

  test('no rule names a field the CRD does not define', () => {
    const prefixes = (p: string) => p.split('.').map((_, i, parts) => parts.slice(0, i + 1).join('.')).flatMap((x) => [x, x.replace(/(\[\*\])+$/, '')]);
    const known = new Set(specPaths.flatMap(prefixes).map(normalizedField));
    expect(Object.keys(CANARY_FIELD_RULES).filter((k) => k.startsWith('spec.') && !known.has(k))).toEqual([]);
  });
});

describe("Flagger's weights, as its scheduler steps", () => {
  test.each<[object, number[]]>([
    [{ stepWeight: 5, maxWeight: 50 }, [5, 10, 15, 20, 25, 30, 35, 40, 45, 50]],
    [{ stepWeight: 20, maxWeight: 50 }, [20, 40, 60]],
    [{ stepWeight: 30 }, [30, 60, 90, 100]],
    [{ stepWeights: [1, 2, 10, 80] }, [1, 2, 10, 80]],
  ])('%j → %j', (analysis, weights) => {
    expect(flaggerWeights(analysis)).toEqual(weights);
  });
});

describe("Flagger's CRD: pinned as schemas only, its validator compiled by the import", () => {
  test('cdk8s.yaml pins it under schemas: (no construct module: cdk8s import cannot read the file)', () => {
    const specs = readImportSpecs(path.join(PROJECT_ROOT, 'cdk8s.yaml'));
    expect(specs.filter((s) => s.schemaOnly)).toEqual([{ name: 'flagger', url: 'https://raw.githubusercontent.com/fluxcd/flagger/v1.44.0/artifacts/flagger/crd.yaml', schemaOnly: true }]);
    expect(fs.readdirSync(path.join(PROJECT_ROOT, 'imports')).filter((f) => f.startsWith('flagger'))).toEqual([]);
  });

  test('the committed Canary validator is what npm run import compiles from the committed schema', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'imports', 'schemas', 'flagger.app_v1beta1_Canary.json'), 'utf8'));
    const c = { apiVersion: 'flagger.app/v1beta1', kind: 'Canary', schema, source: schema['x-source'], structural: true };
    const header = `// Generated by gridops import (src/codegen/schema-compiler.ts) from ${c.source}: validates Canary flagger.app/v1beta1.\n// Do not edit: run \`npm run import\`.`;
    const committed = fs.readFileSync(path.join(PROJECT_ROOT, 'imports', 'validators', `${schemaStem(c.apiVersion, c.kind)}.js`), 'utf8');
    expect(compileValidator(prepareSchema(c, coreSchemas(PROJECT_ROOT).objectMeta), header) + '\n').toBe(committed);
  });
});
