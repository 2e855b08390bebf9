import { loadOutcome, finishSynth, plainSynthFlags } from './synth-output';
import { reportError } from './report-error';

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
