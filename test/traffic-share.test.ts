import { Surge } from '../src/model/surge';
import { replicaSplit, scaled } from '../src/model/traffic-share';

describe('replicaSplit (Argo Rollouts basic canary replica counts)', () => {
  // GIVEN replicas, weight, surge → THEN the controller's canary/stable pods and the effective traffic share
  test.each([
    // replicas, weight, surge, canary, stable, effective
    [10, 10, 3, 1, 9, 10],
    [10, 25, 3, 3, 8, 27.3],
    [10, 50, 3, 5, 5, 50],
    [10, 100, 3, 10, 0, 100],
    [3, 10, 1, 1, 3, 25],
    [2, 10, 1, 1, 2, 33.3],
    [5, 10, 2, 1, 5, 16.7],
    [5, 50, 2, 3, 3, 50],
    [10, 15, 0, 2, 8, 20],
    [1, 50, 0, 1, 0, 100],
    [4, 50, 0, 2, 2, 50],
  ])('%i replicas, setWeight %i, surge %i → %i canary + %i stable = %f%%', (replicas, weight, surge, canary, stable, effective) => {
    expect(replicaSplit(replicas, weight, surge)).toEqual({ weight, canary, stable, effective });
  });

  test('a weight between 1 and 99 never leaves the canary or the stable side empty with 2+ pods', () => {
    for (let replicas = 2; replicas <= 20; replicas++) {
      for (let weight = 1; weight <= 99; weight++) {
        const s = replicaSplit(replicas, weight, 1);
        expect(s.canary).toBeGreaterThan(0);
        expect(s.stable).toBeGreaterThan(0);
      }
    }
  });

  test('percentage surge rounds up like Kubernetes', () => {
    expect(Surge.parse('25%').podsOf(10)).toBe(3);
    expect(Surge.parse('25%').podsOf(2)).toBe(1);
    expect(Surge.parse(2).podsOf(10)).toBe(2);
  });
});

describe('int-or-percent', () => {
  test.each<[unknown, number, number | undefined]>([
    [2, 10, 2],
    ['25%', 10, 3],
    ['25%', 4, 1],
    ['0%', 10, 0],
    ['3', 10, 3],
    ['a lot', 10, undefined],
    [undefined, 10, undefined],
  ])('%j of %j pods → %j', (value, total, pods) => {
    expect(scaled(value, total)).toBe(pods);
  });

  test('Surge.parse names a maxSurge it cannot read', () => {
    expect(Surge.parse('25%').podsOf(10)).toBe(3);
    expect(() => Surge.parse('lots')).toThrow('maxSurge "lots" must be a whole number of pods or a percentage like \'25%\'');
  });
});
