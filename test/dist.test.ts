import { loadAndSynthesize } from '../src/cli/load';
import { PROJECT_ROOT } from '../src/paths';
import { diffTree } from '../src/writer';

describe('committed dist/', () => {
  test('is exactly what synth produces from the committed sources (run `npm run synth` and commit)', () => {
    const d = diffTree(PROJECT_ROOT, loadAndSynthesize().tree);
    expect(d).toEqual({ changed: [], missing: [], stray: [] });
  });
});
