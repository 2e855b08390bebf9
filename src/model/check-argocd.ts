import valid from 'semver/functions/valid';
import { throwProblems } from './errors';
import { ResolvedEnvironment } from './application';
import { applicationName, ARGOCD_APPLICATION, ROLLOUTS_APPLICATION_PREFIX, SecretKeyRef } from './argocd';
import { PlatformConfig } from './platform';
import { show } from './show';
import { cronScheduleProblem, isTimeZone, startOf } from './sync-window';
import { DNS_LABEL, DNS_SUBDOMAIN, GLOB_PATTERN, GUID, HOSTNAME, HTTPS_URL } from './names';

const SECRET_KEY = /^[-._a-zA-Z0-9]+$/;
const SLACK_CHANNEL = /^[a-z0-9][a-z0-9._-]{0,79}$/;


/**
 * Checks the Argo CD side of a platform whose applications already passed `resolvePlatform`: the platform settings,
 * and per environment what its Application and AppProject need (an exact destination outside Argo CD's namespaces, a
 * Slack channel, valid sync windows). Throws one ConfigError listing every problem.
 */
export function checkArgoCd(platform: PlatformConfig, resolved: readonly ResolvedEnvironment[]): void {
  throwProblems([...checkSettings(platform), ...checkEnvironments(platform, resolved)]);
}

function checkSettings(platform: PlatformConfig): string[] {
  const p: string[] = [];
  const s = platform.argocd;
  const w = 'platform: argocd';
  const label = (field: string, v: string) => {
    if (!DNS_LABEL.test(v)) p.push(`${w}.${field} ${show(v)} must be a DNS label`);
  };
  const host = (field: string, v: string) => {
    if (!HOSTNAME.test(v)) p.push(`${w}.${field} ${show(v)} must be a lowercase DNS name with a dot`);
  };
  const secretName = (field: string, v: string) => {
    if (!DNS_SUBDOMAIN.test(v)) p.push(`${w}.${field} ${show(v)} must be a Secret name (lowercase DNS subdomain)`);
  };
  const secretRef = (field: string, ref: SecretKeyRef) => {
    secretName(`${field}.name`, ref.name);
    if (!SECRET_KEY.test(ref.key)) p.push(`${w}.${field}.key ${show(ref.key)} must be a Secret key (letters, digits, '-', '_', '.')`);
  };
  const version = (field: string, v: string) => {
    if (valid(v) !== v) p.push(`${w}.${field} ${show(v)} must be an exact chart version (MAJOR.MINOR.PATCH)`);
  };
  const guid = (field: string, v: string) => {
    if (!GUID.test(v)) p.push(`${w}.${field} ${show(v)} must be a GUID (an Entra ID object ID)`);
  };

  if (!/^\S+$/.test(platform.targetRevision)) p.push(`platform: targetRevision ${show(platform.targetRevision)} must be a branch, tag or commit`);
  label('namespace', s.namespace);
  if (!HTTPS_URL.test(s.inClusterServer)) p.push(`${w}.inClusterServer ${show(s.inClusterServer)} must be an https:// URL`);
  if (!isTimeZone(s.timeZone)) p.push(`${w}.timeZone ${show(s.timeZone)} must be an IANA time zone name, e.g. "America/Chicago"`);
  label('platformProject', s.platformProject);
  label('rootApplication', s.rootApplication);
  if (!HTTPS_URL.test(s.helmRepoURL)) p.push(`${w}.helmRepoURL ${show(s.helmRepoURL)} must be an https:// URL`);
  for (const role of ['developers', 'sre', 'ci'] as const) s.groups[role].forEach((g, i) => guid(`groups.${role}[${i}]`, g));
  if (s.groups.sre.length === 0) p.push(`${w}.groups.sre is empty: nobody could sync, override or operate the Rollout of a protected environment`);
  secretRef('slackToken', s.slackToken);

  version('argoCd.chartVersion', s.argoCd.chartVersion);
  host('argoCd.host', s.argoCd.host);
  secretName('argoCd.tlsSecretName', s.argoCd.tlsSecretName);
  for (const [k, v] of Object.entries(s.argoCd.replicas)) {
    if (!Number.isInteger(v) || v < 1) p.push(`${w}.argoCd.replicas.${k} ${show(v)} must be an integer of at least 1`);
  }
  guid('argoCd.sso.tenantId', s.argoCd.sso.tenantId);
  if (!/^\S+$/.test(s.argoCd.sso.clientId)) p.push(`${w}.argoCd.sso.clientId ${show(s.argoCd.sso.clientId)} must be an application (client) ID`);
  secretRef('argoCd.sso.clientSecret', s.argoCd.sso.clientSecret);

  version('rollouts.chartVersion', s.rollouts.chartVersion);
  label('rollouts.namespace', s.rollouts.namespace);
  if (s.rollouts.namespace === s.namespace) p.push(`${w}.rollouts.namespace ${show(s.rollouts.namespace)} must differ from Argo CD's namespace`);
  host('rollouts.dashboardDomain', s.rollouts.dashboardDomain);
  secretName('rollouts.dashboardTlsSecretName', s.rollouts.dashboardTlsSecretName);
  return p;
}

function checkEnvironments(platform: PlatformConfig, resolved: readonly ResolvedEnvironment[]): string[] {
  const p: string[] = [];
  const s = platform.argocd;
  const platformApps = new Set([s.rootApplication, ARGOCD_APPLICATION]);
  const applicationOwner = new Map<string, string>();
  const destinationOwner = new Map<string, string>();
  const clusterByServer = new Map<string, { name: string; where: string }>();
  const clusterByName = new Map<string, { server: string; where: string }>();

  for (const app of platform.applications) {
    if (app.name === s.platformProject || app.name === 'default') {
      p.push(`${app.name}: application name ${show(app.name)} is taken by the ${app.name === 'default' ? "built-in 'default'" : 'platform'} AppProject`);
    }
  }
  for (const r of resolved) {
    const where = `${r.app.name}/${r.env.name}`;
    const { server, name } = r.env.cluster;
    const namespace = r.settings.namespace;
    if (GLOB_PATTERN.test(server)) p.push(`${where}: cluster.server ${show(server)} must name one cluster exactly, not a pattern`);
    if (namespace === s.namespace) p.push(`${where}: namespace ${show(namespace)} is Argo CD's namespace; an application must never deploy there`);
    if (namespace === s.rollouts.namespace) p.push(`${where}: namespace ${show(namespace)} is Argo Rollouts' namespace; use the application's own`);
    if (!SLACK_CHANNEL.test(r.env.slackChannel)) {
      p.push(`${where}: slackChannel ${show(r.env.slackChannel)} must be a Slack channel name without '#' (lowercase letters, digits, '-', '_', '.')`);
    }

    const appName = applicationName(r.app.name, r.env.name);
    const owner = applicationOwner.get(appName);
    if (owner) p.push(`${where}: Argo CD Application name ${show(appName)} is also ${owner}'s`);
    else if (platformApps.has(appName) || appName.startsWith(ROLLOUTS_APPLICATION_PREFIX)) p.push(`${where}: Argo CD Application name ${show(appName)} is taken by the platform`);
    applicationOwner.set(appName, where);

    // Two environments of one application on one destination would manage the same objects. (Different
    // applications may share a namespace: their objects have different names.)
    const destinationKey = `${r.app.name} ${server} ${namespace}`;
    const other = destinationOwner.get(destinationKey);
    if (other) p.push(`${where}: destination ${server} namespace ${show(namespace)} is also ${other}'s: two Applications would manage the same objects`);
    destinationOwner.set(destinationKey, where);

    const byServer = clusterByServer.get(server);
    if (byServer && byServer.name !== name) p.push(`${where}: cluster.name ${show(name)} differs from ${show(byServer.name)}, the name ${byServer.where} gives ${server}`);
    if (!byServer) clusterByServer.set(server, { name, where });
    const byName = clusterByName.get(name);
    if (byName && byName.server !== server) p.push(`${where}: cluster.name ${show(name)} is ${byName.where}'s name for ${byName.server}, not ${server}`);
    if (!byName) clusterByName.set(name, { server, where });

    const windows = new Set<string>();
    (r.env.syncWindows ?? []).forEach((window, i) => {
      const f = `syncWindows[${i}]`;
      const cron = cronScheduleProblem(window.schedule);
      if (cron) p.push(`${where}: ${f}.schedule ${show(window.schedule)} is not a cron schedule: ${cron}`);
      if (window.openFor === undefined) {
        p.push(`${where}: ${f}.duration ${show(window.duration)} is not a duration: use hours and minutes (10h, 1h30m, 90m)`);
      }
      if (window.timeZone !== undefined && !isTimeZone(window.timeZone)) {
        p.push(`${where}: ${f}.timeZone ${show(window.timeZone)} must be an IANA time zone name, e.g. "America/Chicago"`);
      }
      if (window.peak && !cron && !startOf(window.schedule)) {
        p.push(`${where}: ${f}.schedule ${show(window.schedule)} of a peak-hours window must name one start time ('M H * * <days>', e.g. '0 8 * * 1-5'): Argo CD's window starts early by the canary's duration`);
      }
      const key = JSON.stringify([window.kind, window.schedule, window.duration, window.timeZone]);
      if (windows.has(key)) p.push(`${where}: ${f} repeats an earlier ${window.kind} window (${window.schedule}, ${window.duration})`);
      windows.add(key);
    });
  }
  return p;
}
