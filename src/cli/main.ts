import type Yargs from 'yargs';
import { EXIT_CODES_HELP, ExitCode } from '../errors';
import { reportError } from './report-error';
import { importCommand } from './cmds/import';
import { benchCommand, benchFleetCommand } from './cmds/bench';
import { diffCommand } from './cmds/diff';
import { listCommand } from './cmds/list';
import { newCommand } from './cmds/new';
import { rollbackCommand } from './cmds/rollback';
import { setImageCommand } from './cmds/set-image';
import { syncWindowCommand } from './cmds/sync-window';
import { runSynth, synthCommand } from './cmds/synth';
import { plainSynthFlags } from './synth-output';
import { validateCommand } from './cmds/validate';

/** Entry point of the `gridops` CLI (bin/gridops.js loads the bundle of this file). */
export async function main(argv: string[]): Promise<void> {
  try {
    // The command line run before every commit skips loading and running yargs (tens of milliseconds of synth's cost).
    const synthFlags = plainSynthFlags(argv);
    if (synthFlags) return runSynth(synthFlags);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const yargs = require('yargs') as typeof Yargs;
    await yargs(argv)
      .scriptName('gridops')
      .command(importCommand)
      .command(synthCommand)
      .command(diffCommand)
      .command(setImageCommand)
      .command(rollbackCommand)
      .command(validateCommand)
      .command(listCommand)
      .command(syncWindowCommand)
      .command(newCommand)
      .command(benchCommand)
      .command(benchFleetCommand)
      .demandCommand(1, 'Name a command: gridops <command> --help')
      .recommendCommands()
      .strict()
      .epilogue(EXIT_CODES_HELP)
      .fail((msg, err) => {
        if (err && err.name !== 'YError') throw err;
        console.error(`error: ${msg ?? err?.message}\nRun 'gridops --help' for usage.`);
        process.exit(ExitCode.USAGE);
      })
      .help()
      .version(false)
      .parseAsync();
  } catch (err) {
    process.exitCode = reportError(err);
  }
}

export { reportError } from './report-error';
