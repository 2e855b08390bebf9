import * as fs from 'fs';
import * as path from 'path';
import { gridos } from './fixtures/config/apps/gridos';
import { ConfigError } from '../src/model/errors';
import { IMAGE_TAGS_FILE, ImageTags } from '../src/model/image-tags';
import { TagPolicy } from '../src/model/tag-policy';
import { synthesize } from '../src/synthesize';
import { deriveOverlay } from '../src/tree/overlay';
import { parseImage } from '../src/validation/rules/hardening';
import { TAGS_TEXT, tags, withEnv } from './support/fixtures';
import { kustomizeBuild, writeTreeToTemp } from './support/kustomize';
import { yamlValue } from './support/yaml';

/*
 * Images pinned by digest (issue 18, part 3): `env: <tag>@sha256:<64 hex>` in src/config/image-tags.yaml, a tag policy
 * that requires it, the overlay's `images:` entry with `digest`, and what the real kubectl kustomize (v5.6.0) renders
 * from it. On the fixture platform and literal values, never the shipped configuration.
 */

const D = 'sha256:2f05d02d6ed971c69f5450104b3a6d95ca63c5ab1dcb968fad1dbf9a4b375cdb';
const D2 = `sha256:${'0123456789abcdef'.repeat(4)}`;

describe('ImageTags: a tag and its digest, one line per environment', () => {
  const TEXT = ['# the tags', 'web:', '  dev: dev-abc1234', `  prod: v2.1.0@${D}  # released 2026-05-04`, 'api:', '  prod: v1.0.0', ''].join('\n');

  test('an entry is the tag alone, or tag@digest: get() is the tag, pinned() both, entries() every pair', () => {
    const t = ImageTags.parse(TEXT);
    expect([t.get('web', 'prod'), t.pinned('web', 'prod'), t.pinned('web', 'dev'), t.pinned('web', 'test')]).toEqual(['v2.1.0', { tag: 'v2.1.0', digest: D }, { tag: 'dev-abc1234' }, undefined]);
    expect(t.entries()).toEqual([
      { app: 'web', env: 'dev', tag: 'dev-abc1234' },
      { app: 'web', env: 'prod', tag: 'v2.1.0', digest: D },
      { app: 'api', env: 'prod', tag: 'v1.0.0' },
    ]);
  });

  test('round trip: setting a tag and digest edits that one line in place, comments and order kept; the text reads back as set', () => {
    // GIVEN
    const t = ImageTags.parse(TEXT);
    // WHEN a pinned release replaces one, a plain one gets a digest, and a new environment is added with one
    t.set('web', 'prod', 'v2.2.0', D2);
    t.set('api', 'prod', 'v1.0.1', D);
    t.set('api', 'dev', 'dev-1234567');
    // THEN
    expect(t.toString()).toBe(['# the tags', 'web:', '  dev: dev-abc1234', `  prod: v2.2.0@${D2}  # released 2026-05-04`, 'api:', `  prod: v1.0.1@${D}`, '  dev: dev-1234567', ''].join('\n'));
    const again = ImageTags.parse(t.toString());
    expect([again.pinned('web', 'prod'), again.pinned('api', 'prod'), again.pinned('api', 'dev')]).toEqual([{ tag: 'v2.2.0', digest: D2 }, { tag: 'v1.0.1', digest: D }, { tag: 'dev-1234567' }]);
    expect(yamlValue(t.toString())).toEqual({ web: { dev: 'dev-abc1234', prod: `v2.2.0@${D2}` }, api: { prod: `v1.0.1@${D}`, dev: 'dev-1234567' } });
  });

  test('a tag set without a digest drops the digest the entry had: it pinned the old tag', () => {
    const t = ImageTags.parse(TEXT);
    t.set('web', 'prod', 'v2.2.0');
    expect(t.pinned('web', 'prod')).toEqual({ tag: 'v2.2.0' });
    expect(t.toString()).toContain('  prod: v2.2.0  # released 2026-05-04\n');
  });

  test.each([
    [`web:\n  prod: v2.1.0@sha256:abc\n`, `${IMAGE_TAGS_FILE}: web.prod digest "sha256:abc" is not an image digest: sha256: followed by 64 lowercase hex digits`],
    [`web:\n  prod: v2.1.0@${D.toUpperCase()}\n`, `${IMAGE_TAGS_FILE}: web.prod digest "${D.toUpperCase()}" is not an image digest: sha256: followed by 64 lowercase hex digits`],
    [`web:\n  prod: v2.1.0@md5:${'a'.repeat(32)}\n`, `${IMAGE_TAGS_FILE}: web.prod digest "md5:${'a'.repeat(32)}" is not an image digest: sha256: followed by 64 lowercase hex digits`],
    [`web:\n  prod: "@${D}"\n`, `${IMAGE_TAGS_FILE}: web.prod "@${D}" has a digest but no tag: write <tag>@<digest>`],
  ])('a malformed entry is refused with one line naming app, env and value: %j', (text, message) => {
    expect(() => ImageTags.parse(text)).toThrow(new ConfigError(message));
  });
});

describe('TagPolicy({ requireDigest: true })', () => {
  test.each<[string, TagPolicy, boolean, string, string, string | undefined]>([
    ['semver', TagPolicy.semver(), false, 'TagPolicy.semver()', 'vMAJOR.MINOR.PATCH', undefined],
    ['semver, digest required', TagPolicy.semver({ requireDigest: true }), true, 'TagPolicy.semver({ requireDigest: true })', 'vMAJOR.MINOR.PATCH@sha256', `sha256:${'0'.repeat(64)}`],
    ['gitSha, digest required', TagPolicy.gitSha('dev-', { requireDigest: true }), true, "TagPolicy.gitSha('dev-', { requireDigest: true })", 'dev-<7-40 lowercase hex>@sha256', `sha256:${'0'.repeat(64)}`],
    ['gitSha, explicitly not required', TagPolicy.gitSha('dev-', { requireDigest: false }), false, "TagPolicy.gitSha('dev-')", 'dev-<7-40 lowercase hex>', undefined],
  ])('%s: whether it requires one, what the scaffolder writes, the summary, the placeholder digest', (_what, policy, requires, source, summary, example) => {
    expect([policy.requiresDigest, policy.source, policy.summary, policy.exampleDigest]).toEqual([requires, source, summary, example]);
    // the tag rule itself is unchanged
    expect(policy.allows(policy.example)).toBe(true);
  });
});

describe('deriveOverlay: an image whose tag and digest differ from the base becomes one images: entry with both', () => {
  const rollout = (image: string) => ({ apiVersion: 'argoproj.io/v1alpha1', kind: 'Rollout', metadata: { name: 'web', namespace: 'web' }, spec: { template: { spec: { containers: [{ name: 'web', image }] } } } });

  test.each([
    ['tag and digest', `acr.io/web:v1.2.3@${D}`, [{ name: 'acr.io/web', newTag: 'v1.2.3', digest: D }]],
    ['the tag alone', 'acr.io/web:v1.2.3', [{ name: 'acr.io/web', newTag: 'v1.2.3' }]],
  ])('%s', (_what, image, images) => {
    const o = deriveOverlay([rollout('acr.io/web')], [rollout(image)]);
    expect([o.images, o.patches]).toEqual([images, []]);
  });
});

describe('synth: a digest reaches the rendered Rollout through kubectl kustomize (fixture platform, prod requiring a digest)', () => {
  const platform = withEnv('prod', (e) => ({ ...e, tagPolicy: TagPolicy.semver({ requireDigest: true }) }));
  const pinnedText = TAGS_TEXT.replace('  prod: v2.1.0\n', `  prod: v2.1.0@${D}\n`);
  const result = synthesize(platform, tags(pinnedText));
  const dir = writeTreeToTemp(result.tree);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const overlay = (env: string) => path.join(dir, 'dist/applications', gridos.name, 'overlays', env);
  const kustomization = (env: string) => yamlValue(result.tree.get(`dist/applications/${gridos.name}/overlays/${env}/kustomization.yaml`)!);

  test('the fixture tags file gives prod its tag alone (the change made here is the test\'s own)', () => {
    expect(tags().pinned(gridos.name, 'prod')).toEqual({ tag: 'v2.1.0' });
  });

  test("prod's overlay: images: [{ name, newTag, digest }]; dev's the tag alone", () => {
    expect(kustomization('prod').images).toEqual([{ name: gridos.image, newTag: 'v2.1.0', digest: D }]);
    expect(kustomization('dev').images).toEqual([{ name: gridos.image, newTag: 'dev-abc1234' }]);
  });

  test('kubectl kustomize renders repo:tag@digest in prod (the digest decides what kubelet pulls), repo:tag in dev', () => {
    const image = (env: string) => kustomizeBuild(overlay(env)).find((o) => o.kind === 'Rollout').spec.template.spec.containers[0].image;
    expect(image('prod')).toBe(`${gridos.image}:v2.1.0@${D}`);
    expect(image('dev')).toBe(`${gridos.image}:dev-abc1234`);
    // and that is what the model intends (the equality of every object is test/kustomize.test.ts's, on every overlay)
    const intended: any = result.intended.get(`${gridos.name}/prod`)!.find((o) => o.kind === 'Rollout');
    expect(intended.spec.template.spec.containers[0].image).toBe(`${gridos.image}:v2.1.0@${D}`);
  });

  test('hardening/image-tag reads repo:tag@sha256 as pinned by both', () => {
    expect(parseImage(`${gridos.image}:v2.1.0@${D}`)).toEqual({ repository: gridos.image, tag: 'v2.1.0', digest: D });
  });

  test('the dist/README shows the tag and the digest', () => {
    const readme = result.tree.get('dist/README.md')!;
    expect(readme).toContain(`| prod | \`aks-gridos-prod\` | \`gridos\` | \`v2.1.0\` | \`${D}\` |`);
    expect(readme).toContain(`| dev | \`aks-gridos-dev\` | \`gridos\` | \`dev-abc1234\` | none |`);
    expect(readme).toContain(`- **What**: \`${gridos.image}:v2.1.0@${D}\` (vMAJOR.MINOR.PATCH@sha256; kubelet pulls it by digest);`);
  });

  test('a prod tag without a digest, once the policy requires one, is refused: one line naming app, env, field and value', () => {
    expect(() => synthesize(platform, tags())).toThrow(
      new ConfigError(
        `gridos/prod: image tag "v2.1.0" in ${IMAGE_TAGS_FILE} has no digest, which the prod tag policy requires: gridops set-image --app gridos --env prod --tag v2.1.0 --digest sha256:<64 hex> (the digest the registry serves for v2.1.0)`,
      ),
    );
  });
});
