import { EXIT_CODES_HELP } from '../../errors';
import type { CommandModule } from 'yargs';
import { regenerateImports } from '../../importer';
import { PROJECT_ROOT } from '../../paths';

interface ImportArgs {
  mirror?: string;
}

/** `gridops import`: regenerates imports/ from the CRDs pinned in cdk8s.yaml. */
export const importCommand: CommandModule<object, ImportArgs> = {
  command: 'import',
  describe: 'Regenerate imports/ (TypeScript types and JSON schemas) from the CRDs pinned in cdk8s.yaml',
  builder: (y) =>
    y
      .option('mirror', {
        type: 'string',
        describe: 'Local mirror of the pinned CRDs (SOURCES.tsv + SHA256SUMS); without it the URLs are fetched',
        default: process.env.GRIDOPS_CRD_MIRROR,
        defaultDescription: '$GRIDOPS_CRD_MIRROR, else the network',
      })
      .example('$0 import --mirror ../shared/crds', 'offline, from a verified local mirror')
      .example('$0 import', 'from the pinned upstream URLs')
      .epilogue(EXIT_CODES_HELP),
  handler: (args) => {
    const files = regenerateImports({ root: PROJECT_ROOT, mirror: args.mirror });
    console.log(`imports/: ${files.length} files regenerated`);
  },
};
