import * as path from 'path';
import { GeneratedFile, Manifest, objectKey, parseYamlDocuments, type Tree } from '../tree/manifest';
import { overlayDir } from '../tree/layout';
import { Environment, fieldPath, isObject, jsonOf, Kustomization, Located, ValidationContext } from './rule';

/** The file names kustomize reads a directory's kustomization from. */
export const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/**
 * Builds what the rules look at from the tree and each environment's objects (`app/env` → the objects its overlay
 * builds to). A tree file holds Kubernetes objects unless it is a kustomization, kustomize configuration
 * (`configurations:`, `kustomizeconfig/`) or a patch a kustomization names.
 */
export function buildContext(
  tree: Tree,
  environments: ReadonlyMap<string, readonly Manifest[]> = new Map(),
  options: Pick<ValidationContext, 'kustomize' | 'useCache' | 'repoURL'> & { readonly generated?: ReadonlyMap<string, GeneratedFile> } = {},
): ValidationContext {
  const parseFailures: { file: string; message: string }[] = [];
  const documents = new Map<string, unknown[] | Error>();
  /** A file's documents: as synth generated them while its text is unchanged, else parsed (once). Throws on bad YAML. */
  const documentsOf = (file: string): unknown[] => {
    let docs = documents.get(file);
    if (docs === undefined) {
      const text = tree.get(file) ?? '';
      const generated = options.generated?.get(file);
      try {
        docs = (generated?.json !== undefined && generated.text === text ? (JSON.parse(generated.json) as unknown[]) : parseYamlDocuments(text)).filter((d) => d !== null && d !== undefined);
      } catch (e) {
        docs = e as Error;
      }
      documents.set(file, docs);
    }
    if (docs instanceof Error) throw docs;
    return docs;
  };
  /** A file's documents for the context; a file that is not valid YAML is a parse failure (schema/yaml) with none. */
  const parse = (file: string): unknown[] => {
    try {
      return documentsOf(file);
    } catch (e) {
      parseFailures.push({ file, message: (e as Error).message });
      return [];
    }
  };
  const dirs = new Set<string>();
  const kustomizations: Kustomization[] = [];
  const notResources = new Set<string>();
  for (const file of tree.keys()) {
    for (let d = path.posix.dirname(file); d !== '.' && !dirs.has(d); d = path.posix.dirname(d)) dirs.add(d);
    if (!KUSTOMIZATION_FILES.includes(path.posix.basename(file))) continue;
    const doc = parse(file)[0];
    if (!isObject(doc)) continue;
    const dir = path.posix.dirname(file);
    kustomizations.push({ file, dir, doc });
    for (const r of fileReferences(doc)) notResources.add(path.posix.normalize(`${dir}/${r.file}`));
  }
  const objects: Located[] = [];
  const objectsIn = new Map<string, Located[]>();
  for (const file of tree.keys()) {
    if (!/\.ya?ml$/.test(file) || KUSTOMIZATION_FILES.includes(path.posix.basename(file))) continue;
    if (notResources.has(file) || file.includes('/kustomizeconfig/')) continue;
    const inFile: Located[] = [];
    for (const doc of parse(file)) {
      if (isObject(doc) && typeof doc.apiVersion === 'string' && typeof doc.kind === 'string' && doc.$patch === undefined) {
        inFile.push({ file, object: doc as Manifest });
      }
    }
    objects.push(...inFile);
    objectsIn.set(file, inFile);
  }
  const index = { tree, kustomizationAt: new Map(kustomizations.map((k) => [k.dir, k])), objectsIn };
  const envs: Environment[] = [];
  for (const [name, objs] of environments) {
    const [app, env] = name.split('/');
    const dir = overlayDir(app, env);
    const defining = new Map<string, string>();
    for (const at of resourcesOf(index, dir)) if (!defining.has(objectKey(at.object))) defining.set(objectKey(at.object), at.file);
    envs.push({
      name,
      dir,
      objects: objs.map((object) => ({ object, file: builtLabel(defining.get(objectKey(object)) ?? `${dir}/kustomization.yaml`, dir) })),
    });
  }
  const seen = new Set<string>();
  const distinct = [...objects, ...envs.flatMap((e) => e.objects)].filter((at) => !seen.has(jsonOf(at.object)) && seen.add(jsonOf(at.object)));
  return { ...index, objects, environments: envs, distinct, kustomizations, dirs, kustomize: options.kustomize, useCache: options.useCache, repoURL: options.repoURL, parseFailures, documentsOf };
}

/**
 * Label of an environment's object: its defining file and the overlay that built it,
 * `dist/applications/gridos/base/rollout.yaml (as built by overlays/prod)`, or `… (built)` for a file of the overlay.
 */
function builtLabel(file: string, overlay: string): string {
  if (file.startsWith(`${overlay}/`)) return `${file} (built)`;
  const a = file.split('/');
  const b = overlay.split('/');
  let i = 0;
  while (i < a.length - 1 && i < b.length && a[i] === b[i]) i++;
  return `${file} (as built by ${b.slice(i).join('/')})`;
}

/** A file a kustomization names that is not a resource (a patch or kustomize configuration), and where it names it. */
export interface FileReference {
  /** Field path in the kustomization, e.g. `patches[0].path`. */
  readonly at: string;
  /** The path as written, relative to the kustomization's directory. */
  readonly file: string;
  /** Whether a directory with a kustomization may stand there (transformers, generators, validators). */
  readonly dirOk: boolean;
}

/** Every file a kustomization names that is not a resource; inline entries (YAML text) are not files. */
export function fileReferences(doc: Record<string, any>): FileReference[] {
  const out: FileReference[] = [];
  for (const key of ['patches', 'patchesJson6902']) {
    asArray(doc[key]).forEach((p, i) => {
      if (isObject(p) && typeof p.path === 'string') out.push({ at: fieldPath(key, i, 'path'), file: p.path, dirOk: false });
    });
  }
  for (const key of ['patchesStrategicMerge', 'configurations', 'transformers', 'generators', 'validators']) {
    asArray(doc[key]).forEach((p, i) => {
      if (typeof p === 'string' && !p.includes('\n')) out.push({ at: fieldPath(key, i), file: p, dirOk: !['patchesStrategicMerge', 'configurations'].includes(key) });
    });
  }
  return out;
}

/**
 * The objects a kustomization's `resources` bring in, following directories recursively (name prefixes and other
 * transformers are not applied: the tree uses none).
 */
export function resourcesOf(
  index: Pick<ValidationContext, 'tree' | 'kustomizationAt' | 'objectsIn'>,
  dir: string,
  seen = new Set<string>(),
): Located[] {
  const k = index.kustomizationAt.get(dir);
  if (!k || seen.has(dir)) return [];
  seen.add(dir);
  const out: Located[] = [];
  for (const r of asArray(k.doc.resources)) {
    if (typeof r !== 'string') continue;
    const target = path.posix.normalize(`${dir}/${r}`);
    if (index.tree.has(target)) out.push(...(index.objectsIn.get(target) ?? []));
    else out.push(...resourcesOf(index, target, seen));
  }
  return out;
}

export function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}
