import type { AnalysisSettings } from './application';
import type { Config, MonitoringSettingsSchema } from './config-schema';
import { Duration } from './duration';

/**
 * The clusters' Prometheus: a prometheus-operator (kube-prometheus-stack, or any prometheus-operator) that discovers
 * PodMonitors, ServiceMonitors and PrometheusRules by label. What gridops generates for it: a PodMonitor per
 * application environment (the series the canary analysis reads), the ServiceMonitors of the argo-cd and argo-rollouts
 * charts (turned on through their values) and the platform's alert rules. The fields are documented in config-schema.ts.
 */
export type MonitoringSettings = Config<typeof MonitoringSettingsSchema>;

/** How long a condition must hold before the platform's alerts fire (Prometheus `for`, at least 1m). */
export type AlertSettings = NonNullable<MonitoringSettings['alerts']>;

/** The alert durations with their defaults applied. */
export function alertDurations(s: AlertSettings = {}): { readonly [K in keyof AlertSettings]-?: Duration } {
  return {
    componentDownFor: Duration.parse(s.componentDownFor ?? '5m'),
    rolloutDegradedFor: Duration.parse(s.rolloutDegradedFor ?? '1m'),
    analysisErrorFor: Duration.parse(s.analysisErrorFor ?? '1m'),
  };
}

/** kube-prometheus-stack's default scrape interval, the default of `analysis.scrapeInterval`. */
export const DEFAULT_SCRAPE_INTERVAL = '30s';

/** Scrape intervals the rate window must span at least: two samples are enough for rate(), four survive a missed scrape or two. */
export const MIN_RATE_WINDOW_SCRAPES = 4;

/** The scrape intervals the first measurement waits by default: a new pod's first scrape may come one interval after it is up, rate() needs a second. */
export const INITIAL_DELAY_SCRAPES = 2;

/**
 * When and over what the canary analysis measures, in seconds, resolved from an environment's
 * {@link AnalysisSettings}: the PodMonitor's scrape interval, the range of every rate(), the wait before the first
 * measurement (Argo Rollouts' `initialDelay`: without it the first measurement runs the moment the AnalysisRun exists,
 * on pods that became Ready seconds ago) and the time between measurements.
 */
export class AnalysisTiming {
  /** The timing of `a` (whose durations the configuration schema has checked). */
  public static of(a: Pick<AnalysisSettings, 'interval' | 'initialDelay' | 'scrapeInterval' | 'rateWindow'>): AnalysisTiming {
    const scrapeInterval = Duration.parse(a.scrapeInterval ?? DEFAULT_SCRAPE_INTERVAL);
    const rateWindow = a.rateWindow !== undefined ? Duration.parse(a.rateWindow) : scrapeInterval.times(MIN_RATE_WINDOW_SCRAPES);
    const initialDelay = a.initialDelay !== undefined ? Duration.parse(a.initialDelay) : scrapeInterval.times(INITIAL_DELAY_SCRAPES);
    return new AnalysisTiming(scrapeInterval, rateWindow, initialDelay, Duration.parse(a.interval));
  }

  /** Seconds between scrapes. */
  public readonly scrapeSeconds: number;
  /** Seconds of every rate() range. */
  public readonly rateWindowSeconds: number;
  /** Seconds from the AnalysisRun's start to the first measurement. */
  public readonly initialDelaySeconds: number;
  /** Seconds between measurements. */
  public readonly intervalSeconds: number;

  private constructor(
    /** The PodMonitor's interval (`30s`). */
    public readonly scrapeInterval: Duration,
    /** The range of every rate() (`2m`): as configured, else in one unit Argo Rollouts and Prometheus both read. */
    public readonly rateWindow: Duration,
    /** Argo Rollouts' initialDelay of every metric (`1m`). */
    public readonly initialDelay: Duration,
    /** Argo Rollouts' interval of every metric (`1m`). */
    public readonly interval: Duration,
  ) {
    this.scrapeSeconds = scrapeInterval.toSeconds();
    this.rateWindowSeconds = rateWindow.toSeconds();
    this.initialDelaySeconds = initialDelay.toSeconds();
    this.intervalSeconds = interval.toSeconds();
  }

  /** Seconds from the AnalysisRun's start to measurement `k` (0-based), queries taking no time. */
  public measurementAt(k: number): number {
    return this.initialDelaySeconds + k * this.intervalSeconds;
  }
}

/** The pod labels the canary analysis filters on: the PodMonitor copies them onto every series it scrapes. */
export const ANALYSIS_POD_LABELS = {
  /** The application (the pod selector's label). */
  app: 'app.kubernetes.io/name',
  /** The ReplicaSet a pod belongs to, set by the Argo Rollouts controller: the canary's differs from the stable's. */
  podTemplateHash: 'rollouts-pod-template-hash',
} as const;

/**
 * The label a pod label becomes on a scraped series (`podTargetLabels`): prometheus-operator replaces every character
 * that may not appear in a Prometheus label name with `_` (`app.kubernetes.io/name` → `app_kubernetes_io_name`).
 */
export function seriesLabel(podLabel: string): string {
  return podLabel.replace(/[^a-zA-Z0-9_]/g, '_');
}

/** The labels every target of a PodMonitor carries (prometheus-operator pkg/prometheus/promcfg.go), besides its podTargetLabels. */
export const POD_MONITOR_TARGET_LABELS: readonly string[] = ['namespace', 'pod', 'container', 'endpoint', 'job', 'instance'];
