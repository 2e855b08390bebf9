import { Construct } from 'constructs';
import { k8s } from '../k8s';
import { AppLabels } from '../workload/labels';

/** Properties of {@link WorkloadIdentity}. */
export interface WorkloadIdentityProps {
  readonly labels: AppLabels;
  readonly namespace: string;
  /**
   * The user-assigned managed identity federated with this ServiceAccount.
   * @default - none: a ServiceAccount without an Azure identity
   */
  readonly identity?: {
    /** Client ID of the managed identity. */
    readonly clientId: string;
    /** Entra ID tenant. */
    readonly tenantId: string;
  };
}

/**
 * The ServiceAccount `<app>`, federated with an Azure managed identity when `identity` is given. Pods opt in with the
 * label {@link WorkloadIdentity.podLabels}.
 */
export class WorkloadIdentity extends Construct {
  /** The pod label that makes the workload identity webhook inject the federated token. */
  public static readonly POD_LABEL = { 'azure.workload.identity/use': 'true' } as const;

  public readonly resource: k8s.KubeServiceAccount;
  public readonly name: string;
  /** The pod labels of the identity: {@link WorkloadIdentity.POD_LABEL} when there is one, else none. */
  public readonly podLabels: { readonly [key: string]: string };

  public constructor(scope: Construct, id: string, props: WorkloadIdentityProps) {
    super(scope, id);
    this.name = props.labels.app;
    this.podLabels = props.identity ? { ...WorkloadIdentity.POD_LABEL } : {};
    this.resource = new k8s.KubeServiceAccount(this, 'Resource', {
      metadata: {
        name: this.name,
        namespace: props.namespace,
        labels: { ...props.labels.common },
        annotations: props.identity && {
          'azure.workload.identity/client-id': props.identity.clientId,
          'azure.workload.identity/tenant-id': props.identity.tenantId,
        },
      },
      // No API token for pods of this account unless a pod asks for one: the workload identity webhook projects its
      // own token (see CanaryRollout), and the pods set automountServiceAccountToken: false themselves too.
      automountServiceAccountToken: false,
    });
  }
}
