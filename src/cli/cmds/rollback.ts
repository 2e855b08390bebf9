import { spawnSync } from 'child_process';
import * as path from 'path';
import type { CommandModule } from 'yargs';
import { platform } from '../../config/platform';
import { applyTag, checkTag, flagValue } from '../apply-tag';
import { applicationFlag, environmentFlag } from '../flags';
import { ConfigError, EXIT_CODES_HELP } from '../../model/errors';
import { IMAGE_TAGS_FILE, ImageTags, PinnedTag, pinnedTagText } from '../../model/image-tags';
import { PROJECT_ROOT } from '../../tree/layout';
import { withLock } from '../../output/writer';

interface RollbackArgs {
  app?: string;
  env?: string;
  to?: string;
}

/**
 * The commit that gave an application's environment an image (a tag, and the digest it was pinned by) it then kept
 * for one or more commits.
 */
interface Deployment {
  /** The tag deployed. */
  readonly tag: string;
  /** The digest it was pinned by, if it was. @default - none */
  readonly digest?: string;
  /** `tag` or `tag@digest`: what tells two deployments apart (a tag pushed again is another image). */
  readonly image: string;
  /** Full SHA of the commit of src/config/image-tags.yaml that set it. */
  readonly sha: string;
  /** That commit's committer date, strict ISO 8601. */
  readonly date: string;
}

/** One committed version of the image tags file. */
interface TagsVersion {
  /** Full SHA of the commit. */
  readonly sha: string;
  /** Its committer date, strict ISO 8601. */
  readonly date: string;
  /** The file's content at that commit. */
  readonly tags: ImageTags;
}

/** Runs git in the repository root; a ConfigError when git cannot run at all. */
function git(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('git', args, { cwd: PROJECT_ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.error) throw new ConfigError(`gridops rollback: cannot run git (${(r.error as NodeJS.ErrnoException).code ?? r.error.message}): the rollback reads the history of ${IMAGE_TAGS_FILE}; install git`);
  return r;
}

/** Refuses a checkout that is not a git repository, or whose image tags file has uncommitted changes. */
function checkClean(): void {
  const r = git(['status', '--porcelain', '--', IMAGE_TAGS_FILE]);
  if (r.status !== 0) {
    if (/not a git repository/.test(r.stderr)) {
      throw new ConfigError(`gridops rollback: ${PROJECT_ROOT} is not a git repository: the rollback reads the history of ${IMAGE_TAGS_FILE}; run it in a clone of the GitOps repository`);
    }
    throw new ConfigError(`gridops rollback: git status failed in ${PROJECT_ROOT}: ${r.stderr.trim().split('\n')[0]}`);
  }
  if (r.stdout.trim() !== '') {
    throw new ConfigError(`gridops rollback: ${IMAGE_TAGS_FILE} has uncommitted changes: commit or revert them first (git diff -- ${IMAGE_TAGS_FILE}), so the rollback is a commit of its own`);
  }
}

/** The committed versions of the image tags file, newest first, read one at a time; versions that do not parse are skipped. */
function* versions(): Generator<TagsVersion> {
  // the main line's history only: a tag that only ever was on a merged branch was never deployed
  const log = git(['log', '--first-parent', '--format=%H%x09%cI', '--', IMAGE_TAGS_FILE]);
  if (log.status !== 0) throw new ConfigError(`gridops rollback: git log failed in ${PROJECT_ROOT}: ${log.stderr.trim().split('\n')[0]}`);
  for (const line of log.stdout.split('\n')) {
    const [sha, date] = line.split('\t');
    if (!sha || !date) continue;
    // `./`: the path is relative to the root even when the root is not the top of the git work tree
    const show = git(['show', `${sha}:./${IMAGE_TAGS_FILE}`]);
    if (show.status !== 0) continue; // the commit deleted the file
    try {
      yield { sha, date, tags: ImageTags.parse(show.stdout) };
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
    }
  }
}

/**
 * The images deployed to `app` in `env`, newest first: one entry per run of consecutive versions with the same tag and
 * digest, dated by the run's oldest commit (the one that deployed it). A version without the environment ends a run.
 * Lazy: the history is read only as far as the caller iterates.
 */
function* deployments(history: Iterable<TagsVersion>, app: string, env: string): Generator<Deployment> {
  let run: Deployment | undefined;
  for (const v of history) {
    const pinned = v.tags.pinned(app, env);
    const image = pinned && pinnedTagText(pinned);
    if (run && run.image !== image) yield run;
    run = pinned === undefined ? undefined : { ...pinned, image: image!, sha: v.sha, date: v.date };
  }
  if (run) yield run;
}

/**
 * Picks the deployment to roll back to: `to`'s newest deployment (with the digest it had), or else the newest
 * deployment of an image (tag and digest) other than the current one. ConfigError when there is none; `current` is
 * the file's entry of app/env.
 */
function rollbackTarget(history: Iterable<Deployment>, app: string, env: string, current: PinnedTag, to?: string): Deployment {
  const currentImage = pinnedTagText(current);
  const seen: Deployment[] = [];
  for (const d of history) {
    if (seen.length === 0 && d.image !== currentImage) break;
    seen.push(d);
    if (to === undefined ? d.image !== currentImage : d.tag === to) return d;
  }
  if (seen.length === 0) {
    throw new ConfigError(`gridops rollback: no commit of ${IMAGE_TAGS_FILE} gives ${app}/${env} its current tag ${currentImage} (git log -- ${IMAGE_TAGS_FILE}): commit the file first`);
  }
  if (to === undefined) {
    throw new ConfigError(
      `gridops rollback: ${app}/${env} has no earlier tag in the history of ${IMAGE_TAGS_FILE} than ${currentImage} (deployed since ${seen[0].sha.slice(0, 7)}): give --to`,
    );
  }
  throw new ConfigError(`--to '${to}' was never deployed to ${app}/${env} (deployed: ${[...new Set(seen.map((d) => d.tag))].join(', ')})`);
}

/** `gridops rollback`: the GitOps rollback, a commit that puts an earlier tag back. */
export const rollbackCommand: CommandModule<object, RollbackArgs> = {
  command: 'rollback',
  describe: `Put back an environment's previous image tag (from the git history of ${IMAGE_TAGS_FILE}) and re-synthesize dist/`,
  builder: (y) =>
    y
      .option('app', { type: 'string', describe: 'Application name', requiresArg: true })
      .option('env', { type: 'string', describe: 'Environment name', requiresArg: true })
      .option('to', { type: 'string', describe: 'Tag to roll back to, one deployed to the environment before', defaultDescription: 'the tag before the current one', requiresArg: true })
      .example('$0 rollback --app gridos --env prod', 'put back the release prod ran before the current one')
      .example('$0 rollback --app gridos --env prod --to v2.0.3', 'go back to an older release')
      .epilogue(EXIT_CODES_HELP),
  handler: (args) => {
    const [appName, envName] = (['app', 'env'] as const).map((flag) => flagValue(args, flag, true)!);
    const to = flagValue(args, 'to', false);
    const app = applicationFlag(platform, appName);
    const env = environmentFlag(app, envName);
    if (to !== undefined) checkTag(app, env, to, '--to');
    // Under the lock from the check of the file to its write: a concurrent set-image cannot slip in between.
    withLock(PROJECT_ROOT, () => {
      checkClean();
      const current = ImageTags.load(path.join(PROJECT_ROOT, IMAGE_TAGS_FILE)).pinned(app.name, env.name);
      if (current === undefined) throw new ConfigError(`gridops rollback: ${app.name}/${env.name} has no tag in ${IMAGE_TAGS_FILE} to roll back from`);
      if (to === current.tag) throw new ConfigError(`--to '${to}' is already the tag of ${app.name}/${env.name} in ${IMAGE_TAGS_FILE}: nothing to roll back`);
      const target = rollbackTarget(deployments(versions(), app.name, env.name), app.name, env.name, current, to);
      // the image that ran, by the digest it was pinned by then; one deployed before the policy required a digest has none
      if (target.digest === undefined && env.tagPolicy.requiresDigest) {
        throw new ConfigError(
          `gridops rollback: ${target.tag} was deployed to ${app.name}/${env.name} by commit ${target.sha.slice(0, 7)} without a digest, which its tag policy now requires: ` +
            `gridops set-image --app ${app.name} --env ${env.name} --tag ${target.tag} --digest sha256:<64 hex> (the digest the registry serves for it)`,
        );
      }
      applyTag(app.name, env.name, { tag: target.tag, digest: target.digest });
      console.log(`${target.image} was last deployed to ${app.name}/${env.name} by commit ${target.sha.slice(0, 7)} (${target.date})`);
      // `git add` first: the re-synthesis may write files dist/ did not have yet
      // the tags, or, when a tag pushed again is rolled back to its earlier image, the tags with their digests' first 12 hex
      const label = (p: PinnedTag) => (current.tag === target.tag && p.digest ? `${p.tag}@${p.digest.slice(0, 'sha256:'.length + 12)}` : p.tag);
      console.log(`commit with: git add -- ${IMAGE_TAGS_FILE} dist && git commit -m "rollback(${app.name}-${env.name}): ${label(current)} → ${label(target)}" -- ${IMAGE_TAGS_FILE} dist`);
    });
  },
};
