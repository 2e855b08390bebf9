import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { yamlValue } from './support/yaml';
import { platform } from './fixtures/config/platform';
import { ImageTags } from '../src/model/image-tags';
import { overlayDir } from '../src/tree/layout';
import { TempRepo } from './support/repo';

const TAGS = 'src/config/image-tags.yaml';

describe('gridops rollback', () => {
  const repo = new TempRepo();
  afterAll(() => repo.remove());
  // git stops at the copy: a repository around the temporary directory never answers for it
  const gitEnv = { GIT_CEILING_DIRECTORIES: path.dirname(repo.dir) };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo.dir, encoding: 'utf8', env: { ...process.env, ...gitEnv } }).trim();
  const commit = (message: string) => git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-m', message);
  const gridops = (args: string[]) => repo.gridops(['rollback', ...args], gitEnv);

  // The pairs come from the copy's platform and tags file, so a tag bump or a new application cannot break the test:
  // the first application and its first environment with a tag and a semver or git-SHA policy, and any other tagged pair.
  const shipped = repo.read(TAGS);
  const pairs = platform.applications.flatMap((a) => a.environments.map((e) => ({ app: a.name, env: e.name, policy: e.tagPolicy })));
  const tagged = pairs.filter((p) => ImageTags.parse(shipped).get(p.app, p.env) !== undefined);
  const main = tagged.find((p) => p.app === platform.applications[0].name && /^TagPolicy\.(semver|gitSha)\(/.test(p.policy.source))!;
  const other = tagged.find((p) => p !== main)!;
  const { app, env, policy } = main;
  const pair = `${app}/${env}`;
  // Tags the policy allows, other than the shipped one: its example with the last digit changed (v0.1.1, dev-0000001)
  const X0 = ImageTags.parse(shipped).get(app, env)!;
  const [A, B, NEVER] = [1, 2, 3, 4].map((i) => policy.example.replace(/0$/, String(i))).filter((t) => t !== X0);
  const withTag = (tag: string) => {
    const tags = ImageTags.parse(shipped);
    tags.set(app, env, tag);
    return tags.toString();
  };
  const commits: Record<string, { sha: string; date: string }> = {};
  let head = '';

  beforeAll(() => {
    // GIVEN a git repository whose tags file went X0 → A → (a version that does not parse) → B → A
    git('init', '-q');
    git('add', 'src', 'dist');
    commit('shipped');
    const history: [string, string][] = [['A', withTag(A)], ['broken', `${app}: [\n`], ['B', withTag(B)], ['A again', withTag(A)]];
    for (const [name, text] of history) {
      repo.write(TAGS, text);
      git('add', TAGS);
      commit(name);
    }
    for (const line of git('log', '--format=%H %cI %s').split('\n')) {
      const [sha, date, ...subject] = line.split(' ');
      commits[subject.join(' ')] = { sha, date };
    }
    head = commits['A again'].sha;
  });
  beforeEach(() => {
    git('reset', '-q', '--hard', head);
    git('clean', '-q', '-fd', '--', 'dist');
  });

  test('the picks are valid for the policy', () => {
    expect([A, B, NEVER].every((t) => policy.allows(t))).toBe(true);
    expect(new Set([X0, A, B, NEVER]).size).toBe(4);
    expect(other).toBeDefined();
  });

  test('without --to: A → B → A rolls back to B (not to the older A), updates the file and dist/, prints the commit', () => {
    // WHEN
    const r = gridops(['--app', app, '--env', env]);
    // THEN
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^${pair}: ${A} → ${B}; dist/: [1-9]\\d* changed, \\d+ written, \\d+ removed$`));
    expect(lines.slice(1)).toEqual([
      `${B} was last deployed to ${pair} by commit ${commits.B.sha.slice(0, 7)} (${commits.B.date})`,
      `commit with: git add -- ${TAGS} dist && git commit -m "rollback(${app}-${env}): ${A} → ${B}" -- ${TAGS} dist`,
    ]);
    expect(repo.read(TAGS)).toBe(withTag(B)); // only that tag changed, comments and all else kept
    const images = yamlValue(repo.read(`${overlayDir(app, env)}/kustomization.yaml`)).images;
    expect(images).toEqual([{ name: platform.applications[0].image, newTag: B }]);
    expect(repo.gridops(['synth', '--check']).status).toBe(0);
    // AND the printed command commits the whole rollback
    const printed = lines[2].replace(/^commit with: /, '');
    const who = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' };
    execFileSync('sh', ['-c', printed], { cwd: repo.dir, env: { ...process.env, ...gitEnv, ...who }, stdio: 'pipe' });
    expect(git('log', '-1', '--format=%s')).toBe(`rollback(${app}-${env}): ${A} → ${B}`);
    expect(git('status', '--porcelain', '--', TAGS, 'dist')).toBe('');
  });

  test('--to an older deployed tag rolls back past the previous one and the version that does not parse', () => {
    // WHEN
    const r = gridops(['--app', app, '--env', env, '--to', X0]);
    // THEN
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trimEnd().split('\n').slice(1)).toEqual([
      `${X0} was last deployed to ${pair} by commit ${commits.shipped.sha.slice(0, 7)} (${commits.shipped.date})`,
      `commit with: git add -- ${TAGS} dist && git commit -m "rollback(${app}-${env}): ${A} → ${X0}" -- ${TAGS} dist`,
    ]);
    expect(repo.read(TAGS)).toBe(withTag(X0));
    expect(yamlValue(repo.read(`${overlayDir(app, env)}/kustomization.yaml`)).images[0].newTag).toBe(X0);
  });

  // Every refusal: exit 2, the exact message, the tags file and dist/ untouched
  const BAD = 'latest';
  test.each<[string, () => string[], () => string, (() => () => void)?]>([
    ['--to a tag never deployed', () => ['--app', app, '--env', env, '--to', NEVER], () => `--to '${NEVER}' was never deployed to ${pair} (deployed: ${A}, ${B}, ${X0})`],
    ['--to a tag that breaks the policy', () => ['--app', app, '--env', env, '--to', BAD], () => `--to '${BAD}' breaks the ${env} tag policy of ${app}: ${policy.rule}`],
    ['--to the current tag', () => ['--app', app, '--env', env, '--to', A], () => `--to '${A}' is already the tag of ${pair} in ${TAGS}: nothing to roll back`],
    [
      'no earlier tag',
      () => ['--app', other.app, '--env', other.env],
      () =>
        `gridops rollback: ${other.app}/${other.env} has no earlier tag in the history of ${TAGS} than ${ImageTags.parse(shipped).get(other.app, other.env)} ` +
        `(deployed since ${commits.shipped.sha.slice(0, 7)}): give --to`,
    ],
    ['an unknown --app', () => ['--app', 'no-such-app', '--env', env], () => `--app 'no-such-app' is not a configured application (known: ${platform.applications.map((a) => a.name).join(', ')})`],
    [
      'an unknown --env',
      () => ['--app', app, '--env', 'no-such-env'],
      () => `--env 'no-such-env' is not an environment of ${app} (known: ${platform.applications[0].environments.map((e) => e.name).join(', ')})`,
    ],
    [
      'a tags file with uncommitted changes',
      () => ['--app', app, '--env', env],
      () => `gridops rollback: ${TAGS} has uncommitted changes: commit or revert them first (git diff -- ${TAGS}), so the rollback is a commit of its own`,
      () => {
        repo.write(TAGS, withTag(NEVER));
        return () => undefined;
      },
    ],
    [
      'a checkout that is not a git repository',
      () => ['--app', app, '--env', env],
      () => `gridops rollback: ${repo.dir} is not a git repository: the rollback reads the history of ${TAGS}; run it in a clone of the GitOps repository`,
      () => {
        fs.renameSync(path.join(repo.dir, '.git'), path.join(repo.dir, '.git-away'));
        return () => fs.renameSync(path.join(repo.dir, '.git-away'), path.join(repo.dir, '.git'));
      },
    ],
  ])('%s: exit 2, nothing written', (_, args, message, arrange) => {
    // GIVEN
    const undo = arrange?.();
    const tagsBefore = repo.read(TAGS);
    const distBefore = repo.snapshotDist();
    try {
      // WHEN
      const r = gridops(args());
      // THEN
      expect(r.stderr).toBe(`error: ${message()}\n`);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(repo.read(TAGS)).toBe(tagsBefore);
      expect(repo.snapshotDist()).toEqual(distBefore);
    } finally {
      undo?.();
    }
  });
});
