import type { Argv, CommandModule } from 'yargs';
import { platform } from '../../config/platform';
import { ConfigError, EXIT_CODES_HELP } from '../../model/errors';
import { PROJECT_ROOT } from '../../tree/layout';
import type { ScaffoldPlan } from '../../codegen/scaffold';
import { applyAndSynthesize, printNextSteps } from '../apply-plan';
import { newWorkflow } from './new-workflow';

interface NewAppArgs {
  name: string;
  image?: string;
  port?: number;
  host?: string;
  registry?: string;
}

interface NewEnvArgs {
  name: string;
  from?: string;
  app?: string;
  clusterName?: string;
  clusterServer?: string;
  namespace?: string;
  host?: string;
  clientId?: string;
  keyVault?: string;
}

/**
 * Applies a scaffold's edits and says where its facts came from. Without placeholders it synthesizes in a fresh
 * process (the new TypeScript must be built); when synth refuses the result, every edit is undone and synth's message
 * is reported. With placeholders (values the scaffold could not know) it leaves dist/ alone and lists them: synth
 * refuses them until they are replaced.
 */
async function applyAndSynth(plan: () => Promise<ScaffoldPlan>): Promise<void> {
  const { placeholdersIn } = await import('../../codegen/scaffold');
  const { edits, notes } = await plan();
  const todo = placeholdersIn(edits);
  await applyAndSynthesize(edits, todo, 'the scaffold');
  for (const file of edits.keys()) console.log(`wrote ${file}`);
  for (const note of notes) console.log(note);
  printNextSteps(todo, 'dist/ regenerated. Run npm test, then commit the sources and dist/ together.');
}

const newApp: CommandModule<object, NewAppArgs> = {
  command: 'app <name>',
  describe:
    "Scaffold an application on the first application's environments, with safe defaults and image tags, and the caller of build-image.yml for its repository (templates/<name>/.github/workflows/ci.yml)",
  builder: (y) =>
    y
      .positional('name', { type: 'string', demandOption: true, describe: 'Application name (a DNS label)' })
      .option('image', { type: 'string', requiresArg: true, describe: 'Image repository without tag', defaultDescription: '<registry of the first app>/<name>' })
      .option('port', { type: 'number', requiresArg: true, describe: 'Container HTTP port', default: 8080 })
      .option('host', { type: 'string', requiresArg: true, describe: 'Public host; gives the app an AGIC Ingress (prod host; other environments get <name>-<env>.…) and placeholders for its Key Vault' })
      .option('registry', {
        type: 'string',
        requiresArg: true,
        describe: 'Azure Container Registry the image build logs in to; needed for an image outside <name>.azurecr.io (refused without it)',
        defaultDescription: "<name> of the image's <name>.azurecr.io",
      })
      .example('$0 new app billing', 'an internal service on the platform\'s clusters, with the CI workflow for its repository')
      .example('$0 new app portal --host portal.example.com --port 3000', 'a public web application')
      .example('$0 new app edge --image registry.gridos.example.com/edge --registry gridosacr', 'an image behind its own registry domain, pushed to the ACR gridosacr')
      .epilogue(EXIT_CODES_HELP) as Argv<NewAppArgs>,
  handler: (args) =>
    applyAndSynth(async () => {
      const { planNewApp } = await import('../../codegen/scaffold');
      return planNewApp(PROJECT_ROOT, platform, args.name, { image: args.image, port: args.port, host: args.host, registry: args.registry });
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
      .option('cluster-name', { type: 'string', requiresArg: true, describe: 'Cluster of the new environment', defaultDescription: "--from's cluster" })
      .option('cluster-server', { type: 'string', requiresArg: true, describe: 'API server URL of that cluster', defaultDescription: 'the known server of --cluster-name, else a placeholder' })
      .option('namespace', { type: 'string', requiresArg: true, describe: 'Namespace (with --app)', defaultDescription: "<--from's>-<name> on its cluster, --from's elsewhere" })
      .option('host', { type: 'string', requiresArg: true, describe: 'Public host (with --app)', defaultDescription: '<app>-<name>.<domain of --from>' })
      .option('client-id', { type: 'string', requiresArg: true, describe: 'Client ID of the workload identity (with --app)', defaultDescription: "--from's" })
      .option('key-vault', { type: 'string', requiresArg: true, describe: 'Key Vault (with --app)', defaultDescription: "--from's" })
      .example('$0 new env staging --from test', "staging on test's cluster, in namespace <app>-staging, with test's identity and Key Vault")
      .example('$0 new env dr --from prod --cluster-name aks-gridos-dr --cluster-server https://aks-gridos-dr.hcp.westus.azmk8s.io:443', 'a disaster-recovery copy of prod')
      .epilogue(EXIT_CODES_HELP) as Argv<NewEnvArgs>,
  handler: (args) => {
    if (!args.from) throw new ConfigError('--from is required: the environment the new one starts as a copy of');
    return applyAndSynth(async () => {
      const { planNewEnv } = await import('../../codegen/scaffold');
      return planNewEnv(PROJECT_ROOT, platform, args.name, args.from!, {
        app: args.app,
        clusterName: args.clusterName,
        clusterServer: args.clusterServer,
        namespace: args.namespace,
        host: args.host,
        clientId: args.clientId,
        keyVaultName: args.keyVault,
      });
    });
  },
};

/** `gridops new app|env|workflow`. */
export const newCommand: CommandModule = {
  command: 'new',
  describe: "Scaffold a new application or environment, or an application repository's workflow",
  builder: (y) =>
    y
      .command(newApp)
      .command(newEnv)
      .command(newWorkflow)
      .demandCommand(1, 'Name what to create: gridops new app <name> | gridops new env <name> --from <env> | gridops new workflow --app <app>')
      .epilogue(EXIT_CODES_HELP),
  handler: () => undefined,
};
