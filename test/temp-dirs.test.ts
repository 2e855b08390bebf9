import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Testing } from 'cdk8s';
import { removeRunTmpdir, RUN_TMPDIR, SYSTEM_TMPDIR } from './support/run-tmpdir';

describe("the suite's temporary directories", () => {
  test("cdk8s's Testing.app() outdirs go to the run's directory, not the system's", () => {
    // GIVEN the run's temporary directory (test/support/global-setup.ts)
    const run = process.env[RUN_TMPDIR]!;
    expect(run).toBeDefined();
    expect(os.tmpdir()).toBe(run);
    expect(path.dirname(run)).toBe(process.env[SYSTEM_TMPDIR]);
    // WHEN a test makes an App
    const app = Testing.app();
    // THEN its outdir is in the run's directory, which the global teardown removes
    expect(path.dirname(app.outdir)).toBe(run);
    expect(path.basename(app.outdir)).toMatch(/^cdk8s\.outdir\./);
  });

  test('the teardown counts and removes what the suites leave: cdk8s outdirs and TempRepo copies', () => {
    // GIVEN a run directory with two cdk8s outdirs, a copy its suite did not remove, and a fixture
    const run = fs.mkdtempSync(path.join(os.tmpdir(), 'gridops-jest-'));
    for (const d of ['cdk8s.outdir.aaaaaa', 'cdk8s.outdir.bbbbbb', 'gridops-repo-cccccc/dist', 'gridops-writer-dddddd']) fs.mkdirSync(path.join(run, d), { recursive: true });
    // WHEN / THEN
    expect(removeRunTmpdir(run)).toEqual({ cdk8sOutdirs: 2, repos: ['gridops-repo-cccccc'], remains: false });
    expect(fs.existsSync(run)).toBe(false);
  });
});
