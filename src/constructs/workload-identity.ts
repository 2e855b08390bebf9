import { Construct } from 'constructs';
import { k8s } from '../k8s';
import { AppLabels } from './labels';

/** Properties of {@link WorkloadIdentity}. */
export interface WorkloadIdentityProps {
  readonly labels: AppLabels;
  readonly namespace: string;
  /** Client ID of the user-assigned managed identity federated with this ServiceAccount. */
  readonly clientId: string;
  /** Entra ID tenant. */
  readonly tenantId: string;
}

/**
 * The ServiceAccount `<app>` for Azure workload identity. Pods opt in with the label {@link WorkloadIdentity.POD_LABEL}.
 */
export class WorkloadIdentity extends Construct {
  /** The pod label that makes the workload identity webhook inject the federated token. */
  public static readonly POD_LABEL = { 'azure.workload.identity/use': 'true' } as const;

  public readonly resource: k8s.KubeServiceAccount;
  public readonly name: string;

  public constructor(scope: Construct, id: string, props: WorkloadIdentityProps) {
    super(scope, id);
    this.name = props.labels.app;
    this.resource = new k8s.KubeServiceAccount(this, 'Resource', {
      metadata: {
        name: this.name,
        namespace: props.namespace,
        labels: { ...props.labels.common },
        annotations: {
          'azure.workload.identity/client-id': props.clientId,
          'azure.workload.identity/tenant-id': props.tenantId,
        },
      },
    });
  }
}
