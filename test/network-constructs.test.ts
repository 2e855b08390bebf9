import { Testing } from 'cdk8s';
import { AppEgressPolicy } from '../src/constructs/network/app-egress-policy';
import { AppIngressPolicy } from '../src/constructs/network/app-ingress-policy';
import { DefaultDenyIngress } from '../src/constructs/network/default-deny-ingress';
import { AppLabels } from '../src/constructs/workload/labels';
import { NetworkPeer } from '../src/model/network-peer';

/*
 * The network constructs on literal props: the fields that matter asserted, each object snapshotted beside them.
 */

const labels = new AppLabels('web');
const PROMETHEUS = NetworkPeer.pods({ namespace: 'monitoring', podLabels: { 'app.kubernetes.io/name': 'prometheus' } });
const PROMETHEUS_PEER = { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } }, podSelector: { matchLabels: { 'app.kubernetes.io/name': 'prometheus' } } };

/** Synthesizes what `build` adds to a fresh chart. */
function synth(build: (chart: ReturnType<typeof Testing.chart>) => void): any[] {
  // GIVEN
  const chart = Testing.chart();
  build(chart);
  // WHEN
  return Testing.synth(chart);
}

describe('DefaultDenyIngress', () => {
  test('every pod of the namespace, policy type Ingress, no rule: nothing is admitted that another policy does not admit', () => {
    const [p] = synth((c) => new DefaultDenyIngress(c, 'DefaultDeny', { labels, namespace: 'web-dev' }));
    // THEN
    expect(p.apiVersion).toBe('networking.k8s.io/v1');
    expect(p.kind).toBe('NetworkPolicy');
    expect(p.metadata).toEqual({ name: 'web-default-deny-ingress', namespace: 'web-dev', labels: labels.common });
    expect(p.spec).toEqual({ podSelector: {}, policyTypes: ['Ingress'] });
    expect(p).toMatchSnapshot();
  });
});

describe('AppIngressPolicy', () => {
  test('behind AGIC: the Application Gateway subnet on the container port (not the Service port), Prometheus on the metrics port, the clients on the container port', () => {
    const [p] = synth(
      (c) =>
        new AppIngressPolicy(c, 'Ingress', {
          labels,
          namespace: 'web',
          port: 8080,
          metricsPort: 9090,
          entry: NetworkPeer.subnet('10.225.0.0/16'),
          prometheus: PROMETHEUS,
          clients: [
            { labels: new AppLabels('billing'), namespace: 'billing-dev' },
            { labels: new AppLabels('portal'), namespace: 'portal' },
          ],
        }),
    );
    // THEN exactly the application's pods, and exactly these sources and ports
    expect(p.metadata).toEqual({ name: 'web-ingress', namespace: 'web', labels: labels.common });
    expect(p.spec.podSelector).toEqual({ matchLabels: labels.selector });
    expect(p.spec.policyTypes).toEqual(['Ingress']);
    expect(p.spec.ingress).toEqual([
      { from: [{ ipBlock: { cidr: '10.225.0.0/16' } }], ports: [{ port: 8080, protocol: 'TCP' }] },
      { from: [PROMETHEUS_PEER], ports: [{ port: 9090, protocol: 'TCP' }] },
      {
        from: [
          { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'billing-dev' } }, podSelector: { matchLabels: { 'app.kubernetes.io/name': 'billing', 'app.kubernetes.io/managed-by': 'gridops' } } },
          { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'portal' } }, podSelector: { matchLabels: { 'app.kubernetes.io/name': 'portal', 'app.kubernetes.io/managed-by': 'gridops' } } },
        ],
        ports: [{ port: 8080, protocol: 'TCP' }],
      },
    ]);
    expect(p).toMatchSnapshot();
  });

  test('behind an in-cluster ingress controller: its namespace and pods; metrics on the container port by default', () => {
    const [p] = synth(
      (c) =>
        new AppIngressPolicy(c, 'Ingress', {
          labels,
          namespace: 'web',
          port: 8080,
          entry: NetworkPeer.pods({ namespace: 'ingress-nginx', podLabels: { 'app.kubernetes.io/name': 'ingress-nginx' } }),
          prometheus: NetworkPeer.pods({ namespace: 'monitoring' }),
        }),
    );
    expect(p.spec.ingress).toEqual([
      {
        from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } }, podSelector: { matchLabels: { 'app.kubernetes.io/name': 'ingress-nginx' } } }],
        ports: [{ port: 8080, protocol: 'TCP' }],
      },
      // a peer without pod labels: every pod of that one namespace
      { from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } } }], ports: [{ port: 8080, protocol: 'TCP' }] },
    ]);
  });

  test('not exposed, no clients: Prometheus alone', () => {
    const [p] = synth((c) => new AppIngressPolicy(c, 'Ingress', { labels, namespace: 'web', port: 50051, metricsPort: 9090, prometheus: PROMETHEUS }));
    expect(p.spec.ingress).toEqual([{ from: [PROMETHEUS_PEER], ports: [{ port: 9090, protocol: 'TCP' }] }]);
  });
});

describe('AppEgressPolicy', () => {
  test('the cluster DNS on UDP and TCP 53, then exactly the listed destinations on their TCP ports', () => {
    const [p] = synth(
      (c) =>
        new AppEgressPolicy(c, 'Egress', {
          labels,
          namespace: 'web',
          rules: [
            { to: NetworkPeer.subnet('10.40.0.0/24'), ports: [5432] },
            { to: NetworkPeer.pods({ namespace: 'grid-telemetry', podLabels: { 'app.kubernetes.io/name': 'grid-telemetry' } }), ports: [50051, 9090] },
          ],
        }),
    );
    expect(p.metadata).toEqual({ name: 'web-egress', namespace: 'web', labels: labels.common });
    expect(p.spec.podSelector).toEqual({ matchLabels: labels.selector });
    expect(p.spec.policyTypes).toEqual(['Egress']);
    expect(p.spec.ingress).toBeUndefined();
    expect(p.spec.egress).toEqual([
      {
        to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } }, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }],
        ports: [
          { port: 53, protocol: 'UDP' },
          { port: 53, protocol: 'TCP' },
        ],
      },
      { to: [{ ipBlock: { cidr: '10.40.0.0/24' } }], ports: [{ port: 5432, protocol: 'TCP' }] },
      {
        to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'grid-telemetry' } }, podSelector: { matchLabels: { 'app.kubernetes.io/name': 'grid-telemetry' } } }],
        ports: [
          { port: 50051, protocol: 'TCP' },
          { port: 9090, protocol: 'TCP' },
        ],
      },
    ]);
    expect(p).toMatchSnapshot();
  });
});
