import { EXIT_CODES_HELP } from '../../errors';
import type { CommandModule } from 'yargs';
import * as fs from 'fs';
import * as path from 'path';
import { platform } from '../../config/platform';
import { HELM_KEYS_DIR, writeHelmKeySkeletons } from '../../helm-reference';
import { regenerateImports } from '../../importer';
import { PROJECT_ROOT } from '../../paths';

interface ImportArgs {
  mirror?: string;
  helmReference?: string;
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
      .option('helm-reference', {
        type: 'string',
        describe: 'Directory with the pinned charts\' default values (<chart>-<version>-values.yaml): refreshes imports/helm/',
        default: process.env.GRIDOPS_HELM_REFERENCE,
        defaultDescription: '$GRIDOPS_HELM_REFERENCE, else <mirror>/../reference/argo-helm if present; otherwise imports/helm/ is kept',
      })
      .example('$0 import --mirror ../shared/crds', 'offline, from a verified local mirror')
      .example('$0 import', 'from the pinned upstream URLs')
      .epilogue(EXIT_CODES_HELP),
  handler: (args) => {
    // imports/ is regenerated wholesale: keep the Helm key skeletons unless a reference refreshes them.
    const helmDir = path.join(PROJECT_ROOT, HELM_KEYS_DIR);
    const kept = fs.existsSync(helmDir) ? fs.readdirSync(helmDir).map((f) => [f, fs.readFileSync(path.join(helmDir, f))] as const) : [];
    const files = regenerateImports({ root: PROJECT_ROOT, mirror: args.mirror });
    const reference = args.helmReference ?? (args.mirror ? path.resolve(PROJECT_ROOT, args.mirror, '..', 'reference', 'argo-helm') : undefined);
    if (reference && fs.existsSync(reference)) {
      files.push(...writeHelmKeySkeletons(PROJECT_ROOT, platform, reference));
    } else {
      fs.mkdirSync(helmDir, { recursive: true });
      for (const [f, content] of kept) fs.writeFileSync(path.join(helmDir, f), content);
    }
    console.log(`imports/: ${files.length} files regenerated`);
  },
};
