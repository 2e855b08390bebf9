import * as os from 'os';
import { withLock } from '../src/output/writer';
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { TempRepo } from './support/repo';


describe('atomic and concurrent synth', () => {
  const repo = new TempRepo();
  afterAll(() => repo.remove());
  const changeSettings = () => {
    const src = 'src/config/apps/gridos.ts';
    repo.write(src, repo.read(src).replace("SCADA_POLL_INTERVAL_MS: '2000'", "SCADA_POLL_INTERVAL_MS: '1500'"));
  };

  test('a synth killed with the new tree staged leaves dist/ exactly as it was; the next synth cleans up', async () => {
    const before = repo.snapshotDist();
    changeSettings();
    const child = spawn(process.execPath, [path.join(repo.dir, 'bin/gridops.js'), 'synth'], {
      cwd: repo.dir,
      env: { ...process.env, GRIDOPS_TEST_PAUSE_BEFORE_SWAP_MS: '20000' },
      stdio: 'ignore',
    });
    const staged = () => fs.readdirSync(repo.dir).some((f) => f.startsWith('.gridops-staging-'));
    const deadline = Date.now() + 15000;
    while (!staged() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    expect(staged()).toBe(true);
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));
    expect(repo.snapshotDist()).toEqual(before);
    const r = repo.gridops(['synth']);
    expect(r.status).toBe(0);
    expect(fs.readdirSync(repo.dir).filter((f) => f.startsWith('.gridops-'))).toEqual([]);
    expect(repo.read('dist/applications/gridos/base/config.yaml')).toContain('SCADA_POLL_INTERVAL_MS: "1500"');
  });

  test('two synths at once both succeed and leave a complete, current dist/', async () => {
    const src = 'src/config/apps/gridos.ts';
    repo.write(src, repo.read(src).replace("LOG_LEVEL: 'info'", "LOG_LEVEL: 'warn'"));
    const run = () =>
      new Promise<number>((resolve) => {
        const c = spawn(process.execPath, [path.join(repo.dir, 'bin/gridops.js'), 'synth', '-q'], {
          cwd: repo.dir,
          env: { ...process.env, GRIDOPS_TEST_PAUSE_BEFORE_SWAP_MS: '300' },
          stdio: 'ignore',
        });
        c.on('exit', (code) => resolve(code ?? -1));
      });
    expect(await Promise.all([run(), run()])).toEqual([0, 0]);
    expect(repo.gridops(['synth', '--check']).status).toBe(0);
    expect(repo.read('dist/applications/gridos/base/config.yaml')).toContain('LOG_LEVEL: warn');
  });
});

describe('withLock', () => {
  test('is re-entrant within a process: a nested write under the held lock runs at once, and the lock goes at the end', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gridops-lock-'));
    try {
      const lock = path.join(root, '.gridops.lock');
      const seen = withLock(root, () => [fs.readFileSync(lock, 'utf8'), withLock(root, () => fs.existsSync(lock))]);
      expect(seen).toEqual([String(process.pid), true]);
      expect(fs.existsSync(lock)).toBe(false);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
