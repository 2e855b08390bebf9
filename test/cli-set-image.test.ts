import { yamlValue } from './support/yaml';
import { checkSetImage } from '../src/cli/cmds/set-image';
import { ConfigError } from '../src/model/errors';
import { TempRepo } from './support/repo';

// The command modules read the shipped src/config/platform (the user's data, changed every day): here they read the
// fixture platform the expectations are written against (test/fixtures/config/).
jest.mock('../src/config/platform', () => jest.requireActual('./fixtures/config/platform'));

const TAGS = 'src/config/image-tags.yaml';
const DEV_KUSTOMIZATION = 'dist/applications/gridos/overlays/dev/kustomization.yaml';

describe('gridops set-image', () => {
  const repo = new TempRepo();
  afterAll(() => repo.remove());

  test('updates the tag data file and re-synthesizes, leaving a current dist/', () => {
    const r = repo.gridops(['set-image', '--app', 'gridos', '--env', 'dev', '--tag', 'dev-3f2a9c1']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('gridos/dev: dev-abc1234 → dev-3f2a9c1');
    expect(yamlValue(repo.read(TAGS)).gridos).toEqual({ dev: 'dev-3f2a9c1', test: 'dev-abc1234', prod: 'v2.1.0' });
    expect(repo.read(TAGS)).toContain('# Image tag per application and environment'); // comments survive
    expect(yamlValue(repo.read(DEV_KUSTOMIZATION)).images).toEqual([{ name: 'gridosacr.azurecr.io/gridos', newTag: 'dev-3f2a9c1' }]);
    expect(repo.gridops(['synth', '--check']).status).toBe(0);
  });

  // Every refused input, with its exact message (checkSetImage runs before anything is read or written)
  test.each([
    [{ app: 'gridos', env: 'dev' }, '--tag is required'],
    [{ app: 'gridos', env: 'dev', tag: '' }, '--tag must not be empty'],
    [{ app: 'gridos', env: 'dev', tag: '   ' }, '--tag must not be empty'],
    [{ env: 'dev', tag: 'dev-abc1234' }, '--app is required'],
    [{ app: 'grid0s', env: 'dev', tag: 'dev-abc1234' }, "--app 'grid0s' is not a configured application (known: gridos, grid-telemetry)"],
    [{ app: 'gridos', env: 'staging', tag: 'dev-abc1234' }, "--env 'staging' is not an environment of gridos (known: dev, test, prod)"],
    [{ app: 'gridos', env: 'prod', tag: 'v2.1' }, "--tag 'v2.1' breaks the prod tag policy of gridos: vMAJOR.MINOR.PATCH, a released semantic version (e.g. v2.1.0)"],
    [{ app: 'gridos', env: 'prod', tag: 'v2.1.0-rc.1' }, "--tag 'v2.1.0-rc.1' breaks the prod tag policy of gridos: vMAJOR.MINOR.PATCH, a released semantic version (e.g. v2.1.0)"],
    [{ app: 'gridos', env: 'prod', tag: 'dev-abc1234' }, "--tag 'dev-abc1234' breaks the prod tag policy of gridos: vMAJOR.MINOR.PATCH, a released semantic version (e.g. v2.1.0)"],
    [{ app: 'gridos', env: 'dev', tag: 'dev-ABC1234' }, "--tag 'dev-ABC1234' breaks the dev tag policy of gridos: 'dev-' followed by a git commit SHA of 7 to 40 lowercase hex digits (e.g. dev-abc1234)"],
    [{ app: 'gridos', env: 'test', tag: 'dev-abc12' }, "--tag 'dev-abc12' breaks the test tag policy of gridos: 'dev-' followed by a git commit SHA of 7 to 40 lowercase hex digits (e.g. dev-abc1234)"],
    [{ app: 'gridos', env: 'dev', tag: 'dev-abc1234;rm -rf /' }, "--tag 'dev-abc1234;rm -rf /' is not an image tag: only letters, digits, '_', '.' and '-' are allowed (at most 128, not starting with '.' or '-')"],
    [{ app: 'gridos', env: 'dev', tag: '$(reboot)' }, "--tag '$(reboot)' is not an image tag: only letters, digits, '_', '.' and '-' are allowed (at most 128, not starting with '.' or '-')"],
    [{ app: 'gridos', env: 'dev', tag: ['dev-abc1234', 'dev-abc1235'] as unknown as string }, "--tag is given 2 times ('dev-abc1234', 'dev-abc1235'); give it once"],
  ])('%j is refused: %s', (args, message) => {
    expect(() => checkSetImage(args)).toThrow(new ConfigError(message));
  });

  // The same refusals through the real CLI: exit 2, the message, and no file touched
  test.each([
    [['--app', 'gridos', '--env', 'dev'], 'error: --tag is required'],
    [['--app', 'gridos', '--env', 'dev', '--tag'], 'error: Not enough arguments following: tag (gridops --help for usage)'],
    [['--app', 'gridos', '--env', 'prod', '--tag', 'v2.1'], "error: --tag 'v2.1' breaks the prod tag policy of gridos: vMAJOR.MINOR.PATCH, a released semantic version (e.g. v2.1.0)"],
    [['--app', 'gridos', '--env', 'dev', '--tag', 'dev-abc1234;rm -rf /'], "error: --tag 'dev-abc1234;rm -rf /' is not an image tag: only letters, digits, '_', '.' and '-' are allowed (at most 128, not starting with '.' or '-')"],
    [['--app', 'gridos', '--env', 'dev', '--tag', 'dev-abc1234', '--tag', 'dev-abc1235'], "error: --tag is given 2 times ('dev-abc1234', 'dev-abc1235'); give it once"],
  ])('gridops set-image %j exits 2: %s', (args, message) => {
    const tagsBefore = repo.read(TAGS);
    const distBefore = repo.snapshotDist();
    const r = repo.gridops(['set-image', ...args]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`${message}\n`); // one line
    expect(repo.read(TAGS)).toBe(tagsBefore);
    expect(repo.snapshotDist()).toEqual(distBefore);
  });
});
