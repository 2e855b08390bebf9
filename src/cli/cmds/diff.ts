import type { CommandModule } from 'yargs';
import { platform } from '../../config/platform';
import { applicationFlag, applicationsWithEnvironment } from '../flags';
import { EXIT_CODES_HELP, ExitCode } from '../../model/errors';
import { PROJECT_ROOT, type FileOwner } from '../../tree/layout';
import { diffTree, FilePatch, filePatches } from '../../output/writer';
import { colorEnabled, colorizeDiff } from '../color';
import { loadAndSynthesize } from '../load';
import { type Tree } from '../../tree/manifest';

interface DiffArgs {
  app?: string;
  env?: string;
  color: boolean;
  json: boolean;
  'exit-code': boolean;
}

/**
 * What `gridops diff --json` prints: how dist/ on disk differs from what synth would write, within the --app/--env
 * selection. Paths are relative to the repository root (`dist/...`) and sorted.
 */
export interface DiffReport {
  /** Files whose content synth would change. */
  readonly changed: readonly string[];
  /** Files synth would add (not on disk). */
  readonly missing: readonly string[];
  /** Files synth would remove (on disk, no longer produced). */
  readonly stray: readonly string[];
  /** Every file of the three lists once, in path order, with its unified diff (`a/` on disk → `b/` synth; `/dev/null` for an added or removed file). */
  readonly files: readonly FilePatch[];
}

/** The difference between dist/ under `root` and `tree`, keeping the files that shape `app` and `env` (see {@link selects}). */
export function diffReport(root: string, tree: Tree, owners: ReadonlyMap<string, FileOwner>, app?: string, env?: string): DiffReport {
  const d = diffTree(root, tree);
  const keep = (f: string) => selects(f, owners, app, env);
  const filtered = { changed: d.changed.filter(keep).sort(), missing: d.missing.filter(keep).sort(), stray: d.stray.filter(keep).sort() };
  return { ...filtered, files: filePatches(root, tree, filtered) };
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
export const colorize = colorizeDiff;

/** `gridops diff`: what synth would change in dist/. */
export const diffCommand: CommandModule<object, DiffArgs> = {
  command: 'diff',
  describe: 'Show a unified diff of what synth would change in dist/ (writes nothing)',
  builder: (y) =>
    y
      .option('app', { type: 'string', describe: 'Only this application', requiresArg: true })
      .option('env', { type: 'string', describe: 'Only this environment', requiresArg: true })
      .option('color', {
        type: 'boolean',
        default: colorEnabled(process.stdout),
        defaultDescription: 'on a terminal, unless NO_COLOR is set; FORCE_COLOR=0|1 overrides both',
        describe: 'Colour the diff (--no-color: never)',
      })
      .option('json', { type: 'boolean', default: false, describe: 'Print JSON: { changed, missing, stray, files: [{ path, status, diff }] }' })
      .option('exit-code', { type: 'boolean', default: false, describe: 'Exit 1 when synth would change something, 0 when not (as git diff --exit-code)' })
      .example('$0 diff', 'everything synth would change')
      .example('$0 diff --app gridos --env prod', 'only what shapes gridos in prod: its overlay, its Application, and the base and AppProject it shares')
      .example('$0 diff --exit-code > /dev/null', 'a script: is dist/ current?')
      .epilogue(`Exit code 0 with or without changes, unless --exit-code. ${EXIT_CODES_HELP}`),
  handler: (args) => {
    const apps = args.app !== undefined ? [applicationFlag(platform, args.app)] : platform.applications;
    if (args.env !== undefined) applicationsWithEnvironment(apps, args.env, '--env', args.app);
    const { tree, owners } = loadAndSynthesize();
    const report = diffReport(PROJECT_ROOT, tree, owners, args.app, args.env);
    if (args['exit-code'] && report.files.length > 0) process.exitCode = ExitCode.CHECK_FAILED;
    if (args.json) {
      console.log(JSON.stringify(report, null, 2));
      return;
    }
    if (report.files.length === 0) {
      console.log('no changes');
      return;
    }
    const text = report.files.map((f) => f.diff).join('');
    process.stdout.write(args.color ? colorizeDiff(text) : text);
  },
};
