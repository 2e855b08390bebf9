import * as fs from 'fs';
import * as path from 'path';
import { ConfigError } from '../../model/errors';
import { show } from '../../model/show';
import { parseYamlDocuments, YamlSyntaxError } from '../../model/yaml';
import { describeErrors, validatorFor } from '../../validation/schema';

/*
 * The input of `gridops migrate flagger`: Kubernetes YAML (a file, every .yaml/.yml file of a directory, or standard
 * input), typically `helm template` of the old chart, holding a Flagger Canary and the objects it targets. Read with
 * the one YAML reader (src/model/yaml.ts), every Canary checked against Flagger v1.44.0's CRD schema (the validator
 * `npm run import` compiles from cdk8s.yaml's `schemas`).
 */

/** The Canary API this migration reads: Flagger v1.44.0's (its CRD is pinned in cdk8s.yaml). */
export const CANARY_API_VERSION = 'flagger.app/v1beta1';

/** A Kubernetes object of the input (what `helm template` prints), as read. */
export interface K8sObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: { readonly name: string; readonly namespace?: string; readonly [key: string]: unknown };
  readonly [key: string]: unknown;
}

/** An object of the input and where it came from. */
export interface InputObject {
  /** The file it was read from, as the user named it (`<stdin>` for standard input). */
  readonly file: string;
  readonly object: K8sObject;
}

/** The object in messages: `Canary podinfo`. */
export function objectLabel(o: K8sObject): string {
  return `${o.kind} ${o.metadata.name}`;
}

/**
 * Drops every key whose value is null, as the API server prunes a null of a field that is not nullable before it
 * validates (`resources: { limits: null }` from a chart's empty value, `webhooks:` with nothing under it).
 */
export function pruneNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pruneNulls);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) if (v !== null) out[k] = pruneNulls(v);
  return out;
}

/** The YAML files a source names: the file itself, or every .yaml/.yml file under a directory (in path order). */
function filesOf(source: string, cwd: string): string[] {
  const abs = path.resolve(cwd, source);
  let st: fs.Stats;
  try {
    st = fs.statSync(abs);
  } catch {
    throw new ConfigError(`${source}: no such file or directory`);
  }
  if (!st.isDirectory()) return [source];
  const found: string[] = [];
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.resolve(cwd, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = path.join(rel, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(e.name)) found.push(p);
    }
  };
  walk(source);
  if (found.length === 0) throw new ConfigError(`${source}: the directory holds no .yaml or .yml file`);
  return found;
}

/** Whether a document is kustomize's (a Kustomization or Component), not a Kubernetes object. */
function isKustomize(doc: unknown): boolean {
  return isObject(doc) && ((typeof doc.apiVersion === 'string' && doc.apiVersion.startsWith('kustomize.config.k8s.io/')) || doc.kind === 'Kustomization');
}

/** What a skipped kustomization says, for standard error. */
function kustomizationNote(file: string): string {
  return `${file}: a kustomization, not a Kubernetes object: skipped, and what it does (namespace, name prefixes, patches, images) is not applied; to migrate what it builds, give kubectl kustomize's output instead`;
}

/**
 * The Kubernetes objects of one YAML text (a `List` contributes its items); `file` names it in messages. A kustomization
 * (a file named kustomization.yaml, or a kustomize.config.k8s.io document) is skipped, with a line in `notes`.
 */
export function objectsOfText(text: string, file: string, notes: string[] = []): InputObject[] {
  if (/^(kustomization\.ya?ml|Kustomization)$/.test(path.basename(file))) {
    notes.push(kustomizationNote(file));
    return [];
  }
  let docs: unknown[];
  try {
    docs = parseYamlDocuments(text);
  } catch (e) {
    if (e instanceof YamlSyntaxError) throw new ConfigError(`${file}: not valid YAML: ${e.message}`);
    throw e;
  }
  const out: InputObject[] = [];
  docs.forEach((doc, i) => {
    if (doc === null || doc === undefined) return;
    if (isKustomize(doc)) {
      notes.push(kustomizationNote(docs.length > 1 ? `${file} (document ${i + 1})` : file));
      return;
    }
    const objects = isObject(doc) && doc.kind === 'List' && Array.isArray(doc.items) ? doc.items : [doc];
    for (const o of objects) {
      const m = isObject(o) ? o.metadata : undefined;
      if (!isObject(o) || typeof o.apiVersion !== 'string' || typeof o.kind !== 'string' || !isObject(m) || typeof m.name !== 'string') {
        throw new ConfigError(`${file}: document ${i + 1} is not a Kubernetes object (apiVersion, kind and metadata.name), got ${show(o, { max: 60 })}`);
      }
      out.push({ file, object: pruneNulls(o) as K8sObject });
    }
  });
  return out;
}

/**
 * Every Kubernetes object of the input: `source` is a file, a directory (its .yaml and .yml files, recursively) or `-`
 * (standard input, read with `stdin`); a relative path is read from `cwd`. Throws a one-line ConfigError for a path
 * that does not exist, text that is not YAML and a document that is not a Kubernetes object; a kustomization is skipped
 * with a line in `notes`.
 */
export function readInput(source: string, cwd: string, stdin: () => string = () => fs.readFileSync(0, 'utf8'), notes: string[] = []): InputObject[] {
  const out = source === '-' ? objectsOfText(stdin(), '<stdin>', notes) : filesOf(source, cwd).flatMap((f) => objectsOfText(fs.readFileSync(path.resolve(cwd, f), 'utf8'), f, notes));
  if (out.length === 0) throw new ConfigError(`${source === '-' ? '<stdin>' : source}: no Kubernetes object in the input`);
  return out;
}

/**
 * The Canary to migrate: the input's only Canary, or with several the one `name` names. Throws a one-line ConfigError
 * when there is none, when there are several and no name chooses one, and for another API version than v1beta1.
 */
export function selectCanary(input: readonly InputObject[], name: string | undefined): InputObject {
  const canaries = input.filter((o) => o.object.kind === 'Canary' && o.object.apiVersion.startsWith('flagger.app/'));
  const where = [...new Set(input.map((o) => o.file))].join(', ');
  if (canaries.length === 0) throw new ConfigError(`${where}: no Flagger Canary (${CANARY_API_VERSION}) in the input`);
  let chosen = canaries[0];
  if (canaries.length > 1) {
    const names = canaries.map((c) => c.object.metadata.name);
    if (name === undefined) throw new ConfigError(`${where}: ${canaries.length} Canaries (${names.join(', ')}): choose one with --name`);
    const found = canaries.filter((c) => c.object.metadata.name === name);
    if (found.length === 0) throw new ConfigError(`--name '${name}' names none of the ${canaries.length} Canaries of the input (${names.join(', ')})`);
    if (found.length > 1) throw new ConfigError(`${where}: ${found.length} Canaries are named ${name} (in ${found.map((c) => c.object.metadata.namespace ?? '(no namespace)').join(', ')}): give one namespace's objects`);
    chosen = found[0];
  }
  if (chosen.object.apiVersion !== CANARY_API_VERSION) {
    throw new ConfigError(`${chosen.file}: ${objectLabel(chosen.object)}: apiVersion ${chosen.object.apiVersion} is not read: convert it to ${CANARY_API_VERSION} (Flagger v1.44.0)`);
  }
  return chosen;
}

/**
 * Checks a Canary against Flagger v1.44.0's CRD schema, as the API server would (unknown fields included: the schema
 * is closed like every pinned one); throws one line naming the file, the Canary, the first field and its problem.
 */
export function validateCanary(c: InputObject): void {
  const validate = validatorFor(CANARY_API_VERSION, 'Canary');
  if (!validate) throw new ConfigError(`no pinned schema for Canary ${CANARY_API_VERSION}: run npm run import (cdk8s.yaml schemas)`);
  if (validate(c.object)) return;
  const problems = describeErrors(c.object, validate.errors ?? [], `Canary ${CANARY_API_VERSION}`);
  const first = problems[0];
  const more = problems.length > 1 ? ` (${problems.length - 1} more: ${problems.slice(1).map((p) => p.path).join(', ')})` : '';
  throw new ConfigError(`${c.file}: ${objectLabel(c.object)}: ${first ? `${first.path}: ${first.message}` : 'does not match its schema'}${more}`);
}

/**
 * The object of the input a reference names (`targetRef`, `autoscalerRef`, `ingressRef`): same kind and name, in the
 * Canary's namespace when both state one.
 */
export function findReferenced(input: readonly InputObject[], canary: K8sObject, kind: string, name: string): InputObject | undefined {
  const ns = canary.metadata.namespace;
  return input.find((o) => o.object.kind === kind && o.object.metadata.name === name && (ns === undefined || o.object.metadata.namespace === undefined || o.object.metadata.namespace === ns));
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
