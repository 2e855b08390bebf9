import * as fs from 'fs';
import * as path from 'path';
import { TempRepo } from './support/repo';

const TAGS = 'src/config/image-tags.yaml';

describe('synth outcome cache (bin/gridops.js)', () => {
  const repo = new TempRepo();
  afterAll(() => repo.remove());
  const cacheFiles = () => fs.readdirSync(repo.cacheDir).filter((f) => f.startsWith('synth-'));

  test('a successful synth stores its outcome; identical inputs reuse it with identical output', () => {
    const cold = repo.gridops(['synth'], { GRIDOPS_NO_CACHE: '1' });
    const first = repo.gridops(['synth']);
    expect(cacheFiles()).toHaveLength(1);
    const warm = repo.gridops(['synth']);
    expect([warm.status, warm.stdout, warm.stderr]).toEqual([0, first.stdout, first.stderr]);
    expect(warm.stdout).toBe(cold.stdout);
    // THEN the warm run really came from the stored outcome: a marker planted in it shows up
    const file = path.join(repo.cacheDir, cacheFiles()[0]);
    const stored = JSON.parse(fs.readFileSync(file, 'utf8'));
    fs.writeFileSync(file, JSON.stringify({ ...stored, table: 'MARKER' }));
    expect(repo.gridops(['synth']).stdout).toContain('MARKER');
    expect(repo.gridops(['synth'], { GRIDOPS_NO_CACHE: '1' }).stdout).not.toContain('MARKER');
  });

  test('an image tag edit, a source edit and a hand edit of dist/ are all seen with a warm cache', () => {
    repo.gridops(['synth']);
    repo.write(TAGS, repo.read(TAGS).replace('prod: v2.1.0', 'prod: v2.1.1'));
    expect(repo.gridops(['synth', '--check']).status).toBe(1);
    repo.gridops(['synth']);
    expect(repo.read('dist/applications/gridos/overlays/prod/kustomization.yaml')).toContain('newTag: v2.1.1');
    const src = 'src/config/apps/gridos.ts';
    repo.write(src, repo.read(src).replace("GRID_REGION: 'eastus'", "GRID_REGION: 'westus'"));
    expect(repo.gridops(['synth', '--check']).status).toBe(1);
    repo.gridops(['synth']);
    expect(repo.read('dist/applications/gridos/base/config.yaml')).toContain('GRID_REGION: westus');
    const file = 'dist/applications/gridos/base/rollout.yaml';
    repo.write(file, repo.read(file) + '# hand edit\n');
    const check = repo.gridops(['synth', '--check']);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain(`changed: ${file}`);
    expect(cacheFiles()).toHaveLength(1); // only the latest outcome is kept
  });
});

describe('launcher bundles and code caches (bin/gridops.js)', () => {
  const repo = new TempRepo();
  afterAll(() => repo.remove());
  const cacheDir = () => repo.cacheDir;
  const files = (pattern: RegExp) => fs.readdirSync(cacheDir()).filter((f) => pattern.test(f));

  test('an edit to a generated binding in imports/ rebuilds the dependency bundle and is seen', () => {
    const binding = 'imports/argo-rollouts-argoproj.io.js';
    const stampBefore = fs.readFileSync(path.join(cacheDir(), 'vendor.stamp'), 'utf8');
    const original = repo.read(binding);
    repo.write(binding, original.replace('kind: "Rollout"', 'kind: "RolloutX"'));
    const r = repo.gridops(['synth', '--check']);
    repo.write(binding, original);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("gridos: no file is assigned to kind 'RolloutX' (object 'gridos'): add it to FILE_OF_KIND in src/tree/layout.ts");
    expect(fs.readFileSync(path.join(cacheDir(), 'vendor.stamp'), 'utf8')).not.toBe(stampBefore);
    expect(repo.gridops(['synth', '--check', '-q']).status).toBe(0);
  });

  test('a damaged code cache is refused by V8, replaced, and changes nothing', () => {
    expect(repo.gridops(['synth', '--check', '-q'], { GRIDOPS_NO_CACHE: '1' }).status).toBe(0);
    const [cache] = files(/^cli\.js\..*\.v8cache$/);
    expect(cache).toBeDefined();
    fs.rmSync(path.join(cacheDir(), cache));
    fs.writeFileSync(path.join(cacheDir(), cache), Buffer.alloc(4096, 7)); // a new file: the checkout's link is untouched
    const r = repo.gridops(['synth', '--check'], { GRIDOPS_NO_CACHE: '1' });
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(/dist\/ is up to date/);
    expect(fs.readFileSync(path.join(cacheDir(), cache)).equals(Buffer.alloc(4096, 7))).toBe(false);
  });

  test('an image tag bump rebuilds nothing: the tags are data, read when synth runs', () => {
    expect(repo.gridops(['synth', '-q']).status).toBe(0);
    const inodes = () => ['cli.js', 'vendor.js'].map((f) => fs.statSync(path.join(cacheDir(), f)).ino);
    const before = inodes();
    expect(repo.gridops(['set-image', '--app', 'gridos', '--env', 'dev', '--tag', 'dev-7654321']).status).toBe(0);
    expect(repo.gridops(['synth', '-q']).status).toBe(0);
    expect(repo.read('dist/applications/gridos/overlays/dev/kustomization.yaml')).toContain('newTag: dev-7654321');
    expect(inodes()).toEqual(before);
  });

  test('a source that starts to load another package gets a dependency bundle that holds it', () => {
    const src = 'src/config/apps/grid-telemetry.ts';
    const original = repo.read(src);
    repo.write(src, `import 'ms';\n${original}`);
    const r = repo.gridops(['synth', '--check']);
    const externals = JSON.parse(fs.readFileSync(path.join(cacheDir(), 'cli.stamp'), 'utf8')).externals;
    repo.write(src, original);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(/dist\/ is up to date/);
    expect(externals).toContain('ms');
    expect(repo.gridops(['synth', '--check', '-q']).status).toBe(0);
  });

  test('a source that does not compile: esbuild says where, exit 2, nothing written', () => {
    const src = 'src/config/apps/gridos.ts';
    const original = repo.read(src);
    const before = repo.snapshotDist();
    repo.write(src, `${original}\nconst broken = ;\n`);
    const r = repo.gridops(['synth']);
    repo.write(src, original);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('src/config/apps/gridos.ts');
    expect(r.stderr).toContain('Unexpected ";"');
    expect(r.stderr).toContain('error: a source does not compile (see above); nothing was written');
    expect(repo.snapshotDist()).toEqual(before);
  });

  test('a source edit rebuilds our bundle only, and its old code cache goes', () => {
    const vendorBefore = fs.statSync(path.join(cacheDir(), 'vendor.js')).ino;
    const [oldCache] = files(/^cli\.js\..*\.v8cache$/);
    const src = 'src/config/apps/gridos.ts';
    repo.write(src, repo.read(src).replace("GRID_REGION: 'eastus'", "GRID_REGION: 'westus'"));
    expect(repo.gridops(['synth', '-q']).status).toBe(0);
    expect(repo.read('dist/applications/gridos/base/config.yaml')).toContain('GRID_REGION: westus');
    expect(fs.statSync(path.join(cacheDir(), 'vendor.js')).ino).toBe(vendorBefore);
    const caches = files(/^cli\.js\..*\.v8cache$/);
    expect(caches).toHaveLength(1);
    expect(caches[0]).not.toBe(oldCache);
  });
});
