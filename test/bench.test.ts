import { fleet } from '../src/bench/fleet';
import { median } from '../src/cli/cmds/bench';
import { platform } from './fixtures/config/platform';
import { synthesize } from '../src/synthesize';

describe('benchmark fleet', () => {
  test('n applications render n times the objects and files of one, each distinct', () => {
    const one = synthesize(fleet(platform, 1).platform, fleet(platform, 1).tags);
    const f = fleet(platform, 4);
    const four = synthesize(f.platform, f.tags);
    // per-application files scale with n; the platform's own files (install, root app, README) exist once
    const perApp = (tree: ReadonlyMap<string, string>) => [...tree.keys()].filter((f) => /^dist\/(applications\/|argocd\/(applications|projects)\/svc-)/.test(f)).length;
    expect(perApp(four.tree)).toBe(4 * perApp(one.tree));
    expect(four.tree.size - perApp(four.tree)).toBe(one.tree.size - perApp(one.tree));
    expect(four.intended.size).toBe(12);
    const hosts = [...four.intended.values()].map((objs) => (objs.find((o) => o.kind === 'Ingress') as any).spec.rules[0].host);
    expect(new Set(hosts).size).toBe(12);
  });

  test('median', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});
