import valid from 'semver/functions/valid';
import { escapeRegExp } from './names';

/**
 * The rule an environment's image tag must satisfy. Dev and test deploy commit builds (`dev-<git sha>`), prod deploys
 * released semantic versions (`v2.1.0`).
 */
export class TagPolicy {
  /** `<prefix><7 to 40 lowercase hex digits>`, a git commit SHA. */
  public static gitSha(prefix: string = 'dev-'): TagPolicy {
    const escaped = escapeRegExp(prefix);
    return new TagPolicy(
      `${prefix}<7-40 lowercase hex>`,
      `'${prefix}' followed by a git commit SHA of 7 to 40 lowercase hex digits (e.g. ${prefix}abc1234)`,
      (tag) => new RegExp(`^${escaped}[0-9a-f]{7,40}$`).test(tag),
      { releases: false, source: `TagPolicy.gitSha(${JSON.stringify(prefix).replace(/^"|"$/g, "'")})`, example: `${prefix}0000000` },
    );
  }

  /** `vMAJOR.MINOR.PATCH` with no pre-release or build suffix. */
  public static semver(): TagPolicy {
    return new TagPolicy('vMAJOR.MINOR.PATCH', 'vMAJOR.MINOR.PATCH, a released semantic version (e.g. v2.1.0)', (tag) => /^v\d+\.\d+\.\d+$/.test(tag) && valid(tag.slice(1)) !== null, {
      releases: true,
      source: 'TagPolicy.semver()',
      example: 'v0.1.0',
    });
  }

  private constructor(
    /** Short form for tables, e.g. `vMAJOR.MINOR.PATCH`. */
    public readonly summary: string,
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
    },
  ) {}

  /** Whether the environment deploys released versions (prod-like) rather than commit builds. */
  public get releases(): boolean {
    return this.form.releases;
  }

  /** The TypeScript that makes this policy (`TagPolicy.gitSha('dev-')`), for the scaffolder. */
  public get source(): string {
    return this.form.source;
  }

  /** A tag the policy allows (`dev-0000000`, `v0.1.0`), as a placeholder. */
  public get example(): string {
    return this.form.example;
  }

  /** Whether `tag` satisfies the policy. */
  public allows(tag: string): boolean {
    return this.test(tag);
  }
}
