#!/usr/bin/env node
// Launcher for the gridops CLI. It runs the TypeScript sources as they are now: when any file under
// src/, charts/ or imports/ is newer than the cached bundle, esbuild rebuilds it (tens of milliseconds);
// otherwise the cached bundle is loaded directly. Type checking is `npm test`'s job, not synth's.
//
// `gridops synth` also keeps its last successful outcome, keyed by everything it depends on (the bundle of the
// sources, the image tags, the precompiled validators, the locked dependencies, node's version, GRIDOPS_* settings).
// When nothing changed, the outcome is checked against or written to dist/ without loading cdk8s at all.
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
// One cache per checkout, so copies of the repository that share node_modules never load each other's bundle.
const cacheDir = path.join(root, 'node_modules', '.cache', 'gridops', crypto.createHash('sha1').update(root).digest('hex').slice(0, 12));
const bundle = path.join(cacheDir, 'cli.js');
const fastBundle = path.join(cacheDir, 'fast.js');
const stamp = path.join(cacheDir, 'cli.stamp');
const sourceDirs = ['src', 'charts', 'imports'];

/** Newest mtime and the file list of every source, so an added or deleted file also rebuilds. */
function sourceState() {
  let newest = 0;
  const files = [];
  const walk = (dir) => {
    let entries;
    try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|json|yaml|js)$/.test(e.name)) {
        files.push(p);
        const m = fs.statSync(p).mtimeMs;
        if (m > newest) newest = m;
      }
    }
  };
  for (const d of sourceDirs) walk(path.join(root, d));
  walk(path.join(root, 'bin'));
  // relative paths: a copy of the checkout with the same files (and mtimes) can reuse this bundle
  const rel = files.map((f) => path.relative(root, f)).sort();
  return { newest, key: crypto.createHash('sha1').update(rel.join('|')).digest('hex') };
}

function ensureBundle() {
  const state = sourceState();
  let fresh = false;
  try {
    const cached = fs.readFileSync(stamp, 'utf8');
    fresh = cached === state.key && fs.statSync(bundle).mtimeMs >= state.newest && fs.statSync(fastBundle).mtimeMs >= state.newest;
  } catch { fresh = false; }
  if (fresh) return;
  const esbuild = require('esbuild');
  fs.mkdirSync(cacheDir, { recursive: true });
  for (const [entry, out] of [['main.ts', bundle], ['fast.ts', fastBundle]]) {
    const tmp = `${out}.${process.pid}.tmp`;
    esbuild.buildSync({
      entryPoints: [path.join(root, 'src', 'cli', entry)],
      outfile: tmp,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      packages: 'external',
      logLevel: 'error',
    });
    fs.renameSync(tmp, out); // atomic: a concurrent launcher never loads a half-written bundle
  }
  fs.writeFileSync(stamp, state.key);
}

/** The cache file of `synth` for the current inputs. */
function synthCacheFile() {
  const h = crypto.createHash('sha256');
  h.update(fs.readFileSync(bundle));
  for (const f of ['src/config/image-tags.yaml', 'package-lock.json']) {
    try { h.update(f).update(fs.readFileSync(path.join(root, f))); } catch { h.update(`${f}:missing`); }
  }
  const validators = path.join(root, 'imports', 'validators');
  for (const f of (fs.existsSync(validators) ? fs.readdirSync(validators).sort() : [])) h.update(f).update(fs.readFileSync(path.join(validators, f)));
  h.update(process.version);
  for (const k of Object.keys(process.env).filter((k) => k.startsWith('GRIDOPS_') && k !== 'GRIDOPS_ROOT' && k !== 'GRIDOPS_SYNTH_CACHE').sort()) {
    h.update(`${k}=${process.env[k]}`);
  }
  return path.join(cacheDir, `synth-${h.digest('hex').slice(0, 32)}.json`);
}

process.env.GRIDOPS_ROOT = process.env.GRIDOPS_ROOT || root;
ensureBundle();
const argv = process.argv.slice(2);
if (argv[0] === 'synth' && process.env.GRIDOPS_ROOT === root && !process.env.GRIDOPS_NO_CACHE) {
  const cacheFile = synthCacheFile();
  if (fs.existsSync(cacheFile) && require(fastBundle).runCached(argv, cacheFile)) return;
  for (const f of fs.readdirSync(cacheDir)) if (f.startsWith('synth-') && path.join(cacheDir, f) !== cacheFile) fs.rmSync(path.join(cacheDir, f), { force: true });
  process.env.GRIDOPS_SYNTH_CACHE = cacheFile;
}
require(bundle).main(argv);
