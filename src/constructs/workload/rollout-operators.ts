import { Construct } from 'constructs';
import { k8s } from '../k8s';
import { CanaryRollout } from './canary-rollout';
import { AppLabels } from './labels';

/** Properties of {@link RolloutOperators}. */
export interface RolloutOperatorsProps {
  readonly labels: AppLabels;
  readonly namespace: string;
  /** The Rollout the operators may change (abort, promote, retry, undo). */
  readonly rollout: CanaryRollout;
  /** Entra ID group object IDs (the AKS cluster's Entra ID integration puts them in the user's groups). */
  readonly groups: readonly string[];
}

/**
 * The Kubernetes RBAC of the documented rollback and emergency paths, which go around Argo CD: `kubectl argo rollouts
 * abort | promote | retry | undo` patch the Rollout (its spec, or its status subresource), and `kubectl argo rollouts
 * get` reads it with its ReplicaSets, pods, AnalysisRuns and Experiments. A Role `<app>-rollout-operator` allows
 * exactly that in the application's namespace — patch on this Rollout only — and a RoleBinding gives it to the groups.
 */
export class RolloutOperators extends Construct {
  /** The verbs of reading: `kubectl argo rollouts get --watch` lists and watches. */
  public static readonly READ = ['get', 'list', 'watch'];

  public readonly role: k8s.KubeRole;
  public readonly binding: k8s.KubeRoleBinding;

  public constructor(scope: Construct, id: string, props: RolloutOperatorsProps) {
    super(scope, id);
    const name = `${props.labels.app}-rollout-operator`;
    const metadata = { namespace: props.namespace, labels: { ...props.labels.common } };
    const read = RolloutOperators.READ;
    this.role = new k8s.KubeRole(this, 'Role', {
      metadata: { ...metadata, name },
      rules: [
        { apiGroups: ['argoproj.io'], resources: ['rollouts', 'analysisruns', 'experiments'], verbs: [...read] },
        { apiGroups: ['argoproj.io'], resources: ['rollouts', 'rollouts/status'], resourceNames: [props.rollout.name], verbs: ['patch'] },
        { apiGroups: ['apps'], resources: ['replicasets'], verbs: [...read] },
        { apiGroups: [''], resources: ['pods'], verbs: [...read] },
      ],
    });
    this.binding = new k8s.KubeRoleBinding(this, 'Binding', {
      metadata: { ...metadata, name: `${props.labels.app}-rollout-operators` },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name },
      subjects: props.groups.map((g) => ({ apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: g })),
    });
  }
}
