import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { blobId, parseStatus, planFromStatus, StagedPlan, stagedMessage, stagedPlan } from '../src/cli/staged';
import { checkSynthFlags } from '../src/cli/synth-output';
import { ConfigError, SetupError } from '../src/model/errors';
import { TempRepo } from './support/repo';

const GRIDOS = 'src/config/apps/gridos.ts';
/** The files a GRID_REGION or LOG_LEVEL edit of GridOS's defaults changes (the settings and the pods' config hash). */
const REGION_FILES = [
  'dist/applications/gridos/base/config.yaml',
  'dist/applications/gridos/base/rollout.yaml',
  'dist/applications/gridos/overlays/dev/patches/rollout-gridos.yaml',
  'dist/applications/gridos/overlays/test/patches/rollout-gridos.yaml',
];

describe('synth --check --staged: deciding what to do from git status', () => {
  test.each<[string, StagedPlan, string, string]>([
    ['nothing staged, sources edited', 'nothing', '', ' M src/config/apps/gridos.ts\0?? src/new.ts\0'],
    ['only dist/ staged', 'here', '', 'M  dist/applications/gridos/base/config.yaml\0'],
    ['a source staged as it is in the working tree', 'here', '', 'M  src/config/apps/gridos.ts\0M  dist/a.yaml\0'],
    ['a staged source edited again', 'export', '', 'MM src/config/apps/gridos.ts\0'],
    ['a staged source and an untracked one', 'export', '', 'M  charts/x.ts\0?? src/scratch.ts\0'],
    ['a staged source and an ignored one', 'export', '', 'M  bin/gridops.js\0!! imports/local.js\0'],
    ['a staged rename (its source path follows)', 'here', '', 'R  src/b.ts\0src/a.ts\0'],
    ['dist/ edited after staging: the index is what counts', 'here', '', 'MM dist/a.yaml\0'],
    ['below the top of the work tree', 'here', 'repo/', 'M  repo/src/a.ts\0 M repo/dist/a.yaml\0'],
  ])('%s → %s', (_name, plan, prefix, status) => {
    // GIVEN git status --porcelain=v1 -z of src/, charts/, bin/, imports/, dist/ WHEN planned THEN
    expect(planFromStatus(parseStatus(status), prefix)).toBe(plan);
  });

  test("blob ids are git's (compared with git hash-object)", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gridops-blob-'));
    try {
      fs.writeFileSync(path.join(dir, 'f'), 'kind: Rollout\n→ ü\n');
      expect(blobId('kind: Rollout\n→ ü\n', 'sha1')).toBe(execFileSync('git', ['hash-object', path.join(dir, 'f')], { encoding: 'utf8' }).trim());
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('--staged without --check, and outside a git work tree: exit 2 with what to do', () => {
    expect(() => checkSynthFlags({ check: false, strict: false, quiet: false, staged: true })).toThrow(
      new ConfigError('--staged compares the staged dist/ and writes nothing: give --check too (gridops synth --check --staged)'),
    );
    // GIVEN a directory outside any git repository
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gridops-nogit-'));
    const ceiling = process.env.GIT_CEILING_DIRECTORIES;
    process.env.GIT_CEILING_DIRECTORIES = path.dirname(dir);
    try {
      // WHEN / THEN
      expect(() => stagedPlan(dir)).toThrow(new SetupError(`synth --check --staged: ${dir} is not in a git work tree (it compares what git commit records)`));
    } finally {
      if (ceiling === undefined) delete process.env.GIT_CEILING_DIRECTORIES;
      else process.env.GIT_CEILING_DIRECTORIES = ceiling;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the message names the stale files, the first ten', () => {
    expect(stagedMessage({ changed: ['dist/a.yaml'], missing: ['dist/b.yaml'], stray: ['dist/c.yaml'] })).toBe(
      "dist/ is stale in the index: 3 file(s) differ from what synth makes of the staged sources: dist/a.yaml (changed), dist/b.yaml (missing), dist/c.yaml (stray). Run 'npm run synth', then 'git add dist'.",
    );
    const many = Array.from({ length: 12 }, (_, i) => `dist/f${String(i).padStart(2, '0')}.yaml`);
    expect(stagedMessage({ changed: many, missing: [], stray: [] })).toBe(
      `dist/ is stale in the index: 12 file(s) differ from what synth makes of the staged sources: ${many.slice(0, 10).map((f) => `${f} (changed)`).join(', ')}, and 2 more. Run 'npm run synth', then 'git add dist'.`,
    );
  });
});

describe('the pre-commit hook judges what git commit records', () => {
  const repo = new TempRepo();
  afterAll(() => repo.remove());
  const hookCommand = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8'))['simple-git-hooks']['pre-commit'];
  const index = () => fs.readFileSync(path.join(repo.dir, '.git', 'index'));
  const edit = (from: string, to: string) => repo.write(GRIDOS, repo.read(GRIDOS).replace(from, to));
  const staleMessage = `dist/ is stale in the index: 4 file(s) differ from what synth makes of the staged sources: ${REGION_FILES.map((f) => `${f} (changed)`).join(', ')}. Run 'npm run synth', then 'git add dist'.\n`;
  const leftovers = () => fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('gridops-staged-'));

  beforeAll(() => {
    // GIVEN a git repository of the copy, everything committed, and the hook package.json configures
    repo.write('.gitignore', 'node_modules\n.gridops-*\n');
    repo.git(['init', '-q']);
    repo.git(['add', '.gitignore', 'src', 'charts', 'bin', 'imports', 'dist', 'package.json']);
    repo.git(['commit', '-q', '-m', 'shipped']);
    repo.write('.git/hooks/pre-commit', `#!/bin/sh\n${hookCommand}\n`);
    fs.chmodSync(path.join(repo.dir, '.git/hooks/pre-commit'), 0o755);
  });

  test('the hook is synth --check --staged', () => {
    expect(hookCommand).toBe('node bin/gridops.js synth --check --staged --quiet');
  });

  test('nothing relevant staged: exit 0 at once, without synthesizing', () => {
    // GIVEN an unstaged source edit and a staged file outside src/, charts/, bin/, imports/ and dist/
    edit("GRID_REGION: 'eastus'", "GRID_REGION: 'westus'");
    repo.write('NOTES.md', 'notes\n');
    repo.git(['add', 'NOTES.md']);
    // WHEN
    const r = repo.gridops(['synth', '--check', '--staged']);
    // THEN
    expect([r.status, r.stdout, r.stderr]).toEqual([0, 'nothing staged under src/, charts/, bin/, imports/ or dist/: nothing to check\n', '']);
    repo.git(['reset', '-q', '--', 'NOTES.md']);
    fs.rmSync(path.join(repo.dir, 'NOTES.md'));
  });

  test('a source change staged without its dist/ change fails git commit with one line naming the stale files', () => {
    // GIVEN the region edit staged, dist/ not regenerated
    repo.git(['add', GRIDOS]);
    const head = repo.git(['rev-parse', 'HEAD']).stdout;
    const staged = repo.git(['diff', '--cached', '--name-only']).stdout;
    // WHEN
    const r = repo.git(['commit', '-q', '-m', 'region'], true);
    // THEN the commit is refused, and the index and the working tree are as they were
    expect(r.status).not.toBe(0);
    expect(r.stderr).toBe(staleMessage);
    expect(repo.git(['rev-parse', 'HEAD']).stdout).toBe(head);
    expect(repo.git(['diff', '--cached', '--name-only']).stdout).toBe(staged);
  });

  test('synth and git commit -a: consistent, the hook lets it through', () => {
    // GIVEN dist/ regenerated in the working tree, not staged
    expect(repo.gridops(['synth', '-q']).status).toBe(0);
    // WHEN git commit -a stages both (the hook sees git's own index of the commit) THEN it passes
    const r = repo.git(['commit', '-q', '-a', '-m', 'region'], true);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(repo.git(['status', '--porcelain', '--', 'src', 'dist']).stdout).toBe('');
  });

  test('staged sources that differ from the working tree are synthesized from the index, which stays untouched', () => {
    // GIVEN a staged edit with its staged dist/, then a further source edit that is not staged
    edit("LOG_LEVEL: 'info'", "LOG_LEVEL: 'warn'");
    expect(repo.gridops(['synth', '-q']).status).toBe(0);
    repo.git(['add', 'src', 'dist']);
    edit("GRID_REGION: 'westus'", "GRID_REGION: 'eastus'");
    const before = index();
    // WHEN
    const staged = repo.gridops(['synth', '--check', '--staged']);
    // THEN the commit is consistent, though the working tree's region is not the one dist/ holds
    expect([staged.status, staged.stderr]).toEqual([0, '']);
    expect(staged.stdout).toMatch(/^the staged dist\/ is up to date \(\d+ files\)\n$/);
    expect(index().equals(before)).toBe(true);
    expect(leftovers()).toEqual([]);

    // GIVEN the further edit staged too, without dist/
    repo.git(['add', GRIDOS]);
    edit("LOG_LEVEL: 'warn'", "LOG_LEVEL: 'error'");
    const after = index();
    // WHEN / THEN the staged sources' synthesis does not match the staged dist/
    const stale = repo.gridops(['synth', '--check', '--staged', '-q']);
    expect([stale.status, stale.stdout, stale.stderr]).toEqual([1, '', staleMessage]);
    expect(index().equals(after)).toBe(true);
    expect(leftovers()).toEqual([]);
  });
});
