import { yamlDocuments } from '../support/yaml';
import { platform } from '../fixtures/config/platform';
import { toYaml } from '../../src/tree/manifest';
import { synthesize } from '../../src/synthesize';
import { tags } from '../support/fixtures';

/*
 * One passing and one failing fixture per validation rule (kube-linter's tests/checks, argo-rollouts'
 * validation_test.go): each is a change to a known-good baseline, the shipped GridOS tree plus an Argo CD project and
 * Application of the tests' own, and each failing fixture states the rule's exact message.
 */

/** The objects an environment builds to, mutable. */
export type Objects = any[];
/** The tree, mutable: path → file content. */
export type Files = Map<string, string>;

/** A change to the baseline. */
export interface Variant {
  /** Changes what the prod environment builds to (and, in the synth test, what every environment's chart renders). */
  readonly env?: (objects: Objects) => void;
  /** Changes files of the tree. */
  readonly tree?: (files: Files) => void;
}

export interface RuleFixture {
  readonly rule: string;
  /** A change that keeps the rule passing, nearest its boundary; `{}` where the shipped tree itself is that case. */
  readonly pass: Variant;
  readonly fail: Variant;
  /** The failing fixture's exact finding for this rule. */
  readonly message: string;
}

export const PROD = 'gridos/prod';
export const ROLLOUT_FILE = 'dist/applications/gridos/base/rollout.yaml (as built by overlays/prod)';
const AT_FILE = 'dist/applications/gridos/base/analysis-templates.yaml (as built by overlays/prod)';
const AUTOSCALING_FILE = 'dist/applications/gridos/base/autoscaling.yaml (as built by overlays/prod)';
const CONFIG_FILE = 'dist/applications/gridos/base/config.yaml (as built by overlays/prod)';
export const FIXTURE_PROJECT_FILE = 'dist/argocd/test-fixture/project.yaml';
export const FIXTURE_APP_FILE = 'dist/argocd/test-fixture/application.yaml';
export const FIXTURE_APPSET_FILE = 'dist/argocd/test-fixture/applicationset.yaml';
const DEV_KUSTOMIZATION = 'dist/applications/gridos/overlays/dev/kustomization.yaml';
const PROD_KUSTOMIZATION = 'dist/applications/gridos/overlays/prod/kustomization.yaml';

/** The tests' own AppProject and Application (valid), so the Argo CD rules are exercised whatever dist/argocd holds. */
export function fixtureProject(): any {
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'AppProject',
    metadata: { name: 'fixture', namespace: 'argocd' },
    spec: {
      description: 'validation test fixture',
      sourceRepos: [platform.repoURL],
      destinations: [{ server: 'https://aks-fixture.example.com:443', namespace: 'gridos' }],
      roles: [
        {
          name: 'deployer',
          description: 'syncs prod',
          groups: ['22222222-2222-2222-2222-222222222209'],
          policies: ['p, proj:fixture:deployer, applications, sync, fixture/fixture-prod, allow'],
        },
      ],
      syncWindows: [{ kind: 'deny', schedule: '0 8 * * 1-5', duration: '10h', applications: ['fixture-prod'], timeZone: 'America/Chicago', manualSync: true }],
    },
  };
}

export function fixtureApplication(): any {
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: { name: 'fixture-prod', namespace: 'argocd' },
    spec: {
      project: 'fixture',
      source: { repoURL: platform.repoURL, targetRevision: 'main', path: 'dist/applications/gridos/overlays/prod' },
      destination: { server: 'https://aks-fixture.example.com:443', namespace: 'gridos' },
    },
  };
}

/**
 * The tests' own ApplicationSet (valid): a list generator whose one element generates Application `fixture-set-prod`
 * in the fixture project, so the Argo CD rules are exercised on generated Applications too.
 */
export function fixtureApplicationSet(): any {
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'ApplicationSet',
    metadata: { name: 'fixture-set', namespace: 'argocd' },
    spec: {
      goTemplate: true,
      goTemplateOptions: ['missingkey=error'],
      generators: [{ list: { elements: [{ env: 'prod', server: 'https://aks-fixture.example.com:443', prune: false }] } }],
      template: {
        metadata: { name: 'fixture-set-{{.env}}', namespace: 'argocd' },
        spec: {
          project: 'fixture',
          source: { repoURL: platform.repoURL, targetRevision: 'main', path: 'dist/applications/gridos/overlays/{{.env}}' },
          destination: { server: '{{.server}}', namespace: 'gridos' },
          info: [{ name: 'Environment', value: '{{.env}}' }],
        },
      },
      templatePatch: 'spec:\n  syncPolicy:\n    automated:\n      prune: {{ .prune }}\n',
    },
  };
}

/** The baseline: the shipped tree (synth validates it) plus the fixture project, Application and ApplicationSet; prod's objects. */
export function baseline(): { files: Files; environments: Map<string, Objects> } {
  const r = synthesize(platform, tags());
  const files = new Map(r.tree);
  files.set(FIXTURE_PROJECT_FILE, toYaml([fixtureProject()]));
  files.set(FIXTURE_APP_FILE, toYaml([fixtureApplication()]));
  files.set(FIXTURE_APPSET_FILE, toYaml([fixtureApplicationSet()]));
  const environments = new Map([...r.intended].map(([k, v]) => [k, JSON.parse(JSON.stringify(v)) as Objects]));
  return { files, environments };
}

// --- helpers for variants ---------------------------------------------------------------------------------------

export function find(objects: Objects, kind: string, name?: string): any {
  const o = objects.find((x) => x.kind === kind && (name === undefined || x.metadata.name === name));
  if (!o) throw new Error(`fixture: no ${kind} ${name ?? ''}`);
  return o;
}
const rollout = (o: Objects) => find(o, 'Rollout');
const canary = (o: Objects) => rollout(o).spec.strategy.canary;
const pod = (o: Objects) => rollout(o).spec.template.spec;
const container = (o: Objects) => pod(o).containers[0];
const template = (o: Objects) => find(o, 'AnalysisTemplate');
const podMonitor = (o: Objects) => find(o, 'PodMonitor');
const MONITORING_FILE = 'dist/applications/gridos/base/monitoring.yaml (as built by overlays/prod)';
const onPodMonitor = (path: string, rule: string, message: string) => at(MONITORING_FILE, 'PodMonitor gridos', path, rule, message);
const ingressBackend = (o: Objects) => find(o, 'Ingress').spec.rules[0].http.paths[0].backend.service;
/** An HTTPRoute `gridos` on a Gateway, to the given Services (port 80). */
const httpRoute = (services: readonly string[]) => ({
  apiVersion: 'gateway.networking.k8s.io/v1',
  kind: 'HTTPRoute',
  metadata: { name: 'gridos', namespace: 'gridos' },
  spec: {
    parentRefs: [{ name: 'agc-gateway', namespace: 'azure-alb' }],
    hostnames: ['gridos.example.com'],
    rules: [{ backendRefs: services.map((name, i) => ({ kind: 'Service', name, port: 80, weight: i === 0 ? 100 : 0 })) }],
  },
});

/** Edits the documents of a YAML file of the tree. */
export function editYaml(files: Files, file: string, edit: (docs: any[]) => void): void {
  const text = files.get(file);
  if (text === undefined) throw new Error(`fixture: no file ${file}`);
  const docs = yamlDocuments(text);
  edit(docs);
  files.set(file, toYaml(docs));
}
/** Replaces `from` (which must be there, once) by `to` in a text file of the tree. */
export function editText(files: Files, file: string, from: string, to: string): void {
  const text = files.get(file);
  if (text === undefined || text.split(from).length !== 2) throw new Error(`fixture: ${file} does not hold ${JSON.stringify(from)} once`);
  files.set(file, text.replace(from, () => to));
}
const MAIN_TF = 'dist/terraform/modules/kubernetes/main.tf';
const EXTRA_TF = 'dist/terraform/modules/kubernetes/extra.tf';
const ARGOCD_INSTALL = 'dist/argocd/install/argocd-install.yaml';
const project = (edit: (p: any) => void): Variant => ({ tree: (f) => editYaml(f, FIXTURE_PROJECT_FILE, (d) => edit(d[0])) });
const application = (edit: (a: any) => void): Variant => ({ tree: (f) => editYaml(f, FIXTURE_APP_FILE, (d) => edit(d[0])) });
const applicationSet = (edit: (s: any) => void): Variant => ({ tree: (f) => editYaml(f, FIXTURE_APPSET_FILE, (d) => edit(d[0])) });
const env = (edit: (o: Objects) => void): Variant => ({ env: edit });

const at = (file: string, object: string, path: string, rule: string, message: string) => `${file}: ${object}: ${path}: ${rule}: ${message}`;
const onRollout = (path: string, rule: string, message: string) => at(ROLLOUT_FILE, 'Rollout gridos', path, rule, message);
const onTemplate = (path: string, rule: string, message: string) => at(AT_FILE, 'AnalysisTemplate gridos-canary-analysis', path, rule, message);
const onProject = (path: string, rule: string, message: string) => at(FIXTURE_PROJECT_FILE, 'AppProject fixture', path, rule, message);
const onApp = (path: string, rule: string, message: string) => at(FIXTURE_APP_FILE, 'Application fixture-prod', path, rule, message);
const onAppSet = (path: string, rule: string, message: string) => at(FIXTURE_APPSET_FILE, 'ApplicationSet fixture-set', path, rule, message);
/** A finding on the Application the fixture ApplicationSet generates from its first element. */
const onGenerated = (path: string, rule: string, message: string) =>
  at(`${FIXTURE_APPSET_FILE} (generated by ApplicationSet fixture-set from spec.generators[0].list.elements[0])`, 'Application fixture-set-prod', path, rule, message);
const C = 'spec.template.spec.containers[0]';
const NETWORK_POLICY_FILE = 'dist/applications/gridos/base/network-policy.yaml (as built by overlays/prod)';
const onPolicy = (name: string, path: string, rule: string, message: string) => at(NETWORK_POLICY_FILE, `NetworkPolicy ${name}`, path, rule, message);
/** GridOS's ingress policy: ingress[0] the traffic entry (AGIC's subnet) on 8080, ingress[1] Prometheus on 8080. */
const ingressPolicy = (o: Objects) => find(o, 'NetworkPolicy', 'gridos-ingress');
/** A client peer as synth writes one: the app's pods (name and managed-by labels) in a namespace. */
const clientPeer = (namespace: string) => ({
  namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': namespace } },
  podSelector: { matchLabels: { 'app.kubernetes.io/name': 'gridos', 'app.kubernetes.io/managed-by': 'gridops' } },
});

export const FIXTURES: readonly RuleFixture[] = [
  // --- schema -----------------------------------------------------------------------------------------------------
  {
    rule: 'schema/yaml',
    pass: { tree: (f) => f.set('dist/applications/gridos/base/notes.yaml', '# only a comment\n---\n') },
    fail: { tree: (f) => f.set('dist/applications/gridos/base/notes.yaml', 'a: [1, 2\nb: 3\n') },
    message: 'dist/applications/gridos/base/notes.yaml: (file): (document): schema/yaml: not valid YAML: missed comma between flow collection entries at line 2, column 1',
  },
  {
    rule: 'schema/kind-known',
    pass: env((o) => o.push({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'gridos', namespace: 'gridos' }, spec: { podSelector: {}, policyTypes: ['Ingress'] } })),
    fail: env((o) => o.push({ apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'gridos', namespace: 'gridos' } })),
    message: 'dist/applications/gridos/overlays/prod/kustomization.yaml (built): Widget gridos: kind: schema/kind-known: no pinned schema for Widget example.com/v1: import its CRD (cdk8s.yaml) or add it to CORE_KINDS (src/codegen/schema-compiler.ts), then run npm run import',
  },
  {
    rule: 'schema/unknown-field',
    pass: env((o) => (rollout(o).spec.template.metadata.annotations['example.com/any-key'] = 'a map key, not a field')),
    fail: env((o) => (canary(o).maxSurg = 1)),
    message: onRollout('spec.strategy.canary.maxSurg', 'schema/unknown-field', 'field not defined by the pinned Rollout argoproj.io/v1alpha1 schema (the API server would silently drop it), value 1'),
  },
  {
    rule: 'schema/valid',
    pass: env((o) => (canary(o).maxSurge = '20%')),
    fail: env((o) => (find(o, 'HorizontalPodAutoscaler').spec.maxReplicas = 'ten')),
    message: 'dist/applications/gridos/base/autoscaling.yaml (as built by overlays/prod): HorizontalPodAutoscaler gridos: spec.maxReplicas: schema/valid: must be an integer, got "ten"',
  },
  // --- Argo Rollouts ----------------------------------------------------------------------------------------------
  {
    rule: 'rollouts/strategy',
    pass: {},
    fail: env((o) => (rollout(o).spec.strategy.blueGreen = { activeService: 'gridos' })),
    message: onRollout('spec.strategy', 'rollouts/strategy', 'must set exactly one of canary or blueGreen, sets both'),
  },
  {
    rule: 'rollouts/selector',
    pass: env((o) => (rollout(o).spec.selector.matchExpressions = [{ key: 'app.kubernetes.io/name', operator: 'In', values: ['gridos'] }])),
    fail: env((o) => (rollout(o).spec.selector.matchLabels['app.kubernetes.io/name'] = 'gridos-api')),
    message: onRollout('spec.selector.matchLabels["app.kubernetes.io/name"]', 'rollouts/selector', 'selector "gridos-api" does not match the pod template label "gridos"'),
  },
  {
    rule: 'rollouts/max-surge-unavailable',
    pass: env((o) => Object.assign(canary(o), { maxSurge: 0, maxUnavailable: 1 })),
    fail: env((o) => Object.assign(canary(o), { maxSurge: 0, maxUnavailable: 0 })),
    message: onRollout('spec.strategy.canary.maxSurge', 'rollouts/max-surge-unavailable', 'MaxSurge and MaxUnavailable both can not be zero: maxSurge 0, maxUnavailable 0'),
  },
  {
    rule: 'rollouts/step-type',
    pass: env((o) => canary(o).steps.splice(1, 0, { pause: {} })),
    fail: env((o) => (canary(o).steps[1].setWeight = 15)),
    message: onRollout('spec.strategy.canary.steps[1]', 'rollouts/step-type', 'a step must set exactly one of setWeight, pause, experiment, analysis, setCanaryScale, setHeaderRoute, setMirrorRoute, plugin; sets setWeight and pause'),
  },
  {
    rule: 'rollouts/set-weight-range',
    pass: env((o) => (canary(o).steps[0].setWeight = 0)),
    fail: env((o) => (canary(o).steps[6].setWeight = 120)),
    message: onRollout('spec.strategy.canary.steps[6].setWeight', 'rollouts/set-weight-range', '120 must be between 0 and 100'),
  },
  {
    rule: 'rollouts/set-weight-increasing',
    pass: env((o) => (canary(o).steps[2].setWeight = 11)),
    fail: env((o) => (canary(o).steps[2].setWeight = 5)),
    message: onRollout('spec.strategy.canary.steps[2].setWeight', 'rollouts/set-weight-increasing', '5 must be greater than the previous setWeight 10'),
  },
  {
    rule: 'rollouts/pause-duration',
    pass: env((o) => (canary(o).steps[1].pause.duration = 300)),
    fail: env((o) => (canary(o).steps[3].pause.duration = '5 minutes')),
    message: onRollout('spec.strategy.canary.steps[3].pause.duration', 'rollouts/pause-duration', '"5 minutes" is not a duration: use seconds (30) or a Go duration (30s, 5m, 1h)'),
  },
  {
    rule: 'rollouts/services-set',
    pass: {},
    fail: env((o) => delete canary(o).canaryService),
    message: onRollout('spec.strategy.canary.canaryService', 'rollouts/services-set', 'must name the canary Service, got (unset)'),
  },
  {
    rule: 'rollouts/services-distinct',
    pass: {},
    fail: env((o) => (canary(o).canaryService = 'gridos-stable')),
    message: onRollout('spec.strategy.canary.stableService', 'rollouts/services-distinct', 'stableService and canaryService are both "gridos-stable": two different services are required'),
  },
  {
    rule: 'rollouts/service-exists',
    pass: {},
    fail: env((o) => o.splice(o.indexOf(find(o, 'Service', 'gridos-canary')), 1)),
    message: onRollout('spec.strategy.canary.canaryService', 'rollouts/service-exists', 'Service "gridos-canary" does not exist in namespace "gridos" of gridos/prod'),
  },
  {
    rule: 'rollouts/service-selects-pods',
    pass: env((o) => (find(o, 'Service', 'gridos-canary').spec.selector['rollouts-pod-template-hash'] = '5d8f7c9b4')),
    fail: env((o) => (find(o, 'Service', 'gridos-canary').spec.selector['app.kubernetes.io/name'] = 'gridos-api')),
    message: onRollout('spec.strategy.canary.canaryService', 'rollouts/service-selects-pods', 'Service "gridos-canary" selects app.kubernetes.io/name="gridos-api", but the pod template has app.kubernetes.io/name="gridos"'),
  },
  {
    rule: 'rollouts/traffic-router-fields',
    pass: env((o) => {
      Object.assign(canary(o), { trafficRouting: { nginx: { stableIngress: 'gridos' } }, scaleDownDelaySeconds: 30 });
      ingressBackend(o).name = 'gridos-stable';
    }),
    fail: env((o) => (canary(o).scaleDownDelaySeconds = 30)),
    message: onRollout('spec.strategy.canary.scaleDownDelaySeconds', 'rollouts/traffic-router-fields', 'scaleDownDelaySeconds 30 needs a traffic router (spec.strategy.canary.trafficRouting), and this canary has none'),
  },
  {
    rule: 'rollouts/gateway-api-route',
    pass: env((o) => {
      o.push(httpRoute(['gridos-stable', 'gridos-canary']));
      canary(o).trafficRouting = { plugins: { 'argoproj-labs/gatewayAPI': { httpRoute: 'gridos', namespace: 'gridos' } } };
    }),
    fail: env((o) => {
      o.push(httpRoute(['gridos', 'gridos-canary']));
      canary(o).trafficRouting = { plugins: { 'argoproj-labs/gatewayAPI': { httpRoute: 'gridos', namespace: 'gridos' } } };
    }),
    message: onRollout(
      'spec.strategy.canary.trafficRouting.plugins["argoproj-labs/gatewayAPI"].httpRoute',
      'rollouts/gateway-api-route',
      'HTTPRoute "gridos" rules[0] sends traffic to ["gridos","gridos-canary"]: its backendRefs must be exactly the stable and canary Services ["gridos-stable","gridos-canary"]',
    ),
  },
  {
    rule: 'rollouts/nginx-stable-ingress',
    pass: env((o) => {
      canary(o).trafficRouting = { nginx: { stableIngress: 'gridos' } };
      ingressBackend(o).name = 'gridos-stable';
    }),
    fail: env((o) => (canary(o).trafficRouting = { nginx: { stableIngress: 'gridos' } })),
    message: onRollout(
      'spec.strategy.canary.trafficRouting.nginx.stableIngress',
      'rollouts/nginx-stable-ingress',
      'Ingress "gridos" sends rules[0].http.paths[0] to Service "gridos": a stable Ingress must send it to the stable Service "gridos-stable"',
    ),
  },
  {
    rule: 'rollouts/analysis-template-exists',
    pass: {},
    fail: env((o) => (canary(o).analysis.templates[0].templateName = 'gridos-analysis')),
    message: onRollout('spec.strategy.canary.analysis.templates[0].templateName', 'rollouts/analysis-template-exists', 'AnalysisTemplate "gridos-analysis" does not exist in gridos/prod'),
  },
  {
    rule: 'rollouts/analysis-args',
    pass: env((o) => {
      template(o).spec.args.push({ name: 'window', value: '2m' });
    }),
    fail: env((o) => (canary(o).analysis.args = canary(o).analysis.args.filter((a: any) => a.name !== 'canary-hash'))),
    message: onRollout('spec.strategy.canary.analysis.args', 'rollouts/analysis-args', 'args.canary-hash was not resolved: AnalysisTemplate gridos-canary-analysis declares it without a value and the Rollout does not pass it'),
  },
  {
    rule: 'rollouts/inline-analysis-terminates',
    pass: env((o) => {
      canary(o).steps.splice(2, 0, { analysis: { templates: [{ templateName: 'gridos-canary-analysis' }], args: canary(o).analysis.args } });
      for (const m of template(o).spec.metrics) m.count = 5;
    }),
    fail: env((o) => {
      canary(o).steps.splice(2, 0, { analysis: { templates: [{ templateName: 'gridos-canary-analysis' }], args: canary(o).analysis.args } });
      template(o).spec.metrics[1].count = 5;
      template(o).spec.metrics[2].count = 5;
    }),
    message: onRollout('spec.strategy.canary.steps[2].analysis.templates[0].templateName', 'rollouts/inline-analysis-terminates', 'AnalysisTemplate gridos-canary-analysis has metric success-rate which runs indefinitely (interval "1m", count (unset)): set count'),
  },
  {
    rule: 'rollouts/metric-names-unique',
    pass: env((o) => (template(o).spec.metrics[2].name = 'success-rate-5xx')),
    fail: env((o) => (template(o).spec.metrics[2].name = 'success-rate')),
    message: onTemplate('spec.metrics[2].name', 'rollouts/metric-names-unique', 'duplicate name "success-rate" (also metrics[0])'),
  },
  {
    rule: 'rollouts/metric-provider',
    pass: {},
    fail: env((o) => (template(o).spec.metrics[0].provider.web = { url: 'http://canary-checker.monitoring.svc/check' })),
    message: onTemplate('spec.metrics[0].provider', 'rollouts/metric-provider', 'multiple providers specified: prometheus, web'),
  },
  {
    rule: 'rollouts/metric-limits',
    pass: env((o) => (template(o).spec.metrics[0].count = 3)),
    fail: env((o) => (template(o).spec.metrics[0].count = 1)),
    message: onTemplate('spec.metrics[0].count', 'rollouts/metric-limits', 'count 1 must be >= failureLimit 2: the metric could never fail'),
  },
  {
    rule: 'rollouts/metric-interval',
    pass: env((o) => (template(o).spec.metrics[0].interval = '1m30s')),
    fail: env((o) => (template(o).spec.metrics[1].interval = '1 minute')),
    message: onTemplate('spec.metrics[1].interval', 'rollouts/metric-interval', '"1 minute" is not a Go duration (30s, 1m, 1h)'),
  },
  {
    rule: 'rollouts/hpa-target',
    pass: {},
    fail: env((o) => (find(o, 'HorizontalPodAutoscaler').spec.scaleTargetRef.name = 'gridos-api')),
    message: 'dist/applications/gridos/base/autoscaling.yaml (as built by overlays/prod): HorizontalPodAutoscaler gridos: spec.scaleTargetRef: rollouts/hpa-target: Rollout "gridos-api" (argoproj.io/v1alpha1) does not exist in namespace "gridos" of gridos/prod',
  },
  {
    rule: 'rollouts/hpa-replicas',
    pass: {},
    fail: env((o) => (rollout(o).spec.replicas = 3)),
    message: onRollout('spec.replicas', 'rollouts/hpa-replicas', '3 is set, but HorizontalPodAutoscaler gridos owns the replica count: remove it'),
  },
  {
    rule: 'rollouts/hpa-pdb',
    pass: env((o) => (find(o, 'PodDisruptionBudget').spec.maxUnavailable = '10%')),
    fail: env((o) => (find(o, 'PodDisruptionBudget').spec.maxUnavailable = 0)),
    message: 'dist/applications/gridos/base/autoscaling.yaml (as built by overlays/prod): PodDisruptionBudget gridos: spec.maxUnavailable: rollouts/hpa-pdb: maxUnavailable 0 allows no eviction at HorizontalPodAutoscaler gridos\'s minReplicas 10: every node drain would block',
  },
  // --- Prometheus ------------------------------------------------------------------------------------------------
  {
    rule: 'prometheus/query-syntax',
    // a query split over lines, as a hand-written one would be
    pass: env((o) => (template(o).spec.metrics[0].provider.prometheus.query = template(o).spec.metrics[0].provider.prometheus.query.replace(' / ', '\n  /\n  '))),
    fail: env((o) => (template(o).spec.metrics[2].provider.prometheus.query = 'sum(rate(http_requests_total{namespace="{{args.namespace}}", code=~"5.."[2m]))')),
    message: onTemplate(
      'spec.metrics[2].provider.prometheus.query',
      'prometheus/query-syntax',
      'does not parse as PromQL (args of Rollout gridos substituted): unexpected "[" at line 1, column 61: "sum(rate(http_requests_total{namespace=\\"gridos\\", code=~\\"5..\\"[2m]))"',
    ),
  },
  {
    rule: 'prometheus/query-labels',
    // a relabeling attaches the label a query filters on
    pass: env((o) => {
      podMonitor(o).spec.podMetricsEndpoints[0].relabelings = [{ sourceLabels: ['__meta_kubernetes_pod_node_name'], targetLabel: 'node' }];
      const m = template(o).spec.metrics[0].provider.prometheus;
      m.query = m.query.replace('code=~"2..|3.."', 'code=~"2..|3..", node!=""');
    }),
    // the query filters on a label nothing attaches (the failure every query would share without the PodMonitor's podTargetLabels)
    fail: env((o) => {
      const m = template(o).spec.metrics[0].provider.prometheus;
      m.query = m.query.replace('code=~"2..|3.."', 'code=~"2..|3..", node!=""');
    }),
    message: onTemplate(
      'spec.metrics[0].provider.prometheus.query',
      'prometheus/query-labels',
      'filters http_requests_total on label "node", which the scrape of Rollout gridos\'s pods (PodMonitor gridos) does not attach: it attaches app_kubernetes_io_name, container, endpoint, instance, job, namespace, pod, rollouts_pod_template_hash',
    ),
  },
  {
    rule: 'prometheus/pod-monitor-port',
    // the metrics on a port of their own, which the container declares
    pass: env((o) => {
      container(o).ports.push({ name: 'metrics', containerPort: 9102, protocol: 'TCP' });
      podMonitor(o).spec.podMetricsEndpoints[0].port = 'metrics';
    }),
    fail: env((o) => (podMonitor(o).spec.podMetricsEndpoints[0].port = 'metrics')),
    message: onPodMonitor('spec.podMetricsEndpoints[0].port', 'prometheus/pod-monitor-port', 'port "metrics" is not a port the containers of Rollout gridos declare (declared: http 8080)'),
  },
  {
    rule: 'prometheus/empty-result',
    // guarded against NaN explicitly as well (the guarded comparisons are false for NaN anyway; a negation would not be)
    pass: env((o) => {
      const m = template(o).spec.metrics[1];
      m.successCondition = 'len(result) > 0 and !isNaN(result[0]) and result[0] <= 500';
      m.failureCondition = 'len(result) > 0 and !isNaN(result[0]) and result[0] > 500';
    }),
    fail: env((o) => {
      const m = template(o).spec.metrics[2];
      m.successCondition = 'result[0] <= 0.01';
      delete m.failureCondition;
    }),
    message: onTemplate('spec.metrics[2]', 'prometheus/empty-result', 'an empty result makes the measurement Error and NaN makes the measurement Failed, not Inconclusive (successCondition "result[0] <= 0.01", failureCondition (unset)): guard both conditions with len(result) > 0'),
  },
  // --- Argo CD ----------------------------------------------------------------------------------------------------
  {
    rule: 'argocd/project-exists',
    pass: {},
    fail: application((a) => (a.spec.project = 'fixtures')),
    message: onApp('spec.project', 'argocd/project-exists', 'application references project "fixtures", which is not an AppProject of the tree'),
  },
  {
    rule: 'argocd/source-permitted',
    pass: project((p) => (p.spec.sourceRepos = ['https://github.com/YOUR_ORG/*'])),
    fail: application((a) => (a.spec.source.repoURL = 'https://github.com/YOUR_ORG/gridos-config')),
    message: onApp('spec.source.repoURL', 'argocd/source-permitted', 'repository "https://github.com/YOUR_ORG/gridos-config" is not permitted in project fixture (sourceRepos ["https://github.com/YOUR_ORG/sharedinfra"])'),
  },
  {
    rule: 'argocd/destination-permitted',
    pass: project((p) => (p.spec.destinations[0].namespace = 'gridos*')),
    fail: application((a) => (a.spec.destination.namespace = 'kube-system')),
    message: onApp('spec.destination', 'argocd/destination-permitted', 'destination server "https://aks-fixture.example.com:443" and namespace "kube-system" do not match any of the allowed destinations in project fixture'),
  },
  {
    rule: 'argocd/source-path',
    pass: application((a) => (a.spec.source.path = './dist/applications/gridos/overlays/prod/')),
    fail: application((a) => (a.spec.source.path = 'dist/applications/gridos/overlays/production')),
    message: onApp('spec.source.path', 'argocd/source-path', '"dist/applications/gridos/overlays/production" does not exist in the tree'),
  },
  {
    rule: 'argocd/applicationset-template',
    pass: applicationSet((a) => Object.assign(a.spec.generators[0].list.elements[0], { cluster: 'aks-fixture' })),
    fail: applicationSet((a) => a.spec.template.spec.info.push({ name: 'Cluster', value: '{{.cluster}}' })),
    message: onAppSet(
      'spec.generators[0].list.elements[0]',
      'argocd/applicationset-template',
      'sets no parameter "cluster", which the template uses at spec.template.spec.info[1].value ("{{.cluster}}"): the ApplicationSet controller cannot generate this Application',
    ),
  },
  {
    rule: 'argocd/sync-window-schedule',
    pass: project((p) => (p.spec.syncWindows[0].schedule = '@daily')),
    fail: project((p) => (p.spec.syncWindows[0].schedule = '0 8 * *')),
    message: onProject('spec.syncWindows[0].schedule', 'argocd/sync-window-schedule', 'cannot parse schedule "0 8 * *": expected 5 fields (minute hour day-of-month month day-of-week), found 4'),
  },
  {
    rule: 'argocd/sync-window-duration',
    pass: project((p) => (p.spec.syncWindows[0].duration = '10h30m')),
    fail: project((p) => (p.spec.syncWindows[0].duration = '10 hours')),
    message: onProject('spec.syncWindows[0].duration', 'argocd/sync-window-duration', 'cannot parse duration "10 hours": use a positive Go duration such as 1h, 90m or 10h30m'),
  },
  {
    rule: 'argocd/sync-window-kind',
    pass: project((p) => (p.spec.syncWindows[0].kind = 'allow')),
    fail: project((p) => (p.spec.syncWindows[0].kind = 'block')),
    message: onProject('spec.syncWindows[0].kind', 'argocd/sync-window-kind', 'kind "block" mismatch: can only be allow or deny'),
  },
  {
    rule: 'argocd/sync-window-target',
    pass: project((p) => {
      delete p.spec.syncWindows[0].applications;
      p.spec.syncWindows[0].namespaces = ['gridos'];
    }),
    fail: project((p) => delete p.spec.syncWindows[0].applications),
    message: onProject('spec.syncWindows[0]', 'argocd/sync-window-target', 'window "0 8 * * 1-5" requires one of applications, namespaces or clusters'),
  },
  {
    rule: 'argocd/duplicate-destination',
    pass: project((p) => p.spec.destinations.push({ server: 'https://aks-fixture.example.com:443', namespace: 'gridos-jobs' })),
    fail: project((p) => p.spec.destinations.push({ server: 'https://aks-fixture.example.com:443', namespace: 'gridos' })),
    message: onProject('spec.destinations[1]', 'argocd/duplicate-destination', 'destination {"server":"https://aks-fixture.example.com:443","namespace":"gridos"} already added (destinations[0])'),
  },
  {
    rule: 'argocd/duplicate-role',
    pass: project((p) => p.spec.roles.push({ name: 'viewer', policies: ['p, proj:fixture:viewer, applications, get, fixture/*, allow'] })),
    fail: project((p) => p.spec.roles.push({ name: 'deployer', policies: [] })),
    message: onProject('spec.roles[1].name', 'argocd/duplicate-role', 'role "deployer" already exists (roles[0])'),
  },
  {
    rule: 'argocd/rbac-policy-format',
    pass: project((p) => p.spec.roles[0].policies.push('p, proj:fixture:deployer, applications, action/argoproj.io/Rollout/promote-full, fixture/fixture-prod, allow')),
    fail: project((p) => p.spec.roles[0].policies.push('p, proj:fixture:deployer, applications, rollback, fixture/fixture-prod, allow')),
    message: onProject('spec.roles[0].policies[1]', 'argocd/rbac-policy-format', 'invalid policy rule "p, proj:fixture:deployer, applications, rollback, fixture/fixture-prod, allow": invalid action "rollback"'),
  },
  {
    rule: 'argocd/rbac-policy-scope',
    pass: project((p) => p.spec.roles[0].policies.push('p, proj:fixture:deployer, applications, get, fixture/argocd/fixture-prod, allow')),
    fail: project((p) => p.spec.roles[0].policies.push('p, proj:fixture:deployer, applications, sync, gridos/gridos-prod, allow')),
    message: onProject('spec.roles[0].policies[1]', 'argocd/rbac-policy-scope', 'invalid policy rule "p, proj:fixture:deployer, applications, sync, gridos/gridos-prod, allow": object must be of form \'fixture/*\', \'fixture[/<NAMESPACE>]/<APPNAME>\' or \'fixture/<APPNAME>\', not \'gridos/gridos-prod\''),
  },
  // --- Pod Security Standard (restricted) on the Rollout's pod template --------------------------------------------
  {
    rule: 'pss/host-process',
    pass: env((o) => (pod(o).securityContext.windowsOptions = { hostProcess: false })),
    fail: env((o) => (pod(o).securityContext.windowsOptions = { hostProcess: true })),
    message: onRollout('spec.template.spec.securityContext.windowsOptions.hostProcess', 'pss/host-process', 'must not be true, got true'),
  },
  {
    rule: 'pss/host-namespaces',
    pass: env((o) => (pod(o).hostNetwork = false)),
    fail: env((o) => (pod(o).hostPID = true)),
    message: onRollout('spec.template.spec.hostPID', 'pss/host-namespaces', 'must be unset or false, got true'),
  },
  {
    rule: 'pss/privileged',
    pass: {},
    fail: env((o) => (container(o).securityContext.privileged = true)),
    message: onRollout(`${C}.securityContext.privileged`, 'pss/privileged', 'must be unset or false, got true'),
  },
  {
    rule: 'pss/capabilities',
    pass: env((o) => (container(o).securityContext.capabilities.add = ['NET_BIND_SERVICE'])),
    fail: env((o) => (container(o).securityContext.capabilities.add = ['NET_ADMIN'])),
    message: onRollout(`${C}.securityContext.capabilities.add`, 'pss/capabilities', 'may add only "NET_BIND_SERVICE", got ["NET_ADMIN"]'),
  },
  {
    rule: 'pss/host-ports',
    pass: env((o) => (container(o).ports[0].hostPort = 0)),
    fail: env((o) => (container(o).ports[0].hostPort = 8080)),
    message: onRollout(`${C}.ports[0].hostPort`, 'pss/host-ports', 'must be unset or 0, got 8080'),
  },
  {
    rule: 'pss/apparmor',
    pass: env((o) => (rollout(o).spec.template.metadata.annotations['container.apparmor.security.beta.kubernetes.io/gridos'] = 'runtime/default')),
    fail: env((o) => (rollout(o).spec.template.metadata.annotations['container.apparmor.security.beta.kubernetes.io/gridos'] = 'unconfined')),
    message: onRollout('spec.template.metadata.annotations["container.apparmor.security.beta.kubernetes.io/gridos"]', 'pss/apparmor', 'must be "runtime/default" or "localhost/<profile>", got "unconfined"'),
  },
  {
    rule: 'pss/selinux',
    pass: env((o) => (container(o).securityContext.seLinuxOptions = { type: 'container_t', level: 's0:c123,c456' })),
    fail: env((o) => (container(o).securityContext.seLinuxOptions = { type: 'spc_t' })),
    message: onRollout(`${C}.securityContext.seLinuxOptions.type`, 'pss/selinux', 'must be one of container_t, container_init_t, container_kvm_t, got "spc_t"'),
  },
  {
    rule: 'pss/proc-mount',
    pass: env((o) => (container(o).securityContext.procMount = 'Default')),
    fail: env((o) => (container(o).securityContext.procMount = 'Unmasked')),
    message: onRollout(`${C}.securityContext.procMount`, 'pss/proc-mount', 'must be unset or "Default", got "Unmasked"'),
  },
  {
    rule: 'pss/seccomp',
    pass: env((o) => delete container(o).securityContext.seccompProfile),
    fail: env((o) => (container(o).securityContext.seccompProfile = { type: 'Unconfined' })),
    message: onRollout(`${C}.securityContext.seccompProfile.type`, 'pss/seccomp', 'must be "RuntimeDefault" or "Localhost", got "Unconfined"'),
  },
  {
    rule: 'pss/sysctls',
    pass: env((o) => (pod(o).securityContext.sysctls = [{ name: 'net.ipv4.ip_local_port_range', value: '1024 65535' }])),
    fail: env((o) => (pod(o).securityContext.sysctls = [{ name: 'net.core.somaxconn', value: '4096' }])),
    message: onRollout('spec.template.spec.securityContext.sysctls[0].name', 'pss/sysctls', 'must be one of kernel.shm_rmid_forced, net.ipv4.ip_local_port_range, net.ipv4.ip_unprivileged_port_start, net.ipv4.tcp_syncookies, net.ipv4.ping_group_range, net.ipv4.ip_local_reserved_ports, got "net.core.somaxconn"'),
  },
  {
    rule: 'pss/volume-types',
    pass: env((o) => pod(o).volumes.push({ name: 'podinfo', downwardAPI: { items: [{ path: 'labels', fieldRef: { fieldPath: 'metadata.labels' } }] } })),
    fail: env((o) => pod(o).volumes.push({ name: 'host-logs', hostPath: { path: '/var/log' } })),
    message: onRollout('spec.template.spec.volumes[2].hostPath', 'pss/volume-types', 'volume type hostPath is not allowed (allowed: configMap, csi, downwardAPI, emptyDir, ephemeral, persistentVolumeClaim, projected, secret), got {"path":"/var/log"}'),
  },
  {
    rule: 'pss/privilege-escalation',
    pass: {},
    fail: env((o) => delete container(o).securityContext.allowPrivilegeEscalation),
    message: onRollout(`${C}.securityContext.allowPrivilegeEscalation`, 'pss/privilege-escalation', 'must be false, got (unset)'),
  },
  {
    rule: 'pss/run-as-non-root',
    pass: env((o) => delete container(o).securityContext.runAsNonRoot),
    fail: env((o) => (container(o).securityContext.runAsNonRoot = false)),
    message: onRollout(`${C}.securityContext.runAsNonRoot`, 'pss/run-as-non-root', 'must be true (on the container or the pod), got false'),
  },
  {
    rule: 'pss/run-as-user',
    pass: env((o) => (container(o).securityContext.runAsUser = 1000)),
    fail: env((o) => (container(o).securityContext.runAsUser = 0)),
    message: onRollout(`${C}.securityContext.runAsUser`, 'pss/run-as-user', 'must not be 0 (root), got 0'),
  },
  // --- hardening ----------------------------------------------------------------------------------------------------
  {
    rule: 'hardening/resources',
    pass: env((o) => (container(o).resources.requests = { ...container(o).resources.limits })),
    fail: env((o) => delete container(o).resources.limits.memory),
    message: onRollout(`${C}.resources.limits.memory`, 'hardening/resources', 'container gridos must set limits.memory, unset'),
  },
  {
    rule: 'hardening/probes',
    pass: env((o) => (container(o).readinessProbe.httpGet.port = 8080)),
    fail: env((o) => (container(o).livenessProbe.httpGet.port = 'htp')),
    message: onRollout(`${C}.livenessProbe.httpGet.port`, 'hardening/probes', '"htp" is not a port container gridos declares (declared: http 8080)'),
  },
  {
    rule: 'hardening/image-tag',
    pass: env((o) => (container(o).image = 'gridosacr.azurecr.io/gridos@sha256:3b4f3a5e8e6c2d1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f')),
    fail: env((o) => (container(o).image = 'gridosacr.azurecr.io/gridos:latest')),
    message: onRollout(`${C}.image`, 'hardening/image-tag', '"gridosacr.azurecr.io/gridos:latest" uses the mutable tag latest: pin a version tag or a digest'),
  },
  {
    rule: 'hardening/service-account',
    pass: {},
    fail: env((o) => (pod(o).serviceAccountName = 'gridos-sa')),
    message: onRollout('spec.template.spec.serviceAccountName', 'hardening/service-account', 'ServiceAccount "gridos-sa" does not exist in namespace "gridos" of gridos/prod'),
  },
  {
    rule: 'hardening/secret-literal',
    pass: env((o) => container(o).env.push({ name: 'TOKEN_ENDPOINT', value: 'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/oauth2/v2.0/token' })),
    fail: env((o) => container(o).env.push({ name: 'SCADA_DB_PASSWORD', value: 'correct-horse-battery' })),
    message: onRollout(`${C}.env[2].value`, 'hardening/secret-literal', 'SCADA_DB_PASSWORD = "corr****" is named like a secret: sync it from Key Vault and use valueFrom.secretKeyRef'),
  },
  // --- NetworkPolicies ------------------------------------------------------------------------------------------------
  {
    rule: 'network/policy-ports',
    // a named port the container declares
    pass: env((o) => (ingressPolicy(o).spec.ingress[0].ports[0].port = 'http')),
    // the Service's port, not the pods'
    fail: env((o) => (ingressPolicy(o).spec.ingress[0].ports[0].port = 80)),
    message: onPolicy('gridos-ingress', 'spec.ingress[0].ports[0].port', 'network/policy-ports', '80/TCP is not a container port of the pods it selects (Rollout gridos declares http 8080/TCP): a NetworkPolicy admits pod ports, not Service ports'),
  },
  {
    rule: 'network/client-exists',
    // GridOS's own pods, in its prod namespace, exist
    pass: env((o) => ingressPolicy(o).spec.ingress.push({ from: [clientPeer('gridos')], ports: [{ port: 8080, protocol: 'TCP' }] })),
    fail: env((o) => ingressPolicy(o).spec.ingress.push({ from: [clientPeer('gridos-prod')], ports: [{ port: 8080, protocol: 'TCP' }] })),
    message: onPolicy(
      'gridos-ingress',
      'spec.ingress[2].from[0]',
      'network/client-exists',
      'no application\'s prod runs pods labelled {"app.kubernetes.io/name":"gridos","app.kubernetes.io/managed-by":"gridops"} in namespace "gridos-prod": a client must be a workload of the tree, in the same environment',
    ),
  },
  {
    rule: 'network/no-open-peer',
    // every pod of one namespace
    pass: env((o) => (ingressPolicy(o).spec.ingress[1].from[0] = { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } } })),
    fail: env((o) => (ingressPolicy(o).spec.ingress[1].from[0].namespaceSelector = {})),
    message: onPolicy('gridos-ingress', 'spec.ingress[1].from[0]', 'network/no-open-peer', 'namespaceSelector {} admits pods of every namespace: name the namespace (kubernetes.io/metadata.name) or the subnet'),
  },
  {
    rule: 'network/default-deny',
    // empty matchLabels select every pod too
    pass: env((o) => (find(o, 'NetworkPolicy', 'gridos-default-deny-ingress').spec.podSelector = { matchLabels: {} })),
    fail: env((o) => o.splice(o.indexOf(find(o, 'NetworkPolicy', 'gridos-default-deny-ingress')), 1)),
    message: onRollout(
      'metadata.namespace',
      'network/default-deny',
      'namespace "gridos" has no ingress default-deny NetworkPolicy in gridos/prod (podSelector {}, policyTypes [Ingress], no ingress rule): pods no policy selects accept traffic from every pod of the cluster',
    ),
  },
  // --- kustomize ------------------------------------------------------------------------------------------------------
  {
    rule: 'kustomize/files-exist',
    pass: {},
    fail: { tree: (f) => editYaml(f, PROD_KUSTOMIZATION, (d) => d[0].resources.push('network-policy.yaml')) },
    message: 'dist/applications/gridos/overlays/prod/kustomization.yaml: Kustomization: resources[1]: kustomize/files-exist: "network-policy.yaml" does not exist in the tree (as a file or a directory with a kustomization)',
  },
  {
    rule: 'kustomize/patch-target',
    pass: { tree: (f) => editYaml(f, DEV_KUSTOMIZATION, (d) => (d[0].patches.find((p: any) => p.target.kind === 'ConfigMap').target.name = 'gridos-conf.*')) },
    fail: {
      tree: (f) =>
        editYaml(f, DEV_KUSTOMIZATION, (d) => {
          const configMapPatch = d[0].patches.find((p: any) => p.target.kind === 'ConfigMap');
          d[0].patches.unshift({ ...configMapPatch, target: { ...configMapPatch.target, name: 'gridos-configuration' } });
        }),
    },
    message: 'dist/applications/gridos/overlays/dev/kustomization.yaml: Kustomization: patches[0].target: kustomize/patch-target: target {"version":"v1","kind":"ConfigMap","name":"gridos-configuration"} matches 0 objects, must match exactly one: kustomize would silently ignore this patch',
  },
  {
    rule: 'kustomize/build',
    pass: {},
    fail: { tree: (f) => editYaml(f, DEV_KUSTOMIZATION, (d) => (d[0].nameSuffixx = '-dev')) },
    message: 'dist/applications/gridos/overlays/dev/kustomization.yaml: Kustomization: (build): kustomize/build: kubectl kustomize dist/applications/gridos/overlays/dev fails: invalid Kustomization: json: unknown field "nameSuffixx"',
  },
  // --- Terraform --------------------------------------------------------------------------------------------------
  {
    rule: 'terraform/hcl-syntax',
    pass: { tree: (f) => f.set(EXTRA_TF, '# only a comment\nlocals {}\n') },
    fail: { tree: (f) => f.set(EXTRA_TF, 'locals {\n  a =\n}\n') },
    message: `${EXTRA_TF}: (file): (document): terraform/hcl-syntax: not valid HCL: line 2, column 6: Invalid expression; Expected the start of an expression, but found an invalid expression token.`,
  },
  {
    rule: 'terraform/helm-release',
    // a chart bump on both sides: the Terraform and the Application still install the same release
    pass: {
      tree: (f) => {
        editText(f, MAIN_TF, 'version    = "10.1.1"', 'version    = "10.1.2"');
        editYaml(f, ARGOCD_INSTALL, (d) => (d[0].spec.sources[0].targetRevision = '10.1.2'));
      },
    },
    fail: { tree: (f) => editText(f, MAIN_TF, 'version    = "10.1.1"', 'version    = "10.1.2"') },
    message: `${MAIN_TF}: helm_release.argocd: version: terraform/helm-release: must be "10.1.1", the chart version of Application argocd (${ARGOCD_INSTALL}, spec.sources[0].targetRevision), got "10.1.2"`,
  },
  {
    rule: 'terraform/files',
    pass: { tree: (f) => editText(f, MAIN_TF, '${path.module}/../../../argocd/install/root-app.yaml', '${path.module}/./../../../argocd/install/./root-app.yaml') },
    fail: { tree: (f) => editText(f, MAIN_TF, '${path.module}/../../../argocd/install/root-app.yaml', '${path.module}/../../../argocd/install/root-application.yaml') },
    message: `${MAIN_TF}: kubernetes_manifest.root_application: manifest: terraform/files: file("\${path.module}/../../../argocd/install/root-application.yaml") reads dist/argocd/install/root-application.yaml, which is not a file of the tree`,
  },
];

/**
 * The Argo CD rules that check Applications, on the Application the fixture ApplicationSet generates: one passing and
 * one failing fixture each, the failure reported on the generated Application, labelled with its ApplicationSet and
 * list element.
 */
export const GENERATED_APPLICATION_FIXTURES: readonly RuleFixture[] = [
  {
    rule: 'argocd/project-exists',
    pass: applicationSet((a) => {
      a.spec.template.spec.project = '{{.project}}';
      a.spec.generators[0].list.elements[0].project = 'fixture';
    }),
    fail: applicationSet((a) => (a.spec.template.spec.project = 'fixtures')),
    message: onGenerated('spec.project', 'argocd/project-exists', 'application references project "fixtures", which is not an AppProject of the tree'),
  },
  {
    rule: 'argocd/source-permitted',
    pass: applicationSet((a) => (a.spec.template.spec.source.repoURL = `${platform.repoURL}.git`)),
    fail: applicationSet((a) => (a.spec.template.spec.source.repoURL = 'https://github.com/YOUR_ORG/{{.env}}-config')),
    message: onGenerated('spec.source.repoURL', 'argocd/source-permitted', 'repository "https://github.com/YOUR_ORG/prod-config" is not permitted in project fixture (sourceRepos ["https://github.com/YOUR_ORG/sharedinfra"])'),
  },
  {
    rule: 'argocd/destination-permitted',
    pass: applicationSet((a) => (a.spec.generators[0].list.elements[0].server = 'https://aks-fixture.example.com:443')),
    fail: applicationSet((a) => (a.spec.generators[0].list.elements[0].server = 'https://aks-gridos-prod.hcp.eastus.azmk8s.io:443')),
    message: onGenerated('spec.destination', 'argocd/destination-permitted', 'destination server "https://aks-gridos-prod.hcp.eastus.azmk8s.io:443" and namespace "gridos" do not match any of the allowed destinations in project fixture'),
  },
  {
    rule: 'argocd/source-path',
    pass: applicationSet((a) => (a.spec.generators[0].list.elements[0].env = 'test')),
    fail: applicationSet((a) => (a.spec.template.spec.source.path = 'dist/applications/gridos/overlays/{{.env}}uction')),
    message: onGenerated('spec.source.path', 'argocd/source-path', '"dist/applications/gridos/overlays/production" does not exist in the tree'),
  },
];

export { AUTOSCALING_FILE, C, CONFIG_FILE, onApp, onProject, onRollout, onTemplate, at };
