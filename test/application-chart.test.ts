import { Testing } from 'cdk8s';
import { ApplicationChart } from '../charts/application-chart';
import { gridos } from './fixtures/config/apps/gridos';
import { platform } from './fixtures/config/platform';
import { mergeSettings } from '../src/model/application';
import { variantNetwork } from '../src/model/network';

function synthEnv(envName?: string, tag?: string): any[] {
  const env = gridos.environments.find((e) => e.name === envName);
  const settings = env ? mergeSettings(gridos.defaults, env.overrides) : gridos.defaults;
  return Testing.synth(new ApplicationChart(Testing.app(), 'test', { app: gridos, settings, tag, monitoring: platform.monitoring, rolloutOperators: platform.argocd.groups.sre, network: variantNetwork(platform, gridos) }));
}
const find = (objs: any[], kind: string, name?: string) => objs.find((o) => o.kind === kind && (name === undefined || o.metadata.name === name));

describe('ApplicationChart (GridOS)', () => {
  const prod = synthEnv('prod', 'v2.1.0');
  const rollout = find(prod, 'Rollout');
  const pod = rollout.spec.template.spec;
  const container = pod.containers[0];

  test('Rollout gridos canaries 10 → 25 → 50 → 100 with the prod pauses 2m → 5m → 10m', () => {
    expect(rollout.apiVersion).toBe('argoproj.io/v1alpha1');
    expect(rollout.metadata.name).toBe('gridos');
    expect(rollout.spec.strategy.canary.steps).toEqual([
      { setWeight: 10 }, { pause: { duration: '2m' } },
      { setWeight: 25 }, { pause: { duration: '5m' } },
      { setWeight: 50 }, { pause: { duration: '10m' } },
      { setWeight: 100 },
    ]);
    expect(container.image).toBe('gridosacr.azurecr.io/gridos:v2.1.0');
  });

  test('dev pauses are 30s → 1m → 1m', () => {
    const steps = find(synthEnv('dev', 'dev-abc1234'), 'Rollout').spec.strategy.canary.steps;
    expect(steps.filter((s: any) => s.pause).map((s: any) => s.pause.duration)).toEqual(['30s', '1m', '1m']);
  });

  test('stable and canary Services are distinct, exist, and select the pod labels; the ingress targets the all-pods Service', () => {
    const { stableService, canaryService } = rollout.spec.strategy.canary;
    expect([stableService, canaryService]).toEqual(['gridos-stable', 'gridos-canary']);
    const podLabels = rollout.spec.template.metadata.labels;
    for (const name of ['gridos', 'gridos-stable', 'gridos-canary']) {
      const svc = find(prod, 'Service', name);
      // a selector, and not an empty one (which would select every pod of the namespace, and make the loop vacuous)
      expect(Object.keys(svc.spec.selector)).not.toHaveLength(0);
      for (const [k, v] of Object.entries(svc.spec.selector)) expect(podLabels[k]).toBe(v);
      expect(svc.spec.ports[0].targetPort).toBe('http');
    }
    expect(rollout.spec.selector.matchLabels).toEqual({ 'app.kubernetes.io/name': 'gridos' });
    const ingress = find(prod, 'Ingress');
    expect(ingress.spec.ingressClassName).toBe('azure-application-gateway');
    expect(ingress.spec.rules[0].http.paths[0].backend.service).toEqual({ name: 'gridos', port: { number: 80 } });
    expect(ingress.spec.tls).toEqual([{ hosts: ['gridos.example.com'], secretName: 'gridos-tls' }]);
    expect(ingress.metadata.annotations['appgw.ingress.kubernetes.io/health-probe-path']).toBe('/healthz/ready');
  });

  test('analysis: success ≥ 99%, p99 ≤ 500 ms, errors ≤ 1%, every minute, aborting on the third failure, on canary pods only', () => {
    const t = find(prod, 'AnalysisTemplate');
    expect(t.metadata.name).toBe('gridos-canary-analysis');
    const byName = Object.fromEntries(t.spec.metrics.map((m: any) => [m.name, m]));
    // both conditions guarded: an empty result (no traffic, no data yet) is neither, so Inconclusive
    expect(byName['success-rate'].successCondition).toBe('len(result) > 0 && result[0] >= 0.99');
    expect(byName['success-rate'].failureCondition).toBe('len(result) > 0 && result[0] < 0.99');
    expect(byName['latency-p99'].successCondition).toBe('len(result) > 0 && result[0] <= 500');
    expect(byName['latency-p99'].failureCondition).toBe('len(result) > 0 && result[0] > 500');
    expect(byName['error-rate'].successCondition).toBe('len(result) > 0 && result[0] <= 0.01');
    expect(byName['error-rate'].failureCondition).toBe('len(result) > 0 && result[0] > 0.01');
    for (const m of t.spec.metrics) {
      expect(m.interval).toBe('1m');
      // two scrapes of 30s before the first measurement; the first Inconclusive pauses the rollout
      expect(m.initialDelay).toBe('1m');
      expect(m.inconclusiveLimit).toBe(0);
      // Argo Rollouts fails a metric when failed measurements > failureLimit: 2 → the third failure aborts.
      expect(m.failureLimit).toBe(2);
      expect(m.consecutiveErrorLimit).toBe(2);
      expect(m.count).toBeUndefined();
      expect(m.provider.prometheus.address).toBe('http://prometheus-operated.monitoring.svc.cluster.local:9090');
      expect(m.provider.prometheus.query).toContain('rollouts_pod_template_hash="{{args.canary-hash}}"');
    }
    const analysis = rollout.spec.strategy.canary.analysis;
    expect(analysis.templates).toEqual([{ templateName: 'gridos-canary-analysis' }]);
    expect(analysis.startingStep).toBe(1);
    expect(analysis.args).toContainEqual({ name: 'canary-hash', valueFrom: { podTemplateHashValue: 'Latest' } });
  });

  test('pod is hardened to the restricted Pod Security Standard with probes on the declared port', () => {
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
    expect(container.securityContext).toEqual({
      allowPrivilegeEscalation: false,
      privileged: false,
      readOnlyRootFilesystem: true,
      runAsNonRoot: true,
      capabilities: { drop: ['ALL'] },
      seccompProfile: { type: 'RuntimeDefault' },
    });
    expect(container.resources).toEqual({ requests: { cpu: '500m', memory: '512Mi' }, limits: { cpu: '2', memory: '1Gi' } });
    const ports = container.ports.map((p: any) => p.name);
    for (const probe of ['readinessProbe', 'livenessProbe', 'startupProbe']) expect(ports).toContain(container[probe].httpGet.port);
  });

  test('config: ConfigMap, workload identity ServiceAccount and pod label, Key Vault SecretProviderClass mounted and synced', () => {
    expect(find(prod, 'ConfigMap', 'gridos-config').data.LOG_LEVEL).toBe('info');
    const sa = find(prod, 'ServiceAccount', 'gridos');
    expect(sa.metadata.annotations['azure.workload.identity/client-id']).toBe('11111111-1111-1111-1111-111111111103');
    expect(pod.serviceAccountName).toBe('gridos');
    expect(rollout.spec.template.metadata.labels['azure.workload.identity/use']).toBe('true');
    const spc = find(prod, 'SecretProviderClass', 'gridos-keyvault');
    expect(spc.apiVersion).toBe('secrets-store.csi.x-k8s.io/v1');
    expect(spc.spec.parameters).toMatchObject({ keyvaultName: 'kv-gridos-prod', clientID: sa.metadata.annotations['azure.workload.identity/client-id'] });
    expect(spc.spec.secretObjects.map((s: any) => s.secretName)).toEqual(['gridos-secrets', 'gridos-tls']);
    expect(pod.volumes).toContainEqual({ name: 'secrets-store', csi: { driver: 'secrets-store.csi.k8s.io', readOnly: true, volumeAttributes: { secretProviderClass: 'gridos-keyvault' } } });
    expect(container.env).toContainEqual({ name: 'SCADA_DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'gridos-secrets', key: 'SCADA_DB_PASSWORD' } } });
    expect(prod.filter((o) => o.kind === 'Secret')).toEqual([]);
  });

  test('the HPA owns the replica count: it targets the Rollout, which has no spec.replicas; the PDB allows evictions', () => {
    expect(rollout.spec.replicas).toBeUndefined();
    const hpa = find(prod, 'HorizontalPodAutoscaler');
    expect(hpa.apiVersion).toBe('autoscaling/v2');
    expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: 'argoproj.io/v1alpha1', kind: 'Rollout', name: 'gridos' });
    expect([hpa.spec.minReplicas, hpa.spec.maxReplicas]).toEqual([10, 30]);
    const pdb = find(prod, 'PodDisruptionBudget');
    expect(pdb.apiVersion).toBe('policy/v1');
    expect(pdb.spec).toEqual({ maxUnavailable: 1, selector: { matchLabels: { 'app.kubernetes.io/name': 'gridos' } } });
  });

  test('the base names the image repository only; overlays pin the tag', () => {
    expect(find(synthEnv(), 'Rollout').spec.template.spec.containers[0].image).toBe('gridosacr.azurecr.io/gridos');
  });
});
