import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { CommandModule } from 'yargs';
import { ConfigError, EXIT_CODES_HELP, SetupError } from '../../model/errors';
import { kubectlPath } from '../../engines/kubectl';
import { PROJECT_ROOT } from '../../tree/layout';

interface BenchArgs {
  sizes: number[];
  runs: number;
}

interface FleetArgs {
  apps: number;
}

/** What one fleet synthesis reports from its own process. */
interface FleetResult {
  apps: number;
  envs: number;
  objects: number;
  files: number;
  maxRssKb: number;
}

const LAUNCHER = path.join(PROJECT_ROOT, 'bin', 'gridops.js');

/** Median of numbers. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** One measured run of a command: its wall time and output. */
export type Timed = (cmd: string, args: string[], env?: NodeJS.ProcessEnv) => { ms: number; stdout: string };

/** Runs a command in the repository and times it; a SetupError (exit code 2) naming the step when it fails. */
function timed(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): { ms: number; stdout: string } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 << 20 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) {
    const why = r.error ? (r.error as NodeJS.ErrnoException).code ?? r.error.message : `exit ${r.status ?? r.signal}`;
    const said = (r.stderr ?? '').trim().split('\n').filter((l) => l.trim() !== '').pop();
    throw new SetupError(`bench: ${[path.basename(cmd), ...args].join(' ')} failed (${why})${said ? `: ${said}` : ''}`);
  }
  return { ms, stdout: r.stdout };
}

/** What {@link runBench} runs with: the real commands, or a test's stand-ins. */
export interface BenchDeps {
  readonly timed: Timed;
  /** Where each step's progress line goes as it starts (`bench: floor run 3/5`). */
  readonly progress: (line: string) => void;
  /** kubectl, or undefined when it is not installed. */
  readonly kubectl: string | undefined;
  /** Where the table goes. */
  readonly print: (line: string) => void;
}

/** The benchmark: each step's progress on `deps.progress` as it happens, then the table on `deps.print`. */
export function runBench(args: BenchArgs, deps: BenchDeps): void {
  if (!Number.isInteger(args.runs) || args.runs < 1) throw new ConfigError(`--runs must be a whole number of at least 1, got ${String(args.runs)}`);
  const bad = args.sizes.find((n) => !Number.isInteger(Number(n)) || Number(n) < 1);
  if (bad !== undefined) throw new ConfigError(`--sizes must be whole numbers of applications, at least 1 each, got ${String(bad)}`);
  const runs = args.runs;
  const node = process.execPath;
  const { progress, print } = deps;
  /** `f` run `runs` times, each announced as `bench: <step> run i/runs`. */
  const rep = <T>(step: string, f: () => T): T[] =>
    Array.from({ length: runs }, (_, i) => {
      progress(`bench: ${step} run ${i + 1}/${runs}`);
      return f();
    });
  const timedStep = (step: string, round: number, cmd: string, cmdArgs: string[], env?: NodeJS.ProcessEnv) => {
    progress(`bench: ${step} run ${round + 1}/${runs}`);
    return deps.timed(cmd, cmdArgs, env).ms;
  };
  // Side by side: each round runs the floors and both synths once, so a machine that slows down during the bench
  // slows all of them alike instead of skewing one median.
  const rounds = Array.from({ length: runs }, (_, i) => ({
    floor: timedStep('floor', i, node, ['-e', "require('cdk8s-plus-27')"]),
    npmFloor: timedStep('npm run floor', i, 'npm', ['run', '--silent', 'floor']),
    npmSynth: timedStep('npm run synth (outcome cache)', i, 'npm', ['run', '--silent', 'synth', '--', '-q']),
    npmSynthCold: timedStep('npm run synth (full synthesis)', i, 'npm', ['run', '--silent', 'synth', '--', '-q'], { GRIDOPS_NO_CACHE: '1' }),
    npmSynthEdit: timedStep('npm run synth (after a source edit)', i, 'npm', ['run', '--silent', 'synth', '--', '-q'], { GRIDOPS_NO_CACHE: '1', GRIDOPS_REBUILD: '1' }),
  }));
  // The floor: node loading cdk8s-plus-27, the least any cdk8s-plus-27 program pays.
  const floor = median(rounds.map((r) => r.floor));
  const npmFloor = median(rounds.map((r) => r.npmFloor));
  const npmSynth = median(rounds.map((r) => r.npmSynth));
  const npmSynthCold = median(rounds.map((r) => r.npmSynthCold));
  const npmSynthEdit = median(rounds.map((r) => r.npmSynthEdit));
  // Before the fleets, whose files are still being written back to disk afterwards.
  const check = median(rep('synth --check (full synthesis)', () => deps.timed(node, [LAUNCHER, 'synth', '--check', '-q'], { GRIDOPS_NO_CACHE: '1' }).ms));
  const checkCached = median(rep('synth --check (outcome cache)', () => deps.timed(node, [LAUNCHER, 'synth', '--check', '-q']).ms));
  const kubectl = deps.kubectl;
  const overlays = fs.readdirSync(path.join(PROJECT_ROOT, 'dist', 'applications')).flatMap((a) =>
    fs.readdirSync(path.join(PROJECT_ROOT, 'dist', 'applications', a, 'overlays')).map((e) => path.join('dist', 'applications', a, 'overlays', e)),
  );
  const kustomize = kubectl ? median(rep(`kubectl kustomize of ${overlays.length} overlays`, () => overlays.reduce((sum, o) => sum + deps.timed(kubectl, ['kustomize', o]).ms, 0))) : NaN;

  const rows: string[][] = [];
  // Every run writes into a directory of its own, and all are removed only at the end: removing thousands of files
  // just before a run makes that run's writes wait on the file system's journal (a 100 × 3 fleet's 3,014 files took
  // about 1 s to write after an rm -rf of the previous run, 70 ms without), which measures the bench, not synth.
  const outs: string[] = [];
  let prev: { ms: number; objects: number } | undefined;
  try {
    for (const size of args.sizes.map(Number)) {
      const results = rep(`fleet of ${size} application(s)`, () => {
        const out = fs.mkdtempSync(path.join(os.tmpdir(), 'gridops-bench-'));
        outs.push(out);
        const r = deps.timed(node, [LAUNCHER, 'bench-fleet', '--apps', String(size)], { GRIDOPS_ROOT: out });
        return { ms: r.ms, result: JSON.parse(r.stdout.trim().split('\n').pop()!) as FleetResult };
      });
      const ms = median(results.map((r) => r.ms));
      const rss = median(results.map((r) => r.result.maxRssKb)) / 1024;
      const { apps, envs, objects, files } = results[0].result;
      // What each object added since the previous (smaller) fleet cost: flat when synth is linear in the fleet.
      const marginal = prev && objects > prev.objects ? ((ms - prev.ms) / (objects - prev.objects)).toFixed(2) : '–';
      prev = { ms, objects };
      rows.push([apps, envs, objects, files, ms.toFixed(0), rss.toFixed(0), (ms / objects).toFixed(2), marginal, (ms / floor).toFixed(2)].map(String));
    }
  } finally {
    for (const out of outs) fs.rmSync(out, { recursive: true, force: true });
  }
  const head = ['apps', 'envs', 'objects', 'files', 'wall ms', 'peak RSS MB', 'ms/object', 'marginal ms/object', '× floor'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padStart(widths[i])).join(' | ')} |`;
  print(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}; medians of ${runs} runs`);
  print(`floor (node loading cdk8s-plus-27): ${floor.toFixed(0)} ms`);
  print(`npm run floor (npm + node loading cdk8s-plus-27): ${npmFloor.toFixed(0)} ms`);
  print(`npm run synth, shipped tree, inputs unchanged (outcome cache): ${npmSynth.toFixed(0)} ms = ${(npmSynth / npmFloor).toFixed(2)} × floor`);
  print(`npm run synth, shipped tree, full synthesis (GRIDOPS_NO_CACHE=1, as after an image tag bump): ${npmSynthCold.toFixed(0)} ms = ${(npmSynthCold / npmFloor).toFixed(2)} × floor`);
  print(
    `npm run synth, shipped tree, full synthesis after a source edit (GRIDOPS_NO_CACHE=1 GRIDOPS_REBUILD=1: our bundle rebuilt and compiled afresh): ${npmSynthEdit.toFixed(0)} ms = ${(npmSynthEdit / npmFloor).toFixed(2)} × floor`,
  );
  print(line(head));
  print(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) print(line(r));
  print(`synth --check on the unchanged shipped tree: ${checkCached.toFixed(0)} ms with the outcome cache (the pre-commit hook), ${check.toFixed(0)} ms with a full synthesis`);
  print(kubectl ? `kubectl kustomize of the ${overlays.length} shipped overlays: ${kustomize.toFixed(0)} ms in all` : 'kubectl kustomize: not available (npm ci installs it)');
}

/** `gridops bench`: the synth benchmark (npm run bench). */
export const benchCommand: CommandModule<object, BenchArgs> = {
  command: 'bench',
  describe: 'Benchmark synth on generated fleets (applications × 3 environments) against the cost of loading cdk8s-plus-27',
  builder: (y) =>
    y
      .option('sizes', { type: 'array', number: true, default: [1, 10, 100, 300], describe: 'Fleet sizes (applications)' })
      .option('runs', { type: 'number', default: 5, describe: 'Runs per measurement; medians are reported' })
      .example('$0 bench', 'the standard table')
      .example('$0 bench --sizes 1 10 --runs 3', 'a quick look')
      .epilogue(`Progress goes to stderr, one line per step as it starts; the table to stdout. ${EXIT_CODES_HELP}`),
  handler: (args) => {
    runBench(args, { timed, progress: (l) => console.error(l), kubectl: kubectlOrUndefined(), print: (l) => console.log(l) });
  },
};

/** Hidden worker of `bench`: synthesizes a fleet into GRIDOPS_ROOT and reports counts and its own peak RSS. */
export const benchFleetCommand: CommandModule<object, FleetArgs> = {
  command: 'bench-fleet',
  describe: false,
  builder: (y) => y.option('apps', { type: 'number', demandOption: true }),
  handler: async (args) => {
    const { platform } = await import('../../config/platform');
    const { fleet } = await import('../../bench/fleet');
    const { synthesize } = await import('../../synthesize');
    const { writeTree } = await import('../../output/writer');
    const f = fleet(platform, args.apps);
    const result = synthesize(f.platform, f.tags);
    writeTree(PROJECT_ROOT, result.tree);
    // Objects rendered: each environment's full set (what its overlay builds to) plus the base.
    const deployed = [...result.intended.values()].reduce((n, objs) => n + objs.length, 0);
    const envs = envsOf(f.platform);
    const objects = deployed + deployed / envs;
    console.log(JSON.stringify({ apps: args.apps, envs, objects, files: result.tree.size, maxRssKb: process.resourceUsage().maxRSS }));
  },
};

function envsOf(p: { applications: readonly { environments: readonly unknown[] }[] }): number {
  return p.applications[0].environments.length;
}

function kubectlOrUndefined(): string | undefined {
  try {
    return kubectlPath();
  } catch {
    return undefined;
  }
}
