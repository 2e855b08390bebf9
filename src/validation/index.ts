import type { GeneratedFile, Manifest } from '../tree/manifest';
import { buildContext } from './context';
import { formatFinding, Finding, Rule, ValidationContext } from './rule';
import { ARGOCD_RULES } from './rules/argocd';
import { HARDENING_RULES } from './rules/hardening';
import { KUSTOMIZE_RULES } from './rules/kustomize';
import { NETWORK_RULES } from './rules/network';
import { POD_SECURITY_RULES } from './rules/pod-security';
import { PROMETHEUS_RULES } from './rules/prometheus';
import { ROLLOUTS_RULES } from './rules/rollouts';
import { SCHEMA_RULES } from './rules/schema';
import { TERRAFORM_RULES } from './rules/terraform';
import { type Tree } from '../tree/manifest';

export { formatFinding } from './rule';
export type { Finding, Rule, RuleFinding } from './rule';

/** Options of {@link validateTree}. */
export interface ValidateOptions {
  /** URL of this repository: Application sources in it must point at kustomizations of the tree. @default - every source with a path */
  readonly repoURL?: string;
  /** `kubectl kustomize DIR` (relative to the repository root): enables the rules that need kubectl. @default - those rules are skipped */
  readonly kustomize?: (dir: string) => Manifest[];
  /**
   * Skip the schema check of objects an earlier run found valid with the same validators (a pass cache in
   * node_modules/.cache; failures are never cached). @default true
   */
  readonly useCache?: boolean;
  /**
   * The files as synth generated them: a YAML file whose text is still what synth wrote is read from its documents
   * instead of parsed. @default - every file is parsed
   */
  readonly generated?: ReadonlyMap<string, GeneratedFile>;
}

/** Every rule, in the order findings are reported (the README and the meta-test list them). */
export const RULES: readonly Rule[] = [...SCHEMA_RULES, ...ROLLOUTS_RULES, ...PROMETHEUS_RULES, ...ARGOCD_RULES, ...POD_SECURITY_RULES, ...HARDENING_RULES, ...NETWORK_RULES, ...KUSTOMIZE_RULES, ...TERRAFORM_RULES];

/**
 * Runs the rules over a context, each finding stamped with the id of the rule that reported it; rules that need
 * kubectl run only when the context can build.
 */
export function runRules(ctx: ValidationContext, rules: readonly Rule[] = RULES): Finding[] {
  return rules
    .filter((r) => r.needs !== 'kubectl' || ctx.kustomize)
    .flatMap((r) => r.check(ctx).map((f) => ({ file: f.file, object: f.object, path: f.path, rule: r.id, message: f.message })));
}

/**
 * Validates a generated tree before anything is written (synth) or as it is on disk (`gridops validate`): the
 * objects of its files and each environment's objects (`app/env` → what its overlay builds to). Returns one line per
 * finding (`file: object: path: rule: message`); empty when everything passes.
 */
export function validateTree(tree: Tree, environments: ReadonlyMap<string, readonly Manifest[]> = new Map(), options: ValidateOptions = {}): string[] {
  const ctx = buildContext(tree, environments, { kustomize: options.kustomize, useCache: options.useCache ?? true, repoURL: options.repoURL, generated: options.generated });
  return runRules(ctx).map(formatFinding);
}
