import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { groupVersion } from '../tree/manifest';

/*
 * Import-time half of schema validation (`gridops import`): turns the pinned schemas into precompiled ajv validators,
 * committed under imports/validators/, which validation loads lazily (src/validation/schema.ts). Compiling the
 * Rollout or Application schema with ajv takes hundreds of milliseconds, far too slow for every synth; loading the
 * generated code takes a few.
 *
 * Core kinds: the Kubernetes 1.27 OpenAPI schemas come from the npm package `kubernetes-models` 4.3.0 (pinned, a
 * devDependency; its README states Kubernetes 1.27.1 and its API set matches 1.27: flowcontrol v1beta3 and no v1).
 * It ships each definition as a JSON schema registered through @kubernetes-models/validate; we collect those
 * definitions, bundle the ones a kind needs into one self-contained schema, and compile it like a CRD's.
 *
 * Nothing here is loaded by synth: ajv's compiler, its standalone generator and kubernetes-models are required
 * inside the functions, so the CLI bundle does not pay for them at start-up.
 */

/** Core kinds validated against the Kubernetes 1.27 schemas: apiVersion → kinds. */
export const CORE_KINDS: Readonly<Record<string, readonly string[]>> = {
  v1: ['ConfigMap', 'Namespace', 'Secret', 'Service', 'ServiceAccount'],
  'networking.k8s.io/v1': ['Ingress', 'NetworkPolicy'],
  'autoscaling/v2': ['HorizontalPodAutoscaler'],
  'policy/v1': ['PodDisruptionBudget'],
  'rbac.authorization.k8s.io/v1': ['Role', 'RoleBinding'],
};

/** One schema to compile. */
export interface SchemaToCompile {
  readonly apiVersion: string;
  readonly kind: string;
  /** The schema as published (a CRD version's openAPIV3Schema, or a bundled core schema). */
  readonly schema: Record<string, unknown>;
  /** Where it comes from, for the generated file's header. */
  readonly source: string;
  /** CRD schemas are structural: an object node without properties keeps nothing (the API server prunes it). */
  readonly structural: boolean;
}

type Node = Record<string, unknown>;

export { schemaStem, validatorFile } from '../validation/schema';

const OBJECT_META = 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta';

/** kubernetes-models' module name of a definition id (`io.k8s.api.core.v1.Service` → `IoK8sApiCoreV1Service`). */
function moduleOf(id: string): string {
  return id.split('.').map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('');
}

/**
 * Collects kubernetes-models' definitions reachable from the given ids by calling their `addSchema()` with
 * @kubernetes-models/validate's `register` swapped for a collector.
 */
function collectCoreDefinitions(root: string, ids: readonly string[]): Map<string, Node> {
  const defs = new Map<string, Node>();
  const paths = [root];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const validate = require(require.resolve('@kubernetes-models/validate', { paths })) as { register: (id: string, s: Node) => void };
  const original = validate.register;
  validate.register = (id, schema) => {
    if (!defs.has(id)) defs.set(id, JSON.parse(JSON.stringify(schema)) as Node);
  };
  try {
    for (const id of ids) {
      const pkg = id.startsWith('io.k8s.apimachinery.') ? '@kubernetes-models/apimachinery' : 'kubernetes-models';
      const file = path.join(packageDir(root, pkg), '_schemas', `${moduleOf(id)}.js`);
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      (require(file) as { addSchema: () => void }).addSchema();
    }
  } finally {
    validate.register = original;
  }
  return defs;
}

/** Directory of an installed package (its `exports` hide _schemas/ and package.json from require). */
function packageDir(root: string, pkg: string): string {
  return path.dirname(require.resolve(pkg, { paths: [root] }));
}

/**
 * A self-contained schema of one definition: the definitions it reaches under `definitions`, with
 * kubernetes-models' `{oneOf: [{$ref}, {type: null}]}` (an optional reference) reduced to the reference.
 */
function bundle(rootId: string, defs: ReadonlyMap<string, Node>): Node {
  const used = new Set<string>();
  const rewrite = (n: unknown): unknown => {
    if (Array.isArray(n)) return n.map(rewrite);
    if (!n || typeof n !== 'object') return n;
    const node = n as Node;
    const oneOf = node.oneOf as Node[] | undefined;
    if (oneOf && oneOf.length === 2 && oneOf[1].type === 'null' && typeof oneOf[0].$ref === 'string' && Object.keys(node).length === 1) {
      return rewrite(oneOf[0]);
    }
    const out: Node = {};
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') {
        const id = v.replace(/#$/, '');
        if (!defs.has(id)) throw new Error(`kubernetes-models: ${rootId} refers to unknown definition ${id}`);
        if (!used.has(id)) {
          used.add(id);
          definitions[id] = rewrite(defs.get(id)) as Node;
        }
        out.$ref = `#/definitions/${id}`;
      } else if (k === 'enum' || k === 'required' || k === 'default') {
        out[k] = v;
      } else {
        out[k] = rewrite(v);
      }
    }
    return out;
  };
  const definitions: Record<string, Node> = {};
  const root = rewrite(defs.get(rootId)) as Node;
  const sorted = Object.fromEntries(Object.keys(definitions).sort().map((k) => [k, definitions[k]]));
  return { ...root, definitions: sorted };
}

/** Bundled Kubernetes 1.27 schemas of {@link CORE_KINDS}, plus ObjectMeta (for custom resources' metadata). */
export function coreSchemas(root: string): { kinds: SchemaToCompile[]; objectMeta: Node } {
  const ids: string[] = [OBJECT_META];
  const wanted: { apiVersion: string; kind: string; id: string }[] = [];
  for (const [apiVersion, kinds] of Object.entries(CORE_KINDS)) {
    const { group, version } = groupVersion(apiVersion);
    for (const kind of kinds) {
      const id = `io.k8s.api.${group === '' ? 'core' : group.split('.')[0]}.${version}.${kind}`;
      ids.push(id);
      wanted.push({ apiVersion, kind, id });
    }
  }
  const defs = collectCoreDefinitions(root, ids);
  const version = (JSON.parse(fs.readFileSync(path.join(packageDir(root, 'kubernetes-models'), 'package.json'), 'utf8')) as { version: string }).version;
  const source = `npm kubernetes-models@${version} (Kubernetes 1.27)`;
  return {
    kinds: wanted.map((w) => ({ apiVersion: w.apiVersion, kind: w.kind, schema: { 'x-source': `${source} ${w.id}`, ...bundle(w.id, defs) }, source, structural: false })),
    objectMeta: bundle(OBJECT_META, defs),
  };
}

/**
 * The schema as the API server enforces it, for validation:
 * - every object node with `properties` and no `additionalProperties` (and, in a structural CRD schema, every
 *   `type: object` node) gets `additionalProperties: false` unless it has `x-kubernetes-preserve-unknown-fields`:
 *   the API server prunes unknown fields silently, so an unknown field is an error here;
 * - `x-kubernetes-int-or-string` without `anyOf` accepts an integer or a string;
 * - a custom resource's `metadata` (`type: object` in every CRD) is Kubernetes' ObjectMeta;
 * - `status` is left open: controllers write it, synth never does.
 * Large subtrees become shared `definitions` (deduplicated by content), so the generated code has one small
 * function per subtree that V8 compiles only when an object uses it.
 */
export function prepareSchema(input: SchemaToCompile, objectMeta: Node): Node {
  const { 'x-source': _source, ...schema } = JSON.parse(JSON.stringify(input.schema)) as Node;
  void _source;
  const definitions: Record<string, Node> = { ...((schema.definitions as Record<string, Node>) ?? {}) };
  delete schema.definitions;
  const props = (schema.properties ?? {}) as Record<string, Node>;
  const metaDefinitions: Record<string, Node> = {};
  if (input.structural) {
    const { definitions: metaDefs, ...meta } = JSON.parse(JSON.stringify(objectMeta)) as Node & { definitions: Record<string, Node> };
    Object.assign(metaDefinitions, metaDefs, { [OBJECT_META]: meta });
    Object.assign(definitions, metaDefinitions);
    props.metadata = { $ref: `#/definitions/${OBJECT_META}` };
  }
  if (props.status) props.status = { type: 'object', 'x-kubernetes-preserve-unknown-fields': true };
  closeObjects(schema, input.structural);
  for (const [id, d] of Object.entries(definitions)) closeObjects(d, input.structural && !(id in metaDefinitions));

  // Split subtrees into content-addressed definitions.
  const split = (n: Node, top: boolean): Node => {
    if (n.properties) for (const k of Object.keys(n.properties as Node)) (n.properties as Node)[k] = split((n.properties as Record<string, Node>)[k], false);
    if (n.items && typeof n.items === 'object' && !Array.isArray(n.items)) n.items = split(n.items as Node, false);
    if (n.additionalProperties && typeof n.additionalProperties === 'object') n.additionalProperties = split(n.additionalProperties as Node, false);
    if (top) return n;
    const text = JSON.stringify(n);
    if (text.length < SPLIT_THRESHOLD || n.$ref !== undefined) return n;
    const id = `s${createHash('sha1').update(text).digest('hex').slice(0, 12)}`;
    definitions[id] = n;
    return { $ref: `#/definitions/${id}` };
  };
  for (const id of Object.keys(definitions)) definitions[id] = split(definitions[id], true);
  split(schema, true);
  return { ...schema, definitions };
}

/** Applies the unknown-field and int-or-string rules of {@link prepareSchema} to a schema, walking only its subschemas. */
function closeObjects(node: Node, structural: boolean): void {
  if (typeof node.pattern === 'string') node.pattern = jsPattern(node.pattern);
  if (node['x-kubernetes-int-or-string'] && !node.anyOf && !node.oneOf && !node.type) node.anyOf = [{ type: 'integer' }, { type: 'string' }];
  const isObject = node.properties !== undefined || (structural && node.type === 'object');
  if (isObject && node.additionalProperties === undefined && !node['x-kubernetes-preserve-unknown-fields']) node.additionalProperties = false;
  const sub = (n: unknown) => {
    if (n && typeof n === 'object' && !Array.isArray(n)) closeObjects(n as Node, structural);
  };
  for (const p of Object.values((node.properties ?? {}) as Record<string, Node>)) sub(p);
  if (Array.isArray(node.items)) node.items.forEach(sub);
  else sub(node.items);
  sub(node.additionalProperties);
  sub(node.not);
  for (const k of ['anyOf', 'oneOf', 'allOf']) if (Array.isArray(node[k])) (node[k] as unknown[]).forEach(sub);
}

/**
 * A CRD pattern (Go's RE2 syntax, which the API server evaluates) as a JavaScript regular expression of the same
 * language. The one RE2 construct the pinned CRDs use that JavaScript lacks is the inline case-insensitive flag `(?i)`
 * at the start (prometheus-operator's `^(?i)(abort|warn)?$`): it becomes a class of both cases for every letter.
 */
export function jsPattern(pattern: string): string {
  const m = /^(\^?)\(\?i\)/.exec(pattern);
  if (!m) return pattern;
  const rest = pattern.slice(m[0].length);
  if (/\\|\[/.test(rest)) throw new Error(`schema pattern ${JSON.stringify(pattern)}: (?i) with escapes or character classes is not translated`);
  return m[1] + rest.replace(/[A-Za-z]/g, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
}

/** Subtrees whose JSON is at least this long become their own definition (and generated function). */
const SPLIT_THRESHOLD = 150;

/**
 * Compiles a prepared schema into a CommonJS module exporting the validator (ajv standalone code, minified).
 * Options: `strict: false` (Kubernetes extensions are not JSON-schema keywords), `allErrors: true` (report every
 * problem at once), formats not validated (Kubernetes formats such as int32 or quantity are not JSON-schema
 * formats; the rules check quantities themselves), `messages: false` (findings are worded from the error's keyword
 * and params).
 */
export function compileValidator(prepared: Node, header: string): string {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const Ajv = (require('ajv') as typeof import('ajv')).default;
  const standaloneCode = (require('ajv/dist/standalone') as typeof import('ajv/dist/standalone')).default;
  const esbuild = require('esbuild') as typeof import('esbuild');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, messages: false, inlineRefs: false, code: { source: true, esm: false } });
  const code = standaloneCode(ajv, ajv.compile(prepared));
  const min = esbuild.transformSync(code, { minify: true, format: 'cjs', target: 'node20' }).code;
  return `${header}\n${min}`;
}
