import { AnalysisSettings, CanarySettings, EnvironmentSettings, ScalingSettings } from './application';
import { Duration } from './duration';
import { AnalysisTiming } from './monitoring';
import { ReplicaSplit } from './traffic-share';

/** The default of `canary.podStartTime`: how long a new pod takes from creation to Ready, as the timeline assumes. */
export const DEFAULT_POD_START = '30s';

/** What happens to a canary whose every measurement fails. */
export interface BadCanary {
  /** The failed measurement that aborts (analysis.abortOnFailure). */
  readonly failedMeasurement: number;
  /** Seconds from the rollout's start to the abort. */
  readonly abortAt: number;
  /** The setWeight step (index into the weights) in progress when it aborts. */
  readonly step: number;
  /** Seconds from the rollout's start until all traffic is on the stable pods again. */
  readonly stableAt: number;
  /** Whether the stable ReplicaSet must be scaled back up first (replica-weighted, it gave pods to the canary). */
  readonly stableScalesUp: boolean;
}

/**
 * One canary of an environment in time, under Argo Rollouts v1.9.0's rules (../shared/docs/runtime-semantics.md):
 * every setWeight step costs one round of new pods (the `canary.podStartTime` assumption), then its pause runs; the
 * background analysis starts at step 1 (after the first weight's pods are Ready) and measures at
 * `initialDelay + k × interval`; the `abortOnFailure`-th failed measurement aborts (failed > failureLimit); on abort the
 * weight returns to 0 and, replica-weighted with maxUnavailable 0, the stable ReplicaSet is scaled back up before the
 * canary pods go.
 */
export interface CanaryTimeline {
  /** Seconds a new pod takes to be Ready (the stated assumption). */
  readonly podStart: number;
  /** Seconds of all pauses together. */
  readonly pauses: number;
  /** Seconds from the rollout's start to promotion: pauses plus one pod round per step. */
  readonly total: number;
  /** Seconds from the rollout's start to the analysis' start. */
  readonly analysisStart: number;
  /** Seconds from the rollout's start to the first measurement (no data then: Inconclusive, the rollout pauses). */
  readonly firstMeasurement: number;
  /** The setWeight step in progress at the first measurement. */
  readonly firstMeasurementStep: number;
  /** A bad canary's abort. */
  readonly bad: BadCanary;
}

/**
 * What a canary timeline is computed from: the fields of an environment's resolved settings it reads, so that
 * `gridops diff --base` can feed it what it reads back from rendered objects (the Rollout's steps, the HPA's minimum,
 * the AnalysisTemplate's timing).
 */
export interface TimelineSettings {
  readonly canary: Pick<CanarySettings, 'weights' | 'pauses' | 'podStartTime'>;
  readonly scaling: Pick<ScalingSettings, 'minReplicas'>;
  readonly analysis: Pick<AnalysisSettings, 'interval' | 'initialDelay' | 'scrapeInterval' | 'rateWindow' | 'abortOnFailure'>;
}

/** Seconds of each pause, and the pod start assumption, of a canary's settings (whose durations the schema has checked). */
function seconds(c: TimelineSettings['canary']): { pauses: number[]; podStart: number } {
  return { pauses: c.pauses.map((p) => Duration.parse(p).toSeconds()), podStart: Duration.parse(c.podStartTime ?? DEFAULT_POD_START).toSeconds() };
}

/** Seconds from a canary's start to its promotion: its pauses plus one round of new pods per step (canary.podStartTime). */
export function canaryDuration(s: Pick<TimelineSettings, 'canary'>): number {
  const { pauses, podStart } = seconds(s.canary);
  return s.canary.weights.length * podStart + pauses.reduce((a, b) => a + b, 0);
}

/**
 * The timeline of an environment's canary with its resolved settings; `splits` are its steps' pod counts (the
 * traffic report), `routed` whether a traffic router sets the weights.
 */
export function canaryTimeline(s: TimelineSettings, splits: readonly ReplicaSplit[], routed: boolean): CanaryTimeline {
  const replicas = s.scaling.minReplicas;
  const { pauses, podStart } = seconds(s.canary);
  const timing = AnalysisTiming.of(s.analysis);
  const n = s.canary.weights.length;
  /** When step k (0-based) starts its pod round: k rounds and the pauses before it. */
  const roundStart = (k: number) => k * podStart + pauses.slice(0, k).reduce((a, b) => a + b, 0);
  const stepAt = (t: number) => Math.max(0, [...Array(n).keys()].filter((k) => roundStart(k) <= t).pop() ?? 0);
  const analysisStart = podStart;
  const failedMeasurement = s.analysis.abortOnFailure;
  const abortAt = analysisStart + timing.measurementAt(failedMeasurement - 1);
  const step = stepAt(abortAt);
  const split = splits[step];
  const stableScalesUp = !routed && split !== undefined && split.stable < replicas;
  const firstMeasurement = analysisStart + timing.measurementAt(0);
  return {
    podStart,
    pauses: pauses.reduce((a, b) => a + b, 0),
    total: canaryDuration(s),
    analysisStart,
    firstMeasurement,
    firstMeasurementStep: stepAt(firstMeasurement),
    bad: { failedMeasurement, abortAt, step, stableAt: abortAt + (stableScalesUp ? podStart : 0), stableScalesUp },
  };
}

/**
 * Whether the analysis can abort a bad canary before it is promoted however fast its pods start: the deciding failed
 * measurement, `initialDelay + (abortOnFailure - 1) × interval` after the analysis starts, must come before the last
 * pause ends (the pauses' sum after it, with pods Ready at once). Returns the problem in words, or undefined.
 */
export function promotionBeforeAbort(s: EnvironmentSettings): string | undefined {
  const timing = AnalysisTiming.of(s.analysis);
  const n = s.analysis.abortOnFailure;
  const decided = timing.measurementAt(n - 1);
  const pauses = seconds(s.canary).pauses.reduce((a, b) => a + b, 0);
  if (!(decided >= pauses)) return undefined;
  const a = s.analysis;
  return (
    `analysis: failed measurement ${n} (analysis.abortOnFailure) comes ${Duration.seconds(decided).toGo()} after the analysis starts (analysis.initialDelay ${JSON.stringify(timing.initialDelay)} + ${n - 1} × analysis.interval ${JSON.stringify(a.interval)}), ` +
    `but the last pause ends ${Duration.seconds(pauses).toGo()} after it (canary.pauses ${JSON.stringify(s.canary.pauses)}): a bad canary would be promoted before the analysis could abort it; ` +
    'shorten analysis.interval or analysis.initialDelay, lower analysis.abortOnFailure or lengthen canary.pauses'
  );
}
