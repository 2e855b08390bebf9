import { TagPolicy } from '../src/model/tag-policy';

describe('TagPolicy', () => {
  test.each<[string, TagPolicy, boolean, string, string]>([
    ['gitSha', TagPolicy.gitSha('dev-'), false, "TagPolicy.gitSha('dev-')", 'dev-0000000'],
    ['gitSha with another prefix', TagPolicy.gitSha('build-'), false, "TagPolicy.gitSha('build-')", 'build-0000000'],
    ['semver', TagPolicy.semver(), true, 'TagPolicy.semver()', 'v0.1.0'],
  ])('%s: what the scaffolder writes, and an example the policy allows', (_name, policy, releases, source, example) => {
    expect([policy.releases, policy.source, policy.example]).toEqual([releases, source, example]);
    expect(policy.allows(policy.example)).toBe(true);
  });

  test('the rule in words, and what it refuses', () => {
    expect(TagPolicy.semver().allows('v2.1')).toBe(false);
    expect(TagPolicy.gitSha('dev-').allows('dev-ABC1234')).toBe(false);
    expect(TagPolicy.gitSha('dev-').rule).toBe("'dev-' followed by a git commit SHA of 7 to 40 lowercase hex digits (e.g. dev-abc1234)");
  });
});
