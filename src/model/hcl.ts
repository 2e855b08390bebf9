/**
 * HCL (HashiCorp Configuration Language, native syntax) as data, and the one writer of it: the Terraform files of
 * dist/terraform/ are built from these values and written by {@link renderHcl}, never assembled as strings. The output
 * is laid out as `terraform fmt` lays it out (two-space indents, the `=` of consecutive one-line attributes aligned),
 * and every string is escaped, `${` and `%{` included, so a value never turns into an interpolation.
 */

/** An identifier: an attribute, block type, function or variable name. */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** A reference: identifiers joined by dots, each optionally indexed by numbers (`kubernetes_namespace_v1.argocd.metadata[0].name`). */
const TRAVERSAL = /^[A-Za-z_][A-Za-z0-9_-]*(\[[0-9]+\])*(\.[A-Za-z_][A-Za-z0-9_-]*(\[[0-9]+\])*)*$/;
/** An object key written bare: a plain identifier (a key with `-` or `.` is quoted, as Terraform users write map keys). */
const BARE_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** The widest list written on one line (the attribute's indent and name excluded). */
const ONE_LINE_LIST = 80;
/** Comments are wrapped at this column. */
const COMMENT_WIDTH = 118;

/** An expression written as is (a reference, a function call, a template): the only way to write HCL that is not a literal. */
export class HclExpression {
  /**
   * A reference to a variable, resource, data source or other named value: `var.slack_token`,
   * `helm_release.argocd`, `kubernetes_namespace_v1.argocd.metadata[0].name`, the keyword `all`.
   */
  public static ref(traversal: string): HclExpression {
    if (!TRAVERSAL.test(traversal)) throw new Error(`HCL reference ${JSON.stringify(traversal)} must be identifiers joined by dots, e.g. var.name or helm_release.argocd.name`);
    return new HclExpression(traversal);
  }

  /** A function call with literal or expression arguments: `file(...)`, `yamldecode(...)`, `length(var.x)`. */
  public static call(fn: string, ...args: readonly HclValue[]): HclExpression {
    if (!IDENTIFIER.test(fn)) throw new Error(`HCL function name ${JSON.stringify(fn)} must be an identifier`);
    return new HclExpression(`${fn}(${args.map((a) => inline(a)).join(', ')})`);
  }

  /** An operation of two operands: `length(var.x) > 0`, `var.timeout >= 60`. */
  public static binary(left: HclValue, operator: '==' | '!=' | '<' | '<=' | '>' | '>=' | '&&' | '||', right: HclValue): HclExpression {
    return new HclExpression(`${inline(left)} ${operator} ${inline(right)}`);
  }

  /**
   * A quoted template: literal text (escaped) and interpolated expressions, `"${path.module}/../values.yaml"`. A
   * literal `$` just before an interpolation is written `${"$"}` (`$${` would read as an escaped `${`).
   */
  public static template(...parts: readonly (string | HclExpression)[]): HclExpression {
    let out = '';
    let literal = '';
    const flush = (beforeInterpolation: boolean) => {
      let text = escapeTemplate(literal);
      if (beforeInterpolation) text = text.replace(/\$+$/, (dollars) => '${"$"}'.repeat(dollars.length));
      out += text;
      literal = '';
    };
    for (const part of parts) {
      if (typeof part === 'string') {
        literal += part;
        continue;
      }
      flush(true);
      out += `\${${part.text}}`;
    }
    flush(false);
    return new HclExpression(`"${out}"`);
  }

  private constructor(
    /** The expression's source text. */
    public readonly text: string,
  ) {}
}

/** An HCL value: a literal (string, number, boolean, null), a list, an object (keys in insertion order) or an expression. */
export type HclValue = string | number | boolean | null | HclExpression | readonly HclValue[] | HclObject;

/** An object constructor `{ key = value }`: keys that are not identifiers are quoted. */
export interface HclObject {
  readonly [key: string]: HclValue;
}

/** What a body holds: attributes and blocks, each optionally with a comment above it. */
export type HclItem = HclAttribute | HclBlock;

/** Options of an item. */
export interface HclItemOptions {
  /** Comment above the item (`# ...`): each line wrapped, a line starting with a space kept as is. @default - none */
  readonly comment?: string;
}

/** `name = value`. */
export class HclAttribute {
  public constructor(
    public readonly name: string,
    public readonly value: HclValue,
    public readonly options: HclItemOptions = {},
  ) {
    if (!IDENTIFIER.test(name)) throw new Error(`HCL attribute name ${JSON.stringify(name)} must be an identifier`);
  }
}

/** `type "label" ... { body }`. */
export class HclBlock {
  public constructor(
    public readonly type: string,
    public readonly labels: readonly string[],
    public readonly body: readonly HclItem[],
    public readonly options: HclItemOptions = {},
  ) {
    if (!IDENTIFIER.test(type)) throw new Error(`HCL block type ${JSON.stringify(type)} must be an identifier`);
  }
}

/** Shorthands for the items of a body. */
export const Hcl = {
  attribute: (name: string, value: HclValue, options?: HclItemOptions): HclAttribute => new HclAttribute(name, value, options),
  block: (type: string, labels: readonly string[], body: readonly HclItem[], options?: HclItemOptions): HclBlock => new HclBlock(type, labels, body, options),
  ref: HclExpression.ref,
  call: HclExpression.call,
  template: HclExpression.template,
  binary: HclExpression.binary,
};

/**
 * A quoted HCL string of `text`: `\`, `"`, newlines, tabs and other control characters escaped, and `${` / `%{`
 * doubled (`$${`, `%%{`) so that the text is never read as an interpolation or a directive.
 */
export function quote(text: string): string {
  return `"${escapeTemplate(text)}"`;
}

function escapeTemplate(text: string): string {
  return text
    .replace(/[\\"\u0000-\u001f\u007f\u2028\u2029]/g, (c) => {
      switch (c) {
        case '\\':
          return '\\\\';
        case '"':
          return '\\"';
        case '\n':
          return '\\n';
        case '\r':
          return '\\r';
        case '\t':
          return '\\t';
        default:
          return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
      }
    })
    .replace(/\$\{/g, () => '$${')
    .replace(/%\{/g, () => '%%{');
}

/** An object key: bare when it is a plain identifier, else quoted. */
function key(k: string): string {
  return BARE_KEY.test(k) ? k : quote(k);
}

function isObject(v: HclValue): v is HclObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof HclExpression);
}

/** A value on one line (a function argument, a list item). */
function inline(v: HclValue): string {
  if (v instanceof HclExpression) return v.text;
  if (typeof v === 'string') return quote(v);
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`HCL number ${v} must be finite`);
    return String(v);
  }
  if (typeof v === 'boolean' || v === null) return String(v);
  if (Array.isArray(v)) return `[${v.map(inline).join(', ')}]`;
  const entries = Object.entries(v as HclObject);
  return entries.length === 0 ? '{}' : `{ ${entries.map(([k, x]) => `${key(k)} = ${inline(x)}`).join(', ')} }`;
}

/** The lines of a value at `indent` (the first line is appended to `name = `). */
function valueLines(v: HclValue, indent: string): string[] {
  const inner = `${indent}  `;
  if (Array.isArray(v)) {
    const one = inline(v);
    if (v.length === 0 || (one.length <= ONE_LINE_LIST && !v.some((x) => isObject(x) || Array.isArray(x)))) return [one];
    const lines = ['['];
    for (const item of v) {
      const [first, ...rest] = valueLines(item, inner);
      const itemLines = [`${inner}${first}`, ...rest];
      itemLines[itemLines.length - 1] += ',';
      lines.push(...itemLines);
    }
    lines.push(`${indent}]`);
    return lines;
  }
  if (isObject(v)) {
    const entries = Object.entries(v);
    if (entries.length === 0) return ['{}'];
    return ['{', ...attributeLines(entries.map(([k, x]) => ({ name: key(k), value: x })), inner), `${indent}}`];
  }
  return [inline(v)];
}

/** Consecutive attributes, the `=` of each run of one-line ones aligned (as `terraform fmt` aligns them). */
function attributeLines(attrs: readonly { readonly name: string; readonly value: HclValue; readonly comment?: string }[], indent: string): string[] {
  const out: string[] = [];
  let run: { name: string; value: string }[] = [];
  const flush = () => {
    const width = Math.max(...run.map((r) => r.name.length));
    for (const r of run) out.push(`${indent}${r.name.padEnd(width)} = ${r.value}`);
    run = [];
  };
  for (const a of attrs) {
    const lines = valueLines(a.value, indent);
    if (a.comment !== undefined) {
      if (run.length > 0) flush();
      out.push(...commentLines(a.comment, indent));
    }
    if (lines.length === 1) {
      run.push({ name: a.name, value: lines[0] });
      continue;
    }
    // a multi-line value ends the run: terraform fmt aligns only lines that hold a whole attribute
    if (run.length > 0) flush();
    out.push(`${indent}${a.name} = ${lines[0]}`, ...lines.slice(1));
  }
  if (run.length > 0) flush();
  return out;
}

/**
 * `# ` lines: each line of `comment` wrapped at {@link COMMENT_WIDTH} on spaces, except a line that starts with a space
 * (a command, an example), which is kept as it is; an empty line is a bare `#`.
 */
function commentLines(comment: string, indent: string): string[] {
  const width = COMMENT_WIDTH - indent.length - 2;
  const out: string[] = [];
  for (const line of comment.split('\n')) {
    if (line === '' || line.startsWith(' ')) {
      out.push(line);
      continue;
    }
    let current = '';
    for (const word of line.split(' ')) {
      if (current !== '' && current.length + 1 + word.length > width) {
        out.push(current);
        current = word;
      } else current = current === '' ? word : `${current} ${word}`;
    }
    out.push(current);
  }
  return out.map((l) => (l === '' ? `${indent}#` : `${indent}# ${l}`));
}

/** The lines of a body at `indent`: runs of attributes, and blocks set off by a blank line. */
function bodyLines(items: readonly HclItem[], indent: string): string[] {
  const out: string[] = [];
  let attrs: HclAttribute[] = [];
  let previous: 'none' | 'attributes' | 'block' = 'none';
  const flushAttributes = () => {
    if (attrs.length === 0) return;
    if (previous === 'block') out.push('');
    out.push(...attributeLines(attrs.map((a) => ({ name: a.name, value: a.value, comment: a.options.comment })), indent));
    attrs = [];
    previous = 'attributes';
  };
  for (const item of items) {
    if (item instanceof HclAttribute) {
      // an attribute with a comment after a run starts a paragraph of its own
      if (item.options.comment !== undefined && attrs.length > 0) {
        flushAttributes();
        out.push('');
        previous = 'none';
      }
      attrs.push(item);
      continue;
    }
    flushAttributes();
    if (previous !== 'none') out.push('');
    if (item.options.comment !== undefined) out.push(...commentLines(item.options.comment, indent));
    const header = [item.type, ...item.labels.map(quote)].join(' ');
    if (item.body.length === 0) out.push(`${indent}${header} {}`);
    else out.push(`${indent}${header} {`, ...bodyLines(item.body, `${indent}  `), `${indent}}`);
    previous = 'block';
  }
  flushAttributes();
  return out;
}

/** A comment at the top level (a file's introduction): `# ` lines, wrapped as an item's comment is. */
export function hclComment(comment: string): string {
  return commentLines(comment, '').join('\n');
}

/**
 * An HCL file: `header` (comment lines, e.g. the generated-file header, `# ...` each), a blank line, then the items,
 * top-level blocks one blank line apart. Ends with a newline.
 */
export function renderHcl(items: readonly HclItem[], header?: string): string {
  const lines = bodyLines(items, '');
  const head = header === undefined ? '' : `${header.endsWith('\n') ? header : `${header}\n`}\n`;
  return `${head}${lines.join('\n')}\n`;
}
