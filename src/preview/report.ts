import { byCodeUnits } from '../model/order';
import { type Tree } from '../tree/manifest';
import { FieldChange, fieldChanges } from './object-diff';
import { type RenderedObject, type RenderPair, type SectionKind, type TreeOutline } from './render';

export type { FieldChange, FieldChangeKind } from './object-diff';
export type { SectionKind } from './render';

/*
 * The rendered, per-environment difference of two commits: the shape `gridops diff --base … --format json` prints
 * (stable: fields are only ever added), and what the text and markdown formats are made from.
 */

/** One side of the comparison. */
export interface RevisionInfo {
  /** The revision as given (`origin/main`, `HEAD`); null for the working tree. */
  readonly ref: string | null;
  /** Its full commit id; null for the working tree. */
  readonly commit: string | null;
  /**
   * How its dist/ was had: `synthesized` from its own sources (the working tree's with its uncommitted changes), or
   * `committed` — its sources did not synthesize, so its committed dist/ (the working tree's dist/ on disk) is used.
   */
  readonly tree: 'synthesized' | 'committed';
}

/** What happened to a section or an object between base and head. */
export type Status = 'added' | 'removed' | 'changed';

/** One object (apiVersion/kind/namespace/name) that differs. */
export interface ObjectDiff {
  /** `apiVersion/kind/namespace/name` (namespace empty for a cluster-scoped object). */
  readonly key: string;
  readonly apiVersion: string;
  readonly kind: string;
  /** null for a cluster-scoped object. */
  readonly namespace: string | null;
  readonly name: string;
  readonly status: Status;
  /** For an Application an ApplicationSet generates: `ApplicationSet <name>`. */
  readonly generatedBy?: string;
  /** The fields that differ (`changed` objects only; an added or removed object lists none). */
  readonly fields: readonly FieldChange[];
}

/** A section that differs: an environment, an application's shared Argo CD objects, or a platform kustomization. */
export interface SectionDiff {
  /** `gridos/prod` (environment), `gridos` (application), `argocd` or `argocd/install/argo-rollouts/<cluster>` (platform). */
  readonly name: string;
  readonly kind: SectionKind;
  /** The application (environment and application sections). */
  readonly app?: string;
  /** The environment (environment sections). */
  readonly env?: string;
  /** `added`: only the head has it; `removed`: only the base; `changed`: both. */
  readonly status: Status;
  /** Kustomize's message, per side, when the section does not build there (its objects are then not compared). */
  readonly errors?: { readonly base?: string; readonly head?: string };
  /** The objects that differ, by key. */
  readonly objects: readonly ObjectDiff[];
}

/** A dist/ file outside the rendered trees (dist/applications/, dist/argocd/) that differs: dist/README.md, ... */
export interface OtherFile {
  readonly path: string;
  readonly status: Status;
}

/** What `gridops diff --base <ref> --format json` prints. */
export interface RenderedDiffReport {
  readonly base: RevisionInfo;
  readonly head: RevisionInfo;
  /** Whether anything differs, other files of dist/ included (what `--exit-code` exits 1 for). */
  readonly changed: boolean;
  /**
   * Whether a rendered object differs (or a section does not build on one side): `sections` is not empty. When only
   * other files of dist/ differ (dist/README.md), `changed` is true and this false, and the markdown is the "empty"
   * comment (`<!-- gridops-diff empty -->`, the other files listed in it).
   */
  readonly renderedChanged: boolean;
  /** What matters, in words, one line each (`gridos/prod: image gridosacr.azurecr.io/gridos v2.1.0 → v2.2.0`). */
  readonly summary: readonly string[];
  /** One-line warnings, also printed on stderr (`warning: …`). */
  readonly warnings: readonly string[];
  /** The sections that differ, in section order (by name, each application followed by its environments). */
  readonly sections: readonly SectionDiff[];
  /** Other dist/ files that differ, in path order (none with --app or --env). */
  readonly otherFiles: readonly OtherFile[];
}

/** Section order: by name in code units, each application directly followed by its environments (`gridos`, `gridos/dev`, `gridos-api`). */
export function bySection(a: string, b: string): number {
  return byCodeUnits(a.replace(/\//g, '\0'), b.replace(/\//g, '\0'));
}

/** Whether a section exists in a tree (by its files: an overlay, an application directory, a kustomization). */
function exists(o: TreeOutline, name: string, kind: SectionKind): boolean {
  if (kind === 'environment') return o.environments.has(name);
  if (kind === 'application') return o.apps.has(name);
  return o.platform.has(name);
}

function objectDiff(key: string, status: Status, o: RenderedObject, fields: readonly FieldChange[]): ObjectDiff {
  const m = o.manifest;
  const d: ObjectDiff = { key, apiVersion: m.apiVersion, kind: m.kind, namespace: m.metadata?.namespace ?? null, name: m.metadata?.name, status, fields };
  return o.generatedBy ? { ...d, generatedBy: o.generatedBy } : d;
}

/** Every section of the pair that differs, object by object and field by field. */
export function diffSections(pair: RenderPair): SectionDiff[] {
  const names = [...new Set([...pair.base.sections.keys(), ...pair.head.sections.keys(), ...pair.base.errors.keys(), ...pair.head.errors.keys()])].sort(bySection);
  const out: SectionDiff[] = [];
  for (const name of names) {
    const b = pair.base.sections.get(name);
    const h = pair.head.sections.get(name);
    const meta = (h ?? b)!;
    const kind: SectionKind = meta ? meta.kind : pair.headOutline.environments.has(name) || pair.baseOutline.environments.has(name) ? 'environment' : 'platform';
    const inBase = exists(pair.baseOutline, name, kind);
    const inHead = exists(pair.headOutline, name, kind);
    const status: Status = !inBase ? 'added' : !inHead ? 'removed' : 'changed';
    const baseError = pair.base.errors.get(name);
    const headError = pair.head.errors.get(name);
    const objects: ObjectDiff[] = [];
    if (baseError === undefined && headError === undefined) {
      const bo = b?.objects ?? new Map<string, RenderedObject>();
      const ho = h?.objects ?? new Map<string, RenderedObject>();
      for (const key of [...new Set([...bo.keys(), ...ho.keys()])].sort(byCodeUnits)) {
        const x = bo.get(key);
        const y = ho.get(key);
        if (!x) objects.push(objectDiff(key, 'added', y!, []));
        else if (!y) objects.push(objectDiff(key, 'removed', x, []));
        else {
          const fields = fieldChanges(y.manifest.kind, x.manifest, y.manifest);
          if (fields.length > 0) objects.push(objectDiff(key, 'changed', y, fields));
        }
      }
    }
    if (objects.length === 0 && baseError === undefined && headError === undefined && status === 'changed') continue;
    const app = meta?.app ?? pair.headOutline.environments.get(name)?.app ?? pair.baseOutline.environments.get(name)?.app;
    const env = meta?.env ?? pair.headOutline.environments.get(name)?.env ?? pair.baseOutline.environments.get(name)?.env;
    const section: SectionDiff = {
      name,
      kind,
      ...(app !== undefined ? { app } : {}),
      ...(env !== undefined ? { env } : {}),
      status,
      ...(baseError !== undefined || headError !== undefined ? { errors: { ...(baseError !== undefined ? { base: baseError } : {}), ...(headError !== undefined ? { head: headError } : {}) } } : {}),
      objects,
    };
    out.push(section);
  }
  return out;
}

/** dist/ files outside dist/applications/ and dist/argocd/ that differ between the trees, in path order. */
export function otherFiles(base: Tree, head: Tree): OtherFile[] {
  const rendered = (f: string) => f.startsWith('dist/applications/') || f.startsWith('dist/argocd/');
  const files = [...new Set([...base.keys(), ...head.keys()])].filter((f) => !rendered(f)).sort(byCodeUnits);
  const out: OtherFile[] = [];
  for (const f of files) {
    if (!base.has(f)) out.push({ path: f, status: 'added' });
    else if (!head.has(f)) out.push({ path: f, status: 'removed' });
    else if (base.get(f) !== head.get(f)) out.push({ path: f, status: 'changed' });
  }
  return out;
}
