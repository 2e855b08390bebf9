import { Construct } from 'constructs';
import { k8s } from '../k8s';
import { AppLabels } from './labels';

/** Properties of {@link DisruptionBudget}. */
export interface DisruptionBudgetProps {
  readonly labels: AppLabels;
  readonly namespace: string;
  /** Pods that may be evicted at once; at least 1 so nodes can always be drained. */
  readonly maxUnavailable: number;
}

/** A policy/v1 PodDisruptionBudget over every pod of the application (stable and canary). */
export class DisruptionBudget extends Construct {
  public readonly resource: k8s.KubePodDisruptionBudget;

  public constructor(scope: Construct, id: string, props: DisruptionBudgetProps) {
    super(scope, id);
    if (!Number.isInteger(props.maxUnavailable) || props.maxUnavailable < 1) {
      throw new Error(`'maxUnavailable' (${props.maxUnavailable}) must be an integer of at least 1: a PodDisruptionBudget with 0 blocks every eviction`);
    }
    this.resource = new k8s.KubePodDisruptionBudget(this, 'Resource', {
      metadata: { name: props.labels.app, namespace: props.namespace, labels: { ...props.labels.common } },
      spec: { maxUnavailable: k8s.IntOrString.fromNumber(props.maxUnavailable), selector: { matchLabels: { ...props.labels.selector } } },
    });
  }
}
