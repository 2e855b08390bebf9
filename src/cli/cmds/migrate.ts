import * as fs from 'fs';
import * as path from 'path';
import type { Argv, CommandModule } from 'yargs';
import { platform } from '../../config/platform';
import { ConfigError, EXIT_CODES_HELP } from '../../model/errors';
import { PROJECT_ROOT } from '../../tree/layout';
import { applyAndSynthesize, printNextSteps } from '../apply-plan';

interface MigrateFlaggerArgs {
  source: string;
  name?: string;
  dryRun?: boolean;
  report?: string;
}

/**
 * `gridops migrate flagger`: reads the Canary and its targets, plans the application's files as `gridops new app`
 * does, then (without --dry-run) writes them and synthesizes in a fresh process, undoing every edit when synth refuses;
 * with placeholders (a Key Vault to name, a probe path to write) it writes them and lists them instead, as new app.
 */
async function migrateFlagger(args: MigrateFlaggerArgs): Promise<void> {
  if (args.dryRun && args.report !== undefined) throw new ConfigError('--report and --dry-run: --dry-run writes nothing, and prints the report; redirect it instead');
  // yargs reads a lone `-` as an empty string: standard input, as the user wrote it
  const source = args.source === '' && process.argv.includes('-') ? '-' : args.source;
  if (source === '') throw new ConfigError('name the input: a YAML file, a directory of them, or - (standard input)');
  const { readInput } = await import('../../migrate/flagger/read');
  const { migrateCanary } = await import('../../migrate/flagger/map');
  const notes: string[] = [];
  const migration = migrateCanary(readInput(source, process.cwd(), undefined, notes), { name: args.name });
  // the scaffolder (and the TypeScript compiler it parses sources with) only for an input that migrates
  const { planMigration } = await import('../../migrate/flagger/edits');
  const { migrationReport } = await import('../../migrate/flagger/report');
  const { placeholdersIn } = await import('../../codegen/scaffold');
  const plan = planMigration(PROJECT_ROOT, platform, migration);
  const todo = placeholdersIn(plan.edits);
  const report = migrationReport(migration, { source, environments: plan.environments, files: [...plan.edits.keys()], placeholders: todo });
  /** The notes and warnings, on standard error once the migration has succeeded (a refusal is one line alone). */
  const warn = (synthWarnings: readonly string[] = []) => {
    for (const n of notes) console.error(`note: ${n}`);
    for (const w of migration.warnings) console.error(`warning: ${w}`);
    for (const w of synthWarnings) console.error(w);
  };
  if (args.dryRun) {
    const [[configFile, config], ...others] = [...plan.edits];
    console.log(`# ${configFile} (--dry-run: nothing written)\n`);
    console.log(config);
    for (const [file] of others) console.log(`# ${file}: ${file.endsWith('.yaml') ? `the tags of ${migration.draft.name}` : `registers ${migration.draft.name}`}`);
    console.log('');
    console.log(report);
    warn();
    return;
  }
  // the report first, so that nothing is left to undo when it cannot be written; put back if synth refuses
  const undoReport = args.report !== undefined ? writeReport(args.report, report) : () => undefined;
  const synthWarnings = await applyAndSynthesize(plan.edits, todo, 'the migrated application', undoReport);
  for (const file of plan.edits.keys()) console.log(`wrote ${file}`);
  for (const note of plan.notes) console.log(note);
  for (const t of plan.placeholderTags) console.log(t);
  const counts = (level: string) => migration.entries.filter((e) => e.level === level).length;
  const summary = `${migration.entries.length} fields: ${counts('mapped')} mapped, ${counts('changed')} changed in meaning, ${counts('dropped')} not migrated`;
  if (args.report !== undefined) console.log(`wrote ${args.report}: the migration report (${summary})`);
  printNextSteps(todo, 'dist/ regenerated. Read the report, run npm test, then commit the sources and dist/ together.');
  if (args.report === undefined) console.log(`\n${report}`);
  warn(synthWarnings);
}

/**
 * Writes the report to `target` (relative to the working directory), refusing in one line a directory, a file or
 * directory that is not writable, and a failed write; returns what puts the target back as it was.
 */
function writeReport(target: string, report: string): () => void {
  const file = path.resolve(process.cwd(), target);
  let before: string | undefined;
  let st: fs.Stats | undefined;
  try {
    st = fs.statSync(file);
  } catch {
    st = undefined;
  }
  if (st?.isDirectory()) throw new ConfigError(`--report ${target}: is a directory: name the report's file (${path.join(target, 'migration.md')}); nothing was changed`);
  try {
    if (st) {
      fs.accessSync(file, fs.constants.W_OK);
      before = fs.readFileSync(file, 'utf8');
    } else if (!fs.statSync(path.dirname(file)).isDirectory()) throw new Error('not a directory');
    else fs.accessSync(path.dirname(file), fs.constants.W_OK);
  } catch {
    throw new ConfigError(st ? `--report ${target}: the file is not writable; nothing was changed` : `--report ${target}: ${path.dirname(target)} is not a writable directory; nothing was changed`);
  }
  try {
    fs.writeFileSync(file, report);
  } catch (e) {
    throw new ConfigError(`--report ${target}: cannot be written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); nothing was changed`);
  }
  return () => (before === undefined ? fs.rmSync(file, { force: true }) : fs.writeFileSync(file, before));
}

const flagger: CommandModule<object, MigrateFlaggerArgs> = {
  command: 'flagger <source>',
  describe: 'Turn a Flagger Canary and the objects it targets (e.g. helm template of the old chart) into an application',
  builder: (y) =>
    y
      .positional('source', { type: 'string', demandOption: true, describe: 'A YAML file, a directory of them, or - (standard input)' })
      .option('name', { type: 'string', requiresArg: true, describe: "The application's name; with several Canaries in the input, the one to migrate", defaultDescription: "the Canary's name" })
      .option('dry-run', { type: 'boolean', describe: 'Write nothing: print the configuration and the migration report' })
      .option('report', { type: 'string', requiresArg: true, describe: 'Write the migration report (Markdown) to this file instead of printing it' })
      .example('helm template podinfo ./chart --set canary.enabled=true | $0 migrate flagger - --dry-run', 'what the chart would become')
      .example('$0 migrate flagger rendered/ --name billing --report migration.md', 'every YAML file of rendered/, as the application billing')
      .epilogue(EXIT_CODES_HELP) as Argv<MigrateFlaggerArgs>,
  handler: (args) => migrateFlagger(args),
};

/** `gridops migrate flagger`. */
export const migrateCommand: CommandModule = {
  command: 'migrate',
  describe: 'Migrate an application from another progressive delivery tool',
  builder: (y) => y.command(flagger).demandCommand(1, 'Name what to migrate from: gridops migrate flagger <file|dir|->').epilogue(EXIT_CODES_HELP),
  handler: () => undefined,
};
