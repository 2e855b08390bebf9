import type { CommandModule } from 'yargs';
import { platform } from '../../config/platform';
import { applicationFlag, applicationsWithEnvironment } from '../flags';
import { EXIT_CODES_HELP } from '../../errors';
import { PROJECT_ROOT } from '../../paths';
import { appDir, overlayDir, Tree } from '../../synthesize';
import { diffTree, unifiedDiff } from '../../writer';
import { loadAndSynthesize } from '../load';

interface DiffArgs {
  app?: string;
  env?: string;
  color: boolean;
}

/** Whether a dist/ path belongs to the selected application and environment. */
export function selects(file: string, app?: string, env?: string): boolean {
  if (!app && !env) return true;
  const apps = app ? [app] : platform.applications.map((a) => a.name);
  return apps.some((a) => {
    const dirs = env ? [`${overlayDir(a, env)}/`, `dist/argocd/applications/${a}-${env}.yaml`] : [`${appDir(a)}/`, `dist/argocd/applications/${a}-`];
    return dirs.some((d) => file.startsWith(d));
  });
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
      .example('$0 diff --app gridos --env prod', 'only the prod overlay and Application of gridos')
      .epilogue(EXIT_CODES_HELP),
  handler: (args) => {
    const apps = args.app !== undefined ? [applicationFlag(platform, args.app)] : platform.applications;
    if (args.env !== undefined) applicationsWithEnvironment(apps, args.env, '--env', args.app);
    const { tree } = loadAndSynthesize();
    const d = diffTree(PROJECT_ROOT, tree);
    const keep = (f: string) => selects(f, args.app, args.env);
    const filtered = { changed: d.changed.filter(keep), missing: d.missing.filter(keep), stray: d.stray.filter(keep) };
    const text = unifiedDiff(PROJECT_ROOT, tree as Tree, filtered);
    if (text === '') {
      console.log('no changes');
      return;
    }
    process.stdout.write(args.color ? colorize(text) : text);
  },
};
