import * as fs from 'fs';
import * as path from 'path';
import yargs from 'yargs';
import { validateCommand, validateDist } from '../../src/cli/cmds/validate';
import { platform } from '../fixtures/config/platform';
import { synthesize } from '../../src/synthesize';
import { RULES } from '../../src/validation';
import { tags } from '../support/fixtures';
import { cachedKustomizer, writeTreeToTemp } from '../support/kustomize';

// The command modules read the shipped src/config/platform (the user's data, changed every day): here they read the
// fixture platform the expectations are written against (test/fixtures/config/).
jest.mock('../../src/config/platform', () => jest.requireActual('../fixtures/config/platform'));

describe('gridops validate (dist/ on disk, every rule, the real kubectl kustomize)', () => {
  const result = synthesize(platform, tags());
  /** Every environment of every application: GridOS's three and grid-telemetry's two. */
  const ENVIRONMENTS = platform.applications.flatMap((a) => a.environments).length;
  let dir: string;
  beforeEach(() => {
    dir = writeTreeToTemp(result.tree);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('passes on dist/ as synth writes it: every rule, and every overlay builds into exactly what the sources intend', () => {
    expect(validateDist(dir, { intended: result.intended, kustomize: cachedKustomizer(dir) })).toEqual({ files: result.tree.size, environments: ENVIRONMENTS, findings: [] });
  });

  test('a hand edit every rule accepts is still found: the overlays no longer build what the sources intend', () => {
    // GIVEN a valid but hand-made change to the base ConfigMap, and an environment whose overlay is gone
    const config = path.join(dir, 'dist/applications/gridos/base/config.yaml');
    fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace('GRID_REGION: eastus', 'GRID_REGION: westus'));
    fs.rmSync(path.join(dir, 'dist/applications/grid-telemetry/overlays/dev'), { recursive: true });
    // WHEN validating against what synth intends
    const r = validateDist(dir, { intended: result.intended, kustomize: cachedKustomizer(dir) });
    // THEN each environment built from the edited base, and the missing one, are named
    expect(r.findings.filter((f) => f.includes(': synth/intended: '))).toEqual([
      ...['dev', 'test', 'prod'].map(
        (env) => `dist/applications/gridos/overlays/${env}/kustomization.yaml: v1/ConfigMap/gridos-config: data.GRID_REGION: synth/intended: the overlay builds "westus", the sources intend "eastus"`,
      ),
      'dist/applications/grid-telemetry/overlays/dev/kustomization.yaml: Kustomization: (build): synth/intended: grid-telemetry/dev has no overlay that builds, but the sources define it: run npm run synth',
    ]);
  });

  test('a hand edit is reported in every environment it reaches, a broken overlay once', () => {
    // GIVEN a hand-edited base Rollout and a dev overlay kustomize cannot read
    const rollout = path.join(dir, 'dist/applications/gridos/base/rollout.yaml');
    fs.writeFileSync(rollout, fs.readFileSync(rollout, 'utf8').replace('setWeight: 25', 'setWeight: 5'));
    const dev = path.join(dir, 'dist/applications/gridos/overlays/dev/kustomization.yaml');
    fs.appendFileSync(dev, 'commonLabelz:\n  team: grid\n');
    // WHEN validating dist/ on disk
    const r = validateDist(dir, { kustomize: cachedKustomizer(dir) });
    // THEN the edit as prod and test build it (environments in path order), and the overlay that does not build
    expect(r.environments).toBe(ENVIRONMENTS - 1);
    const message = (env: string) =>
      `dist/applications/gridos/base/rollout.yaml (as built by overlays/${env}): Rollout gridos: spec.strategy.canary.steps[2].setWeight: rollouts/set-weight-increasing: 5 must be greater than the previous setWeight 10`;
    expect(r.findings).toEqual([
      message('prod'),
      message('test'),
      'dist/applications/gridos/overlays/dev/kustomization.yaml: Kustomization: (build): kustomize/build: kubectl kustomize dist/applications/gridos/overlays/dev fails: invalid Kustomization: json: unknown field "commonLabelz"',
    ]);
  });

  test('--help describes the command with examples and lists the rules', async () => {
    const help = await new Promise<string>((resolve) =>
      yargs()
        .scriptName('gridops')
        .command(validateCommand)
        .exitProcess(false)
        .parse(['validate', '--help'], (_err: unknown, _argv: unknown, output: string) => resolve(output)),
    );
    expect(help).toContain('gridops validate');
    expect(help).toContain('Examples:');
    expect(help).toContain('gridops validate -q');
    for (const r of RULES) expect(help).toContain(r.id);
  });
});
