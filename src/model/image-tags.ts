import * as fs from 'fs';
import { isDeepStrictEqual } from 'util';
import { ConfigError } from './errors';
import { parseYaml, toYaml, toYamlScalar } from './yaml';

/** Where image tags live, relative to the repository root. */
export const IMAGE_TAGS_FILE = 'src/config/image-tags.yaml';

/** An image digest as the registry serves it and kubelet pulls by: `sha256:` and 64 lowercase hex digits (OCI). */
export const IMAGE_DIGEST = /^sha256:[0-9a-f]{64}$/;
/** {@link IMAGE_DIGEST} in words, for messages. */
export const IMAGE_DIGEST_FORM = 'sha256: followed by 64 lowercase hex digits';

/** The image of an application in an environment: its tag and, when pinned, the digest the tag was pushed as. */
export interface PinnedTag {
  /** The tag (`v2.1.0`), checked against the environment's tag policy. */
  readonly tag: string;
  /** The manifest digest (`sha256:…`) the registry served for the tag. @default - none: the tag alone */
  readonly digest?: string;
}

/**
 * A tag and its digest as the file writes them: `v2.1.0@sha256:…` (the image reference's own `tag@digest` form, so
 * a line reads as the image kubelet pulls), or the tag alone.
 */
export function pinnedTagText(p: PinnedTag): string {
  return p.digest === undefined ? p.tag : `${p.tag}@${p.digest}`;
}

/**
 * The image tag of every application in every environment, kept in a small YAML data file (not in TypeScript) so
 * the CI promotion step edits data, not code. Comments and order survive edits. An entry is `env: <tag>` or, pinned
 * by digest, `env: <tag>@sha256:<64 hex>`.
 */
export class ImageTags {
  /** Reads and checks the file's shape. */
  public static load(file: string): ImageTags {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      throw new ConfigError(`${IMAGE_TAGS_FILE}: cannot read ${file}`);
    }
    return ImageTags.parse(text);
  }

  /** Parses the file's text. */
  public static parse(text: string): ImageTags {
    let data: unknown;
    try {
      data = parseYaml(text) ?? {};
    } catch (e) {
      throw new ConfigError(`${IMAGE_TAGS_FILE}: not valid YAML: ${(e as { reason?: string }).reason ?? (e as Error).message}`);
    }
    if (typeof data !== 'object' || Array.isArray(data)) throw new ConfigError(`${IMAGE_TAGS_FILE}: must map application → environment → tag`);
    for (const [app, envs] of Object.entries(data as Record<string, unknown>)) {
      if (typeof envs !== 'object' || envs === null || Array.isArray(envs)) {
        throw new ConfigError(`${IMAGE_TAGS_FILE}: '${app}' must map environment → tag, got ${JSON.stringify(envs)}`);
      }
      for (const [env, tag] of Object.entries(envs)) {
        if (typeof tag !== 'string') throw new ConfigError(`${IMAGE_TAGS_FILE}: ${app}.${env} must be a string tag, got ${JSON.stringify(tag)}`);
        const at = tag.indexOf('@');
        if (at === 0) throw new ConfigError(`${IMAGE_TAGS_FILE}: ${app}.${env} ${JSON.stringify(tag)} has a digest but no tag: write <tag>@<digest>`);
        if (at > 0 && !IMAGE_DIGEST.test(tag.slice(at + 1))) {
          throw new ConfigError(`${IMAGE_TAGS_FILE}: ${app}.${env} digest ${JSON.stringify(tag.slice(at + 1))} is not an image digest: ${IMAGE_DIGEST_FORM}`);
        }
      }
    }
    return new ImageTags(text, data as Record<string, Record<string, string>>);
  }

  /** The tags set since the file was read, app → env → tag, in the order first set. */
  private readonly edits = new Map<string, Map<string, string>>();
  /** The text with the edits, made when first asked for. */
  private edited?: string;

  private constructor(
    private readonly text: string,
    private readonly data: Record<string, Record<string, string>>,
  ) {}

  /** The tag of an application in an environment, if set (without its digest: {@link pinned}). */
  public get(app: string, env: string): string | undefined {
    return this.pinned(app, env)?.tag;
  }

  /** The tag and digest of an application in an environment, if set. */
  public pinned(app: string, env: string): PinnedTag | undefined {
    const v = this.data[app]?.[env];
    return typeof v === 'string' ? pinnedTagOf(v) : undefined;
  }

  /**
   * Sets a tag, and its digest when given (the caller checks both); a tag set without a digest drops the digest the
   * entry had, which pinned the old tag. Comments and order of the file are kept.
   */
  public set(app: string, env: string, tag: string, digest?: string): void {
    const text = pinnedTagText({ tag, digest });
    this.data[app] = { ...(this.data[app] ?? {}), [env]: text };
    this.edits.set(app, (this.edits.get(app) ?? new Map<string, string>()).set(env, text));
    this.edited = undefined;
  }

  /** Every (app, env) pair present in the file. */
  public entries(): ({ app: string; env: string } & PinnedTag)[] {
    return Object.entries(this.data).flatMap(([app, envs]) => Object.entries(envs).map(([env, text]) => ({ app, env, ...pinnedTagOf(text) })));
  }

  /**
   * The file's text: as read, with each tag set since changed in place (a new environment after its application's
   * last one, a new application at the end), so comments, order and layout survive. A file in another layout than
   * `app:` lines over indented `env: tag` lines (flow style, say) is written anew from its data, without comments.
   */
  public toString(): string {
    if (this.edits.size === 0) return this.text;
    if (this.edited === undefined) {
      const text = editText(this.text, this.edits);
      this.edited = text !== undefined && readsAs(text, this.data) ? text : toYaml([this.data]);
    }
    return this.edited;
  }
}

/** An entry's text read: `tag@digest` or `tag` (checked by {@link ImageTags.parse}). */
function pinnedTagOf(text: string): PinnedTag {
  const at = text.indexOf('@');
  return at < 0 ? { tag: text } : { tag: text.slice(0, at), digest: text.slice(at + 1) };
}

const QUOTED = String.raw`"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'`;
const KEY = String.raw`${QUOTED}|[^\s#'"{}\[\],&*!|>%@?\x60][^:#]*?`;
/** `app:` at the start of a line, nothing after the colon but a comment. */
const APP_LINE = new RegExp(String.raw`^(${KEY})\s*:(?:\s+#.*)?\s*$`);
/** `  env: tag  # comment`: indentation, key, separator, value, comment. */
const ENV_LINE = new RegExp(String.raw`^(\s+)(${KEY})(\s*:\s+)(${QUOTED}|[^\s#'"][^#]*?)(\s+#.*)?\s*$`);
const COMMENT_OR_BLANK = /^\s*(?:#.*)?$/;

/** The key a YAML key's text reads as, or undefined when it is not a scalar. */
function keyOf(text: string): string | undefined {
  try {
    const v = parseYaml(text);
    return typeof v === 'object' && v !== null ? undefined : String(v);
  } catch {
    return undefined;
  }
}

/** An application's lines: its environments' (line index and parts), the last one, their indentation. */
interface AppLines {
  readonly envs: Map<string, { readonly at: number; readonly parts: RegExpExecArray }>;
  last: number;
  indent?: string;
}

/** `text` with each `app.env` of `edits` set, or undefined when the text is not in the layout this edits. */
function editText(text: string, edits: ReadonlyMap<string, ReadonlyMap<string, string>>): string | undefined {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const crlf = text.includes('\r\n') ? '\r' : '';
  if (lines[lines.length - 1] === '') lines.pop();
  const apps = new Map<string, AppLines>();
  let current: AppLines | undefined;
  let lastContent = -1;
  for (const [i, line] of lines.entries()) {
    if (COMMENT_OR_BLANK.test(line)) continue;
    lastContent = i;
    const isEnv = /^\s/.test(line);
    const parts = (isEnv ? ENV_LINE : APP_LINE).exec(line);
    const key = parts ? keyOf(parts[isEnv ? 2 : 1]) : undefined;
    if (!parts || key === undefined) return undefined;
    if (!isEnv) {
      if (apps.has(key)) return undefined;
      current = { envs: new Map(), last: i };
      apps.set(key, current);
    } else {
      if (!current || current.envs.has(key)) return undefined;
      current.envs.set(key, { at: i, parts });
      current.indent ??= parts[1];
      current.last = i;
    }
  }
  const replaced = new Map<number, string>();
  const after = new Map<number, string[]>();
  const insert = (at: number, added: string[]) => after.set(at, [...(after.get(at) ?? []), ...added]);
  for (const [app, envs] of edits) {
    const block = apps.get(app);
    const entry = (env: string, tag: string) => `${block?.indent ?? '  '}${toYamlScalar(env)}: ${toYamlScalar(tag)}`;
    if (!block) {
      // after the last application (before the comments that end the file), or after the comments of a file without any
      insert(lastContent >= 0 ? lastContent : lines.length - 1, [`${toYamlScalar(app)}:`, ...[...envs].map(([env, tag]) => entry(env, tag))]);
      continue;
    }
    for (const [env, tag] of envs) {
      const line = block.envs.get(env);
      if (!line) insert(block.last, [entry(env, tag)]);
      else replaced.set(line.at, `${line.parts[1]}${line.parts[2]}${line.parts[3]}${toYamlScalar(tag)}${line.parts[5] ?? ''}`);
    }
  }
  const out = [...(after.get(-1) ?? []), ...lines.flatMap((line, i) => [replaced.get(i) ?? line, ...(after.get(i) ?? [])])];
  return out.map((l) => `${l}${crlf}\n`).join('');
}

/** Whether `text` reads as exactly `data`. */
function readsAs(text: string, data: unknown): boolean {
  try {
    return isDeepStrictEqual(parseYaml(text) ?? {}, data);
  } catch {
    return false;
  }
}
