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
 * The flags of a plain `synth` command line (`synth` followed only by --check, --strict, -q or --quiet), or undefined
 * for anything else, which the full CLI parses (help, other spellings, unknown flags and their errors).
 */
export function plainSynthFlags(argv: readonly string[]): SynthFlags | undefined {
  if (argv[0] !== 'synth') return undefined;
  const flags = { check: false, strict: false, quiet: false };
  for (const a of argv.slice(1)) {
    if (a === '--check') flags.check = true;
    else if (a === '--strict') flags.strict = true;
    else if (a === '-q' || a === '--quiet') flags.quiet = true;
    else return undefined;
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
