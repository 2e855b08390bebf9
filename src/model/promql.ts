import type * as LezerPromql from '@prometheus-io/lezer-promql';

/** A syntax node of lezer-promql's tree (the type of `@lezer/common`, reached through the parser's own typings). */
type SyntaxNode = ReturnType<typeof LezerPromql.parser.parse>['topNode'];

/** Where a query stops being PromQL: 0-based offset, 1-based line and column, and a message naming what was found there. */
export interface PromqlSyntaxError {
  /** Offset of the first character that is not PromQL (UTF-16 code units from the start of the query). */
  readonly position: number;
  /** Line of `position`, from 1. */
  readonly line: number;
  /** Column of `position` in its line, from 1 (UTF-16 code units). */
  readonly column: number;
  /**
   * What was found there and where: `unexpected "[" at line 1, column 19`, `unexpected end of query at line 1, column 25`,
   * `unknown function "rat" at line 1, column 5`, or `empty query` (nothing but blanks and comments).
   */
  readonly message: string;
}

/** One label matcher of a vector selector. */
export interface LabelMatcher {
  /** The label name, unquoted (`code`, `__name__`, or a quoted UTF-8 name such as `service.name`). */
  readonly label: string;
  /** The match operator, as PromQL spells it. */
  readonly op: '=' | '!=' | '=~' | '!~';
  /** The value, unquoted and unescaped (a regular expression for `=~` and `!~`). */
  readonly value: string;
}

/** A vector selector: its metric name (unset when selected by matchers only, e.g. {__name__=~"..."}), its matchers, its span. */
export interface VectorSelector {
  /** The metric name: the identifier before `{`, a bare quoted name inside it, or an `__name__="…"` matcher's value. */
  readonly metric?: string;
  /** The label matchers in the order written, `__name__` matchers included. */
  readonly matchers: readonly LabelMatcher[];
  /** Offset of the selector's first character. */
  readonly from: number;
  /** Offset just past the selector's last character (a range `[2m]` after it is not part of the selector). */
  readonly to: number;
}

/** A query as lezer-promql reads it: the first syntax error, if any, and every vector selector in the order written. */
export interface ParsedQuery {
  /** The first place the query stops being PromQL. @default - none: the query parses */
  readonly error?: PromqlSyntaxError;
  /** The vector selectors in document order; also those the error-tolerant parser found around a syntax error. */
  readonly selectors: readonly VectorSelector[];
}

let lezer: typeof LezerPromql | undefined;

/** lezer-promql, loaded on first use: importing this module (as synth does) never loads the grammar. */
function promqlParser(): typeof LezerPromql.parser {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  lezer ??= require('@prometheus-io/lezer-promql') as typeof LezerPromql;
  return lezer.parser;
}

/** Parses a query with Prometheus' own grammar (lezer-promql, loaded on first use). */
export function parsePromql(query: string): ParsedQuery {
  let parsed = parsedQueries.get(query);
  if (!parsed) {
    parsed = parse(query);
    parsedQueries.set(query, parsed);
  }
  return parsed;
}

/** Queries parsed so far: the environments of an application share their queries, and several rules read each. */
const parsedQueries = new Map<string, ParsedQuery>();

function parse(query: string): ParsedQuery {
  const tree = promqlParser().parse(query);
  let errorAt: number | undefined;
  const selectors: VectorSelector[] = [];
  tree.iterate({
    enter: (ref) => {
      if (ref.type.isError) {
        errorAt ??= ref.from;
      } else if (ref.name === 'VectorSelector') {
        selectors.push(vectorSelector(ref.node, query)); // its children are walked too: an error node may be among them
      }
    },
  });
  if (isEmpty(tree.topNode)) return { error: syntaxError(query, 0, 'empty query'), selectors };
  if (errorAt === undefined) return { selectors };
  let position = skipBlank(query, errorAt);
  let found = position < query.length ? `unexpected ${JSON.stringify(tokenAt(query, position))}` : 'unexpected end of query';
  const callee = found === 'unexpected "("' ? unknownFunction(query, selectors, position) : undefined;
  if (callee) [position, found] = [callee.from, `unknown function ${JSON.stringify(callee.metric)}`];
  const { line, column } = lineColumn(query, position);
  return { error: syntaxError(query, position, `${found} at line ${line}, column ${column}`), selectors };
}

/**
 * The bare name right before an unexpected `(`: a misspelt or unknown function (`histogram_quantil(0.9, …)`), which
 * the grammar, knowing every function by name, reads as a metric followed by a stray parenthesis.
 */
function unknownFunction(query: string, selectors: readonly VectorSelector[], paren: number): VectorSelector | undefined {
  return selectors.find(
    (s) => s.metric !== undefined && query.startsWith(s.metric, s.from) && skipBlank(query, s.from + s.metric.length) === paren,
  );
}

/** Whether the query holds no expression: only blanks, comments and the parser's error node. */
function isEmpty(top: SyntaxNode): boolean {
  for (let child = top.firstChild; child; child = child.nextSibling) {
    if (!child.type.isError && child.name !== 'LineComment') return false;
  }
  return true;
}

function vectorSelector(node: SyntaxNode, query: string): VectorSelector {
  const text = (n: SyntaxNode): string => query.slice(n.from, n.to);
  const identifier = node.getChild('Identifier');
  let metric = identifier ? text(identifier) : undefined;
  const matchers: LabelMatcher[] = [];
  const list = node.getChild('LabelMatchers');
  for (let child = list?.firstChild; child; child = child.nextSibling) {
    if (child.name === 'QuotedLabelName') {
      // `{"service.name"}`: a bare quoted metric name, Prometheus 3's UTF-8 spelling of `service.name{}`.
      const literal = child.getChild('StringLiteral');
      if (literal) metric ??= unquote(text(literal));
      continue;
    }
    if (child.name !== 'UnquotedLabelMatcher' && child.name !== 'QuotedLabelMatcher') continue;
    const name = child.getChild('LabelName') ?? child.getChild('QuotedLabelName')?.getChild('StringLiteral');
    const op = child.getChild('MatchOp');
    const value = child.getChild('StringLiteral');
    if (!name || !op || !value) continue; // cut short by a syntax error, which parsePromql reports
    matchers.push({
      label: name.name === 'LabelName' ? text(name) : unquote(text(name)),
      op: text(op) as LabelMatcher['op'],
      value: unquote(text(value)),
    });
  }
  if (metric === undefined) metric = matchers.find((m) => m.label === '__name__' && m.op === '=')?.value;
  return { ...(metric !== undefined ? { metric } : {}), matchers, from: node.from, to: node.to };
}

const ESCAPES: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

/**
 * The value of a PromQL string literal: backtick strings are raw; double- and single-quoted ones take Go's escapes
 * (`\"`, `\'`, `\\`, `\n` and the other letters, `\xHH`, `\ooo`, `\uHHHH`, `\UHHHHHHHH`).
 */
function unquote(literal: string): string {
  const quote = literal[0];
  const body = literal.slice(1, literal.endsWith(quote) && literal.length > 1 ? -1 : undefined);
  if (quote === '`') return body;
  return body.replace(/\\(x[0-9a-fA-F]{2}|[0-7]{3}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/gs, (_m, e: string) => {
    if (e.length === 1) return ESCAPES[e] ?? e;
    if (/^[0-7]/.test(e)) return String.fromCharCode(parseInt(e, 8));
    return String.fromCodePoint(parseInt(e.slice(1), 16));
  });
}

/** The first offset at or after `from` that is not a blank or inside a `#` comment. */
function skipBlank(query: string, from: number): number {
  const blank = /(?:\s+|#[^\n]*)*/y;
  blank.lastIndex = from;
  blank.exec(query);
  return blank.lastIndex;
}

/** PromQL's tokens, roughly: enough to name what a syntax error found. */
const TOKEN = new RegExp(
  [
    /"(?:[^"\\\n]|\\.)*"?/.source,
    /'(?:[^'\\\n]|\\.)*'?/.source,
    /`[^`]*`?/.source,
    /[A-Za-z_:][\w:]*/.source,
    /\.?\d[\w.]*/.source,
    /=~|!~|!=|==|>=|<=/.source,
  ].join('|'),
  'uy',
);

/** The token starting at `position` (a single character when none matches), cut to 40 characters. */
function tokenAt(query: string, position: number): string {
  TOKEN.lastIndex = position;
  const token = TOKEN.exec(query)?.[0] ?? String.fromCodePoint(query.codePointAt(position)!);
  return token.length > 40 ? `${token.slice(0, 40)}...` : token;
}

function lineColumn(query: string, position: number): { line: number; column: number } {
  const before = query.slice(0, position);
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

function syntaxError(query: string, position: number, message: string): PromqlSyntaxError {
  return { position, ...lineColumn(query, position), message };
}

/**
 * Replaces Argo Rollouts `{{args.NAME}}` placeholders (as analysis/analysis.go resolves them) with values; throws naming
 * an arg that has no value.
 *
 * Argo Rollouts (utils/template/template.go, with valyala/fasttemplate) treats every `{{…}}` in a metric as a
 * placeholder: the text up to the next `}}`, with surrounding blanks trimmed (`{{ args.hash }}` works), is looked up
 * as `args.NAME`. So, as there, a placeholder that names no supplied arg, a `{{…}}` that is not `args.…`, and a `{{`
 * with no `}}` after it are errors; everything outside placeholders is left as written. Values go in verbatim (the
 * controller quotes them for the JSON it substitutes into, which decodes back to the same text).
 */
export function substituteArgs(text: string, args: Readonly<Record<string, string>>): string {
  let out = '';
  let rest = 0;
  for (let open = text.indexOf('{{'); open >= 0; open = text.indexOf('{{', rest)) {
    const close = text.indexOf('}}', open + 2);
    if (close < 0) throw new Error(`${JSON.stringify(text.slice(open))} has no closing }}: Argo Rollouts cannot parse the template`);
    const tag = text.slice(open + 2, close);
    const key = tag.trim();
    const name = key.startsWith('args.') ? key.slice('args.'.length) : undefined;
    if (name === undefined) throw new Error(`{{${tag}}} is not an {{args.NAME}} placeholder: Argo Rollouts fails with "failed to resolve {{${tag}}}"`);
    const value = Object.hasOwn(args, name) ? args[name] : undefined;
    if (typeof value !== 'string') throw new Error(`args.${name} was not resolved: no value for arg '${name}' (Argo Rollouts: "failed to resolve {{${tag}}}")`);
    out += text.slice(rest, open) + value;
    rest = close + 2;
  }
  return out + text.slice(rest);
}
