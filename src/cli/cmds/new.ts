import { spawnSync } from 'child_process';
import * as path from 'path';
import type { Argv, CommandModule } from 'yargs';
import { platform } from '../../config/platform';
import { ConfigError, EXIT_CODES_HELP } from '../../errors';
import { HTTPS_URL } from '../../model/names';
import { PROJECT_ROOT } from '../../paths';

interface NewAppArgs {
  name: string;
  image?: string;
  port?: number;
  host?: string;
}

interface NewEnvArgs {
  name: string;
  from?: string;
  app?: string;
  clusterName?: string;
  clusterServer?: string;
}

/**
 * Applies scaffolding edits, then synthesizes in a fresh process (the new TypeScript must be built); when synth
 * refuses the result, every edit is undone and synth's message is reported.
 */
async function applyAndSynth(plan: () => Promise<Map<string, string>>): Promise<void> {
  const { applyEdits } = await import('../../scaffold');
  const edits = await plan();
  const undo = applyEdits(PROJECT_ROOT, edits);
  const r = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'gridops.js'), 'synth', '-q'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  if (r.status !== 0) {
    undo();
    throw new ConfigError(`the scaffold does not synthesize, nothing was changed:\n${(r.stderr || r.stdout).trim()}`);
  }
  for (const file of edits.keys()) console.log(`wrote ${file}`);
  console.log('dist/ regenerated. Review the TODOs, then run npm test and commit.');
}

const newApp: CommandModule<object, NewAppArgs> = {
  command: 'app <name>',
  describe: 'Scaffold an application: config with safe defaults on the existing clusters, tags, a passing test',
  builder: (y) =>
    y
      .positional('name', { type: 'string', demandOption: true, describe: 'Application name (a DNS label)' })
      .option('image', { type: 'string', requiresArg: true, describe: 'Image repository without tag', defaultDescription: '<registry of the first app>/<name>' })
      .option('port', { type: 'number', requiresArg: true, describe: 'Container HTTP port', default: 8080 })
      .option('host', { type: 'string', requiresArg: true, describe: 'Public host; gives the app an AGIC Ingress (prod host; other environments get <name>-<env>.…)' })
      .example('$0 new app billing', 'an internal service on the platform\'s clusters')
      .example('$0 new app portal --host portal.example.com --port 3000', 'a public web application')
      .epilogue(EXIT_CODES_HELP) as Argv<NewAppArgs>,
  handler: (args) =>
    applyAndSynth(async () => {
      const { planNewApp } = await import('../../scaffold');
      return planNewApp(PROJECT_ROOT, platform, args.name, { image: args.image, port: args.port, host: args.host });
    }),
};

const newEnv: CommandModule<object, NewEnvArgs> = {
  command: 'env <name>',
  describe: 'Add an environment to every application that has --from (or to --app), as a copy of --from',
  builder: (y) =>
    y
      .positional('name', { type: 'string', demandOption: true, describe: 'Environment name (a DNS label)' })
      .option('from', { type: 'string', requiresArg: true, describe: 'Environment to copy' })
      .option('app', { type: 'string', requiresArg: true, describe: 'Only this application' })
      .option('cluster-name', { type: 'string', requiresArg: true, describe: 'Cluster of the new environment (with --cluster-server)' })
      .option('cluster-server', { type: 'string', requiresArg: true, describe: 'API server URL of that cluster' })
      .example('$0 new env staging --from test', 'staging on test\'s cluster, in namespace <app>-staging')
      .example('$0 new env dr --from prod --cluster-name aks-gridos-dr --cluster-server https://aks-gridos-dr.hcp.westus.azmk8s.io:443', 'a disaster-recovery copy of prod')
      .epilogue(EXIT_CODES_HELP) as Argv<NewEnvArgs>,
  handler: (args) => {
    if (!args.from) throw new ConfigError('--from is required: the environment the new one starts as a copy of');
    if ((args.clusterName === undefined) !== (args.clusterServer === undefined)) {
      throw new ConfigError('--cluster-name and --cluster-server go together: give both or neither');
    }
    if (args.clusterServer !== undefined && !HTTPS_URL.test(args.clusterServer)) throw new ConfigError(`--cluster-server '${args.clusterServer}' must be an https:// URL`);
    const cluster = args.clusterName && args.clusterServer ? { name: args.clusterName, server: args.clusterServer } : undefined;
    return applyAndSynth(async () => {
      const { planNewEnv } = await import('../../scaffold');
      return planNewEnv(PROJECT_ROOT, platform, args.name, args.from!, { app: args.app, cluster });
    });
  },
};

/** `gridops new app|env`. */
export const newCommand: CommandModule = {
  command: 'new',
  describe: 'Scaffold a new application or environment',
  builder: (y) => y.command(newApp).command(newEnv).demandCommand(1, 'Name what to create: gridops new app <name> | gridops new env <name> --from <env>').epilogue(EXIT_CODES_HELP),
  handler: () => undefined,
};
