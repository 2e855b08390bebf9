import { Surge } from './surge';

/**
 * Replica-weighted canary arithmetic. Without a traffic router, Argo Rollouts approximates a canary weight by
 * replica counts and traffic splits by pod count. This mirrors the controller's choice of counts
 * (argo-rollouts utils/replicaset/canary.go, approximateWeightedCanaryStableReplicaCounts, v1.9.0): among the
 * candidates ceil/floor(weight × replicas) over a total of replicas or replicas + 1 (when surge is allowed), it
 * takes the count closest to the requested weight, never 0 canary or 0 stable pods for weights 1-99.
 */
export interface ReplicaSplit {
  /** Requested canary weight (setWeight), 0-100. */
  readonly weight: number;
  /** Canary pods. */
  readonly canary: number;
  /** Stable pods. */
  readonly stable: number;
  /** Share of traffic that reaches the canary, in percent (canary / (canary + stable) × 100). */
  readonly effective: number;
}

/** The canary/stable pod counts Argo Rollouts picks for `weight` with `replicas` and `maxSurge` pods of surge. */
export function replicaSplit(replicas: number, weight: number, maxSurge: number): ReplicaSplit {
  if (replicas === 0) return { weight, canary: 0, stable: 0, effective: 0 };
  const ceil = Math.ceil((replicas * weight) / 100);
  const floor = Math.floor((replicas * weight) / 100);
  const tied = (total: number) => ((total * weight) / 100) % 1 === 0.5;
  const zeroAllowed = weight === 100 || weight === 0 || (replicas === 1 && maxSurge === 0);
  const options: { canary: number; total: number }[] = [];
  if (ceil < replicas || zeroAllowed) options.push({ canary: ceil, total: replicas });
  if (!tied(replicas) && (floor !== 0 || zeroAllowed)) options.push({ canary: floor, total: replicas });
  if (maxSurge > 0) {
    options.push({ canary: ceil, total: replicas + 1 });
    if (!tied(replicas + 1) && (floor !== 0 || zeroAllowed)) options.push({ canary: floor, total: replicas + 1 });
  }
  const delta = (o: { canary: number; total: number }) => Math.abs((o.canary * 100) / o.total - weight);
  let best = options[0] ?? { canary: 0, total: replicas };
  for (const o of options.slice(1)) if (delta(o) < delta(best)) best = o;
  const stable = best.total - best.canary;
  return { weight, canary: best.canary, stable, effective: Math.round(((best.canary * 100) / best.total) * 10) / 10 };
}

/**
 * A rendered int-or-percent value (maxSurge, maxUnavailable) as a number of pods out of `total`: percentages rounded up,
 * like Kubernetes (as {@link Surge.podsOf} counts them); undefined when it is neither.
 */
export function scaled(value: unknown, total: number): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^\d+%$/.test(value)) return Surge.percent(Number(value.slice(0, -1))).podsOf(total);
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  return undefined;
}

/**
 * The pod counts Argo Rollouts keeps for `weight` when a traffic router sets the weights
 * (argo-rollouts utils/replicaset/canary.go, CalculateReplicaCountsForTrafficRoutedCanary, v1.9.0): the canary runs
 * ceil(weight × replicas) pods and the stable side stays fully scaled (no dynamicStableScale); the router sends the
 * canary exactly `weight` percent, whatever the counts.
 */
export function routedSplit(replicas: number, weight: number): ReplicaSplit {
  return { weight, canary: Math.ceil((replicas * weight) / 100), stable: replicas, effective: weight };
}
