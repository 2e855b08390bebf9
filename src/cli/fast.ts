import { loadOutcome, finishSynth } from './synth-output';
import { reportError } from './report-error';

/**
 * The launcher's fast path for `gridops synth [--check] [--strict] [-q]` when the sources, the image tags, the
 * validators and the dependencies are exactly those of a previous successful synth: the stored outcome is checked
 * against or written to dist/ without loading cdk8s. Returns false when the arguments need the full CLI.
 */
export function runCached(argv: readonly string[], cacheFile: string): boolean {
  const flags = { check: false, strict: false, quiet: false };
  for (const a of argv.slice(1)) {
    if (a === '--check') flags.check = true;
    else if (a === '--strict') flags.strict = true;
    else if (a === '-q' || a === '--quiet') flags.quiet = true;
    else return false;
  }
  try {
    finishSynth(loadOutcome(cacheFile), flags);
  } catch (err) {
    process.exitCode = reportError(err);
  }
  return true;
}
