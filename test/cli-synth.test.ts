import * as fs from 'fs';
import * as path from 'path';
import { plainSynthFlags } from '../src/cli/synth-output';
import { byCodeUnits } from '../src/model/order';
import { TempRepo } from './support/repo';


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
    // WHEN checked with colour forced (as on a terminal)
    const r = repo.gridops(['synth', '--check'], { FORCE_COLOR: '1' });
    // THEN the list, and the diff coloured
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("dist/ is stale: 3 file(s) differ from what synth produces. Run 'npm run synth' and commit.");
    expect(r.stderr).toContain(`changed: ${edited}`);
    expect(r.stderr).toContain(`missing: ${missing}`);
    expect(r.stderr).toContain(`stray:   ${stray}`);
    expect(r.stderr).toContain('\x1b[31m-        - setWeight: 30\x1b[0m\n\x1b[32m+        - setWeight: 25\x1b[0m');
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
    expect(r.stderr.trim()).toBe('error: gridos/dev: overrides.canary.pauses[1] "1 minute" is not a duration: use a whole number with s, m or h (30s, 1m, 2h)');
    expect(repo.snapshotDist()).toEqual(before);
  });

  test('--strict fails on a far-off traffic share; without it synth warns', () => {
    const src = 'src/config/apps/gridos.ts';
    const original = repo.read(src);
    repo.write(src, original.replace("trafficShareTolerance: 25 }", 'trafficShareTolerance: 5 }'));
    const strict = repo.gridops(['synth', '--strict', '--check']);
    const lax = repo.gridops(['synth', '--check']);
    repo.write(src, original);
    // THEN --strict is a check failing: exit 1
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('error: --strict: canary traffic shares beyond tolerance:\n  - gridos/dev: with 2 pods the replica-weighted canary sends 33.3% instead of 10%, 33.3% instead of 25% (tolerance 5 points)');
    expect(lax.stderr).toContain('warning: gridos/dev: with 2 pods the replica-weighted canary sends 33.3% instead of 10%');
  });

  test('usage errors: one line, exit 2', () => {
    // GIVEN / WHEN an unknown argument, a synth command line that is not a plain one, a misspelt command
    const r = repo.gridops(['synthesize']);
    const bad = repo.gridops(['synth', '--chek']);
    const typo = repo.gridops(['synt', '--check']);
    // THEN the full parser names what it did not understand
    expect([r.status, r.stderr]).toEqual([2, 'error: Unknown argument: synthesize (gridops --help for usage)\n']);
    expect([bad.status, bad.stderr]).toEqual([2, 'error: Unknown argument: chek (gridops --help for usage)\n']);
    expect([typo.status, typo.stderr]).toEqual([2, "error: Unknown command 'synt'. Did you mean synth? (gridops --help for usage)\n"]);
  });

  // -h/--help of every command: test/cli-flags.test.ts (in-process)
});

describe('the plain synth command line (run without yargs)', () => {
  test.each<[string[], object | undefined]>([
    [['synth'], { check: false, strict: false, quiet: false, staged: false }],
    [['synth', '--check', '-q'], { check: true, strict: false, quiet: true, staged: false }],
    [['synth', '--strict', '--quiet'], { check: false, strict: true, quiet: true, staged: false }],
    [['synth', '--check', '--staged', '--quiet'], { check: true, strict: false, quiet: true, staged: true }],
    [['synth', '--help'], undefined],
    [['synth', '--check=false'], undefined],
    [['synth', '--bogus'], undefined],
    [['diff'], undefined],
    [[], undefined],
  ])('%j → %j', (argv, flags) => {
    expect(plainSynthFlags(argv)).toEqual(flags);
  });
});

describe('byCodeUnits', () => {
  test('orders by UTF-16 code units, whatever the locale', () => {
    expect(['b', 'HorizontalPodAutoscaler', 'a-b', 'HTTPRoute', 'a.b', ''].sort(byCodeUnits)).toEqual(['', 'HTTPRoute', 'HorizontalPodAutoscaler', 'a-b', 'a.b', 'b']);
    expect(byCodeUnits('x', 'x')).toBe(0);
  });
});
