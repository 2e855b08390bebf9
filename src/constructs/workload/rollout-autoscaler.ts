import { Construct } from 'constructs';
import { k8s } from '../k8s';
import { CanaryRollout } from './canary-rollout';
import { AppLabels } from './labels';

/** Properties of {@link RolloutAutoscaler}. */
export interface RolloutAutoscalerProps {
  readonly labels: AppLabels;
  readonly namespace: string;
  /** The Rollout to scale. */
  readonly rollout: CanaryRollout;
  readonly minReplicas: number;
  readonly maxReplicas: number;
  /** Target average CPU utilisation in percent of requests. */
  readonly targetCpuUtilization: number;
}

/**
 * An autoscaling/v2 HorizontalPodAutoscaler targeting the Rollout. The HPA owns the replica count: the Rollout
 * carries no spec.replicas and the Argo CD Application ignores differences on it, so Git and the HPA never fight.
 */
export class RolloutAutoscaler extends Construct {
  /** Pointers of the field of its target the HPA owns (Argo CD must neither compare nor sync it). */
  public static readonly OWNED_POINTERS: readonly string[] = ['/spec/replicas'];

  public readonly resource: k8s.KubeHorizontalPodAutoscalerV2;

  public constructor(scope: Construct, id: string, props: RolloutAutoscalerProps) {
    super(scope, id);
    const target = props.rollout.resource;
    this.resource = new k8s.KubeHorizontalPodAutoscalerV2(this, 'Resource', {
      metadata: { name: props.labels.app, namespace: props.namespace, labels: { ...props.labels.common } },
      spec: {
        scaleTargetRef: { apiVersion: target.apiVersion, kind: target.kind, name: target.name },
        minReplicas: props.minReplicas,
        maxReplicas: props.maxReplicas,
        metrics: [
          { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: props.targetCpuUtilization } } },
        ],
        behavior: { scaleDown: { stabilizationWindowSeconds: 300, policies: [{ type: 'Pods', value: 1, periodSeconds: 60 }] } },
      },
    });
  }
}
