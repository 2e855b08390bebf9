import { Construct } from 'constructs';
import {
  Rollout,
  RolloutSpecStrategyCanaryMaxSurge,
  RolloutSpecStrategyCanaryMaxUnavailable,
  RolloutSpecStrategyCanarySteps,
  RolloutSpecStrategyCanaryStepsPauseDuration,
  RolloutSpecStrategyCanaryTrafficRouting,
  RolloutSpecTemplateSpecContainersLivenessProbeHttpGetPort,
  RolloutSpecTemplateSpecContainersReadinessProbeHttpGetPort,
  RolloutSpecTemplateSpecContainersStartupProbeHttpGetPort,
} from '../../../imports/argo-rollouts-argoproj.io';
import { ContainerConfig } from '../../model/application';
import { Duration } from '../../model/duration';
import { PriorityClass } from '../../model/priority-class';
import { Quantity } from '../../model/quantity';
import { ProbeAction, ServiceProtocol } from '../../model/service-protocol';
import { Surge } from '../../model/surge';
import { KeyVaultSecrets } from '../azure/key-vault-secrets';
import { WorkloadIdentity } from '../azure/workload-identity';
import { ANALYSIS_ARGS, PrometheusAnalysis } from '../monitoring/prometheus-analysis';
import { AppSettings } from './app-settings';
import { CanaryServices } from './canary-services';
import { AppLabels } from './labels';

/**
 * A traffic router the canary names (an NGINX stable Ingress, a Gateway API plugin's HTTPRoute), which then sets each
 * step's weight exactly.
 */
export interface IRolloutTrafficRouter {
  /** How the Rollout names it: its `spec.strategy.canary.trafficRouting`. */
  readonly trafficRouting: RolloutSpecStrategyCanaryTrafficRouting;
}

/** CPU and memory of a container. */
export interface ResourceAmounts {
  readonly cpu: Quantity;
  readonly memory: Quantity;
}

/** What a container requests (and is scheduled by) and may use at most. */
export interface ContainerResources {
  readonly requests: ResourceAmounts;
  readonly limits: ResourceAmounts;
}

/** Properties of {@link CanaryRollout}. */
export interface CanaryRolloutProps {
  readonly labels: AppLabels;
  readonly namespace: string;
  /**
   * Full image reference: `repository:tag`, or `repository:tag@sha256:…` pinned by digest (the base carries the
   * repository alone; overlays pin the tag and digest).
   */
  readonly image: string;
  /** The container: its ports, protocol and probe paths (an http container's readiness and liveness paths, as the configuration check requires). */
  readonly container: ContainerConfig;
  /** The container's requests and limits. */
  readonly resources: ContainerResources;
  /** setWeight steps. */
  readonly weights: readonly number[];
  /** Pause after each weight but the last. */
  readonly pauses: readonly Duration[];
  /** Extra pods allowed during the update. */
  readonly maxSurge: Surge;
  /**
   * How long a step may go without progress before the Rollout is aborted (progressDeadlineSeconds, with
   * progressDeadlineAbort).
   * @default - 10 minutes
   */
  readonly progressDeadline?: Duration;
  /** The Services the controller pins to the stable and canary ReplicaSets: the canary's stableService and canaryService. */
  readonly services: CanaryServices;
  /**
   * The traffic router that sets each step's weight exactly (an NGINX stable Ingress, a Gateway API plugin's HTTPRoute).
   * @default - none: the canary is replica-weighted
   */
  readonly trafficRouter?: IRolloutTrafficRouter;
  /** The AnalysisTemplate run in the background from the first pause on. */
  readonly analysis: PrometheusAnalysis;
  /** The pods' ServiceAccount, and the pod labels its identity needs. */
  readonly identity: WorkloadIdentity;
  /** The ConfigMap the container reads as environment variables. */
  readonly config: AppSettings;
  /**
   * The Key Vault: the pods mount its CSI volume (which makes the driver sync its Secrets) and the container reads the
   * env Secret's keys as environment variables.
   * @default - none: no secret environment variables, no CSI volume
   */
  readonly vault?: KeyVaultSecrets;
  /** Pod annotations (a config hash makes a settings change a new canary). @default - none */
  readonly podAnnotations?: { readonly [key: string]: string };
  /**
   * The pods' PriorityClass: a class of the cluster by name, or the cluster's default priority on purpose (then the
   * Rollout exempts itself from Polaris' priorityClassNotSet, with the reason).
   * @default - no priorityClassName, no exemption
   */
  readonly priorityClass?: PriorityClass;
}

/** A Polaris check this Rollout does not pass on purpose, and why: its exemption annotation and the reason beside it. */
export interface PolarisExemption {
  /** The Polaris check ID (`pullPolicyNotAlways`). */
  readonly check: string;
  /** Why the choice is right here: one sentence, rendered as an annotation on the Rollout. */
  readonly reason: string;
}

/**
 * An Argo Rollout with a canary strategy: setWeight/pause steps, stable and canary Services, background Prometheus
 * analysis from the first pause, and a pod hardened to the restricted Pod Security Standard. It carries no
 * spec.replicas: the HorizontalPodAutoscaler owns the count.
 */
export class CanaryRollout extends Construct {
  /** Name of the container port that serves Prometheus metrics when it is not the application's port. */
  public static readonly METRICS_PORT_NAME = 'metrics';
  /** Name of the pod volume that mounts the Key Vault. */
  public static readonly VAULT_VOLUME_NAME = 'secrets-store';
  /** The progress deadline without `progressDeadline`: Kubernetes' and Argo Rollouts' default, 10 minutes. */
  public static readonly DEFAULT_PROGRESS_DEADLINE_SECONDS = 600;
  /**
   * Polaris (v10.2.2) reads `polaris.fairwinds.com/<check>-exempt: "true"` on a controller's metadata and skips the
   * check; the `-exempt-reason` annotation beside it is ours, so the choice and its reason are in the rendered object.
   */
  public static readonly PULL_POLICY_EXEMPTION: PolarisExemption = {
    check: 'pullPolicyNotAlways',
    reason:
      'IfNotPresent on purpose: the image is pinned by digest where the tag policy requires one (prod; kubelet then pulls by digest, so a copy on the node is exactly that image) and elsewhere by a tag naming one commit build or release; Always would make every pod start, an HPA scale-out during an incident included, depend on the registry',
  };
  /** The exemption of an environment that runs at the cluster's default priority on purpose ({@link PriorityClass.clusterDefault}). */
  public static readonly CLUSTER_DEFAULT_PRIORITY_EXEMPTION: PolarisExemption = {
    check: 'priorityClassNotSet',
    reason: "PriorityClass.clusterDefault(): this environment runs at the cluster's default priority on purpose, so its pods are preempted and evicted before the grid-critical ones",
  };

  /** The Polaris annotations of exemptions: the exemption and its reason, per check. */
  public static polarisAnnotations(exemptions: readonly PolarisExemption[]): { [key: string]: string } {
    return Object.fromEntries(
      exemptions.flatMap((e) => [
        [`polaris.fairwinds.com/${e.check}-exempt`, 'true'],
        [`polaris.fairwinds.com/${e.check}-exempt-reason`, e.reason],
      ]),
    );
  }

  public readonly resource: Rollout;
  public readonly name: string;
  /** Name of the container port serving the metrics (the application's port unless a separate metricsPort is set). */
  public readonly metricsPortName: string;
  /** The Polaris checks this Rollout is exempted from, with the reasons (its annotations). */
  public readonly polarisExemptions: readonly PolarisExemption[];

  public constructor(scope: Construct, id: string, props: CanaryRolloutProps) {
    super(scope, id);
    const app = props.labels.app;
    this.name = app;
    const c = props.container;
    const uid = c.runAsUser ?? 10001;
    const steps: RolloutSpecStrategyCanarySteps[] = [];
    props.weights.forEach((weight, i) => {
      steps.push({ setWeight: weight });
      const pause = props.pauses[i];
      if (pause !== undefined) steps.push({ pause: { duration: RolloutSpecStrategyCanaryStepsPauseDuration.fromString(pause.toString()) } });
    });
    const metricsPort = c.metricsPort ?? c.port;
    const protocol = ServiceProtocol.of(c.protocol);
    const portName = protocol.portName;
    const ports = [{ name: portName, containerPort: c.port, protocol: 'TCP' }];
    this.metricsPortName = metricsPort === c.port ? portName : CanaryRollout.METRICS_PORT_NAME;
    if (metricsPort !== c.port) ports.push({ name: this.metricsPortName, containerPort: metricsPort, protocol: 'TCP' });
    // HTTP probes GET a path on the named port; gRPC probes call grpc.health.v1.Health on the port number (the
    // kubelet's gRPC probe takes no port name).
    const probe = <P>(path: string | undefined, namedPort: (name: string) => P) => handler(protocol.probe(path, c.port), namedPort);
    const { services, vault } = props;
    const volumes: { readonly volume: { readonly name: string; readonly [field: string]: unknown }; readonly mountPath: string; readonly readOnly: boolean }[] = [
      { volume: { name: 'tmp', emptyDir: {} }, mountPath: '/tmp', readOnly: false },
    ];
    if (vault) volumes.push({ volume: vault.volume(CanaryRollout.VAULT_VOLUME_NAME), mountPath: KeyVaultSecrets.MOUNT_PATH, readOnly: true });
    const priorityClassName = props.priorityClass?.name;
    this.polarisExemptions = [
      CanaryRollout.PULL_POLICY_EXEMPTION,
      ...(props.priorityClass && priorityClassName === undefined ? [CanaryRollout.CLUSTER_DEFAULT_PRIORITY_EXEMPTION] : []),
    ];

    this.resource = new Rollout(this, 'Resource', {
      metadata: { name: app, namespace: props.namespace, labels: { ...props.labels.common }, annotations: CanaryRollout.polarisAnnotations(this.polarisExemptions) },
      spec: {
        revisionHistoryLimit: 5,
        progressDeadlineSeconds: props.progressDeadline?.toSeconds() ?? CanaryRollout.DEFAULT_PROGRESS_DEADLINE_SECONDS,
        progressDeadlineAbort: true,
        selector: { matchLabels: { ...props.labels.selector } },
        strategy: {
          canary: {
            stableService: services.stable.name,
            canaryService: services.canary.name,
            ...(props.trafficRouter ? { trafficRouting: props.trafficRouter.trafficRouting } : {}),
            maxSurge: props.maxSurge.toIntOrString(RolloutSpecStrategyCanaryMaxSurge),
            maxUnavailable: RolloutSpecStrategyCanaryMaxUnavailable.fromNumber(0),
            analysis: {
              templates: [{ templateName: props.analysis.name }],
              startingStep: 1,
              args: [
                { name: ANALYSIS_ARGS.namespace, value: props.namespace },
                { name: ANALYSIS_ARGS.app, value: app },
                { name: ANALYSIS_ARGS.canaryHash, valueFrom: { podTemplateHashValue: 'Latest' } },
              ],
            },
            steps,
          },
        },
        template: {
          metadata: {
            labels: { ...props.labels.common, ...props.identity.podLabels },
            // Prometheus finds the pods through the application's PodMonitor, not through annotations.
            annotations: { ...(props.podAnnotations ?? {}) },
          },
          spec: {
            serviceAccountName: props.identity.name,
            // No Kubernetes API token: the application never calls the API server. Workload identity does not need it:
            // the Azure Workload Identity webhook adds its own projected serviceAccountToken volume
            // (azure-identity-token, audience api://AzureADTokenExchange, AZURE_FEDERATED_TOKEN_FILE) to every pod
            // labelled azure.workload.identity/use, whatever automountServiceAccountToken says (its mutating webhook:
            // https://azure.github.io/azure-workload-identity/docs/installation/mutating-admission-webhook.html,
            // addProjectedServiceAccountTokenVolume in Azure/azure-workload-identity pkg/webhook/webhook.go), and the
            // secrets-store CSI driver gets the pod's token from the kubelet (the CSIDriver's tokenRequests), not from
            // the automounted volume. automountServiceAccountToken only governs the kube-api-access-* volume.
            automountServiceAccountToken: false,
            ...(priorityClassName !== undefined ? { priorityClassName } : {}),
            enableServiceLinks: false,
            securityContext: {
              runAsNonRoot: true,
              runAsUser: uid,
              runAsGroup: uid,
              fsGroup: uid,
              seccompProfile: { type: 'RuntimeDefault' },
            },
            topologySpreadConstraints: [
              {
                maxSkew: 1,
                topologyKey: 'topology.kubernetes.io/zone',
                whenUnsatisfiable: 'ScheduleAnyway',
                labelSelector: { matchLabels: { ...props.labels.selector } },
              },
            ],
            containers: [
              {
                name: app,
                image: props.image,
                imagePullPolicy: 'IfNotPresent',
                ports,
                envFrom: [{ configMapRef: { name: props.config.name } }],
                env: (vault?.envKeys ?? []).map((key) => ({
                  name: key,
                  valueFrom: { secretKeyRef: { name: vault!.envSecretName, key } },
                })),
                resources: { requests: amounts(props.resources.requests), limits: amounts(props.resources.limits) },
                readinessProbe: {
                  ...probe(c.readinessPath, (name) => RolloutSpecTemplateSpecContainersReadinessProbeHttpGetPort.fromString(name)),
                  periodSeconds: 5,
                  failureThreshold: 3,
                },
                livenessProbe: {
                  ...probe(c.livenessPath, (name) => RolloutSpecTemplateSpecContainersLivenessProbeHttpGetPort.fromString(name)),
                  periodSeconds: 10,
                  failureThreshold: 3,
                },
                startupProbe: {
                  ...probe(c.startupPath ?? c.livenessPath, (name) => RolloutSpecTemplateSpecContainersStartupProbeHttpGetPort.fromString(name)),
                  periodSeconds: 5,
                  failureThreshold: 30,
                },
                securityContext: {
                  allowPrivilegeEscalation: false,
                  privileged: false,
                  readOnlyRootFilesystem: true,
                  runAsNonRoot: true,
                  capabilities: { drop: ['ALL'] },
                  seccompProfile: { type: 'RuntimeDefault' },
                },
                volumeMounts: volumes.map((v) => ({ name: v.volume.name, mountPath: v.mountPath, readOnly: v.readOnly })),
              },
            ],
            volumes: volumes.map((v) => v.volume),
          },
        },
      },
    });
  }
}

/** A probe's handler as the generated Rollout types take it: the port of an HTTP GET made by the probe's own port type. */
function handler<P>(action: ProbeAction, namedPort: (name: string) => P): { httpGet?: { path?: string; port: P }; grpc?: { port: number } } {
  return { httpGet: action.httpGet && { path: action.httpGet.path, port: namedPort(action.httpGet.port) }, grpc: action.grpc };
}

/** CPU and memory as the Rollout writes them. */
function amounts(a: ResourceAmounts): { cpu: string; memory: string } {
  return { cpu: a.cpu.toString(), memory: a.memory.toString() };
}
