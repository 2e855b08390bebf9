import { parsePromql, PromqlSyntaxError, substituteArgs } from '../src/model/promql';

/** The error-rate query the analysis templates carry, after Argo Rollouts filled in its args. */
const ERROR_RATE =
  '(sum(rate(http_requests_total{namespace="gridos", app_kubernetes_io_name="gridos", rollouts_pod_template_hash="abc", code=~"5.."}[2m])) or vector(0))' +
  ' / (sum(rate(http_requests_total{namespace="gridos"}[2m])) > 0)';

describe('parsePromql: queries that parse', () => {
  test('the error-rate query: no error, both selectors with their matchers in the order written', () => {
    // WHEN
    const parsed = parsePromql(ERROR_RATE);

    // THEN
    expect(parsed.error).toBeUndefined();
    expect(parsed.selectors).toEqual([
      {
        metric: 'http_requests_total',
        matchers: [
          { label: 'namespace', op: '=', value: 'gridos' },
          { label: 'app_kubernetes_io_name', op: '=', value: 'gridos' },
          { label: 'rollouts_pod_template_hash', op: '=', value: 'abc' },
          { label: 'code', op: '=~', value: '5..' },
        ],
        from: 10,
        to: 129,
      },
      { metric: 'http_requests_total', matchers: [{ label: 'namespace', op: '=', value: 'gridos' }], from: 162, to: 201 },
    ]);
    expect(parsed.selectors.map((s) => ERROR_RATE.slice(s.from, s.to))).toEqual([
      'http_requests_total{namespace="gridos", app_kubernetes_io_name="gridos", rollouts_pod_template_hash="abc", code=~"5.."}',
      'http_requests_total{namespace="gridos"}',
    ]);
  });

  test('a latency query with grouping, on() matching and a selector without matchers', () => {
    // GIVEN
    const query = 'histogram_quantile(0.99, sum by (le) (rate(x_bucket{le="+Inf"}[2m]))) * 1000 and on() sum(rate(y[2m])) > 0';

    // WHEN
    const parsed = parsePromql(query);

    // THEN
    expect(parsed.error).toBeUndefined();
    expect(parsed.selectors).toEqual([
      { metric: 'x_bucket', matchers: [{ label: 'le', op: '=', value: '+Inf' }], from: 43, to: 62 },
      { metric: 'y', matchers: [], from: 95, to: 96 },
    ]);
  });

  test.each<[string, string, string[]]>([
    ['a recording-rule name with colons', 'sum without (pod) (job:http_requests:rate5m{job!="x"}) > 0', ['job:http_requests:rate5m']],
    ['offset and a subquery', 'max_over_time(rate(x[1m])[10m:1m] offset 5m) > bool 0', ['x']],
    ['a comment and line breaks', 'sum(rate(a[2m])) # errors\n  /\nsum(rate(b[2m]))', ['a', 'b']],
    ['a trailing comma in the matchers', 'up{job="a",}', ['up']],
  ])('%s parses', (_name, query, metrics) => {
    // WHEN
    const parsed = parsePromql(query);

    // THEN
    expect(parsed.error).toBeUndefined();
    expect(parsed.selectors.map((s) => s.metric)).toEqual(metrics);
  });

  test('an alert expression: matchers of a selector inside absent()', () => {
    // WHEN
    const parsed = parsePromql('absent(up{job="argocd-server-metrics", namespace="argocd"} == 1)');

    // THEN
    expect(parsed.selectors).toEqual([
      {
        metric: 'up',
        matchers: [
          { label: 'job', op: '=', value: 'argocd-server-metrics' },
          { label: 'namespace', op: '=', value: 'argocd' },
        ],
        from: 7,
        to: 58,
      },
    ]);
  });

  test('selectors by __name__: a matcher like any other, and the metric only when it is an equality', () => {
    // WHEN
    const [byRegex, byName] = parsePromql('count({__name__=~"http_.*", job="a"}) + count({__name__="up"})').selectors;

    // THEN
    expect(byRegex).toEqual({
      matchers: [
        { label: '__name__', op: '=~', value: 'http_.*' },
        { label: 'job', op: '=', value: 'a' },
      ],
      from: 6,
      to: 36,
    });
    expect(byRegex.metric).toBeUndefined();
    expect(byName).toEqual({ metric: 'up', matchers: [{ label: '__name__', op: '=', value: 'up' }], from: 46, to: 61 });
  });

  test('quoted UTF-8 names: a bare quoted metric name and a quoted label name', () => {
    // WHEN
    const parsed = parsePromql('{"service.name", "http.route"!="/health"}');

    // THEN
    expect(parsed.error).toBeUndefined();
    expect(parsed.selectors).toEqual([{ metric: 'service.name', matchers: [{ label: 'http.route', op: '!=', value: '/health' }], from: 0, to: 41 }]);
  });

  test.each<[string, string, string]>([
    ['escaped double quotes', 'x{a="say \\"hi\\""}', 'say "hi"'],
    ['single quotes with an escaped quote', "x{a='it\\'s'}", "it's"],
    ['a backtick string is raw', 'x{a=~`\\d+\\.\\d+`}', '\\d+\\.\\d+'],
    ['a doubled backslash in a regex', 'x{a=~"\\\\d+"}', '\\d+'],
    ['Go escapes: \\n, \\x41, \\101, \\u00e9', 'x{a="1\\n\\x41\\101\\u00e9"}', '1\nAAé'],
  ])('string literals are unquoted: %s', (_name, query, value) => {
    // WHEN
    const parsed = parsePromql(query);

    // THEN
    expect(parsed.error).toBeUndefined();
    expect(parsed.selectors[0].matchers[0].value).toBe(value);
  });
});

describe('parsePromql: syntax errors', () => {
  test.each<[string, string, PromqlSyntaxError]>([
    ['a missing }', 'rate(http_requests_total{code=~"5.."[2m])', { position: 36, line: 1, column: 37, message: 'unexpected "[" at line 1, column 37' }],
    ['a missing } at the end', 'up{job="a"', { position: 10, line: 1, column: 11, message: 'unexpected end of query at line 1, column 11' }],
    ['a missing ]', 'rate(http_requests_total[2m)', { position: 27, line: 1, column: 28, message: 'unexpected ")" at line 1, column 28' }],
    ['an unclosed parenthesis', 'sum(rate(http_requests_total[2m])', { position: 33, line: 1, column: 34, message: 'unexpected end of query at line 1, column 34' }],
    ['one ) too many', 'sum(rate(x[2m])))', { position: 16, line: 1, column: 17, message: 'unexpected ")" at line 1, column 17' }],
    ['a stray operator', 'sum(x) / * 2', { position: 9, line: 1, column: 10, message: 'unexpected "*" at line 1, column 10' }],
    ['a trailing operator', 'up ==', { position: 5, line: 1, column: 6, message: 'unexpected end of query at line 1, column 6' }],
    ['a missing comma between matchers', 'x{a="b" c="d"}', { position: 8, line: 1, column: 9, message: 'unexpected "c" at line 1, column 9' }],
    ['an unquoted label value', 'x{code=500}', { position: 7, line: 1, column: 8, message: 'unexpected "500" at line 1, column 8' }],
    ['a word after the expression', 'sum(rate(x[2m])) foo', { position: 17, line: 1, column: 18, message: 'unexpected "foo" at line 1, column 18' }],
    ['a misspelt function', 'sum(rat(x[2m]))', { position: 4, line: 1, column: 5, message: 'unknown function "rat" at line 1, column 5' }],
    ['a ( after a selector with matchers', 'up{a="b"}(x)', { position: 9, line: 1, column: 10, message: 'unexpected "(" at line 1, column 10' }],
    ['empty text', '', { position: 0, line: 1, column: 1, message: 'empty query' }],
    ['only blanks', '  \n ', { position: 0, line: 1, column: 1, message: 'empty query' }],
    ['only a comment', '# to do\n', { position: 0, line: 1, column: 1, message: 'empty query' }],
  ])('%s', (_name, query, error) => {
    // WHEN
    const parsed = parsePromql(query);

    // THEN
    expect(parsed.error).toEqual(error);
  });

  test('multi-line queries: the line and column of the error, not of the start', () => {
    // GIVEN
    const missingBrace = 'sum(\n  rate(x{a="b"[2m])\n)';
    const unclosed = 'sum(rate(x{a="b"}[2m]))\n  /\nsum(rate(x[2m]';
    const afterComment = 'up # the target\n  + ';

    // THEN
    expect(parsePromql(missingBrace).error).toEqual({ position: 19, line: 2, column: 15, message: 'unexpected "[" at line 2, column 15' });
    expect(parsePromql(unclosed).error).toEqual({ position: 42, line: 3, column: 15, message: 'unexpected end of query at line 3, column 15' });
    expect(parsePromql(afterComment).error).toEqual({ position: 20, line: 2, column: 5, message: 'unexpected end of query at line 2, column 5' });
  });

  test('selectors are still reported around a syntax error', () => {
    // WHEN
    const parsed = parsePromql('sum(rate(x{a="b"}[2m])) / sum(rate(y[2m])');

    // THEN
    expect(parsed.error?.message).toBe('unexpected end of query at line 1, column 42');
    expect(parsed.selectors.map((s) => s.metric)).toEqual(['x', 'y']);
  });
});

describe('parsePromql: loading the grammar', () => {
  test('importing the module does not load lezer-promql; the first parse does, once', () => {
    // GIVEN
    const load = jest.fn(() => jest.requireActual('@prometheus-io/lezer-promql'));
    jest.isolateModules(() => {
      jest.doMock('@prometheus-io/lezer-promql', load);
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const promql = require('../src/model/promql') as typeof import('../src/model/promql');
      expect(load).not.toHaveBeenCalled();

      // WHEN
      promql.parsePromql('up');
      promql.parsePromql('down');

      // THEN
      expect(load).toHaveBeenCalledTimes(1);
    });
    jest.dontMock('@prometheus-io/lezer-promql');
  });
});

describe('substituteArgs', () => {
  test('fills in every {{args.NAME}} as Argo Rollouts does, blanks inside the braces allowed', () => {
    // GIVEN
    const template = 'sum(rate(http_requests_total{namespace="{{args.namespace}}", rollouts_pod_template_hash="{{ args.canary-hash }}", app="{{args.app.name}}"}[2m]))' +
      ' / sum(rate(http_requests_total{namespace="{{args.namespace}}"}[2m]))';

    // WHEN
    const query = substituteArgs(template, { 'namespace': 'gridos', 'canary-hash': 'abc', 'app.name': 'gridos_api' });

    // THEN
    expect(query).toBe('sum(rate(http_requests_total{namespace="gridos", rollouts_pod_template_hash="abc", app="gridos_api"}[2m]))' +
      ' / sum(rate(http_requests_total{namespace="gridos"}[2m]))');
    expect(parsePromql(query).error).toBeUndefined();
  });

  test('text without placeholders, single braces included, is left as written', () => {
    expect(substituteArgs('rate(x{a=~"b{2}"}[2m])', {})).toBe('rate(x{a=~"b{2}"}[2m])');
  });

  test('values go in verbatim', () => {
    expect(substituteArgs('x{a="{{args.v}}"}', { v: 'it\'s {{not}} a "tag"' })).toBe('x{a="it\'s {{not}} a "tag""}');
  });

  test.each<[string, string, Record<string, string>, string]>([
    ['an arg with no value', 'x{h="{{args.canary-hash}}"}', { namespace: 'gridos' },
      'args.canary-hash was not resolved: no value for arg \'canary-hash\' (Argo Rollouts: "failed to resolve {{args.canary-hash}}")'],
    ['an inherited property is no value', '{{args.toString}}', {},
      'args.toString was not resolved: no value for arg \'toString\' (Argo Rollouts: "failed to resolve {{args.toString}}")'],
    ['a placeholder that is not args.NAME', 'x{a="{{ inputs.a }}"}', { a: '1' },
      '{{ inputs.a }} is not an {{args.NAME}} placeholder: Argo Rollouts fails with "failed to resolve {{ inputs.a }}"'],
    ['an unclosed placeholder', 'x{a="{{args.a"}', { a: '1' }, '"{{args.a\\"}" has no closing }}: Argo Rollouts cannot parse the template'],
  ])('throws on %s', (_name, template, args, message) => {
    expect(() => substituteArgs(template, args)).toThrow(message);
  });
});
