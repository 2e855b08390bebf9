import * as fs from 'fs';
import { platform } from '../fixtures/config/platform';
import { GeneratedFile, parseYamlDocuments } from '../../src/tree/manifest';
import { validateTree } from '../../src/validation';
import { cachedKustomizer, writeTreeToTemp } from '../support/kustomize';
import { baseline, Files, Objects, PROD, Variant } from './fixtures';

let base: { files: Files; environments: Map<string, Objects> } | undefined;
/** The baseline's files with their documents as JSON: validating a variant parses only the files it changed. */
let parsed: Map<string, GeneratedFile> | undefined;

function generated(): Map<string, GeneratedFile> {
  base ??= baseline();
  parsed ??= new Map(
    [...base.files].filter(([f]) => /\.ya?ml$/.test(f)).map(([f, text]) => [f, { text, json: JSON.stringify(parseYamlDocuments(text)) }]),
  );
  return parsed;
}

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
  if (!kubectl) return validateTree(files, environments, { repoURL: platform.repoURL, useCache: false, generated: generated() });
  const dir = writeTreeToTemp(files);
  try {
    return validateTree(files, environments, { repoURL: platform.repoURL, useCache: false, kustomize: cachedKustomizer(dir), generated: generated() });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
