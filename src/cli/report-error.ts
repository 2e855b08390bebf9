import { ConfigError, ExitCode, ValidationError } from '../errors';

/** Prints an error the way users should see it and returns the exit code. */
export function reportError(err: unknown): number {
  if (err instanceof ValidationError) {
    console.error(`error: ${err.message}`);
    return ExitCode.CHECK_FAILED;
  }
  if (err instanceof ConfigError) {
    console.error(`error: ${err.message}`);
    return ExitCode.USAGE;
  }
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  return ExitCode.USAGE;
}
