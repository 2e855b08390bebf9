import type { CommandModule } from 'yargs';
import { ConfigError, EXIT_CODES_HELP, ExitCode } from '../../errors';
import { trafficTable, trafficWarnings } from '../../report';
import { diffTree, isClean, unifiedDiff, writeTree } from '../../writer';
import { PROJECT_ROOT } from '../../paths';
import { loadAndSynthesize } from '../load';

interface SynthArgs {
  check: boolean;
  strict: boolean;
  quiet: boolean;
}

/** `gridops synth`: writes dist/ (or, with --check, verifies it). */
export const synthCommand: CommandModule<object, SynthArgs> = {
  command: 'synth',
  describe: 'Generate dist/ from the typed configuration (atomic; nothing is written on any error)',
  builder: (y) =>
    y
      .option('check', { type: 'boolean', default: false, describe: 'Write nothing; exit 1 listing every changed, missing or stray file in dist/' })
      .option('strict', { type: 'boolean', default: false, describe: 'Fail when a canary step\'s effective traffic share is beyond its tolerance' })
      .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'Print only warnings and errors' })
      .example('$0 synth', 'regenerate dist/ (run before every commit)')
      .example('$0 synth --check', 'CI and the pre-commit hook: is dist/ current?')
      .example('$0 synth --strict', 'treat far-off canary traffic shares as errors')
      .epilogue(EXIT_CODES_HELP),
  handler: (args) => {
    const result = loadAndSynthesize();
    const warnings = trafficWarnings(result.traffic);
    if (args.strict && warnings.length > 0) {
      throw new ConfigError(`--strict: canary traffic shares beyond tolerance:\n${warnings.map((w) => `  - ${w}`).join('\n')}`);
    }
    for (const w of warnings) console.error(`warning: ${w}`);
    if (args.check) {
      const d = diffTree(PROJECT_ROOT, result.tree);
      if (isClean(d)) {
        if (!args.quiet) console.log(`dist/ is up to date (${result.tree.size} files)`);
        return;
      }
      const list = [...d.changed.map((f) => `changed: ${f}`), ...d.missing.map((f) => `missing: ${f}`), ...d.stray.map((f) => `stray:   ${f}`)];
      console.error(`dist/ is stale: ${list.length} file(s) differ from what synth produces. Run 'npm run synth' and commit.\n${list.join('\n')}\n`);
      console.error(unifiedDiff(PROJECT_ROOT, result.tree, d));
      process.exitCode = ExitCode.CHECK_FAILED;
      return;
    }
    const d = writeTree(PROJECT_ROOT, result.tree);
    if (!args.quiet) {
      console.log(trafficTable(result.traffic));
      console.log(
        isClean(d)
          ? `dist/: ${result.tree.size} files, unchanged`
          : `dist/: ${result.tree.size} files; ${d.missing.length} written, ${d.changed.length} changed, ${d.stray.length} removed`,
      );
    }
  },
};
