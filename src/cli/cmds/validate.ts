import * as fs from 'fs';
import * as path from 'path';
import { isDeepStrictEqual } from 'util';
import type { CommandModule } from 'yargs';
import { platform } from '../../config/platform';
import { EXIT_CODES_HELP, ExitCode, SetupError, ValidationError } from '../../model/errors';
import { kubectlPath, kustomizer } from '../../engines/kubectl';
import { Manifest, objectKey } from '../../tree/manifest';
import { overlayDir, PROJECT_ROOT } from '../../tree/layout';
import { loadAndSynthesize } from '../load';
import { formatFinding, RULES, runRules } from '../../validation';
import type { Finding } from '../../validation';
import { buildContext } from '../../validation/context';
import { filesOnDisk } from '../../output/writer';

interface ValidateArgs {
  quiet: boolean;
  json: boolean;
}

/** What validating dist/ on disk found. */
export interface DistValidation {
  readonly files: number;
  readonly environments: number;
  readonly findings: readonly string[];
}

/** What `gridops validate --json` prints. */
export interface ValidateReport {
  /** No finding. */
  readonly valid: boolean;
  /** Files under dist/. */
  readonly files: number;
  /** Environments whose overlay kubectl kustomize built. */
  readonly environments: number;
  /** Rules run (all of them, those that need kubectl included). */
  readonly rules: number;
  /** Every finding, in the order the text output lists them. */
  readonly findings: readonly Finding[];
}

/** Options of {@link validateDistReport}. */
export interface ValidateOptions {
  /**
   * What each environment's objects should be (`app/env` → objects, as synth intends them from the sources): every
   * overlay must build into exactly these, object for object and field for field (finding `synth/intended`).
   * @default - not compared
   */
  readonly intended?: ReadonlyMap<string, readonly Manifest[]>;
  /** Builds an overlay (a directory relative to the root). @default - `kubectl kustomize`, each directory once */
  readonly kustomize?: (dir: string) => Manifest[];
  /** Called with a progress line as each environment's overlay is built (`validate: built gridos/dev (1/5)`). @default - silent */
  readonly progress?: (line: string) => void;
}

const OVERLAY = /^(.+\/applications\/([^/]+)\/overlays\/([^/]+))\/kustomization\.yaml$/;

/**
 * Validates dist/ as it is on disk under `root`: every rule, including those that run the real kubectl kustomize;
 * each environment's objects are what `kubectl kustomize` builds its overlay to. A SetupError when kubectl is missing
 * (that is not a finding about dist/).
 */
export function validateDistReport(root: string = PROJECT_ROOT, options: ValidateOptions = {}): ValidateReport {
  let kubectl: string;
  try {
    kubectl = kubectlPath();
  } catch (e) {
    throw new SetupError(`gridops validate builds every overlay with kubectl: ${(e as Error).message}`);
  }
  if (!fs.existsSync(kubectl)) throw new SetupError(`gridops validate builds every overlay with kubectl: ${kubectl} does not exist (GRIDOPS_KUBECTL names it)`);
  const files = filesOnDisk(root);
  const tree = new Map(files.map((f) => [f, fs.readFileSync(path.join(root, f), 'utf8')]));
  const kustomize = options.kustomize ?? kustomizer(root);
  const environments = new Map<string, Manifest[]>();
  const overlays = files.map((f) => OVERLAY.exec(f)).filter((m): m is RegExpExecArray => m !== null);
  overlays.forEach((m, i) => {
    const name = `${m[2]}/${m[3]}`;
    try {
      environments.set(name, kustomize(m[1]));
      options.progress?.(`validate: built ${name} (${i + 1}/${overlays.length})`);
    } catch {
      // reported by kustomize/build
      options.progress?.(`validate: ${name} does not build (${i + 1}/${overlays.length})`);
    }
  });
  const ctx = buildContext(tree, environments, { repoURL: platform.repoURL, kustomize, useCache: false });
  const findings = [...runRules(ctx), ...(options.intended ? intendedFindings(options.intended, environments) : [])];
  return { valid: findings.length === 0, files: tree.size, environments: environments.size, rules: RULES.length, findings };
}

/** The rule id of a built environment that is not what the sources intend. */
export const INTENDED_RULE = 'synth/intended';

/**
 * Where each built environment differs from what synth intends: an object missing or extra, or the first field that
 * differs (a dist/ edited by hand, or an overlay kustomize builds differently than the model assumes).
 */
function intendedFindings(intended: ReadonlyMap<string, readonly Manifest[]>, built: ReadonlyMap<string, Manifest[]>): Finding[] {
  const out: Finding[] = [];
  for (const [name, want] of intended) {
    const file = `${overlayDir(...(name.split('/') as [string, string]))}/kustomization.yaml`;
    const got = built.get(name);
    if (!got) {
      out.push({ file, object: 'Kustomization', path: '(build)', rule: INTENDED_RULE, message: `${name} has no overlay that builds, but the sources define it: run npm run synth` });
      continue;
    }
    const byKey = (objs: readonly Manifest[]) => new Map(objs.map((o) => [objectKey(o), JSON.parse(JSON.stringify(o)) as unknown]));
    const w = byKey(want);
    const g = byKey(got);
    for (const [key, obj] of w) {
      if (!g.has(key)) out.push({ file, object: key, path: '', rule: INTENDED_RULE, message: `the overlay builds no ${key}, but the sources intend it` });
      else {
        const at = firstDifference(obj, g.get(key));
        if (at !== undefined) out.push({ file, object: key, path: at, rule: INTENDED_RULE, message: `the overlay builds ${JSON.stringify(valueAt(g.get(key), at))}, the sources intend ${JSON.stringify(valueAt(obj, at))}` });
      }
    }
    for (const key of g.keys()) if (!w.has(key)) out.push({ file, object: key, path: '', rule: INTENDED_RULE, message: `the overlay builds ${key}, which the sources do not intend` });
  }
  return out;
}

/** The path of the first field where `a` and `b` differ (`spec.replicas`, `spec.ports[0]`), undefined when equal. */
function firstDifference(a: unknown, b: unknown, at = ''): string | undefined {
  if (isDeepStrictEqual(a, b)) return undefined;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return at;
  const keys = Array.isArray(a) ? [...Array(Math.max(a.length, (b as unknown[]).length)).keys()] : [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  for (const k of keys) {
    const next = Array.isArray(a) ? `${at}[${k}]` : at ? `${at}.${k}` : String(k);
    const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], next);
    if (d !== undefined) return d;
  }
  return at;
}

function valueAt(v: unknown, at: string): unknown {
  for (const part of at.match(/[^.[\]]+/g) ?? []) v = (v as Record<string, unknown> | undefined)?.[part];
  return v;
}

/** {@link validateDistReport} with each finding as one line (`file: object: path: rule: message`). */
export function validateDist(root: string = PROJECT_ROOT, options: ValidateOptions = {}): DistValidation {
  const r = validateDistReport(root, options);
  return { files: r.files, environments: r.environments, findings: r.findings.map(formatFinding) };
}

/**
 * Prints a validation: the JSON report (exit code 1 when it has findings), or the summary line; without --json,
 * findings throw a ValidationError (exit code 1). Returns the exit code.
 */
export function printValidation(args: ValidateArgs, r: ValidateReport): number {
  if (args.json) {
    console.log(JSON.stringify(r, null, 2));
    return r.valid ? ExitCode.OK : ExitCode.CHECK_FAILED;
  }
  if (!r.valid) throw new ValidationError(r.findings.map(formatFinding));
  if (!args.quiet) console.log(`dist/ is valid: ${r.files} files, ${r.environments} environments built with kubectl kustomize, ${r.rules} rules passed`);
  return ExitCode.OK;
}

/**
 * `gridops validate` on `root`, with progress on stderr unless --quiet; returns the exit code. Each overlay must also
 * build into exactly what synth intends from the sources.
 */
export function runValidate(args: ValidateArgs, root: string = PROJECT_ROOT): number {
  const progress = args.quiet ? undefined : (line: string) => console.error(line);
  return printValidation(args, validateDistReport(root, { progress, intended: loadAndSynthesize(root).intended }));
}

/** `gridops validate`: checks dist/ on disk against every validation rule. */
export const validateCommand: CommandModule<object, ValidateArgs> = {
  command: 'validate',
  describe:
    'Validate dist/ on disk: pinned CRD and Kubernetes 1.27 schemas, Argo Rollouts, Argo CD, Pod Security and kustomize rules (with the real kubectl kustomize), and every overlay building into exactly what the sources intend; exit 1 on findings',
  builder: (y) =>
    y
      .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'Print nothing when everything passes (and no progress)' })
      .option('json', { type: 'boolean', default: false, describe: 'Print JSON: { valid, files, environments, rules, findings: [{ file, object, path, rule, message }] }' })
      .example('$0 validate', 'check the committed dist/ (CI); lists every finding as file: object: field: rule: message')
      .example('$0 validate -q', 'silent on success, for scripts and hooks')
      .example('$0 validate --json | jq -r \'.findings[].rule\'', 'the rules that found something')
      .epilogue(`Rules (${RULES.length}): ${RULES.map((r) => r.id).join(', ')}. The README lists what each checks. Progress goes to stderr. ${EXIT_CODES_HELP}`),
  handler: (args) => {
    process.exitCode = runValidate(args);
  },
};
