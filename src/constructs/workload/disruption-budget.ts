import { Construct } from 'constructs';
import { k8s } from '../k8s';
import { AppLabels } from './labels';

/** Properties of {@link DisruptionBudget}. */
export interface DisruptionBudgetProps {
  readonly labels: AppLabels;
  readonly namespace: string;
  /** Pods that may be evicted at once: at least 1, or no node could be drained (the configuration schema's scaling.maxUnavailable rule). */
  readonly maxUnavailable: number;
}

/** A policy/v1 PodDisruptionBudget over every pod of the application (stable and canary). */
export class DisruptionBudget extends Construct {
  public readonly resource: k8s.KubePodDisruptionBudget;

  public constructor(scope: Construct, id: string, props: DisruptionBudgetProps) {
    super(scope, id);
    this.resource = new k8s.KubePodDisruptionBudget(this, 'Resource', {
      metadata: { name: props.labels.app, namespace: props.namespace, labels: { ...props.labels.common } },
      spec: { maxUnavailable: k8s.IntOrString.fromNumber(props.maxUnavailable), selector: { matchLabels: { ...props.labels.selector } } },
    });
  }
}
