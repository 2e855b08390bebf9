import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { Argv, CommandModule } from 'yargs';
import { platform } from '../../config/platform';
import { ConfigError, EXIT_CODES_HELP } from '../../model/errors';
import { PROJECT_ROOT } from '../../tree/layout';

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
  const migration = migrateCanary(readInput(source, process.cwd()), { name: args.name });
  // the scaffolder (and the TypeScript compiler it parses sources with) only for an input that migrates
  const { planMigration } = await import('../../migrate/flagger/edits');
  const { migrationReport } = await import('../../migrate/flagger/report');
  const { applyEdits, placeholdersIn } = await import('../../codegen/scaffold');
  const plan = planMigration(PROJECT_ROOT, platform, migration);
  const todo = placeholdersIn(plan.edits);
  const report = migrationReport(migration, { source, environments: plan.environments, files: [...plan.edits.keys()], placeholders: todo });
  if (args.dryRun) {
    const [[configFile, config], ...others] = [...plan.edits];
    console.log(`# ${configFile} (--dry-run: nothing written)\n`);
    console.log(config);
    for (const [file] of others) console.log(`# ${file}: ${file.endsWith('.yaml') ? `the tags of ${migration.draft.name}` : `registers ${migration.draft.name}`}`);
    console.log('');
    console.log(report);
    return;
  }
  const reportFile = args.report !== undefined ? path.resolve(process.cwd(), args.report) : undefined;
  if (reportFile) {
    try {
      fs.accessSync(path.dirname(reportFile), fs.constants.W_OK);
    } catch {
      throw new ConfigError(`--report ${args.report}: ${path.dirname(args.report!)} is not a writable directory; nothing was changed`);
    }
  }
  const undo = applyEdits(PROJECT_ROOT, plan.edits);
  if (todo.length === 0) {
    const r = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'gridops.js'), 'synth', '-q'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    if (r.status !== 0) {
      undo();
      throw new ConfigError(`the migrated application does not synthesize, nothing was changed:\n${(r.stderr || r.stdout).trim()}`);
    }
  }
  if (reportFile) fs.writeFileSync(reportFile, report);
  for (const file of plan.edits.keys()) console.log(`wrote ${file}`);
  for (const note of plan.notes) console.log(note);
  const counts = (level: string) => migration.entries.filter((e) => e.level === level).length;
  const summary = `${migration.entries.length} fields: ${counts('mapped')} mapped, ${counts('changed')} changed in meaning, ${counts('dropped')} not migrated`;
  if (args.report !== undefined) console.log(`wrote ${args.report}: the migration report (${summary})`);
  if (todo.length === 0) console.log('dist/ regenerated. Read the report, run npm test, then commit the sources and dist/ together.');
  else {
    console.log(`${todo.length} value${todo.length === 1 ? '' : 's'} to fill in (synth refuses a placeholder, so dist/ was not regenerated):`);
    for (const t of todo) console.log(`  ${t}`);
    console.log('Replace them, then run npm run synth and npm test, and commit the sources and dist/ together.');
  }
  if (args.report === undefined) console.log(`\n${report}`);
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
