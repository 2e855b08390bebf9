#!/usr/bin/env node
// Launcher for the gridops CLI. It runs the TypeScript sources as they are now, without a build step and without
// type checking (that is `npm test`'s job):
//
// - cli.js and fast.js bundle our own code (src/, charts/). esbuild rebuilds them, in one call, when the content of a
//   file under src/, charts/ or bin/ changed or a file was added or removed (tens of milliseconds, in esbuild's own
//   process while the launcher loads the dependencies). Freshness is by content, never by mtime: an edit whose mtime
//   was put back (cp -p, touch -r, tar) is seen. Content hashes are remembered by stat (see contentHashes), so an
//   unchanged file is not read again.
// - vendor.js bundles what they load from node_modules (cdk8s, cdk8s-plus-27, ...) and the generated bindings in
//   imports/. It is rebuilt only when the installed dependencies, the bindings or the set of modules used change, so
//   an edit to the configuration rebuilds only our own, small bundle.
// - Both bundles are compiled with a V8 code cache kept beside them, so a run does not parse and compile megabytes of
//   JavaScript again. A cache is tied to the exact bundle file it was made from (inode, mtime, size) and is written by
//   `synth` runs, whose functions it then holds.
//
// `gridops synth` also keeps its last successful outcome, keyed by everything it depends on (the content of src/,
// charts/, bin/ and imports/, the dependency bundle, the locked dependencies, node's version, GRIDOPS_* settings).
// When nothing changed, the outcome is checked against or written to dist/ without loading cdk8s at all.
// GRIDOPS_NO_CACHE=1 turns that off (the bundles and code caches stay); GRIDOPS_REBUILD=1 rebuilds our own bundles as
// an edit would.
//
// Every failure is one line, `error: <message>`, exit code 2 (GRIDOPS_DEBUG=1 adds the stack): a checkout without
// node_modules is told to run npm ci.
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

/** Every file under `dirs` of `base` (relative to `base`, sorted) that passes `test`, with its stat. */
function listFiles(base, dirs, test = () => true) {
  const files = [];
  const walk = (dir) => {
    let entries;
    try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (test(e.name)) files.push({ rel: path.relative(base, p).split(path.sep).join('/'), abs: p, st: fs.statSync(p) });
    }
  };
  for (const d of dirs) walk(path.join(base, d));
  return files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}

/** Files whose stat matches the memo, and that were last changed at least this long before the memo was made, are trusted. */
const RACY_MS = 2000;

/**
 * The sha1 of each file's content, by relative path. Reading every file each run would cost little (src/, charts/ and
 * bin/ are small), but imports/ holds megabytes, so hashes are remembered in `hashes.json` by stat: inode, size,
 * mtime and ctime. The ctime is what makes this safe: touch -r, cp -p and tar can put an mtime back, but nothing
 * short of changing the clock sets a ctime, and every write or mtime change moves it to now.
 *
 * One case remains, the "racy" one git's index knows too: a file changed again within the clock tick of the stat we
 * remembered, with its size unchanged, keeps a matching stat. So an entry is trusted only when the file's mtime and
 * ctime are more than RACY_MS older than the moment the memo's hashing began (`at`): a change after that moment gives
 * a newer ctime, and a file changed shortly before it is hashed again on every run until it has been quiet for
 * RACY_MS (a few small reads). The margin also covers file systems whose timestamps are coarse (2 s on FAT).
 */
function contentHashes(files, memoFile) {
  const startedAt = Date.now();
  const memo = readJson(memoFile);
  const known = memo?.files ?? {};
  const trustedBefore = (memo?.at ?? 0) - RACY_MS;
  const next = {};
  const hashes = new Map();
  let dirty = !memo || Object.keys(known).length !== files.length;
  for (const { rel, abs, st } of files) {
    const sig = `${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
    const m = known[rel];
    let sha;
    if (m && m[0] === sig && st.mtimeMs < trustedBefore && st.ctimeMs < trustedBefore) {
      sha = m[1];
    } else {
      sha = crypto.createHash('sha1').update(fs.readFileSync(abs)).digest('hex');
      dirty = true;
    }
    next[rel] = [sig, sha];
    hashes.set(rel, sha);
  }
  if (dirty && memoFile) {
    try {
      fs.mkdirSync(path.dirname(memoFile), { recursive: true });
      writeAtomic(memoFile, JSON.stringify({ at: startedAt, files: next }));
    } catch {
      // a memo is an optimisation only
    }
  }
  return hashes;
}

/** A digest of (path, content hash) pairs: changes when a file is added, removed, renamed or edited. */
function digest(hashes, keep = () => true) {
  const h = crypto.createHash('sha1');
  for (const [rel, sha] of hashes) if (keep(rel)) h.update(`${rel}\0${sha}\n`);
  return h.digest('hex');
}

/** The inputs every key is made of: the content of src/, charts/, bin/, imports/ and the lock files, hashed once per run. */
let inputs;
function inputHashes() {
  if (!inputs) {
    const locks = ['package-lock.json', 'node_modules/.package-lock.json'].flatMap((f) => {
      try { return [{ rel: f, abs: path.join(root, f), st: fs.statSync(path.join(root, f)) }]; } catch { return []; }
    });
    inputs = contentHashes([...listFiles(root, ['src', 'charts', 'bin', 'imports']), ...locks], path.join(cacheDir, 'hashes.json'));
  }
  return inputs;
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
  // what esbuild can bundle (src/config/image-tags.yaml is data, read when synth runs: a tag bump rebuilds nothing);
  // relative paths: a copy of the checkout with the same files can reuse this bundle
  const key = digest(inputHashes(), (rel) => /^(src|charts|bin)\//.test(rel) && /\.(ts|json|js)$/.test(rel));
  const cached = readJson(stamp);
  const fresh = !process.env.GRIDOPS_REBUILD && cached?.key === key && [bundle, fastBundle].every((f) => fs.existsSync(f));
  return { key, cached, fresh };
}

/**
 * Rebuilds our own code (asynchronously: esbuild works in its own process while the launcher loads the dependencies).
 * Resolves to the modules it loads from outside (see vendorBundle).
 */
async function buildOwnBundle(key) {
  const esbuild = esbuildApi();
  fs.mkdirSync(cacheDir, { recursive: true });
  // one esbuild call for both bundles; packages and imports/ stay outside. Written beside their final names (relative
  // paths to imports/ hold there) and renamed into place.
  const tmp = `.${process.pid}.tmp`;
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
  const hashes = inputHashes();
  for (const f of ['package-lock.json', 'node_modules/.package-lock.json']) h.update(`${f}:${hashes.get(f) ?? 'missing'}`);
  h.update(digest(hashes, (rel) => /^imports\/[^/]+\.js$/.test(rel)));
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
      logLevel: 'silent',
    });
  } catch (err) {
    // a package that is not installed: the checkout needs npm ci, its sources are fine
    const unresolved = Array.isArray(err?.errors) && err.errors.map((e) => /^Could not resolve "([^./"][^"]*)"/.exec(e.text)?.[1]).find(Boolean);
    if (unresolved) throw moduleNotFound(unresolved);
    if (Array.isArray(err?.errors)) for (const m of esbuildApi().formatMessagesSync(err.errors, { kind: 'error', color: process.stderr.isTTY === true })) process.stderr.write(m);
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

/** GRIDOPS_* settings that do not change what synth makes. */
const NOT_INPUTS = ['GRIDOPS_ROOT', 'GRIDOPS_SYNTH_CACHE', 'GRIDOPS_REBUILD', 'GRIDOPS_DEBUG', 'GRIDOPS_CACHE_DIR', 'GRIDOPS_CACHE_SEED', 'GRIDOPS_STAGED_EXPORT'];

/**
 * The cache file of `synth` for the current inputs: the content of every file under src/ (the image tags included),
 * charts/, bin/ and imports/ (the bindings and the validators), the lock files, the dependency bundle's key, node's
 * version and the GRIDOPS_* settings.
 */
function synthCacheFile() {
  const h = crypto.createHash('sha256');
  h.update(digest(inputHashes())).update(fs.readFileSync(vendorStamp));
  h.update(process.version);
  for (const k of Object.keys(process.env).filter((k) => k.startsWith('GRIDOPS_') && !NOT_INPUTS.includes(k)).sort()) {
    h.update(`${k}=${process.env[k]}`);
  }
  return path.join(cacheDir, `synth-${h.digest('hex').slice(0, 32)}.json`);
}

/** An error as node's require() throws it for a package that is not installed. */
function moduleNotFound(id) {
  return Object.assign(new Error(`Cannot find module '${id}'`), { code: 'MODULE_NOT_FOUND' });
}

/**
 * GRIDOPS_CACHE_SEED=<cache dir>: this run is a throw-away copy of a checkout (`synth --check --staged` synthesizing
 * an export of the index). Its cache starts from that checkout's bundles and code caches (hard links; the launcher
 * replaces files by renaming, never in place) and outcomes, and is removed when the process exits.
 */
function seedCache(from) {
  fs.mkdirSync(cacheDir, { recursive: true });
  process.once('exit', () => {
    try { fs.rmSync(cacheDir, { recursive: true, force: true }); } catch { /* the export's directory goes anyway */ }
  });
  for (const f of from && fs.existsSync(from) ? fs.readdirSync(from) : []) {
    if (f.endsWith('.tmp') || f === 'hashes.json') continue;
    try {
      if (/\.(js|v8cache)$/.test(f)) fs.linkSync(path.join(from, f), path.join(cacheDir, f));
      else fs.copyFileSync(path.join(from, f), path.join(cacheDir, f));
    } catch {
      // replaced or removed meanwhile: what is missing is built
    }
  }
}

/**
 * Reports a failure that happened outside the CLI's own error handling (loading, building or running a bundle) the
 * way the CLI does (src/cli/report-error.ts, through the fast bundle when there is one): one line, exit code 2.
 */
function reportFatal(err) {
  try {
    if (fs.existsSync(fastBundle)) {
      process.exitCode = require(fastBundle).reportError(err);
      return;
    }
  } catch {
    // an older or broken fast bundle: say it here
  }
  const debug = process.env.GRIDOPS_DEBUG === '1';
  const first = String(err?.message ?? err).split('\n')[0];
  const missing = err?.code === 'MODULE_NOT_FOUND' && /^Cannot find module '[^./]/.test(first);
  console.error(missing ? `error: node_modules is missing or incomplete (${first}): run npm ci` : `error: internal error: ${first}${debug ? '' : ' (GRIDOPS_DEBUG=1 for the stack)'}`);
  if (debug && err?.stack) console.error(err.stack);
  process.exitCode = 2;
}

/** Dependencies every command loads: while esbuild rebuilds our bundle, the launcher loads these meanwhile. */
const PRELOADED = ['cdk8s-plus-27'];

async function launch(argv) {
  if (argv.length === 1 && argv[0] === '--version') {
    // works before npm ci, and without loading anything
    console.log(readJson(path.join(root, 'package.json'))?.version ?? 'unknown');
    return;
  }
  if (!fs.existsSync(path.join(root, 'node_modules'))) throw moduleNotFound('esbuild');
  process.env.GRIDOPS_ROOT = process.env.GRIDOPS_ROOT || root;
  // the CLI's own cache directory, for `synth --check --staged` to seed an export's from
  process.env.GRIDOPS_CACHE_DIR = cacheDir;
  const seed = process.env.GRIDOPS_CACHE_SEED;
  delete process.env.GRIDOPS_CACHE_SEED;
  if (seed !== undefined && !fs.existsSync(cacheDir)) seedCache(seed);
  const writeCache = argv[0] === 'synth' && seed === undefined;
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
      process.exitCode = require('child_process').spawnSync(process.execPath, [__filename, ...argv], { stdio: 'inherit' }).status ?? 2;
      return;
    }
  }
  // the pre-commit hook: done at once when nothing relevant is staged, or when the staged sources are not these
  if (argv[0] === 'synth' && argv.includes('--staged') && require(fastBundle).stagedFirst(argv)) return;
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

if (require.main === module) launch(process.argv.slice(2)).catch(reportFatal);

// for the tests of content freshness (test/cli-freshness.test.ts)
module.exports = { contentHashes, listFiles, RACY_MS, cacheDir };
