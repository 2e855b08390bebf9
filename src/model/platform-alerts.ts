import { Duration } from './duration';
import { AlertSettings, alertDurations } from './monitoring';

/** One Prometheus alerting rule. */
export interface AlertRule {
  /** Alert name, UpperCamelCase. */
  readonly alert: string;
  /** PromQL: the alert is pending while this returns a series, and fires once it has for `for`. */
  readonly expr: string;
  /** How long `expr` must hold (at least 1m). */
  readonly for: Duration;
  readonly severity: 'critical' | 'warning';
  /** One line: what is wrong. May use `{{ $labels.x }}`. */
  readonly summary: string;
  /** What it means for the grid and what to do. */
  readonly description: string;
}

/** A named group of alert rules (one PrometheusRule group). */
export interface AlertGroup {
  readonly name: string;
  readonly rules: readonly AlertRule[];
}

/**
 * The Helm release names the Argo CD tree installs the charts under. The charts name their metrics Services after the
 * release, and prometheus-operator names a ServiceMonitor's `job` label after the Service it scrapes: these are the
 * jobs the alerts select (test/platform-alerts.test.ts takes them from the rendered charts and proves the alerts fire).
 */
export const RELEASES = { argoCd: 'argocd', rollouts: 'argo-rollouts' } as const;

/** The `job` of each Argo CD component's metrics (the argo-cd chart's `<release>-<component>-metrics` Services). */
export const ARGOCD_METRICS_JOBS = {
  applicationController: `${RELEASES.argoCd}-application-controller-metrics`,
  repoServer: `${RELEASES.argoCd}-repo-server-metrics`,
  server: `${RELEASES.argoCd}-server-metrics`,
} as const;

/** The `job` of the Argo Rollouts controller's metrics (the argo-rollouts chart's `<release>-metrics` Service). */
export const ROLLOUTS_METRICS_JOB = `${RELEASES.rollouts}-metrics`;

/**
 * Rollout phases of `rollout_info` (argo-rollouts controller/metrics: calculatePhase) that need a human: aborted
 * (analysis failed, or `kubectl argo rollouts abort`), past its progress deadline, failing to create its ReplicaSet, or
 * with an invalid spec.
 */
export const DEGRADED_ROLLOUT_PHASES: readonly string[] = ['Abort', 'Timeout', 'Error', 'InvalidSpec'];

/**
 * No target of `job` in `namespace` is up: its pods are down, crash-looping, or gone altogether (scaled to zero:
 * then there is no `up` series at all, which `up == 0` would never see).
 */
function down(job: string, namespace: string): string {
  return `absent(up{job="${job}", namespace="${namespace}"} == 1)`;
}

/**
 * The alerts on Argo CD itself, evaluated by the management cluster's Prometheus (the seed's "alert if Argo CD down
 * > 5 minutes"): its application controller, repo server and API server.
 */
export function argoCdAlerts(namespace: string, settings?: AlertSettings): AlertGroup {
  const d = alertDurations(settings);
  const component = (alert: string, job: string, what: string, impact: string): AlertRule => ({
    alert,
    expr: down(job, namespace),
    for: d.componentDownFor,
    severity: 'critical',
    summary: `Argo CD ${what} has been down for ${d.componentDownFor}`,
    description: `No ${what} target of job ${job} in namespace ${namespace} is up. ${impact} Running workloads are not affected. Check: kubectl -n ${namespace} get pods.`,
  });
  return {
    name: 'argocd',
    rules: [
      component('ArgoCdApplicationControllerDown', ARGOCD_METRICS_JOBS.applicationController, 'application controller', 'Nothing syncs from Git and drift is not corrected.'),
      component('ArgoCdRepoServerDown', ARGOCD_METRICS_JOBS.repoServer, 'repo server', 'Manifests cannot be rendered: nothing syncs.'),
      component('ArgoCdServerDown', ARGOCD_METRICS_JOBS.server, 'API server', 'The UI, the CLI and SSO are unavailable; promotion jobs cannot query Argo CD.'),
    ],
  };
}

/**
 * The alerts on Argo Rollouts, evaluated by the Prometheus of each cluster running it: the controller down, a Rollout
 * that needs a human, an AnalysisRun that could not measure. The Rollout and AnalysisRun metrics come through the
 * controller's ServiceMonitor without honorLabels, so their own `namespace` label is `exported_namespace`.
 */
export function rolloutsAlerts(namespace: string, settings?: AlertSettings): AlertGroup {
  const d = alertDurations(settings);
  const job = `job="${ROLLOUTS_METRICS_JOB}", namespace="${namespace}"`;
  return {
    name: 'argo-rollouts',
    rules: [
      {
        alert: 'ArgoRolloutsControllerDown',
        expr: down(ROLLOUTS_METRICS_JOB, namespace),
        for: d.componentDownFor,
        severity: 'critical',
        summary: `Argo Rollouts controller has been down for ${d.componentDownFor}`,
        description: `No target of job ${ROLLOUTS_METRICS_JOB} in namespace ${namespace} is up: canaries in progress neither step nor abort, and their analysis is not judged. Check: kubectl -n ${namespace} get pods.`,
      },
      {
        alert: 'ArgoRolloutDegraded',
        expr: `max by (exported_namespace, name, phase) (rollout_info{${job}, phase=~"${DEGRADED_ROLLOUT_PHASES.join('|')}"}) == 1`,
        for: d.rolloutDegradedFor,
        severity: 'critical',
        summary: 'Rollout {{ $labels.exported_namespace }}/{{ $labels.name }} is {{ $labels.phase }}',
        description:
          'The rollout stopped (aborted by its analysis or by hand, past its progress deadline, or invalid): traffic is on the stable version. ' +
          'See kubectl argo rollouts get rollout {{ $labels.name }} -n {{ $labels.exported_namespace }}; fix and commit, or retry.',
      },
      {
        alert: 'ArgoAnalysisRunError',
        expr: `max by (exported_namespace, name) (analysis_run_info{${job}, phase="Error"}) == 1`,
        for: d.analysisErrorFor,
        severity: 'warning',
        summary: 'AnalysisRun {{ $labels.exported_namespace }}/{{ $labels.name }} is in Error',
        description:
          'Its queries kept failing (Prometheus unreachable, or a query it rejects), so the canary was aborted without evidence. ' +
          'See kubectl describe analysisrun {{ $labels.name }} -n {{ $labels.exported_namespace }}. It fires while that AnalysisRun exists.',
      },
    ],
  };
}
