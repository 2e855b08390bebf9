import { dump, FAILSAFE_SCHEMA, load, loadAll, Type, YAMLException } from 'js-yaml';

/*
 * The one YAML library (js-yaml) and how gridops uses it: every YAML file is read with the YAML 1.2 core schema, so a
 * document becomes exactly its JSON (no Date for a timestamp, no number for `1_000`), and written with one emitter
 * setup, byte for byte what dist/ holds.
 */

/** YAML 1.2 core null: `~`, `null`, `Null`, `NULL` or nothing. */
const NULL = new Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (data: string) => /^(?:~|[Nn]ull|NULL)?$/.test(data),
  construct: () => null,
});

/** YAML 1.2 core booleans: `true`, `True`, `TRUE` and the same of false (not yes/no/on/off, YAML 1.1's). */
const BOOL = new Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (data: string) => /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(data),
  construct: (data: string) => data[0] === 't' || data[0] === 'T',
});

/** YAML 1.2 core integers: decimal, `0o` octal, `0x` hex (no `_`, no `0b`, no sign on octal or hex). */
const INT = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (data: string) => /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/.test(data),
  construct: (data: string) => (/^0[ox]/.test(data) ? parseInt(data.slice(2), data[1] === 'o' ? 8 : 16) : parseInt(data, 10)),
});

/** YAML 1.2 core floats: `1.5`, `.5`, `-2.`, `1e3`, `.inf`, `-.Inf`, `.nan`. */
const FLOAT = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (data: string) =>
    /^(?:[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(data),
  construct: (data: string) => {
    if (/nan$/i.test(data)) return NaN;
    if (/inf$/i.test(data)) return data[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    return parseFloat(data);
  },
});

/**
 * The YAML 1.2 core schema (what Kubernetes tooling and the `yaml` package read): strings, maps, sequences, null
 * (`~`, `null`, empty), booleans (`true`, `False`, …), integers and floats. js-yaml's own CORE_SCHEMA also takes
 * `1_000` and `0b101` as numbers, and its default schema makes Dates of timestamps.
 */
const CORE_SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: [NULL, BOOL, INT, FLOAT] });

/** A YAML syntax error: js-yaml's reason, with the line and column (1-based) where it was found. */
export class YamlSyntaxError extends Error {
  public constructor(
    /** What is wrong, without the position (`missed comma between flow collection entries`). */
    public readonly reason: string,
    public readonly line: number,
    public readonly column: number,
  ) {
    super(`${reason} at line ${line}, column ${column}`);
    this.name = 'YamlSyntaxError';
  }
}

function parsed<T>(read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (!(e instanceof YAMLException)) throw e;
    throw new YamlSyntaxError(e.reason, (e.mark?.line ?? 0) + 1, (e.mark?.column ?? 0) + 1);
  }
}

/** The value of a one-document YAML text (null when it is empty). Throws YamlSyntaxError. */
export function parseYaml(text: string): unknown {
  return parsed(() => load(text, { schema: CORE_SCHEMA })) ?? null;
}

/** The documents of a YAML text (leading `#` comment lines allowed). Throws YamlSyntaxError. */
export function parseYamlDocuments(text: string): unknown[] {
  return parsed(() => loadAll(text, undefined, { schema: CORE_SCHEMA }));
}

/** The emitter setup of every generated file: no line folding, no anchors, block style, double quotes. */
const EMIT = { lineWidth: -1, noRefs: true, quotingType: '"' } as const;

/** Deterministic YAML of one or more documents: no line folding, no anchors, block style. */
export function toYaml(docs: readonly unknown[]): string {
  // js-yaml's emitter: about three times faster than `yaml`'s Document-based one, which matters at fleet scale.
  return docs.map((d) => dump(d, EMIT)).join('---\n');
}

/** One scalar as a YAML 1.2 core reader reads it back as the same string: plain where it can be, else double-quoted. */
export function toYamlScalar(value: string): string {
  return dump(value, { ...EMIT, schema: CORE_SCHEMA, noCompatMode: true }).replace(/\n$/, '');
}
