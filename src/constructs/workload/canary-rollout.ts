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
import { ContainerConfig, ResourceSettings } from '../../model/application';
import { ServiceProtocol } from '../../model/service-protocol';
import { ANALYSIS_ARGS } from '../monitoring/prometheus-analysis';
import { AppLabels } from './labels';

/** Properties of {@link CanaryRollout}. */
export interface CanaryRolloutProps {
  readonly labels: AppLabels;
  readonly namespace: string;
  /** Full image reference, `repository:tag` (the base carries the repository alone; overlays pin the tag). */
  readonly image: string;
  readonly container: ContainerConfig;
  readonly resources: ResourceSettings;
  /** setWeight steps. */
  readonly weights: readonly number[];
  /** Pause after each weight but the last. */
  readonly pauses: readonly string[];
  readonly maxSurge: number | string;
  readonly stableService: string;
  readonly canaryService: string;
  /**
   * The traffic router that sets each step's weight exactly (an NGINX stableIngress, a Gateway API plugin's HTTPRoute).
   * @default - none: the canary is replica-weighted
   */
  readonly trafficRouting?: RolloutSpecStrategyCanaryTrafficRouting;
  /** AnalysisTemplate run in the background from the first pause on. */
  readonly analysisTemplate: string;
  readonly serviceAccountName: string;
  /** ConfigMap read as environment variables. */
  readonly configMapName: string;
  /** Secret (synced from Key Vault) and the env var names it holds. @default - none */
  readonly secretEnv?: { readonly secretName: string; readonly keys: readonly string[] };
  /** Extra pod volumes and where the container mounts them. @default - none */
  readonly volumes?: readonly { readonly volume: any; readonly mountPath: string; readonly readOnly: boolean }[];
  /** Extra pod labels (workload identity). @default - none */
  readonly podLabels?: { readonly [key: string]: string };
  /** Pod annotations (a config hash makes a settings change a new canary). @default - none */
  readonly podAnnotations?: { readonly [key: string]: string };
}

/**
 * An Argo Rollout with a canary strategy: setWeight/pause steps, stable and canary Services, background Prometheus
 * analysis from the first pause, and a pod hardened to the restricted Pod Security Standard. It carries no
 * spec.replicas: the HorizontalPodAutoscaler owns the count.
 */
export class CanaryRollout extends Construct {
  /** Name of the container port that serves Prometheus metrics when it is not the application's port. */
  public static readonly METRICS_PORT_NAME = 'metrics';

  public readonly resource: Rollout;
  public readonly name: string;
  /** Name of the container port serving the metrics (the application's port unless a separate metricsPort is set). */
  public readonly metricsPortName: string;

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
      if (pause !== undefined) steps.push({ pause: { duration: RolloutSpecStrategyCanaryStepsPauseDuration.fromString(pause) } });
    });
    const metricsPort = c.metricsPort ?? c.port;
    const protocol = ServiceProtocol.of(c.protocol);
    const portName = protocol.portName;
    const ports = [{ name: portName, containerPort: c.port, protocol: 'TCP' }];
    this.metricsPortName = metricsPort === c.port ? portName : CanaryRollout.METRICS_PORT_NAME;
    if (metricsPort !== c.port) ports.push({ name: this.metricsPortName, containerPort: metricsPort, protocol: 'TCP' });
    if (protocol.probesByPath) {
      for (const f of ['readinessPath', 'livenessPath'] as const) {
        if (c[f] === undefined) throw new Error(`Rollout '${app}': container.${f} is required for an ${protocol.name} container, unset`);
      }
    }
    const probe = (path: string | undefined) => ({ path, port: portName });
    // HTTP probes GET a path on the named port; gRPC probes call grpc.health.v1.Health on the port number (the
    // kubelet's gRPC probe takes no port name).
    const grpc = protocol.probesByPath ? undefined : { grpc: { port: c.port } };
    const volumes = [{ volume: { name: 'tmp', emptyDir: {} }, mountPath: '/tmp', readOnly: false }, ...(props.volumes ?? [])];

    this.resource = new Rollout(this, 'Resource', {
      metadata: { name: app, namespace: props.namespace, labels: { ...props.labels.common } },
      spec: {
        revisionHistoryLimit: 5,
        progressDeadlineSeconds: 600,
        progressDeadlineAbort: true,
        selector: { matchLabels: { ...props.labels.selector } },
        strategy: {
          canary: {
            stableService: props.stableService,
            canaryService: props.canaryService,
            ...(props.trafficRouting ? { trafficRouting: props.trafficRouting } : {}),
            maxSurge: typeof props.maxSurge === 'number'
              ? RolloutSpecStrategyCanaryMaxSurge.fromNumber(props.maxSurge)
              : RolloutSpecStrategyCanaryMaxSurge.fromString(props.maxSurge),
            maxUnavailable: RolloutSpecStrategyCanaryMaxUnavailable.fromNumber(0),
            analysis: {
              templates: [{ templateName: props.analysisTemplate }],
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
            labels: { ...props.labels.common, ...(props.podLabels ?? {}) },
            // Prometheus finds the pods through the application's PodMonitor, not through annotations.
            annotations: { ...(props.podAnnotations ?? {}) },
          },
          spec: {
            serviceAccountName: props.serviceAccountName,
            automountServiceAccountToken: true,
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
                envFrom: [{ configMapRef: { name: props.configMapName } }],
                env: (props.secretEnv?.keys ?? []).map((key) => ({
                  name: key,
                  valueFrom: { secretKeyRef: { name: props.secretEnv!.secretName, key } },
                })),
                resources: {
                  requests: { cpu: props.resources.requests.cpu, memory: props.resources.requests.memory },
                  limits: { cpu: props.resources.limits.cpu, memory: props.resources.limits.memory },
                },
                readinessProbe: {
                  ...(grpc ?? { httpGet: { ...probe(c.readinessPath), port: RolloutSpecTemplateSpecContainersReadinessProbeHttpGetPort.fromString(portName) } }),
                  periodSeconds: 5,
                  failureThreshold: 3,
                },
                livenessProbe: {
                  ...(grpc ?? { httpGet: { ...probe(c.livenessPath), port: RolloutSpecTemplateSpecContainersLivenessProbeHttpGetPort.fromString(portName) } }),
                  periodSeconds: 10,
                  failureThreshold: 3,
                },
                startupProbe: {
                  ...(grpc ?? {
                    httpGet: {
                      ...probe(c.startupPath ?? c.livenessPath),
                      port: RolloutSpecTemplateSpecContainersStartupProbeHttpGetPort.fromString(portName),
                    },
                  }),
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
