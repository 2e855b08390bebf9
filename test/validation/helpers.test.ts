import { toYaml } from '../../src/tree/manifest';
import { buildContext } from '../../src/validation/context';
import { Duration } from '../../src/model/duration';
import { attempt } from '../../src/model/errors';

import { RULES, runRules } from '../../src/validation';
import { cronScheduleProblem } from '../../src/model/sync-window';
import { globMatch } from '../../src/validation/rules/argocd';
import { parseImage, parseQuantity, secretLike } from '../../src/validation/rules/hardening';
import { fieldPath, show } from '../../src/validation/rule';
import { pointerPath, valueAtPointer } from '../../src/model/json-pointer';
import { parseYaml, parseYamlDocuments, YamlSyntaxError } from '../../src/model/yaml';
import { editYaml, FIXTURE_PROJECT_FILE } from './fixtures';
import { findingsOf } from './support';

/** How the rules read a rendered Go duration and a Rollouts pause: seconds, or undefined when the controller could not. */
const parseGoDuration = (text: string) => attempt(() => Duration.go(text))?.toSeconds();
const parsePauseDuration = (value: unknown) => attempt(() => Duration.pause(value))?.toSeconds();

const cm = (name: string) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'web' }, data: { A: '1' } });

describe('the context: which files hold objects', () => {
  const tree = new Map([
    ['dist/applications/web/base/kustomization.yaml', toYaml([{ resources: ['config.yaml'], configurations: ['kustomizeconfig/t.yaml'] }])],
    ['dist/applications/web/base/config.yaml', toYaml([cm('web-config'), cm('web-extra')])],
    ['dist/applications/web/base/kustomizeconfig/t.yaml', toYaml([{ nameReference: [] }])],
    ['dist/applications/web/overlays/dev/kustomization.yaml', toYaml([{ resources: ['../../base', 'added.yaml'], patches: [{ path: 'patches/p.yaml', target: { kind: 'ConfigMap', name: 'web-config' } }, { path: 'patches/delete.yaml' }] }])],
    ['dist/applications/web/overlays/dev/added.yaml', toYaml([cm('web-dev')])],
    ['dist/applications/web/overlays/dev/patches/p.yaml', toYaml([[{ op: 'replace', path: '/data/A', value: '2' }]])],
    ['dist/applications/web/overlays/dev/patches/delete.yaml', toYaml([{ $patch: 'delete', apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'web-extra' } }])],
    ['dist/README.md', '# readme\n'],
  ]);

  test('objects come from resource files only: no kustomization, kustomize configuration or patch', () => {
    const ctx = buildContext(tree, new Map([['web/dev', [cm('web-config'), cm('web-dev')]]]));
    expect(ctx.objects.map((o) => `${o.file} ${o.object.metadata.name}`)).toEqual([
      'dist/applications/web/base/config.yaml web-config',
      'dist/applications/web/base/config.yaml web-extra',
      'dist/applications/web/overlays/dev/added.yaml web-dev',
    ]);
    // an environment's object is labelled with its defining file and the overlay that built it
    expect(ctx.environments[0].objects.map((o) => o.file)).toEqual([
      'dist/applications/web/base/config.yaml (as built by overlays/dev)',
      'dist/applications/web/overlays/dev/added.yaml (built)',
    ]);
    expect(ctx.dirs.has('dist/applications/web/overlays/dev/patches')).toBe(true);
  });

  test('a transformer, generator or validator file a kustomization names must exist too (a directory with a kustomization may stand there)', () => {
    const named = new Map(tree);
    const base = 'dist/applications/web/base/kustomization.yaml';
    named.set(base, toYaml([{ resources: ['config.yaml'], configurations: ['kustomizeconfig/t.yaml'], transformers: ['labels.yaml', '../overlays/dev'], generators: ['gen.yaml'] }]));
    const found = runRules(buildContext(named), RULES.filter((r) => r.id === 'kustomize/files-exist'));
    expect(found.map((f) => `${f.path}: ${f.message}`)).toEqual([
      'transformers[0]: "labels.yaml" does not exist in the tree (as a file or a directory with a kustomization)',
      'generators[0]: "gen.yaml" does not exist in the tree (as a file or a directory with a kustomization)',
    ]);
  });

  test('a strategic-merge patch without a target matches the object it names; kubectl-only rules are marked', () => {
    const ctx = buildContext(tree);
    expect(runRules(ctx, RULES.filter((r) => r.id === 'kustomize/patch-target'))).toEqual([]);
    expect(RULES.filter((r) => r.needs === 'kubectl').map((r) => r.id)).toEqual(['kustomize/build']);
    // ...and one naming an object the overlay does not have is reported, target taken from the patch itself
    const missing = new Map(tree);
    missing.set('dist/applications/web/overlays/dev/patches/delete.yaml', toYaml([{ $patch: 'delete', apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'web-gone' } }]));
    const found = runRules(buildContext(missing), RULES.filter((r) => r.id === 'kustomize/patch-target'));
    expect(found).toEqual([
      {
        file: 'dist/applications/web/overlays/dev/kustomization.yaml',
        object: 'Kustomization',
        path: 'patches[1]',
        rule: 'kustomize/patch-target',
        message: 'target {"group":"","version":"v1","kind":"ConfigMap","name":"web-gone"} matches 0 objects, must match exactly one: kustomize would silently ignore this patch',
      },
    ]);
  });
});

describe('secrets in plain sight', () => {
  test('a ConfigMap value and a Secret with data are reported once, wherever they are', () => {
    const secret = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'web-db', namespace: 'web' }, stringData: { password: 'x' } };
    const config = { ...cm('web-config'), data: { DATABASE_URL: 'postgres://grid:s3cret@db:5432/grid' } };
    const tree = new Map([['dist/argocd/install/extra.yaml', toYaml([secret, config])]]);
    const ctx = buildContext(tree, new Map([['web/dev', [config]]]));
    expect(runRules(ctx, RULES.filter((r) => r.id === 'hardening/secret-literal')).map((f) => `${f.file}: ${f.object}: ${f.path}: ${f.message}`)).toEqual([
      'dist/argocd/install/extra.yaml: Secret web-db: stringData: Secret carries "password": secret values never go to Git; sync them from Key Vault with a SecretProviderClass',
      'dist/argocd/install/extra.yaml: ConfigMap web-config: data.DATABASE_URL: DATABASE_URL = "post****" looks like a URL with credentials: sync it from Key Vault into a Secret instead',
    ]);
  });
});

describe('parsers the rules share', () => {
  test.each([
    ['30s', 30], ['1m', 60], ['1h30m', 5400], ['1.5h', 5400], ['250ms', 0.25], ['0', 0], ['5 minutes', undefined], ['60', undefined], ['', undefined],
  ])('Go duration %j → %j', (text, seconds) => expect(parseGoDuration(text as string)).toBe(seconds));

  test('pause durations also take whole seconds, as numbers or strings', () => {
    expect([parsePauseDuration(30), parsePauseDuration('30'), parsePauseDuration('1m'), parsePauseDuration('x'), parsePauseDuration(1.5)]).toEqual([30, 30, 60, undefined, undefined]);
  });

  test.each([
    ['0 8 * * 1-5', undefined], ['@daily', undefined], ['@every 1h30m', undefined], ['0 8 * * MON-FRI', undefined],
    ['0 8 * *', 'expected 5 fields (minute hour day-of-month month day-of-week), found 4'],
    ['0 0 8 * * 1-5', 'expected 5 fields (minute hour day-of-month month day-of-week), found 6'],
    ['0 25 * * *', 'Constraint error, got value 25 expected range 0-23'],
    ['0 8 L * *', 'L, W and # are not supported'],
    ['@fortnightly', 'unknown descriptor'],
  ])('cron %j → %j', (schedule, problem) => expect(cronScheduleProblem(schedule)).toBe(problem));

  test('Argo CD globs: * stops at / for repositories, ** does not', () => {
    expect(globMatch('https://github.com/org/*', 'https://github.com/org/repo', '/')).toBe(true);
    expect(globMatch('https://github.com/*', 'https://github.com/org/repo', '/')).toBe(false);
    expect(globMatch('https://github.com/**', 'https://github.com/org/repo', '/')).toBe(true);
    expect(globMatch('gridos-{dev,test}', 'gridos-test')).toBe(true);
    expect(globMatch('*', 'anything/at/all', '/')).toBe(true);
  });

  test('quantities, images and secrets', () => {
    expect([parseQuantity('500m'), parseQuantity('1Gi'), parseQuantity('2'), parseQuantity('1e3'), parseQuantity('two')]).toEqual([0.5, 2 ** 30, 2, 1000, undefined]);
    expect(parseImage('registry:5000/team/app:v1@sha256:abc')).toEqual({ repository: 'registry:5000/team/app', tag: 'v1', digest: 'sha256:abc' });
    expect(parseImage('registry:5000/team/app')).toEqual({ repository: 'registry:5000/team/app', tag: undefined, digest: undefined });
    expect(secretLike('DATABASE_URL', 'postgres://grid:s3cret@db:5432/grid')).toBe('looks like a URL with credentials');
    expect(secretLike('LOG_LEVEL', '-----BEGIN RSA PRIVATE KEY-----')).toBe('looks like a private key');
    expect(secretLike('API_KEY', 'sk_live_0123456789abcdef')).toBe('is named like a secret');
    expect(secretLike('API_KEY_HEADER', 'X-Api-Key')).toBeUndefined();
    expect(secretLike('PASSWORD_MIN_LENGTH', '12')).toBeUndefined();
    expect(secretLike('TOKEN_URL', 'https://login.example.com/token')).toBeUndefined();
  });

  test('field paths quote keys that are not identifiers', () => {
    expect(fieldPath('metadata', 'labels', 'app.kubernetes.io/name')).toBe('metadata.labels["app.kubernetes.io/name"]');
    expect(fieldPath('spec', 'steps', 2, 'setWeight')).toBe('spec.steps[2].setWeight');
  });
});

describe('YAML as the rules read it: the YAML 1.2 core schema, every document exactly its JSON', () => {
  test.each<[string, unknown]>([
    ['2026-12-01', '2026-12-01'], // no Date
    ['2001-12-14t21:59:43.10-05:00', '2001-12-14t21:59:43.10-05:00'],
    ['1_000', '1_000'], ['0b101', '0b101'], ['-0x1F', '-0x1F'], ['yes', 'yes'], ['on', 'on'], ['nULL', 'nULL'],
    ['12', 12], ['-0o17', '-0o17'], ['0o17', 15], ['0x1F', 31], ['-.5', -0.5], ['1e3', 1000], ['.inf', Infinity], ['.NaN', NaN],
    ['True', true], ['FALSE', false], ['~', null], ['Null', null], ['', null], ['"12"', '12'],
  ])('%p reads as %p', (scalar, value) => expect(parseYaml(`k: ${scalar}\n`)).toEqual({ k: value }));

  test('documents, and a syntax error with its line and column', () => {
    expect(parseYamlDocuments('# header\na: 1\n---\nb: [2]\n')).toEqual([{ a: 1 }, { b: [2] }]);
    expect(parseYaml('')).toBeNull();
    expect(() => parseYaml('a: [1, 2\nb: 3\n')).toThrow(new YamlSyntaxError('missed comma between flow collection entries', 2, 1));
    expect(() => parseYaml('a: [1, 2\nb: 3\n')).toThrow('missed comma between flow collection entries at line 2, column 1');
  });

  test('JSON pointers: escaped tokens, indexes where the value is an array', () => {
    const doc = { spec: { rules: [{ backendRefs: [{ weight: 100 }, { weight: 0 }] }] }, metadata: { labels: { 'app.kubernetes.io/name': 'web', 'a~b': 'x' } } };
    expect(pointerPath(doc, '/spec/rules/0/backendRefs/1/weight')).toEqual(['spec', 'rules', 0, 'backendRefs', 1, 'weight']);
    expect(pointerPath(doc, '')).toEqual([]);
    expect(valueAtPointer(doc, '/spec/rules/0/backendRefs/1/weight')).toBe(0);
    expect(valueAtPointer(doc, '/metadata/labels/app.kubernetes.io~1name')).toBe('web');
    expect(valueAtPointer(doc, '/metadata/labels/a~0b')).toBe('x');
    expect(valueAtPointer(doc, '/spec/rules/1/backendRefs')).toBeUndefined();
    expect(valueAtPointer(doc, '/metadata/labels/app.kubernetes.io~1name/length')).toBeUndefined();
  });

  test('a value in a finding: JSON, (unset) when absent, cut at 80 characters', () => {
    expect([show('semver'), show({ mode: 'nginx' }), show(undefined), show(null)]).toEqual(['"semver"', '{"mode":"nginx"}', '(unset)', 'null']);
    expect(show('x'.repeat(100))).toBe(`"${'x'.repeat(76)}...`);
  });
});

describe('sync windows: the rules use the model\'s own parsers', () => {
  test('a time zone Argo CD cannot load by name (wrong case) is a finding, as it is a configuration error', () => {
    // Intl accepts 'america/chicago' and canonicalizes it; Go's time.LoadLocation on Linux does not.
    const findings = findingsOf({
      tree: (f) =>
        editYaml(f, FIXTURE_PROJECT_FILE, (d) => {
          d[0].spec.syncWindows[0].timeZone = 'america/chicago';
        }),
    });
    expect(findings).toContain(
      'dist/argocd/test-fixture/project.yaml: AppProject fixture: spec.syncWindows[0].timeZone: argocd/sync-window-schedule: "america/chicago" is not an IANA time zone',
    );
  });
});
