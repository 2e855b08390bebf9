import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import { checkSetImage } from '../src/cli/cmds/set-image';
import { ConfigError } from '../src/errors';
import { TempRepo } from './support/repo';

const TAGS = 'src/config/image-tags.yaml';
const DEV_KUSTOMIZATION = 'dist/applications/gridos/overlays/dev/kustomization.yaml';

describe('gridops synth', () => {
  const repo = new TempRepo();
  afterAll(() => repo.remove());

  test('on an unchanged tree: exit 0, nothing written, the traffic table printed', () => {
    const before = repo.snapshotDist();
    const r = repo.gridops(['synth']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/gridos\/prod +AGIC, replica-weighted +10 +10%→10% \(1\+9\)/);
    expect(r.stdout).toMatch(/grid-telemetry\/prod +not exposed, replica-weighted +8 +25%→25% \(2\+6\)/);
    expect(r.stdout).toMatch(/dist\/: \d+ files, unchanged/);
    expect(repo.snapshotDist()).toEqual(before);
  });

  test('--check passes on a current tree and catches a hand-edited, a missing and a stray file', () => {
    expect(repo.gridops(['synth', '--check']).status).toBe(0);
    const edited = 'dist/applications/gridos/base/rollout.yaml';
    const missing = 'dist/applications/gridos/base/service.yaml';
    const stray = 'dist/applications/gridos/base/notes.yaml';
    repo.write(edited, repo.read(edited).replace('setWeight: 25', 'setWeight: 30'));
    fs.rmSync(path.join(repo.dir, missing));
    repo.write(stray, 'hello: world\n');
    const r = repo.gridops(['synth', '--check']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("dist/ is stale: 3 file(s) differ from what synth produces. Run 'npm run synth' and commit.");
    expect(r.stderr).toContain(`changed: ${edited}`);
    expect(r.stderr).toContain(`missing: ${missing}`);
    expect(r.stderr).toContain(`stray:   ${stray}`);
    expect(r.stderr).toContain('-        - setWeight: 30\n+        - setWeight: 25');
    // THEN synth repairs all three
    const fix = repo.gridops(['synth']);
    expect(fix.stdout).toContain('1 written, 1 changed, 1 removed');
    expect(repo.gridops(['synth', '--check']).status).toBe(0);
  });

  test('a configuration error exits 2 with the message and leaves dist/ untouched', () => {
    const before = repo.snapshotDist();
    const src = 'src/config/apps/gridos.ts';
    const original = repo.read(src);
    repo.write(src, original.replace("pauses: ['30s', '1m', '1m']", "pauses: ['30s', '1 minute', '1m']"));
    const r = repo.gridops(['synth']);
    repo.write(src, original);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('error: gridos/dev: canary.pauses[1] "1 minute" is not a duration: use a whole number with s, m or h (30s, 1m, 2h)');
    expect(repo.snapshotDist()).toEqual(before);
  });

  test('--strict fails on a far-off traffic share; without it synth warns', () => {
    const src = 'src/config/apps/gridos.ts';
    const original = repo.read(src);
    repo.write(src, original.replace("trafficShareTolerance: 25 }", 'trafficShareTolerance: 5 }'));
    const strict = repo.gridops(['synth', '--strict', '--check']);
    const lax = repo.gridops(['synth', '--check']);
    repo.write(src, original);
    expect(strict.status).toBe(2);
    expect(strict.stderr).toContain('error: --strict: canary traffic shares beyond tolerance:\n  - gridos/dev: with 2 pods the replica-weighted canary sends 33.3% instead of 10%, 33.3% instead of 25% (tolerance 5 points)');
    expect(lax.stderr).toContain('warning: gridos/dev: with 2 pods the replica-weighted canary sends 33.3% instead of 10%');
  });

  test('usage errors exit 2', () => {
    const r = repo.gridops(['synthesize']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('error: Unknown argument: synthesize');
  });

  test('--help shows examples and the exit codes', () => {
    for (const cmd of ['synth', 'diff', 'set-image', 'list', 'import']) {
      const r = repo.gridops([cmd, '--help']);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('Examples:');
      expect(r.stdout.replace(/\s+/g, ' ')).toContain('Exit codes: 0 success, 1 check or validation failed, 2 usage or configuration error.');
    }
  });
});

describe('gridops set-image', () => {
  const repo = new TempRepo();
  afterAll(() => repo.remove());

  test('updates the tag data file and re-synthesizes, leaving a current dist/', () => {
    const r = repo.gridops(['set-image', '--app', 'gridos', '--env', 'dev', '--tag', 'dev-3f2a9c1']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('gridos/dev: dev-abc1234 → dev-3f2a9c1');
    expect(YAML.parse(repo.read(TAGS)).gridos).toEqual({ dev: 'dev-3f2a9c1', test: 'dev-abc1234', prod: 'v2.1.0' });
    expect(repo.read(TAGS)).toContain('# Image tag per application and environment'); // comments survive
    expect(YAML.parse(repo.read(DEV_KUSTOMIZATION)).images).toEqual([{ name: 'gridosacr.azurecr.io/gridos', newTag: 'dev-3f2a9c1' }]);
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
    [['--app', 'gridos', '--env', 'dev', '--tag'], 'error: Not enough arguments following: tag'],
    [['--app', 'gridos', '--env', 'prod', '--tag', 'v2.1'], "error: --tag 'v2.1' breaks the prod tag policy of gridos: vMAJOR.MINOR.PATCH, a released semantic version (e.g. v2.1.0)"],
    [['--app', 'gridos', '--env', 'dev', '--tag', 'dev-abc1234;rm -rf /'], "error: --tag 'dev-abc1234;rm -rf /' is not an image tag: only letters, digits, '_', '.' and '-' are allowed (at most 128, not starting with '.' or '-')"],
    [['--app', 'gridos', '--env', 'dev', '--tag', 'dev-abc1234', '--tag', 'dev-abc1235'], "error: --tag is given 2 times ('dev-abc1234', 'dev-abc1235'); give it once"],
  ])('gridops set-image %j exits 2: %s', (args, message) => {
    const tagsBefore = repo.read(TAGS);
    const distBefore = repo.snapshotDist();
    const r = repo.gridops(['set-image', ...args]);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(message);
    expect(repo.read(TAGS)).toBe(tagsBefore);
    expect(repo.snapshotDist()).toEqual(distBefore);
  });
});

describe('gridops list and diff', () => {
  const repo = new TempRepo();
  afterAll(() => repo.remove());

  test('list --json: applications, environments, tags, destinations, sync policy', () => {
    const rows = JSON.parse(repo.gridops(['list', '--json']).stdout);
    expect(rows.map((r: any) => [r.app, r.env, r.tag, r.cluster, r.namespace, r.sync])).toEqual([
      ['gridos', 'dev', 'dev-abc1234', 'aks-gridos-dev', 'gridos', 'automated +prune +selfHeal'],
      ['gridos', 'test', 'dev-abc1234', 'aks-gridos-test', 'gridos', 'automated +prune +selfHeal'],
      ['gridos', 'prod', 'v2.1.0', 'aks-gridos-prod', 'gridos', 'automated'],
      ['grid-telemetry', 'dev', 'dev-9f3c2e1', 'aks-gridos-dev', 'grid-telemetry', 'automated +prune +selfHeal'],
      ['grid-telemetry', 'prod', 'v1.4.0', 'aks-gridos-prod', 'grid-telemetry', 'automated'],
    ]);
    expect(repo.gridops(['list']).stdout.split('\n')[0]).toMatch(/^APP\s+ENV\s+TAG\s+CLUSTER/);
  });

  test('diff shows what synth would change, filtered by app and env, and writes nothing', () => {
    expect(repo.gridops(['diff']).stdout.trim()).toBe('no changes');
    repo.write(TAGS, repo.read(TAGS).replace('prod: v2.1.0', 'prod: v2.2.0').replace('dev: dev-abc1234', 'dev: dev-1234567'));
    const prod = repo.gridops(['diff', '--app', 'gridos', '--env', 'prod']);
    expect(prod.status).toBe(0);
    expect(prod.stdout).toContain('+++ b/dist/applications/gridos/overlays/prod/kustomization.yaml');
    expect(prod.stdout).toContain('-    newTag: v2.1.0\n+    newTag: v2.2.0');
    expect(prod.stdout).not.toContain('overlays/dev');
    expect(repo.gridops(['diff']).stdout).toContain('overlays/dev/kustomization.yaml');
    expect(repo.gridops(['diff', '--color']).stdout).toContain('\x1b[32m+    newTag: v2.2.0\x1b[0m');
    expect(repo.gridops(['synth', '--check']).status).toBe(1);
    expect(repo.gridops(['diff', '--env', 'qa']).stderr.trim()).toBe("error: --env 'qa' is not an environment of any application");
  });
});

describe('atomic and concurrent synth', () => {
  const repo = new TempRepo();
  afterAll(() => repo.remove());
  const changeSettings = () => {
    const src = 'src/config/apps/gridos.ts';
    repo.write(src, repo.read(src).replace("SCADA_POLL_INTERVAL_MS: '2000'", "SCADA_POLL_INTERVAL_MS: '1500'"));
  };

  test('a synth killed with the new tree staged leaves dist/ exactly as it was; the next synth cleans up', async () => {
    const before = repo.snapshotDist();
    changeSettings();
    const child = spawn(process.execPath, [path.join(repo.dir, 'bin/gridops.js'), 'synth'], {
      cwd: repo.dir,
      env: { ...process.env, GRIDOPS_TEST_PAUSE_BEFORE_SWAP_MS: '20000' },
      stdio: 'ignore',
    });
    const staged = () => fs.readdirSync(repo.dir).some((f) => f.startsWith('.gridops-staging-'));
    const deadline = Date.now() + 15000;
    while (!staged() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    expect(staged()).toBe(true);
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));
    expect(repo.snapshotDist()).toEqual(before);
    const r = repo.gridops(['synth']);
    expect(r.status).toBe(0);
    expect(fs.readdirSync(repo.dir).filter((f) => f.startsWith('.gridops-'))).toEqual([]);
    expect(repo.read('dist/applications/gridos/base/config.yaml')).toContain('SCADA_POLL_INTERVAL_MS: "1500"');
  });

  test('two synths at once both succeed and leave a complete, current dist/', async () => {
    const src = 'src/config/apps/gridos.ts';
    repo.write(src, repo.read(src).replace("LOG_LEVEL: 'info'", "LOG_LEVEL: 'warn'"));
    const run = () =>
      new Promise<number>((resolve) => {
        const c = spawn(process.execPath, [path.join(repo.dir, 'bin/gridops.js'), 'synth', '-q'], {
          cwd: repo.dir,
          env: { ...process.env, GRIDOPS_TEST_PAUSE_BEFORE_SWAP_MS: '300' },
          stdio: 'ignore',
        });
        c.on('exit', (code) => resolve(code ?? -1));
      });
    expect(await Promise.all([run(), run()])).toEqual([0, 0]);
    expect(repo.gridops(['synth', '--check']).status).toBe(0);
    expect(repo.read('dist/applications/gridos/base/config.yaml')).toContain('LOG_LEVEL: warn');
  });
});

describe('synth outcome cache (bin/gridops.js)', () => {
  const repo = new TempRepo();
  afterAll(() => repo.remove());
  const cacheFiles = () => {
    const dir = path.join(__dirname, '..', 'node_modules', '.cache', 'gridops', require('crypto').createHash('sha1').update(repo.dir).digest('hex').slice(0, 12));
    return fs.readdirSync(dir).filter((f) => f.startsWith('synth-'));
  };

  test('a successful synth stores its outcome; identical inputs reuse it with identical output', () => {
    const cold = repo.gridops(['synth'], { GRIDOPS_NO_CACHE: '1' });
    const first = repo.gridops(['synth']);
    expect(cacheFiles()).toHaveLength(1);
    const warm = repo.gridops(['synth']);
    expect([warm.status, warm.stdout, warm.stderr]).toEqual([0, first.stdout, first.stderr]);
    expect(warm.stdout).toBe(cold.stdout);
    // THEN the warm run really came from the stored outcome: a marker planted in it shows up
    const dir = path.join(__dirname, '..', 'node_modules', '.cache', 'gridops', require('crypto').createHash('sha1').update(repo.dir).digest('hex').slice(0, 12));
    const file = path.join(dir, cacheFiles()[0]);
    const stored = JSON.parse(fs.readFileSync(file, 'utf8'));
    fs.writeFileSync(file, JSON.stringify({ ...stored, table: 'MARKER' }));
    expect(repo.gridops(['synth']).stdout).toContain('MARKER');
    expect(repo.gridops(['synth'], { GRIDOPS_NO_CACHE: '1' }).stdout).not.toContain('MARKER');
  });

  test('an image tag edit, a source edit and a hand edit of dist/ are all seen with a warm cache', () => {
    repo.gridops(['synth']);
    repo.write(TAGS, repo.read(TAGS).replace('prod: v2.1.0', 'prod: v2.1.1'));
    expect(repo.gridops(['synth', '--check']).status).toBe(1);
    repo.gridops(['synth']);
    expect(repo.read('dist/applications/gridos/overlays/prod/kustomization.yaml')).toContain('newTag: v2.1.1');
    const src = 'src/config/apps/gridos.ts';
    repo.write(src, repo.read(src).replace("GRID_REGION: 'eastus'", "GRID_REGION: 'westus'"));
    expect(repo.gridops(['synth', '--check']).status).toBe(1);
    repo.gridops(['synth']);
    expect(repo.read('dist/applications/gridos/base/config.yaml')).toContain('GRID_REGION: westus');
    const file = 'dist/applications/gridos/base/rollout.yaml';
    repo.write(file, repo.read(file) + '# hand edit\n');
    const check = repo.gridops(['synth', '--check']);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain(`changed: ${file}`);
    expect(cacheFiles()).toHaveLength(1); // only the latest outcome is kept
  });
});
