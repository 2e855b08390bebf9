import * as path from 'path';
import { yamlValue } from './support/yaml';
import { kustomizeBuild } from './support/kustomize';
import { TempRepo } from './support/repo';

/*
 * Promotion by digest through the real CLI, in repository copies of the fixture platform: set-image --digest, its
 * refusals (exit 2, one line, nothing written), a policy that requires the digest, list, and rollback carrying the
 * digest of the entry it puts back.
 */

const TAGS = 'src/config/image-tags.yaml';
const APP_FILE = 'src/config/apps/gridos.ts';
const IMAGE = 'gridosacr.azurecr.io/gridos';
const PROD = 'dist/applications/gridos/overlays/prod';
const D1 = 'sha256:2f05d02d6ed971c69f5450104b3a6d95ca63c5ab1dcb968fad1dbf9a4b375cdb';
const D2 = `sha256:${'0123456789abcdef'.repeat(4)}`;
const D3 = `sha256:${'fedcba9876543210'.repeat(4)}`;

/** Runs a refused command: exit 2, its one line on stderr, the tags file and dist/ as they were. */
function expectRefused(repo: TempRepo, args: string[], message: string): void {
  const tagsBefore = repo.read(TAGS);
  const distBefore = repo.snapshotDist();
  const r = repo.gridops(args);
  expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 2, stderr: `error: ${message}\n` });
  expect(repo.read(TAGS)).toBe(tagsBefore);
  expect(repo.snapshotDist()).toEqual(distBefore);
}

describe('gridops set-image --digest (fixture platform: no policy requires a digest)', () => {
  const repo = new TempRepo();
  afterAll(() => repo.remove());

  test('writes tag@digest into the tags file and the overlay, which kubectl kustomize renders as repo:tag@digest', () => {
    // WHEN
    const r = repo.gridops(['set-image', '--app', 'gridos', '--env', 'prod', '--tag', 'v2.2.0', '--digest', D1]);
    // THEN
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(new RegExp(`^gridos/prod: v2\\.1\\.0 → v2\\.2\\.0@${D1}; dist/: [1-9]\\d* changed, 0 written, 0 removed\\n$`));
    expect(repo.read(TAGS)).toContain(`\ngridos:\n  dev: dev-abc1234\n  test: dev-abc1234\n  prod: v2.2.0@${D1}\n`);
    expect(yamlValue(repo.read(`${PROD}/kustomization.yaml`)).images).toEqual([{ name: IMAGE, newTag: 'v2.2.0', digest: D1 }]);
    const rollout = kustomizeBuild(path.join(repo.dir, PROD)).find((o) => o.kind === 'Rollout');
    expect(rollout.spec.template.spec.containers[0].image).toBe(`${IMAGE}:v2.2.0@${D1}`);
    expect(repo.gridops(['synth', '--check']).status).toBe(0);
  });

  test('list shows the tag and the digest (JSON and table)', () => {
    const rows = JSON.parse(repo.gridops(['list', '--json']).stdout);
    expect(rows.filter((x: any) => x.app === 'gridos').map((x: any) => [x.env, x.tag, x.digest])).toEqual([
      ['dev', 'dev-abc1234', null],
      ['test', 'dev-abc1234', null],
      ['prod', 'v2.2.0', D1],
    ]);
    const table = repo.gridops(['list']).stdout.split('\n');
    expect(table[0]).toMatch(/^APP\s+ENV\s+TAG\s+DIGEST\s+CLUSTER\s+NAMESPACE\s+REPLICAS\s+SYNC$/);
    expect(table.find((l) => /^gridos\s+prod\s/.test(l))).toMatch(new RegExp(`^gridos\\s+prod\\s+v2\\.2\\.0\\s+${D1}\\s+aks-gridos-prod\\s`));
    expect(table.find((l) => /^gridos\s+dev\s/.test(l))).toMatch(/^gridos\s+dev\s+dev-abc1234\s+-\s+aks-gridos-dev\s/);
  });

  test('a new tag without --digest drops the old digest (it pinned the old tag)', () => {
    const r = repo.gridops(['set-image', '--app', 'gridos', '--env', 'prod', '--tag', 'v2.3.0']);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(new RegExp(`^gridos/prod: v2\\.2\\.0@${D1} → v2\\.3\\.0; `));
    expect(repo.read(TAGS)).toContain('\n  prod: v2.3.0\n');
    expect(yamlValue(repo.read(`${PROD}/kustomization.yaml`)).images).toEqual([{ name: IMAGE, newTag: 'v2.3.0' }]);
  });

  test.each<[string, string[], string]>([
    ['a malformed digest', ['--app', 'gridos', '--env', 'prod', '--tag', 'v2.4.0', '--digest', 'sha256:abc'], "--digest 'sha256:abc' for gridos/prod is not an image digest: sha256: followed by 64 lowercase hex digits"],
    ['a digest in upper case', ['--app', 'gridos', '--env', 'prod', '--tag', 'v2.4.0', '--digest', D1.toUpperCase()], `--digest '${D1.toUpperCase()}' for gridos/prod is not an image digest: sha256: followed by 64 lowercase hex digits`],
    ['a digest without its algorithm', ['--app', 'gridos', '--env', 'dev', '--tag', 'dev-1234567', '--digest', D1.slice('sha256:'.length)], `--digest '${D1.slice('sha256:'.length)}' for gridos/dev is not an image digest: sha256: followed by 64 lowercase hex digits`],
    ['shell in the digest', ['--app', 'gridos', '--env', 'dev', '--tag', 'dev-1234567', '--digest', `${D1};reboot`], `--digest '${D1};reboot' for gridos/dev is not an image digest: sha256: followed by 64 lowercase hex digits`],
    ['an empty digest', ['--app', 'gridos', '--env', 'prod', '--tag', 'v2.4.0', '--digest', ''], '--digest for gridos/prod must not be empty: give the digest the registry serves for v2.4.0 (--digest sha256:<64 hex>), or leave --digest out to set the tag alone'],
    ['a blank digest where none is required', ['--app', 'gridos', '--env', 'dev', '--tag', 'dev-1234567', '--digest', ' '], '--digest for gridos/dev must not be empty: give the digest the registry serves for dev-1234567 (--digest sha256:<64 hex>), or leave --digest out to set the tag alone'],
    ['two digests', ['--app', 'gridos', '--env', 'prod', '--tag', 'v2.4.0', '--digest', D1, '--digest', D2], `--digest is given 2 times ('${D1}', '${D2}'); give it once`],
    ['a digest for an application that does not exist', ['--app', 'billing', '--env', 'prod', '--tag', 'v2.4.0', '--digest', D1], "--app 'billing' is not a configured application (known: gridos, grid-telemetry)"],
    ['a digest for an environment that does not exist', ['--app', 'grid-telemetry', '--env', 'test', '--tag', 'dev-1234567', '--digest', D1], "--env 'test' is not an environment of grid-telemetry (known: dev, prod)"],
  ])('%s: exit 2, one line, nothing written', (_what, args, message) => {
    expectRefused(repo, ['set-image', ...args], message);
  });
});

describe('a tag policy that requires a digest (the copy\'s prod: TagPolicy.semver({ requireDigest: true }))', () => {
  const repo = new TempRepo();
  afterAll(() => repo.remove());
  const git = (...args: string[]) => repo.git(args).stdout.trim();

  beforeAll(() => {
    // GIVEN the fixture GridOS whose prod requires a digest, its prod tag pinned, committed as the history's start
    const source = repo.read(APP_FILE);
    expect(source.split('tagPolicy: TagPolicy.semver(),')).toHaveLength(2);
    repo.write(APP_FILE, source.replace('tagPolicy: TagPolicy.semver(),', 'tagPolicy: TagPolicy.semver({ requireDigest: true }),'));
    repo.write(TAGS, repo.read(TAGS).replace('\n  prod: v2.1.0\n', `\n  prod: v2.1.0@${D1}\n`));
    const synth = repo.gridops(['synth', '-q']);
    expect([synth.status, synth.stderr]).toEqual([0, '']);
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'v2.1.0 pinned');
  });

  test('set-image without --digest is refused: exit 2, one line naming the application, environment and flag; nothing written', () => {
    expectRefused(
      repo,
      ['set-image', '--app', 'gridos', '--env', 'prod', '--tag', 'v2.2.0'],
      '--digest is required for gridos/prod: its tag policy (TagPolicy.semver({ requireDigest: true })) pins every tag by digest; give the digest the registry serves for v2.2.0 (--digest sha256:<64 hex>)',
    );
  });

  test('set-image with an empty --digest where one is required: the application and environment named, no way out without one', () => {
    expectRefused(
      repo,
      ['set-image', '--app', 'gridos', '--env', 'prod', '--tag', 'v2.2.0', '--digest', ''],
      '--digest for gridos/prod must not be empty: give the digest the registry serves for v2.2.0 (--digest sha256:<64 hex>)',
    );
  });

  test('synth refuses a prod tag without a digest (a hand edit of the tags file): exit 2, one line, dist/ untouched', () => {
    const pinned = repo.read(TAGS);
    const distBefore = repo.snapshotDist();
    repo.write(TAGS, pinned.replace(`prod: v2.1.0@${D1}`, 'prod: v2.1.0'));
    const r = repo.gridops(['synth']);
    expect({ status: r.status, stderr: r.stderr }).toEqual({
      status: 2,
      stderr: `error: gridos/prod: image tag "v2.1.0" in ${TAGS} has no digest, which the prod tag policy requires: gridops set-image --app gridos --env prod --tag v2.1.0 --digest sha256:<64 hex> (the digest the registry serves for v2.1.0)\n`,
    });
    expect(repo.snapshotDist()).toEqual(distBefore);
    repo.write(TAGS, pinned);
  });

  test('rollback puts back the previous tag with the digest it was deployed by', () => {
    // GIVEN v2.1.0@D1 → v2.2.0@D2, committed
    const set = repo.gridops(['set-image', '--app', 'gridos', '--env', 'prod', '--tag', 'v2.2.0', '--digest', D2]);
    expect([set.status, set.stderr]).toEqual([0, '']);
    git('add', '-A');
    git('commit', '-q', '-m', 'deploy(gridos-prod): v2.2.0');
    // WHEN
    const r = repo.gridops(['rollback', '--app', 'gridos', '--env', 'prod']);
    // THEN
    expect([r.status, r.stderr]).toEqual([0, '']);
    const first = git('log', '--format=%H %cI', '--reverse').split('\n')[0].split(' ');
    expect(r.stdout.trimEnd().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^gridos/prod: v2\\.2\\.0@${D2} → v2\\.1\\.0@${D1}; dist/: [1-9]\\d* changed, 0 written, 0 removed$`)),
      `v2.1.0@${D1} was last deployed to gridos/prod by commit ${first[0].slice(0, 7)} (${first[1]})`,
      `commit with: git add -- ${TAGS} dist && git commit -m "rollback(gridos-prod): v2.2.0 → v2.1.0" -- ${TAGS} dist`,
    ]);
    expect(repo.read(TAGS)).toContain(`\n  prod: v2.1.0@${D1}\n`);
    expect(yamlValue(repo.read(`${PROD}/kustomization.yaml`)).images).toEqual([{ name: IMAGE, newTag: 'v2.1.0', digest: D1 }]);
    git('checkout', '-q', '--', '.');
  });

  test('a tag pushed again: rollback goes back to the image the tag had before, by its digest', () => {
    // GIVEN v2.2.0@D2 → v2.2.0@D3 (the same tag, pushed again and deployed by its new digest), committed
    git('reset', '-q', '--hard');
    const set = repo.gridops(['set-image', '--app', 'gridos', '--env', 'prod', '--tag', 'v2.2.0', '--digest', D3]);
    expect([set.status, set.stderr]).toEqual([0, '']);
    git('add', '-A');
    git('commit', '-q', '-m', 'deploy(gridos-prod): v2.2.0 again');
    // WHEN
    const r = repo.gridops(['rollback', '--app', 'gridos', '--env', 'prod']);
    // THEN the earlier image of the same tag; the commit message tells the two apart by their digests
    expect([r.status, r.stderr]).toEqual([0, '']);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^gridos/prod: v2\\.2\\.0@${D3} → v2\\.2\\.0@${D2}; `));
    expect(lines[2]).toBe(`commit with: git add -- ${TAGS} dist && git commit -m "rollback(gridos-prod): v2.2.0@${D3.slice(0, 19)} → v2.2.0@${D2.slice(0, 19)}" -- ${TAGS} dist`);
    expect(repo.read(TAGS)).toContain(`\n  prod: v2.2.0@${D2}\n`);
    git('checkout', '-q', '--', '.');
  });

  test('rollback to a tag deployed without a digest, before the policy required one, is refused: exit 2, one line, nothing written', () => {
    // GIVEN a history whose oldest prod entry had no digest: v2.0.0 → (policy now requires) v2.2.0@D3 at HEAD
    const head = git('rev-parse', 'HEAD');
    const before = repo.read(TAGS);
    repo.write(TAGS, before.replace(`prod: v2.2.0@${D3}`, 'prod: v2.0.0'));
    git('commit', '-q', '--no-verify', '-m', 'v2.0.0, unpinned', '--', TAGS);
    repo.write(TAGS, before);
    git('commit', '-q', '--no-verify', '-m', 'v2.2.0 again', '--', TAGS);
    // WHEN / THEN
    const sha = git('log', '--format=%H', '-2').split('\n')[1];
    expectRefused(
      repo,
      ['rollback', '--app', 'gridos', '--env', 'prod', '--to', 'v2.0.0'],
      `gridops rollback: v2.0.0 was deployed to gridos/prod by commit ${sha.slice(0, 7)} without a digest, which its tag policy now requires: gridops set-image --app gridos --env prod --tag v2.0.0 --digest sha256:<64 hex> (the digest the registry serves for it)`,
    );
    git('reset', '-q', '--hard', head);
  });

  test('new env --from prod copies the tag with its digest; new app writes the placeholder digest beside the placeholder tag', () => {
    // WHEN
    const env = repo.gridops(['new', 'env', 'staging', '--from', 'prod', '--app', 'gridos', '--namespace', 'gridos-staging', '--host', 'gridos-staging.example.com', '--client-id', '11111111-1111-1111-1111-111111111109', '--key-vault', 'kv-gridos-staging']);
    expect([env.status, env.stderr]).toEqual([0, '']);
    const app = repo.gridops(['new', 'app', 'billing']);
    expect([app.status, app.stderr]).toEqual([0, '']);
    // THEN
    const tags = yamlValue(repo.read(TAGS));
    expect(tags.gridos.staging).toBe(tags.gridos.prod);
    expect(tags.gridos.prod).toMatch(/^v\d+\.\d+\.\d+@sha256:[0-9a-f]{64}$/);
    // new app takes the first application's environments, staging (derived from prod, so requiring a digest) included
    expect(tags.billing).toEqual({ dev: 'dev-0000000', test: 'dev-0000000', prod: `v0.1.0@sha256:${'0'.repeat(64)}`, staging: `v0.1.0@sha256:${'0'.repeat(64)}` });
    expect(app.stdout).toContain(`first image tags dev-0000000, dev-0000000, v0.1.0@sha256:${'0'.repeat(64)}`);
    expect(repo.gridops(['synth', '--check']).status).toBe(0);
  });
});
