import { createHash } from 'crypto';
import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { AgicIngress } from '../src/constructs/agic-ingress';
import { AppSettings } from '../src/constructs/app-settings';
import { CanaryRollout } from '../src/constructs/canary-rollout';
import { CanaryServices } from '../src/constructs/canary-services';
import { DisruptionBudget } from '../src/constructs/disruption-budget';
import { KeyVaultSecrets } from '../src/constructs/key-vault-secrets';
import { AppLabels } from '../src/constructs/labels';
import { PrometheusAnalysis } from '../src/constructs/prometheus-analysis';
import { RolloutAutoscaler } from '../src/constructs/rollout-autoscaler';
import { WorkloadIdentity } from '../src/constructs/workload-identity';
import { ApplicationConfig, EnvironmentSettings } from '../src/model/application';

/** Properties of {@link ApplicationChart}. */
export interface ApplicationChartProps {
  readonly app: ApplicationConfig;
  /** Resolved settings: the application's defaults for the base, defaults + overrides for an environment. */
  readonly settings: EnvironmentSettings;
  /** Image tag. @default - none: the base names the repository only and every overlay pins the tag */
  readonly tag?: string;
}

/**
 * Every Kubernetes object of one application in one variant (the base, or one environment). The same chart renders
 * both; an overlay is the difference between the two, so base and overlays cannot drift apart.
 */
export class ApplicationChart extends Chart {
  public readonly rollout: CanaryRollout;
  public readonly services: CanaryServices;
  public readonly analysis: PrometheusAnalysis;

  public constructor(scope: Construct, id: string, props: ApplicationChartProps) {
    super(scope, id, { disableResourceNameHashes: true });
    const { app, settings: s } = props;
    const labels = new AppLabels(app.name);
    const namespace = s.namespace;

    const config = new AppSettings(this, 'Settings', { labels, namespace, data: s.settings });
    const identity = new WorkloadIdentity(this, 'Identity', { labels, namespace, clientId: s.azure.clientId, tenantId: s.azure.tenantId });
    const vault = new KeyVaultSecrets(this, 'KeyVault', {
      labels,
      namespace,
      azure: s.azure,
      secrets: app.secrets,
      tlsCertificate: s.ingress ? app.tlsCertificate : undefined,
    });
    this.services = new CanaryServices(this, 'Services', { labels, namespace, targetPort: 'http' });
    this.analysis = new PrometheusAnalysis(this, 'Analysis', { labels, namespace, analysis: s.analysis });
    const secretKeys = (app.secrets ?? []).map((x) => x.env);
    this.rollout = new CanaryRollout(this, 'Rollout', {
      labels,
      namespace,
      image: props.tag ? `${app.image}:${props.tag}` : app.image,
      container: app.container,
      resources: s.resources,
      weights: s.canary.weights,
      pauses: s.canary.pauses,
      maxSurge: s.canary.maxSurge,
      stableService: this.services.stable.name,
      canaryService: this.services.canary.name,
      analysisTemplate: this.analysis.name,
      serviceAccountName: identity.name,
      configMapName: config.name,
      secretEnv: secretKeys.length > 0 ? { secretName: vault.envSecretName, keys: secretKeys } : undefined,
      volumes: [{ volume: vault.volume('secrets-store'), mountPath: KeyVaultSecrets.MOUNT_PATH, readOnly: true }],
      podLabels: { ...WorkloadIdentity.POD_LABEL },
      podAnnotations: { 'gridops.io/config-hash': hashOf(s.settings) },
    });
    if (s.ingress) {
      if (!vault.tlsSecretName) throw new Error(`application '${app.name}': an ingress needs 'tlsCertificate' (a Key Vault certificate)`);
      new AgicIngress(this, 'Ingress', {
        labels,
        namespace,
        host: s.ingress.host,
        serviceName: this.services.root.name,
        tlsSecretName: vault.tlsSecretName,
        healthProbePath: app.container.readinessPath,
        healthProbePort: app.container.port,
      });
    }
    new RolloutAutoscaler(this, 'Autoscaler', {
      labels,
      namespace,
      rolloutName: this.rollout.name,
      minReplicas: s.scaling.minReplicas,
      maxReplicas: s.scaling.maxReplicas,
      targetCpuUtilization: s.scaling.targetCpuUtilization,
    });
    new DisruptionBudget(this, 'DisruptionBudget', { labels, namespace, maxUnavailable: s.scaling.maxUnavailable });
  }
}

/** Short stable hash of the settings, so a settings change rolls out as a canary like an image change. */
function hashOf(data: { readonly [key: string]: string }): string {
  const canonical = JSON.stringify(Object.keys(data).sort().map((k) => [k, data[k]]));
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16);
}
