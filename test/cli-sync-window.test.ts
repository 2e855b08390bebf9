import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CronExpressionParser } from 'cron-parser';
import { DateTime } from 'luxon';
import { yamlValue } from './support/yaml';
import { syncWindowReport } from '../src/cli/cmds/sync-window';
import { platform } from './fixtures/config/platform';
import { Duration } from '../src/model/duration';
import {
  describeVerdict,
  globMatch,
  matchingWindows,
  projectSyncWindows,
  RenderedSyncWindow,
  syncWindowProblems,
  syncWindowVerdict,
  WindowTarget,
} from '../src/model/window-state';
import { ARGOCD_DIR, ARGOCD_FILES } from '../src/tree/layout';
import { toYaml } from '../src/tree/manifest';
import { TempRepo } from './support/repo';

// The command modules read the shipped src/config/platform (the user's data, changed every day): here they read the
// fixture platform the expectations are written against (test/fixtures/config/).
jest.mock('../src/config/platform', () => jest.requireActual('./fixtures/config/platform'));


/** The Application the fixtures are about, destined as the generated gridos-prod is. */
const PROD: WindowTarget = { name: 'gridos-prod', namespace: 'gridos', server: 'https://aks-gridos-prod.hcp.eastus.azmk8s.io:443' };

/** A fixture AppProject holding `windows`, as Argo CD reads it from Git. */
function project(...windows: RenderedSyncWindow[]): object {
  return { apiVersion: 'argoproj.io/v1alpha1', kind: 'AppProject', metadata: { name: 'gridos', namespace: 'argocd' }, spec: { syncWindows: windows } };
}

/** The verdict line for `PROD` at `at` under the windows of `proj`. */
function line(proj: object, at: string, target: WindowTarget = PROD): string {
  return describeVerdict(target.name, syncWindowVerdict(projectSyncWindows(proj), target, new Date(at)));
}

const PEAK: RenderedSyncWindow = { kind: 'deny', schedule: '0 8 * * 1-5', duration: '10h', applications: ['gridos-prod'], manualSync: true, timeZone: 'America/Chicago' };
const PEAK_BLOCKED = (until: string) => `gridos-prod: automated sync blocked by deny window '0 8 * * 1-5' (10h, America/Chicago) until ${until}; manual sync allowed`;
const OPEN = 'gridos-prod: automated sync open';

describe('sync-window evaluation (Argo CD v3.4.4 SyncWindows.Matches / active / CanSync)', () => {
  test.each<[string, RenderedSyncWindow[], string, string]>([
    // a deny window, in its own time zone (CST in December)
    ['inside a deny window', [PEAK], '2026-12-01T12:00:00-06:00', PEAK_BLOCKED('2026-12-01T18:00:00-06:00 (18:00 America/Chicago)')],
    ['exactly at the start minute: not active yet', [PEAK], '2026-12-01T08:00:00-06:00', OPEN],
    ['one second after the start', [PEAK], '2026-12-01T08:00:01-06:00', PEAK_BLOCKED('2026-12-01T18:00:00-06:00 (18:00 America/Chicago)')],
    ['one second before the end', [PEAK], '2026-12-01T17:59:59-06:00', PEAK_BLOCKED('2026-12-01T18:00:00-06:00 (18:00 America/Chicago)')],
    ['exactly at the end', [PEAK], '2026-12-01T18:00:00-06:00', OPEN],
    ['a Saturday (day-of-week 1-5)', [PEAK], '2026-12-05T12:00:00-06:00', OPEN],
    // daylight saving time: 08:00 Chicago is 14:00Z in winter, 13:00Z in summer
    ['13:30Z in July is 08:30 CDT: inside', [PEAK], '2026-07-01T13:30:00Z', PEAK_BLOCKED('2026-07-01T18:00:00-05:00 (18:00 America/Chicago)')],
    ['13:30Z in December is 07:30 CST: before', [PEAK], '2026-12-01T13:30:00Z', OPEN],
    // Argo CD shifts by the offset of the evaluation time: on the spring-forward night the end moves with the clock
    [
      'spring forward inside a window: 03:30 CDT, inside',
      [{ kind: 'deny', schedule: '0 1 * * *', duration: '3h', applications: ['*'], timeZone: 'America/Chicago' }],
      '2026-03-08T08:30:00Z',
      "gridos-prod: automated sync blocked by deny window '0 1 * * *' (3h, America/Chicago) until 2026-03-08T04:00:00-05:00 (04:00 America/Chicago); manual sync blocked",
    ],
    [
      'spring forward inside a window: 04:30 CDT, after the wall-clock end (two real hours after the start)',
      [{ kind: 'deny', schedule: '0 1 * * *', duration: '3h', applications: ['*'], timeZone: 'America/Chicago' }],
      '2026-03-08T09:30:00Z',
      OPEN,
    ],
    // a window past midnight, UTC by default
    [
      'past midnight',
      [{ kind: 'deny', schedule: '0 22 * * *', duration: '4h', namespaces: ['gridos'] }],
      '2026-12-02T01:00:00Z',
      "gridos-prod: automated sync blocked by deny window '0 22 * * *' (4h, UTC) until 2026-12-02T02:00:00Z (02:00 UTC); manual sync blocked",
    ],
    ['past midnight, at its end', [{ kind: 'deny', schedule: '0 22 * * *', duration: '4h', namespaces: ['gridos'] }], '2026-12-02T02:00:00Z', OPEN],
    ['past midnight, before its start', [{ kind: 'deny', schedule: '0 22 * * *', duration: '4h', namespaces: ['gridos'] }], '2026-12-01T21:59:00Z', OPEN],
    // allow windows: outside every one, automated syncs wait for the next
    [
      'outside the only allow window',
      [{ kind: 'allow', schedule: '0 22 * * *', duration: '2h', applications: ['gridos-*'], manualSync: true }],
      '2026-12-01T12:00:00Z',
      "gridos-prod: automated sync blocked outside allow window '0 22 * * *' (2h, UTC) until 2026-12-01T22:00:00Z (22:00 UTC); manual sync allowed",
    ],
    ['inside the allow window', [{ kind: 'allow', schedule: '0 22 * * *', duration: '2h', applications: ['gridos-*'] }], '2026-12-01T22:30:00Z', OPEN],
    [
      'a deny window wins over an active allow window',
      [{ kind: 'allow', schedule: '0 0 * * *', duration: '24h', applications: ['*'] }, PEAK],
      '2026-12-01T12:00:00-06:00',
      PEAK_BLOCKED('2026-12-01T18:00:00-06:00 (18:00 America/Chicago)'),
    ],
    [
      'manual sync needs every active deny window to allow it',
      [PEAK, { kind: 'deny', schedule: '0 9 * * *', duration: '1h', clusters: ['https://aks-gridos-prod.*'], timeZone: 'America/Chicago' }],
      '2026-12-01T09:30:00-06:00',
      "gridos-prod: automated sync blocked by deny window '0 8 * * 1-5' (10h, America/Chicago) until 2026-12-01T18:00:00-06:00 (18:00 America/Chicago); manual sync blocked",
    ],
    [
      'back-to-back deny windows: until the end of the last',
      [PEAK, { kind: 'deny', schedule: '0 17 * * *', duration: '3h', applications: ['gridos-prod'], manualSync: true, timeZone: 'America/Chicago' }],
      '2026-12-01T12:00:00-06:00',
      "gridos-prod: automated sync blocked by deny window '0 17 * * *' (3h, America/Chicago) until 2026-12-01T20:00:00-06:00 (20:00 America/Chicago); manual sync allowed",
    ],
    [
      'an unknown time zone counts as UTC',
      [{ ...PEAK, timeZone: 'Mars/Olympus' }],
      '2026-12-01T08:30:00Z',
      "gridos-prod: automated sync blocked by deny window '0 8 * * 1-5' (10h, UTC) until 2026-12-01T18:00:00Z (18:00 UTC); manual sync allowed",
    ],
    ['no windows', [], '2026-12-01T12:00:00-06:00', OPEN],
    ['a window for another application', [{ ...PEAK, applications: ['grid-telemetry-*'] }], '2026-12-01T12:00:00-06:00', OPEN],
  ])('%s', (_name, windows, at, expected) => {
    // GIVEN a fixture AppProject WHEN evaluated for gridos-prod THEN
    expect(syncWindowProblems(project(...windows))).toEqual([]);
    expect(line(project(...windows), at)).toBe(expected);
  });

  test('blocked verdicts carry the window, until and manual sync', () => {
    // GIVEN / WHEN
    const v = syncWindowVerdict([PEAK], PROD, new Date('2026-12-01T12:00:00-06:00'));
    // THEN
    expect(v).toEqual({ blocked: true, reason: 'deny', window: PEAK, until: new Date('2026-12-02T00:00:00Z'), manualSync: true });
    expect(syncWindowVerdict([PEAK], PROD, new Date('2026-12-01T19:00:00-06:00'))).toEqual({ blocked: false });
  });

  test.each<[string, boolean]>([
    ['gridos-prod', true],
    ['*', true],
    ['gridos-*', true],
    ['*-prod', true],
    ['gridos-pro?', true],
    ['gridos-{dev,prod}', true],
    ['gridos-{dev,test}', false],
    ['gridos-[pq]rod', true],
    ['[!g]*', false],
    ['grid-telemetry-*', false],
    ['gridos', false],
    ['gridos-prod-*', false],
    ['gridos-[prod', false], // does not compile: matches nothing
  ])('applications glob %s matches gridos-prod: %s', (glob, matches) => {
    expect(globMatch(glob, 'gridos-prod')).toBe(matches);
    expect(matchingWindows([{ ...PEAK, applications: [glob] }], PROD).length).toBe(matches ? 1 : 0);
  });

  test('applications, clusters and namespaces: any of them, or all with andOperator', () => {
    const w = (extra: Partial<RenderedSyncWindow>): RenderedSyncWindow => ({ kind: 'deny', schedule: '0 8 * * *', duration: '1h', ...extra });
    expect(matchingWindows([w({ namespaces: ['grid*'] })], PROD)).toHaveLength(1);
    expect(matchingWindows([w({ clusters: ['https://aks-gridos-prod.hcp.eastus.azmk8s.io:443'] })], PROD)).toHaveLength(1);
    expect(matchingWindows([w({ clusters: ['aks-gridos-prod'] })], PROD)).toHaveLength(0); // no destination.name
    expect(matchingWindows([w({ applications: ['other'], namespaces: ['gridos'] })], PROD)).toHaveLength(1);
    expect(matchingWindows([w({ applications: ['gridos-prod'], namespaces: ['other'], andOperator: true })], PROD)).toHaveLength(0);
    expect(matchingWindows([w({ applications: ['gridos-prod'], namespaces: ['gridos'], andOperator: true })], PROD)).toHaveLength(1);
    expect(matchingWindows([w({})], PROD)).toHaveLength(0); // names nothing: applies to nothing
  });

  test('windows Argo CD cannot evaluate are reported, each with its value', () => {
    expect(
      syncWindowProblems(
        project(
          { kind: 'deny', schedule: '@daily', duration: '1h' },
          { kind: 'deny', schedule: '0 8 * *', duration: '1h' },
          { kind: 'deny', schedule: '0 8 * * *', duration: '10 hours' },
        ),
      ),
    ).toEqual([
      "spec.syncWindows[0].schedule '@daily' is not a five-field cron schedule: descriptors (@daily, …) are not accepted for sync windows",
      "spec.syncWindows[1].schedule '0 8 * *' is not a five-field cron schedule: expected 5 fields (minute hour day-of-month month day-of-week), found 4",
      "spec.syncWindows[2].duration '10 hours' is not a Go duration",
    ]);
  });
});

describe('syncWindowReport: flags and the rendered AppProject', () => {
  const gridos = platform.applications.find((a) => a.name === 'gridos')!;

  test('unknown --app or --env, an --at that is not a date: ConfigError naming the flag and value', () => {
    expect(() => syncWindowReport({ app: 'nope', env: 'prod' })).toThrow(
      `--app 'nope' is not a configured application (known: ${platform.applications.map((a) => a.name).join(', ')})`,
    );
    expect(() => syncWindowReport({ app: 'gridos', env: 'qa' })).toThrow(`--env 'qa' is not an environment of gridos (known: ${gridos.environments.map((e) => e.name).join(', ')})`);
    expect(() => syncWindowReport({ app: 'gridos', env: 'prod', at: 'tomorrow' })).toThrow("--at 'tomorrow' is not an ISO-8601 date and time (e.g. 2026-12-01T12:00:00-06:00)");
  });

  test('a missing AppProject file: ConfigError naming --app and the file', () => {
    // GIVEN a checkout without dist/
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'gridops-sync-window-'));
    try {
      // WHEN / THEN
      expect(() => syncWindowReport({ app: 'gridos', env: 'prod' }, empty)).toThrow(
        `--app 'gridos': its AppProject ${ARGOCD_DIR}/${ARGOCD_FILES.project('gridos')} does not exist (run gridops synth)`,
      );
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });

  test('a window Argo CD cannot evaluate in the rendered AppProject: ConfigError naming the file', () => {
    // GIVEN a checkout whose AppProject has a broken window
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gridops-sync-window-'));
    const rel = `${ARGOCD_DIR}/${ARGOCD_FILES.project('gridos')}`;
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), toYaml([project({ ...PEAK, duration: 'ten hours' })]));
    try {
      expect(() => syncWindowReport({ app: 'gridos', env: 'prod' }, root)).toThrow(`${rel}: spec.syncWindows[0].duration 'ten hours' is not a Go duration`);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('gridops sync-window (the real CLI on the fixture platform\'s dist/)', () => {
  // GIVEN a checkout of the fixture platform (never the shipped dist/: the user's windows change), the deny window its
  // rendered AppProject holds for gridos-prod, and its first start in December 2026, computed here with cron-parser's
  // own time-zone handling (not the evaluation under test)
  const repo = new TempRepo();
  afterAll(() => repo.remove());
  const rel = `${ARGOCD_DIR}/${ARGOCD_FILES.project('gridos')}`;
  const rendered = yamlValue(repo.read(rel));
  const deny = (rendered.spec.syncWindows as RenderedSyncWindow[]).find((w) => w.kind === 'deny' && w.applications?.includes('gridos-prod'))!;
  const zone = deny.timeZone ?? 'UTC';
  const start = CronExpressionParser.parse(deny.schedule!, { currentDate: new Date('2026-12-01T00:00:00Z'), tz: zone }).next().getTime();
  const end = DateTime.fromMillis(start + Duration.go(deny.duration!).toSeconds() * 1000, { zone });
  const inside = DateTime.fromMillis(start + 60_000, { zone }).toISO()!;
  const gridops = (args: string[]) => repo.gridops(['sync-window', ...args]);

  test('one minute into the deny window: blocked until its end, in its time zone; exit 0', () => {
    expect(deny).toBeDefined();
    // the fixture's peak-hours window (test/fixtures/config/clusters.ts), as the rendered AppProject holds it
    expect(deny).toMatchObject({ kind: 'deny', applications: ['gridos-prod'], timeZone: 'America/Chicago', manualSync: true });
    // WHEN
    const text = gridops(['--app', 'gridos', '--env', 'prod', '--at', inside]);
    const json = gridops(['--app', 'gridos', '--env', 'prod', '--at', inside, '--json']);
    // THEN
    const until = end.toISO({ suppressMilliseconds: true });
    expect([text.status, text.stderr]).toEqual([0, '']);
    expect(text.stdout).toBe(
      `gridos-prod: automated sync blocked by deny window '${deny.schedule}' (${deny.duration}, ${zone}) until ${until} (${end.toFormat('HH:mm')} ${zone}); manual sync ${deny.manualSync ? 'allowed' : 'blocked'}\n`,
    );
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({
      app: 'gridos',
      env: 'prod',
      application: 'gridos-prod',
      blocked: true,
      until,
      window: { kind: 'deny', schedule: deny.schedule, duration: deny.duration, timeZone: zone, manualSync: deny.manualSync === true },
    });
  });

  test('exactly at the window start: open; an unknown environment: exit 2', () => {
    // WHEN
    const open = gridops(['--app', 'gridos', '--env', 'prod', '--at', DateTime.fromMillis(start, { zone }).toISO()!, '--json']);
    const bad = gridops(['--app', 'gridos', '--env', 'qa']);
    // THEN
    expect(JSON.parse(open.stdout)).toEqual({ app: 'gridos', env: 'prod', application: 'gridos-prod', blocked: false });
    const known = platform.applications.find((a) => a.name === 'gridos')!.environments.map((e) => e.name).join(', ');
    expect([bad.status, bad.stdout, bad.stderr]).toEqual([2, '', `error: --env 'qa' is not an environment of gridos (known: ${known})\n`]);
  });
});
