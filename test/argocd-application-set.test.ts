import { Chart, Testing } from 'cdk8s';
import { yamlValue } from './support/yaml';
import { ApplicationSource } from '../src/constructs/argocd/application-source';
import { ApplicationSetElement, ArgoCdApplicationSet, ArgoCdApplicationSetProps } from '../src/constructs/argocd/argocd-application-set';
import { ArgoCdProject } from '../src/constructs/argocd/argocd-project';
import { CanaryHttpRoute } from '../src/constructs/traffic/canary-http-route';
import { gridos } from './fixtures/config/apps/gridos';
import { gridTelemetry } from './fixtures/config/apps/grid-telemetry';
import { platform } from './fixtures/config/platform';
import { ApplicationConfig } from '../src/model/application';
import { PlatformConfig } from '../src/model/platform';
import { synthesize } from '../src/synthesize';
import { generatedApplications, renderString } from './support/applicationset';
import { tags, trafficPlatform } from './support/fixtures';
import { Tree } from '../src/tree/manifest';

const REPO = 'https://github.com/example/gitops';
const DEV = 'https://aks-dev.example.com:443';
const PROD = 'https://aks-prod.example.com:443';

/** The platform with each application's `argocd.applicationSet` set as given (unlisted applications unchanged). */
function withApplicationSet(forms: Record<string, boolean>, base: PlatformConfig = platform): PlatformConfig {
  const set = (a: ApplicationConfig): ApplicationConfig => (a.name in forms ? { ...a, argocd: { ...a.argocd, applicationSet: forms[a.name] } } : a);
  return { ...base, applications: base.applications.map(set) };
}

const parse = (tree: Tree, file: string): any => yamlValue(tree.get(file)!);

/** Every leaf of a JSON value by its path (`spec.source.path`), so two objects compare field for field. */
function fields(value: unknown, at = ''): Record<string, unknown> {
  if (Array.isArray(value)) return Object.assign({}, ...value.map((v, i) => fields(v, `${at}[${i}]`)));
  if (typeof value === 'object' && value !== null) return Object.assign({}, ...Object.entries(value).map(([k, v]) => fields(v, at ? `${at}.${k}` : k)));
  return { [at]: value };
}

describe('one ApplicationSet generates exactly the Applications of the per-environment files', () => {
  // GIVEN both forms of both applications
  const sets = synthesize(withApplicationSet({ gridos: true, 'grid-telemetry': true }), tags()).tree;
  const files = synthesize(withApplicationSet({ gridos: false, 'grid-telemetry': false }), tags()).tree;

  test.each([
    ['grid-telemetry', ['dev', 'prod']],
    ['gridos', ['dev', 'test', 'prod']],
  ])('%s: the template rendered for each list element equals that environment\'s Application, field for field', (app, envs) => {
    // WHEN the ApplicationSet's template is rendered for each element (as the ApplicationSet controller does)
    const generated = generatedApplications(parse(sets, `dist/argocd/applicationsets/${app}.yaml`));
    // THEN one Application per environment, in order, each identical to the file the per-environment form writes
    expect(generated.map((a) => a.metadata.name)).toEqual(envs.map((e) => `${app}-${e}`));
    for (const [i, env] of envs.entries()) {
      const file = parse(files, `dist/argocd/applications/${app}-${env}.yaml`);
      expect(fields(generated[i])).toEqual(fields(file));
    }
  });

  test('the AppProject (destinations, roles, sync windows) and the rest of dist/argocd are the same in both forms, but for reading the ApplicationSet', () => {
    const appSetPolicy = /^\s+- p, proj:[^,]+:[^,]+, applicationsets, get, .*\n/gm;
    const argocd = (tree: Tree) =>
      [...tree].filter(([f]) => f.startsWith('dist/argocd/') && !/\/(applications|applicationsets)\/|\/kustomization\.yaml$/.test(f)).map(([f, text]) => [f, text.replace(appSetPolicy, '')]);
    expect(argocd(sets)).toEqual(argocd(files));
    // the one difference: every role may read the ApplicationSet (`argocd appset get`), which only one form has
    for (const app of ['gridos', 'grid-telemetry']) {
      const policies = parse(sets, `dist/argocd/projects/${app}-project.yaml`).spec.roles.flatMap((r: any) => r.policies.filter((x: string) => x.includes('applicationsets')));
      expect(policies).toEqual(['developer', 'sre', 'ci'].map((role) => `p, proj:${app}:${role}, applicationsets, get, ${app}/${app}, allow`));
      expect(files.get(`dist/argocd/projects/${app}-project.yaml`)).not.toContain('applicationsets');
    }
    expect(parse(sets, 'dist/argocd/kustomization.yaml').resources.filter((r: string) => /^application/.test(r))).toEqual(['applicationsets/gridos.yaml', 'applicationsets/grid-telemetry.yaml']);
  });

  test('elements carry the environment values; prune and selfHeal only because the environments\' sync differs', () => {
    const set = parse(sets, 'dist/argocd/applicationsets/grid-telemetry.yaml');
    expect(set.metadata).toEqual({ name: 'grid-telemetry', namespace: 'argocd', annotations: { 'argocd.argoproj.io/sync-options': 'Prune=confirm' } });
    expect([set.spec.goTemplate, set.spec.goTemplateOptions]).toEqual([true, ['missingkey=error']]);
    expect(set.spec.generators).toEqual([
      {
        list: {
          elements: [
            {
              env: 'dev',
              cluster: 'aks-gridos-dev',
              server: 'https://aks-gridos-dev.hcp.eastus.azmk8s.io:443',
              namespace: 'grid-telemetry',
              path: 'dist/applications/grid-telemetry/overlays/dev',
              slackChannel: 'grid-telemetry-dev-deploys',
              prune: true,
              selfHeal: true,
            },
            {
              env: 'prod',
              cluster: 'aks-gridos-prod',
              server: 'https://aks-gridos-prod.hcp.eastus.azmk8s.io:443',
              namespace: 'grid-telemetry',
              path: 'dist/applications/grid-telemetry/overlays/prod',
              slackChannel: 'grid-telemetry-prod-deploys',
              prune: false,
              selfHeal: false,
            },
          ],
        },
      },
    ]);
    expect(set.spec.template.metadata.name).toBe('grid-telemetry-{{.env}}');
    expect(set.spec.template.spec.syncPolicy.automated).toBeUndefined();
    expect(set.spec.templatePatch).toBe('spec:\n  syncPolicy:\n    automated:\n      prune: {{ .prune }}\n      selfHeal: {{ .selfHeal }}\n');
  });

  test('the test renderer is the controller\'s: a missing key fails (missingkey=error), other expressions are refused', () => {
    expect(renderString('{{.env}}-{{ .env }}', { env: 'dev' })).toBe('dev-dev');
    expect(() => renderString('{{.cluster}}', { env: 'dev' })).toThrow('map has no entry for key "cluster" (template "{{.cluster}}")');
    expect(() => renderString('{{ .env | upper }}', { env: 'dev' })).toThrow('unsupported template expression in "{{ .env | upper }}"');
  });

  test('an application whose environments would ignore different fields cannot share one template', () => {
    // GIVEN GridOS with test behind Gateway API (its HTTPRoute weights are ignored too), as one ApplicationSet
    const p = withApplicationSet({ gridos: true }, trafficPlatform());
    const replicas = { group: 'argoproj.io', kind: 'Rollout', name: 'gridos', jsonPointers: ['/spec/replicas'] };
    const weights = { group: 'gateway.networking.k8s.io', kind: 'HTTPRoute', name: 'gridos', jsonPointers: CanaryHttpRoute.WEIGHT_POINTERS };
    // WHEN / THEN
    expect(() => synthesize(p, tags())).toThrow(
      `gridos: argocd.applicationSet needs one ignoreDifferences for every environment (one template), but dev ignores ${JSON.stringify([replicas])} and test ${JSON.stringify([replicas, weights])}`,
    );
  });
});

describe('ArgoCdApplicationSet', () => {
  function make(chart: Chart, change: Partial<Omit<ArgoCdApplicationSetProps, 'project'>> = {}): ArgoCdApplicationSet {
    const project = new ArgoCdProject(chart, 'Project', {
      name: 'web',
      namespace: 'argocd',
      description: 'web',
      sourceRepos: [REPO],
      destinations: [
        { server: DEV, namespace: 'web' },
        { server: PROD, namespace: 'web' },
      ],
      timeZone: 'America/Chicago',
    });
    return new ArgoCdApplicationSet(chart, 'Set', {
      name: 'web',
      project,
      template: {
        name: 'web-{{.env}}',
        sources: [ApplicationSource.git({ repoURL: REPO, targetRevision: 'main', path: 'dist/applications/web/overlays/{{.env}}' })],
        server: '{{.server}}',
        namespace: 'web',
      },
      elements: [
        { parameters: { env: 'dev', server: DEV }, automated: { prune: true, selfHeal: true } },
        { parameters: { env: 'prod', server: PROD }, automated: { prune: true, selfHeal: true } },
      ],
      ...change,
    });
  }

  test('renders exactly what the imported ApplicationSet class renders, without loading its 3 MB module', () => {
    // GIVEN
    const chart = Testing.chart();
    const set = make(chart, {
      elements: [
        { parameters: { env: 'dev', server: DEV }, automated: { prune: true, selfHeal: true } },
        { parameters: { env: 'prod', server: PROD }, automated: { prune: false, selfHeal: false } },
      ],
    });
    // WHEN
    const [rendered] = Testing.synth(chart).filter((o) => o.kind === 'ApplicationSet');
    // THEN
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { ApplicationSet } = require('../imports/argocd-applicationset-argoproj.io') as typeof import('../imports/argocd-applicationset-argoproj.io');
    expect(rendered).toEqual(JSON.parse(JSON.stringify(ApplicationSet.manifest(set.props))));
    expect(rendered.spec.template.spec.source).toEqual({ repoURL: REPO, targetRevision: 'main', path: 'dist/applications/web/overlays/{{.env}}' });
  });

  test('elements that sync alike: automated sync is in the template, no templatePatch, no prune/selfHeal entries', () => {
    const chart = Testing.chart();
    const set = make(chart);
    const [rendered] = Testing.synth(chart).filter((o) => o.kind === 'ApplicationSet');
    expect(rendered.spec.template.spec.syncPolicy).toEqual({ automated: { prune: true, selfHeal: true } });
    expect(rendered.spec.templatePatch).toBeUndefined();
    expect(rendered.spec.generators[0].list.elements).toEqual([{ env: 'dev', server: DEV }, { env: 'prod', server: PROD }]);
    expect(set.applications.map((a) => [a.metadata.name, a.spec.destination, a.spec.syncPolicy])).toEqual([
      ['web-dev', { server: DEV, namespace: 'web' }, { automated: { prune: true, selfHeal: true } }],
      ['web-prod', { server: PROD, namespace: 'web' }, { automated: { prune: true, selfHeal: true } }],
    ]);
  });

  const element = (env: string, extra: Partial<ApplicationSetElement> = {}): ApplicationSetElement => ({
    parameters: { env, server: env === 'prod' ? PROD : DEV },
    automated: { prune: true, selfHeal: true },
    ...extra,
  });
  test.each<[string, Partial<Omit<ArgoCdApplicationSetProps, 'project'>>, string]>([
    ['no elements', { elements: [] }, "ApplicationSet 'web': no elements: it would generate no Application"],
    [
      'a parameter an element lacks',
      { elements: [element('dev'), element('prod', { parameters: { env: 'prod' } })] },
      'ApplicationSet \'web\': elements[1]: has no parameter \'server\', which the template uses in "{{.server}}" (parameters: env)',
    ],
    [
      'a template expression other than {{.parameter}}',
      { template: { name: 'web-{{ .env | upper }}', sources: [ApplicationSource.git({ repoURL: REPO, targetRevision: 'main', path: 'p' })], server: '{{.server}}', namespace: 'web' } },
      'ApplicationSet \'web\': elements[0]: template string "web-{{ .env | upper }}" holds an expression other than {{.<parameter>}}',
    ],
    [
      'a parameter name that is not an identifier',
      { elements: [{ parameters: { env: 'dev', server: DEV, 'my-env': 'x' } }] },
      'ApplicationSet \'web\': elements[0]: parameter name "my-env" must be an identifier (letters, digits, \'_\')',
    ],
    [
      'a parameter the template patch needs',
      { elements: [element('dev', { parameters: { env: 'dev', server: DEV, prune: 'yes' } }), element('prod', { automated: { prune: false, selfHeal: false } })] },
      'ApplicationSet \'web\': elements[0]: parameter "prune" is reserved for the automated sync the template patch writes',
    ],
    [
      'some elements syncing by hand',
      { elements: [element('dev'), element('prod', { automated: undefined })] },
      "ApplicationSet 'web': elements[1] sync by hand and the others automatically; an ApplicationSet's elements must all sync automatically or none",
    ],
    ['two elements generating one name', { elements: [element('dev'), element('dev')] }, "ApplicationSet 'web': elements[1]: generates Application 'web-dev', as elements[0] does"],
    [
      'a generated Application its project does not permit',
      { elements: [element('dev'), { parameters: { env: 'prod', server: 'https://aks-other.example.com:443' }, automated: { prune: true, selfHeal: true } }] },
      'Application \'web-prod\': project \'web\' does not permit destination https://aks-other.example.com:443 namespace "web" (destinations: https://aks-dev.example.com:443 web, https://aks-prod.example.com:443 web)',
    ],
  ])('refuses %s', (_name, change, message) => {
    expect(() => make(Testing.chart(), change)).toThrow(message);
  });
});

describe('the shipped configuration', () => {
  test('grid-telemetry uses the ApplicationSet form, GridOS one Application per environment', () => {
    expect([gridTelemetry.argocd?.applicationSet, gridos.argocd?.applicationSet]).toEqual([true, undefined]);
  });
});
