import * as fs from 'fs';
import * as path from 'path';
import yargs from 'yargs';
import { validateCommand, validateDist } from '../../src/cli/cmds/validate';
import { platform } from '../../src/config/platform';
import { PROJECT_ROOT } from '../../src/paths';
import { synthesize } from '../../src/synthesize';
import { RULES } from '../../src/validation';
import { tags } from '../support/fixtures';
import { writeTreeToTemp } from '../support/kustomize';

describe('gridops validate (dist/ on disk, every rule, the real kubectl kustomize)', () => {
  const result = synthesize(platform, tags());
  /** Every environment of every application: GridOS's three and grid-telemetry's two. */
  const ENVIRONMENTS = platform.applications.flatMap((a) => a.environments).length;
  let dir: string;
  beforeEach(() => {
    dir = writeTreeToTemp(result.tree);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('passes on dist/ as synth writes it', () => {
    expect(validateDist(dir)).toEqual({ files: result.tree.size, environments: ENVIRONMENTS, findings: [] });
  });

  test('passes on the committed dist/', () => {
    expect(validateDist(PROJECT_ROOT).findings).toEqual([]);
  });

  test('a hand edit is reported in every environment it reaches, a broken overlay once', () => {
    // GIVEN a hand-edited base Rollout and a dev overlay kustomize cannot read
    const rollout = path.join(dir, 'dist/applications/gridos/base/rollout.yaml');
    fs.writeFileSync(rollout, fs.readFileSync(rollout, 'utf8').replace('setWeight: 25', 'setWeight: 5'));
    const dev = path.join(dir, 'dist/applications/gridos/overlays/dev/kustomization.yaml');
    fs.appendFileSync(dev, 'commonLabelz:\n  team: grid\n');
    // WHEN validating dist/ on disk
    const r = validateDist(dir);
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
