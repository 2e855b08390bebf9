// Generated from src/cli/launcher/ (TypeScript) by `npm run build:launcher`: do not edit. bin/gridops.js runs it;
// src/cli/launcher/index.ts says how the launcher works and why it is prebuilt.
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/cli/launcher/index.ts
var index_exports = {};
__export(index_exports, {
  compileLauncher: () => compileLauncher,
  main: () => main,
  writePrebuilt: () => writePrebuilt
});
module.exports = __toCommonJS(index_exports);

// <define:GRIDOPS_LAUNCHER_SOURCES>
var define_GRIDOPS_LAUNCHER_SOURCES_default = { files: ["src/cli/launcher/cache-dir.ts", "src/cli/launcher/code-cache.ts", "src/cli/launcher/compile.ts", "src/cli/launcher/esbuild.ts", "src/cli/launcher/failure.ts", "src/cli/launcher/index.ts", "src/cli/launcher/inputs.ts", "src/cli/launcher/outcome-cache.ts", "src/cli/launcher/own-bundle.ts", "src/cli/launcher/run.ts", "src/cli/launcher/vendor-bundle.ts", "src/output/atomic.ts"], digest: "671524e92d0207656b2f627c309944ce8aed2c6b" };

// src/cli/launcher/index.ts
var import_fs9 = require("fs");
var import_path9 = require("path");

// src/output/atomic.ts
var fs = __toESM(require("fs"));
function writeFileAtomic(file, data, options = {}) {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, data);
    if (options.mode !== void 0) fs.chmodSync(tmp, options.mode);
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

// src/cli/launcher/cache-dir.ts
var import_crypto = require("crypto");
var import_path = require("path");
function cacheDirOf(root) {
  return (0, import_path.join)(root, "node_modules", ".cache", "gridops", (0, import_crypto.createHash)("sha1").update(root).digest("hex").slice(0, 12));
}
function cachePaths(dir) {
  return {
    dir,
    cli: (0, import_path.join)(dir, "cli.js"),
    fast: (0, import_path.join)(dir, "fast.js"),
    cliStamp: (0, import_path.join)(dir, "cli.stamp"),
    vendor: (0, import_path.join)(dir, "vendor.js"),
    vendorStamp: (0, import_path.join)(dir, "vendor.stamp"),
    hashes: (0, import_path.join)(dir, "hashes.json")
  };
}

// src/cli/launcher/compile.ts
var import_crypto3 = require("crypto");
var import_fs2 = require("fs");
var import_path3 = require("path");

// src/cli/launcher/esbuild.ts
var loaded;
function loadEsbuild() {
  loaded ??= require("esbuild");
  return loaded;
}
function stopEsbuild() {
  void loaded?.stop();
}
function isBuildFailure(err) {
  return typeof err === "object" && err !== null && Array.isArray(err.errors);
}

// src/cli/launcher/inputs.ts
var import_crypto2 = require("crypto");
var import_fs = require("fs");
var import_path2 = require("path");
var INPUT_DIRS = ["src", "charts", "bin", "imports"];
var LOCK_FILES = ["package-lock.json", "node_modules/.package-lock.json"];
function byRel(a, b) {
  return a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0;
}
function listFiles(base, dirs, test = () => true) {
  const files = [];
  const walk = (abs, rel) => {
    let entries;
    try {
      entries = (0, import_fs.readdirSync)(abs, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const a = (0, import_path2.join)(abs, e.name);
      if (e.isDirectory()) walk(a, `${rel}/${e.name}`);
      else if (test(e.name)) files.push({ rel: `${rel}/${e.name}`, abs: a, st: (0, import_fs.statSync)(a) });
    }
  };
  for (const d of dirs) walk((0, import_path2.join)(base, d), d);
  return files.sort(byRel);
}
var RACY_MS = 2e3;
function readMemo(file) {
  if (!file) return void 0;
  try {
    return JSON.parse((0, import_fs.readFileSync)(file, "utf8"));
  } catch {
    return void 0;
  }
}
function contentHashes(files, memoFile) {
  const startedAt = Date.now();
  const memo = readMemo(memoFile);
  const known = memo?.files ?? {};
  const trustedBefore = (memo?.at ?? 0) - RACY_MS;
  const next = {};
  const hashes = /* @__PURE__ */ new Map();
  let dirty = !memo || Object.keys(known).length !== files.length;
  for (const { rel, abs, st } of files) {
    const sig = `${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
    const m = known[rel];
    let sha;
    if (m && m[0] === sig && st.mtimeMs < trustedBefore && st.ctimeMs < trustedBefore) {
      sha = m[1];
    } else {
      sha = (0, import_crypto2.createHash)("sha1").update((0, import_fs.readFileSync)(abs)).digest("hex");
      dirty = true;
    }
    next[rel] = [sig, sha];
    hashes.set(rel, sha);
  }
  if (dirty && memoFile) {
    try {
      (0, import_fs.mkdirSync)((0, import_path2.dirname)(memoFile), { recursive: true });
      writeFileAtomic(memoFile, JSON.stringify({ at: startedAt, files: next }));
    } catch {
    }
  }
  return hashes;
}
function inputHashes(root, memoFile) {
  const locks = LOCK_FILES.flatMap((rel) => {
    const abs = (0, import_path2.join)(root, rel);
    const st = (0, import_fs.statSync)(abs, { throwIfNoEntry: false });
    return st ? [{ rel, abs, st }] : [];
  });
  return contentHashes([...listFiles(root, INPUT_DIRS), ...locks], memoFile);
}
function digest(hashes, keep = () => true) {
  const h = (0, import_crypto2.createHash)("sha1");
  for (const [rel, sha] of hashes) if (keep(rel)) h.update(`${rel}\0${sha}
`);
  return h.digest("hex");
}

// src/cli/launcher/compile.ts
var LAUNCHER_ENTRY = "src/cli/launcher/index.ts";
var PREBUILT = "src/cli/launcher/prebuilt.js";
function compiledFrom() {
  return typeof define_GRIDOPS_LAUNCHER_SOURCES_default === "undefined" ? void 0 : define_GRIDOPS_LAUNCHER_SOURCES_default;
}
function sourcesDigest(files, hashOf) {
  return digest(files.map((f) => [f, hashOf(f) ?? "missing"]));
}
var HEADER = [
  "// Generated from src/cli/launcher/ (TypeScript) by `npm run build:launcher`: do not edit. bin/gridops.js runs it;",
  "// src/cli/launcher/index.ts says how the launcher works and why it is prebuilt."
].join("\n");
async function compileLauncher(root) {
  const esbuild = loadEsbuild();
  const options = {
    entryPoints: [(0, import_path3.join)(root, LAUNCHER_ENTRY)],
    absWorkingDir: root,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    packages: "external",
    write: false,
    logLevel: "error"
  };
  const first = await esbuild.build({ ...options, metafile: true, define: { GRIDOPS_LAUNCHER_SOURCES: "undefined" } });
  const files = Object.keys(first.metafile.inputs).sort();
  const outside = files.filter((f) => !f.startsWith("src/"));
  if (outside.length > 0) throw new Error(`the launcher may import only sources under src/ and node's modules, not ${outside.join(", ")}`);
  const sha1 = (rel) => (0, import_crypto3.createHash)("sha1").update((0, import_fs2.readFileSync)((0, import_path3.join)(root, rel))).digest("hex");
  const sources = { files, digest: sourcesDigest(files, sha1) };
  const built = await esbuild.build({ ...options, define: { GRIDOPS_LAUNCHER_SOURCES: JSON.stringify(sources) }, banner: { js: HEADER } });
  const [out] = built.outputFiles ?? [];
  if (!out) throw new Error("esbuild wrote no launcher");
  return out.text;
}
async function currentLauncher(root, paths, inputs) {
  const built = compiledFrom();
  if (!built) return void 0;
  const now = sourcesDigest(built.files, (rel) => inputs.get(rel));
  if (now === built.digest) return void 0;
  const name = `launcher-${now.slice(0, 16)}.js`;
  const file = (0, import_path3.join)(paths.dir, name);
  if (!(0, import_fs2.existsSync)(file)) {
    let text;
    try {
      text = await compileLauncher(root);
    } catch (err) {
      if (isBuildFailure(err)) throw err;
      const why = String(err?.message ?? err).split("\n")[0];
      throw Object.assign(new Error(`src/cli/launcher/ changed since ${PREBUILT} was built, and that cannot compile it (${why}): run npm run build:launcher`), { name: "SetupError" });
    }
    (0, import_fs2.mkdirSync)(paths.dir, { recursive: true });
    writeFileAtomic(file, text);
    for (const f of (0, import_fs2.readdirSync)(paths.dir)) if (/^launcher-.*\.js$/.test(f) && f !== name) (0, import_fs2.rmSync)((0, import_path3.join)(paths.dir, f), { force: true });
  }
  return require(file);
}

// src/cli/launcher/failure.ts
var import_fs3 = require("fs");
function moduleNotFound(id) {
  return Object.assign(new Error(`Cannot find module '${id}'`), { code: "MODULE_NOT_FOUND" });
}
function stopOnCompileError(err) {
  if (!isBuildFailure(err)) throw err;
  console.error(`error: ${err.errors.length === 1 ? "a source does not compile" : `${err.errors.length} compile errors`} (see above); nothing was written`);
  process.exit(2);
}
function reportFatal(err, fastBundle) {
  try {
    if (fastBundle && (0, import_fs3.existsSync)(fastBundle)) {
      process.exitCode = require(fastBundle).reportError(err);
      return;
    }
  } catch {
  }
  const e = err instanceof Error ? err : void 0;
  const debug = process.env.GRIDOPS_DEBUG === "1";
  const first = String(e?.message ?? err).split("\n")[0];
  const missing = e?.code === "MODULE_NOT_FOUND" && /^Cannot find module '[^./]/.test(first);
  if (missing) console.error(`error: node_modules is missing or incomplete (${first}): run npm ci`);
  else if (e?.name === "SetupError") console.error(`error: ${first}`);
  else console.error(`error: internal error: ${first}${debug ? "" : " (GRIDOPS_DEBUG=1 for the stack)"}`);
  if (debug && e?.stack) console.error(e.stack);
  process.exitCode = 2;
}

// src/cli/launcher/run.ts
var import_fs8 = require("fs");
var import_path8 = require("path");

// src/cli/launcher/code-cache.ts
var import_buffer = require("buffer");
var import_fs4 = require("fs");
var import_module = require("module");
var import_path4 = require("path");
var import_vm = require("vm");
var WRAPPER = ["(function (exports, require, module, __filename, __dirname) { ", "\n});"];
function codeCacheOf(file, st) {
  return `${file}.${st.ino}-${st.mtimeMs}-${st.size}.v8cache`;
}
function loadBundle(file, resolve2, writeCache) {
  const fd = (0, import_fs4.openSync)(file, "r");
  let st;
  let bytes;
  try {
    st = (0, import_fs4.fstatSync)(fd);
    bytes = (0, import_fs4.readFileSync)(fd);
  } finally {
    (0, import_fs4.closeSync)(fd);
  }
  const source = (0, import_buffer.isAscii)(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
  const ccFile = codeCacheOf(file, st);
  let cachedData;
  try {
    cachedData = (0, import_fs4.readFileSync)(ccFile);
  } catch {
    cachedData = void 0;
  }
  const script = new import_vm.Script(WRAPPER[0] + source + WRAPPER[1], { filename: file, cachedData });
  const nodeRequire = (0, import_module.createRequire)(file);
  const require2 = Object.assign((id) => resolve2(id, nodeRequire), nodeRequire);
  const module2 = { exports: {} };
  const body = script.runInThisContext();
  body.call(module2.exports, module2.exports, require2, module2, file, (0, import_path4.dirname)(file));
  if (writeCache && (!cachedData || script.cachedDataRejected)) {
    process.once("exit", () => {
      try {
        writeFileAtomic(ccFile, script.createCachedData());
        const dir = (0, import_path4.dirname)(file);
        const base = (0, import_path4.basename)(file);
        for (const f of (0, import_fs4.readdirSync)(dir)) {
          if (f.startsWith(`${base}.`) && f.endsWith(".v8cache") && f !== (0, import_path4.basename)(ccFile)) (0, import_fs4.rmSync)((0, import_path4.join)(dir, f), { force: true });
        }
      } catch {
      }
    });
  }
  return module2.exports;
}

// src/cli/launcher/outcome-cache.ts
var import_crypto4 = require("crypto");
var import_fs5 = require("fs");
var import_path5 = require("path");
var NOT_INPUTS = ["GRIDOPS_ROOT", "GRIDOPS_REBUILD", "GRIDOPS_DEBUG"];
function outcomeFile(paths, inputs, env) {
  const h = (0, import_crypto4.createHash)("sha256");
  h.update(digest(inputs)).update((0, import_fs5.readFileSync)(paths.vendorStamp));
  h.update(process.version);
  for (const k of Object.keys(env).filter((k2) => k2.startsWith("GRIDOPS_") && !NOT_INPUTS.includes(k2)).sort()) h.update(`${k}=${env[k]}`);
  return (0, import_path5.join)(paths.dir, `synth-${h.digest("hex").slice(0, 32)}.json`);
}
function dropOtherOutcomes(paths, keep) {
  for (const f of (0, import_fs5.readdirSync)(paths.dir)) {
    if (f.startsWith("synth-") && (0, import_path5.join)(paths.dir, f) !== keep) (0, import_fs5.rmSync)((0, import_path5.join)(paths.dir, f), { force: true });
  }
}

// src/cli/launcher/own-bundle.ts
var import_fs7 = require("fs");
var import_path7 = require("path");

// src/cli/launcher/vendor-bundle.ts
var import_crypto5 = require("crypto");
var import_fs6 = require("fs");
var import_module2 = require("module");
var import_path6 = require("path");
var NOT_BUNDLED = /* @__PURE__ */ new Set(["typescript", "esbuild", "ajv", "adm-zip", "yargs", "@prometheus-io/lezer-promql", "@cdktf/hcl2json"]);
function vendorId(id, fromDir, root) {
  if (id.startsWith(".")) {
    const rel = (0, import_path6.relative)(root, (0, import_path6.resolve)(fromDir, id));
    return rel.startsWith(`imports${import_path6.sep}`) ? rel.split(import_path6.sep).join("/") : void 0;
  }
  if (id.startsWith("node:") || (0, import_module2.isBuiltin)(id)) return void 0;
  const pkg = id.startsWith("@") ? id.split("/").slice(0, 2).join("/") : id.split("/")[0];
  return NOT_BUNDLED.has(pkg) ? void 0 : id;
}
var VENDOR_FORMAT = "cjs node20 minifyWhitespace";
function vendorKey(externals, inputs) {
  const h = (0, import_crypto5.createHash)("sha1").update(`${VENDOR_FORMAT}
${externals.join("|")}`);
  for (const f of LOCK_FILES) h.update(`${f}:${inputs.get(f) ?? "missing"}`);
  h.update(digest(inputs, (rel) => /^imports\/[^/]+\.js$/.test(rel)));
  return h.digest("hex");
}
async function ensureVendorBundle(root, paths, inputs, externals) {
  const key = vendorKey(externals, inputs);
  if (stampKey(paths.vendorStamp) === key && (0, import_fs6.existsSync)(paths.vendor)) return;
  const entry = externals.map((id) => `  ${JSON.stringify(id)}: () => require(${JSON.stringify(id.startsWith("imports/") ? `./${id}` : id)}),`).join("\n");
  const esbuild = loadEsbuild();
  const tmp = `${paths.vendor}.${process.pid}.tmp`;
  (0, import_fs6.mkdirSync)(paths.dir, { recursive: true });
  try {
    await esbuild.build({
      stdin: { contents: `module.exports = {
${entry}
};
`, resolveDir: root, sourcefile: "gridops-vendor.js", loader: "js" },
      outfile: tmp,
      bundle: true,
      platform: "node",
      target: "node20",
      format: "cjs",
      minifyWhitespace: true,
      external: [...NOT_BUNDLED],
      logLevel: "silent"
    });
  } catch (err) {
    if (!isBuildFailure(err)) throw err;
    const unresolved = err.errors.map((e) => /^Could not resolve "([^./"][^"]*)"/.exec(e.text)?.[1]).find((id) => id !== void 0);
    if (unresolved) throw moduleNotFound(unresolved);
    for (const m of await esbuild.formatMessages(err.errors, { kind: "error", color: process.stderr.isTTY === true })) process.stderr.write(m);
    stopOnCompileError(err);
  }
  (0, import_fs6.renameSync)(tmp, paths.vendor);
  writeFileAtomic(paths.vendorStamp, JSON.stringify({ key }));
}
function stampKey(file) {
  try {
    return JSON.parse((0, import_fs6.readFileSync)(file, "utf8")).key;
  } catch {
    return void 0;
  }
}

// src/cli/launcher/own-bundle.ts
function ownBundleKey(inputs) {
  return digest(inputs, (rel) => /^(src|charts|bin)\//.test(rel) && /\.(ts|json|js)$/.test(rel));
}
function readStamp(file) {
  try {
    return JSON.parse((0, import_fs7.readFileSync)(file, "utf8"));
  } catch {
    return void 0;
  }
}
function ownBundleState(paths, inputs, rebuild) {
  const key = ownBundleKey(inputs);
  const cached = readStamp(paths.cliStamp);
  const fresh = !rebuild && cached?.key === key && (0, import_fs7.existsSync)(paths.cli) && (0, import_fs7.existsSync)(paths.fast);
  return { key, cached, fresh };
}
async function buildOwnBundle(root, paths, key) {
  const esbuild = loadEsbuild();
  (0, import_fs7.mkdirSync)(paths.dir, { recursive: true });
  const tmp = `.${process.pid}.tmp`;
  let metafile;
  try {
    ({ metafile } = await esbuild.build({
      entryPoints: { [`cli${tmp}`]: (0, import_path7.join)(root, "src", "cli", "main.ts"), [`fast${tmp}`]: (0, import_path7.join)(root, "src", "cli", "fast.ts") },
      outdir: paths.dir,
      bundle: true,
      platform: "node",
      target: "node20",
      format: "cjs",
      packages: "external",
      external: [(0, import_path7.join)(root, "imports", "*")],
      metafile: true,
      logLevel: "error"
    }));
  } catch (err) {
    stopOnCompileError(err);
  }
  const externals = /* @__PURE__ */ new Set();
  for (const o of Object.values(metafile.outputs)) {
    for (const i of o.imports) {
      const id = i.external ? vendorId(i.path, paths.dir, root) : void 0;
      if (id !== void 0) externals.add(id);
    }
  }
  for (const target of [paths.cli, paths.fast]) (0, import_fs7.renameSync)(target.replace(/\.js$/, `${tmp}.js`), target);
  const list = [...externals].sort();
  writeFileAtomic(paths.cliStamp, JSON.stringify({ key, externals: list }));
  return list;
}

// src/cli/launcher/run.ts
var PRELOADED = ["cdk8s-plus-27"];
async function launch(checkout, argv) {
  const { root, paths, inputs } = checkout;
  const writeCache = argv[0] === "synth";
  const loadVendor = () => loadBundle(paths.vendor, (id, nodeRequire) => nodeRequire(id), writeCache);
  const fast = () => require(paths.fast);
  const own = ownBundleState(paths, inputs, Boolean(process.env.GRIDOPS_REBUILD));
  let externals = own.fresh ? own.cached?.externals : void 0;
  let vendor;
  try {
    if (!externals) {
      const building = buildOwnBundle(root, paths, own.key);
      building.catch(() => void 0);
      const previous = own.cached?.externals;
      if (previous) {
        await ensureVendorBundle(root, paths, inputs, previous);
        vendor = loadVendor();
        for (const id of PRELOADED) if (id in vendor) vendor[id]();
      }
      externals = await building;
      if (previous && externals.join("|") !== previous.join("|")) {
        const { spawnSync } = require("child_process");
        process.exitCode = spawnSync(process.execPath, [(0, import_path8.join)(root, "bin", "gridops.js"), ...argv], { stdio: "inherit" }).status ?? 2;
        return;
      }
    }
    if (argv[0] === "synth" && argv.includes("--staged") && fast().stagedFirst(argv)) return;
    await ensureVendorBundle(root, paths, inputs, externals);
  } finally {
    stopEsbuild();
  }
  let outcome;
  if (argv[0] === "synth" && process.env.GRIDOPS_ROOT === root && !process.env.GRIDOPS_NO_CACHE) {
    outcome = outcomeFile(paths, inputs, process.env);
    if ((0, import_fs8.existsSync)(outcome) && fast().runCached(argv, outcome)) return;
    dropOtherOutcomes(paths, outcome);
  }
  const deps = vendor ?? loadVendor();
  const cli = loadBundle(
    paths.cli,
    (id, nodeRequire) => {
      const v = vendorId(id, paths.dir, root);
      return v !== void 0 && v in deps ? deps[v]() : nodeRequire(id);
    },
    writeCache
  );
  await cli.main([...argv], { outcomeFile: outcome });
  if (argv[0] === "synth") exitWhenDone();
}
function exitWhenDone() {
  if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit();
}

// src/cli/launcher/index.ts
function packageVersion(root) {
  try {
    return String(JSON.parse((0, import_fs9.readFileSync)((0, import_path9.join)(root, "package.json"), "utf8")).version ?? "unknown");
  } catch {
    return "unknown";
  }
}
async function main(root, argv, handovers = 0) {
  let paths;
  try {
    if (argv.length === 1 && argv[0] === "--version") {
      console.log(packageVersion(root));
      return;
    }
    if (!(0, import_fs9.existsSync)((0, import_path9.join)(root, "node_modules"))) throw moduleNotFound("esbuild");
    process.env.GRIDOPS_ROOT = process.env.GRIDOPS_ROOT || root;
    paths = cachePaths(cacheDirOf(root));
    const inputs = inputHashes(root, paths.hashes);
    const current = handovers < 2 ? await currentLauncher(root, paths, inputs) : void 0;
    if (current) return await current.main(root, argv, handovers + 1);
    await launch({ root, paths, inputs }, argv);
  } catch (err) {
    if (isBuildFailure(err)) stopOnCompileError(err);
    reportFatal(err, paths?.fast);
  } finally {
    stopEsbuild();
  }
}
async function writePrebuilt(root) {
  try {
    const text = await compileLauncher(root);
    const file = (0, import_path9.join)(root, PREBUILT);
    const unchanged = (0, import_fs9.existsSync)(file) && (0, import_fs9.readFileSync)(file, "utf8") === text;
    if (!unchanged) writeFileAtomic(file, text);
    console.log(`${PREBUILT}: ${unchanged ? "up to date" : "written"}`);
  } catch (err) {
    if (isBuildFailure(err)) stopOnCompileError(err);
    reportFatal(err, void 0);
  } finally {
    stopEsbuild();
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  compileLauncher,
  main,
  writePrebuilt
});
