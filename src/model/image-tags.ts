import * as fs from 'fs';
import { load } from 'js-yaml';
import type * as YAMLTypes from 'yaml';
import { ConfigError } from './errors';
import { yamlLib } from '../tree/manifest';

/** Where image tags live, relative to the repository root. */
export const IMAGE_TAGS_FILE = 'src/config/image-tags.yaml';

/**
 * The image tag of every application in every environment, kept in a small YAML data file (not in TypeScript) so
 * the CI promotion step edits data, not code. Comments and order survive edits.
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
      data = load(text) ?? {};
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
      }
    }
    return new ImageTags(text, data as Record<string, Record<string, string>>);
  }

  /** The comment-preserving document, made on the first edit (reading needs only the data). */
  private doc?: YAMLTypes.Document;

  private constructor(
    private readonly text: string,
    private readonly data: Record<string, Record<string, string>>,
  ) {}

  /** The tag of an application in an environment, if set. */
  public get(app: string, env: string): string | undefined {
    const v = this.data[app]?.[env];
    return typeof v === 'string' ? v : undefined;
  }

  /** Sets a tag (the caller checks the policy); comments and order of the file are kept. */
  public set(app: string, env: string, tag: string): void {
    this.doc ??= yamlLib().parseDocument(this.text);
    this.doc.setIn([app, env], tag);
    this.data[app] = { ...(this.data[app] ?? {}), [env]: tag };
  }

  /** Every (app, env) pair present in the file. */
  public entries(): { app: string; env: string; tag: string }[] {
    return Object.entries(this.data).flatMap(([app, envs]) => Object.entries(envs).map(([env, tag]) => ({ app, env, tag })));
  }

  /** The file's text. */
  public toString(): string {
    return this.doc ? this.doc.toString() : this.text;
  }
}
