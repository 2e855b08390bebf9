import { loadAndSynthesize } from '../src/cli/load';
import { PROJECT_ROOT } from '../src/tree/layout';
import { diffTree } from '../src/output/writer';
import { validateDist } from '../src/cli/cmds/validate';
import { cachedKustomizer } from './support/kustomize';

/*
 * The shipped configuration (src/config/) is the users' data: a tag bump, a new environment or a new application
 * changes it every day. It is checked here only by properties that hold for every valid configuration, never by its
 * values: behaviour is tested on the fixture platforms of test/fixtures/ and test/support/.
 */
describe('the shipped configuration: properties of any valid configuration', () => {
  // GIVEN the committed sources, synthesized as `npm run synth` does
  const result = loadAndSynthesize(PROJECT_ROOT);
  const environments = [...result.intended.keys()];

  test('synthesizes with every configuration check passing (synth throws on any)', () => {
    expect(environments.length).toBeGreaterThan(0);
  });

  test('the committed dist/ is exactly what synth produces from the committed sources (run `npm run synth` and commit)', () => {
    expect(diffTree(PROJECT_ROOT, result.tree)).toEqual({ changed: [], missing: [], stray: [] });
  });

  test('every overlay builds with kubectl kustomize into exactly the intended objects, and every validation rule passes', () => {
    // WHEN kustomize builds each committed overlay, as Argo CD's repo server does, and every rule runs on dist/
    const r = validateDist(PROJECT_ROOT, { intended: result.intended, kustomize: cachedKustomizer(PROJECT_ROOT) });
    // THEN object for object, field for field, what the typed model intends, and no finding
    expect(r.environments).toBe(environments.length);
    expect(r.findings).toEqual([]);
  });
});
