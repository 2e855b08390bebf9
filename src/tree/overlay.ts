import { compare, Operation } from 'fast-json-patch';
import { valueAtPointer } from '../model/json-pointer';
import { groupVersion, Manifest, objectKey } from './manifest';

/** A derived Kustomize overlay: the environment's objects minus the base. */
export interface Overlay {
  /** `images:` entries (the tag, which set-image changes). */
  readonly images: { name: string; newTag: string }[];
  /** JSON 6902 patches, one per changed object. */
  readonly patches: { file: string; target: PatchTarget; ops: Operation[] }[];
  /** Objects only the environment has, by the file they belong in. */
  readonly added: Manifest[];
  /** Base objects the environment drops (strategic-merge `$patch: delete`). */
  readonly deleted: { file: string; target: PatchTarget; manifest: Manifest }[];
}

/** The object a patch applies to: exactly one object of the base. */
export interface PatchTarget {
  /** API group; absent for the core group. */
  readonly group?: string;
  readonly version: string;
  readonly kind: string;
  readonly name: string;
}

const IMAGE_PATH = /^\/spec\/template\/spec\/(containers|initContainers)\/\d+\/image$/;

/**
 * Derives an overlay from the typed model: each environment object is compared with its base counterpart and the
 * difference becomes a JSON 6902 patch (not a strategic merge, which would replace a Rollout's whole container list
 * without the Rollout's schema). An image whose only change is the tag becomes an `images:` entry instead, the
 * field the promotion flow edits.
 */
export function deriveOverlay(base: readonly Manifest[], env: readonly Manifest[]): Overlay {
  const baseByKey = new Map(base.map((m) => [objectKey(m), m]));
  const envKeys = new Set(env.map(objectKey));
  const images = new Map<string, string>();
  const patches: Overlay['patches'] = [];
  const added: Manifest[] = [];
  for (const m of env) {
    const b = baseByKey.get(objectKey(m));
    if (!b) {
      added.push(m);
      continue;
    }
    const ops = compare(b as object, m as object).filter((op) => {
      if (op.op !== 'replace' || !IMAGE_PATH.test(op.path)) return true;
      const before = valueAtPointer(b, op.path);
      const after = String(op.value);
      if (typeof before === 'string' && after.startsWith(`${before}:`) && !before.includes('@')) {
        const tag = after.slice(before.length + 1);
        const seen = images.get(before);
        if (seen !== undefined && seen !== tag) return true; // two tags of one repository: keep the patch
        images.set(before, tag);
        return false;
      }
      return true;
    });
    if (ops.length > 0) {
      patches.push({ file: `patches/${fileStem(m)}.yaml`, target: targetOf(m), ops });
    }
  }
  const deleted = base
    .filter((b) => !envKeys.has(objectKey(b)))
    .map((b) => ({ file: `patches/delete-${fileStem(b)}.yaml`, target: targetOf(b), manifest: b }));
  return {
    images: [...images.entries()].sort().map(([name, newTag]) => ({ name, newTag })),
    patches,
    added,
    deleted,
  };
}

function targetOf(m: Manifest): PatchTarget {
  const { group, version } = groupVersion(m.apiVersion);
  return { ...(group ? { group } : {}), version, kind: m.kind, name: m.metadata.name } as PatchTarget;
}

function fileStem(m: Manifest): string {
  return `${m.kind.toLowerCase()}-${m.metadata.name}`;
}
