import { RolloutSpecStrategyCanaryMaxSurge } from '../imports/argo-rollouts-argoproj.io';
import { ConfigError } from '../src/model/errors';
import { Surge } from '../src/model/surge';

describe('Surge', () => {
  test.each<[number | string, number, number | string]>([
    [2, 10, 2], ['25%', 10, 3], ['25%', 2, 1], ['0%', 10, 0], [0, 10, 0],
  ])('Surge.parse(%j) of %j pods: %j surge pods, written %j', (value, replicas, pods) => {
    const s = Surge.parse(value);
    expect([s.podsOf(replicas), s.toIntOrString(RolloutSpecStrategyCanaryMaxSurge).value]).toEqual([pods, value]);
  });

  test.each<[number | string]>([['lots'], ['3'], ['1000%'], [-1], [1.5], ['25 %']])('Surge.parse(%j) is refused with the value', (value) => {
    expect(() => Surge.parse(value)).toThrow(new ConfigError(`maxSurge ${JSON.stringify(value)} must be a whole number of pods or a percentage like '25%'`));
  });

  test('the factories: a number of pods, a percentage', () => {
    expect([Surge.pods(3).podsOf(10), Surge.percent(10).podsOf(25)]).toEqual([3, 3]);
    expect(() => Surge.percent(-5)).toThrow('maxSurge "-5%" must be a whole number of pods or a percentage like \'25%\'');
  });
});
