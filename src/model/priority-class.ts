import { ValueError } from './errors';
import { DNS_SUBDOMAIN } from './names';

/**
 * Which PriorityClass an environment's pods run at (`EnvironmentSettings.priorityClass`): the scheduler preempts, and
 * the kubelet evicts under node pressure, lower-priority pods first, so a grid-critical service should not be the
 * first to go when a node runs short.
 *
 * The PriorityClass itself is the platform's: cluster-scoped and shared by every namespace of the cluster, it is
 * created once per cluster by whoever runs the cluster, and named here. gridops does not create one: two environments
 * (or two applications) on one cluster would both manage the same cluster-wide object through their Argo CD
 * Applications, and an application's AppProject would have to admit a cluster-scoped kind. A pod naming a class the
 * cluster does not have is refused by the API server's Priority admission, so its ReplicaSet creates no pod: the
 * class must exist on every cluster the environment runs on before the environment names it.
 *
 * - {@link PriorityClass.existing}: `priorityClassName: <name>` on the pods.
 * - {@link PriorityClass.clusterDefault}: no priorityClassName, on purpose (the cluster's globalDefault class, or
 *   priority 0); the Rollout says so to Polaris (`priorityClassNotSet` exempted, with the reason).
 */
export class PriorityClass {
  /**
   * A PriorityClass the cluster already has (the platform's), by name. Refuses a name that is not a lowercase DNS
   * subdomain, and Kubernetes' own `system-` classes, which are for the cluster's components.
   */
  public static existing(name: string): PriorityClass {
    if (typeof name !== 'string' || !DNS_SUBDOMAIN.test(name)) {
      throw new ValueError(name, 'must be a PriorityClass name (a lowercase DNS subdomain: letters, digits, \'-\', \'.\')', 'PriorityClass.existing:');
    }
    if (name.startsWith('system-')) {
      throw new ValueError(name, "is one of Kubernetes' own system- classes, for the cluster's components: name the platform's class for applications", 'PriorityClass.existing:');
    }
    return new PriorityClass(name, `PriorityClass.existing('${name}')`);
  }

  /** No priorityClassName: the pods run at the cluster's default priority, a choice the Rollout states to Polaris. */
  public static clusterDefault(): PriorityClass {
    return new PriorityClass(undefined, 'PriorityClass.clusterDefault()');
  }

  private constructor(
    /** The pods' priorityClassName. @default - none: the cluster's default priority */
    public readonly name: string | undefined,
    /** The TypeScript that makes this choice, for messages and generated configuration. */
    public readonly source: string,
  ) {}

  /** For tables: `grid-critical`, or `cluster default`. */
  public get summary(): string {
    return this.name ?? 'cluster default';
  }
}
