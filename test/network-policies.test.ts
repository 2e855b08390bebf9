import * as fs from 'fs';
import * as path from 'path';
import { gridTelemetry } from './fixtures/config/apps/grid-telemetry';
import { platform } from './fixtures/config/platform';
import { AGC_ASSOCIATION_SUBNET, APPLICATION_GATEWAY_SUBNET, CLUSTERS, PROD_APPLICATION_GATEWAY_SUBNET } from './fixtures/config/clusters';
import { describeError } from '../src/cli/report-error';
import { ApplicationConfig, EnvironmentConfig } from '../src/model/application';
import { Egress } from '../src/model/egress';
import { ConfigError } from '../src/model/errors';
import { NetworkPeer } from '../src/model/network-peer';
import { PlatformConfig } from '../src/model/platform';
import { PriorityClass } from '../src/model/priority-class';
import { synthesize } from '../src/synthesize';
import { yamlDocuments, yamlValue } from './support/yaml';
import { platformWith, tags, trafficPlatform } from './support/fixtures';
import { kustomizeBuild, writeTreeToTemp } from './support/kustomize';
import { findingsOf } from './validation/support';

/*
 * NetworkPolicies derived from the model, on a copy of the fixture platform with every traffic mode (GridOS: dev
 * behind NGINX in its own namespace gridos-dev, test behind an Application Gateway for Containers Gateway, prod on
 * AGIC with an egress allow list), and grid-telemetry, whose client is GridOS: each overlay built with the real
 * kubectl kustomize, each policy's selector, types, ports and peers asserted exactly.
 */

/** The fixture platform with grid-telemetry changed by `change`. */
function telemetryWith(change: (app: ApplicationConfig) => ApplicationConfig, base: PlatformConfig = platform): PlatformConfig {
  return { ...base, applications: base.applications.map((a) => (a.name === gridTelemetry.name ? change(a) : a)) };
}

/** GridOS's environment `name` with its overrides changed. */
const gridosEnv = (name: string, change: (o: NonNullable<EnvironmentConfig['overrides']>) => object) => (p: PlatformConfig) =>
  platformWith((app) => ({ ...app, environments: app.environments.map((e) => (e.name === name ? { ...e, overrides: change(e.overrides ?? {}) as EnvironmentConfig['overrides'] } : e)) }), p);

const DB = NetworkPeer.subnet('10.40.0.0/24');
const TELEMETRY = NetworkPeer.pods({ namespace: 'grid-telemetry', podLabels: { 'app.kubernetes.io/name': 'grid-telemetry' } });
const PROD_EGRESS = Egress.allowList([
  { to: DB, ports: [5432] },
  { to: TELEMETRY, ports: [50051] },
]);

/** Every traffic mode, GridOS's dev in a namespace of its own, an egress allow list in GridOS's prod, GridOS as grid-telemetry's client. */
const NETWORK_PLATFORM = telemetryWith(
  (a) => ({ ...a, clients: [{ app: 'gridos' }] }),
  gridosEnv('prod', (o) => ({ ...o, egress: PROD_EGRESS }))(gridosEnv('dev', (o) => ({ ...o, namespace: 'gridos-dev' }))(trafficPlatform())),
);
/** The fixture platform with GridOS as grid-telemetry's client. */
const CLIENT_PLATFORM = telemetryWith((a) => ({ ...a, clients: [{ app: 'gridos' }] }));

const ns = (name: string) => ({ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': name } } });
const PROMETHEUS = { ...ns('monitoring'), podSelector: { matchLabels: { 'app.kubernetes.io/name': 'prometheus' } } };
const tcp = (port: number) => ({ port, protocol: 'TCP' });
const GRIDOS_PODS = { matchLabels: { 'app.kubernetes.io/name': 'gridos' } };
const gridosClient = (namespace: string) => ({ ...ns(namespace), podSelector: { matchLabels: { 'app.kubernetes.io/managed-by': 'gridops', 'app.kubernetes.io/name': 'gridos' } } });

describe('NetworkPolicies on the rendered overlays (kubectl kustomize), per traffic mode, with a client, egress default and allow list', () => {
  const result = synthesize(NETWORK_PLATFORM, tags());
  const dir = writeTreeToTemp(result.tree);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const built = (app: string, env: string) => kustomizeBuild(path.join(dir, 'dist/applications', app, 'overlays', env));
  const policies = (app: string, env: string) => Object.fromEntries(built(app, env).filter((o) => o.kind === 'NetworkPolicy').map((o) => [o.metadata.name, { namespace: o.metadata.namespace, spec: o.spec }]));
  const deny = (namespace: string) => ({ namespace, spec: { podSelector: {}, policyTypes: ['Ingress'] } });

  test('gridos/dev (NGINX): the controller\'s pods in its namespace and Prometheus, both on container port 8080, in the environment\'s namespace', () => {
    expect(policies('gridos', 'dev')).toEqual({
      'gridos-default-deny-ingress': deny('gridos-dev'),
      'gridos-ingress': {
        namespace: 'gridos-dev',
        spec: {
          podSelector: GRIDOS_PODS,
          policyTypes: ['Ingress'],
          ingress: [
            { from: [{ ...ns('ingress-nginx'), podSelector: { matchLabels: { 'app.kubernetes.io/component': 'controller', 'app.kubernetes.io/name': 'ingress-nginx' } } }], ports: [tcp(8080)] },
            { from: [PROMETHEUS], ports: [tcp(8080)] },
          ],
        },
      },
    });
  });

  test('gridos/test (Gateway API, Application Gateway for Containers): its association subnet as an ipBlock', () => {
    expect(policies('gridos', 'test')).toEqual({
      'gridos-default-deny-ingress': deny('gridos'),
      'gridos-ingress': {
        namespace: 'gridos',
        spec: {
          podSelector: GRIDOS_PODS,
          policyTypes: ['Ingress'],
          ingress: [
            { from: [{ ipBlock: { cidr: AGC_ASSOCIATION_SUBNET } }], ports: [tcp(8080)] },
            { from: [PROMETHEUS], ports: [tcp(8080)] },
          ],
        },
      },
    });
  });

  test('gridos/prod (AGIC): its own cluster\'s Application Gateway subnet as an ipBlock, not a namespace; and the egress allow list: DNS, then exactly the listed destinations', () => {
    expect(policies('gridos', 'prod')).toEqual({
      'gridos-default-deny-ingress': deny('gridos'),
      'gridos-ingress': {
        namespace: 'gridos',
        spec: {
          podSelector: GRIDOS_PODS,
          policyTypes: ['Ingress'],
          ingress: [
            { from: [{ ipBlock: { cidr: PROD_APPLICATION_GATEWAY_SUBNET } }], ports: [tcp(8080)] },
            { from: [PROMETHEUS], ports: [tcp(8080)] },
          ],
        },
      },
      'gridos-egress': {
        namespace: 'gridos',
        spec: {
          podSelector: GRIDOS_PODS,
          policyTypes: ['Egress'],
          egress: [
            { to: [{ ...ns('kube-system'), podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }], ports: [{ port: 53, protocol: 'UDP' }, tcp(53)] },
            { to: [{ ipBlock: { cidr: '10.40.0.0/24' } }], ports: [tcp(5432)] },
            { to: [{ ...ns('grid-telemetry'), podSelector: { matchLabels: { 'app.kubernetes.io/name': 'grid-telemetry' } } }], ports: [tcp(50051)] },
          ],
        },
      },
    });
  });

  test('the policy admits the pods\' port, not the Service\'s: Service port 80 → targetPort http (8080) is admitted as 8080', () => {
    const objects = built('gridos', 'prod');
    const service = objects.find((o) => o.kind === 'Service' && o.metadata.name === 'gridos');
    const container = objects.find((o) => o.kind === 'Rollout').spec.template.spec.containers[0];
    expect([service.spec.ports[0].port, service.spec.ports[0].targetPort, container.ports]).toEqual([80, 'http', [{ name: 'http', containerPort: 8080, protocol: 'TCP' }]]);
    expect(objects.find((o) => o.metadata.name === 'gridos-ingress').spec.ingress.flatMap((r: any) => r.ports.map((p: any) => p.port))).toEqual([8080, 8080]);
  });

  test.each([
    ['dev', 'gridos-dev'],
    ['prod', 'gridos'],
  ])('grid-telemetry/%s (not exposed): Prometheus on the metrics port 9090 only, its client GridOS in GridOS\'s %s namespace on the gRPC port 50051; egress unrestricted', (env, clientNamespace) => {
    expect(policies('grid-telemetry', env)).toEqual({
      'grid-telemetry-default-deny-ingress': deny('grid-telemetry'),
      'grid-telemetry-ingress': {
        namespace: 'grid-telemetry',
        spec: {
          podSelector: { matchLabels: { 'app.kubernetes.io/name': 'grid-telemetry' } },
          policyTypes: ['Ingress'],
          ingress: [
            { from: [PROMETHEUS], ports: [tcp(9090)] },
            { from: [gridosClient(clientNamespace)], ports: [tcp(50051)] },
          ],
        },
      },
    });
  });

  test('overlays derive the per-environment values: a patch where the namespace, entry point or client differ, an added egress policy, nothing where they equal the base', () => {
    const kustomization = (app: string, env: string) => yamlValue(result.tree.get(`dist/applications/${app}/overlays/${env}/kustomization.yaml`)!);
    const patched = (app: string, env: string) => ((kustomization(app, env).patches ?? []) as { target: { kind: string; name: string } }[]).filter((p) => p.target.kind === 'NetworkPolicy').map((p) => p.target.name);
    expect(patched('gridos', 'dev')).toEqual(['gridos-default-deny-ingress', 'gridos-ingress']);
    expect(patched('gridos', 'test')).toEqual(['gridos-ingress']);
    // prod's cluster has an Application Gateway subnet of its own: the base (dev's cluster) has dev's
    expect(patched('gridos', 'prod')).toEqual(['gridos-ingress']);
    expect(yamlDocuments(result.tree.get('dist/applications/gridos/base/network-policy.yaml')!)[1].spec.ingress[0].from).toEqual([{ ipBlock: { cidr: APPLICATION_GATEWAY_SUBNET } }]);
    expect(patched('grid-telemetry', 'dev')).toEqual(['grid-telemetry-ingress']);
    expect(patched('grid-telemetry', 'prod')).toEqual([]);
    expect(kustomization('gridos', 'prod').resources).toEqual(['../../base', 'network-policy.yaml']);
    expect(yamlDocuments(result.tree.get('dist/applications/gridos/overlays/prod/network-policy.yaml')!).map((d) => d.metadata.name)).toEqual(['gridos-egress']);
    expect(yamlDocuments(result.tree.get('dist/applications/gridos/base/network-policy.yaml')!).map((d) => d.metadata.name)).toEqual(['gridos-default-deny-ingress', 'gridos-ingress']);
  });

  test('dist/README.md says, per environment, who may reach the pods on which port, and what they may connect to', () => {
    const readme = result.tree.get('dist/README.md')!;
    for (const row of [
      '| dev | the NGINX ingress controller: pods `app.kubernetes.io/component=controller, app.kubernetes.io/name=ingress-nginx` in namespace `ingress-nginx` | 8080/TCP |',
      '| dev | Prometheus: pods `app.kubernetes.io/name=prometheus` in namespace `monitoring` | 8080/TCP |',
      `| test | the Gateway (Gateway API): subnet \`${AGC_ASSOCIATION_SUBNET}\` | 8080/TCP |`,
      `| prod | the Application Gateway (AGIC): subnet \`${PROD_APPLICATION_GATEWAY_SUBNET}\` | 8080/TCP |`,
      '| dev | Prometheus: pods `app.kubernetes.io/name=prometheus` in namespace `monitoring` | 9090/TCP |',
      '| dev | client `gridos`: pods `app.kubernetes.io/managed-by=gridops, app.kubernetes.io/name=gridos` in namespace `gridos-dev` | 50051/TCP |',
      '| prod | client `gridos`: pods `app.kubernetes.io/managed-by=gridops, app.kubernetes.io/name=gridos` in namespace `gridos` | 50051/TCP |',
    ]) {
      expect(readme).toContain(row);
    }
    expect(readme).toContain(
      'What the pods may connect to: dev, test: any destination (Egress.allowAll(), the default: no egress policy). prod: the cluster DNS (pods k8s-app=kube-dns in namespace kube-system) on UDP and TCP 53; subnet 10.40.0.0/24 on TCP 5432; pods app.kubernetes.io/name=grid-telemetry in namespace grid-telemetry on TCP 50051; nothing else.',
    );
  });
});

describe('egress: an allow list in the defaults (the base), allow-all overriding it in one environment', () => {
  // GIVEN GridOS's defaults restricted, and dev back on Egress.allowAll()
  const p = gridosEnv('dev', (o) => ({ ...o, egress: Egress.allowAll() }))(platformWith((a) => ({ ...a, defaults: { ...a.defaults, egress: Egress.allowList([{ to: DB, ports: [5432] }]) } })));
  const result = synthesize(p, tags());
  const dir = writeTreeToTemp(result.tree);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const names = (env: string) => kustomizeBuild(path.join(dir, 'dist/applications/gridos/overlays', env)).filter((o) => o.kind === 'NetworkPolicy').map((o) => o.metadata.name);

  test('the base carries the egress policy, dev\'s overlay deletes it, the others keep it', () => {
    expect(yamlDocuments(result.tree.get('dist/applications/gridos/base/network-policy.yaml')!).map((d) => d.metadata.name)).toEqual(['gridos-default-deny-ingress', 'gridos-ingress', 'gridos-egress']);
    expect(names('dev')).toEqual(['gridos-default-deny-ingress', 'gridos-ingress']);
    expect(names('prod')).toEqual(['gridos-default-deny-ingress', 'gridos-egress', 'gridos-ingress']);
  });
});

describe('the network/* rules beyond their fixtures (test/validation/fixtures.ts): the other ways a policy goes wrong', () => {
  const FILE = 'dist/applications/gridos/base/network-policy.yaml (as built by overlays/prod)';
  const policy = (o: any[]) => o.find((x) => x.kind === 'NetworkPolicy' && x.metadata.name === 'gridos-ingress');
  test.each<[string, (o: any[]) => void, string, string[]]>([
    [
      'a policy selecting no pod of its environment',
      (o) => (policy(o).spec.podSelector = { matchLabels: { 'app.kubernetes.io/name': 'gridos-api' } }),
      'network/policy-ports',
      [`${FILE}: NetworkPolicy gridos-ingress: spec.podSelector: network/policy-ports: selects no pod of gridos/prod: no workload in namespace "gridos" has pods labelled {"app.kubernetes.io/name":"gridos-api"}`],
    ],
    [
      'a port of the wrong protocol',
      (o) => (policy(o).spec.ingress[0].ports[0].protocol = 'UDP'),
      'network/policy-ports',
      [`${FILE}: NetworkPolicy gridos-ingress: spec.ingress[0].ports[0].port: network/policy-ports: 8080/UDP is not a container port of the pods it selects (Rollout gridos declares http 8080/TCP): a NetworkPolicy admits pod ports, not Service ports`],
    ],
    ['a port range holding the container port', (o) => Object.assign(policy(o).spec.ingress[0].ports[0], { port: 8000, endPort: 8100 }), 'network/policy-ports', []],
    [
      'an ingress rule without from, and an ipBlock of every address',
      (o) => {
        policy(o).spec.ingress[0] = { ports: [{ port: 8080, protocol: 'TCP' }] };
        policy(o).spec.ingress[1].from.push({ ipBlock: { cidr: '0.0.0.0/0' } });
      },
      'network/no-open-peer',
      [
        `${FILE}: NetworkPolicy gridos-ingress: spec.ingress[0].from: network/no-open-peer: a rule without from admits every source (every pod of every namespace, every address): name the peers, got (unset)`,
        `${FILE}: NetworkPolicy gridos-ingress: spec.ingress[1].from[1]: network/no-open-peer: ipBlock "0.0.0.0/0" admits every address: name the namespace (kubernetes.io/metadata.name) or the subnet`,
      ],
    ],
    [
      'an egress rule without to',
      (o) => o.push({ ...policy(o), metadata: { ...policy(o).metadata, name: 'gridos-egress' }, spec: { podSelector: policy(o).spec.podSelector, policyTypes: ['Egress'], egress: [{ to: [], ports: [{ port: 443, protocol: 'TCP' }] }] } }),
      'network/no-open-peer',
      [`${FILE.replace('base/network-policy.yaml (as built by overlays/prod)', 'overlays/prod/kustomization.yaml (built)')}: NetworkPolicy gridos-egress: spec.egress[0].to: network/no-open-peer: a rule without to admits every destination: name the peers, got []`],
    ],
    [
      'a default-deny that admits something is not one',
      (o) => (o.find((x) => x.metadata.name === 'gridos-default-deny-ingress').spec.ingress = [{ from: [{ ipBlock: { cidr: '10.0.0.0/8' } }] }]),
      'network/default-deny',
      [
        'dist/applications/gridos/base/rollout.yaml (as built by overlays/prod): Rollout gridos: metadata.namespace: network/default-deny: namespace "gridos" has no ingress default-deny NetworkPolicy in gridos/prod (podSelector {}, policyTypes [Ingress], no ingress rule): pods no policy selects accept traffic from every pod of the cluster',
      ],
    ],
  ])('%s', (_case, change, rule, want) => {
    // GIVEN the validation baseline's prod changed  WHEN validated  THEN exactly these findings of the rule
    expect(findingsOf({ env: change }).filter((f) => f.includes(`: ${rule}: `))).toEqual(want);
  });
});

/** The configuration errors synth reports for `p`, one per line (none: []). */
function errors(p: PlatformConfig, t = tags()): string[] {
  try {
    synthesize(p, t);
    return [];
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    const lines = e.message.split('\n');
    return lines.length === 1 ? lines : lines.slice(1).map((l) => l.replace(/^ {2}- /, ''));
  }
}

describe('network configuration errors: one line each, naming application, environment, field and value; nothing synthesized', () => {
  const staging = (): PlatformConfig => {
    const p = telemetryWith((a) => ({ ...a, environments: [...a.environments, { ...a.environments[0], name: 'staging', cluster: CLUSTERS.test, overrides: { ...a.environments[0].overrides, namespace: 'grid-telemetry-staging' } }] }), CLIENT_PLATFORM);
    return p;
  };
  const stagingTags = () => {
    const t = tags();
    t.set('grid-telemetry', 'staging', 'dev-9f3c2e1');
    return t;
  };

  test.each<[string, PlatformConfig, string[]]>([
    ['a client that is not an application of the platform', telemetryWith((a) => ({ ...a, clients: [{ app: 'billing' }] })), ['grid-telemetry: clients[0].app "billing" is not an application of the platform (gridos, grid-telemetry)']],
    ['a client listed twice', telemetryWith((a) => ({ ...a, clients: [{ app: 'gridos' }, { app: 'gridos' }] })), ['grid-telemetry: clients[1].app "gridos" is listed twice (also clients[0])']],
    [
      'a client on another cluster in that environment',
      telemetryWith((a) => ({ ...a, environments: a.environments.map((e) => (e.name === 'dev' ? { ...e, cluster: CLUSTERS.test } : e)) }), CLIENT_PLATFORM),
      ['grid-telemetry/dev: clients[0].app "gridos" runs dev on cluster "aks-gridos-dev", not "aks-gridos-test": a NetworkPolicy admits only pods of its own cluster'],
    ],
    ['a client written with a namespace: it is resolved per environment, never written', telemetryWith((a) => ({ ...a, clients: [{ app: 'gridos', namespace: 'gridos' } as never] })), ["grid-telemetry: clients[0]: unknown key 'namespace'"]],
    [
      'an exposed environment whose traffic mode has no entry point on its cluster or the platform',
      { ...trafficPlatform(), network: { trafficFrom: {}, clusters: { [CLUSTERS.prod.name]: { applicationGatewaySubnet: PROD_APPLICATION_GATEWAY_SUBNET } } } },
      [
        'gridos/dev: traffic NGINX on cluster "aks-gridos-dev" needs platform network.trafficFrom.nginx (the NGINX ingress controller\'s pods), which is not set: no NetworkPolicy could admit its public traffic',
        'gridos/test: traffic Gateway API on cluster "aks-gridos-test" needs platform network.clusters["aks-gridos-test"].gatewayForContainersSubnet (Application Gateway for Containers\' association subnet) or network.trafficFrom.gatewayApi (an in-cluster Gateway\'s pods), which is not set: no NetworkPolicy could admit its public traffic',
      ],
    ],
    [
      'an exposed AGIC environment whose cluster has no Application Gateway subnet: each cluster has its own gateway',
      { ...platform, network: { ...platform.network, clusters: { ...platform.network.clusters, [CLUSTERS.prod.name]: {} } } },
      [
        'gridos/prod: traffic AGIC on cluster "aks-gridos-prod" needs platform network.clusters["aks-gridos-prod"].applicationGatewaySubnet (the subnet of the cluster\'s Application Gateway), which is not set: no NetworkPolicy could admit its public traffic',
      ],
    ],
    [
      'one Application Gateway subnet for the whole platform: it is per cluster',
      { ...platform, network: { ...platform.network, trafficFrom: { ...platform.network.trafficFrom, agic: NetworkPeer.subnet(APPLICATION_GATEWAY_SUBNET) as never } } },
      ['platform: network.trafficFrom.agic must be set per cluster, as network.clusters[<cluster name>].applicationGatewaySubnet: each AKS cluster has its own Application Gateway and subnet, got {"cidr":"10.225.0.0/16"}'],
    ],
    [
      'one Application Gateway for Containers subnet for the whole platform: it is per cluster',
      { ...platform, network: { ...platform.network, trafficFrom: { ...platform.network.trafficFrom, gatewayApi: NetworkPeer.subnet(AGC_ASSOCIATION_SUBNET) } } },
      [
        "platform: network.trafficFrom.gatewayApi subnet 10.226.0.0/24 is a subnet, which differs from cluster to cluster: set Application Gateway for Containers' association subnet per cluster, as network.clusters[<cluster name>].gatewayForContainersSubnet (network.trafficFrom.gatewayApi is an in-cluster Gateway's pods: NetworkPeer.pods({ namespace, podLabels }))",
      ],
    ],
    [
      'a cluster\'s Application Gateway subnet that is not a CIDR',
      { ...platform, network: { ...platform.network, clusters: { ...platform.network.clusters, [CLUSTERS.prod.name]: { applicationGatewaySubnet: '10.245.3.4/16' } } } },
      ['platform: network.clusters.aks-gridos-prod.applicationGatewaySubnet "10.245.3.4/16" has host bits set: the network is 10.245.0.0/16'],
    ],
    [
      'NGINX admitted by a subnet: its requests come from its pods',
      { ...platform, network: { ...platform.network, trafficFrom: { ...platform.network.trafficFrom, nginx: NetworkPeer.subnet('10.0.0.0/8') } } },
      ['platform: network.trafficFrom.nginx subnet 10.0.0.0/8 cannot admit the NGINX ingress controller: its requests come from its pods; use NetworkPeer.pods({ namespace, podLabels })'],
    ],
    ['a Prometheus pod label Kubernetes refuses', { ...platform, monitoring: { ...platform.monitoring, podLabels: { 'app.kubernetes.io/name': 'prometheus server' } } }, ['platform: monitoring.podLabels["app.kubernetes.io/name"] "prometheus server" must be a Kubernetes label value']],
    ['the network settings missing', { ...platform, network: undefined as never }, ['platform: network is required, but not set']],
    ['a CIDR string where a NetworkPeer belongs', { ...platform, network: { trafficFrom: { nginx: '10.225.0.0/16' as never } } }, ['platform: network.trafficFrom.nginx must be NetworkPeer.pods({ namespace, podLabels }), got "10.225.0.0/16"']],
    ['an egress list written as an array', gridosEnv('prod', (o) => ({ ...o, egress: [{ to: DB, ports: [5432] }] }))(platform), ['gridos/prod: overrides.egress must be Egress.allowAll() or Egress.allowList([{ to, ports }]), got [{"to":{"cidr":"10.40.0.0/24"},"ports":[5432]}]']],
  ])('%s', (_case, p, want) => {
    // GIVEN a configuration with the mistake  WHEN synthesizing  THEN exactly these errors
    expect(errors(p)).toEqual(want);
  });

  test('a client without the environment', () => {
    // GIVEN grid-telemetry in a staging that GridOS does not have
    expect(errors(staging(), stagingTags())).toEqual([
      'grid-telemetry/staging: clients[0].app "gridos" has no environment "staging", so no pods of it could call grid-telemetry\'s staging (give gridos a staging environment, or remove the client)',
    ]);
  });

  test.each<[string, () => unknown, string]>([
    ['a prefix beyond 32', () => NetworkPeer.subnet('10.225.0.0/33'), 'NetworkPeer.subnet: cidr "10.225.0.0/33" must be an IPv4 CIDR, address/prefix with the host bits zero (e.g. 10.225.0.0/16)'],
    ['an octet beyond 255', () => NetworkPeer.subnet('10.256.0.0/16'), 'NetworkPeer.subnet: cidr "10.256.0.0/16" must be an IPv4 CIDR, address/prefix with the host bits zero (e.g. 10.225.0.0/16)'],
    ['no prefix', () => NetworkPeer.subnet('10.225.0.0'), 'NetworkPeer.subnet: cidr "10.225.0.0" must be an IPv4 CIDR, address/prefix with the host bits zero (e.g. 10.225.0.0/16)'],
    ['a leading zero', () => NetworkPeer.subnet('10.025.0.0/16'), 'NetworkPeer.subnet: cidr "10.025.0.0/16" must be an IPv4 CIDR, address/prefix with the host bits zero (e.g. 10.225.0.0/16)'],
    ['host bits set', () => NetworkPeer.subnet('10.225.3.4/16'), 'NetworkPeer.subnet: cidr "10.225.3.4/16" has host bits set: the network is 10.225.0.0/16'],
    ['every address', () => NetworkPeer.subnet('0.0.0.0/0'), 'NetworkPeer.subnet: cidr "0.0.0.0/0" admits every address: name the subnet the traffic comes from'],
    ['a namespace that is not a DNS label', () => NetworkPeer.pods({ namespace: 'Ingress_NGINX' }), 'NetworkPeer.pods: namespace "Ingress_NGINX" must be a DNS label (lowercase letters, digits, \'-\')'],
    ['a pod label key Kubernetes refuses', () => NetworkPeer.pods({ namespace: 'ingress-nginx', podLabels: { 'app name': 'x' } }), 'NetworkPeer.pods: podLabels key "app name" must be a Kubernetes label key'],
    ['an allow list entry without ports (it would admit every port)', () => Egress.allowList([{ to: DB, ports: [] }]), 'Egress.allowList: [0].ports [] must list at least one TCP port: an empty list admits every port'],
    ['an allow list port out of range', () => Egress.allowList([{ to: DB, ports: [5432, 70000] }]), 'Egress.allowList: [0].ports 70000 must be a port number 1-65535'],
    ['an allow list entry to a CIDR string', () => Egress.allowList([{ to: '10.40.0.0/24' as never, ports: [5432] }]), 'Egress.allowList: [0].to "10.40.0.0/24" must be NetworkPeer.subnet(cidr) or NetworkPeer.pods({ namespace })'],
  ])('the value classes refuse %s, as a configuration error (exit 2, one line)', (_case, make, message) => {
    // WHEN the configuration makes the value  THEN its factory refuses it, naming the value
    let thrown: unknown;
    try {
      make();
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect(describeError(thrown)).toEqual({ message: `error: ${message}`, code: 2 });
  });

  test('the values they accept: a /32 host, a whole namespace, and an allow list; egress defaults to allow-all', () => {
    expect(NetworkPeer.subnet('10.1.2.3/32').cidr).toBe('10.1.2.3/32');
    expect(NetworkPeer.pods({ namespace: 'monitoring' }).podLabels).toBeUndefined();
    expect(NetworkPeer.pods({ namespace: 'monitoring', podLabels: {} }).summary).toBe('every pod in namespace monitoring');
    expect(Egress.of(undefined).restricted).toBe(false);
    expect(PROD_EGRESS.rules).toEqual([
      { to: DB, ports: [5432] },
      { to: TELEMETRY, ports: [50051] },
    ]);
  });
});

describe('dist/README.md bootstrap: the cluster prerequisites the tree depends on but does not create', () => {
  const bootstrapOf = (p: PlatformConfig) => {
    const readme = synthesize(p, tags()).tree.get('dist/README.md')!;
    return readme.slice(readme.indexOf('## Bootstrap'), readme.indexOf('### 1. Terraform'));
  };

  test('NetworkPolicy enforcement on every cluster, with the check: without it the policies do nothing', () => {
    const bootstrap = bootstrapOf(platform);
    expect(bootstrap).toContain("only a network policy engine enforces them: an AKS cluster\n  created with `--network-policy azure`, `calico` or `cilium`".replace('only', 'Only'));
    expect(bootstrap).toContain('one the policies are accepted and do nothing: every pod stays reachable from everywhere.');
    for (const c of [CLUSTERS.dev, CLUSTERS.test, CLUSTERS.prod]) {
      expect(bootstrap).toContain(`\n  az aks show -g <resource group> -n ${c.name} --query networkProfile.networkPolicy -o tsv\n`);
    }
    // no environment names a PriorityClass: nothing to check
    expect(bootstrap).not.toContain('get priorityclass');
  });

  test('the PriorityClass each environment names, per cluster: the kubectl check and a manifest to create it', () => {
    const p = gridosEnv('prod', (o) => ({ ...o, priorityClass: PriorityClass.existing('grid-critical') }))(platform);
    const bootstrap = bootstrapOf(p);
    expect(bootstrap.split('\n').filter((l) => l.includes('get priorityclass'))).toEqual([`  kubectl --context ${CLUSTERS.prod.name} get priorityclass grid-critical   # gridos/prod`]);
    const manifest = bootstrap.slice(bootstrap.indexOf('  ```yaml\n') + '  ```yaml\n'.length, bootstrap.lastIndexOf('  ```'));
    expect(yamlValue(manifest.replace(/^ {2}/gm, ''))).toEqual({
      apiVersion: 'scheduling.k8s.io/v1',
      kind: 'PriorityClass',
      metadata: { name: 'grid-critical' },
      value: 1000000,
      globalDefault: false,
      preemptionPolicy: 'PreemptLowerPriority',
      description: 'Named by gridos/prod (gridops): scheduled, and kept under node pressure, before lower-priority pods.',
    });
  });
});
