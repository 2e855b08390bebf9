import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { RenderedDiffReport } from '../src/preview/report';
import { TempRepo } from './support/repo';

const TAGS = 'src/config/image-tags.yaml';
const GRIDOS = 'src/config/apps/gridos.ts';
const PLATFORM = 'src/config/platform.ts';

/** The canary timeline line of the fixture's gridos/test once its second pause is 3m (and of qa, its copy). */
const TEST_TIMELINE =
  'canary timeline: 9m of pauses, promoted about 11m after the start (pods Ready after 30s); a bad canary is aborted at 3m30s (failed measurement 3, at 25%), all traffic on stable at 4m; with no data the rollout pauses at 1m30s (at 25%)';

/**
 * `gridops diff --base` in one repository copy (the fixture platform), whose history is built commit by commit and
 * diffed as it is made, so the head is the clean working tree: a tag bump (the base's code is the working tree's: both
 * synthesized in the CLI's process), then a pause change, a new environment and a removed application in one commit
 * (the base's code differs: it is exported and synthesized by its own launcher), then a base that does not synthesize.
 */
describe('gridops diff --base: the rendered, per-environment diff of two commits', () => {
  const repo = new TempRepo();
  afterAll(() => repo.remove());
  const commit = (message: string): string => {
    repo.git(['add', '-A', '.']);
    repo.git(['commit', '-q', '--no-verify', '-m', message]);
    return repo.git(['rev-parse', 'HEAD']).stdout.trim();
  };
  const synth = () => {
    const r = repo.gridops(['synth', '-q']);
    if (r.status !== 0) throw new Error(`synth failed: ${r.stderr}`);
  };
  const diff = (args: string[]) => repo.gridops(['diff', ...args]);
  const json = (args: string[]): RenderedDiffReport => {
    const r = diff([...args, '--format', 'json']);
    if (r.status !== 0 || r.stderr !== '') throw new Error(`diff failed (${r.status}): ${r.stderr}`);
    return JSON.parse(r.stdout) as RenderedDiffReport;
  };
  const status = () => repo.git(['status', '--porcelain', '--untracked-files=all']).stdout;
  /** What the diff would leave behind in the temporary directory (exports, render trees) or in git (worktrees). */
  const leftovers = () => [...fs.readdirSync(os.tmpdir()).filter((e) => /^gridops-(diff|render)-/.test(e)), ...repo.git(['worktree', 'list', '--porcelain']).stdout.split('\n').filter((l) => l.startsWith('worktree ')).slice(1)];
  const commits: Record<string, string> = {};

  beforeAll(() => {
    repo.write('.gitignore', 'node_modules\n');
    repo.git(['init', '-q']);
    commits.start = commit('the fixture platform');
  });

  test('a tag bump: the summary line, and the JSON shape', () => {
    // GIVEN a commit that bumps gridos/prod's tag
    repo.write(TAGS, repo.read(TAGS).replace('prod: v2.1.0', 'prod: v2.2.0'));
    synth();
    commits.bump = commit('bump gridos/prod');
    // WHEN
    const r = json(['--base', commits.start, '--head', 'HEAD']);
    // THEN
    expect(r).toEqual({
      base: { ref: commits.start, commit: commits.start, tree: 'synthesized' },
      head: { ref: 'HEAD', commit: commits.bump, tree: 'synthesized' },
      changed: true,
      renderedChanged: true,
      summary: ['gridos/prod: image gridosacr.azurecr.io/gridos v2.1.0 → v2.2.0'],
      warnings: [],
      sections: [
        {
          name: 'gridos/prod',
          kind: 'environment',
          app: 'gridos',
          env: 'prod',
          status: 'changed',
          objects: [
            {
              key: 'argoproj.io/v1alpha1/Rollout/gridos/gridos',
              apiVersion: 'argoproj.io/v1alpha1',
              kind: 'Rollout',
              namespace: 'gridos',
              name: 'gridos',
              status: 'changed',
              fields: [{ path: '/spec/template/spec/containers/0/image', change: 'changed', old: 'gridosacr.azurecr.io/gridos:v2.1.0', new: 'gridosacr.azurecr.io/gridos:v2.2.0' }],
            },
          ],
        },
      ],
      otherFiles: [{ path: 'dist/README.md', status: 'changed' }],
    });
    expect(status()).toBe('');
    expect(leftovers()).toEqual([]);
  });

  test('markdown comments into --out-dir; --exit-code; --env keeps one environment', () => {
    // GIVEN the tag bump WHEN the workflow's command line THEN one comment, marked as part 1, and exit 1 (--exit-code)
    const out = path.join(os.tmpdir(), `gridops-parts-${process.pid}`);
    const md = diff(['--base', commits.start, '--head', 'HEAD', '--format', 'markdown', '--out-dir', out, '--exit-code']);
    expect([md.status, md.stdout]).toEqual([1, '']);
    expect(md.stderr).toBe(`gridops diff: 1 comment part(s) in ${out}\n`);
    expect(fs.readdirSync(out)).toEqual(['part-1.md']);
    const part = fs.readFileSync(path.join(out, 'part-1.md'), 'utf8');
    fs.rmSync(out, { recursive: true });
    expect(part.split('\n').slice(0, 8)).toEqual([
      '<!-- gridops-diff part 1 -->',
      '### gridops diff: what each environment will run',
      `\`${commits.start}\` (${commits.start.slice(0, 7)}) → \`HEAD\` (${commits.bump.slice(0, 7)})`,
      '',
      '**Summary**',
      '',
      '- gridos/prod: image gridosacr.azurecr.io/gridos v2.1.0 → v2.2.0',
      '',
    ]);
    expect(part).toContain('<details><summary><b>gridos/prod</b>: 1 object changed</summary>');
    expect(part).toContain('    /spec/template/spec/containers/0/image: "gridosacr.azurecr.io/gridos:v2.1.0" → "gridosacr.azurecr.io/gridos:v2.2.0"');
    // WHEN only test is asked about THEN nothing changed there: exit 0 even with --exit-code
    const none = diff(['--base', commits.start, '--head', 'HEAD', '--env', 'test', '--exit-code']);
    expect([none.status, none.stdout, none.stderr]).toEqual([0, `no rendered changes: base ${commits.start} (${commits.start.slice(0, 7)}) → head HEAD (${commits.bump.slice(0, 7)})\n`, '']);
  });

  test('a pause change, a new environment and a removed application: summary lines, sections', () => {
    // GIVEN one commit that lengthens gridos/test's second pause, adds gridos/qa (a copy of test) and removes grid-telemetry
    const paused = repo.read(GRIDOS).replace("canary: { pauses: ['1m', '2m', '5m'], trafficShareTolerance: 10 },", "canary: { pauses: ['1m', '3m', '5m'], trafficShareTolerance: 10 },");
    const qa = paused
      .slice(paused.indexOf('const test: EnvironmentConfig = {'), paused.indexOf('const prod: EnvironmentConfig'))
      .replace('const test:', 'const qa:')
      .replace("name: 'test'", "name: 'qa'")
      .replace('gridos-test-deploys', 'gridos-qa-deploys')
      .replace('gridos-test.example.com', 'gridos-qa.example.com')
      .replace('kv-gridos-test', 'kv-gridos-qa')
      .replace("namespace: 'gridos'", "namespace: 'gridos-qa'");
    repo.write(GRIDOS, paused.replace('const prod: EnvironmentConfig', `${qa}const prod: EnvironmentConfig`).replace('environments: [dev, test, prod]', 'environments: [dev, test, qa, prod]'));
    repo.write(PLATFORM, repo.read(PLATFORM).replace('applications: [gridos, gridTelemetry],', 'applications: [gridos],').replace("import { gridTelemetry } from './apps/grid-telemetry';\n", ''));
    repo.write(TAGS, repo.read(TAGS).replace('  prod: v2.2.0', '  qa: dev-abc1234\n  prod: v2.2.0').replace(/grid-telemetry:\n( {2}.*\n)*/, ''));
    synth();
    commits.change = commit('pause, qa, no telemetry');
    // WHEN (--head omitted: the working tree, clean)
    const r = json(['--base', commits.bump]);
    // THEN
    expect(r.base).toEqual({ ref: commits.bump, commit: commits.bump, tree: 'synthesized' });
    expect(r.head).toEqual({ ref: null, commit: null, tree: 'synthesized' });
    expect(r.summary).toEqual([
      'grid-telemetry: application removed (environments dev, prod): its ApplicationSet grid-telemetry waits for a confirmed prune (Prune=confirm), the workloads stay until then; once pruned, its Applications are deleted and their workloads stay (preserveResourcesOnDeletion)',
      'gridos: project gridos role developer policy added: p, proj:gridos:developer, applications, get, gridos/gridos-qa, allow',
      'gridos: project gridos role developer policy added: p, proj:gridos:developer, applications, sync, gridos/gridos-qa, allow',
      'gridos: project gridos role sre policy added: p, proj:gridos:sre, applications, get, gridos/gridos-qa, allow',
      'gridos: project gridos role sre policy added: p, proj:gridos:sre, applications, sync, gridos/gridos-qa, allow',
      'gridos: project gridos role ci policy added: p, proj:gridos:ci, applications, get, gridos/gridos-qa, allow',
      'gridos: project gridos destination added: namespace gridos-qa on https://aks-gridos-test.hcp.eastus.azmk8s.io:443',
      'gridos: project gridos cluster resource whitelist added: core/Namespace gridos-qa',
      'gridos/qa: new environment (17 objects)',
      'gridos/qa: image gridosacr.azurecr.io/gridos:dev-abc1234',
      `gridos/qa: ${TEST_TIMELINE}`,
      'gridos/qa: sync policy automated +prune +selfHeal',
      'gridos/test: canary step 4 (steps[3]): pause 2m → pause 3m',
      `gridos/test: ${TEST_TIMELINE}`,
    ]);
    expect(r.sections.map((s) => [s.name, s.kind, s.status, s.objects.length])).toEqual([
      ['grid-telemetry', 'application', 'removed', 2],
      ['grid-telemetry/dev', 'environment', 'removed', 16],
      ['grid-telemetry/prod', 'environment', 'removed', 16],
      ['gridos', 'application', 'changed', 1],
      ['gridos/qa', 'environment', 'added', 17],
      ['gridos/test', 'environment', 'changed', 1],
    ]);
    // an ApplicationSet's Applications are rendered into their environments
    expect(r.sections[1].objects.find((o) => o.kind === 'Application')).toMatchObject({ name: 'grid-telemetry-dev', status: 'removed', generatedBy: 'ApplicationSet grid-telemetry' });
    expect(r.sections[5].objects[0].fields).toEqual([{ path: '/spec/strategy/canary/steps/3/pause/duration', change: 'changed', old: '2m', new: '3m' }]);
    expect(status()).toBe('');
    expect(leftovers()).toEqual([]);
  });

  test('bad input: an unknown ref, an unknown --app, flags without --base: one line, exit 2', () => {
    const cases: [string[], string][] = [
      [['--base', 'origin/main'], "error: --base 'origin/main' names no commit in this repository (fetch it first: git fetch origin main)"],
      [['--base', 'HEAD', '--head', 'nope'], "error: --head 'nope' names no commit in this repository"],
      [['--base', 'HEAD', '--app', 'billing'], "error: --app 'billing' is not an application at base or head (known: gridos)"],
      [['--head', 'HEAD'], 'error: --head needs --base <ref> (the rendered diff of two commits)'],
      [['--format', 'markdown'], 'error: --format markdown needs --base <ref> (without it, diff prints synth\'s unified diff, or --json)'],
    ];
    for (const [args, message] of cases) {
      const r = diff(args);
      expect([args, r.status, r.stdout, r.stderr]).toEqual([args, 2, '', `${message}\n`]);
    }
  });

  test('a base that does not synthesize: a warning, and its committed dist/ is diffed', () => {
    // GIVEN a commit whose configuration does not compile (its dist/ left as it was), then one that repairs it
    const good = repo.read(GRIDOS);
    repo.write(GRIDOS, `${good}\nconst broken: number = ;\n`);
    commits.broken = commit('broken');
    repo.write(GRIDOS, good);
    commit('repaired');
    // WHEN
    const r = diff(['--base', commits.broken, '--format', 'json']);
    // THEN
    expect(r.status).toBe(0);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^warning: base ${commits.broken} \\(${commits.broken.slice(0, 7)}\\) does not synthesize \\(.+\\): diffing its committed dist/$`));
    const report = JSON.parse(r.stdout) as RenderedDiffReport;
    expect([report.base.tree, report.changed, report.renderedChanged, report.summary, report.warnings]).toEqual(['committed', false, false, [], [lines[0].replace(/^warning: /, '')]]);
    expect(leftovers()).toEqual([]);
  });

  test('a base of several configuration errors: the warning quotes the first, and how many more', () => {
    // GIVEN a commit whose image tags name an unknown application twice (its code the working tree's: synthesized in
    // the CLI's process), and one that also has a comment more (exported: synthesized by its own launcher)
    const tags = repo.read(TAGS);
    const good = repo.read(GRIDOS);
    repo.write(TAGS, `${tags}billing:\n  dev: v1\n  prod: v1\n`);
    const here = commit('tags of an unknown application');
    repo.write(GRIDOS, `${good}\n// exported\n`);
    const exported = commit('and a comment');
    repo.write(TAGS, tags);
    repo.write(GRIDOS, good);
    commit('repaired again');
    const problem = `2 configuration errors: ${TAGS}: billing.dev: no application "billing" is configured (+1 more)`;
    for (const c of [here, exported]) {
      // WHEN
      const r = diff(['--base', c, '--format', 'json']);
      // THEN
      expect([r.status, r.stderr]).toEqual([0, `warning: base ${c} (${c.slice(0, 7)}) does not synthesize (${problem}): diffing its committed dist/\n`]);
    }
    expect(status()).toBe('');
    expect(leftovers()).toEqual([]);
  });

  test('a dirty working tree: uncommitted changes count, a stale dist/ is said, nothing is written', () => {
    // GIVEN a tag edited without synth
    repo.write(TAGS, repo.read(TAGS).replace('dev: dev-abc1234', 'dev: dev-1234567'));
    const before = status();
    // WHEN
    const r = diff(['--base', 'HEAD']);
    // THEN
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("warning: the working tree's dist/ is stale (2 files differ from what its sources synthesize): diffing what they synthesize (run npm run synth)\n");
    expect(r.stdout.split('\n').slice(0, 4)).toEqual([`gridops diff: base HEAD (${repo.git(['rev-parse', '--short=7', 'HEAD']).stdout.trim()}) → the working tree`, '', 'Summary:', '  gridos/dev: image gridosacr.azurecr.io/gridos dev-abc1234 → dev-1234567']);
    expect(status()).toBe(before);
    expect(before).toBe(` M ${TAGS}\n`);
    expect(leftovers()).toEqual([]);
  });
});
