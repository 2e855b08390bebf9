import { EXIT_CODES_HELP } from '../../model/errors';
import * as path from 'path';
import type { CommandModule } from 'yargs';
import { platform } from '../../config/platform';
import { IMAGE_TAGS_FILE, ImageTags } from '../../model/image-tags';
import { mergeSettings } from '../../model/application';
import { PROJECT_ROOT } from '../../tree/layout';
import { checkedPlatform } from '../flags';

interface ListArgs {
  json: boolean;
}

/** One row of `gridops list`. */
export interface ListRow {
  app: string;
  env: string;
  tag: string | null;
  /** The digest the tag is pinned by (`sha256:…`), or null. */
  digest: string | null;
  image: string;
  cluster: string;
  server: string;
  namespace: string;
  sync: string;
  replicas: string;
}

/** Applications × environments with their tags, destinations and sync policy. */
export function listRows(): ListRow[] {
  const tags = ImageTags.load(path.join(PROJECT_ROOT, IMAGE_TAGS_FILE));
  return checkedPlatform(platform).applications.flatMap((app) =>
    app.environments.map((env) => {
      const s = mergeSettings(app.defaults, env.overrides);
      return {
        app: app.name,
        env: env.name,
        tag: tags.get(app.name, env.name) ?? null,
        digest: tags.pinned(app.name, env.name)?.digest ?? null,
        image: app.image,
        cluster: env.cluster.name,
        server: env.cluster.server,
        namespace: s.namespace,
        sync: `automated${env.sync.prune ? ' +prune' : ''}${env.sync.selfHeal ? ' +selfHeal' : ''}`,
        replicas: `${s.scaling.minReplicas}-${s.scaling.maxReplicas}`,
      };
    }),
  );
}

/** `gridops list`. */
export const listCommand: CommandModule<object, ListArgs> = {
  command: 'list',
  describe: 'List applications and environments: tags and digests, destinations, sync policy',
  builder: (y) =>
    y
      .option('json', { type: 'boolean', default: false, describe: 'Print JSON (one object per application × environment)' })
      .example('$0 list', 'a table')
      .example('$0 list --json | jq -r \'.[] | select(.env=="prod") | .tag\'', 'the prod tags')
      .epilogue(EXIT_CODES_HELP),
  handler: (args) => {
    const rows = listRows();
    if (args.json) {
      console.log(JSON.stringify(rows, null, 2));
      return;
    }
    const cols: (keyof ListRow)[] = ['app', 'env', 'tag', 'digest', 'cluster', 'namespace', 'replicas', 'sync'];
    // a digest in full: it is what CI and a reviewer compare with the registry's
    const cells = rows.map((r) => cols.map((c) => String(r[c] ?? '-')));
    const widths = cols.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i].length)));
    const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
    console.log([line(cols.map((c) => c.toUpperCase())), ...cells.map(line)].join('\n'));
  },
};
