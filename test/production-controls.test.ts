import * as path from 'path';
import { yamlDocuments } from './support/yaml';
import { platform } from './fixtures/config/platform';
import { ConfigError } from '../src/model/errors';
import { Duration } from '../src/model/duration';
import { PlatformConfig } from '../src/model/platform';
import { enforcedWindow, startOf, SyncWindow } from '../src/model/sync-window';
import { synthesize } from '../src/synthesize';
import { generatedApplications } from './support/applicationset';
import { platformWith, tags } from './support/fixtures';
import { Tree } from '../src/tree/manifest';

/*
 * Production controls as Argo CD and Kubernetes will apply them, on the rendered objects of two fixture platforms:
 * the fixture platform's two applications, and the same with each application's Argo CD form swapped (per-environment
 * Application files ↔ one ApplicationSet).
 */

const swapped: PlatformConfig = { ...platform, applications: platform.applications.map((a) => ({ ...a, argocd: { ...a.argocd, applicationSet: !a.argocd?.applicationSet } })) };
const PLATFORMS: [string, PlatformConfig][] = [
  ['the fixture platform', platform],
  ['Argo CD forms swapped', swapped],
];

const docs = (tree: Tree, file: string): any[] => yamlDocuments(tree.get(file)!);
const allDocs = (tree: Tree) => [...tree.keys()].filter((f) => f.endsWith('.yaml')).flatMap((file) => docs(tree, file).filter((d) => d?.kind).map((d) => ({ file, d })));

/** Every Application Argo CD will have for the applications' environments: the files' and those the ApplicationSets generate. */
function environmentApplications(tree: Tree): any[] {
  const objects = allDocs(tree).map((x) => x.d);
  const direct = objects.filter((d) => d.kind === 'Application' && d.metadata.labels?.['gridops.io/environment']);
  const generated = objects.filter((d) => d.kind === 'ApplicationSet').flatMap(generatedApplications);
  return [...direct, ...generated];
}

/** The directories kustomize reads for a kustomization directory: itself and every directory its resources name, recursively. */
function kustomizeDirs(tree: Tree, dir: string, seen = new Set<string>()): Set<string> {
  if (seen.has(dir)) return seen;
  seen.add(dir);
  const k = docs(tree, `${dir}/kustomization.yaml`)[0];
  for (const r of k.resources ?? []) {
    const target = path.posix.normalize(`${dir}/${r}`);
    if (tree.has(`${target}/kustomization.yaml`)) kustomizeDirs(tree, target, seen);
  }
  return seen;
}

describe.each(PLATFORMS)('production controls (%s)', (_name, p) => {
  const tree = synthesize(p, tags()).tree;
  const apps = environmentApplications(tree);

  test('every environment\'s Application has manifest-generate-paths covering exactly what its overlay builds from', () => {
    expect(apps.length).toBe(p.applications.reduce((n, a) => n + a.environments.length, 0));
    for (const a of apps) {
      const source = a.spec.source.path;
      const annotation: string = a.metadata.annotations['argocd.argoproj.io/manifest-generate-paths'];
      // relative entries are relative to the source path, absolute ones to the repository root (Argo CD's rules)
      const covered = annotation.split(';').map((x) => (x.startsWith('/') ? x.slice(1) : path.posix.normalize(`${source}/${x}`)));
      expect({ app: a.metadata.name, covered: [...covered].sort() }).toEqual({ app: a.metadata.name, covered: [...kustomizeDirs(tree, source)].sort() });
    }
  });

  test('a commit to one environment\'s overlay touches no other environment\'s Application', () => {
    const coveredOf = (a: any) => a.metadata.annotations['argocd.argoproj.io/manifest-generate-paths'].split(';').map((x: string) => path.posix.normalize(`${a.spec.source.path}/${x}`));
    for (const a of apps) {
      for (const other of apps.filter((o) => o !== a)) {
        const changed = `${other.spec.source.path}/kustomization.yaml`;
        const touches = coveredOf(a).some((dir: string) => changed.startsWith(`${dir}/`));
        expect({ app: a.metadata.name, changed, touches }).toEqual({ app: a.metadata.name, changed, touches: false });
      }
    }
  });

  test('every ApplicationSet keeps its Applications\' objects when it is deleted', () => {
    const sets = allDocs(tree).filter((x) => x.d.kind === 'ApplicationSet');
    expect(sets.length).toBeGreaterThan(0);
    for (const s of sets) expect(s.d.spec.syncPolicy).toEqual({ preserveResourcesOnDeletion: true });
  });

  describe('the Rollout operators\' Kubernetes RBAC', () => {
    test.each(p.applications.flatMap((app) => app.environments.map((env) => [`${app.name}/${env.name}`, app.name, env.name] as const)))('%s', (_n, appName, envName) => {
      const r = synthesize(p, tags());
      const objects = r.intended.get(`${appName}/${envName}`) as any[];
      const env = p.applications.find((a) => a.name === appName)!.environments.find((e) => e.name === envName)!;
      const rollout = objects.find((o) => o.kind === 'Rollout');
      const role = objects.find((o) => o.kind === 'Role');
      const binding = objects.find((o) => o.kind === 'RoleBinding');
      expect([role.metadata.namespace, binding.metadata.namespace]).toEqual([rollout.metadata.namespace, rollout.metadata.namespace]);
      expect(binding.roleRef).toEqual({ apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: role.metadata.name });
      // the SRE group only in a protected environment; developers too elsewhere
      const groups = p.argocd.groups;
      const expected = env.protected ? groups.sre : [...groups.developers, ...groups.sre];
      expect(binding.subjects.map((s: any) => [s.kind, s.name]).sort()).toEqual([...new Set(expected)].map((g) => ['Group', g]).sort());
      // what kubectl argo rollouts needs (argo-rollouts pkg/kubectl-argo-rollouts: abort/retry patch the status
      // subresource, promote and undo patch the Rollout, get --watch lists and watches its tree)
      const allows = (group: string, resource: string, verb: string, name?: string) =>
        role.rules.some((x: any) => x.apiGroups.includes(group) && x.resources.includes(resource) && x.verbs.includes(verb) && (!x.resourceNames || (name !== undefined && x.resourceNames.includes(name))));
      for (const verb of ['get', 'list', 'watch']) {
        for (const [group, resource] of [['argoproj.io', 'rollouts'], ['argoproj.io', 'analysisruns'], ['argoproj.io', 'experiments'], ['apps', 'replicasets'], ['', 'pods']]) {
          expect({ group, resource, verb, allowed: allows(group, resource, verb) }).toEqual({ group, resource, verb, allowed: true });
        }
      }
      for (const resource of ['rollouts', 'rollouts/status']) expect(allows('argoproj.io', resource, 'patch', rollout.metadata.name)).toBe(true);
      // and no more: patch only on this Rollout, nothing deleted or created
      expect(allows('argoproj.io', 'rollouts', 'patch', 'another-rollout')).toBe(false);
      expect(role.rules.flatMap((x: any) => x.verbs).filter((v: string) => !['get', 'list', 'watch', 'patch'].includes(v))).toEqual([]);
    });
  });

  test('the Argo CD commands dist/README.md gives are allowed to the roles it names', () => {
    const readme = tree.get('dist/README.md')!;
    const projects = allDocs(tree).filter((x) => x.d.kind === 'AppProject').map((x) => x.d);
    /** Whether a role's policies allow `action` on `resource` object `object` (Argo CD's glob match of the object). */
    const allowed = (project: any, roleName: string, resource: string, action: string, object: string) =>
      project.spec.roles
        .find((r: any) => r.name === roleName)
        .policies.map((x: string) => x.split(',').map((s) => s.trim()))
        .some(([, , res, act, obj, eft]: string[]) => res === resource && act === action && eft === 'allow' && new RegExp(`^${obj.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(object));
    for (const app of p.applications) {
      const project = projects.find((x) => x.metadata.name === app.name);
      if (app.argocd?.applicationSet) {
        expect(readme).toContain(`\`argocd appset get ${app.name}\``);
        for (const role of ['developer', 'sre', 'ci']) expect({ role, allowed: allowed(project, role, 'applicationsets', 'get', `${app.name}/${app.name}`) }).toEqual({ role, allowed: true });
        expect(readme).toContain(`SRE deletes its left-over Application, and with it its workload, with \`argocd app delete ${app.name}-<env>\``);
        // an environment removed from the list: its Application is named in no policy any more, yet SRE may delete it
        expect(allowed(project, 'sre', 'applications', 'delete', `${app.name}/${app.name}-removed`)).toBe(true);
        expect(allowed(project, 'developer', 'applications', 'delete', `${app.name}/${app.name}-removed`)).toBe(false);
      }
    }
  });
});

describe('peak hours: Argo CD\'s deny window starts early by the canary\'s duration', () => {
  const tree = synthesize(platform, tags()).tree;

  test.each(platform.applications.flatMap((app) => app.environments.filter((e) => (e.syncWindows ?? []).some((w) => w.peak)).map((e) => [`${app.name}/${e.name}`, app.name, e.name] as const)))(
    '%s: an automated sync allowed just before the peak starts a canary that ends by the peak; the window ends with it',
    (_n, appName, envName) => {
      const r = synthesize(platform, tags());
      const env = platform.applications.find((a) => a.name === appName)!.environments.find((e) => e.name === envName)!;
      const peak = env.syncWindows!.find((w) => w.peak)!;
      const project = docs(tree, `dist/argocd/projects/${appName}-project.yaml`)[0];
      const window = project.spec.syncWindows.find((w: any) => w.applications.includes(`${appName}-${envName}`));
      // the canary's duration from the rendered Rollout: its pauses, and a round of new pods per setWeight step
      const steps = (r.intended.get(`${appName}/${envName}`) as any[]).find((o) => o.kind === 'Rollout').spec.strategy.canary.steps;
      const pauses = steps.filter((s: any) => s.pause).reduce((n: number, s: any) => n + Duration.pause(s.pause.duration).toSeconds(), 0);
      const podStart = Duration.go(env.overrides?.canary?.podStartTime ?? platform.applications.find((a) => a.name === appName)!.defaults.canary.podStartTime ?? '30s').toSeconds();
      const canary = pauses + steps.filter((s: any) => s.setWeight !== undefined).length * podStart;
      const peakStart = startOf(peak.schedule)!;
      const denyStart = startOf(window.schedule)!;
      // the last minute an automated sync may start is the minute before the window: its canary ends by the peak
      const lastAllowed = denyStart.minute;
      expect(lastAllowed * 60 + canary).toBeLessThanOrEqual(peakStart.minute * 60);
      expect(lastAllowed * 60 + canary).toBeGreaterThan(peakStart.minute * 60 - 60);
      expect(denyStart.days).toEqual(peakStart.days);
      expect(denyStart.minute + Duration.go(window.duration).toMinutes()).toBe(peakStart.minute + Duration.go(peak.duration).toMinutes());
      expect([window.kind, window.manualSync, window.timeZone]).toEqual(['deny', peak.manualSync, peak.timeZone ?? platform.argocd.timeZone]);
    },
  );

  test('enforcedWindow: a plain window is itself; a peak window crossing midnight starts the previous day', () => {
    const deny = SyncWindow.deny({ schedule: '0 8 * * 1-5', duration: '10h' });
    expect(enforcedWindow(deny, 1140)).toBe(deny);
    const night = enforcedWindow(SyncWindow.peakHours({ schedule: '10 0 * * 1,3,5', duration: '2h' }), 19 * 60 + 1);
    expect([night.schedule, night.duration, night.kind]).toEqual(['50 23 * * 0,2,4', '2h20m', 'deny']);
    const daily = enforcedWindow(SyncWindow.peakHours({ schedule: '30 6 * * *', duration: '30m', manualSync: true, timeZone: 'Europe/Berlin' }), 600);
    expect([daily.schedule, daily.duration, daily.manualSync, daily.timeZone]).toEqual(['20 6 * * *', '40m', true, 'Europe/Berlin']);
  });

  test('a peak window must name one start time', () => {
    const p = platformWith((app) => ({
      ...app,
      environments: app.environments.map((e) => (e.protected ? { ...e, syncWindows: [SyncWindow.peakHours({ schedule: '0 8,12 * * 1-5', duration: '2h' })] } : e)),
    }));
    expect(() => synthesize(p, tags())).toThrow(ConfigError);
    expect(() => synthesize(p, tags())).toThrow(
      "syncWindows[0].schedule \"0 8,12 * * 1-5\" of a peak-hours window must name one start time ('M H * * <days>', e.g. '0 8 * * 1-5'): Argo CD's window starts early by the canary's duration",
    );
  });
});
