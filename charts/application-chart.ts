import { createHash } from 'crypto';
import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { AgicIngress } from '../src/constructs/traffic/agic-ingress';
import { AppPodMonitor } from '../src/constructs/monitoring/app-pod-monitor';
import { CanaryHttpRoute } from '../src/constructs/traffic/canary-http-route';
import { AppSettings } from '../src/constructs/workload/app-settings';
import { CanaryRollout } from '../src/constructs/workload/canary-rollout';
import { CanaryServices } from '../src/constructs/workload/canary-services';
import { DisruptionBudget } from '../src/constructs/workload/disruption-budget';
import { KeyVaultSecrets } from '../src/constructs/azure/key-vault-secrets';
import { AppLabels } from '../src/constructs/workload/labels';
import { NginxIngress } from '../src/constructs/traffic/nginx-ingress';
import { PrometheusAnalysis } from '../src/constructs/monitoring/prometheus-analysis';
import { RolloutAutoscaler } from '../src/constructs/workload/rollout-autoscaler';
import { RolloutOperators } from '../src/constructs/workload/rollout-operators';
import { WorkloadIdentity } from '../src/constructs/azure/workload-identity';
import { RolloutSpecStrategyCanaryTrafficRouting } from '../imports/argo-rollouts-argoproj.io';
import { ApplicationConfig, EnvironmentSettings } from '../src/model/application';
import { MonitoringSettings } from '../src/model/monitoring';
import { ServiceProtocol } from '../src/model/service-protocol';
import { Traffic } from '../src/model/traffic';

/** Properties of {@link ApplicationChart}. */
export interface ApplicationChartProps {
  readonly app: ApplicationConfig;
  /** Resolved settings: the application's defaults for the base, defaults + overrides for an environment. */
  readonly settings: EnvironmentSettings;
  /** Image tag. @default - none: the base names the repository only and every overlay pins the tag */
  readonly tag?: string;
  /** The clusters' Prometheus: the labels it selects the PodMonitor by. */
  readonly monitoring: MonitoringSettings;
  /** Entra ID groups that may abort, promote, retry and undo the Rollout with `kubectl argo rollouts`. */
  readonly rolloutOperators: readonly string[];
}

/**
 * Every Kubernetes object of one application in one variant (the base, or one environment). The same chart renders
 * both; an overlay is the difference between the two, so base and overlays cannot drift apart.
 */
export class ApplicationChart extends Chart {
  public readonly rollout: CanaryRollout;
  public readonly services: CanaryServices;
  public readonly analysis: PrometheusAnalysis;
  public readonly podMonitor: AppPodMonitor;

  public constructor(scope: Construct, id: string, props: ApplicationChartProps) {
    super(scope, id, { disableResourceNameHashes: true });
    const { app, settings: s } = props;
    const labels = new AppLabels(app.name);
    const namespace = s.namespace;
    const traffic = Traffic.of(s.traffic);

    const config = new AppSettings(this, 'Settings', { labels, namespace, data: s.settings });
    const identity = new WorkloadIdentity(this, 'Identity', { labels, namespace, identity: s.azure });
    // Behind a Gateway, the Gateway terminates TLS with its own certificate.
    const tlsCertificate = s.ingress && traffic.terminatesTls ? app.tlsCertificate : undefined;
    // Only what reads a secret or a certificate mounts a Key Vault (which needs Azure settings: src/model/check-config.ts).
    const vault =
      s.azure && ((app.secrets ?? []).length > 0 || tlsCertificate)
        ? new KeyVaultSecrets(this, 'KeyVault', { labels, namespace, azure: s.azure, secrets: app.secrets, tlsCertificate })
        : undefined;
    const protocol = ServiceProtocol.of(app.container.protocol);
    this.services = new CanaryServices(this, 'Services', {
      labels,
      namespace,
      containerPort: app.container.port,
      protocol,
    });
    this.analysis = new PrometheusAnalysis(this, 'Analysis', { labels, namespace, analysis: s.analysis, protocol });
    const secretKeys = (app.secrets ?? []).map((x) => x.env);
    const trafficRouting = s.ingress ? this.expose(app, s.ingress.host, traffic, labels, namespace, vault) : undefined;
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
      trafficRouting,
      analysisTemplate: this.analysis.name,
      serviceAccountName: identity.name,
      configMapName: config.name,
      secretEnv: vault && secretKeys.length > 0 ? { secretName: vault.envSecretName, keys: secretKeys } : undefined,
      volumes: vault ? [{ volume: vault.volume('secrets-store'), mountPath: KeyVaultSecrets.MOUNT_PATH, readOnly: true }] : [],
      podLabels: identity.podLabels,
      podAnnotations: { 'gridops.io/config-hash': hashOf(s.settings) },
    });
    this.podMonitor = new AppPodMonitor(this, 'PodMonitor', {
      labels,
      namespace,
      port: this.rollout.metricsPortName,
      path: app.container.metricsPath,
      interval: this.analysis.timing.scrapeInterval,
      selectorLabels: props.monitoring.selectorLabels,
      podTargetLabels: PrometheusAnalysis.podLabels,
    });
    new RolloutAutoscaler(this, 'Autoscaler', {
      labels,
      namespace,
      rolloutName: this.rollout.name,
      minReplicas: s.scaling.minReplicas,
      maxReplicas: s.scaling.maxReplicas,
      targetCpuUtilization: s.scaling.targetCpuUtilization,
    });
    new RolloutOperators(this, 'RolloutOperators', { labels, namespace, rolloutName: this.rollout.name, groups: props.rolloutOperators });
    new DisruptionBudget(this, 'DisruptionBudget', { labels, namespace, maxUnavailable: s.scaling.maxUnavailable });
  }

  /**
   * Exposes the application on `host` the way `traffic` says; returns the Rollout's traffic router, if the mode has
   * one. AGIC: an Ingress to the Service of every pod (replica-weighted). NGINX: an Ingress to the stable Service,
   * which the controller copies into a weighted canary Ingress. Gateway API: an HTTPRoute to the stable and canary
   * Services, whose weights the plugin sets.
   */
  private expose(
    app: ApplicationConfig,
    host: string,
    traffic: Traffic,
    labels: AppLabels,
    namespace: string,
    vault: KeyVaultSecrets | undefined,
  ): RolloutSpecStrategyCanaryTrafficRouting | undefined {
    if (traffic.mode === 'gateway-api') {
      const route = new CanaryHttpRoute(this, 'Route', {
        labels,
        namespace,
        gateway: traffic.gateway!,
        host,
        stableService: this.services.stable.name,
        canaryService: this.services.canary.name,
        servicePort: this.services.port,
      });
      return { plugins: { [traffic.plugin!.name]: { httpRoute: route.name, namespace } } };
    }
    if (!vault?.tlsSecretName) throw new Error(`application '${app.name}': an ingress needs 'tlsCertificate' (a Key Vault certificate)`);
    if (traffic.mode === 'nginx') {
      const ingress = new NginxIngress(this, 'Ingress', {
        labels,
        namespace,
        host,
        stableService: this.services.stable.name,
        servicePort: this.services.port,
        tlsSecretName: vault.tlsSecretName,
        ingressClassName: traffic.ingressClassName,
      });
      return { nginx: { stableIngress: ingress.name } };
    }
    new AgicIngress(this, 'Ingress', {
      labels,
      namespace,
      host,
      serviceName: this.services.root.name,
      servicePort: this.services.port,
      tlsSecretName: vault.tlsSecretName,
      // only an http container is exposed (src/model/check-config.ts), and an http container has a readinessPath
      healthProbePath: app.container.readinessPath!,
      healthProbePort: app.container.port,
    });
    return undefined;
  }
}

/** Short stable hash of the settings, so a settings change rolls out as a canary like an image change. */
function hashOf(data: { readonly [key: string]: string }): string {
  const canonical = JSON.stringify(Object.keys(data).sort().map((k) => [k, data[k]]));
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16);
}
