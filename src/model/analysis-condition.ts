/**
 * The analysis conditions gridops generates, evaluated as Argo Rollouts v1.9.0 does (expr v1.15.5), and the phases a
 * measurement, an indefinite metric (no `count`) and a run get from them. Upstream: utils/evaluate/evaluate.go,
 * analysis/analysis.go (assessMetricStatus, assessRunStatus), utils/analysis/helpers.go (IsTerminating).
 */

/** The phase of one measurement (EvaluateResult). */
export type MeasurementPhase = 'Successful' | 'Failed' | 'Inconclusive' | 'Error';

/** The phase of a metric or of a whole AnalysisRun; `Running` until one is decided. */
export type MetricPhase = 'Running' | 'Successful' | 'Failed' | 'Inconclusive' | 'Error';

/** A condition outside the supported grammar (or of the wrong type), naming the condition, token and position. */
export class ConditionSyntaxError extends Error {
  public readonly name = 'ConditionSyntaxError';
}

/** An expr runtime error while evaluating a condition (e.g. `index out of range: 0 (array length is 0)`). */
export class ConditionRuntimeError extends Error {
  public readonly name = 'ConditionRuntimeError';
}

/** The static type of a sub-expression: expr checks these at compile time. */
type Type = 'number' | 'boolean' | 'vector';

/** A parsed sub-expression: its type, where it starts (0-based) and how to evaluate it. */
type Node = { readonly type: Type; readonly pos: number; readonly run: (result: readonly number[]) => number | boolean };

/** A lexical token at a 0-based position; `text` is '' at the end of the condition. */
type Token = { readonly text: string; readonly pos: number };

/** Number literal, name, operator or punctuation; any other character is a token of its own, refused when reached. */
const TOKEN = /\s*(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|[A-Za-z_]\w*|&&|\|\||[<>=!]=|\S)/y;

/** A binary operator; `right` is called only when needed (expr compiles `&&` and `||` to jumps: short-circuit). */
type Operator = (left: () => number | boolean, right: () => number | boolean) => boolean;
/** A comparison, with Go float semantics: every comparison with NaN is false, except `!=`. */
const cmp = (f: (a: number, b: number) => boolean): Operator => (l, r) => f(l() as number, r() as number);
const or: Operator = (l, r) => (l() as boolean) || (r() as boolean);
const and: Operator = (l, r) => (l() as boolean) && (r() as boolean);

/** Binary operators by precedence, loosest first (expr: or 10, and 15, comparisons 20), all left-associative. */
const LEVELS: readonly { readonly operand: Type; readonly ops: Readonly<Record<string, Operator>> }[] = [
  { operand: 'boolean', ops: { '||': or, or } },
  { operand: 'boolean', ops: { '&&': and, and } },
  { operand: 'number', ops: { '<': cmp((a, b) => a < b), '<=': cmp((a, b) => a <= b), '>': cmp((a, b) => a > b),
    '>=': cmp((a, b) => a >= b), '==': cmp((a, b) => a === b), '!=': cmp((a, b) => a !== b) } },
];

/** Recursive-descent parser and type checker of the grammar, with expr's precedence. */
class Parser {
  private readonly tokens: Token[] = [];
  private next = 0;

  public constructor(private readonly text: string) {
    const re = new RegExp(TOKEN);
    for (let m = re.exec(text); m; m = re.exec(text)) this.tokens.push({ text: m[1], pos: re.lastIndex - m[1].length });
    this.tokens.push({ text: '', pos: text.length });
  }

  /** The whole condition, which must be a boolean. */
  public parse(): Node {
    const node = this.binary();
    if (this.peek().text !== '') this.unexpected();
    if (node.type !== 'boolean') this.fail(`expected a boolean, got a ${node.type}`, node.pos);
    return node;
  }

  /** Binary operators of precedence `level` and tighter; `!`/`not` bind tighter still, as in expr. */
  private binary(level = 0): Node {
    if (level === LEVELS.length) return this.unary();
    const { operand, ops } = LEVELS[level];
    let left = this.binary(level + 1);
    while (Object.hasOwn(ops, this.peek().text)) {
      const op = this.take();
      const right = this.binary(level + 1);
      this.expect(op, operand, left, right);
      const [l, r, apply] = [left.run, right.run, ops[op.text]];
      left = { type: 'boolean', pos: left.pos, run: (v) => apply(() => l(v), () => r(v)) };
    }
    return left;
  }

  private unary(): Node {
    if (this.peek().text !== '!' && this.peek().text !== 'not') return this.primary();
    const op = this.take();
    const operand = this.expect(op, 'boolean', this.unary());
    return { type: 'boolean', pos: op.pos, run: (v) => !operand.run(v) };
  }

  private primary(): Node {
    const token = this.take();
    const pos = token.pos;
    if (/^\d/.test(token.text)) return { type: 'number', pos, run: () => Number(token.text) };
    if (token.text === '(') return this.closed(this.binary());
    if (token.text === 'len') {
      ['(', 'result', ')'].forEach((want) => this.take(want));
      return { type: 'number', pos, run: (v) => v.length };
    }
    if (token.text === 'isNaN') {
      this.take('(');
      const arg = this.expect(token, 'number', this.closed(this.binary()));
      return { type: 'boolean', pos, run: (v) => Number.isNaN(arg.run(v)) };
    }
    if (token.text !== 'result') this.unexpected(token);
    if (this.peek().text !== '[') return { type: 'vector', pos, run: () => NaN }; // never run: no operator takes a vector
    this.take('[');
    const index = this.take();
    if (!/^\d+$/.test(index.text)) this.unexpected(index);
    const i = Number(this.closed(index, ']').text);
    return {
      type: 'number', pos, run: (v) => {
        if (i < v.length) return v[i];
        throw new ConditionRuntimeError(`index out of range: ${i} (array length is ${v.length})`);
      },
    };
  }

  /** `inner`, after taking the closing token. */
  private closed<T>(inner: T, close = ')'): T {
    this.take(close);
    return inner;
  }

  /** Every operand of `op` must be of type `want`, as expr's type checker demands; returns the first. */
  private expect(op: Token, want: Type, ...operands: Node[]): Node {
    const bad = operands.find((o) => o.type !== want);
    return bad ? this.fail(`'${op.text}' needs a ${want}, got a ${bad.type}`, op.pos) : operands[0];
  }

  private peek(): Token { return this.tokens[this.next]; }

  /** The next token, which must be `want` when given. */
  private take(want?: string): Token {
    const token = this.peek();
    if ((want !== undefined && token.text !== want) || token.text === '') this.unexpected(token);
    this.next++;
    return token;
  }

  private unexpected(token: Token = this.peek()): never {
    return this.fail(token.text === '' ? 'unexpected end of condition' : `unexpected '${token.text}'`, token.pos);
  }

  private fail(what: string, pos: number): never {
    throw new ConditionSyntaxError(`condition '${this.text}': ${what} at position ${pos + 1}`);
  }
}

/**
 * An analysis condition (`successCondition` / `failureCondition`) in the grammar gridops generates: number literals,
 * `result`, `result[<integer>]`, `len(result)`, `isNaN(<number>)`, `< <= > >= == !=` between numbers, `&&`/`and`,
 * `||`/`or` (short-circuit), `!`/`not` and parentheses. Positions in error messages count characters from 1.
 */
export class Condition {
  /** Parses `text` (once per process: conditions repeat across metrics and environments); throws ConditionSyntaxError for anything outside the grammar or not a boolean. */
  public static parse(text: string): Condition {
    let c = Condition.parsed.get(text);
    if (!c) {
      c = new Condition(text, new Parser(text).parse());
      Condition.parsed.set(text, c);
    }
    return c;
  }

  private static readonly parsed = new Map<string, Condition>();

  private constructor(
    /** The condition as written. */
    public readonly text: string,
    private readonly root: Node,
  ) {}

  /** The condition's value for a query result (a Prometheus vector); throws ConditionRuntimeError like expr. */
  public evaluate(result: readonly number[]): boolean {
    return this.root.run(result) as boolean;
  }
}

/**
 * EvaluateResult: the phase of one measurement whose query returned `result`. A runtime error gives `Error`; an
 * empty condition counts as unset, as in Go. A condition outside the grammar throws ConditionSyntaxError (in Argo a
 * compile error is an `Error` measurement, but this grammar is only a subset of expr, so it refuses to guess).
 */
export function measurementPhase(
  metric: { readonly successCondition?: string; readonly failureCondition?: string },
  result: readonly number[],
): MeasurementPhase {
  const success = metric.successCondition ? Condition.parse(metric.successCondition) : undefined;
  const failure = metric.failureCondition ? Condition.parse(metric.failureCondition) : undefined;
  let [succeeded, failed] = [false, false];
  try {
    succeeded = success?.evaluate(result) ?? false;
    failed = failure?.evaluate(result) ?? false;
  } catch (e) {
    if (e instanceof ConditionRuntimeError) return 'Error';
    throw e;
  }
  if (!success && !failure) return 'Successful';
  if (!failure) failed = !succeeded;
  if (!success) succeeded = !failed;
  if (failed) return 'Failed';
  return succeeded ? 'Successful' : 'Inconclusive';
}

/** Limits of a metric (Argo Rollouts defaults: failureLimit 0, inconclusiveLimit 0, consecutiveErrorLimit 4). */
export interface MetricLimits {
  /** The metric fails when more measurements than this have failed in the whole run. @default 0 */
  readonly failureLimit?: number;
  /** The metric is inconclusive when more measurements than this were inconclusive. @default 0 */
  readonly inconclusiveLimit?: number;
  /** The metric errs when more consecutive measurements than this erred. @default 4 */
  readonly consecutiveErrorLimit?: number;
}

/**
 * assessMetricStatus of an indefinite metric over its measurements in order: the phase after the last one, and the
 * (0-based) index of the measurement that completed the metric, if one did (Argo takes no measurement after it, so
 * later ones are ignored). Checked as upstream, each later check overriding: Failed, Inconclusive, Error.
 */
export function metricPhase(
  measurements: readonly MeasurementPhase[],
  limits: MetricLimits,
): { readonly phase: MetricPhase; readonly decidedAt?: number } {
  let [failed, inconclusive, consecutiveErrors] = [0, 0, 0];
  for (const [i, measurement] of measurements.entries()) {
    if (measurement === 'Failed') failed++;
    if (measurement === 'Inconclusive') inconclusive++;
    consecutiveErrors = measurement === 'Error' ? consecutiveErrors + 1 : 0;
    let phase: MetricPhase = 'Running';
    if (failed > (limits.failureLimit ?? 0)) phase = 'Failed';
    if (inconclusive > (limits.inconclusiveLimit ?? 0)) phase = 'Inconclusive';
    if (consecutiveErrors > (limits.consecutiveErrorLimit ?? 4)) phase = 'Error';
    if (phase !== 'Running') return { phase, decidedAt: i };
  }
  return { phase: 'Running' };
}

/** Run phases from best to worst (IsWorse). */
const WORST: readonly MetricPhase[] = ['Successful', 'Inconclusive', 'Error', 'Failed'];

/**
 * The run's phase from its metrics' phases: Running while none is Failed/Error/Inconclusive (Successful once all
 * are), else the worst: the run terminates and its other indefinite metrics end Successful.
 */
export function runPhase(metrics: readonly MetricPhase[]): MetricPhase {
  const worst = metrics.reduce((w, m) => (WORST.indexOf(m) > WORST.indexOf(w) ? m : w), 'Successful' as MetricPhase);
  if (worst !== 'Successful') return worst;
  return metrics.length > 0 && metrics.every((m) => m === 'Successful') ? 'Successful' : 'Running';
}
