import { Manifest } from '../src/tree/manifest';
import { deriveOverlay } from '../src/tree/overlay';

const rollout = (image: string, pause: string): Manifest => ({
  apiVersion: 'argoproj.io/v1alpha1',
  kind: 'Rollout',
  metadata: { name: 'web', namespace: 'web' },
  spec: { strategy: { canary: { steps: [{ setWeight: 10 }, { pause: { duration: pause } }] } }, template: { spec: { containers: [{ name: 'web', image }] } } },
});
const cm = (data: Record<string, string>): Manifest => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'web-config', namespace: 'web' }, data });

describe('deriveOverlay', () => {
  test('a tag-only image change becomes an images: entry, other changes a JSON 6902 patch on exactly that object', () => {
    // GIVEN
    const base = [rollout('acr.io/web', '2m'), cm({ A: '1' })];
    const env = [rollout('acr.io/web:dev-abc1234', '30s'), cm({ A: '1' })];
    // WHEN
    const o = deriveOverlay(base, env);
    // THEN
    expect(o.images).toEqual([{ name: 'acr.io/web', newTag: 'dev-abc1234' }]);
    expect(o.patches).toEqual([
      {
        file: 'patches/rollout-web.yaml',
        target: { group: 'argoproj.io', version: 'v1alpha1', kind: 'Rollout', name: 'web' },
        ops: [{ op: 'replace', path: '/spec/strategy/canary/steps/1/pause/duration', value: '30s' }],
      },
    ]);
    expect(o.added).toEqual([]);
    expect(o.deleted).toEqual([]);
  });

  test('core-group targets carry no group; added keys become add operations', () => {
    const o = deriveOverlay([cm({ A: '1' })], [cm({ A: '1', B: '2' })]);
    expect(o.patches[0].target).toEqual({ version: 'v1', kind: 'ConfigMap', name: 'web-config' });
    expect(o.patches[0].ops).toEqual([{ op: 'add', path: '/data/B', value: '2' }]);
  });

  test('objects only the environment has are added; objects it lacks are deleted', () => {
    const o = deriveOverlay([cm({ A: '1' })], [rollout('acr.io/web:v1.0.0', '1m')]);
    expect(o.added.map((m) => m.kind)).toEqual(['Rollout']);
    expect(o.deleted.map((d) => d.file)).toEqual(['patches/delete-configmap-web-config.yaml']);
  });

  test('identical variants give an empty overlay', () => {
    const o = deriveOverlay([cm({ A: '1' })], [cm({ A: '1' })]);
    expect(o).toEqual({ images: [], patches: [], added: [], deleted: [] });
  });
});
