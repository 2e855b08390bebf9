import type { CommandModule } from 'yargs';
import { EXIT_CODES_HELP } from '../../model/errors';
import { trafficTable, trafficWarnings } from '../../tree/report';
import { loadAndSynthesize } from '../load';
import { checkSynthFlags, finishSynth, stagedPreflight, storeOutcome, SYNTH_OPTIONS, SynthFlags } from '../synth-output';

type SynthArgs = SynthFlags;

/**
 * `gridops synth`: writes dist/ (or, with --check, verifies it). `outcomeFile`: where to store the outcome, which the
 * launcher names when it can reuse it for identical inputs (src/cli/launcher/outcome-cache.ts).
 */
export const synthCommand = (outcomeFile?: string): CommandModule<object, SynthArgs> => ({
  command: 'synth',
  describe: 'Generate dist/ from the typed configuration (atomic; nothing is written on any error)',
  builder: (y) =>
    y
      .options(yargsOptions())
      .example('$0 synth', 'regenerate dist/ (run before every commit)')
      .example('$0 synth --check', 'CI: is dist/ current?')
      .example('$0 synth --check --staged', 'the pre-commit hook: is the staged dist/ what the staged sources make?')
      .example('$0 synth --strict', 'treat far-off canary traffic shares as errors')
      .epilogue(EXIT_CODES_HELP),
  handler: (args) => runSynth(args, outcomeFile),
});

/** SYNTH_OPTIONS as yargs options: boolean flags, false unless given. */
function yargsOptions(): Record<keyof SynthFlags, { type: 'boolean'; default: boolean; describe: string; alias?: string }> {
  const option = (name: keyof SynthFlags) => ({ ...SYNTH_OPTIONS[name], type: 'boolean' as const, default: false });
  return { check: option('check'), strict: option('strict'), quiet: option('quiet'), staged: option('staged') };
}

/**
 * Synthesizes the tree, then writes or checks dist/; stores the outcome in `outcomeFile` when given. main() calls it
 * directly for a plain `synth` command line.
 */
export function runSynth(flags: SynthFlags, outcomeFile?: string): void {
  checkSynthFlags(flags);
  if (flags.staged && stagedPreflight(flags)) return;
  const result = loadAndSynthesize();
  const outcome = { tree: result.tree, warnings: trafficWarnings(result.traffic), table: trafficTable(result.traffic) };
  if (outcomeFile) storeOutcome(outcomeFile, outcome);
  finishSynth(outcome, flags);
}
