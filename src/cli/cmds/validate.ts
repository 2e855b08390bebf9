import * as fs from 'fs';
import * as path from 'path';
import type { CommandModule } from 'yargs';
import { platform } from '../../config/platform';
import { ValidationError } from '../../errors';
import { kustomizer } from '../../kubectl';
import type { Manifest } from '../../manifest';
import { PROJECT_ROOT } from '../../paths';
import { RULES, validateTree } from '../../validation';
import { filesOnDisk } from '../../writer';

interface ValidateArgs {
  quiet: boolean;
}

/** What validating dist/ on disk found. */
export interface DistValidation {
  readonly files: number;
  readonly environments: number;
  readonly findings: readonly string[];
}

const OVERLAY = /^(.+\/applications\/([^/]+)\/overlays\/([^/]+))\/kustomization\.yaml$/;

/**
 * Validates dist/ as it is on disk under `root`: every rule, including those that run the real kubectl kustomize;
 * each environment's objects are what `kubectl kustomize` builds its overlay to.
 */
export function validateDist(root: string = PROJECT_ROOT): DistValidation {
  const files = filesOnDisk(root);
  const tree = new Map(files.map((f) => [f, fs.readFileSync(path.join(root, f), 'utf8')]));
  const kustomize = kustomizer(root);
  const environments = new Map<string, Manifest[]>();
  for (const f of files) {
    const m = OVERLAY.exec(f);
    if (!m) continue;
    try {
      environments.set(`${m[2]}/${m[3]}`, kustomize(m[1]));
    } catch {
      // reported by kustomize/build
    }
  }
  const findings = validateTree(tree, environments, { repoURL: platform.repoURL, kustomize, useCache: false });
  return { files: tree.size, environments: environments.size, findings };
}

/** `gridops validate`: checks dist/ on disk against every validation rule. */
export const validateCommand: CommandModule<object, ValidateArgs> = {
  command: 'validate',
  describe:
    'Validate dist/ on disk: pinned CRD and Kubernetes 1.27 schemas, Argo Rollouts, Argo CD, Pod Security and kustomize rules (with the real kubectl kustomize); exit 1 on findings',
  builder: (y) =>
    y
      .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'Print nothing when everything passes' })
      .example('$0 validate', 'check the committed dist/ (CI); lists every finding as file: object: field: rule: message')
      .example('$0 validate -q', 'silent on success, for scripts and hooks')
      .epilogue(`Rules (${RULES.length}): ${RULES.map((r) => r.id).join(', ')}. The README lists what each checks.`),
  handler: (args) => {
    const r = validateDist();
    if (r.findings.length > 0) throw new ValidationError(r.findings);
    if (!args.quiet) console.log(`dist/ is valid: ${r.files} files, ${r.environments} environments built with kubectl kustomize, ${RULES.length} rules passed`);
  },
};
