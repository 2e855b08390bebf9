import { platform } from './fixtures/config/platform';
import { ArgoCdSettings } from '../src/model/argocd';
import { PlatformConfig } from '../src/model/platform';
import { SyncWindow } from '../src/model/sync-window';
import { synthesize } from '../src/synthesize';
import { GRID_TELEMETRY_TAGS, platformWith, tags, withEnv } from './support/fixtures';

/** The shipped platform with the Argo CD settings changed. */
const withArgoCd = (change: (s: ArgoCdSettings) => ArgoCdSettings): PlatformConfig => ({ ...platform, argocd: change(platform.argocd) });
const prodWindow = (w: SyncWindow) => withEnv('prod', (e) => ({ ...e, syncWindows: [w] }));
const DEV_SERVER = 'https://aks-gridos-dev.hcp.eastus.azmk8s.io:443';
/** `p` with cluster `to` given the Azure gateway subnets of cluster `from` (platform network.clusters). */
const withGatewaysOf = (from: string, to: string, p: PlatformConfig): PlatformConfig => ({ ...p, network: { ...p.network, clusters: { ...p.network.clusters, [to]: p.network.clusters![from] } } });

describe('Argo CD configuration errors name the application, environment, field and value', () => {
  test.each<[string, PlatformConfig, string]>([
    // the environment side
    ['wildcard cluster', withEnv('dev', (e) => ({ ...e, cluster: { ...e.cluster, server: 'https://*.azmk8s.io:443' } })),
      'gridos/dev: cluster.server "https://*.azmk8s.io:443" must name one cluster exactly, not a pattern'],
    ['Slack channel with #', withEnv('test', (e) => ({ ...e, slackChannel: '#gridos-test' })),
      'gridos/test: slackChannel "#gridos-test" must be a Slack channel name without \'#\' (lowercase letters, digits, \'-\', \'_\', \'.\')'],
    ['cron with seconds', prodWindow(SyncWindow.deny({ schedule: '0 0 8 * * 1-5', duration: '10h', manualSync: true })),
      'gridos/prod: syncWindows[0].schedule "0 0 8 * * 1-5" is not a cron schedule: expected 5 fields (minute hour day-of-month month day-of-week), found 6'],
    ['cron out of range', prodWindow(SyncWindow.deny({ schedule: '0 8 * * 1-8', duration: '10h' })),
      'gridos/prod: syncWindows[0].schedule "0 8 * * 1-8" is not a cron schedule: Constraint error, got range 1-8 expected range 0-7'],
    ['duration in days', prodWindow(SyncWindow.deny({ schedule: '0 8 * * 1-5', duration: '1d' })),
      'gridos/prod: syncWindows[0].duration "1d" is not a duration: use hours and minutes (10h, 1h30m, 90m)'],
    ['window time zone', prodWindow(SyncWindow.deny({ schedule: '0 8 * * 1-5', duration: '10h', timeZone: 'Central' })),
      'gridos/prod: syncWindows[0].timeZone "Central" must be an IANA time zone name, e.g. "America/Chicago"'],
    ['the same window twice', withEnv('prod', (e) => ({ ...e, syncWindows: [...e.syncWindows!, ...e.syncWindows!] })),
      'gridos/prod: syncWindows[1] repeats an earlier deny window (0 8 * * 1-5, 10h)'],
    ['two environments on one destination', withEnv('test', (e) => ({ ...e, cluster: { name: 'aks-gridos-dev', server: DEV_SERVER } })),
      `gridos/test: destination ${DEV_SERVER} namespace "gridos" is also gridos/dev's: two Applications would manage the same objects`],
    // (aks-test given the gateway subnets of the cluster it renames, which its exposed AGIC environment needs)
    ['one server, two cluster names', withGatewaysOf('aks-gridos-test', 'aks-test', withEnv('test', (e) => ({ ...e, cluster: { name: 'aks-test', server: DEV_SERVER }, overrides: { ...e.overrides, namespace: 'gridos-test' } }))),
      `gridos/test: cluster.name "aks-test" differs from "aks-gridos-dev", the name gridos/dev gives ${DEV_SERVER}`],
    ['one cluster name, two servers', withEnv('test', (e) => ({ ...e, cluster: { ...e.cluster, name: 'aks-gridos-dev' } })),
      'gridos/test: cluster.name "aks-gridos-dev" is gridos/dev\'s name for https://aks-gridos-dev.hcp.eastus.azmk8s.io:443, not https://aks-gridos-test.hcp.eastus.azmk8s.io:443'],
    // the platform side
    ['time zone', withArgoCd((s) => ({ ...s, timeZone: 'CST' })), 'platform: argocd.timeZone "CST" must be an IANA time zone name, e.g. "America/Chicago"'],
    ['group display name instead of object ID', withArgoCd((s) => ({ ...s, groups: { ...s.groups, sre: ['GridOS SRE'] } })),
      'platform: argocd.groups.sre[0] "GridOS SRE" must be a GUID (an Entra ID object ID)'],
    ['no SRE group', withArgoCd((s) => ({ ...s, groups: { ...s.groups, sre: [] } })),
      'platform: argocd.groups.sre is empty: nobody could sync, override or operate the Rollout of a protected environment'],
    ['chart version range', withArgoCd((s) => ({ ...s, argoCd: { ...s.argoCd, chartVersion: '^10.1.0' } })),
      'platform: argocd.argoCd.chartVersion "^10.1.0" must be an exact chart version (MAJOR.MINOR.PATCH)'],
    ['Argo CD host', withArgoCd((s) => ({ ...s, argoCd: { ...s.argoCd, host: 'argocd' } })),
      'platform: argocd.argoCd.host "argocd" must be a lowercase DNS name with a dot'],
    ['replicas', withArgoCd((s) => ({ ...s, argoCd: { ...s.argoCd, replicas: { ...s.argoCd.replicas, server: 0 } } })),
      'platform: argocd.argoCd.replicas.server 0 must be an integer of at least 1'],
    ['Slack token key', withArgoCd((s) => ({ ...s, slackToken: { ...s.slackToken, key: 'slack token' } })),
      'platform: argocd.slackToken.key "slack token" must be a Secret key (letters, digits, \'-\', \'_\', \'.\')'],
    ['rollouts in Argo CD\'s namespace', withArgoCd((s) => ({ ...s, rollouts: { ...s.rollouts, namespace: 'argocd' } })),
      'platform: argocd.rollouts.namespace "argocd" must differ from Argo CD\'s namespace'],
    ['in-cluster server', withArgoCd((s) => ({ ...s, inClusterServer: 'kubernetes.default.svc' })),
      'platform: argocd.inClusterServer "kubernetes.default.svc" must be an https:// URL'],
  ])('%s', (_name, p, message) => {
    expect(() => synthesize(p, tags())).toThrow(message);
  });

  test('an application may never deploy into the namespace Argo CD runs in, wherever that is', () => {
    expect(() => synthesize(withArgoCd((s) => ({ ...s, namespace: 'gitops' })), tags())).not.toThrow();
    const p = withEnv('dev', (e) => ({ ...e, overrides: { ...e.overrides, namespace: 'gitops' } }));
    expect(() => synthesize({ ...p, argocd: { ...p.argocd, namespace: 'gitops' } }, tags())).toThrow(
      'gridos/dev: namespace "gitops" is Argo CD\'s namespace; an application must never deploy there',
    );
  });

  test.each<[string, string]>([
    ['platform', 'platform: application name "platform" is taken by the platform AppProject'],
    ['default', 'default: application name "default" is taken by the built-in \'default\' AppProject'],
  ])('an application named %j would replace an AppProject', (name, message) => {
    const t = tags(`${name}:\n  dev: dev-abc1234\n  test: dev-abc1234\n  prod: v2.1.0\n${GRID_TELEMETRY_TAGS}`);
    expect(() => synthesize(platformWith((a) => ({ ...a, name })), t)).toThrow(message);
  });

  test('every problem is listed at once', () => {
    const p = withArgoCd((s) => ({ ...s, timeZone: 'CST', argoCd: { ...s.argoCd, host: 'argocd' } }));
    expect(() => synthesize(p, tags())).toThrow(
      '2 configuration errors:\n' +
        '  - platform: argocd.timeZone "CST" must be an IANA time zone name, e.g. "America/Chicago"\n' +
        '  - platform: argocd.argoCd.host "argocd" must be a lowercase DNS name with a dot',
    );
  });
});
