import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { platform } from './fixtures/config/platform';
import { toYaml } from '../src/tree/manifest';
import { Duration } from '../src/model/duration';
import { promtool as runPromtool } from './support/promtool';
import { ARGOCD_APP, docs, helmInstall, render, ROLLOUTS_APPS, Target, targetsOf, TREE } from './support/helm-render';

/*
 * The platform's alerts on Prometheus' own engine. The series they read are labelled as the rendered charts' scrapes
 * label them: the `job` and the other target labels come from the rendered ServiceMonitors and the Services they select
 * (prometheus-operator names the job after the Service and, without honorLabels, renames a scraped label that clashes
 * with a target label to exported_<name>). The rendered PrometheusRules must pass `promtool check rules` and fire under
 * `promtool test rules` exactly when they should, each in the Prometheus of the cluster that evaluates it.
 */

interface RuleObject {
  readonly file: string;
  readonly object: any;
}

const RULES: RuleObject[] = [...TREE.keys()]
  .filter((f) => f.endsWith('.yaml') && !f.endsWith('kustomization.yaml'))
  .flatMap((file) => docs(file).filter((d) => d?.kind === 'PrometheusRule').map((object) => ({ file, object })));

/** The targets of the charts as installed: Argo CD's, and one cluster's Argo Rollouts. */
const TARGETS: Target[] = [...targetsOf(render(helmInstall(ARGOCD_APP))), ...targetsOf(render(helmInstall(ROLLOUTS_APPS[0])))];

/** A scratch directory holding `rules` as Prometheus rule files (their groups). */
function withRuleFiles<T>(rules: readonly RuleObject[], run: (dir: string, files: string[]) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gridops-alerts-'));
  try {
    const files = rules.map((r, i) => {
      const f = `rules-${i}.yaml`;
      fs.writeFileSync(path.join(dir, f), toYaml([{ groups: r.object.spec.groups }]));
      return f;
    });
    return run(dir, files);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** `promtool test rules` of `tests` on one PrometheusRule (what one cluster's Prometheus evaluates); throws with promtool's output. */
function promtoolTest(rule: RuleObject, tests: unknown[]): string {
  return withRuleFiles([rule], (dir, files) => {
    fs.writeFileSync(path.join(dir, 'test.yaml'), toYaml([{ rule_files: files, evaluation_interval: '1m', tests }]));
    const r = runPromtool(['test', 'rules', 'test.yaml'], dir);
    if (r.status !== 0) throw new Error(`${rule.file}:\n${r.output}`);
    return r.output;
  });
}

/** The PrometheusRules holding alert `alert`, with its rule. */
function rulesWith(alert: string): { rule: RuleObject; alert: any }[] {
  const found = RULES.flatMap((r) => r.object.spec.groups.flatMap((g: any) => g.rules).filter((x: any) => x.alert === alert).map((x: any) => ({ rule: r, alert: x })));
  if (found.length === 0) throw new Error(`no alert ${alert}`);
  return found;
}

const minutes = (d: string) => Duration.go(d).toMinutes();
/** The annotations Prometheus gives an alert with `labels` (the templates use $labels only). */
const annotated = (rule: any, labels: Record<string, string>) =>
  Object.fromEntries(Object.entries<string>(rule.annotations).map(([k, v]) => [k, v.replace(/\{\{ \$labels\.(\w+) \}\}/g, (_, l) => labels[l] ?? '')]));
const series = (name: string, labels: Record<string, string>) => `${name}{${Object.entries(labels).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(', ')}}`;
/** A scraped series: the target's labels win; a clashing scraped label becomes exported_<name> unless honorLabels. */
function scraped(t: Target, pod: string, own: Record<string, string>): Record<string, string> {
  const target = { ...t.labels, job: t.job, pod, container: t.job, instance: `10.244.0.${pod.length}:8080` };
  const out: Record<string, string> = { ...target };
  for (const [k, v] of Object.entries(own)) out[k in target && !t.honorLabels ? `exported_${k}` : k] = v;
  return out;
}

describe('the platform\'s alert rules', () => {
  test('one PrometheusRule for Argo CD (synced by the root app into the management cluster) and one in each Argo Rollouts cluster\'s directory', () => {
    const argocdNamespace = ARGOCD_APP.spec.destination.namespace;
    expect(RULES.map((r) => `${r.object.metadata.namespace}/${r.object.metadata.name}`).sort()).toEqual(
      [`${argocdNamespace}/argocd`, ...ROLLOUTS_APPS.map((a) => `${a.spec.destination.namespace}/argo-rollouts`)].sort(),
    );
    for (const r of RULES) expect(r.object.metadata.labels).toMatchObject(platform.monitoring.selectorLabels);
    const root = docs('dist/argocd/install/root-app.yaml')[0];
    const rootResources: string[] = docs(`${root.spec.source.path}/kustomization.yaml`)[0].resources;
    const argocdRule = RULES.find((r) => r.object.metadata.namespace === argocdNamespace)!;
    expect(rootResources.map((f) => `${root.spec.source.path}/${f}`)).toContain(argocdRule.file);
    for (const app of ROLLOUTS_APPS) {
      const dir = app.spec.sources.find((s: any) => s.path).path;
      const inDir = RULES.filter((r) => r.file.startsWith(`${dir}/`));
      expect(inDir.length).toBe(1);
      expect(docs(`${dir}/kustomization.yaml`)[0].resources).toContain(path.posix.basename(inDir[0].file));
    }
  });

  test('promtool check rules: every rule is valid', () => {
    const r = withRuleFiles(RULES, (dir, files) => runPromtool(['check', 'rules', ...files], dir));
    expect(r.output).not.toContain('FAILED');
    expect(r.status).toBe(0);
  });

  // What each component-down alert watches: the component of the ServiceMonitor whose targets it reads.
  test.each<[string, string]>([
    ['ArgoCdApplicationControllerDown', 'application-controller'],
    ['ArgoCdRepoServerDown', 'repo-server'],
    ['ArgoCdServerDown', 'server'],
    ['ArgoRolloutsControllerDown', 'rollouts-controller'],
  ])('%s fires after `for` down or gone (no up series at all), not a minute earlier, not when one replica of two is up', (alert, component) => {
    const t = TARGETS.find((x) => x.component === component)!;
    for (const { rule, alert: r } of rulesWith(alert)) {
      const forMin = minutes(r.for);
      const down = 10; // the component goes down at minute 10
      const up = (pod: string, values: string) => ({ series: series('up', scraped(t, pod, {})), values });
      const firing = [{ exp_labels: r.labels, exp_annotations: annotated(r, {}) }];
      const steps = down + forMin + 12;
      const check = (name: string, input: { series: string; values: string }[], fires: boolean) => ({
        name,
        interval: '1m',
        input_series: input,
        alert_rule_test: [
          { eval_time: `${down - 1}m`, alertname: alert, exp_alerts: [] },
          { eval_time: `${down + forMin - 1}m`, alertname: alert, exp_alerts: [] },
          { eval_time: `${down + forMin}m`, alertname: alert, exp_alerts: fires ? firing : [] },
          { eval_time: `${down + forMin + 10}m`, alertname: alert, exp_alerts: fires ? firing : [] },
        ],
      });
      const output = promtoolTest(rule, [
        check('healthy', [up('a', `1x${steps}`), up('b', `1x${steps}`)], false),
        check('down: every target answers up=0', [up('a', `1x${down - 1} 0x${steps}`), up('b', `1x${down - 1} 0x${steps}`)], true),
        check('gone: scaled to zero, no up series at all', [up('a', `1x${down - 1} stale`), up('b', `1x${down - 1} stale`)], true),
        check('one of two replicas down', [up('a', `1x${down - 1} 0x${steps}`), up('b', `1x${steps}`)], false),
      ]);
      expect(output).toContain('SUCCESS');
    }
  });

  test.each<[string, string, Record<string, string>, Record<string, string>]>([
    // argo-rollouts controller/metrics: rollout_info's phase is Abort once a rollout is aborted (calculatePhase)
    ['ArgoRolloutDegraded', 'rollout_info', { namespace: 'gridos', name: 'gridos', strategy: 'canary', traffic_router: '', phase: 'Abort' }, { phase: 'Completed' }],
    ['ArgoAnalysisRunError', 'analysis_run_info', { namespace: 'gridos', name: 'gridos-7b9c5d8f64-4', phase: 'Error' }, { phase: 'Successful' }],
  ])('%s fires once %s says so for `for`, not before, not for a healthy one; it names the Rollout\'s own namespace', (alert, metric, bad, good) => {
    const t = TARGETS.find((x) => x.component === 'rollouts-controller')!;
    for (const { rule, alert: r } of rulesWith(alert)) {
      const forMin = minutes(r.for);
      const at = 10;
      const steps = at + forMin + 12;
      const badSeries = scraped(t, 'argo-rollouts-0', bad);
      const grouping = /by \(([^)]*)\)/.exec(r.expr)?.[1].split(',').map((x) => x.trim()) ?? [];
      const alertLabels = { ...Object.fromEntries(grouping.map((k) => [k, badSeries[k]])), ...r.labels };
      const healthy = { series: series(metric, scraped(t, 'argo-rollouts-0', { ...bad, ...good })), values: `1x${at - 1} stale` };
      const output = promtoolTest(rule, [
        {
          name: 'bad from minute 10',
          interval: '1m',
          input_series: [healthy, { series: series(metric, badSeries), values: `_x${at} 1x${steps}` }],
          alert_rule_test: [
            { eval_time: `${at + forMin - 1}m`, alertname: alert, exp_alerts: [] },
            { eval_time: `${at + forMin}m`, alertname: alert, exp_alerts: [{ exp_labels: alertLabels, exp_annotations: annotated(r, alertLabels) }] },
          ],
        },
        {
          name: 'healthy',
          interval: '1m',
          input_series: [{ ...healthy, values: `1x${steps}` }],
          alert_rule_test: [{ eval_time: `${at + forMin + 5}m`, alertname: alert, exp_alerts: [] }],
        },
      ]);
      expect(output).toContain('SUCCESS');
      expect(annotated(r, alertLabels).summary).toContain(`${bad.namespace}/${bad.name}`);
    }
  });
});
