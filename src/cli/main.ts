import * as fs from 'fs';
import * as path from 'path';
import type Yargs from 'yargs';
import type { Argv } from 'yargs';
import { EXIT_CODES_HELP, ExitCode } from '../model/errors';
import { PROJECT_ROOT } from '../tree/layout';
import { reportError } from './report-error';
import { importCommand } from './cmds/import';
import { benchCommand, benchFleetCommand } from './cmds/bench';
import { diffCommand } from './cmds/diff';
import { listCommand } from './cmds/list';
import { migrateCommand } from './cmds/migrate';
import { newCommand } from './cmds/new';
import { rollbackCommand } from './cmds/rollback';
import { setImageCommand } from './cmds/set-image';
import { syncWindowCommand } from './cmds/sync-window';
import { runSynth, synthCommand } from './cmds/synth';
import { plainSynthFlags } from './synth-output';
import { validateCommand } from './cmds/validate';

/** The version in the repository's package.json (`gridops --version`). */
export function packageVersion(root: string = PROJECT_ROOT): string {
  try {
    return String((JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version?: unknown }).version ?? 'unknown');
  } catch {
    return 'unknown';
  }
}

/** Every command's name, subcommands included (to name the one yargs' recommendation is about). */
const COMMAND_NAMES = ['import', 'synth', 'diff', 'set-image', 'rollback', 'validate', 'list', 'sync-window', 'new', 'app', 'env', 'workflow', 'migrate', 'flagger', 'bench', 'bench-fleet'];

/** What the launcher hands the CLI besides the command line (src/cli/launcher/run.ts). */
export interface LaunchOptions {
  /** Where synth stores its outcome, for the launcher to reuse with identical inputs; none: it is not stored. */
  readonly outcomeFile?: string;
}

/**
 * The full command-line parser: every command, `-h`/`--help` and `--version` everywhere, usage errors as one line
 * (exit code 2). Tests parse with it in-process (`.exitProcess(false)`).
 */
export function cli(argv: readonly string[], options: LaunchOptions = {}): Argv {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const yargs = require('yargs') as typeof Yargs;
  return yargs([...argv])
    .scriptName('gridops')
    .command(importCommand)
    .command(synthCommand(options.outcomeFile))
    .command(diffCommand)
    .command(setImageCommand)
    .command(rollbackCommand)
    .command(validateCommand)
    .command(listCommand)
    .command(syncWindowCommand)
    .command(newCommand)
    .command(migrateCommand)
    .command(benchCommand)
    .command(benchFleetCommand)
    .demandCommand(1, 'Name a command')
    .recommendCommands()
    .strict()
    .epilogue(EXIT_CODES_HELP)
    .fail((msg, err) => {
      if (err && err.name !== 'YError') throw err;
      let text = (msg ?? err?.message ?? 'bad usage').replace(/\s*\n\s*/g, ' ');
      // recommendCommands() says only what it recommends: name what was not understood
      if (text.startsWith('Did you mean ')) text = `Unknown command '${argv.find((a) => !a.startsWith('-') && !COMMAND_NAMES.includes(a))}'. ${text}`;
      console.error(`error: ${text} (gridops --help for usage)`);
      process.exit(ExitCode.USAGE);
    })
    .help()
    .alias('h', 'help')
    .version(packageVersion());
}

/** Entry point of the `gridops` CLI: the launcher (src/cli/launcher/run.ts) loads the bundle of this file. */
export async function main(argv: string[], options: LaunchOptions = {}): Promise<void> {
  try {
    // The command line run before every commit skips loading and running yargs (tens of milliseconds of synth's cost).
    const synthFlags = plainSynthFlags(argv);
    if (synthFlags) return runSynth(synthFlags, options.outcomeFile);
    await cli(argv, options).parseAsync();
  } catch (err) {
    process.exitCode = reportError(err);
  }
}

export { reportError } from './report-error';
