import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { applicationFlag, applicationsWithEnvironment, environmentFlag } from './cli/flags';
import { ConfigError } from './errors';
import { IMAGE_TAGS_FILE, ImageTags } from './image-tags';
import { mergeSettings } from './model/application';
import { DNS_LABEL, HOSTNAME, isAppName, MAX_APP_NAME } from './model/names';
import { PlatformConfig } from './model/platform';

const PLATFORM_FILE = 'src/config/platform.ts';

/** A planned change to one file: its new content, or undefined to delete it. */
export type FileEdits = Map<string, string>;

/** `grid-telemetry` → `gridTelemetry`. */
export function identifierOf(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** Options of {@link planNewApp}. */
export interface NewAppOptions {
  /** Image repository. @default - `<registry of the first application>/<name>` */
  readonly image?: string;
  /** Container port. @default 8080 */
  readonly port?: number;
  /** Public host; without it the application has no Ingress. @default - none */
  readonly host?: string;
}

/**
 * Plans `gridops new app`: a configuration file with sensible defaults on the platform's existing clusters and
 * environments, its registration in src/config/platform.ts, its image tags, and a test. Returns the edits; nothing is
 * written here.
 */
export function planNewApp(root: string, platform: PlatformConfig, name: string, options: NewAppOptions = {}): FileEdits {
  if (!isAppName(name)) throw new ConfigError(`app name '${name}' must be a DNS label of at most ${MAX_APP_NAME} characters (lowercase letters, digits, '-')`);
  if (platform.applications.some((a) => a.name === name)) throw new ConfigError(`app '${name}' already exists (src/config/apps/${name}.ts)`);
  const file = `src/config/apps/${name}.ts`;
  if (fs.existsSync(path.join(root, file))) throw new ConfigError(`${file} already exists`);
  const ident = identifierOf(name);
  const template = platform.applications[0];
  if (!template) throw new ConfigError('no application to take clusters and environments from: write the first one by hand');
  const port = options.port ?? 8080;
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new ConfigError(`--port ${port} must be a port number 1-65535`);
  const registry = template.image.split('/')[0];
  const image = options.image ?? `${registry}/${name}`;
  if (/@|:[^/]*$/.test(image)) throw new ConfigError(`--image '${image}' must be a repository without tag or digest`);
  if (options.host !== undefined && !HOSTNAME.test(options.host)) {
    throw new ConfigError(`--host '${options.host}' must be a lowercase DNS name with a dot`);
  }
  const q = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  const envs = template.environments.map((env) => {
    const small = !env.tagPolicy.releases;
    const host = options.host ? options.host.replace(/^([^.]+)/, `$1${small ? `-${env.name}` : ''}`) : undefined;
    const lines = [
      `const ${identifierOf(env.name)}: EnvironmentConfig = {`,
      `  name: ${q(env.name)},`,
      `  cluster: { name: ${q(env.cluster.name)}, server: ${q(env.cluster.server)} },`,
      `  tagPolicy: ${env.tagPolicy.source},`,
      `  sync: { prune: ${env.sync.prune}, selfHeal: ${env.sync.selfHeal} },`,
      `  slackChannel: ${q(`${name}-${env.name}-deploys`)},`,
      ...(env.protected ? ['  protected: true,'] : []),
      `  overrides: {`,
      ...(small
        ? [
            `    scaling: { minReplicas: 2, maxReplicas: 4 },`,
            `    canary: { pauses: ['30s', '1m', '1m'], trafficShareTolerance: 25 },`,
            `    analysis: { interval: '30s' }, // the third failed measurement (1m + 2 × 30s) comes before the last pause ends`,
          ]
        : []),
      `    azure: { clientId: '00000000-0000-0000-0000-000000000000', keyVaultName: ${q(`kv-${name}-${env.name}`.slice(0, 24).replace(/-$/, ''))} }, // TODO: the identity federated with this environment's ServiceAccount`,
      ...(host ? [`    ingress: { host: ${q(host)} },`] : []),
      `  },`,
      `};`,
    ];
    return lines.join('\n');
  });
  const t = template.defaults;
  const content = [
    `import { ApplicationConfig, EnvironmentConfig } from '../../model/application';`,
    `import { TagPolicy } from '../../model/tag-policy';`,
    ``,
    `// Scaffolded by \`gridops new app ${name}\`: a canary on the platform's clusters with safe defaults.`,
    `// Review the values marked TODO, then run \`npm run synth\` and \`npm test\`.`,
    ``,
    ...envs.flatMap((e) => [e, '']),
    `/** ${name}: TODO describe the service. \`defaults\` is the Kustomize base and the production shape. */`,
    `export const ${ident}: ApplicationConfig = {`,
    `  name: ${q(name)},`,
    `  image: ${q(image)},`,
    `  container: { port: ${port}, readinessPath: '/healthz/ready', livenessPath: '/healthz/live' },`,
    ...(options.host ? [`  tlsCertificate: ${q(`${name}-tls`)}, // Key Vault certificate for the ingress`] : []),
    `  defaults: {`,
    `    namespace: ${q(name)},`,
    `    scaling: { minReplicas: 10, maxReplicas: 20, targetCpuUtilization: 70, maxUnavailable: 1 },`,
    `    canary: { weights: [${t.canary.weights.join(', ')}], pauses: [${t.canary.pauses.map(q).join(', ')}], maxSurge: '25%', trafficShareTolerance: 5 },`,
    `    analysis: {`,
    `      prometheusAddress: ${q(t.analysis.prometheusAddress)},`,
    `      successRateMin: 0.99,`,
    `      latencyP99MaxMs: 500,`,
    `      errorRateMax: 0.01,`,
    `      interval: '1m',`,
    `      abortOnFailure: 3,`,
    `    },`,
    `    resources: { requests: { cpu: '250m', memory: '256Mi' }, limits: { cpu: '1', memory: '512Mi' } },`,
    ...(options.host ? [`    ingress: { host: ${q(options.host)} },`] : []),
    `    azure: { tenantId: ${q(t.azure.tenantId)}, clientId: '00000000-0000-0000-0000-000000000000', keyVaultName: ${q(`kv-${name}`.slice(0, 24).replace(/-$/, ''))} },`,
    `    settings: { LOG_LEVEL: 'info' },`,
    `  },`,
    `  environments: [${template.environments.map((e) => identifierOf(e.name)).join(', ')}],`,
    `};`,
    ``,
  ].join('\n');

  const edits: FileEdits = new Map();
  edits.set(file, content);
  edits.set(PLATFORM_FILE, registerApp(read(root, PLATFORM_FILE), name, ident));
  const tags = ImageTags.load(path.join(root, IMAGE_TAGS_FILE));
  for (const env of template.environments) tags.set(name, env.name, env.tagPolicy.example);
  edits.set(IMAGE_TAGS_FILE, tags.toString());
  edits.set(`test/apps/${name}.test.ts`, appTest(name, template.environments.map((e) => e.name)));
  return edits;
}

/** Options of {@link planNewEnv}. */
export interface NewEnvOptions {
  /** Only this application. @default - every application that has the `from` environment */
  readonly app?: string;
  /** Cluster of the new environment. @default - the `from` environment's cluster, in a namespace of its own */
  readonly cluster?: { readonly name: string; readonly server: string };
}

/**
 * Plans `gridops new env <name> --from <env>`: in each application's file, a `deriveEnvironment(<from>, …)` constant
 * after the `from` environment and its entry in `environments`; the `from` tag copied in the tag file.
 */
export function planNewEnv(root: string, platform: PlatformConfig, name: string, from: string, options: NewEnvOptions = {}): FileEdits {
  if (!DNS_LABEL.test(name)) throw new ConfigError(`environment name '${name}' must be a DNS label (lowercase letters, digits, '-')`);
  const apps = options.app ? [applicationFlag(platform, options.app)] : applicationsWithEnvironment(platform.applications, from, '--from');
  const edits: FileEdits = new Map();
  const tags = ImageTags.load(path.join(root, IMAGE_TAGS_FILE));
  for (const app of apps) {
    const fromEnv = environmentFlag(app, from, '--from');
    if (app.environments.some((e) => e.name === name)) throw new ConfigError(`${app.name} already has an environment '${name}'`);
    const file = `src/config/apps/${app.name}.ts`;
    const s = mergeSettings(app.defaults, fromEnv.overrides);
    const sameCluster = !options.cluster || options.cluster.server === fromEnv.cluster.server;
    const changes = [
      `  name: '${name}',`,
      ...(options.cluster ? [`  cluster: { name: '${options.cluster.name}', server: '${options.cluster.server}' },`] : []),
      ...(sameCluster ? [`  namespace: '${`${s.namespace}-${name}`}',`] : []),
      ...(s.ingress && sameCluster ? [`  ingressHost: '${s.ingress.host.replace(/^[^.]+/, `${app.name}-${name}`)}',`] : []),
    ];
    const snippet =
      `\n\n/** Added by \`gridops new env ${name} --from ${from}\`: a copy of ${from}${sameCluster ? ` on its cluster, in a namespace of its own` : ''}. */\n` +
      `const ${identifierOf(name)}: EnvironmentConfig = deriveEnvironment(${identifierOf(from)}, {\n${changes.join('\n')}\n});`;
    edits.set(file, addEnvironment(read(root, file), file, identifierOf(from), identifierOf(name), snippet));
    tags.set(app.name, name, tags.get(app.name, from) ?? '');
  }
  edits.set(IMAGE_TAGS_FILE, tags.toString());
  return edits;
}

/** Writes planned edits; returns a function that undoes them. */
export function applyEdits(root: string, edits: FileEdits): () => void {
  const originals = new Map<string, string | undefined>();
  for (const [file, content] of edits) {
    const p = path.join(root, file);
    originals.set(file, fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : undefined);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, content);
  }
  return () => {
    for (const [file, content] of originals) {
      const p = path.join(root, file);
      if (content === undefined) fs.rmSync(p, { force: true });
      else fs.writeFileSync(p, content);
    }
  };
}

function read(root: string, file: string): string {
  return fs.readFileSync(path.join(root, file), 'utf8');
}

/** Inserts the import and the `applications` entry into src/config/platform.ts. */
function registerApp(source: string, name: string, ident: string): string {
  const sf = ts.createSourceFile(PLATFORM_FILE, source, ts.ScriptTarget.Latest, true);
  const imports = sf.statements.filter(ts.isImportDeclaration);
  const lastImport = imports[imports.length - 1];
  const array = findArrayProperty(sf, 'applications');
  if (!array) throw new ConfigError(`${PLATFORM_FILE}: cannot find the 'applications: [...]' list to register '${name}' in`);
  const insertAt = array.elements.length > 0 ? array.elements[array.elements.length - 1].getEnd() : array.getStart() + 1;
  const entry = array.elements.length > 0 ? `, ${ident}` : ident;
  let out = source.slice(0, insertAt) + entry + source.slice(insertAt);
  const importLine = `import { ${ident} } from './apps/${name}';\n`;
  const at = lastImport ? lastImport.getEnd() + 1 : 0;
  out = out.slice(0, at) + importLine + out.slice(at);
  return out;
}

/** Inserts the derived environment constant after `fromIdent`'s declaration and after it in `environments`. */
function addEnvironment(source: string, file: string, fromIdent: string, newIdent: string, snippet: string): string {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const decl = sf.statements.find(
    (s): s is ts.VariableStatement => ts.isVariableStatement(s) && s.declarationList.declarations.some((d) => ts.isIdentifier(d.name) && d.name.text === fromIdent),
  );
  if (!decl) throw new ConfigError(`${file}: no top-level 'const ${fromIdent}: EnvironmentConfig = …' to derive from (environments must be named constants)`);
  if (sf.statements.some((s) => ts.isVariableStatement(s) && s.declarationList.declarations.some((d) => ts.isIdentifier(d.name) && d.name.text === newIdent))) {
    throw new ConfigError(`${file}: a constant '${newIdent}' already exists`);
  }
  const array = findArrayProperty(sf, 'environments');
  const element = array?.elements.find((e) => ts.isIdentifier(e) && e.text === fromIdent);
  if (!array || !element) throw new ConfigError(`${file}: '${fromIdent}' is not in the application's 'environments: [...]'`);
  let out = source.slice(0, element.getEnd()) + `, ${newIdent}` + source.slice(element.getEnd());
  out = out.slice(0, decl.getEnd()) + snippet + out.slice(decl.getEnd());
  if (!/import \{[^}]*\bderiveEnvironment\b/.test(out)) {
    const imports = sf.statements.filter(ts.isImportDeclaration);
    const at = imports.length ? imports[imports.length - 1].getEnd() + 1 : 0;
    out = out.slice(0, at) + `import { deriveEnvironment } from '../../model/derive-environment';\n` + out.slice(at);
  }
  return out;
}

function findArrayProperty(sf: ts.SourceFile, name: string): ts.ArrayLiteralExpression | undefined {
  let found: ts.ArrayLiteralExpression | undefined;
  const visit = (n: ts.Node) => {
    if (found) return;
    if (ts.isPropertyAssignment(n) && ts.isIdentifier(n.name) && n.name.text === name && ts.isArrayLiteralExpression(n.initializer)) {
      found = n.initializer;
      return;
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

function appTest(name: string, envs: string[]): string {
  return `import * as path from 'path';
import { platform } from '../../src/config/platform';
import { IMAGE_TAGS_FILE, ImageTags } from '../../src/image-tags';
import { objectKey } from '../../src/manifest';
import { overlayDir, PROJECT_ROOT } from '../../src/paths';
import { synthesize } from '../../src/synthesize';
import { kustomizeBuild, writeTreeToTemp } from '../support/kustomize';

// Scaffolded by \`gridops new app ${name}\`. Add assertions for what matters to this service.
describe('${name}', () => {
  const result = synthesize(platform, ImageTags.load(path.join(PROJECT_ROOT, IMAGE_TAGS_FILE)));
  const dir = writeTreeToTemp(result.tree);

  test.each(${JSON.stringify(envs)})('%s: a canary Rollout with stable and canary Services', (env) => {
    const objects = result.intended.get(\`${name}/\${env}\`)! as any[];
    const rollout = objects.find((o) => o.kind === 'Rollout');
    expect(rollout.metadata.name).toBe('${name}');
    const { stableService, canaryService } = rollout.spec.strategy.canary;
    expect(objects.filter((o) => o.kind === 'Service').map((o) => o.metadata.name)).toEqual(expect.arrayContaining([stableService, canaryService]));
  });

  test.each(${JSON.stringify(envs)})('%s: the overlay builds with kubectl kustomize into the intended objects', (env) => {
    const built = kustomizeBuild(path.join(dir, overlayDir('${name}', env)));
    const want = (result.intended.get(\`${name}/\${env}\`)! as any[]).map(objectKey).sort();
    expect(built.map(objectKey).sort()).toEqual(want);
  });
});
`;
}
