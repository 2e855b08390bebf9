import { EXIT_CODES_HELP } from '../../model/errors';
import type { CommandModule } from 'yargs';
import * as fs from 'fs';
import * as path from 'path';
import { platform } from '../../config/platform';
import { CHARTS_DIR, vendorCharts } from '../../engines/helm';
import { HELM_KEYS_DIR, writeHelmKeySkeletons } from '../../codegen/helm-reference';
import { regenerateImports } from '../../codegen/importer';
import { PROJECT_ROOT } from '../../tree/layout';

interface ImportArgs {
  mirror?: string;
  helmReference?: string;
  helmCharts?: string;
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
      .option('helm-charts', {
        type: 'string',
        describe: 'Directory with the pinned charts (<chart>-<version>.tgz + SHA256SUMS, verified): refreshes imports/charts/',
        default: process.env.GRIDOPS_HELM_CHARTS,
        defaultDescription: '$GRIDOPS_HELM_CHARTS, else <mirror>/../reference/helm-charts if present, else helm pull from the Helm repository',
      })
      .example('$0 import --mirror ../shared/crds', 'offline, from a verified local mirror')
      .example('$0 import', 'from the pinned upstream URLs')
      .epilogue(EXIT_CODES_HELP),
  handler: (args) => {
    // imports/ is regenerated wholesale: keep the Helm key skeletons and the vendored charts unless a source refreshes them.
    const keep = (dir: string) => {
      const abs = path.join(PROJECT_ROOT, dir);
      const files = fs.existsSync(abs) ? fs.readdirSync(abs).map((f) => [f, fs.readFileSync(path.join(abs, f))] as const) : [];
      return () => {
        fs.mkdirSync(abs, { recursive: true });
        for (const [f, content] of files) fs.writeFileSync(path.join(abs, f), content);
      };
    };
    const restoreKeys = keep(HELM_KEYS_DIR);
    const restoreCharts = keep(CHARTS_DIR);
    const files = regenerateImports({ root: PROJECT_ROOT, mirror: args.mirror });
    const beside = (dir: string) => (args.mirror ? path.resolve(PROJECT_ROOT, args.mirror, '..', 'reference', dir) : undefined);
    const reference = args.helmReference ?? beside('argo-helm');
    if (reference && fs.existsSync(reference)) files.push(...writeHelmKeySkeletons(PROJECT_ROOT, platform, reference));
    else restoreKeys();
    const charts = args.helmCharts ?? beside('helm-charts');
    if (charts && fs.existsSync(charts)) files.push(...vendorCharts(PROJECT_ROOT, platform, charts));
    else if (!args.mirror) files.push(...vendorCharts(PROJECT_ROOT, platform));
    else restoreCharts();
    console.log(`imports/: ${files.length} files regenerated`);
  },
};
