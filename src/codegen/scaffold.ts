import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { applicationFlag, applicationsWithEnvironment, checkedPlatform, environmentFlag } from '../cli/flags';
import { planAppWorkflow } from './app-workflow';
import { ConfigError } from '../model/errors';
import { IMAGE_TAGS_FILE, ImageTags, pinnedTagText } from '../model/image-tags';
import { ApplicationConfig, EnvironmentConfig, mergeSettings } from '../model/application';
import { appNameProblem, placeholder } from '../model/config-schema';
import { DNS_LABEL, escapeRegExp, GUID, HOSTNAME, HTTPS_URL, KEY_VAULT_NAME } from '../model/names';
import { PlatformConfig } from '../model/platform';

export const PLATFORM_FILE = 'src/config/platform.ts';

/** A planned change to one file: its new content, or undefined to delete it. */
export type FileEdits = Map<string, string>;

/** `grid-telemetry` → `gridTelemetry`. */
export function identifierOf(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** A planned scaffold: the files to write, and where each fact of the result came from. */
export interface ScaffoldPlan {
  readonly edits: FileEdits;
  /** Lines for the user: the facts taken from another application or environment, and those made new. */
  readonly notes: readonly string[];
}

/** The placeholders a plan writes, `file:line: TODO(…)`, read from the planned content itself. */
export function placeholdersIn(edits: FileEdits): string[] {
  const found: string[] = [];
  for (const [file, content] of edits) {
    content.split('\n').forEach((line, i) => {
      for (const m of line.matchAll(/'(TODO\([^']*\))'/g)) found.push(`${file}:${i + 1}: ${m[1]}`);
    });
  }
  return found;
}

/**
 * Expressions of a configuration file's top-level constants, copied as written (`CLUSTERS.dev`, `[PEAK_GRID_HOURS]`)
 * with the imports they need, so a scaffold refers to the same shared values as its template instead of copying them.
 */
export class SourceCopier {
  private readonly sf?: ts.SourceFile;
  private readonly imported = new Map<string, string>();
  private readonly used = new Map<string, Set<string>>();

  public constructor(file: string, source: string | undefined) {
    if (source === undefined) return;
    this.sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
    for (const st of this.sf.statements) {
      const bindings = ts.isImportDeclaration(st) && st.importClause?.namedBindings;
      if (!bindings || !ts.isNamedImports(bindings)) continue;
      for (const el of bindings.elements) this.imported.set(el.name.text, (st as ts.ImportDeclaration).moduleSpecifier.getText().slice(1, -1));
    }
  }

  /** Imports `name` from `module` in the file being written. */
  public use(module: string, ...names: string[]): void {
    const set = this.used.get(module) ?? new Set<string>();
    names.forEach((n) => set.add(n));
    this.used.set(module, set);
  }

  /**
   * The text at `constant.props…`, or undefined when the file has no such property or the expression uses a name
   * the file declares itself (a local constant cannot be imported).
   */
  public expression(constant: string, ...props: string[]): string | undefined {
    let node: ts.Expression | undefined = this.sf && this.initializer(constant);
    for (const prop of props) {
      while (node && (ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isParenthesizedExpression(node))) node = node.expression;
      if (!node || !ts.isObjectLiteralExpression(node)) return undefined;
      const found: ts.ObjectLiteralElementLike | undefined = node.properties.find((p) => p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === prop);
      node = found && ts.isPropertyAssignment(found) ? found.initializer : undefined;
    }
    if (!node) return undefined;
    const names: string[] = [];
    const visit = (n: ts.Node): void => {
      if (ts.isIdentifier(n)) names.push(n.text);
      else if (ts.isPropertyAccessExpression(n)) visit(n.expression);
      else if (ts.isPropertyAssignment(n)) visit(n.initializer);
      else ts.forEachChild(n, visit);
    };
    visit(node);
    if (names.some((n) => !this.imported.has(n) && n !== 'undefined')) return undefined;
    for (const n of names) if (this.imported.has(n)) this.use(this.imported.get(n)!, n);
    return node.getText();
  }

  /** The import declarations of everything used, sorted by module. */
  public importLines(): string[] {
    return [...this.used].sort(([a], [b]) => a.localeCompare(b)).map(([module, names]) => `import { ${[...names].sort().join(', ')} } from '${module}';`);
  }

  private initializer(constant: string): ts.Expression | undefined {
    for (const st of this.sf!.statements) {
      if (!ts.isVariableStatement(st)) continue;
      const d = st.declarationList.declarations.find((x) => ts.isIdentifier(x.name) && x.name.text === constant);
      if (d) return d.initializer;
    }
    return undefined;
  }
}

/** Options of {@link planNewApp}. */
export interface NewAppOptions {
  /** Image repository. @default - `<registry of the first application>/<name>` */
  readonly image?: string;
  /** Container port. @default 8080 */
  readonly port?: number;
  /** Public host; without it the application has no Ingress (and needs no Key Vault). @default - none */
  readonly host?: string;
  /**
   * Azure Container Registry its image build logs in to, for an image outside `<name>.azurecr.io`.
   * @default - the `<name>` of the image's registry (see {@link planAppWorkflow})
   */
  readonly registry?: string;
}

/** `s` as a single-quoted TypeScript string literal. */
export const quoted = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

const q = quoted;

/*
 * The application file `gridops new app` and `gridops migrate flagger` both write: a configuration on the first
 * application's environments (clusters, tag policies, sync, protection and sync windows referenced as that file
 * references them), its registration in src/config/platform.ts, its image tags and the caller of build-image.yml.
 */

/** Where a new application's configuration goes, and the application whose environments it takes. */
export interface NewAppFile {
  /** `src/config/apps/<name>.ts`. */
  readonly file: string;
  /** The first application: its environments are the new one's. */
  readonly template: ApplicationConfig;
}

/**
 * Refuses a name that is not an application name (the schema's rule, asked before the name makes a file path and an
 * identifier), an application configured already, a file that exists, and a platform without an application to take
 * environments from. `hints` end the refusals of a bad and of a configured name.
 */
export function newAppFile(root: string, platform: PlatformConfig, name: string, hints: { readonly badName?: string; readonly exists?: string } = {}): NewAppFile {
  const badName = appNameProblem(name);
  if (badName) throw new ConfigError(`app name '${name}' ${badName} (lowercase letters, digits, '-')${hints.badName ?? ''}`);
  if (platform.applications.some((a) => a.name === name)) throw new ConfigError(`app '${name}' already exists (src/config/apps/${name}.ts)${hints.exists ?? ''}`);
  const file = `src/config/apps/${name}.ts`;
  if (fs.existsSync(path.join(root, file))) throw new ConfigError(`${file} already exists`);
  const template = platform.applications[0];
  if (!template) throw new ConfigError('no application to take clusters and environments from: write the first one by hand');
  return { file, template };
}

/** The template's file and a copier of its expressions, which imports ApplicationConfig and EnvironmentConfig. */
export function templateSource(root: string, template: ApplicationConfig): { readonly templateFile: string; readonly src: SourceCopier } {
  const templateFile = `src/config/apps/${template.name}.ts`;
  const src = new SourceCopier(templateFile, readIfExists(root, templateFile));
  src.use('../../model/application', 'ApplicationConfig', 'EnvironmentConfig');
  return { templateFile, src };
}

/** The production host for releasing environments, `<first label>-<env>.…` for the others. */
export function environmentHost(host: string | undefined, env: EnvironmentConfig): string | undefined {
  return host?.replace(/^([^.]+)/, `$1${env.tagPolicy.releases ? '' : `-${env.name}`}`);
}

/** One environment of a new application's file. */
export interface AppEnvironment {
  /** The template's environment it is on. */
  readonly env: EnvironmentConfig;
  /** Its constant's name. */
  readonly ident: string;
  readonly namespace: string;
  readonly host?: string;
  /** The template's sync windows of this environment use names of its own file and were not copied. */
  readonly windowsLost: boolean;
  /** `const <ident>: EnvironmentConfig = {…};` */
  readonly text: string;
}

/** Options of {@link appEnvironments}. */
export interface AppEnvironmentOptions {
  /** The production host (see {@link environmentHost}). @default - no Ingress */
  readonly host?: string;
  /** Whether each environment gets placeholders of its workload identity and Key Vault. */
  readonly tls: boolean;
  /** Overrides after the namespace. @default - none */
  readonly overrides?: (env: EnvironmentConfig) => readonly string[];
}

/**
 * The environments of a new application, one for each of the template's: its cluster, tag policy and sync windows
 * copied as the template's file writes them (else as the model has them), its sync and protection, its own namespace
 * (`<name>` where the template keeps the default one, else `<name>-<env>`), Slack channel and host.
 */
export function appEnvironments(src: SourceCopier, template: ApplicationConfig, name: string, options: AppEnvironmentOptions): AppEnvironment[] {
  return template.environments.map((env) => {
    const ident = identifierOf(env.name);
    const templateNs = mergeSettings(template.defaults, env.overrides).namespace;
    const namespace = templateNs === template.defaults.namespace ? name : `${name}-${env.name}`;
    const host = environmentHost(options.host, env);
    const tagPolicy = src.expression(ident, 'tagPolicy') ?? (src.use('../../model/tag-policy', 'TagPolicy'), env.tagPolicy.source);
    const cluster = src.expression(ident, 'cluster') ?? `{ name: ${q(env.cluster.name)}, server: ${q(env.cluster.server)} }`;
    const windows = src.expression(ident, 'syncWindows');
    const text = [
      `const ${ident}: EnvironmentConfig = {`,
      `  name: ${q(env.name)},`,
      `  cluster: ${cluster},`,
      `  tagPolicy: ${tagPolicy},`,
      `  sync: { prune: ${env.sync.prune}, selfHeal: ${env.sync.selfHeal} },`,
      `  slackChannel: ${q(`${name}-${env.name}-deploys`)},`,
      ...(env.protected ? ['  protected: true,'] : []),
      ...(windows ? [`  syncWindows: ${windows},`] : []),
      `  overrides: {`,
      `    namespace: ${q(namespace)},`,
      ...(options.overrides?.(env) ?? []),
      ...(host ? [`    ingress: { host: ${q(host)} },`] : []),
      ...(options.tls
        ? [
            `    azure: {`,
            `      clientId: ${q(placeholder(`client ID of the managed identity federated with system:serviceaccount:${namespace}:${name} on ${env.cluster.name}`))},`,
            `      keyVaultName: ${q(placeholder(`Key Vault holding ${name}-tls for ${env.name}`))},`,
            `    },`,
          ]
        : []),
      `  },`,
      `};`,
    ].join('\n');
    return { env, ident, namespace, host, windowsLost: (env.syncWindows ?? []).length > 0 && !windows, text };
  });
}

/** The first image tag of an environment. */
export interface EnvironmentTag {
  readonly env: EnvironmentConfig;
  readonly tag: string;
  readonly digest?: string;
  /** The wanted digest, kept with its tag. */
  readonly keptDigest?: string;
  /** The digest is the policy's placeholder (the one the registry serves is set-image's to give). */
  readonly digestPlaceholder: boolean;
}

/**
 * The first image tag of an environment: `wanted` (with its digest) where the tag policy allows it, else the policy's
 * placeholder tag; a policy that requires a digest gets the placeholder digest beside a tag without one (no registry
 * serves either).
 */
export function environmentTag(env: EnvironmentConfig, wanted?: { readonly tag: string; readonly digest?: string }): EnvironmentTag {
  const tag = wanted !== undefined && env.tagPolicy.allows(wanted.tag) ? wanted.tag : env.tagPolicy.example;
  const keptDigest = wanted !== undefined && tag === wanted.tag ? wanted.digest : undefined;
  const digest = keptDigest ?? env.tagPolicy.exampleDigest;
  return { env, tag, digest, keptDigest, digestPlaceholder: digest !== undefined && keptDigest === undefined };
}

/** The template's Prometheus address, as its file writes it. */
export function prometheusAddress(src: SourceCopier, template: ApplicationConfig): string {
  return src.expression(identifierOf(template.name), 'defaults', 'analysis', 'prometheusAddress') ?? q(template.defaults.analysis.prometheusAddress);
}

/** The `azure:` of the defaults: the template's tenant (else a placeholder), placeholders of the identity and Key Vault. */
export function azureDefaults(src: SourceCopier, template: ApplicationConfig, name: string): string[] {
  const t = template.defaults;
  const tenant = t.azure ? (src.expression(identifierOf(template.name), 'defaults', 'azure', 'tenantId') ?? q(t.azure.tenantId)) : q(placeholder('Entra ID tenant'));
  return [
    `    azure: {`,
    `      tenantId: ${tenant},`,
    `      clientId: ${q(placeholder(`client ID of the production managed identity of ${name}`))},`,
    `      keyVaultName: ${q(placeholder(`Key Vault holding ${name}-tls in production`))},`,
    `    },`,
  ];
}

/** What an application file says besides its environments. */
export interface AppFileParts {
  /** The comment lines at the top. */
  readonly header: readonly string[];
  /** The text of the application constant's JSDoc. */
  readonly doc: string;
  readonly name: string;
  readonly image: string;
  /** Inside `container: { … }`. */
  readonly container: string;
  /** Whether it names its ingress's Key Vault certificate, `<name>-tls`. */
  readonly tls: boolean;
  /** The lines of `defaults` after its namespace. */
  readonly defaults: readonly string[];
}

/** The content of `src/config/apps/<name>.ts`: the imports `src` collected, the environments, the application. */
export function appFileContent(src: SourceCopier, environments: readonly AppEnvironment[], p: AppFileParts): string {
  const body = [
    ...p.header,
    ``,
    ...environments.flatMap((e) => [e.text, '']),
    `/** ${p.doc} */`,
    `export const ${identifierOf(p.name)}: ApplicationConfig = {`,
    `  name: ${q(p.name)},`,
    `  image: ${q(p.image)},`,
    `  container: { ${p.container} },`,
    ...(p.tls ? [`  tlsCertificate: ${q(`${p.name}-tls`)}, // Key Vault certificate of the ingress`] : []),
    `  defaults: {`,
    `    namespace: ${q(p.name)},`,
    ...p.defaults,
    `  },`,
    `  environments: [${environments.map((e) => e.ident).join(', ')}],`,
    `};`,
    ``,
  ];
  return [...src.importLines(), '', ...body].join('\n');
}

/**
 * The edits of a new application: its file, its registration in src/config/platform.ts, its image tags and, when
 * given, the caller of build-image.yml for its repository.
 */
export function appFileEdits(
  root: string,
  app: { readonly file: string; readonly content: string; readonly name: string },
  tags: readonly EnvironmentTag[],
  workflow?: { readonly file: string; readonly content: string },
): FileEdits {
  const edits: FileEdits = new Map();
  edits.set(app.file, app.content);
  edits.set(PLATFORM_FILE, registerApp(read(root, PLATFORM_FILE), app.name, identifierOf(app.name)));
  const imageTags = ImageTags.load(path.join(root, IMAGE_TAGS_FILE));
  for (const t of tags) imageTags.set(app.name, t.env.name, t.tag, t.digest);
  edits.set(IMAGE_TAGS_FILE, imageTags.toString());
  if (workflow) edits.set(workflow.file, workflow.content);
  return edits;
}

/**
 * Plans `gridops new app`: a configuration file on the first application's environments (their clusters, tag
 * policies, sync, protection and sync windows, referenced as that file references them) with safe defaults, its
 * registration in src/config/platform.ts, its image tags and the caller of build-image.yml for its own repository
 * (templates/<name>/.github/workflows/ci.yml, src/codegen/app-workflow.ts). An internal application reads no secret
 * and needs no Key Vault; an exposed one terminates TLS with a Key Vault certificate, so its identity and Key Vault
 * are written as placeholders for the user to fill in. Returns the edits; nothing is written here.
 */
export function planNewApp(root: string, platform: PlatformConfig, name: string, options: NewAppOptions = {}): ScaffoldPlan {
  checkedPlatform(platform);
  const { file, template } = newAppFile(root, platform, name);
  const port = options.port ?? 8080;
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new ConfigError(`--port ${port} must be a port number 1-65535`);
  const registry = template.image.split('/')[0];
  const image = options.image ?? `${registry}/${name}`;
  if (/@|:[^/]*$/.test(image)) throw new ConfigError(`--image '${image}' must be a repository without tag or digest`);
  if (options.host !== undefined && !HOSTNAME.test(options.host)) {
    throw new ConfigError(`--host '${options.host}' must be a lowercase DNS name with a dot`);
  }
  // the application repository's caller of build-image.yml (templates/<name>/.github/workflows/ci.yml)
  const workflow = planAppWorkflow(platform, { name, image, environments: template.environments }, { registry: options.registry });
  const { templateFile, src } = templateSource(root, template);
  const envs = appEnvironments(src, template, name, {
    host: options.host,
    tls: Boolean(options.host),
    overrides: (env) =>
      env.tagPolicy.releases
        ? []
        : [
            `    scaling: { minReplicas: 2, maxReplicas: 4 },`,
            `    canary: { pauses: ['30s', '1m', '1m'], trafficShareTolerance: 25 },`,
            `    analysis: { interval: '30s' }, // the third failed measurement (1m + 2 × 30s) comes before the last pause ends`,
          ],
  });
  const hosts = envs.map((e) => e.host!).filter(Boolean);
  const t = template.defaults;
  const content = appFileContent(src, envs, {
    header: [
      `// Scaffolded by \`gridops new app ${name}\` on ${template.name}'s environments (clusters, tag policies, sync, protection`,
      `// and sync windows as ${templateFile} has them), with safe defaults.`,
    ],
    doc: `${name}. \`defaults\` is the Kustomize base, in the production shape; every environment states its own namespace${options.host ? ', host, identity and Key Vault' : ''}.`,
    name,
    image,
    container: `port: ${port}, readinessPath: '/healthz/ready', livenessPath: '/healthz/live'`,
    tls: Boolean(options.host),
    defaults: [
      `    scaling: { minReplicas: 10, maxReplicas: 20, targetCpuUtilization: 70, maxUnavailable: 1 },`,
      `    canary: { weights: [${t.canary.weights.join(', ')}], pauses: [${t.canary.pauses.map(q).join(', ')}], maxSurge: '25%', trafficShareTolerance: 5 },`,
      `    analysis: {`,
      `      prometheusAddress: ${prometheusAddress(src, template)},`,
      `      successRateMin: 0.99,`,
      `      latencyP99MaxMs: 500,`,
      `      errorRateMax: 0.01,`,
      `      interval: '1m',`,
      `      abortOnFailure: 3,`,
      `    },`,
      `    resources: { requests: { cpu: '250m', memory: '256Mi' }, limits: { cpu: '1', memory: '512Mi' } },`,
      ...(options.host ? [`    ingress: { host: ${q(options.host)} },`, ...azureDefaults(src, template, name)] : []),
      `    settings: { LOG_LEVEL: 'info' },`,
    ],
  });

  const tags = template.environments.map((env) => environmentTag(env));
  const edits = appFileEdits(root, { file, content, name }, tags, workflow);
  const envNames = template.environments.map((e) => e.name).join(', ');
  const lost = envs.filter((e) => e.windowsLost).map((e) => e.env.name);
  const notes = [
    `${name}: from ${template.name}: the environments ${envNames} with their clusters, tag policies, sync, protection and sync windows; the canary weights and pauses; the Prometheus address`,
    `${name}: its own: namespace ${name} in each environment, image ${image}, port ${port}, Slack channels ${name}-<env>-deploys, ${
      options.host ? `hosts ${hosts.join(', ')}` : 'no Ingress, no secrets and so no Key Vault or workload identity'
    }, first image tags ${tags.map((e) => pinnedTagText({ tag: e.tag, digest: e.digest })).join(', ')}`,
    ...(lost.length > 0 ? [`${name}: ${template.name}'s sync windows of ${lost.join(', ')} use names of its own file and were not copied: add syncWindows to those environments`] : []),
    ...workflow.notes,
  ];
  return { edits, notes };
}

/** Options of {@link planNewEnv}. */
export interface NewEnvOptions {
  /** Only this application. @default - every application that has the `from` environment */
  readonly app?: string;
  /** Name of the new environment's cluster. @default - the `from` environment's cluster, in a namespace of its own */
  readonly clusterName?: string;
  /**
   * API server of that cluster. @default - the server the platform already knows for `clusterName`, else a placeholder
   */
  readonly clusterServer?: string;
  /** Namespace (one application). @default - the `from` environment's on another cluster, `<its namespace>-<name>` on its cluster */
  readonly namespace?: string;
  /** Public host (one application). @default - `<app>-<name>.<the from host's domain>` */
  readonly host?: string;
  /** Client ID of the workload identity (one application). @default - the `from` environment's */
  readonly clientId?: string;
  /** Key Vault (one application). @default - the `from` environment's */
  readonly keyVaultName?: string;
}

/**
 * Plans `gridops new env <name> --from <env>`: in each application's file, a `deriveEnvironment(<from>, …)` constant
 * after the `from` environment, with a comment saying which facts it takes from `from` and which are its own, and its
 * entry in `environments`; the `from` tag copied in the tag file. A value it can neither take nor make (another
 * cluster's API server) is written as a placeholder that synth refuses until it is replaced.
 */
export function planNewEnv(root: string, platform: PlatformConfig, name: string, from: string, options: NewEnvOptions = {}): ScaffoldPlan {
  if (!DNS_LABEL.test(name)) throw new ConfigError(`environment name '${name}' must be a DNS label (lowercase letters, digits, '-')`);
  if (options.clusterServer !== undefined && options.clusterName === undefined) {
    throw new ConfigError(`--cluster-server '${options.clusterServer}' needs --cluster-name: the cluster's name as Argo CD and the kube contexts know it`);
  }
  if (options.clusterServer !== undefined && !HTTPS_URL.test(options.clusterServer)) throw new ConfigError(`--cluster-server '${options.clusterServer}' must be an https:// URL`);
  if (options.clusterName !== undefined && !DNS_LABEL.test(options.clusterName)) throw new ConfigError(`--cluster-name '${options.clusterName}' must be a DNS label`);
  if (options.namespace !== undefined && !DNS_LABEL.test(options.namespace)) throw new ConfigError(`--namespace '${options.namespace}' must be a DNS label`);
  if (options.host !== undefined && !HOSTNAME.test(options.host)) throw new ConfigError(`--host '${options.host}' must be a lowercase DNS name with a dot`);
  if (options.clientId !== undefined && !GUID.test(options.clientId)) throw new ConfigError(`--client-id '${options.clientId}' must be a GUID`);
  if (options.keyVaultName !== undefined && !KEY_VAULT_NAME.test(options.keyVaultName)) {
    throw new ConfigError(`--key-vault '${options.keyVaultName}' is not a Key Vault name (3-24 letters, digits, '-')`);
  }
  const apps = options.app ? [applicationFlag(platform, options.app)] : applicationsWithEnvironment(checkedPlatform(platform).applications, from, '--from');
  const own = (['namespace', 'host', 'clientId', 'keyVaultName'] as const).filter((k) => options[k] !== undefined);
  if (own.length > 0 && apps.length > 1) {
    const flag = { namespace: '--namespace', host: '--host', clientId: '--client-id', keyVaultName: '--key-vault' }[own[0]];
    throw new ConfigError(`${flag} is one application's, but ${apps.length} applications have '${from}' (${apps.map((a) => a.name).join(', ')}): give --app too`);
  }
  const known = platform.applications.flatMap((a) => a.environments.map((e) => e.cluster)).find((c) => c.name === options.clusterName);
  const cluster = options.clusterName
    ? { name: options.clusterName, server: options.clusterServer ?? known?.server ?? placeholder(`API server URL of ${options.clusterName}`) }
    : undefined;

  const edits: FileEdits = new Map();
  const notes: string[] = [];
  const tags = ImageTags.load(path.join(root, IMAGE_TAGS_FILE));
  for (const app of apps) {
    const fromEnv = environmentFlag(app, from, '--from');
    if (app.environments.some((e) => e.name === name)) throw new ConfigError(`${app.name} already has an environment '${name}'`);
    const file = `src/config/apps/${app.name}.ts`;
    const s = mergeSettings(app.defaults, fromEnv.overrides);
    const target = cluster ?? fromEnv.cluster;
    const sameCluster = target.name === fromEnv.cluster.name;
    const namespace = options.namespace ?? (sameCluster ? nameFor(s.namespace, from, name) : s.namespace);
    const host = s.ingress ? (options.host ?? s.ingress.host.replace(/^[^.]+/, `${app.name}-${name}`)) : undefined;
    const slackChannel = fromEnv.slackChannel.split(from).join(name);
    const taken = [
      ...(cluster ? [] : [`cluster ${fromEnv.cluster.name}`]),
      'tag policy, sync, protection, sync windows and every other override',
      ...(namespace === s.namespace ? [`namespace ${namespace}`] : []),
      ...(s.azure && options.clientId === undefined ? [`workload identity ${s.azure.clientId} (federate it with system:serviceaccount:${namespace}:${app.name} on ${target.name})`] : []),
      ...(s.azure && options.keyVaultName === undefined ? [`Key Vault ${s.azure.keyVaultName}`] : []),
    ];
    const made = [
      ...(cluster ? [`cluster ${cluster.name}`] : []),
      ...(namespace !== s.namespace ? [`namespace ${namespace}`] : []),
      ...(host ? [`host ${host}`] : []),
      ...(options.clientId ? [`workload identity ${options.clientId}`] : []),
      ...(options.keyVaultName ? [`Key Vault ${options.keyVaultName}`] : []),
      `Slack channel ${slackChannel}`,
    ];
    const changes = [
      `  name: ${q(name)},`,
      ...(cluster ? [`  cluster: { name: ${q(cluster.name)}, server: ${q(cluster.server)} },`] : []),
      ...(namespace !== s.namespace ? [`  namespace: ${q(namespace)},`] : []),
      ...(host ? [`  ingressHost: ${q(host)},`] : []),
      ...(options.clientId ? [`  clientId: ${q(options.clientId)},`] : []),
      ...(options.keyVaultName ? [`  keyVaultName: ${q(options.keyVaultName)},`] : []),
    ];
    const comment = wrapComment(`Added by \`gridops new env ${name} --from ${from}\`. From ${from}: ${taken.join('; ')}. Its own: ${made.join('; ')}.`);
    const snippet = `\n\n${comment}\nconst ${identifierOf(name)}: EnvironmentConfig = deriveEnvironment(${identifierOf(from)}, {\n${changes.join('\n')}\n});`;
    edits.set(file, addEnvironment(read(root, file), file, identifierOf(from), identifierOf(name), snippet));
    const pinned = tags.pinned(app.name, from);
    tags.set(app.name, name, pinned?.tag ?? '', pinned?.digest);
    notes.push(`${app.name}/${name}: from ${from}: ${taken.join('; ')}`, `${app.name}/${name}: its own: ${made.join('; ')}`);
  }
  edits.set(IMAGE_TAGS_FILE, tags.toString());
  return { edits, notes };
}

/** `gridos-test` with `test` → `staging` is `gridos-staging`; a name without the environment's gets `-staging`. */
function nameFor(namespace: string, from: string, name: string): string {
  const replaced = namespace.replace(new RegExp(`(^|-)${escapeRegExp(from)}($|-)`), `$1${name}$2`);
  return replaced !== namespace ? replaced : `${namespace}-${name}`;
}

/** A JSDoc comment of `text`, wrapped at 118 columns. */
function wrapComment(text: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > 115) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return ['/**', ...lines.map((l) => ` * ${l}`), ' */'].join('\n');
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

function readIfExists(root: string, file: string): string | undefined {
  return fs.existsSync(path.join(root, file)) ? read(root, file) : undefined;
}

/** Inserts the import and the `applications` entry into src/config/platform.ts. */
export function registerApp(source: string, name: string, ident: string): string {
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
