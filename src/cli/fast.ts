import { loadOutcome, finishSynth, plainSynthFlags, checkSynthFlags, stagedPreflight } from './synth-output';
import { reportError } from './report-error';

export { reportError } from './report-error';

/**
 * The launcher's fast path for `gridops synth [--check] [--strict] [-q]` when the sources, the image tags, the
 * validators and the dependencies are exactly those of a previous successful synth: the stored outcome is checked
 * against or written to dist/ without loading cdk8s. Returns false when the arguments need the full CLI.
 */
export function runCached(argv: readonly string[], cacheFile: string): boolean {
  const flags = plainSynthFlags(argv);
  if (!flags) return false;
  try {
    finishSynth(loadOutcome(cacheFile), flags);
  } catch (err) {
    process.exitCode = reportError(err);
  }
  return true;
}

/**
 * The launcher's first step for a plain `gridops synth --check --staged` (the pre-commit hook), before the dependency
 * bundle or a synth outcome is looked at: true when that was all (nothing relevant is staged, the staged sources were
 * checked in an export of the index, or an error was reported), false when this checkout's sources are the staged
 * ones and synth is to go on (comparing with the index's dist/).
 */
export function stagedFirst(argv: readonly string[]): boolean {
  const flags = plainSynthFlags(argv);
  if (!flags?.staged) return false;
  try {
    checkSynthFlags(flags);
    return stagedPreflight(flags);
  } catch (err) {
    process.exitCode = reportError(err);
    return true;
  }
}
