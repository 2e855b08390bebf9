import type { CommandModule } from 'yargs';
import { EXIT_CODES_HELP } from '../../model/errors';
import { trafficTable, trafficWarnings } from '../../tree/report';
import { loadAndSynthesize } from '../load';
import { checkSynthFlags, finishSynth, stagedPreflight, storeOutcome, SYNTH_OPTIONS, SynthFlags } from '../synth-output';

type SynthArgs = SynthFlags;

/** `gridops synth`: writes dist/ (or, with --check, verifies it). */
export const synthCommand: CommandModule<object, SynthArgs> = {
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
  handler: (args) => runSynth(args),
};

/** SYNTH_OPTIONS as yargs options: boolean flags, false unless given. */
function yargsOptions(): Record<keyof SynthFlags, { type: 'boolean'; default: boolean; describe: string; alias?: string }> {
  const option = (name: keyof SynthFlags) => ({ ...SYNTH_OPTIONS[name], type: 'boolean' as const, default: false });
  return { check: option('check'), strict: option('strict'), quiet: option('quiet'), staged: option('staged') };
}

/** Synthesizes the tree, then writes or checks dist/. main() calls it directly for a plain `synth` command line. */
export function runSynth(flags: SynthFlags): void {
  checkSynthFlags(flags);
  if (flags.staged && stagedPreflight(flags)) return;
  const result = loadAndSynthesize();
  const outcome = { tree: result.tree, warnings: trafficWarnings(result.traffic), table: trafficTable(result.traffic) };
  // The launcher names a cache file when it can reuse this outcome for identical inputs (bin/gridops.js).
  if (process.env.GRIDOPS_SYNTH_CACHE) storeOutcome(process.env.GRIDOPS_SYNTH_CACHE, outcome);
  finishSynth(outcome, flags);
}
