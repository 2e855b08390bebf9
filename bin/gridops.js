#!/usr/bin/env node
// Launcher for the gridops CLI. It runs the TypeScript sources as they are now, without a build step and without
// type checking (that is `npm test`'s job):
//
// - cli.js and fast.js bundle our own code (src/, charts/). esbuild rebuilds them, in one call, when a file under src/,
//   charts/ or bin/ is newer than the bundle or a file was added or removed (tens of milliseconds, in esbuild's own
//   process while the launcher loads the dependencies).
// - vendor.js bundles what they load from node_modules (cdk8s, cdk8s-plus-27, ...) and the generated bindings in
//   imports/. It is rebuilt only when the installed dependencies, the bindings or the set of modules used change, so
//   an edit to the configuration rebuilds only our own, small bundle.
// - Both bundles are compiled with a V8 code cache kept beside them, so a run does not parse and compile megabytes of
//   JavaScript again. A cache is tied to the exact bundle file it was made from (inode, mtime, size) and is written by
//   `synth` runs, whose functions it then holds.
//
// `gridops synth` also keeps its last successful outcome, keyed by everything it depends on (the bundles, the image
// tags, the precompiled validators, the locked dependencies, node's version, GRIDOPS_* settings). When nothing changed,
// the outcome is checked against or written to dist/ without loading cdk8s at all. GRIDOPS_NO_CACHE=1 turns that off
// (the bundles and code caches stay); GRIDOPS_REBUILD=1 rebuilds our own bundles as an edit would.
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const Module = require('module');
const path = require('path');
const vm = require('vm');

const root = path.resolve(__dirname, '..');
// One cache per checkout, so copies of the repository that share node_modules never load each other's bundles.
const cacheDir = path.join(root, 'node_modules', '.cache', 'gridops', crypto.createHash('sha1').update(root).digest('hex').slice(0, 12));
const bundle = path.join(cacheDir, 'cli.js');
const fastBundle = path.join(cacheDir, 'fast.js');
const stamp = path.join(cacheDir, 'cli.stamp');
const vendorBundle = path.join(cacheDir, 'vendor.js');
const vendorStamp = path.join(cacheDir, 'vendor.stamp');
const importsDir = path.join(root, 'imports');
/**
 * Packages loaded from node_modules as they are, never bundled: tools that only some commands use (the TypeScript
 * compiler for `gridops new`, esbuild with its native binary, ajv for `gridops import`, adm-zip for kubectl), the PromQL
 * grammar (a synth whose queries are unchanged reads their parses from the validation cache), and yargs, which reads
 * its message files from its own directory.
 */
const NOT_BUNDLED = new Set(['typescript', 'esbuild', 'ajv', 'adm-zip', 'yargs', '@prometheus-io/lezer-promql']);

/** Newest mtime and the relative file list of every source under `dirs`, so an added or deleted file also rebuilds. */
function sourceState(dirs, test) {
  let newest = 0;
  const files = [];
  const walk = (dir) => {
    let entries;
    try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (test(e.name)) {
        const m = fs.statSync(p).mtimeMs;
        files.push(path.relative(root, p));
        if (m > newest) newest = m;
      }
    }
  };
  for (const d of dirs) walk(path.join(root, d));
  files.sort();
  return { newest, files };
}

function readJson(file) {
  try { return JSON.parse(fs.readFileSync(file, 'utf8')); } catch { return undefined; }
}

/** Writes a file atomically: a concurrent launcher never reads it half-written. */
function writeAtomic(file, content) {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, content);
  fs.renameSync(tmp, file);
}

/** Stops on a compile error, which esbuild has already printed (where and what), before anything is written. */
function compileError(err) {
  if (!Array.isArray(err?.errors)) throw err;
  console.error(`error: ${err.errors.length === 1 ? 'a source does not compile' : `${err.errors.length} compile errors`} (see above); nothing was written`);
  process.exit(2);
}

/** esbuild's JavaScript API. */
function esbuildApi() {
  // its synchronous API otherwise starts a worker thread first, which costs more than the one build we ask for
  const workers = process.env.ESBUILD_WORKER_THREADS;
  process.env.ESBUILD_WORKER_THREADS = workers ?? '0';
  const esbuild = require('esbuild');
  if (workers === undefined) delete process.env.ESBUILD_WORKER_THREADS;
  return esbuild;
}

/** Whether our own bundles are current: their key, and the stamp of their last build (key and the modules they load). */
function ownBundleState() {
  // what esbuild can bundle (src/config/image-tags.yaml is data, read when synth runs: a tag bump rebuilds nothing)
  const state = sourceState(['src', 'charts', 'bin'], (n) => /\.(ts|json|js)$/.test(n));
  // relative paths: a copy of the checkout with the same files (and mtimes) can reuse this bundle
  const key = crypto.createHash('sha1').update(state.files.join('|')).digest('hex');
  const cached = readJson(stamp);
  const fresh = !process.env.GRIDOPS_REBUILD && cached?.key === key && [bundle, fastBundle].every((f) => fs.existsSync(f) && fs.statSync(f).mtimeMs >= state.newest);
  return { key, cached, fresh };
}

/**
 * Rebuilds our own code (asynchronously: esbuild works in its own process while the launcher loads the dependencies).
 * Resolves to the modules it loads from outside (see vendorBundle).
 */
async function buildOwnBundle(key) {
  fs.mkdirSync(cacheDir, { recursive: true });
  // one esbuild call for both bundles; packages and imports/ stay outside. Written beside their final names (relative
  // paths to imports/ hold there) and renamed into place.
  const tmp = `.${process.pid}.tmp`;
  const esbuild = esbuildApi();
  let result;
  try {
    result = await esbuild.build({
      entryPoints: { [`cli${tmp}`]: path.join(root, 'src', 'cli', 'main.ts'), [`fast${tmp}`]: path.join(root, 'src', 'cli', 'fast.ts') },
      outdir: cacheDir,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      packages: 'external',
      external: [path.join(importsDir, '*')],
      metafile: true,
      logLevel: 'error',
    });
  } catch (err) {
    compileError(err);
  } finally {
    esbuild.stop();
  }
  const externals = new Set();
  for (const o of Object.values(result.metafile.outputs)) {
    for (const i of o.imports) if (i.external && vendorId(i.path, cacheDir)) externals.add(vendorId(i.path, cacheDir));
  }
  for (const target of [bundle, fastBundle]) fs.renameSync(target.replace(/\.js$/, `${tmp}.js`), target);
  const list = [...externals].sort();
  writeAtomic(stamp, JSON.stringify({ key, externals: list }));
  return list;
}

/**
 * The id under which vendor.js holds a module our bundles load (`cdk8s`, `semver/functions/valid`,
 * `imports/argo-rollouts-argoproj.io`), or undefined for node's own modules and NOT_BUNDLED packages.
 */
function vendorId(id, fromDir) {
  if (id.startsWith('.')) {
    const rel = path.relative(root, path.resolve(fromDir, id));
    return rel.startsWith(`imports${path.sep}`) ? rel.split(path.sep).join('/') : undefined;
  }
  if (id.startsWith('node:') || Module.isBuiltin(id)) return undefined;
  const pkg = id.startsWith('@') ? id.split('/').slice(0, 2).join('/') : id.split('/')[0];
  return NOT_BUNDLED.has(pkg) ? undefined : id;
}

/** What the vendor bundle depends on: the modules it holds, the installed dependencies and the bindings in imports/. */
function vendorKey(externals) {
  const h = crypto.createHash('sha1').update(externals.join('|'));
  for (const f of ['package-lock.json', 'node_modules/.package-lock.json']) {
    try { const s = fs.statSync(path.join(root, f)); h.update(`${f}@${s.mtimeMs}:${s.size}`); } catch { h.update(`${f}:missing`); }
  }
  let bindings = [];
  try { bindings = fs.readdirSync(importsDir).filter((n) => n.endsWith('.js')).sort(); } catch { bindings = []; } // none imported yet
  for (const n of bindings) h.update(`${n}@${fs.statSync(path.join(importsDir, n)).mtimeMs}`);
  return h.digest('hex');
}

/** The dependencies and bindings: rebuilt only when they change. */
function ensureVendorBundle(externals) {
  const key = vendorKey(externals);
  if (readJson(vendorStamp)?.key === key && fs.existsSync(vendorBundle)) return;
  // each module behind a function: nothing runs before our code asks for it, as with require()
  const entry = externals.map((id) => `  ${JSON.stringify(id)}: () => require(${JSON.stringify(id.startsWith('imports/') ? `./${id}` : id)}),`).join('\n');
  try {
    esbuildApi().buildSync({
      stdin: { contents: `module.exports = {\n${entry}\n};\n`, resolveDir: root, sourcefile: 'gridops-vendor.js', loader: 'js' },
      outfile: `${vendorBundle}.${process.pid}.tmp`,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      external: [...NOT_BUNDLED],
      logLevel: 'error',
    });
  } catch (err) {
    compileError(err);
  }
  fs.renameSync(`${vendorBundle}.${process.pid}.tmp`, vendorBundle);
  writeAtomic(vendorStamp, JSON.stringify({ key }));
}

/**
 * Loads a bundle like require() does, through a V8 code cache. `writeCache`: store a missing or rejected cache when
 * the process exits, with every function compiled by then.
 */
function loadBundle(file, requireFn, writeCache) {
  const fd = fs.openSync(file, 'r');
  let st;
  let source;
  try {
    st = fs.fstatSync(fd);
    source = fs.readFileSync(fd, 'utf8');
  } finally {
    fs.closeSync(fd);
  }
  // V8 checks a cache against its source's length only: tie it to this very file (a rebuild makes a new inode)
  const label = `${st.ino}-${st.mtimeMs}-${st.size}`;
  const ccFile = `${file}.${label}.v8cache`;
  let cachedData;
  try { cachedData = fs.readFileSync(ccFile); } catch { cachedData = undefined; }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const m = new Module(file, module);
  m.filename = file;
  m.paths = Module._nodeModulePaths(path.dirname(file));
  const real = Module.createRequire(file);
  const req = Object.assign((id) => requireFn(id, real), real);
  script.runInThisContext().call(m.exports, m.exports, req, m, file, path.dirname(file));
  m.loaded = true;
  if (writeCache && (!cachedData || script.cachedDataRejected)) {
    process.once('exit', () => {
      try {
        writeAtomic(ccFile, script.createCachedData());
        const base = path.basename(file);
        for (const f of fs.readdirSync(path.dirname(file))) {
          if (f.startsWith(`${base}.`) && f.endsWith('.v8cache') && f !== path.basename(ccFile)) fs.rmSync(path.join(path.dirname(file), f), { force: true });
        }
      } catch {
        // a cache is an optimisation only
      }
    });
  }
  return m.exports;
}

/** The cache file of `synth` for the current inputs. */
function synthCacheFile() {
  const h = crypto.createHash('sha256');
  h.update(fs.readFileSync(bundle)).update(fs.readFileSync(vendorStamp));
  for (const f of ['src/config/image-tags.yaml', 'package-lock.json']) {
    try { h.update(f).update(fs.readFileSync(path.join(root, f))); } catch { h.update(`${f}:missing`); }
  }
  const validators = path.join(importsDir, 'validators');
  for (const f of (fs.existsSync(validators) ? fs.readdirSync(validators).sort() : [])) h.update(f).update(fs.readFileSync(path.join(validators, f)));
  h.update(process.version);
  for (const k of Object.keys(process.env).filter((k) => k.startsWith('GRIDOPS_') && !['GRIDOPS_ROOT', 'GRIDOPS_SYNTH_CACHE', 'GRIDOPS_REBUILD'].includes(k)).sort()) {
    h.update(`${k}=${process.env[k]}`);
  }
  return path.join(cacheDir, `synth-${h.digest('hex').slice(0, 32)}.json`);
}

/** Dependencies every command loads: while esbuild rebuilds our bundle, the launcher loads these meanwhile. */
const PRELOADED = ['cdk8s-plus-27'];

async function launch(argv) {
  process.env.GRIDOPS_ROOT = process.env.GRIDOPS_ROOT || root;
  const writeCache = argv[0] === 'synth';
  const loadVendor = () => loadBundle(vendorBundle, (id, real) => real(id), writeCache);
  const own = ownBundleState();
  let externals = own.fresh ? own.cached.externals : undefined;
  let vendor;
  if (!externals) {
    const building = buildOwnBundle(own.key);
    // Meanwhile, with the modules the previous build loaded from outside: the dependency bundle and its heaviest part.
    const previous = own.cached?.externals;
    if (previous) {
      ensureVendorBundle(previous);
      vendor = loadVendor();
      for (const id of PRELOADED) if (id in vendor) vendor[id]();
    }
    externals = await building;
    if (vendor && externals.join('|') !== previous.join('|')) {
      // the sources now load other modules: run again, with a dependency bundle that holds them
      process.exitCode = require('child_process').spawnSync(process.execPath, [__filename, ...argv], { stdio: 'inherit' }).status ?? 1;
      return;
    }
  }
  ensureVendorBundle(externals);
  if (argv[0] === 'synth' && process.env.GRIDOPS_ROOT === root && !process.env.GRIDOPS_NO_CACHE) {
    const cacheFile = synthCacheFile();
    if (fs.existsSync(cacheFile) && require(fastBundle).runCached(argv, cacheFile)) return;
    for (const f of fs.readdirSync(cacheDir)) if (f.startsWith('synth-') && path.join(cacheDir, f) !== cacheFile) fs.rmSync(path.join(cacheDir, f), { force: true });
    process.env.GRIDOPS_SYNTH_CACHE = cacheFile;
  }
  vendor ??= loadVendor();
  const cli = loadBundle(bundle, (id, real) => {
    const v = vendorId(id, cacheDir);
    return v !== undefined && v in vendor ? vendor[v]() : real(id);
  }, writeCache);
  await cli.main(argv);
}

launch(process.argv.slice(2));
