import { compare, Operation } from 'fast-json-patch';
import { valueAtPointer } from '../model/json-pointer';
import { groupVersion, Manifest, objectKey } from './manifest';

/** A derived Kustomize overlay: the environment's objects minus the base. */
export interface Overlay {
  /** `images:` entries (the tag and, when pinned, its digest: what set-image changes). */
  readonly images: OverlayImage[];
  /** JSON 6902 patches, one per changed object. */
  readonly patches: { file: string; target: PatchTarget; ops: Operation[] }[];
  /** Objects only the environment has, by the file they belong in. */
  readonly added: Manifest[];
  /** Base objects the environment drops (strategic-merge `$patch: delete`). */
  readonly deleted: { file: string; target: PatchTarget; manifest: Manifest }[];
}

/**
 * An `images:` entry of a kustomization. With both `newTag` and `digest`, kustomize (v5.6.0) renders
 * `name:newTag@digest`: the tag stays readable, the digest decides what kubelet pulls.
 */
export interface OverlayImage {
  readonly name: string;
  readonly newTag: string;
  /** `sha256:…`. @default - none: the tag alone */
  readonly digest?: string;
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
/** The part an environment adds to the base's repository: `:tag`, or `:tag@sha256:…` (a tag holds no '@' or ':'). */
const TAG_AND_DIGEST = /^:([^@:]+)(?:@(sha256:[0-9a-f]{64}))?$/;

/**
 * Derives an overlay from the typed model: each environment object is compared with its base counterpart and the
 * difference becomes a JSON 6902 patch (not a strategic merge, which would replace a Rollout's whole container list
 * without the Rollout's schema). An image whose only change is the tag becomes an `images:` entry instead, the
 * field the promotion flow edits.
 */
export function deriveOverlay(base: readonly Manifest[], env: readonly Manifest[]): Overlay {
  const baseByKey = new Map(base.map((m) => [objectKey(m), m]));
  const envKeys = new Set(env.map(objectKey));
  /** repository → its `tag` or `tag@digest` (one per repository). */
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
      if (typeof before === 'string' && after.startsWith(`${before}:`) && !before.includes('@') && TAG_AND_DIGEST.test(after.slice(before.length))) {
        const pinned = after.slice(before.length + 1);
        const seen = images.get(before);
        if (seen !== undefined && seen !== pinned) return true; // two tags of one repository: keep the patch
        images.set(before, pinned);
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
    images: [...images.entries()].sort().map(([name, pinned]) => {
      const [, newTag, digest] = TAG_AND_DIGEST.exec(`:${pinned}`)!;
      return digest === undefined ? { name, newTag } : { name, newTag, digest };
    }),
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
