import { execFileSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { compileLauncher, PREBUILT } from '../src/cli/launcher/compile';
import { stopEsbuild } from '../src/cli/launcher/esbuild';
import * as launcher from '../src/cli/launcher/inputs';
import { TempRepo } from './support/repo';

const ROOT = path.resolve(__dirname, '..');

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

/** Rewrites a file with `edit`, then puts its mtime back to the nanosecond, as `touch -r` (and cp -p, tar) do. */
function editKeepingMtime(file: string, edit: (text: string) => string): void {
  const ref = `${file}.ref`;
  execFileSync('cp', ['-p', file, ref]);
  fs.writeFileSync(file, edit(fs.readFileSync(file, 'utf8')));
  execFileSync('touch', ['-r', ref, file]);
  fs.rmSync(ref);
}

describe('content hashes remembered by stat (src/cli/launcher/inputs.ts)', () => {
  let dir: string;
  let memo: string;
  const hashes = () => launcher.contentHashes(launcher.listFiles(dir, ['src']), memo);
  const file = () => path.join(dir, 'src', 'a.ts');
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gridops-hashes-'));
    memo = path.join(dir, 'memo', 'hashes.json');
    fs.mkdirSync(path.join(dir, 'src'));
    fs.writeFileSync(file(), "export const region = 'eastus';\n");
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('an edit whose size and mtime are put back (touch -r, cp -p) is seen: its ctime moved', () => {
    // GIVEN a memo of the file, made long enough after its last change to be trusted
    const before = fs.statSync(file(), { bigint: true });
    expect(hashes().get('src/a.ts')).toBe(sha1("export const region = 'eastus';\n"));
    const stored = JSON.parse(fs.readFileSync(memo, 'utf8'));
    fs.writeFileSync(memo, JSON.stringify({ ...stored, at: Date.now() + 10 * launcher.RACY_MS }));
    // WHEN the content changes, same size, and the mtime is put back
    editKeepingMtime(file(), (t) => t.replace('eastus', 'westus'));
    const after = fs.statSync(file(), { bigint: true });
    expect([after.ino, after.size, after.mtimeNs]).toEqual([before.ino, before.size, before.mtimeNs]);
    // THEN the new content's hash
    expect(hashes().get('src/a.ts')).toBe(sha1("export const region = 'westus';\n"));
  });

  test('a memo entry whose stat matches is trusted only when the file had been quiet for RACY_MS before the memo was made', () => {
    // GIVEN a memo entry that matches the file's stat exactly but holds another hash (as after a change within the same
    // clock tick as the memo's stat)
    const st = fs.statSync(file());
    const entry = [`${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`, 'f'.repeat(40)];
    // WHEN the memo was made right after the change THEN the file is read again
    fs.mkdirSync(path.dirname(memo));
    fs.writeFileSync(memo, JSON.stringify({ at: st.ctimeMs, files: { 'src/a.ts': entry } }));
    expect(hashes().get('src/a.ts')).toBe(sha1("export const region = 'eastus';\n"));
    // WHEN it was made more than RACY_MS after the last change THEN the memo is used and the file is not read
    fs.writeFileSync(memo, JSON.stringify({ at: st.ctimeMs + launcher.RACY_MS + 1, files: { 'src/a.ts': entry } }));
    expect(hashes().get('src/a.ts')).toBe('f'.repeat(40));
  });

  test('an added or removed file changes the set; a memo that cannot be written changes nothing', () => {
    fs.writeFileSync(path.join(dir, 'src', 'b.ts'), 'export {};\n');
    expect([...hashes().keys()]).toEqual(['src/a.ts', 'src/b.ts']);
    fs.rmSync(path.join(dir, 'src', 'b.ts'));
    expect([...launcher.contentHashes(launcher.listFiles(dir, ['src'])).keys()]).toEqual(['src/a.ts']);
  });
});

describe('freshness by content through the real CLI', () => {
  const repo = new TempRepo();
  afterAll(() => repo.remove());

  test('a configuration edit that keeps its size and mtime: synth --check reports dist/ stale', () => {
    // GIVEN a warm cache: the bundles, the outcome and the hash memo of this copy
    expect(repo.gridops(['synth', '--check', '-q']).status).toBe(0);
    const src = path.join(repo.dir, 'src/config/apps/gridos.ts');
    const before = fs.statSync(src, { bigint: true });
    // WHEN the region is edited (same length) and the mtime put back, as cp -p or touch -r do
    editKeepingMtime(src, (t) => t.replace("GRID_REGION: 'eastus'", "GRID_REGION: 'westus'"));
    const after = fs.statSync(src, { bigint: true });
    expect([after.size, after.mtimeNs]).toEqual([before.size, before.mtimeNs]);
    const r = repo.gridops(['synth', '--check']);
    // THEN the bundle is rebuilt and the stored outcome not reused
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('changed: dist/applications/gridos/base/config.yaml');
    expect(r.stderr).toContain('+  GRID_REGION: westus');
  });
});

describe('the launcher runs as its TypeScript sources are (src/cli/launcher/)', () => {
  afterAll(() => stopEsbuild());

  test('the prebuilt launcher bin/gridops.js runs is what its sources compile to (npm run build:launcher)', async () => {
    // GIVEN the sources WHEN compiled THEN the very text of prebuilt.js, the sources' digest in it
    const compiled = await compileLauncher(ROOT);
    expect(compiled).toContain('"src/cli/launcher/index.ts"');
    expect(fs.readFileSync(path.join(ROOT, PREBUILT), 'utf8')).toBe(compiled);
  });

  describe('a launcher source edited without npm run build:launcher', () => {
    const repo = new TempRepo();
    afterAll(() => repo.remove());

    test('is compiled into the cache on first use and runs, the prebuilt one only handing over', () => {
      // GIVEN a launcher source that now says so when it loads (cli.js is rebuilt too: it is under src/)
      const src = 'src/cli/launcher/outcome-cache.ts';
      repo.write(src, `${repo.read(src)}\nconsole.error('edited launcher');\n`);
      const prebuilt = repo.read(PREBUILT);
      // WHEN / THEN the edit is what runs, every time, compiled once
      const first = repo.gridops(['synth', '--check']);
      expect([first.status, first.stderr]).toEqual([0, 'edited launcher\n']);
      expect(first.stdout).toMatch(/dist\/ is up to date/);
      const compiled = fs.readdirSync(repo.cacheDir).filter((f) => /^launcher-[0-9a-f]{16}\.js$/.test(f));
      expect(compiled).toHaveLength(1);
      const inode = fs.statSync(path.join(repo.cacheDir, compiled[0])).ino;
      expect(repo.gridops(['synth', '--check', '-q'])).toMatchObject({ status: 0, stderr: 'edited launcher\n' });
      expect(fs.statSync(path.join(repo.cacheDir, compiled[0])).ino).toBe(inode);
      // and the checkout's prebuilt launcher is left as it was
      expect(repo.read(PREBUILT)).toBe(prebuilt);
    });
  });
});
