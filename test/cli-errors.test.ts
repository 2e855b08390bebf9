import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkTag } from '../src/cli/apply-tag';
import { describeError, reportError } from '../src/cli/report-error';
import { platform } from './fixtures/config/platform';
import { CheckError, ConfigError, SetupError, ValidationError } from '../src/model/errors';
import { EnvironmentConfig } from '../src/model/application';
import { TempRepo } from './support/repo';

const ROOT = path.resolve(__dirname, '..');

/** What reportError prints (each console.error call's text) and returns. */
function report(err: unknown, env: NodeJS.ProcessEnv = {}): { code: number; printed: string[] } {
  const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    const code = reportError(err, env);
    return { code, printed: spy.mock.calls.map((c) => String(c[0])) };
  } finally {
    spy.mockRestore();
  }
}

/** The TypeError a configuration value of the wrong type causes: a string where a TagPolicy is expected. */
function wrongTypeError(): Error {
  const gridos = platform.applications[0];
  const env = { ...gridos.environments[0], tagPolicy: 'semver' } as unknown as EnvironmentConfig;
  try {
    checkTag(gridos, env, 'v1.0.0', '--tag');
  } catch (e) {
    return e as Error;
  }
  throw new Error('checkTag accepted a string tag policy');
}

describe('reportError: one line, the exit code of the README table', () => {
  test.each<[string, unknown, number, string]>([
    ['a configuration error', new ConfigError("--app 'x' is not a configured application"), 2, "error: --app 'x' is not a configured application"],
    ['a checkout that cannot do it', new SetupError('cannot write dist/: dist/ is not writable (EACCES); nothing was changed'), 2, 'error: cannot write dist/: dist/ is not writable (EACCES); nothing was changed'],
    ['a failed check', new CheckError('--strict: canary traffic shares beyond tolerance:\n  - gridos/dev: …'), 1, 'error: --strict: canary traffic shares beyond tolerance:\n  - gridos/dev: …'],
    ['validation findings', new ValidationError(['dist/x.yaml: Rollout x: spec: rule/id: wrong']), 1, 'error: validation failed with 1 finding(s):\n  - dist/x.yaml: Rollout x: spec: rule/id: wrong'],
    // the launcher's two bundles hold two copies of each class: the name decides
    ['a ConfigError of the other bundle', Object.assign(new Error('bad flag'), { name: 'ConfigError' }), 2, 'error: bad flag'],
    [
      'a package that is not installed',
      Object.assign(new Error("Cannot find module 'yargs'\nRequire stack:\n- /repo/bin/gridops.js"), { code: 'MODULE_NOT_FOUND' }),
      2,
      "error: node_modules is missing or incomplete (Cannot find module 'yargs'): run npm ci",
    ],
    ['a failed system call', Object.assign(new Error("ENOSPC: no space left on device, write '/repo/.gridops-staging-1/dist/a.yaml'"), { code: 'ENOSPC', syscall: 'write' }), 2, "error: ENOSPC: no space left on device, write '/repo/.gridops-staging-1/dist/a.yaml'"],
    ['a bug', new RangeError('Invalid array length\n    more'), 2, 'error: internal error: Invalid array length (GRIDOPS_DEBUG=1 for the stack)'],
    ['something thrown that is not an Error', 'a string', 2, 'error: internal error: a string (GRIDOPS_DEBUG=1 for the stack)'],
  ])('%s', (_name, err, code, message) => {
    // GIVEN the error WHEN reported THEN one error line (a list below it for several problems), no stack
    expect(report(err)).toEqual({ code, printed: [message] });
  });

  test('a configuration value of the wrong type (tagPolicy: "semver") is an internal error on one line, not a TypeError stack', () => {
    // GIVEN the TypeError a string tag policy causes
    const err = wrongTypeError();
    expect(err).toBeInstanceOf(TypeError);
    // WHEN reported THEN
    expect(report(err)).toEqual({ code: 2, printed: ['error: internal error: env.tagPolicy.allows is not a function (GRIDOPS_DEBUG=1 for the stack)'] });
    // and with GRIDOPS_DEBUG=1 the stack follows the line
    const debug = report(err, { GRIDOPS_DEBUG: '1' });
    expect(debug.code).toBe(2);
    expect(debug.printed).toEqual(['error: internal error: env.tagPolicy.allows is not a function', err.stack]);
  });

  test('describeError is what reportError prints', () => {
    expect(describeError(new ConfigError('x'))).toEqual({ message: 'error: x', code: 2 });
  });
});

describe('the launcher (bin/gridops.js): failures before and outside the CLI are one line, exit 2', () => {
  let bare: string;
  beforeAll(() => {
    // GIVEN a checkout that never ran npm ci: the launcher and the sources, no node_modules
    bare = fs.mkdtempSync(path.join(os.tmpdir(), 'gridops-bare-'));
    for (const entry of ['bin', 'src', 'charts', 'package.json']) fs.cpSync(path.join(ROOT, entry), path.join(bare, entry), { recursive: true });
  });
  afterAll(() => fs.rmSync(bare, { recursive: true, force: true }));
  const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    spawnSync(process.execPath, [path.join(bare, 'bin', 'gridops.js'), ...args], { cwd: bare, encoding: 'utf8', env: { ...process.env, GRIDOPS_ROOT: '', ...env } });

  test('before npm ci: told to run it, and no node_modules is made', () => {
    // WHEN
    const r = run(['synth']);
    // THEN
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', "error: node_modules is missing or incomplete (Cannot find module 'esbuild'): run npm ci\n"]);
    expect(fs.existsSync(path.join(bare, 'node_modules'))).toBe(false);
    // and --version still answers, from package.json
    const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
    const v = run(['--version']);
    expect([v.status, v.stdout]).toEqual([0, `${version}\n`]);
  });

  test('with an incomplete node_modules (esbuild missing): the same message', () => {
    fs.mkdirSync(path.join(bare, 'node_modules'), { recursive: true });
    try {
      const r = run(['list']);
      expect([r.status, r.stderr]).toEqual([2, "error: node_modules is missing or incomplete (Cannot find module 'esbuild'): run npm ci\n"]);
    } finally {
      fs.rmSync(path.join(bare, 'node_modules'), { recursive: true, force: true });
    }
  });
});

describe('an exception while the bundle loads', () => {
  const repo = new TempRepo();
  afterAll(() => repo.remove());

  test('is an internal error on one line; GRIDOPS_DEBUG=1 adds the stack', () => {
    // GIVEN a source that throws when it is loaded (a bug, not a configuration error)
    const src = 'src/config/clusters.ts';
    repo.write(src, `${repo.read(src)}\nthrow new Error('boom at load');\n`);
    // WHEN
    const r = repo.gridops(['list']);
    const debug = repo.gridops(['list'], { GRIDOPS_DEBUG: '1' });
    // THEN
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', 'error: internal error: boom at load (GRIDOPS_DEBUG=1 for the stack)\n']);
    expect(debug.status).toBe(2);
    expect(debug.stderr.split('\n').slice(0, 2)).toEqual(['error: internal error: boom at load', 'Error: boom at load']);
    expect(debug.stderr).toMatch(/\n {4}at /);
  });
});
