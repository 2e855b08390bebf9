import { createHash } from 'crypto';
import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { AppPodMonitor } from '../src/constructs/monitoring/app-pod-monitor';
import { AppEgressPolicy } from '../src/constructs/network/app-egress-policy';
import { AppIngressPolicy } from '../src/constructs/network/app-ingress-policy';
import { DefaultDenyIngress } from '../src/constructs/network/default-deny-ingress';
import { AppSettings } from '../src/constructs/workload/app-settings';
import { CanaryRollout } from '../src/constructs/workload/canary-rollout';
import { CanaryServices } from '../src/constructs/workload/canary-services';
import { DisruptionBudget } from '../src/constructs/workload/disruption-budget';
import { KeyVaultSecrets } from '../src/constructs/azure/key-vault-secrets';
import { AppLabels } from '../src/constructs/workload/labels';
import { PrometheusAnalysis } from '../src/constructs/monitoring/prometheus-analysis';
import { RolloutAutoscaler } from '../src/constructs/workload/rollout-autoscaler';
import { RolloutOperators } from '../src/constructs/workload/rollout-operators';
import { TrafficExposure } from '../src/constructs/traffic/traffic-exposure';
import { WorkloadIdentity } from '../src/constructs/azure/workload-identity';
import { ApplicationConfig, EnvironmentSettings } from '../src/model/application';
import { Duration } from '../src/model/duration';
import { Egress } from '../src/model/egress';
import { MonitoringSettings } from '../src/model/monitoring';
import { trafficSource, VariantNetwork } from '../src/model/network';
import { Quantity } from '../src/model/quantity';
import { ServiceProtocol } from '../src/model/service-protocol';
import { Surge } from '../src/model/surge';
import { Traffic } from '../src/model/traffic';

/** Properties of {@link ApplicationChart}. */
export interface ApplicationChartProps {
  readonly app: ApplicationConfig;
  /** Resolved settings: the application's defaults for the base, defaults + overrides for an environment. */
  readonly settings: EnvironmentSettings;
  /** Image tag. @default - none: the base names the repository only and every overlay pins the tag */
  readonly tag?: string;
  /** The digest the tag is pinned by (`sha256:…`): the image is `repository:tag@digest`. @default - none: the tag alone */
  readonly digest?: string;
  /** The clusters' Prometheus: the labels it selects the PodMonitor by. */
  readonly monitoring: MonitoringSettings;
  /** Entra ID groups that may abort, promote, retry and undo the Rollout with `kubectl argo rollouts`. */
  readonly rolloutOperators: readonly string[];
  /** Who may reach the pods in this variant: the traffic entry points, Prometheus and the resolved clients (src/model/network.ts variantNetwork). */
  readonly network: VariantNetwork;
}

/**
 * Every Kubernetes object of one application in one variant (the base, or one environment). The same chart renders
 * both; an overlay is the difference between the two, so base and overlays cannot drift apart.
 */
export class ApplicationChart extends Chart {
  public readonly config: AppSettings;
  public readonly identity: WorkloadIdentity;
  /** The Key Vault, when a secret or a certificate needs one. */
  public readonly vault?: KeyVaultSecrets;
  public readonly rollout: CanaryRollout;
  public readonly services: CanaryServices;
  public readonly analysis: PrometheusAnalysis;
  public readonly podMonitor: AppPodMonitor;
  /** Who may connect to the application's pods (with the namespace's default-deny). */
  public readonly ingressPolicy: AppIngressPolicy;

  public constructor(scope: Construct, id: string, props: ApplicationChartProps) {
    super(scope, id, { disableResourceNameHashes: true });
    const { app, settings: s } = props;
    const labels = new AppLabels(app.name);
    const namespace = s.namespace;
    const traffic = Traffic.of(s.traffic);

    this.config = new AppSettings(this, 'Settings', { labels, namespace, data: s.settings });
    this.identity = new WorkloadIdentity(this, 'Identity', { labels, namespace, identity: s.azure });
    // Behind a Gateway, the Gateway terminates TLS with its own certificate.
    const tlsCertificate = s.ingress && traffic.terminatesTls ? app.tlsCertificate : undefined;
    // Only what reads a secret or a certificate mounts a Key Vault (which needs Azure settings: src/model/check-config.ts).
    this.vault =
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
    const exposure = s.ingress
      ? TrafficExposure.expose(this, {
          labels,
          namespace,
          host: s.ingress.host,
          traffic,
          services: this.services,
          vault: this.vault,
          healthProbe: { path: app.container.readinessPath, port: app.container.port },
        })
      : undefined;
    this.rollout = new CanaryRollout(this, 'Rollout', {
      labels,
      namespace,
      image: props.tag ? `${app.image}:${props.tag}${props.digest ? `@${props.digest}` : ''}` : app.image,
      container: app.container,
      resources: { requests: amounts(s.resources.requests), limits: amounts(s.resources.limits) },
      weights: s.canary.weights,
      pauses: s.canary.pauses.map(Duration.parse),
      maxSurge: Surge.parse(s.canary.maxSurge),
      progressDeadline: s.canary.progressDeadline !== undefined ? Duration.parse(s.canary.progressDeadline) : undefined,
      services: this.services,
      trafficRouter: exposure?.trafficRouter,
      analysis: this.analysis,
      identity: this.identity,
      config: this.config,
      vault: this.vault,
      podAnnotations: { 'gridops.io/config-hash': hashOf(s.settings) },
      priorityClass: s.priorityClass,
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
      rollout: this.rollout,
      minReplicas: s.scaling.minReplicas,
      maxReplicas: s.scaling.maxReplicas,
      targetCpuUtilization: s.scaling.targetCpuUtilization,
    });
    new RolloutOperators(this, 'RolloutOperators', { labels, namespace, rollout: this.rollout, groups: props.rolloutOperators });
    new DisruptionBudget(this, 'DisruptionBudget', { labels, namespace, maxUnavailable: s.scaling.maxUnavailable });
    // NetworkPolicies: default-deny in the namespace, then who may reach the pods on which container port
    new DefaultDenyIngress(this, 'DefaultDenyIngress', { labels, namespace });
    const net = props.network;
    this.ingressPolicy = new AppIngressPolicy(this, 'IngressPolicy', {
      labels,
      namespace,
      port: app.container.port,
      metricsPort: app.container.metricsPort,
      entry: s.ingress ? trafficSource(traffic, net.trafficFrom) : undefined,
      prometheus: net.prometheus,
      clients: net.clients.map((c) => ({ labels: new AppLabels(c.app), namespace: c.namespace })),
    });
    const egress = Egress.of(s.egress);
    if (egress.rules) new AppEgressPolicy(this, 'EgressPolicy', { labels, namespace, rules: egress.rules });
  }
}

/** CPU and memory as the configuration writes them (`'250m'`, `'512Mi'`), read. */
function amounts(a: { readonly cpu: string; readonly memory: string }): { cpu: Quantity; memory: Quantity } {
  return { cpu: Quantity.parse(a.cpu), memory: Quantity.parse(a.memory) };
}

/** Short stable hash of the settings, so a settings change rolls out as a canary like an image change. */
function hashOf(data: { readonly [key: string]: string }): string {
  const canonical = JSON.stringify(Object.keys(data).sort().map((k) => [k, data[k]]));
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16);
}
