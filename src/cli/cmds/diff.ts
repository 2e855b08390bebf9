import type { CommandModule } from 'yargs';
import type { FileOwner } from '../../../charts/argocd-chart';
import { platform } from '../../config/platform';
import { applicationFlag, applicationsWithEnvironment } from '../flags';
import { EXIT_CODES_HELP } from '../../errors';
import { PROJECT_ROOT } from '../../paths';
import { diffTree, unifiedDiff } from '../../writer';
import { loadAndSynthesize } from '../load';

interface DiffArgs {
  app?: string;
  env?: string;
  color: boolean;
}

/**
 * Whether a dist/ file belongs to the selected application and environment, by the owners synth recorded where it
 * placed each file: an environment selects its overlay and Application and the files it shares with the
 * application's other environments (base, AppProject, ApplicationSet). A file synth no longer produces belongs to the
 * owner of the files beside it, when they have one owner.
 */
export function selects(file: string, owners: ReadonlyMap<string, FileOwner>, app?: string, env?: string): boolean {
  if (!app && !env) return true;
  const owner = owners.get(file) ?? ownerOfDirectory(file, owners);
  return owner !== undefined && (!app || owner.app === app) && (!env || owner.envs.includes(env));
}

function ownerOfDirectory(file: string, owners: ReadonlyMap<string, FileOwner>): FileOwner | undefined {
  const dir = file.slice(0, file.lastIndexOf('/') + 1);
  const beside = [...owners].filter(([f]) => f.startsWith(dir) && !f.slice(dir.length).includes('/')).map(([, o]) => o);
  const key = (o: FileOwner) => `${o.app} ${o.envs.join(' ')}`;
  return beside.length > 0 && beside.every((o) => key(o) === key(beside[0])) ? beside[0] : undefined;
}

/** Colours a unified diff for a terminal. */
export function colorize(diff: string): string {
  return diff
    .split('\n')
    .map((l) => (l.startsWith('+++') || l.startsWith('---') ? `\x1b[1m${l}\x1b[0m` : l.startsWith('+') ? `\x1b[32m${l}\x1b[0m` : l.startsWith('-') ? `\x1b[31m${l}\x1b[0m` : l.startsWith('@@') ? `\x1b[36m${l}\x1b[0m` : l))
    .join('\n');
}

/** `gridops diff`: what synth would change in dist/. */
export const diffCommand: CommandModule<object, DiffArgs> = {
  command: 'diff',
  describe: 'Show a unified diff of what synth would change in dist/ (writes nothing)',
  builder: (y) =>
    y
      .option('app', { type: 'string', describe: 'Only this application', requiresArg: true })
      .option('env', { type: 'string', describe: 'Only this environment', requiresArg: true })
      .option('color', { type: 'boolean', default: process.stdout.isTTY === true, defaultDescription: 'on a terminal', describe: 'Colour the diff' })
      .example('$0 diff', 'everything synth would change')
      .example('$0 diff --app gridos --env prod', 'only what shapes gridos in prod: its overlay, its Application, and the base and AppProject it shares')
      .epilogue(EXIT_CODES_HELP),
  handler: (args) => {
    const apps = args.app !== undefined ? [applicationFlag(platform, args.app)] : platform.applications;
    if (args.env !== undefined) applicationsWithEnvironment(apps, args.env, '--env', args.app);
    const { tree, owners } = loadAndSynthesize();
    const d = diffTree(PROJECT_ROOT, tree);
    const keep = (f: string) => selects(f, owners, args.app, args.env);
    const filtered = { changed: d.changed.filter(keep), missing: d.missing.filter(keep), stray: d.stray.filter(keep) };
    const text = unifiedDiff(PROJECT_ROOT, tree, filtered);
    if (text === '') {
      console.log('no changes');
      return;
    }
    process.stdout.write(args.color ? colorize(text) : text);
  },
};
