import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { platform } from './fixtures/config/platform';
import { objectKey } from '../src/tree/manifest';
import { synthesize } from '../src/synthesize';
import { tags } from './support/fixtures';
import { kubectl, kustomizeBuild, writeTreeToTemp } from './support/kustomize';
import { yamlValue } from './support/yaml';

describe('real kubectl kustomize (v5.6.0) builds every overlay into exactly what the model intends', () => {
  const result = synthesize(platform, tags());
  const dir = writeTreeToTemp(result.tree);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('kubectl is the pinned one: kubectl v1.33.9 with kustomize v5.6.0', () => {
    const version = execFileSync(kubectl(), ['version', '--client'], { encoding: 'utf8' });
    expect(version).toContain('Client Version: v1.33.9');
    expect(version).toContain('Kustomize Version: v5.6.0');
  });

  test.each(platform.applications.flatMap((a) => a.environments.map((e) => [a.name, e.name])))('%s/%s: object for object, field for field', (app, env) => {
    // GIVEN the objects the typed model intends for this environment
    const intended = result.intended.get(`${app}/${env}`)!;
    // WHEN kustomize builds the overlay written to dist/
    const built = kustomizeBuild(path.join(dir, 'dist/applications', app, 'overlays', env));
    // THEN the same set of objects, each identical
    const byKey = (objs: any[]) => new Map(objs.map((o) => [objectKey(o), o]));
    const want = byKey(intended as any[]);
    const got = byKey(built);
    expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
    for (const [key, obj] of want) expect({ key, obj: got.get(key) }).toEqual({ key, obj: JSON.parse(JSON.stringify(obj)) });
  });

  test('the built prod Rollout carries the pinned tag and the seed canary', () => {
    const rollout = kustomizeBuild(path.join(dir, 'dist/applications/gridos/overlays/prod')).find((o) => o.kind === 'Rollout');
    expect(rollout.spec.template.spec.containers[0].image).toBe('gridosacr.azurecr.io/gridos:v2.1.0');
    expect(rollout.spec.strategy.canary.steps.map((s: any) => s.setWeight ?? s.pause.duration)).toEqual([10, '2m', 25, '5m', 50, '10m', 100]);
  });

  test('every patch of every overlay changes exactly one object', () => {
    for (const [file, content] of result.tree) {
      if (!file.endsWith('/kustomization.yaml') || !file.includes('/overlays/')) continue;
      const base = kustomizeBuild(path.join(dir, path.dirname(file), '../../base'));
      const patches = (yamlValue(content).patches ?? []) as { target: { kind: string; name: string } }[];
      for (const p of patches) {
        expect({ file, target: p.target, matches: base.filter((o) => o.kind === p.target.kind && o.metadata.name === p.target.name).length }).toEqual({ file, target: p.target, matches: 1 });
      }
    }
  });
});
