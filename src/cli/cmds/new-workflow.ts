import * as fs from 'fs';
import * as path from 'path';
import type { Argv, CommandModule } from 'yargs';
import { platform } from '../../config/platform';
import { ConfigError, EXIT_CODES_HELP } from '../../model/errors';
import { PROJECT_ROOT } from '../../tree/layout';
import { applicationFlag } from '../flags';

interface NewWorkflowArgs {
  app: string;
  registry?: string;
  force: boolean;
}

/**
 * `gridops new workflow --app A`: writes the caller of build-image.yml for an application that already exists (the
 * one `gridops new app` writes for a new one), from the model. Touches nothing else, so it does not synthesize.
 */
export const newWorkflow: CommandModule<object, NewWorkflowArgs> = {
  command: 'workflow',
  describe: "Write templates/<app>/.github/workflows/ci.yml: the application repository's caller of build-image.yml",
  builder: (y) =>
    y
      .option('app', { type: 'string', requiresArg: true, demandOption: true, describe: 'Application' })
      .option('registry', { type: 'string', requiresArg: true, describe: 'Azure Container Registry to log in to, for an image outside <name>.azurecr.io', defaultDescription: "<name> of the image's <name>.azurecr.io" })
      .option('force', { type: 'boolean', default: false, describe: 'Replace the file when it exists and differs' })
      .example('$0 new workflow --app gridos', "gridos's caller, to copy into its repository as .github/workflows/ci.yml")
      .example('$0 new workflow --app portal --registry gridosacr', 'an image behind its own registry domain, pushed to the ACR gridosacr')
      .epilogue(EXIT_CODES_HELP) as Argv<NewWorkflowArgs>,
  handler: async (args) => {
    const { planAppWorkflow } = await import('../../codegen/app-workflow');
    const { file, content, notes } = planAppWorkflow(platform, applicationFlag(platform, args.app), { registry: args.registry });
    const target = path.join(PROJECT_ROOT, file);
    const existing = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : undefined;
    if (existing === content) {
      console.log(`${file} is up to date`);
      return;
    }
    if (existing !== undefined && !args.force) throw new ConfigError(`${file} exists and differs from what gridops writes: --force replaces it`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
    console.log(`wrote ${file}`);
    for (const note of notes) console.log(note);
  },
};
