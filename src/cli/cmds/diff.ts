import * as fs from 'fs';
import * as path from 'path';
import type { CommandModule } from 'yargs';
import { platform } from '../../config/platform';
import { applicationFlag, applicationsWithEnvironment, checkedPlatform } from '../flags';
import { ConfigError, EXIT_CODES_HELP, ExitCode } from '../../model/errors';
import { IMAGE_TAGS_FILE, ImageTags } from '../../model/image-tags';
import { PROJECT_ROOT, type FileOwner } from '../../tree/layout';
import { diffTree, FilePatch, filePatches } from '../../output/writer';
import { colorEnabled, colorizeDiff } from '../color';
import { loadAndSynthesize } from '../load';
import { type Tree } from '../../tree/manifest';
import { synthesize } from '../../synthesize';
import { markdownParts, textReport } from '../../preview/format';
import { renderedDiff } from '../../preview/rendered-diff';
import { type RenderedDiffReport } from '../../preview/report';

/** The forms `gridops diff --base` prints. */
export const DIFF_FORMATS = ['text', 'markdown', 'json'] as const;

interface DiffArgs {
  app?: string;
  env?: string;
  color: boolean;
  json: boolean;
  'exit-code': boolean;
  base?: string;
  head?: string;
  format?: (typeof DIFF_FORMATS)[number];
  'out-dir'?: string;
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

/**
 * `gridops diff --base <ref> [--head <ref>]`: the rendered, per-environment diff (src/preview/), printed as text,
 * markdown (pull request comments; with --out-dir, one file per comment: part-1.md, part-2.md, ...) or JSON. Writes
 * nothing to the working tree. Returns the exit code.
 */
export async function runRenderedDiff(args: DiffArgs, root: string = PROJECT_ROOT): Promise<number> {
  const format = args.format ?? (args.json ? 'json' : 'text');
  const report: RenderedDiffReport = await renderedDiff({
    root,
    base: args.base!,
    head: args.head,
    app: args.app,
    env: args.env,
    synthesize: (tags) => synthesize(checkedPlatform(platform), tags === undefined ? ImageTags.load(path.join(root, IMAGE_TAGS_FILE)) : ImageTags.parse(tags)).tree,
  });
  for (const w of report.warnings) console.error(`warning: ${w}`);
  if (format === 'json') console.log(JSON.stringify(report, null, 2));
  else if (format === 'text') process.stdout.write(textReport(report));
  else {
    const parts = markdownParts(report);
    if (args['out-dir'] !== undefined) {
      const dir = path.resolve(args['out-dir']);
      fs.mkdirSync(dir, { recursive: true });
      for (const f of fs.readdirSync(dir)) if (/^part-\d+\.md$/.test(f)) fs.rmSync(path.join(dir, f));
      parts.forEach((p, i) => fs.writeFileSync(path.join(dir, `part-${i + 1}.md`), p));
      console.error(`gridops diff: ${parts.length} comment part(s) in ${dir}`);
    } else process.stdout.write(parts.join('\n'));
  }
  return args['exit-code'] && report.changed ? ExitCode.CHECK_FAILED : ExitCode.OK;
}

/** Flags that only --base gives a meaning to. */
function checkRenderedFlags(args: DiffArgs): void {
  if (args.base !== undefined) {
    if (args.format !== undefined && args.json && args.format !== 'json') throw new ConfigError(`--json and --format ${args.format} conflict: give one`);
    if (args['out-dir'] !== undefined && (args.format ?? 'text') !== 'markdown') throw new ConfigError('--out-dir writes the markdown comments: give --format markdown');
    return;
  }
  for (const flag of ['head', 'out-dir'] as const) if (args[flag] !== undefined) throw new ConfigError(`--${flag} needs --base <ref> (the rendered diff of two commits)`);
  if (args.format !== undefined && args.format !== 'json') throw new ConfigError(`--format ${args.format} needs --base <ref> (without it, diff prints synth's unified diff, or --json)`);
}

/** `gridops diff`: what synth would change in dist/, or with --base the rendered diff of two commits. */
export const diffCommand: CommandModule<object, DiffArgs> = {
  command: 'diff',
  describe: 'Show a unified diff of what synth would change in dist/; with --base, what each environment will run differently between two commits (writes nothing)',
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
      .option('json', { type: 'boolean', default: false, describe: 'Print JSON: { changed, missing, stray, files: [{ path, status, diff }] } (with --base: as --format json)' })
      .option('exit-code', { type: 'boolean', default: false, describe: 'Exit 1 when there is a change, 0 when not (as git diff --exit-code)' })
      .option('base', {
        type: 'string',
        requiresArg: true,
        describe: 'Compare what each environment renders to (kubectl kustomize of every overlay, and the Argo CD manifests) at this git revision with --head',
      })
      .option('head', { type: 'string', requiresArg: true, describe: 'The revision to compare --base with', defaultDescription: 'the working tree, uncommitted changes included' })
      .option('format', { choices: DIFF_FORMATS, describe: 'With --base: text, markdown (pull request comments of at most 60,000 characters each) or json', defaultDescription: 'text' })
      .option('out-dir', { type: 'string', requiresArg: true, describe: 'With --format markdown: write each comment to DIR/part-N.md instead of printing them' })
      .example('$0 diff', 'everything synth would change')
      .example('$0 diff --app gridos --env prod', 'only what shapes gridos in prod: its overlay, its Application, and the base and AppProject it shares')
      .example('$0 diff --exit-code > /dev/null', 'a script: is dist/ current?')
      .example('$0 diff --base origin/main', 'what each environment will run differently once the working tree is merged: a summary, then every changed field')
      .example('$0 diff --base origin/main --head HEAD --format markdown --out-dir /tmp/preview', 'the pull request comments (.github/workflows/pr-preview.yml)')
      .epilogue(`Exit code 0 with or without changes, unless --exit-code. ${EXIT_CODES_HELP}`),
  handler: async (args) => {
    checkRenderedFlags(args);
    if (args.base !== undefined) {
      process.exitCode = await runRenderedDiff(args);
      return;
    }
    const apps = args.app !== undefined ? [applicationFlag(platform, args.app)] : platform.applications;
    if (args.env !== undefined) applicationsWithEnvironment(apps, args.env, '--env', args.app);
    const { tree, owners } = loadAndSynthesize();
    const report = diffReport(PROJECT_ROOT, tree, owners, args.app, args.env);
    if (args['exit-code'] && report.files.length > 0) process.exitCode = ExitCode.CHECK_FAILED;
    if (args.json || args.format === 'json') {
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
