import { show } from './show';

/** Exit codes of the gridops CLI (documented in `--help` and the README). */
export const ExitCode = {
  /** Success. */
  OK: 0,
  /** A check failed: `synth --check` found a difference, `synth --strict` a far-off traffic share, validation a finding, `diff --exit-code` a change. */
  CHECK_FAILED: 1,
  /** Bad usage, a configuration error, a checkout that cannot do what was asked, or an internal error. */
  USAGE: 2,
} as const;

/** The exit codes in words, for every command's --help. */
export const EXIT_CODES_HELP = 'Exit codes: 0 success, 1 check or validation failed, 2 usage or configuration error.';

/**
 * A mistake in the typed configuration or on the command line: reported as one clear message, exit code 2,
 * and nothing written.
 */
export class ConfigError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/**
 * A value a value class's factory refuses (`Duration.parse('5 minutes')`, `Surge.parse('lots')`): a ConfigError whose
 * message shows the value and what is wrong with it (`"5 minutes" is not a duration: …`). `reason` alone is what a
 * check that names the field itself reports (the configuration schema: `<where>: <field> <value> <reason>`).
 */
export class ValueError extends ConfigError {
  public constructor(
    /** The value refused. */
    public readonly value: unknown,
    /** What is wrong with it, without the value: `is not a Kubernetes quantity`. */
    public readonly reason: string,
    /** What the value is, when the message should say (`maxSurge`). @default - the value alone */
    what?: string,
  ) {
    // reported as the configuration error it is (the CLI knows errors by name: src/cli/report-error.ts)
    super(`${what ? `${what} ` : ''}${show(value)} ${reason}`);
  }
}

/**
 * What `make` makes, or undefined when its factory refuses the input (a {@link ValueError}): for the checks that read
 * values they did not make (a rendered manifest, a hand-edited file) and report them in their own words.
 */
export function attempt<T>(make: () => T): T | undefined {
  try {
    return make();
  } catch (e) {
    if (e instanceof ValueError) return undefined;
    throw e;
  }
}

/** Throws one ConfigError listing every problem (a single one as it is); does nothing when there are none. */
export function throwProblems(problems: readonly string[]): void {
  if (problems.length === 0) return;
  throw new ConfigError(problems.length === 1 ? problems[0] : `${problems.length} configuration errors:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}

/**
 * The checkout or the machine cannot do what was asked — dist/ is not writable, node_modules is incomplete, git or
 * kubectl cannot run: one message saying what to fix, exit code 2, nothing written.
 */
export class SetupError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'SetupError';
  }
}

/** A check the user asked for failed (`synth --strict`'s traffic shares): the message lists why, exit code 1, nothing written. */
export class CheckError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'CheckError';
  }
}

/** Validation of generated manifests failed: every finding is listed, exit code 1, nothing written. */
export class ValidationError extends Error {
  public constructor(public readonly findings: readonly string[]) {
    super(`validation failed with ${findings.length} finding(s):\n${findings.map((f) => `  - ${f}`).join('\n')}`);
    this.name = 'ValidationError';
  }
}
