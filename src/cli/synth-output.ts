import * as fs from 'fs';
import { ConfigError, ExitCode } from '../errors';
import { PROJECT_ROOT } from '../paths';
import type { Tree } from '../synthesize';
import { diffTree, isClean, unifiedDiff, writeTree } from '../writer';

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
}

/**
 * synth's options, defined once: the full CLI declares them to yargs, and {@link plainSynthFlags} reads them without
 * loading yargs. All are boolean and default to false.
 */
export const SYNTH_OPTIONS: Readonly<Record<keyof SynthFlags, { readonly describe: string; readonly alias?: string }>> = {
  check: { describe: 'Write nothing; exit 1 listing every changed, missing or stray file in dist/' },
  strict: { describe: "Fail when a canary step's effective traffic share is beyond its tolerance" },
  quiet: { alias: 'q', describe: 'Print only warnings and errors' },
};

/**
 * The flags of a plain `synth` command line (`synth` followed only by its options' names and aliases, such as
 * `--check -q`), or undefined for anything else, which the full CLI parses (help, other spellings such as
 * `--check=false`, unknown flags and their errors).
 */
export function plainSynthFlags(argv: readonly string[]): SynthFlags | undefined {
  if (argv[0] !== 'synth') return undefined;
  const flags: Record<keyof SynthFlags, boolean> = { check: false, strict: false, quiet: false };
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

/** Applies --strict, prints warnings, then checks or writes dist/. */
export function finishSynth(outcome: SynthOutcome, args: SynthFlags): void {
  if (args.strict && outcome.warnings.length > 0) {
    throw new ConfigError(`--strict: canary traffic shares beyond tolerance:\n${outcome.warnings.map((w) => `  - ${w}`).join('\n')}`);
  }
  for (const w of outcome.warnings) console.error(`warning: ${w}`);
  if (args.check) {
    const d = diffTree(PROJECT_ROOT, outcome.tree);
    if (isClean(d)) {
      if (!args.quiet) console.log(`dist/ is up to date (${outcome.tree.size} files)`);
      return;
    }
    const list = [...d.changed.map((f) => `changed: ${f}`), ...d.missing.map((f) => `missing: ${f}`), ...d.stray.map((f) => `stray:   ${f}`)];
    console.error(`dist/ is stale: ${list.length} file(s) differ from what synth produces. Run 'npm run synth' and commit.\n${list.join('\n')}\n`);
    console.error(unifiedDiff(PROJECT_ROOT, outcome.tree, d));
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
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify({ tree: [...outcome.tree], warnings: outcome.warnings, table: outcome.table }));
    fs.renameSync(tmp, file);
  } catch {
    // a cache is an optimisation only
  }
}

/** Reads a stored outcome. */
export function loadOutcome(file: string): SynthOutcome {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as { tree: [string, string][]; warnings: string[]; table: string };
  return { tree: new Map(raw.tree), warnings: raw.warnings, table: raw.table };
}
