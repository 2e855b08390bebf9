import * as fs from 'fs';
import { CheckError, ConfigError, ExitCode } from '../model/errors';
import { PROJECT_ROOT } from '../tree/layout';
import { writeFileAtomic } from '../output/atomic';
import { diffTree, isClean, unifiedDiff, writeTree } from '../output/writer';
import { colorEnabled, colorizeDiff } from './color';
import { checkStagedExport, diffIndex, STAGED_EXPORT_ENV, stagedMessage, stagedPlan } from './staged';
import { type Tree } from '../tree/manifest';

/** What synth computed, independent of what is on disk: a fresh synthesis or a cached one. */
export interface SynthOutcome {
  readonly tree: Tree;
  /** Far-off traffic share warnings. */
  readonly warnings: readonly string[];
  /** The effective traffic share table. */
  readonly table: string;
}

/** The flags that decide what synth does with an outcome. */
export interface SynthFlags {
  readonly check: boolean;
  readonly strict: boolean;
  readonly quiet: boolean;
  /** With check: compare with the index, what `git commit` records (the pre-commit hook). */
  readonly staged: boolean;
}

/**
 * synth's options, defined once: the full CLI declares them to yargs, and {@link plainSynthFlags} reads them without
 * loading yargs. All are boolean and default to false.
 */
export const SYNTH_OPTIONS: Readonly<Record<keyof SynthFlags, { readonly describe: string; readonly alias?: string }>> = {
  check: { describe: 'Write nothing; exit 1 listing every changed, missing or stray file in dist/' },
  strict: { describe: "Exit 1 when a canary step's effective traffic share is beyond its tolerance" },
  quiet: { alias: 'q', describe: 'Print only warnings and errors' },
  staged: { describe: 'With --check: compare what synth makes of the staged sources with the staged dist/, as git commit records them (the pre-commit hook); exit 0 at once when nothing under src/, charts/, bin/, imports/ or dist/ is staged' },
};

/**
 * The flags of a plain `synth` command line (`synth` followed only by its options' names and aliases, such as
 * `--check -q`), or undefined for anything else, which the full CLI parses (help, other spellings such as
 * `--check=false`, unknown flags and their errors).
 */
export function plainSynthFlags(argv: readonly string[]): SynthFlags | undefined {
  if (argv[0] !== 'synth') return undefined;
  const flags: Record<keyof SynthFlags, boolean> = { check: false, strict: false, quiet: false, staged: false };
  const byName = new Map<string, keyof SynthFlags>();
  for (const [name, o] of Object.entries(SYNTH_OPTIONS) as [keyof SynthFlags, { alias?: string }][]) {
    byName.set(`--${name}`, name);
    if (o.alias) byName.set(`-${o.alias}`, name);
  }
  for (const a of argv.slice(1)) {
    const name = byName.get(a);
    if (!name) return undefined;
    flags[name] = true;
  }
  return flags;
}

/** Refuses flags that do not go together (before anything is read or written). */
export function checkSynthFlags(flags: SynthFlags): void {
  if (flags.staged && !flags.check) throw new ConfigError('--staged compares the staged dist/ and writes nothing: give --check too (gridops synth --check --staged)');
}

/**
 * `--check --staged` before anything is synthesized: true when that was all — nothing relevant is staged, or the
 * staged sources differ from the working tree's and were checked in an export of the index (the exit code is set) —
 * and false when this process is to synthesize its sources and compare them with the index's dist/.
 */
export function stagedPreflight(flags: SynthFlags, root: string = PROJECT_ROOT): boolean {
  if (process.env[STAGED_EXPORT_ENV] === '1') return false; // this is the export: its dist/ on disk is the staged one
  const plan = stagedPlan(root);
  if (plan === 'nothing') {
    if (!flags.quiet) console.log('nothing staged under src/, charts/, bin/, imports/ or dist/: nothing to check');
    return true;
  }
  if (plan === 'export') {
    process.exitCode = checkStagedExport(root, flags);
    return true;
  }
  return false;
}

/** Applies --strict, prints warnings, then checks (dist/ on disk, or with --staged the index's) or writes dist/. */
export function finishSynth(outcome: SynthOutcome, args: SynthFlags): void {
  checkSynthFlags(args);
  if (args.strict && outcome.warnings.length > 0) {
    throw new CheckError(`--strict: canary traffic shares beyond tolerance:\n${outcome.warnings.map((w) => `  - ${w}`).join('\n')}`);
  }
  for (const w of outcome.warnings) console.error(`warning: ${w}`);
  if (args.check && args.staged) {
    const d = process.env[STAGED_EXPORT_ENV] === '1' ? diffTree(PROJECT_ROOT, outcome.tree) : diffIndex(PROJECT_ROOT, outcome.tree);
    if (isClean(d)) {
      if (!args.quiet) console.log(`the staged dist/ is up to date (${outcome.tree.size} files)`);
      return;
    }
    console.error(stagedMessage(d));
    process.exitCode = ExitCode.CHECK_FAILED;
    return;
  }
  if (args.check) {
    const d = diffTree(PROJECT_ROOT, outcome.tree);
    if (isClean(d)) {
      if (!args.quiet) console.log(`dist/ is up to date (${outcome.tree.size} files)`);
      return;
    }
    const list = [...d.changed.map((f) => `changed: ${f}`), ...d.missing.map((f) => `missing: ${f}`), ...d.stray.map((f) => `stray:   ${f}`)];
    console.error(`dist/ is stale: ${list.length} file(s) differ from what synth produces. Run 'npm run synth' and commit.\n${list.join('\n')}\n`);
    const diff = unifiedDiff(PROJECT_ROOT, outcome.tree, d);
    console.error(colorEnabled(process.stderr) ? colorizeDiff(diff) : diff);
    process.exitCode = ExitCode.CHECK_FAILED;
    return;
  }
  const d = writeTree(PROJECT_ROOT, outcome.tree);
  if (!args.quiet) {
    console.log(outcome.table);
    console.log(
      isClean(d)
        ? `dist/: ${outcome.tree.size} files, unchanged`
        : `dist/: ${outcome.tree.size} files; ${d.missing.length} written, ${d.changed.length} changed, ${d.stray.length} removed`,
    );
  }
}

/** Stores an outcome where the launcher will look for it next time (atomic; failures to cache are ignored). */
export function storeOutcome(file: string, outcome: SynthOutcome): void {
  try {
    writeFileAtomic(file, JSON.stringify({ tree: [...outcome.tree], warnings: outcome.warnings, table: outcome.table }));
  } catch {
    // a cache is an optimisation only
  }
}

/** Reads a stored outcome. */
export function loadOutcome(file: string): SynthOutcome {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as { tree: [string, string][]; warnings: string[]; table: string };
  return { tree: new Map(raw.tree), warnings: raw.warnings, table: raw.table };
}
