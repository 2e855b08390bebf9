import * as fs from 'fs';
import * as path from 'path';
import { platform } from '../config/platform';
import { ConfigError } from '../model/errors';
import { IMAGE_DIGEST, IMAGE_DIGEST_FORM, IMAGE_TAGS_FILE, ImageTags, PinnedTag, pinnedTagText } from '../model/image-tags';
import { ApplicationConfig, EnvironmentConfig } from '../model/application';
import { PlatformConfig } from '../model/platform';
import { PROJECT_ROOT } from '../tree/layout';
import { synthesize } from '../synthesize';
import { writeFileAtomic } from '../output/atomic';
import { checkWritable, NODE_IO, TreeDiff, withLock, WriterIo, writeTree } from '../output/writer';

/** Characters a tag may contain (the OCI tag grammar); anything else, shell metacharacters included, is refused. */
const TAG_CHARS = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;

/**
 * The value of a string flag (`name` without the dashes), given once and not blank; `undefined` when it is absent and
 * optional. Otherwise a ConfigError naming the flag.
 */
export function flagValue(args: object, name: string, required: boolean): string | undefined {
  const v: unknown = (args as Record<string, unknown>)[name];
  if (v === undefined) {
    if (required) throw new ConfigError(`--${name} is required`);
    return undefined;
  }
  if (Array.isArray(v)) throw new ConfigError(`--${name} is given ${v.length} times (${v.map((x) => `'${x}'`).join(', ')}); give it once`);
  if (typeof v !== 'string' || v.trim() === '') throw new ConfigError(`--${name} must not be empty`);
  return v;
}

/**
 * Checks that `tag`, given by `flag`, is an image tag (the OCI grammar) that the environment's tag policy allows;
 * otherwise a ConfigError naming the flag, the value and the rule.
 */
export function checkTag(app: ApplicationConfig, env: EnvironmentConfig, tag: string, flag: string): void {
  if (!TAG_CHARS.test(tag)) {
    throw new ConfigError(`${flag} '${tag}' is not an image tag: only letters, digits, '_', '.' and '-' are allowed (at most 128, not starting with '.' or '-')`);
  }
  if (!env.tagPolicy.allows(tag)) throw new ConfigError(`${flag} '${tag}' breaks the ${env.name} tag policy of ${app.name}: ${env.tagPolicy.rule}`);
}

/**
 * Checks the digest, given by `flag`, that pins `tag` in `env`: an image digest (`sha256:<64 lowercase hex>`), and
 * present when the environment's tag policy requires one; otherwise a ConfigError naming the application,
 * environment, flag and value.
 */
export function checkDigest(app: ApplicationConfig, env: EnvironmentConfig, tag: string, digest: string | undefined, flag: string): void {
  const where = `${app.name}/${env.name}`;
  if (digest === undefined) {
    if (env.tagPolicy.requiresDigest) {
      throw new ConfigError(`${flag} is required for ${where}: its tag policy (${env.tagPolicy.source}) pins every tag by digest; give the digest the registry serves for ${tag} (${flag} sha256:<64 hex>)`);
    }
    return;
  }
  if (!IMAGE_DIGEST.test(digest)) throw new ConfigError(`${flag} '${digest}' for ${where} is not an image digest: ${IMAGE_DIGEST_FORM}`);
}

/** What {@link applyTag} did. */
export interface AppliedTag {
  /** The tag (and digest) the file had before, if any. */
  readonly before?: string;
  /** Its digest, if it had one. */
  readonly beforeDigest?: string;
  /** How dist/ changed. */
  readonly dist: TreeDiff;
}

/** Where and with what {@link applyTag} works. */
export interface ApplyTagOptions {
  /** The repository root. @default PROJECT_ROOT */
  readonly root?: string;
  /** The file system calls of the write of dist/. @default NODE_IO */
  readonly io?: WriterIo;
  /** The configuration synthesized. @default - the checkout's, src/config/platform.ts */
  readonly platform?: PlatformConfig;
}

/**
 * Sets the (checked) tag of `app` in `env` in src/config/image-tags.yaml, with its (checked) digest when given, and
 * re-synthesizes dist/, holding the repository's lock, then prints the one-line summary. A tag set without a digest
 * drops the digest of the entry it replaces. The new tree is synthesized in memory first, so any failure leaves both
 * the data file and dist/ untouched; the data file is replaced atomically.
 */
export function applyTag(app: string, env: string, pinned: PinnedTag, options: ApplyTagOptions = {}): AppliedTag {
  const { root = PROJECT_ROOT, io = NODE_IO, platform: config = platform } = options;
  const { tag, digest } = pinned;
  const file = path.join(root, IMAGE_TAGS_FILE);
  return withLock(root, () => {
    const tags = ImageTags.load(file);
    const previous: PinnedTag | undefined = tags.pinned(app, env);
    const before = previous?.tag;
    tags.set(app, env, tag, digest);
    // Synthesize with the new tag in memory first: any failure leaves both the data file and dist/ untouched.
    const result = synthesize(config, ImageTags.parse(tags.toString()));
    // dist/ must be writable before the data file changes, and a write of dist/ that fails puts the data file back
    checkWritable(root, io);
    const original = fs.readFileSync(file);
    const replace = (content: string | Buffer) => writeFileAtomic(file, content);
    replace(tags.toString());
    let d: TreeDiff;
    try {
      d = writeTree(root, result.tree, io);
    } catch (e) {
      replace(original);
      throw e;
    }
    console.log(`${app}/${env}: ${previous ? pinnedTagText(previous) : '(none)'} → ${pinnedTagText({ tag, digest })}; dist/: ${d.changed.length} changed, ${d.missing.length} written, ${d.stray.length} removed`);
    return { before, ...(previous?.digest !== undefined ? { beforeDigest: previous.digest } : {}), dist: d };
  });
}
