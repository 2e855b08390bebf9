import * as path from 'path';
import { HclParse, parseHcl } from '../../engines/hcl2json';
import { HclParseCache } from '../hcl-cache';
import { fieldPath, isObject, Located, Rule, RuleFinding, show, ValidationContext } from '../rule';

/*
 * The Terraform files of the tree (the bootstrap module dist/terraform/modules/kubernetes/): each parses with
 * HashiCorp's HCL parser, each helm_release installs exactly what the Argo CD Application that manages the release
 * afterwards renders, and each file() it reads is a file of the tree. Terraform's JSON syntax, which the parser gives,
 * is what the rules read: blocks are arrays of objects, expressions `"${...}"` strings, a literal `${` is `$${`.
 */

/** A .tf file of the tree, parsed. */
interface TerraformFile {
  readonly file: string;
  /** The file in Terraform's JSON syntax; undefined when it does not parse. */
  readonly json?: Record<string, unknown>;
  /** HCL's diagnostics when it does not parse. */
  readonly error?: string;
}

const parsed = new WeakMap<ValidationContext, TerraformFile[]>();
/** Parses of this process (the parser is a pure function of the text), for contexts that skip the cache across runs. */
const seen = new Map<string, HclParse>();

function parse(file: string, text: string, cache?: HclParseCache): HclParse {
  if (cache) return cache.parse(file, text);
  let p = seen.get(text);
  if (!p) {
    p = parseHcl(file, text);
    if (p.json) {
      if (seen.size >= 64) seen.delete(seen.keys().next().value as string);
      seen.set(text, p);
    }
  }
  return p;
}

/** Every .tf file of the tree, parsed once per context (through the cache across runs when the context uses it). */
function parsedTerraform(ctx: ValidationContext): TerraformFile[] {
  let out = parsed.get(ctx);
  if (out) return out;
  const cache = ctx.useCache ? HclParseCache.of() : undefined;
  out = [...ctx.tree].filter(([file]) => file.endsWith('.tf')).map(([file, text]) => ({ file, ...parse(file, text, cache) }));
  cache?.save();
  parsed.set(ctx, out);
  return out;
}

/** A finding on a Terraform object (`helm_release.argocd`, `variable.x`) of a file. */
function findingOn(file: string, object: string, at: string, message: string): RuleFinding {
  return { file, object, path: at, message };
}

/** A string of Terraform's JSON syntax as the literal it stands for, or undefined when it holds an expression. */
function literal(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const unescaped = v.replace(/\$\$\{/g, '\0').replace(/%%\{/g, '\u0001');
  if (unescaped.includes('${') || unescaped.includes('%{')) return undefined;
  return unescaped.replace(/\0/g, '${').replace(/\u0001/g, '%{');
}

/** One attribute value of a Terraform object, with the object's address and the path to it. */
interface Visited {
  readonly object: string;
  readonly path: string;
  readonly value: unknown;
}

/**
 * Every string of a parsed file with the Terraform object it belongs to (`helm_release.argocd`, `data.x.y`,
 * `variable.name`, `locals`, `terraform`) and its path inside it (a nested block's index included).
 */
function strings(json: Record<string, unknown>): Visited[] {
  const out: Visited[] = [];
  const walk = (object: string, parts: (string | number)[], v: unknown) => {
    if (typeof v === 'string') out.push({ object, path: fieldPath(...parts), value: v });
    else if (Array.isArray(v)) v.forEach((x, i) => walk(object, [...parts, i], x));
    else if (isObject(v)) for (const [k, x] of Object.entries(v)) walk(object, [...parts, k], x);
  };
  /** A labelled block's instances: Terraform's JSON gives each as an array of bodies (one per declaration). */
  const bodies = (object: string, v: unknown) => (Array.isArray(v) ? v : [v]).forEach((body) => walk(object, [], body));
  for (const [kind, v] of Object.entries(json)) {
    if ((kind === 'resource' || kind === 'data') && isObject(v)) {
      for (const [type, named] of Object.entries(v)) {
        if (isObject(named)) for (const [name, body] of Object.entries(named)) bodies(`${kind === 'data' ? 'data.' : ''}${type}.${name}`, body);
      }
    } else if (['variable', 'output', 'module', 'provider'].includes(kind) && isObject(v)) {
      for (const [name, body] of Object.entries(v)) bodies(`${kind}.${name}`, body);
    } else bodies(kind, v);
  }
  return out;
}

/** The helm_release resources of a parsed file: address and body. */
function helmReleases(json: Record<string, unknown>): { address: string; body: Record<string, unknown> }[] {
  const releases = isObject(json.resource) ? json.resource.helm_release : undefined;
  if (!isObject(releases)) return [];
  return Object.entries(releases).flatMap(([name, v]) =>
    (Array.isArray(v) ? v : [v]).filter(isObject).map((body) => ({ address: `helm_release.${name}`, body })),
  );
}

/** `file("${path.module}/<rel>")` in Terraform's JSON syntax, capturing the argument. */
const FILE_CALL = /\bfile\("((?:[^"\\]|\\.)*)"\)/g;
/** An argument of `file()` relative to the module, capturing the relative path. */
const MODULE_RELATIVE = /^\$\{path\.module\}\/(.+)$/;

/** The repository path a `${path.module}/<rel>` argument of a module file names, or undefined when it is not module-relative. */
function moduleFile(tfFile: string, argument: string): string | undefined {
  const m = MODULE_RELATIVE.exec(argument);
  return m ? path.posix.normalize(path.posix.join(path.posix.dirname(tfFile), m[1])) : undefined;
}

/** The repository paths a helm_release's `values` reads (`[file("${path.module}/…")]`), or a problem with an item. */
function valuesFiles(tfFile: string, values: unknown): { files: string[] } | { problem: string } {
  const items = Array.isArray(values) ? values : values === undefined ? [] : [values];
  const files: string[] = [];
  for (const item of items) {
    const m = typeof item === 'string' ? /^\$\{file\("((?:[^"\\]|\\.)*)"\)\}$/.exec(item) : null;
    const file = m ? moduleFile(tfFile, m[1]) : undefined;
    if (!file) return { problem: `${show(item)} must be file("\${path.module}/<values file>"): the Application's values are a file of the tree` };
    files.push(file);
  }
  return { files };
}

/** The Argo CD Application of the tree that renders Helm release `name` in `namespace`, and its chart source. */
function applicationOf(ctx: ValidationContext, name: string, namespace: string): { app: Located; source: Record<string, any>; at: string } | undefined {
  for (const app of ctx.objects) {
    if (app.object.kind !== 'Application' || !app.object.apiVersion.startsWith('argoproj.io/')) continue;
    const spec = (app.object.spec ?? {}) as Record<string, any>;
    if (spec.destination?.namespace !== namespace) continue;
    const sources: unknown[] = Array.isArray(spec.sources) ? spec.sources : [spec.source];
    for (let i = 0; i < sources.length; i++) {
      const source = sources[i];
      if (!isObject(source) || typeof source.chart !== 'string') continue;
      if ((source.helm?.releaseName ?? app.object.metadata.name) === name) {
        return { app, source, at: Array.isArray(spec.sources) ? fieldPath('spec', 'sources', i) : 'spec.source' };
      }
    }
  }
  return undefined;
}

/**
 * The repository paths of a Helm source's value files: `$<ref>/<path>` resolved through the Application's `ref`
 * source of this repository; undefined for one that is not a file of this repository (relative to the chart, or of
 * another repository).
 */
function applicationValuesFiles(ctx: ValidationContext, app: Located, source: Record<string, any>): (string | undefined)[] {
  const spec = (app.object.spec ?? {}) as Record<string, any>;
  const refs = new Map<string, Record<string, any>>();
  for (const s of Array.isArray(spec.sources) ? spec.sources : []) if (isObject(s) && typeof s.ref === 'string') refs.set(s.ref, s);
  const files: unknown[] = Array.isArray(source.helm?.valueFiles) ? source.helm.valueFiles : [];
  return files.map((f) => {
    const m = typeof f === 'string' ? /^\$([^/]+)\/(.+)$/.exec(f) : null;
    const ref = m ? refs.get(m[1]) : undefined;
    const sameRepository = (url: unknown) => !ctx.repoURL || (typeof url === 'string' && url.replace(/\.git$/, '') === ctx.repoURL.replace(/\.git$/, ''));
    if (!m || !ref || !sameRepository(ref.repoURL)) return undefined;
    return path.posix.normalize(m[2]);
  });
}

export const hclSyntax: Rule = {
  id: 'terraform/hcl-syntax',
  description: "Every Terraform file (.tf) of the tree parses with HashiCorp's HCL parser (hashicorp/hcl, the WebAssembly build of @cdktf/hcl2json), as Terraform reads it.",
  check: (ctx) =>
    parsedTerraform(ctx)
      .filter((t) => t.error !== undefined)
      .map((t) => {
        const where = (line: string, column: string) => `line ${line}, column ${column}`;
        const diagnostics = t.error!.split(`${t.file}:`).join('').replace(/(\d+),(\d+)-(?:\d+,)?\d+: /g, (_m, line: string, column: string) => `${where(line, column)}: `);
        return findingOn(t.file, '(file)', '(document)', `not valid HCL: ${diagnostics}`);
      }),
};

export const helmReleaseApplication: Rule = {
  id: 'terraform/helm-release',
  description:
    'Every helm_release installs exactly the chart (repository, name, version), release name, namespace and values files of the Argo CD Application that renders the release afterwards, and sets no values of its own: handing it over to Argo CD changes nothing.',
  check: (ctx) =>
    parsedTerraform(ctx).flatMap(({ file, json }) =>
      json
        ? helmReleases(json).flatMap(({ address, body }) => {
            const say = (at: string, message: string) => findingOn(file, address, at, message);
            const name = literal(body.name);
            const namespace = body.namespace === undefined ? 'default' : literal(body.namespace);
            if (name === undefined) return [say('name', `${show(body.name)} must be the literal release name the Application renders`)];
            if (namespace === undefined) return [say('namespace', `${show(body.namespace)} must be the literal namespace of the Application's destination`)];
            const owner = applicationOf(ctx, name, namespace);
            if (!owner) {
              return [say('name', `no Argo CD Application of the tree renders Helm release ${show(name)} in namespace ${show(namespace)}: nothing would manage it after the bootstrap`)];
            }
            const { app, source, at } = owner;
            const application = `Application ${app.object.metadata.name}`;
            const of = (field: string) => `(${app.file}, ${at}.${field})`;
            const out: RuleFinding[] = [];
            const compare = (attribute: string, what: string, field: string, expected: unknown) => {
              const value = body[attribute];
              if (literal(value) !== expected) out.push(say(attribute, `must be ${show(expected)}, the ${what} of ${application} ${of(field)}, got ${show(value)}`));
            };
            compare('repository', 'chart repository', 'repoURL', source.repoURL);
            compare('chart', 'chart', 'chart', source.chart);
            compare('version', 'chart version', 'targetRevision', source.targetRevision);
            const values = valuesFiles(file, body.values);
            if ('problem' in values) out.push(say('values', values.problem));
            else {
              const expected = applicationValuesFiles(ctx, app, source);
              if (JSON.stringify(values.files) !== JSON.stringify(expected)) {
                const want = expected.map((f) => f ?? '(not a file of this repository)');
                out.push(say('values', `must read ${show(want)}, the values files of ${application} ${of('helm.valueFiles')}, got ${show(values.files)}`));
              }
            }
            for (const attribute of ['set', 'set_list', 'set_sensitive']) {
              const set = body[attribute];
              if (Array.isArray(set) ? set.length > 0 : set !== undefined) {
                out.push(say(attribute, `must be unset: ${application} renders the values files alone, and its first sync would undo ${show(set)} (put the value in the values file)`));
              }
            }
            return out;
          })
        : [],
    ),
};

export const terraformFilesExist: Rule = {
  id: 'terraform/files',
  description: "Every file() a Terraform file reads is named from its module (${path.module}/...) and is a file of the tree; one read by yamldecode() holds exactly one YAML document.",
  check: (ctx) =>
    parsedTerraform(ctx).flatMap(({ file, json }) =>
      json
        ? strings(json).flatMap(({ object, path: at, value }) => {
            const out: RuleFinding[] = [];
            for (const m of (value as string).matchAll(FILE_CALL)) {
              const argument = m[1];
              const target = moduleFile(file, argument);
              const say = (message: string) => out.push(findingOn(file, object, at, message));
              if (!target) {
                say(`file(${show(argument)}) is relative to the caller's working directory, not to this module: write "\${path.module}/..."`);
                continue;
              }
              if (!ctx.tree.has(target)) {
                say(`file(${show(argument)}) reads ${target}, which is not a file of the tree`);
                continue;
              }
              if ((value as string).includes(`yamldecode(${m[0]})`)) {
                let count: number | string;
                try {
                  count = ctx.documentsOf(target).length;
                } catch {
                  count = 'no valid';
                }
                if (count !== 1) say(`yamldecode(file(${show(argument)})) reads ${target}, which holds ${count} YAML documents: yamldecode reads exactly one`);
              }
            }
            return out;
          })
        : [],
    ),
};

/** The Terraform rules, in the order findings are reported. */
export const TERRAFORM_RULES: readonly Rule[] = [hclSyntax, helmReleaseApplication, terraformFilesExist];

