import { ArgoCdChart } from '../charts/argocd-chart';
import { NOTIFICATION_TRIGGERS } from './argocd-notifications';
import { generatedHeader, Manifest } from './manifest';
import { ResolvedEnvironment } from './model/application';
import { PlatformConfig } from './model/platform';
import { describeSyncWindow } from './model/sync-window';
import { trafficTable } from './report';
import type { TrafficReport } from './synthesize';

/** What dist/README.md describes. */
export interface DistReadmeInput {
  readonly platform: PlatformConfig;
  readonly environments: readonly ResolvedEnvironment[];
  readonly traffic: readonly TrafficReport[];
  readonly objects: ReadonlyMap<string, readonly Manifest[]>;
  readonly overlayDir: (app: string, env: string) => string;
  readonly chart: ArgoCdChart;
}

/**
 * dist/README.md: per environment where it runs, what it runs and how Argo CD syncs it; then the bootstrap and the
 * day-to-day commands with the real names filled in.
 */
export function distReadme(input: DistReadmeInput): string {
  const { platform, chart } = input;
  const s = platform.argocd;
  const out: string[] = [
    generatedHeader('src/config/platform.ts, src/config/apps/ and src/config/image-tags.yaml (src/dist-readme.ts)', 'html').trimEnd(),
    '# What this repository deploys',
    '',
    `Argo CD (in namespace \`${s.namespace}\` of the management cluster, UI and API at https://${s.argoCd.host}) syncs every`,
    `environment from \`${platform.repoURL}\` at \`${platform.targetRevision}\`. Everything under \`dist/\` is generated:`,
    'change `src/config/` and run `npm run synth`, never edit these files.',
  ];

  for (const app of platform.applications) {
    const envs = input.environments.filter((r) => r.app.name === app.name);
    out.push('', `## ${app.name}`, '', `AppProject \`${app.name}\` (\`dist/argocd/projects/${app.name}-project.yaml\`), image \`${app.image}\`.`, '');
    out.push('| environment | cluster | namespace | image tag | pods (HPA min–max) | Argo CD sync | sync windows |', '| --- | --- | --- | --- | --- | --- | --- |');
    for (const r of envs) {
      const sc = r.settings.scaling;
      out.push(
        `| ${r.env.name} | \`${r.env.cluster.name}\` | \`${r.settings.namespace}\` | \`${r.tag}\` | ${sc.minReplicas} (${sc.minReplicas}–${sc.maxReplicas}) | ${syncPolicy(r)} | ${windows(r, s.timeZone) || 'none'} |`,
      );
    }
    for (const r of envs) {
      const name = `${app.name}-${r.env.name}`;
      const report = input.traffic.find((t) => t.app === app.name && t.env === r.env.name);
      const c = r.settings.canary;
      const sc = r.settings.scaling;
      out.push(
        '',
        `### ${app.name}/${r.env.name}`,
        '',
        `- **Where**: cluster \`${r.env.cluster.name}\` (${r.env.cluster.server}), namespace \`${r.settings.namespace}\`; Argo CD Application \`${name}\` syncs \`${input.overlayDir(app.name, r.env.name)}\`.`,
        `- **What**: \`${app.image}:${r.tag}\` (${r.env.tagPolicy.summary}); ${sc.minReplicas} pods, the HPA scales ${sc.minReplicas}–${sc.maxReplicas} at ${sc.targetCpuUtilization}% CPU.`,
        `- **Canary**: ${c.weights.map((w, i) => (i < c.pauses.length ? `${w}% → pause ${c.pauses[i]}` : `${w}%`)).join(' → ')}.`,
        `  Effective traffic share with ${report?.replicas ?? sc.minReplicas} pods: ${(report?.steps ?? []).map((st) => `${st.weight}% → ${fmt(st.effective)}% (${st.canary} canary / ${st.stable} stable)`).join(', ')}.`,
        `- **Sync**: ${syncPolicy(r)}${r.env.protected ? '; protected: only SRE may sync, roll back or override' : '; developers and SRE may sync'}.`,
        `- **Sync windows**: ${windows(r, s.timeZone) || 'none, syncs at any time'}.`,
        `- **Slack**: #${r.env.slackChannel} (${NOTIFICATION_TRIGGERS.map((t) => t.trigger).join(', ')}).`,
      );
    }
    out.push('', 'Effective traffic shares (pods = HPA minimum; canary + stable pods in brackets):', '', '```', trafficTable(input.traffic.filter((t) => t.app === app.name)), '```');
  }

  const clusters = chart.clusters;
  const ctx = (cluster: string) => `--context ${cluster}`;
  out.push(
    '',
    '## Bootstrap',
    '',
    'Once per installation. Argo CD is installed by hand once; from then on it manages itself, Argo Rollouts in every',
    'cluster and every application from this repository. Secret values never go to Git: create these Secrets first.',
    '',
    '```sh',
    `kubectl create namespace ${s.namespace}`,
    `kubectl -n ${s.namespace} create secret generic ${s.slackToken.name} --from-literal=${s.slackToken.key}=<Slack bot token>`,
    `kubectl -n ${s.namespace} create secret generic ${s.argoCd.sso.clientSecret.name} --from-literal=${s.argoCd.sso.clientSecret.key}=<Entra ID client secret>`,
    `kubectl -n ${s.namespace} label secret ${s.argoCd.sso.clientSecret.name} app.kubernetes.io/part-of=argocd`,
    `kubectl -n ${s.namespace} create secret tls ${s.argoCd.tlsSecretName} --cert=<${s.argoCd.host}.crt> --key=<${s.argoCd.host}.key>`,
    ...clusters.flatMap((c) => [
      `kubectl ${ctx(c.name)} create namespace ${s.rollouts.namespace}`,
      `kubectl ${ctx(c.name)} -n ${s.rollouts.namespace} create secret tls ${s.rollouts.dashboardTlsSecretName} --cert=<*.${s.rollouts.dashboardDomain}.crt> --key=<…key>`,
    ]),
    '',
    '# 1. the one helm install, with the values Argo CD keeps managing afterwards',
    `helm repo add argo ${s.helmRepoURL}`,
    `helm install argocd argo/argo-cd --version ${s.argoCd.chartVersion} --namespace ${s.namespace} --values ${ArgoCdChart.VALUES_FILE}`,
    '',
    '# 2. register the clusters (their credentials stay out of Git) and, if private, this repository',
    `kubectl -n ${s.namespace} port-forward svc/argocd-server 8080:80 &`,
    `argocd login localhost:8080 --plaintext --username admin --password "$(kubectl -n ${s.namespace} get secret argocd-initial-admin-secret -o jsonpath='{.data.password}' | base64 -d)"`,
    ...clusters.map((c) => `argocd cluster add ${c.name} --name ${c.name}   # ${c.server}`),
    `argocd repo add ${platform.repoURL} --username <user> --password <token>`,
    '',
    '# 3. one kubectl apply: the platform project and the root app, which syncs everything in dist/argocd/',
    `kubectl apply -f dist/argocd/projects/${s.platformProject}-project.yaml -f dist/argocd/install/root-app.yaml`,
    '```',
    '',
    `The root app \`${s.rootApplication}\` syncs \`dist/argocd/kustomization.yaml\`: the projects, the Applications of every`,
    `environment, \`argocd\` (the argo-cd chart ${s.argoCd.chartVersion}, values \`install/argocd-values.yaml\`), one`,
    `\`argo-rollouts-<cluster>\` per cluster (the argo-rollouts chart ${s.rollouts.chartVersion} with its dashboard, plus the`,
    'dashboard Ingress of `install/rollouts-dashboard/<cluster>/`), the Argo CD Ingress, and itself. A later change to',
    'any of them is a commit; removing an Application waits for a confirmed prune, because it deletes its workload.',
    '',
    'Rollouts dashboards (private frontend IP, read-only): ' + clusters.map((c) => `https://${c.name}.${s.rollouts.dashboardDomain}/rollouts/`).join(', ') + '.',
    '',
    '## Day to day',
    '',
    `Application Gateway does not proxy gRPC, so the CLI talks gRPC-web: \`export ARGOCD_OPTS=--grpc-web\`, then`,
    `\`argocd login ${s.argoCd.host} --sso\`. Kube contexts are named after the clusters.`,
  );
  for (const app of platform.applications) {
    for (const r of input.environments.filter((e) => e.app.name === app.name)) {
      const name = `${app.name}-${r.env.name}`;
      const rollout = (input.objects.get(`${app.name}/${r.env.name}`) ?? []).find((o) => o.kind === 'Rollout')?.metadata.name ?? app.name;
      const ro = (verb: string, extra = '') => `kubectl argo rollouts ${verb} ${rollout} -n ${r.settings.namespace} ${ctx(r.env.cluster.name)}${extra}`;
      out.push(
        '',
        `### ${app.name}/${r.env.name}`,
        '',
        '```sh',
        `argocd app get ${name}`,
        `argocd app sync ${name}${syncNote(r, s.timeZone)}`,
        ro('get rollout', ' --watch'),
        ro('status', ' --watch'),
        ro('promote'),
        ro('abort'),
        ro('undo'),
        `git log --oneline -- src/config/image-tags.yaml ${input.overlayDir(app.name, r.env.name)}`,
        `git revert <commit> && git push origin ${platform.targetRevision}   # the GitOps rollback: Argo CD syncs the previous tag`,
        '```',
      );
      out.push(
        '',
        r.env.sync.selfHeal
          ? `Self-heal is on: Argo CD reverts an \`undo\` in ${r.env.name} to what Git says; roll back with \`git revert\`.`
          : `Self-heal is off: an \`undo\` in ${r.env.name} holds (the Application shows OutOfSync) until the next sync; make it permanent with \`git revert\`.`,
      );
    }
  }
  return out.join('\n') + '\n';
}

function syncPolicy(r: ResolvedEnvironment): string {
  const { prune, selfHeal } = r.env.sync;
  if (prune && selfHeal) return 'automated, prune and self-heal';
  if (!prune && !selfHeal) return 'automated, no prune, no self-heal (semi-automatic)';
  return `automated, ${prune ? 'prune' : 'no prune'}, ${selfHeal ? 'self-heal' : 'no self-heal'}`;
}

/** Who may sync, and how the sync windows affect it. */
function syncNote(r: ResolvedEnvironment, timeZone: string): string {
  const who = r.env.protected ? 'SRE only' : 'developers and SRE';
  const deny = (r.env.syncWindows ?? []).filter((w) => w.kind === 'deny');
  if (deny.length === 0) return `   # ${who}`;
  const manual = deny.every((w) => w.manualSync) ? 'still allowed by hand (emergencies)' : 'blocked';
  return `   # ${who}; during ${deny.map((w) => describeSyncWindow(w, w.timeZone ?? timeZone).replace(/^deny /, '').replace(/ \(.*\)$/, '')).join(', ')}: ${manual}`;
}

function windows(r: ResolvedEnvironment, timeZone: string): string {
  return (r.env.syncWindows ?? []).map((w) => describeSyncWindow(w, w.timeZone ?? timeZone)).join('; ');
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
