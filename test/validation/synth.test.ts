import { Chart } from 'cdk8s';
import { ApplicationChart } from '../../charts/application-chart';
import { gridos } from '../fixtures/config/apps/gridos';
import { platform as shippedPlatform } from '../fixtures/config/platform';
import { ConfigError, ValidationError } from '../../src/model/errors';
import { synthesize } from '../../src/synthesize';
import { RULES } from '../../src/validation';
import { tags as tagsOf } from '../support/fixtures';

/**
 * GridOS alone, in dev and prod: every fixture changes GridOS's prod objects or the tree (the dev overlay at most), so
 * the second application and a third environment would only add time to each of the synths below.
 */
const platform = { ...shippedPlatform, applications: [{ ...gridos, environments: gridos.environments.filter((e) => e.name !== 'test') }] };
const tags = () => tagsOf('gridos:\n  dev: dev-abc1234\n  prod: v2.1.0\n');
import { GeneratedFiles, toYaml } from '../../src/tree/manifest';
import {
  FIXTURE_APP_FILE,
  FIXTURE_APPSET_FILE,
  FIXTURE_PROJECT_FILE,
  fixtureApplication,
  fixtureApplicationSet,
  fixtureProject,
  FIXTURES,
  Files,
  GENERATED_APPLICATION_FIXTURES,
  Objects,
  Variant,
} from './fixtures';

/*
 * Synth refuses every failing fixture: each is put through synthesize() itself, which validates before returning
 * (so the writer, which runs after synthesize() returns, writes nothing). A fixture that changes objects changes what
 * every environment's ApplicationChart renders; one that changes files changes the tree synth assembles (through the
 * last files it adds, Argo CD's, which are added after the applications').
 */

/** Given Argo CD's files (path → text), the files a variant changes or adds (path → text). */
let treeHook: ((argocd: ReadonlyMap<string, string>) => Map<string, string>) | undefined;
jest.mock('../../src/tree/argocd', () => {
  const actual = jest.requireActual('../../src/tree/argocd');
  return {
    ...actual,
    argocdFiles: (...args: unknown[]) => {
      const result: { files: GeneratedFiles } = actual.argocdFiles(...args);
      // a changed file goes in as text: synth validates what the variant wrote, parsed
      for (const [file, content] of treeHook?.(result.files.tree()) ?? []) result.files.text(file, content);
      return result;
    },
  };
});

/** Synthesizes with a variant applied; returns what synth threw. */
function synthWith(v: Variant): unknown {
  const original = Chart.prototype.toJson;
  const spy = jest.spyOn(Chart.prototype, 'toJson').mockImplementation(function (this: Chart) {
    const objects = original.call(this);
    // GridOS's application charts of the environments (not the base, not the Argo CD chart, not another application).
    if (v.env && this instanceof ApplicationChart && this.node.id !== 'Base' && objects.some((o: any) => o.kind === 'Rollout' && o.metadata.name === 'gridos')) {
      v.env(objects as Objects);
    }
    return objects;
  });
  treeHook = (argocd) => {
    // The whole tree as synth has it so far: the shipped tree, then Argo CD's files and the tests' fixture project.
    const files: Files = new Map([...shipped, ...argocd]);
    files.set(FIXTURE_PROJECT_FILE, toYaml([fixtureProject()]));
    files.set(FIXTURE_APP_FILE, toYaml([fixtureApplication()]));
    files.set(FIXTURE_APPSET_FILE, toYaml([fixtureApplicationSet()]));
    v.tree?.(files);
    return new Map([...files].filter(([file, content]) => shipped.get(file) !== content && argocd.get(file) !== content));
  };
  try {
    synthesize(platform, tags());
    return undefined;
  } catch (e) {
    return e;
  } finally {
    spy.mockRestore();
    treeHook = undefined;
  }
}

let shipped: Map<string, string> = new Map();
beforeAll(() => {
  shipped = new Map(synthesize(platform, tags()).tree);
});

const kubectlOnly = (rule: string) => RULES.find((r) => r.id === rule)?.needs === 'kubectl';
/** A kind without a file in FILE_OF_KIND stops synth earlier, with a configuration error. */
const CONFIG_ERROR = ['schema/kind-known'];

describe('synth refuses every failing fixture before anything is written', () => {
  test('the baseline synthesizes: the shipped configuration plus the fixture project, Application and ApplicationSet', () => {
    expect(synthWith({})).toBeUndefined();
  });

  test.each(FIXTURES.filter((f) => !CONFIG_ERROR.includes(f.rule) && !kubectlOnly(f.rule)).map((f) => [f.rule, f]))(
    '%s: synthesize() throws ValidationError with the message',
    (_id, f) => {
      // GIVEN synth's output changed as the failing fixture changes the baseline  WHEN synthesizing
      const err = synthWith(f.fail);
      // THEN synth throws, naming the finding
      expect(err).toBeInstanceOf(ValidationError);
      expect((err as ValidationError).findings).toContain(f.message);
    },
  );

  test.each(FIXTURES.filter((f) => !CONFIG_ERROR.includes(f.rule) && !kubectlOnly(f.rule)).map((f) => [f.rule, f]))('%s: its passing fixture synthesizes', (_id, f) => {
    expect(synthWith(f.pass)).toBeUndefined();
  });

  test.each(GENERATED_APPLICATION_FIXTURES.map((f) => [f.rule, f]))('%s on an ApplicationSet-generated Application: synthesize() throws ValidationError with the message', (_id, f) => {
    const err = synthWith(f.fail);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).findings).toContain(f.message);
  });

  test.each(CONFIG_ERROR)('%s: an unmapped kind stops synth with a configuration error first', (rule) => {
    const err = synthWith(FIXTURES.find((f) => f.rule === rule)!.fail);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toContain("no file is assigned to kind 'Widget'");
  });

  test('kustomize/build needs kubectl, so synth leaves it to `gridops validate` (and CI)', () => {
    expect(RULES.filter((r) => kubectlOnly(r.id)).map((r) => r.id)).toEqual(['kustomize/build']);
    expect(synthWith(FIXTURES.find((f) => f.rule === 'kustomize/build')!.fail)).toBeUndefined();
  });

  test('the error lists every finding, one per line, for the CLI to print (exit code 1)', () => {
    const err = synthWith({
      env: (o) => {
        const r = o.find((x) => x.kind === 'Rollout');
        r.spec.strategy.canary.steps[2].setWeight = 5;
        r.spec.template.spec.containers[0].image = `${r.spec.template.spec.containers[0].image.split(':')[0]}:latest`;
      },
    }) as ValidationError;
    const onRollout = (env: string, rest: string) => `dist/applications/gridos/base/rollout.yaml (as built by overlays/${env}): Rollout gridos: ${rest}`;
    const envs = ['dev', 'prod'];
    const lines = [
      ...envs.map((e) => onRollout(e, 'spec.strategy.canary.steps[2].setWeight: rollouts/set-weight-increasing: 5 must be greater than the previous setWeight 10')),
      ...envs.map((e) => onRollout(e, 'spec.template.spec.containers[0].image: hardening/image-tag: "gridosacr.azurecr.io/gridos:latest" uses the mutable tag latest: pin a version tag or a digest')),
    ];
    expect(err.findings).toEqual(lines);
    expect(err.message).toBe(`validation failed with ${lines.length} finding(s):\n${lines.map((l) => `  - ${l}`).join('\n')}`);
  });
});
