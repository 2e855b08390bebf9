import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runBench, Timed } from '../src/cli/cmds/bench';
import { diffReport } from '../src/cli/cmds/diff';
import { printValidation, validateDistReport, ValidateReport } from '../src/cli/cmds/validate';
import { colorEnabled, colorizeDiff } from '../src/cli/color';
import { cli, packageVersion } from '../src/cli/main';
import { platform } from './fixtures/config/platform';
import { EXIT_CODES_HELP, ValidationError } from '../src/model/errors';
import { synthesize } from '../src/synthesize';
import { RULES } from '../src/validation';
import { tags } from './support/fixtures';
import { writeTreeToTemp } from './support/kustomize';

// The command modules read the shipped src/config/platform (the user's data, changed every day): here they read the
// fixture platform the expectations are written against (test/fixtures/config/).
jest.mock('../src/config/platform', () => jest.requireActual('./fixtures/config/platform'));

/** What the full parser prints for `args` (help, version), in-process. */
function parse(args: string[]): Promise<string> {
  return new Promise((resolve, reject) =>
    cli(args)
      .exitProcess(false)
      .parse(args, (err: Error | undefined, _argv: unknown, output: string) => (err ? reject(err) : resolve(output))),
  );
}

/** Captures console.log and console.error while `f` runs. */
function capture<T>(f: () => T): { result: T; out: string[]; err: string[] } {
  const out = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  const err = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    const result = f();
    return { result, out: out.mock.calls.map((c) => String(c[0])), err: err.mock.calls.map((c) => String(c[0])) };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('-h, --help and --version', () => {
  const COMMANDS = ['import', 'synth', 'diff', 'set-image', 'rollback', 'validate', 'list', 'sync-window', 'bench', 'new', 'new app', 'new env', 'new workflow', 'migrate flagger'];

  test.each(COMMANDS)('gridops %s -h is --help: examples and the exit codes', async (command) => {
    // GIVEN / WHEN
    const words = command.split(' ');
    const short = await parse([...words, '-h']);
    const long = await parse([...words, '--help']);
    // THEN
    expect(short).toBe(long);
    expect(short).toContain(`gridops ${command}`);
    expect(short).toMatch(/-h, --help +Show help/);
    if (command !== 'new') expect(short).toContain('Examples:');
    expect(short.replace(/\s+/g, ' ')).toContain(EXIT_CODES_HELP);
  });

  test("--version prints package.json's version", async () => {
    // GIVEN package.json WHEN --version THEN its version, and -h lists the flag
    const version = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')).version;
    expect(packageVersion()).toBe(version);
    expect(await parse(['--version'])).toBe(version);
    expect(await parse(['-h'])).toMatch(/--version +Show version number/);
  });
});

describe('colour: NO_COLOR and FORCE_COLOR over the terminal test', () => {
  test.each<[NodeJS.ProcessEnv, boolean, boolean]>([
    [{}, true, true],
    [{}, false, false],
    [{ TERM: 'dumb' }, true, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ NO_COLOR: '' }, true, false],
    [{ FORCE_COLOR: '0' }, true, false],
    [{ FORCE_COLOR: 'false' }, true, false],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '' }, false, true],
    [{ FORCE_COLOR: '3' }, false, true],
    [{ FORCE_COLOR: '1', NO_COLOR: '1' }, false, true], // as node decides: FORCE_COLOR first
  ])('%j, terminal %s → colour %s', (env, isTTY, expected) => {
    // GIVEN the environment and whether the stream is a terminal WHEN decided THEN
    expect(colorEnabled({ isTTY }, env)).toBe(expected);
  });

  test('a coloured diff: headers bold, + green, - red, hunks cyan', () => {
    // GIVEN a unified diff WHEN coloured THEN
    expect(colorizeDiff('--- a/x\n+++ b/x\n@@ -1 +1 @@\n-old\n+new\n same')).toBe(
      '\x1b[1m--- a/x\x1b[0m\n\x1b[1m+++ b/x\x1b[0m\n\x1b[36m@@ -1 +1 @@\x1b[0m\n\x1b[31m-old\x1b[0m\n\x1b[32m+new\x1b[0m\n same',
    );
  });
});

describe('gridops diff --json: { changed, missing, stray, files: [{ path, status, diff }] }', () => {
  const { tree, owners } = synthesize(platform, tags());
  let dir: string;
  beforeAll(() => {
    // GIVEN dist/ on disk with a changed, a missing and a stray file
    dir = writeTreeToTemp(tree);
    const rollout = path.join(dir, 'dist/applications/gridos/base/rollout.yaml');
    fs.writeFileSync(rollout, fs.readFileSync(rollout, 'utf8').replace('setWeight: 25', 'setWeight: 30'));
    fs.rmSync(path.join(dir, 'dist/applications/gridos/base/service.yaml'));
    fs.writeFileSync(path.join(dir, 'dist/applications/gridos/base/notes.yaml'), 'hello: world\n');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('every difference, in path order, each with its unified diff', () => {
    // WHEN
    const r = diffReport(dir, tree, owners);
    // THEN
    expect({ changed: r.changed, missing: r.missing, stray: r.stray }).toEqual({
      changed: ['dist/applications/gridos/base/rollout.yaml'],
      missing: ['dist/applications/gridos/base/service.yaml'],
      stray: ['dist/applications/gridos/base/notes.yaml'],
    });
    expect(r.files.map((f) => [f.path, f.status])).toEqual([
      ['dist/applications/gridos/base/notes.yaml', 'stray'],
      ['dist/applications/gridos/base/rollout.yaml', 'changed'],
      ['dist/applications/gridos/base/service.yaml', 'missing'],
    ]);
    const [stray, changed, missing] = r.files;
    expect(changed.diff).toContain('--- a/dist/applications/gridos/base/rollout.yaml\n+++ b/dist/applications/gridos/base/rollout.yaml\n');
    expect(changed.diff).toContain('-        - setWeight: 30\n+        - setWeight: 25');
    expect(missing.diff).toContain('--- /dev/null\n+++ b/dist/applications/gridos/base/service.yaml\n');
    expect(stray.diff).toContain('--- a/dist/applications/gridos/base/notes.yaml\n+++ /dev/null\n');
    expect(stray.diff).toContain('-hello: world');
    // the selection applies: grid-telemetry shares none of these files
    expect(diffReport(dir, tree, owners, 'grid-telemetry')).toEqual({ changed: [], missing: [], stray: [], files: [] });
  });
});

describe('gridops validate --json and its progress', () => {
  const { tree } = synthesize(platform, tags());
  const ENVIRONMENTS = platform.applications.flatMap((a) => a.environments).length;
  let dir: string;
  let validation: { result: ValidateReport; err: string[] };
  beforeAll(() => {
    // GIVEN dist/ with a hand edit that breaks a rule in the three environments GridOS's base reaches
    dir = writeTreeToTemp(tree);
    const rollout = path.join(dir, 'dist/applications/gridos/base/rollout.yaml');
    fs.writeFileSync(rollout, fs.readFileSync(rollout, 'utf8').replace('setWeight: 25', 'setWeight: 5'));
    // WHEN validated as gridops validate does it, its progress on stderr
    validation = capture(() => validateDistReport(dir, { progress: (line) => console.error(line) }));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('a progress line per environment, as each overlay is built', () => {
    // THEN (the overlays in path order)
    const overlays = [...tree.keys()].sort().flatMap((f) => /^dist\/applications\/([^/]+)\/overlays\/([^/]+)\/kustomization\.yaml$/.exec(f)?.slice(1, 3).join('/') ?? []);
    expect(overlays).toHaveLength(ENVIRONMENTS);
    expect(validation.err).toEqual(overlays.map((name, i) => `validate: built ${name} (${i + 1}/${overlays.length})`));
  });

  test('--json: { valid, files, environments, rules, findings: [{ file, object, path, rule, message }] }, exit 1', () => {
    // WHEN
    const { result, out } = capture(() => printValidation({ json: true, quiet: false }, validation.result));
    // THEN
    expect(result).toBe(1);
    const report = JSON.parse(out.join('\n'));
    expect(Object.keys(report)).toEqual(['valid', 'files', 'environments', 'rules', 'findings']);
    expect(report).toMatchObject({ valid: false, files: tree.size, environments: ENVIRONMENTS, rules: RULES.length });
    expect(report.findings).toHaveLength(3);
    expect(report.findings[0]).toEqual({
      file: 'dist/applications/gridos/base/rollout.yaml (as built by overlays/dev)',
      object: 'Rollout gridos',
      path: 'spec.strategy.canary.steps[2].setWeight',
      rule: 'rollouts/set-weight-increasing',
      message: '5 must be greater than the previous setWeight 10',
    });
  });

  test('without --json: the findings as a ValidationError (exit 1); valid JSON exits 0', () => {
    // GIVEN the same findings WHEN printed as text THEN the ValidationError the CLI reports with exit 1
    expect(() => printValidation({ json: false, quiet: true }, validation.result)).toThrow(
      new ValidationError(validation.result.findings.map((f) => `${f.file}: ${f.object}: ${f.path}: ${f.rule}: ${f.message}`)),
    );
    const valid = { ...validation.result, valid: true, findings: [] };
    expect(capture(() => printValidation({ json: true, quiet: false }, valid)).result).toBe(0);
  });
});

describe('gridops bench: a progress line per step as it happens', () => {
  test('floors, synths, checks, kustomize and fleets, each run announced before it runs', () => {
    // GIVEN commands that take no time, and a record of what ran between the progress lines
    const events: string[] = [];
    const timed: Timed = (cmd, args, env) => {
      events.push(`ran ${path.basename(cmd)}${env?.GRIDOPS_ROOT ? ' (fleet)' : ''}`);
      const fleet = args.includes('bench-fleet');
      return { ms: 1, stdout: fleet ? `${JSON.stringify({ apps: 1, envs: 3, objects: 48, files: 50, maxRssKb: 1024 })}\n` : '' };
    };
    // WHEN
    const table: string[] = [];
    runBench({ sizes: [1], runs: 2 }, { timed, progress: (l) => events.push(l), kubectl: undefined, print: (l) => table.push(l) });
    // THEN
    const node = path.basename(process.execPath);
    const round = (i: number) => [
      `bench: floor run ${i}/2`, `ran ${node}`,
      `bench: npm run floor run ${i}/2`, 'ran npm',
      `bench: npm run synth (outcome cache) run ${i}/2`, 'ran npm',
      `bench: npm run synth (full synthesis) run ${i}/2`, 'ran npm',
      `bench: npm run synth (after a source edit) run ${i}/2`, 'ran npm',
    ];
    expect(events).toEqual([
      ...round(1),
      ...round(2),
      'bench: synth --check (full synthesis) run 1/2', `ran ${node}`,
      'bench: synth --check (full synthesis) run 2/2', `ran ${node}`,
      'bench: synth --check (outcome cache) run 1/2', `ran ${node}`,
      'bench: synth --check (outcome cache) run 2/2', `ran ${node}`,
      'bench: fleet of 1 application(s) run 1/2', `ran ${node} (fleet)`,
      'bench: fleet of 1 application(s) run 2/2', `ran ${node} (fleet)`,
    ]);
    expect(table).toContain('|    1 |    3 |      48 |    50 |       1 |           1 |      0.02 |                  – |    1.00 |');
    // the fleets' directories are gone
    expect(fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('gridops-bench-'))).toEqual([]);
  });

  test.each<[{ sizes: number[]; runs: number }, string]>([
    [{ sizes: [1], runs: 0 }, '--runs must be a whole number of at least 1, got 0'],
    [{ sizes: [NaN], runs: 1 }, '--sizes must be whole numbers of applications, at least 1 each, got NaN'],
  ])('%j is refused: %s', (args, message) => {
    // GIVEN commands that must not run WHEN / THEN refused before any runs
    const timed: Timed = () => {
      throw new Error('nothing may run');
    };
    expect(() => runBench(args, { timed, progress: () => undefined, kubectl: undefined, print: () => undefined })).toThrow(message);
  });
});
