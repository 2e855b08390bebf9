#!/usr/bin/env node
// Launcher for the gridops CLI. It runs the TypeScript sources as they are now: when any file under
// src/, charts/ or imports/ is newer than the cached bundle, esbuild rebuilds it (tens of milliseconds);
// otherwise the cached bundle is loaded directly. Type checking is `npm test`'s job, not synth's.
'use strict';
// Caches V8's compiled code of every module (our bundle, cdk8s, the big k8s type module) between runs.
require('v8-compile-cache');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
// One cache per checkout, so copies of the repository that share node_modules never load each other's bundle.
const cacheDir = path.join(root, 'node_modules', '.cache', 'gridops', require('crypto').createHash('sha1').update(root).digest('hex').slice(0, 12));
const bundle = path.join(cacheDir, 'cli.js');
const stamp = path.join(cacheDir, 'cli.stamp');
const sourceDirs = ['src', 'charts', 'imports'];

/** Newest mtime and the file list of every TypeScript source, so an added or deleted file also rebuilds. */
function sourceState() {
  let newest = 0;
  const files = [];
  const walk = (dir) => {
    let entries;
    try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts') || e.name.endsWith('.json') || e.name.endsWith('.yaml')) {
        files.push(p);
        const m = fs.statSync(p).mtimeMs;
        if (m > newest) newest = m;
      }
    }
  };
  for (const d of sourceDirs) walk(path.join(root, d));
  walk(path.join(root, 'bin'));
  return { newest, key: `${files.length}:${files.sort().join('|').length}` };
}

function ensureBundle() {
  const state = sourceState();
  let fresh = false;
  try {
    const cached = fs.readFileSync(stamp, 'utf8');
    fresh = cached === state.key && fs.statSync(bundle).mtimeMs >= state.newest;
  } catch { fresh = false; }
  if (fresh) return;
  const esbuild = require('esbuild');
  fs.mkdirSync(cacheDir, { recursive: true });
  const tmp = `${bundle}.${process.pid}.tmp`;
  esbuild.buildSync({
    entryPoints: [path.join(root, 'src', 'cli', 'main.ts')],
    outfile: tmp,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    logLevel: 'error',
    define: { 'process.env.GRIDOPS_BUNDLED': '"1"' },
  });
  fs.renameSync(tmp, bundle); // atomic: a concurrent launcher never loads a half-written bundle
  fs.writeFileSync(stamp, state.key);
}

process.env.GRIDOPS_ROOT = process.env.GRIDOPS_ROOT || root;
ensureBundle();
require(bundle).main(process.argv.slice(2));
