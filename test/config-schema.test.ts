import { ConfigError } from '../src/model/errors';
import { EnvironmentConfig, mergeSettings } from '../src/model/application';
import { schemaProblems } from '../src/model/config-schema';
import { deriveEnvironment } from '../src/model/derive-environment';
import { PlatformConfig } from '../src/model/platform';
import { TagPolicy } from '../src/model/tag-policy';
import { synthesize } from '../src/synthesize';
import { platform } from './fixtures/config/platform';
import { platformWith, tags, withEnv } from './support/fixtures';

/** The configuration errors synth reports for `p`, one per line (none: []). */
function errors(p: PlatformConfig, t = tags()): string[] {
  try {
    synthesize(p, t);
    return [];
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    const lines = e.message.split('\n');
    return lines.length === 1 ? lines : lines.slice(1).map((l) => l.replace(/^ {2}- /, ''));
  }
}

const overridesOf = (env: string, change: (o: NonNullable<EnvironmentConfig['overrides']>) => object) =>
  withEnv(env, (e) => ({ ...e, overrides: change(e.overrides ?? {}) as EnvironmentConfig['overrides'] }));

describe('the configuration schema: unknown keys and wrong types are refused at synth, naming app, environment and field', () => {
  test('the fixture platform passes the schema', () => {
    expect(schemaProblems(platform)).toEqual([]);
  });

  test.each<[string, PlatformConfig, string[]]>([
    [
      'a misspelt key in an environment (the issue\'s minReplica)',
      overridesOf('test', (o) => ({ ...o, scaling: { minReplica: 5, maxReplicas: 10 } })),
      ["gridos/test: overrides.scaling: unknown key 'minReplica' (did you mean 'minReplicas'?)"],
    ],
    [
      'a misspelt key in the defaults',
      platformWith((a) => ({ ...a, defaults: { ...a.defaults, canary: { ...a.defaults.canary, pauzes: ['1m'] } as never } })),
      ["gridos (defaults): canary: unknown key 'pauzes' (did you mean 'pauses'?)"],
    ],
    [
      'a key far from every allowed one gets no suggestion',
      platformWith((a) => ({ ...a, container: { ...a.container, replicasPerZone: 3 } as never })),
      ["gridos: container: unknown key 'replicasPerZone'"],
    ],
    [
      'a string where a TagPolicy belongs (the issue\'s raw TypeError)',
      withEnv('prod', (e) => ({ ...e, tagPolicy: 'semver' as never })),
      ['gridos/prod: tagPolicy must be TagPolicy.gitSha(\'dev-\') or TagPolicy.semver(), got "semver"'],
    ],
    [
      'a factory passed uncalled',
      withEnv('prod', (e) => ({ ...e, tagPolicy: TagPolicy.semver as never })),
      ["gridos/prod: tagPolicy must be TagPolicy.gitSha('dev-') or TagPolicy.semver(), got a function (semver): call it"],
    ],
    [
      'a number of the wrong kind',
      overridesOf('dev', (o) => ({ ...o, scaling: { minReplicas: 2.5 } })),
      ['gridos/dev: overrides.scaling.minReplicas must be an integer, got 2.5'],
    ],
    [
      'a string where a number belongs',
      overridesOf('dev', (o) => ({ ...o, analysis: { abortOnFailure: '3' } })),
      ['gridos/dev: overrides.analysis.abortOnFailure must be a number, got "3"'],
    ],
    [
      'a required field missing',
      platformWith((a) => ({ ...a, image: undefined as never })),
      ['gridos: image is required, but not set'],
    ],
    [
      'a platform setting',
      { ...platform, argocd: { ...platform.argocd, argoCd: { ...platform.argocd.argoCd, replicas: { ...platform.argocd.argoCd.replicas, server: '3' as never } } } },
      ['platform: argocd.argoCd.replicas.server must be a number, got "3"'],
    ],
    [
      'an unknown platform key',
      { ...platform, monitoring: { ...platform.monitoring, selectorLabel: {} } as never },
      ["platform: monitoring: unknown key 'selectorLabel' (did you mean 'selectorLabels'?)"],
    ],
    [
      'a placeholder a scaffold wrote',
      withEnv('test', (e) => ({ ...e, cluster: { ...e.cluster, server: 'TODO(API server URL of aks-gridos-qa)' } })),
      ['gridos/test: cluster.server "TODO(API server URL of aks-gridos-qa)" is a placeholder: replace it with the real value'],
    ],
  ])('%s', (_case, p, want) => {
    // GIVEN a configuration with the mistake  WHEN synthesizing  THEN exactly these errors, and nothing synthesized
    expect(errors(p)).toEqual(want);
  });
});

describe('the image repository follows the OCI distribution reference grammar: registry host[:port], lowercase path', () => {
  const withImage = (image: string) => platformWith((a) => ({ ...a, image }));
  const PATH = "must have a path of lowercase letters and digits, components joined by '.', '_', '__' or '-' (the OCI distribution reference grammar: registries refuse uppercase)";

  test.each<[string, string, string]>([
    ['an uppercase path component', 'gridosacr.azurecr.io/Edge', `gridos: image "gridosacr.azurecr.io/Edge" ${PATH}`],
    ['an uppercase nested component', 'gridosacr.azurecr.io/grid/Telemetry', `gridos: image "gridosacr.azurecr.io/grid/Telemetry" ${PATH}`],
    ['a separator at the end of a component', 'gridosacr.azurecr.io/gridos-', `gridos: image "gridosacr.azurecr.io/gridos-" ${PATH}`],
    ['three underscores', 'gridosacr.azurecr.io/grid___os', `gridos: image "gridosacr.azurecr.io/grid___os" ${PATH}`],
    ['an empty component', 'gridosacr.azurecr.io//gridos', `gridos: image "gridosacr.azurecr.io//gridos" ${PATH}`],
    ['no registry', 'gridos', 'gridos: image "gridos" must start with its registry, host[:port]/path (e.g. gridosacr.azurecr.io/gridos): a name without one is pulled from Docker Hub'],
    ['a path without a registry', 'team/gridos', 'gridos: image "team/gridos" must start with its registry, host[:port]/path (e.g. gridosacr.azurecr.io/gridos): a name without one is pulled from Docker Hub'],
    ['a registry host with an underscore', 'grid_acr.azurecr.io/gridos', "gridos: image \"grid_acr.azurecr.io/gridos\" has a registry that is not a host[:port] (dot-separated labels of letters, digits and '-', then an optional :port)"],
    ['a registry port that is not a number', 'registry.example.com:https/gridos', "gridos: image \"registry.example.com:https/gridos\" has a registry that is not a host[:port] (dot-separated labels of letters, digits and '-', then an optional :port)"],
    ['a tag still on it', 'gridosacr.azurecr.io/gridos:v1', 'gridos: image "gridosacr.azurecr.io/gridos:v1" must be a repository without tag or digest (tags live in src/config/image-tags.yaml)'],
  ])('%s is refused in one line naming app, field and value', (_case, image, want) => {
    expect(errors(withImage(image))).toEqual([want]);
  });

  test.each(['gridosacr.azurecr.io/gridos', 'gridosacr.azurecr.io/grid/telemetry.ingest', 'registry.example.com:5000/grid__os-v2', 'localhost:5000/gridos', 'localhost/gridos', 'Registry.Example.com/gridos', '[::1]:5000/gridos'])('%s is a repository', (image) => {
    expect(schemaProblems(withImage(image))).toEqual([]);
  });
});

describe("an environment's own facts are stated by the environment, never inherited from the production-shaped defaults", () => {
  const without = (env: string, ...keys: ('namespace' | 'azure' | 'ingress')[]) =>
    overridesOf(env, (o) => Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k as never))));

  test('an environment written with only what differs in sizing is refused, naming each fact', () => {
    // GIVEN dev without its namespace, identity, Key Vault and host (the defaults hold production's)
    const p = without('dev', 'namespace', 'azure', 'ingress');
    // THEN each fact is named, with the production value it would otherwise have taken
    expect(errors(p)).toEqual([
      "gridos/dev: overrides.namespace is not set: every environment states its namespace (the defaults' \"gridos\" is not inherited); set it in the environment's overrides, or derive the environment from another with deriveEnvironment",
      "gridos/dev: overrides.azure.clientId is not set: every environment states its workload identity (the defaults' \"11111111-1111-1111-1111-111111111103\" is not inherited); set it in the environment's overrides, or derive the environment from another with deriveEnvironment",
      "gridos/dev: overrides.azure.keyVaultName is not set: every environment states its Key Vault (the defaults' \"kv-gridos-prod\" is not inherited); set it in the environment's overrides, or derive the environment from another with deriveEnvironment",
      "gridos/dev: overrides.ingress.host is not set: every exposed environment states its public host (the defaults' \"gridos.example.com\" is not inherited); set it in the environment's overrides, or derive the environment from another with deriveEnvironment",
    ]);
  });

  test('the production environment too, although its values equal the defaults', () => {
    expect(errors(without('prod', 'namespace'))).toEqual([
      "gridos/prod: overrides.namespace is not set: every environment states its namespace (the defaults' \"gridos\" is not inherited); set it in the environment's overrides, or derive the environment from another with deriveEnvironment",
    ]);
  });

  test('an environment derived from another takes its facts explicitly, and passes', () => {
    // GIVEN staging derived from test, on test's cluster in a namespace of its own
    const p = platformWith((a) => {
      const test_ = a.environments.find((e) => e.name === 'test')!;
      const staging = deriveEnvironment(test_, { name: 'staging', namespace: 'gridos-staging', ingressHost: 'gridos-staging.example.com' });
      return { ...a, environments: [...a.environments, staging] };
    });
    // WHEN synthesizing  THEN no error, and staging runs with test's identity and Key Vault, not production's
    const t = tags();
    t.set('gridos', 'staging', t.get('gridos', 'test')!);
    expect(errors(p, t)).toEqual([]);
    const staging = synthesize(p, t).intended.get('gridos/staging')! as any[];
    const sa = staging.find((o) => o.kind === 'ServiceAccount');
    const spc = staging.find((o) => o.kind === 'SecretProviderClass');
    const test_ = p.applications[0].environments.find((e) => e.name === 'test')!;
    expect(sa.metadata.annotations['azure.workload.identity/client-id']).toBe(test_.overrides!.azure!.clientId);
    expect(spc.spec.parameters.keyvaultName).toBe(test_.overrides!.azure!.keyVaultName);
    expect(sa.metadata.namespace).toBe('gridos-staging');
  });

  test('an application without secrets or a certificate has no Azure settings: no identity, no SecretProviderClass', () => {
    // GIVEN an internal application reading no secret
    const p = platformWith((a) => ({
      ...a,
      secrets: undefined,
      tlsCertificate: undefined,
      defaults: { ...a.defaults, azure: undefined, ingress: undefined },
      environments: a.environments.map((e) => ({ ...e, overrides: { ...e.overrides, azure: undefined, ingress: undefined } })),
    }));
    // WHEN synthesizing  THEN the ServiceAccount has no identity, no pod asks for one, and nothing mounts a Key Vault
    expect(errors(p)).toEqual([]);
    for (const env of ['dev', 'test', 'prod']) {
      const objects = synthesize(p, tags()).intended.get(`gridos/${env}`)! as any[];
      expect(objects.map((o) => o.kind)).not.toContain('SecretProviderClass');
      expect(objects.find((o) => o.kind === 'ServiceAccount').metadata.annotations).toBeUndefined();
      const pod = objects.find((o) => o.kind === 'Rollout').spec.template;
      expect(pod.metadata.labels['azure.workload.identity/use']).toBeUndefined();
      expect(pod.spec.volumes.map((v: any) => v.name)).toEqual(['tmp']);
    }
  });

  test('secrets or a Key Vault certificate without Azure settings are refused, naming what needs them', () => {
    const p = platformWith((a) => ({ ...a, defaults: { ...a.defaults, azure: undefined }, environments: a.environments.map((e) => ({ ...e, overrides: { ...e.overrides, azure: undefined } })) }));
    expect(errors(p)).toEqual(
      ['gridos (defaults)', 'gridos/dev', 'gridos/test', 'gridos/prod'].map(
        (where) => `${where}: azure is not set, but the application reads the Key Vault secrets "scada-db-password", "historian-api-key" and terminates TLS with the Key Vault certificate "gridos-tls": set azure { tenantId, clientId, keyVaultName }`,
      ),
    );
  });

  test('Azure settings an environment adds to defaults without them must be whole', () => {
    // GIVEN defaults without Azure, and dev adding only a client ID and a Key Vault
    const p = platformWith((a) => ({
      ...a,
      secrets: undefined,
      tlsCertificate: undefined,
      defaults: { ...a.defaults, azure: undefined, ingress: undefined },
      environments: a.environments.map((e) => ({ ...e, overrides: { ...e.overrides, ingress: undefined, azure: e.name === 'dev' ? e.overrides!.azure : undefined } })),
    }));
    expect(mergeSettings(p.applications[0].defaults, p.applications[0].environments[0].overrides).azure).toBeDefined();
    expect(errors(p)).toEqual(['gridos/dev: azure.tenantId is required, but not set']);
  });
});
