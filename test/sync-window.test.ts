import { cronScheduleProblem, describeSyncWindow, describeWindowTime, isTimeZone, SyncWindow } from '../src/model/sync-window';

describe('SyncWindow', () => {
  test('factories set the kind; manualSync defaults to false', () => {
    const deny = SyncWindow.deny({ schedule: '0 8 * * 1-5', duration: '10h' });
    expect([deny.kind, deny.manualSync, deny.timeZone]).toEqual(['deny', false, undefined]);
    expect(SyncWindow.allow({ schedule: '0 22 * * *', duration: '2h', manualSync: true }).kind).toBe('allow');
  });

  test('a window past midnight says so, and its time alone keeps the zone', () => {
    const w = SyncWindow.deny({ schedule: '0 22 * * *', duration: '4h', manualSync: true });
    expect(describeWindowTime(w, 'America/Chicago')).toBe('daily 22:00–02:00 (next day) America/Chicago');
    expect(describeSyncWindow(w, 'America/Chicago')).toBe('deny daily 22:00–02:00 (next day) America/Chicago (manual sync allowed)');
  });

  test('the seed prod window in words, in local time', () => {
    const w = SyncWindow.deny({ schedule: '0 8 * * 1-5', duration: '10h', manualSync: true });
    expect(describeSyncWindow(w, 'America/Chicago')).toBe('deny Mon–Fri 08:00–18:00 America/Chicago (manual sync allowed)');
  });

  test.each<[string, SyncWindow, string]>([
    ['daily allow window crossing midnight', SyncWindow.allow({ schedule: '30 22 * * *', duration: '3h' }), 'allow daily 22:30–01:30 (next day) UTC'],
    ['weekend', SyncWindow.deny({ schedule: '0 0 * * 0,6', duration: '1h30m' }), 'deny Sun, Sat 00:00–01:30 UTC (manual sync blocked too)'],
    ['names of days', SyncWindow.deny({ schedule: '0 6 * * MON-WED', duration: '90m', manualSync: true }), 'deny Mon–Wed 06:00–07:30 UTC (manual sync allowed)'],
    ['not a single start time', SyncWindow.deny({ schedule: '*/15 * * * *', duration: '5m' }), "deny cron '*/15 * * * *' for 5m UTC (manual sync blocked too)"],
  ])('%s', (_name, w, text) => {
    expect(describeSyncWindow(w, 'UTC')).toBe(text);
  });

  test.each<[string, number | undefined]>([
    ['10h', 600], ['1h30m', 90], ['90m', 90], ['0h', undefined], ['', undefined], ['10 hours', undefined], ['1d', undefined], ['30s', undefined],
    ['90s', undefined], ['1.5h', 90], ['-1h', undefined],
  ])('duration %j → %j minutes', (value, minutes) => {
    expect(SyncWindow.deny({ schedule: '0 8 * * 1-5', duration: value }).openFor?.toMinutes()).toBe(minutes);
  });

  test.each<[string, string | undefined]>([
    ['0 8 * * 1-5', undefined],
    ['0 8 * * MON-FRI', undefined],
    ['0 0 8 * * 1-5', 'expected 5 fields (minute hour day-of-month month day-of-week), found 6'],
    ['0 25 * * 1-5', 'Constraint error, got value 25 expected range 0-23'],
    ['weekdays at eight', 'expected 5 fields (minute hour day-of-month month day-of-week), found 3'],
  ])('cron %j', (schedule, problem) => {
    expect(cronScheduleProblem(schedule)).toBe(problem);
  });

  test.each<[string, boolean]>([
    ['America/Chicago', true], ['UTC', true], ['Europe/Berlin', true], ['america/chicago', false], ['America/Chicag', false], ['CST+6', false], ['', false],
  ])('time zone %j → %j', (zone, ok) => {
    expect(isTimeZone(zone)).toBe(ok);
  });

  test('every ICU canonical zone, the fast path, is one formatting in that zone resolves to itself', () => {
    for (const zone of Intl.supportedValuesOf('timeZone')) {
      expect([zone, isTimeZone(zone)]).toEqual([zone, new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone === zone]);
    }
  });
});
