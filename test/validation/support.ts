import * as fs from 'fs';
import { platform } from '../../src/config/platform';
import { kustomizer } from '../../src/kubectl';
import { validateTree } from '../../src/validation';
import { writeTreeToTemp } from '../support/kustomize';
import { baseline, Files, Objects, PROD, Variant } from './fixtures';

let base: { files: Files; environments: Map<string, Objects> } | undefined;

/** The baseline with a variant applied (a fresh copy every time). */
export function applyVariant(v: Variant): { files: Files; environments: Map<string, Objects> } {
  base ??= baseline();
  const files = new Map(base.files);
  const environments = new Map([...base.environments].map(([k, o]) => [k, JSON.parse(JSON.stringify(o)) as Objects]));
  v.tree?.(files);
  v.env?.(environments.get(PROD)!);
  return { files, environments };
}

/** Every finding of the baseline with a variant applied; with `kubectl`, the tree is written out and built too. */
export function findingsOf(v: Variant, kubectl = false): string[] {
  const { files, environments } = applyVariant(v);
  if (!kubectl) return validateTree(files, environments, { repoURL: platform.repoURL, useCache: false });
  const dir = writeTreeToTemp(files);
  try {
    return validateTree(files, environments, { repoURL: platform.repoURL, useCache: false, kustomize: kustomizer(dir) });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
