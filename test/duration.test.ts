import { Duration } from '../src/model/duration';
import { ConfigError } from '../src/model/errors';

describe('Duration', () => {
  test.each<[string, number]>([
    ['30s', 30], ['1m', 60], ['2h', 7200], ['90s', 90],
  ])('Duration.parse(%j): the configuration form, %j seconds, written back as it is', (text, seconds) => {
    const d = Duration.parse(text);
    expect([d.toSeconds(), d.toString(), JSON.stringify(d)]).toEqual([seconds, text, JSON.stringify(text)]);
  });

  test.each(['5 minutes', '0s', '1.5m', '1h30m', '', '60'])('Duration.parse(%j) is refused with the value', (text) => {
    expect(() => Duration.parse(text)).toThrow(new ConfigError(`${JSON.stringify(text)} is not a duration: use a whole number with s, m or h (30s, 1m, 2h)`));
  });

  test.each<[string, number]>([
    ['10h', 36000], ['1h30m', 5400], ['90m', 5400], ['1.5h', 5400], ['250ms', 0.25], ['0', 0], ['-1h', -3600],
  ])('Duration.go(%j): a Go duration, %j seconds', (text, seconds) => {
    expect(Duration.go(text).toSeconds()).toBe(seconds);
  });

  test.each(['10 hours', '1d', '60', ''])('Duration.go(%j) is refused with the value', (text) => {
    expect(() => Duration.go(text)).toThrow(new ConfigError(`${JSON.stringify(text)} is not a Go duration (10h, 1h30m, 90m)`));
  });

  test('Duration.pause: whole seconds as numbers or strings, or a Go duration, as the Argo Rollouts controller reads a pause', () => {
    expect([Duration.pause(30), Duration.pause('30'), Duration.pause('1m')].map((d) => d.toSeconds())).toEqual([30, 30, 60]);
    expect(() => Duration.pause(1.5)).toThrow('1.5 is not a pause duration: an integer number of seconds or a Go duration');
    expect(() => Duration.pause('x')).toThrow('"x" is not a Go duration (10h, 1h30m, 90m)');
  });

  test('made from seconds: one unit for Argo Rollouts and Prometheus, hours-minutes-seconds for Argo CD and dist/README.md', () => {
    expect([120, 90, 3600, 0].map((s) => Duration.seconds(s).toString())).toEqual(['2m', '90s', '1h', '0s']);
    expect([90, 3600, 3660, 0, 8400].map((s) => Duration.seconds(s).toGo())).toEqual(['1m30s', '1h', '1h1m', '0s', '2h20m']);
    expect(Duration.minutes(140).toGo()).toBe('2h20m');
    expect(() => Duration.seconds(NaN)).toThrow('duration null is not a number of seconds');
  });

  test('arithmetic keeps seconds, not the text', () => {
    const scrape = Duration.parse('45s');
    expect([scrape.times(4).toString(), scrape.plus(Duration.parse('15s')).toString(), Duration.parse('90m').toMinutes()]).toEqual(['3m', '1m', 90]);
  });
});
