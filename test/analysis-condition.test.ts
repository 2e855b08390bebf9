import {
  Condition,
  ConditionRuntimeError,
  ConditionSyntaxError,
  MeasurementPhase,
  MetricLimits,
  MetricPhase,
  measurementPhase,
  metricPhase,
  runPhase,
} from '../src/model/analysis-condition';

/** The condition gridops shipped: it indexes the result without a guard. */
const SHIPPED = { successCondition: 'result[0] >= 0.99' };
/** The guarded pair: an empty or NaN result (no traffic) is Inconclusive, not Error. */
const GUARDED = { successCondition: 'len(result) > 0 && result[0] >= 0.99', failureCondition: 'len(result) > 0 && result[0] < 0.99' };

describe('measurementPhase', () => {
  test.each<[string, { successCondition?: string; failureCondition?: string }, number[], MeasurementPhase]>([
    ['shipped, no 5xx series (empty vector): index out of range', SHIPPED, [], 'Error'],
    ['shipped, healthy', SHIPPED, [1], 'Successful'],
    ['shipped, only successCondition and it is false', SHIPPED, [0.5], 'Failed'],
    ['shipped, NaN (no traffic): comparison false', SHIPPED, [NaN], 'Failed'],
    ['guarded, empty vector', GUARDED, [], 'Inconclusive'],
    ['guarded, NaN', GUARDED, [NaN], 'Inconclusive'],
    ['guarded, healthy', GUARDED, [0.995], 'Successful'],
    ['guarded, unhealthy', GUARDED, [0.94], 'Failed'],
    ['both conditions true: failure wins', { successCondition: 'result[0] > 0', failureCondition: 'result[0] > 0' }, [1], 'Failed'],
    ['only failureCondition, false', { failureCondition: 'result[0] > 0.05' }, [0.01], 'Successful'],
    ['only failureCondition, true', { failureCondition: 'result[0] > 0.05' }, [0.2], 'Failed'],
    ['only failureCondition, runtime error', { failureCondition: 'result[0] > 0.05' }, [], 'Error'],
    ['no condition', {}, [], 'Successful'],
    ['empty strings count as unset', { successCondition: '', failureCondition: '' }, [0], 'Successful'],
    ['isNaN catches no traffic', { successCondition: 'isNaN(result[0]) || result[0] >= 0.99' }, [NaN], 'Successful'],
    ['isNaN does not catch an empty vector', { successCondition: 'isNaN(result[0]) || result[0] >= 0.99' }, [], 'Error'],
  ])('%s', (_name, metric, result, phase) => {
    // WHEN
    const actual = measurementPhase(metric, result);

    // THEN
    expect(actual).toBe(phase);
  });

  test('a condition outside the grammar throws instead of guessing', () => {
    expect(() => measurementPhase({ successCondition: 'default(result[0], 0) >= 0.99' }, [1]))
      .toThrow(new ConditionSyntaxError("condition 'default(result[0], 0) >= 0.99': unexpected 'default' at position 1"));
  });
});

describe('Condition', () => {
  test.each<[string, number[], boolean]>([
    ['len(result) == 0', [], true],
    ['len(result) > 0 and result[0] >= 1e-3', [0.002], true],
    ['not (result[0] < 0.5) or len(result) > 2', [0.4], false],
    ['!(len(result) > 0) || result[1] > result[0]', [1, 2], true],
    ['result[0] == result[0]', [NaN], false],
    ['result[0] != result[0]', [NaN], true],
    ['result[0] <= 5', [5], true],
    ['isNaN(result[0])', [0], false],
    ['isNaN(result[0])', [NaN], true],
    ['1 < 2 && (2 >= 2 || result[9] > 0)', [], true],
  ])('%s on %p is %p', (text, result, expected) => {
    expect(Condition.parse(text).evaluate(result)).toBe(expected);
  });

  test('indexing outside the vector is an expr runtime error', () => {
    // GIVEN
    const condition = Condition.parse('result[0] >= 0.99');

    // THEN
    expect(() => condition.evaluate([])).toThrow(new ConditionRuntimeError('index out of range: 0 (array length is 0)'));
    expect(() => Condition.parse('len(result) > 2 || result[2] > 0').evaluate([1, 2]))
      .toThrow('index out of range: 2 (array length is 2)');
    expect(() => condition.evaluate([])).toThrow(ConditionRuntimeError);
  });

  test('the text is kept', () => {
    expect(Condition.parse(' result[0] < 1 ').text).toBe(' result[0] < 1 ');
  });

  test.each<[string, string]>([
    ['result[0] >=', "condition 'result[0] >=': unexpected end of condition at position 13"],
    ['result[0] >> 1', "condition 'result[0] >> 1': unexpected '>' at position 12"],
    ['result[0] = 1', "condition 'result[0] = 1': unexpected '=' at position 11"],
    ['result[0] >= 0.99 & 1', "condition 'result[0] >= 0.99 & 1': unexpected '&' at position 19"],
    ['result[-1] > 0', "condition 'result[-1] > 0': unexpected '-' at position 8"],
    ['result[0.5] > 0', "condition 'result[0.5] > 0': unexpected '0.5' at position 8"],
    ['len(result[0]) > 0', "condition 'len(result[0]) > 0': unexpected '[' at position 11"],
    ['(result[0] > 0', "condition '(result[0] > 0': unexpected end of condition at position 15"],
    ['result[0] > 0)', "condition 'result[0] > 0)': unexpected ')' at position 14"],
    ['foo > 1', "condition 'foo > 1': unexpected 'foo' at position 1"],
    ['result > 1', "condition 'result > 1': '>' needs a number, got a vector at position 8"],
    ['result[0]', "condition 'result[0]': expected a boolean, got a number at position 1"],
    ['result[0] && true', "condition 'result[0] && true': unexpected 'true' at position 14"],
    ['len(result) && 1', "condition 'len(result) && 1': '&&' needs a boolean, got a number at position 13"],
    ['not len(result) > 0', "condition 'not len(result) > 0': 'not' needs a boolean, got a number at position 1"],
    ['1 < 2 < 3', "condition '1 < 2 < 3': '<' needs a number, got a boolean at position 7"],
    ['isNaN(len(result) > 0)', "condition 'isNaN(len(result) > 0)': 'isNaN' needs a number, got a boolean at position 1"],
    ['', "condition '': unexpected end of condition at position 1"],
  ])('%p is refused', (text, message) => {
    expect(() => Condition.parse(text)).toThrow(new ConditionSyntaxError(message));
    expect(() => Condition.parse(text)).toThrow(ConditionSyntaxError);
  });
});

describe('metricPhase', () => {
  const S = 'Successful';
  const F = 'Failed';
  const I = 'Inconclusive';
  const E = 'Error';
  test.each<[string, MeasurementPhase[], MetricLimits, MetricPhase, number | undefined]>([
    ['no measurement yet', [], {}, 'Running', undefined],
    ['failureLimit 2: two failures keep it running', [F, F], { failureLimit: 2 }, 'Running', undefined],
    ['failureLimit 2: the third failure fails it', [F, F, F], { failureLimit: 2 }, 'Failed', 2],
    ['failures count over the whole run, not consecutively', [F, S, F, S, F], { failureLimit: 2 }, 'Failed', 4],
    ['failureLimit defaults to 0', [S, F], {}, 'Failed', 1],
    ['measurements after the deciding one are ignored', [F, S], {}, 'Failed', 0],
    ['inconclusiveLimit 0: the first Inconclusive decides', [S, I], { failureLimit: 2, inconclusiveLimit: 0 }, 'Inconclusive', 1],
    ['inconclusiveLimit 1', [I, S, I], { inconclusiveLimit: 1 }, 'Inconclusive', 2],
    ['consecutiveErrorLimit 2: three consecutive errors', [E, E, E], { consecutiveErrorLimit: 2 }, 'Error', 2],
    ['consecutiveErrorLimit 2: a Successful resets the count', [E, E, S, E, E], { consecutiveErrorLimit: 2 }, 'Running', undefined],
    ['a Failed resets the error count too', [E, E, F, E, E], { failureLimit: 2, consecutiveErrorLimit: 2 }, 'Running', undefined],
    ['consecutiveErrorLimit defaults to 4', [E, E, E, E, E], {}, 'Error', 4],
    ['shipped tree: errors on an empty vector abort after failureLimit + 1 tries', [E, E, E], { failureLimit: 2, consecutiveErrorLimit: 2 }, 'Error', 2],
  ])('%s', (_name, measurements, limits, phase, decidedAt) => {
    // WHEN
    const actual = metricPhase(measurements, limits);

    // THEN
    expect(actual).toEqual(decidedAt === undefined ? { phase } : { phase, decidedAt });
  });
});

describe('runPhase', () => {
  test.each<[MetricPhase[], MetricPhase]>([
    [['Running', 'Running'], 'Running'],
    [['Running', 'Successful'], 'Running'],
    [['Successful', 'Successful'], 'Successful'],
    [['Running', 'Inconclusive'], 'Inconclusive'],
    [['Inconclusive', 'Error', 'Running'], 'Error'],
    [['Error', 'Failed'], 'Failed'],
    [['Failed', 'Inconclusive', 'Successful'], 'Failed'],
    [['Running', 'Error', 'Running'], 'Error'],
  ])('%p → %p', (metrics, phase) => {
    expect(runPhase(metrics)).toBe(phase);
  });
});
