import valid from 'semver/functions/valid';
import { escapeRegExp } from './names';

/** Options of every {@link TagPolicy}. */
export interface TagPolicyOptions {
  /**
   * Whether every tag must come with the digest the registry served for it (`gridops set-image … --digest
   * sha256:<64 hex>`): the overlay then pins `repo:tag@sha256:…` and kubelet pulls exactly the image that was scanned
   * and approved, even if the tag is pushed again. Synth refuses a tag without one.
   * @default false
   */
  readonly requireDigest?: boolean;
}

/**
 * The rule an environment's image tag must satisfy. Dev and test deploy commit builds (`dev-<git sha>`), prod deploys
 * released semantic versions (`v2.1.0`), pinned by digest where the policy requires one.
 */
export class TagPolicy {
  /** `<prefix><7 to 40 lowercase hex digits>`, a git commit SHA. */
  public static gitSha(prefix: string = 'dev-', options: TagPolicyOptions = {}): TagPolicy {
    const escaped = escapeRegExp(prefix);
    const quoted = JSON.stringify(prefix).replace(/^"|"$/g, "'");
    return new TagPolicy(
      `${prefix}<7-40 lowercase hex>`,
      `'${prefix}' followed by a git commit SHA of 7 to 40 lowercase hex digits (e.g. ${prefix}abc1234)`,
      (tag) => new RegExp(`^${escaped}[0-9a-f]{7,40}$`).test(tag),
      { releases: false, source: `TagPolicy.gitSha(${quoted}${sourceOptions(options)})`, example: `${prefix}0000000`, requireDigest: options.requireDigest ?? false },
    );
  }

  /** `vMAJOR.MINOR.PATCH` with no pre-release or build suffix. */
  public static semver(options: TagPolicyOptions = {}): TagPolicy {
    return new TagPolicy('vMAJOR.MINOR.PATCH', 'vMAJOR.MINOR.PATCH, a released semantic version (e.g. v2.1.0)', (tag) => /^v\d+\.\d+\.\d+$/.test(tag) && valid(tag.slice(1)) !== null, {
      releases: true,
      source: `TagPolicy.semver(${sourceOptions(options).replace(/^, /, '')})`,
      example: 'v0.1.0',
      requireDigest: options.requireDigest ?? false,
    });
  }

  /** A digest placeholder for generated tags of a policy that requires one: no registry serves it. */
  public static readonly EXAMPLE_DIGEST = `sha256:${'0'.repeat(64)}`;

  private constructor(
    /** Short form for tables, e.g. `vMAJOR.MINOR.PATCH`. */
    private readonly tagSummary: string,
    /** The rule in words, used in error messages. */
    public readonly rule: string,
    private readonly test: (tag: string) => boolean,
    private readonly form: {
      /** Whether the environment deploys released versions (prod-like) rather than commit builds. */
      readonly releases: boolean;
      /** The TypeScript that makes this policy, for generated configuration. */
      readonly source: string;
      /** A tag the policy allows, as a placeholder in generated configuration. */
      readonly example: string;
      /** Whether a tag needs its digest. */
      readonly requireDigest: boolean;
    },
  ) {}

  /** Short form for tables: `vMAJOR.MINOR.PATCH`, `vMAJOR.MINOR.PATCH@sha256` when a digest is required. */
  public get summary(): string {
    return `${this.tagSummary}${this.form.requireDigest ? '@sha256' : ''}`;
  }

  /** Whether the environment deploys released versions (prod-like) rather than commit builds. */
  public get releases(): boolean {
    return this.form.releases;
  }

  /** Whether every tag must come with its digest (`TagPolicy.semver({ requireDigest: true })`). */
  public get requiresDigest(): boolean {
    return this.form.requireDigest;
  }

  /** The TypeScript that makes this policy (`TagPolicy.gitSha('dev-')`), for the scaffolder. */
  public get source(): string {
    return this.form.source;
  }

  /** A tag the policy allows (`dev-0000000`, `v0.1.0`), as a placeholder. */
  public get example(): string {
    return this.form.example;
  }

  /** The digest placeholder to write beside {@link example}: {@link TagPolicy.EXAMPLE_DIGEST} when a digest is required. @default - none */
  public get exampleDigest(): string | undefined {
    return this.form.requireDigest ? TagPolicy.EXAMPLE_DIGEST : undefined;
  }

  /** Whether `tag` satisfies the policy. */
  public allows(tag: string): boolean {
    return this.test(tag);
  }
}

/** The options as the factories' source writes them: `, { requireDigest: true }`, or nothing. */
function sourceOptions(options: TagPolicyOptions): string {
  return options.requireDigest ? ', { requireDigest: true }' : '';
}
