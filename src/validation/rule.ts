import { show as showValue } from '../model/show';
import type { Manifest } from '../tree/manifest';
import { type Tree } from '../tree/manifest';

/** One problem: which file, which object, which field, which rule, and what is wrong with which value. */
export interface Finding {
  /** The file the object comes from (for an environment's built object, the defining file and the overlay). */
  readonly file: string;
  /** `Kind name` of the object, or `Kustomization` for a kustomization file. */
  readonly object: string;
  /** Field path inside the object, e.g. `spec.strategy.canary.steps[2].setWeight`. */
  readonly path: string;
  /** The rule's id, e.g. `rollouts/set-weight-increasing`. */
  readonly rule: string;
  /** What is wrong, naming the offending value. */
  readonly message: string;
}

/** A finding as a rule reports it: runRules adds the rule's id. */
export type RuleFinding = Omit<Finding, 'rule'>;

/** `file: object: path: rule: message`, the one-line form synth and `gridops validate` print. */
export function formatFinding(f: Finding): string {
  return `${f.file}: ${f.object}: ${f.path}: ${f.rule}: ${f.message}`;
}

/** An object with where it comes from. */
export interface Located {
  /** The label of its file in messages. */
  readonly file: string;
  readonly object: Manifest;
}

/** One environment: what its overlay builds to (the objects Argo CD applies). */
export interface Environment {
  /** `app/env`. */
  readonly name: string;
  /** The overlay directory, relative to the repository root. */
  readonly dir: string;
  readonly objects: readonly Located[];
}

/** A kustomization file of the tree, parsed. */
export interface Kustomization {
  readonly file: string;
  readonly dir: string;
  readonly doc: Record<string, unknown>;
}

/** What the rules look at. */
export interface ValidationContext {
  /** The generated tree: path → content. */
  readonly tree: Tree;
  /** Every Kubernetes object in the tree's files (kustomizations, kustomize configuration and patches excluded). */
  readonly objects: readonly Located[];
  /** Every environment's built objects. */
  readonly environments: readonly Environment[];
  /** Each distinct object once: the tree's files' objects, then each environment's where it differs from them. */
  readonly distinct: readonly Located[];
  /** Every kustomization of the tree. */
  readonly kustomizations: readonly Kustomization[];
  /** The kustomization of each directory that has one. */
  readonly kustomizationAt: ReadonlyMap<string, Kustomization>;
  /** The objects of each file. */
  readonly objectsIn: ReadonlyMap<string, readonly Located[]>;
  /** Directories of the tree (every ancestor of every file). */
  readonly dirs: ReadonlySet<string>;
  /** `kubectl kustomize DIR` (DIR relative to the repository root); throws with kustomize's message. */
  readonly kustomize?: (dir: string) => Manifest[];
  /** Remember objects found valid across runs (node_modules/.cache), see ValidityCache. */
  readonly useCache?: boolean;
  /** This repository's URL: Application sources in it must point at kustomizations of the tree. @default - every source with a path */
  readonly repoURL?: string;
  /** Files of the tree that are not valid YAML. */
  readonly parseFailures: readonly { readonly file: string; readonly message: string }[];
  /** The YAML documents of a file of the tree (read once); throws when it is not valid YAML. */
  readonly documentsOf: (file: string) => unknown[];
}

/** A validation rule: one id, one sentence, one check. */
export interface Rule {
  /** `area/name`, stable: it is printed in every finding and listed in the README. */
  readonly id: string;
  /** One line: what the rule requires and why. */
  readonly description: string;
  /** `kubectl`: the rule runs the real kubectl kustomize, so it runs in `gridops validate` and tests, not in synth. */
  readonly needs?: 'kubectl';
  /** The rule's findings; runRules stamps them with the rule's id. */
  check(ctx: ValidationContext): RuleFinding[];
}

const json = new WeakMap<object, string>();

/** An object's JSON, computed once (rules compare objects by it). */
export function jsonOf(m: object): string {
  let j = json.get(m);
  if (j === undefined) {
    j = JSON.stringify(m);
    json.set(m, j);
  }
  return j;
}

/** `Kind name` of an object. */
export function objectName(m: Manifest): string {
  return `${m.kind} ${m.metadata?.name ?? '(unnamed)'}`;
}

/** A finding about a located object. */
export function findingAt(at: Located, path: string, message: string): RuleFinding {
  return { file: at.file, object: objectName(at.object), path, message };
}

/** Field path of a list of keys and indexes: `spec.steps[2].setWeight`, `metadata.labels["app.kubernetes.io/name"]`. */
export function fieldPath(...parts: readonly (string | number)[]): string {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'number') out += `[${p}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(p)) out += out ? `.${p}` : p;
    else out += `[${JSON.stringify(p)}]`;
  }
  return out || '(object)';
}

/** A value as it appears in a finding: JSON, shortened to 80 characters; `(unset)` when absent. */
export function show(value: unknown): string {
  return showValue(value, { unset: '(unset)', max: 80 });
}

/** Plain-object test. */
export function isObject(v: unknown): v is Record<string, any> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The items whose key an earlier item already has: each with its index and the index of the first with that key. */
export function repeats<T>(items: readonly T[], key: (item: T) => unknown): { item: T; index: number; first: number }[] {
  const first = new Map<unknown, number>();
  const out: { item: T; index: number; first: number }[] = [];
  items.forEach((item, index) => {
    const k = key(item);
    const seen = first.get(k);
    if (seen !== undefined) out.push({ item, index, first: seen });
    else first.set(k, index);
  });
  return out;
}
