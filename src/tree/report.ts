import { ResolvedEnvironment } from '../model/application';
import { Traffic } from '../model/traffic';
import { Surge } from '../model/surge';
import { replicaSplit, ReplicaSplit, routedSplit } from '../model/traffic-share';

/** Effective traffic shares of one environment's canary steps. */
export interface TrafficReport {
  readonly app: string;
  readonly env: string;
  /** How public traffic reaches the pods (Traffic.label: AGIC, Gateway API, NGINX), or `not exposed` without ingress.host. */
  readonly traffic: string;
  /** Whether a traffic router sets the weights exactly (the effective share is the setWeight). */
  readonly routed: boolean;
  readonly replicas: number;
  readonly steps: readonly ReplicaSplit[];
  readonly tolerance: number;
  /** Steps whose effective share is further from the weight than the tolerance. */
  readonly farSteps: readonly ReplicaSplit[];
}

/**
 * The effective canary traffic share of every step of one environment, at its steady-state replica count: exactly the
 * setWeight behind a traffic router (Gateway API, NGINX), else replica-weighted.
 */
export function trafficReport(r: ResolvedEnvironment): TrafficReport {
  const replicas = r.settings.scaling.minReplicas;
  const surge = Surge.parse(r.settings.canary.maxSurge).podsOf(replicas);
  const traffic = Traffic.of(r.settings.traffic);
  const routed = traffic.routed;
  const steps = r.settings.canary.weights.map((w) => (routed ? routedSplit(replicas, w) : replicaSplit(replicas, w, surge)));
  const tolerance = r.settings.canary.trafficShareTolerance;
  const farSteps = steps.filter((s) => Math.abs(s.effective - s.weight) > tolerance);
  return { app: r.app.name, env: r.env.name, traffic: r.settings.ingress ? traffic.label : 'not exposed', routed, replicas, steps, tolerance, farSteps };
}


/**
 * The effective-traffic-share table printed by synth and written to dist/README.md: per environment its traffic mode
 * (replica-weighted: the share follows the pod counts; exact: a router sets it), and each step's share with the canary
 * and stable pods.
 */
export function trafficTable(reports: readonly TrafficReport[]): string {
  const rows = reports.map((r) => [
    `${r.app}/${r.env}`,
    r.routed ? `${r.traffic}, exact` : `${r.traffic}, replica-weighted`,
    String(r.replicas),
    r.steps.map((s) => `${s.weight}%→${fmt(s.effective)}% (${s.canary}+${s.stable})`).join('  '),
    r.farSteps.length > 0 ? `off by >${r.tolerance} pts` : 'ok',
  ]);
  const head = ['app/env', 'traffic', 'pods', 'setWeight → effective share (canary+stable pods)', 'within tolerance'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(head), ...rows.map(line)].join('\n');
}

/** One warning line per environment whose replica-weighted steps miss their weights by more than the tolerance. */
export function trafficWarnings(reports: readonly TrafficReport[]): string[] {
  return reports
    .filter((r) => r.farSteps.length > 0)
    .map(
      (r) =>
        `${r.app}/${r.env}: with ${r.replicas} pods the replica-weighted canary sends ` +
        r.farSteps.map((s) => `${fmt(s.effective)}% instead of ${s.weight}%`).join(', ') +
        ` (tolerance ${r.tolerance} points): raise scaling.minReplicas or canary.trafficShareTolerance`,
    );
}

/** A traffic share in percent: whole numbers as they are, else one decimal. */
export function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
