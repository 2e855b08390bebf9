import { createHash } from 'crypto';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'fs';
import { isBuiltin } from 'module';
import { relative, resolve, sep } from 'path';
import { writeFileAtomic } from '../../output/atomic';
import { type CachePaths } from './cache-dir';
import { isBuildFailure, loadEsbuild } from './esbuild';
import { moduleNotFound, stopOnCompileError } from './failure';
import { digest, LOCK_FILES, type ContentHashes } from './inputs';

/**
 * Packages loaded from node_modules as they are, never bundled: tools that only some commands use (the TypeScript
 * compiler for `gridops new`, esbuild with its native binary, ajv for `gridops import`, adm-zip for kubectl), the PromQL
 * grammar (a synth whose queries are unchanged reads their parses from the validation cache), HashiCorp's HCL parser
 * (likewise; it loads its WebAssembly and Go runtime from its own directory), and yargs, which reads its message files
 * from its own directory.
 */
export const NOT_BUNDLED: ReadonlySet<string> = new Set(['typescript', 'esbuild', 'ajv', 'adm-zip', 'yargs', '@prometheus-io/lezer-promql', '@cdktf/hcl2json']);

/**
 * The id under which vendor.js holds a module our bundles load (`cdk8s`, `semver/functions/valid`,
 * `imports/argo-rollouts-argoproj.io`), or undefined for node's own modules and NOT_BUNDLED packages. `fromDir` is
 * where the bundle that loads it is.
 */
export function vendorId(id: string, fromDir: string, root: string): string | undefined {
  if (id.startsWith('.')) {
    const rel = relative(root, resolve(fromDir, id));
    return rel.startsWith(`imports${sep}`) ? rel.split(sep).join('/') : undefined;
  }
  if (id.startsWith('node:') || isBuiltin(id)) return undefined;
  const pkg = id.startsWith('@') ? id.split('/').slice(0, 2).join('/') : id.split('/')[0];
  return NOT_BUNDLED.has(pkg) ? undefined : id;
}

/** How vendor.js is built (ensureVendorBundle): a bundle built otherwise is built again. */
const VENDOR_FORMAT = 'cjs node20 minifyWhitespace';

/**
 * What the vendor bundle depends on: the modules it holds, the installed dependencies, the bindings in imports/ and
 * how it is built.
 */
export function vendorKey(externals: readonly string[], inputs: ContentHashes): string {
  const h = createHash('sha1').update(`${VENDOR_FORMAT}\n${externals.join('|')}`);
  for (const f of LOCK_FILES) h.update(`${f}:${inputs.get(f) ?? 'missing'}`);
  h.update(digest(inputs, (rel) => /^imports\/[^/]+\.js$/.test(rel)));
  return h.digest('hex');
}

/** vendor.js maps each id to a function that loads it: nothing runs before our code asks for it, as with require(). */
export type VendorModules = Readonly<Record<string, () => unknown>>;

/**
 * The dependencies and bindings in one bundle, rebuilt only when they change (`externals`: the modules our bundles
 * load from outside). Minified as to whitespace only (names and semantics stay), which drops the comments: what is
 * left is ASCII, which the launcher reads as a one-byte string instead of decoding 3 MB of UTF-8 (code-cache.ts).
 */
export async function ensureVendorBundle(root: string, paths: CachePaths, inputs: ContentHashes, externals: readonly string[]): Promise<void> {
  const key = vendorKey(externals, inputs);
  if (stampKey(paths.vendorStamp) === key && existsSync(paths.vendor)) return;
  const entry = externals.map((id) => `  ${JSON.stringify(id)}: () => require(${JSON.stringify(id.startsWith('imports/') ? `./${id}` : id)}),`).join('\n');
  const esbuild = loadEsbuild();
  const tmp = `${paths.vendor}.${process.pid}.tmp`;
  mkdirSync(paths.dir, { recursive: true });
  try {
    await esbuild.build({
      stdin: { contents: `module.exports = {\n${entry}\n};\n`, resolveDir: root, sourcefile: 'gridops-vendor.js', loader: 'js' },
      outfile: tmp,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      minifyWhitespace: true,
      external: [...NOT_BUNDLED],
      logLevel: 'silent',
    });
  } catch (err) {
    if (!isBuildFailure(err)) throw err;
    // a package that is not installed: the checkout needs npm ci, its sources are fine
    const unresolved = err.errors.map((e) => /^Could not resolve "([^./"][^"]*)"/.exec(e.text)?.[1]).find((id) => id !== undefined);
    if (unresolved) throw moduleNotFound(unresolved);
    for (const m of await esbuild.formatMessages(err.errors, { kind: 'error', color: process.stderr.isTTY === true })) process.stderr.write(m);
    stopOnCompileError(err);
  }
  renameSync(tmp, paths.vendor);
  writeFileAtomic(paths.vendorStamp, JSON.stringify({ key }));
}

function stampKey(file: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { key?: string }).key;
  } catch {
    return undefined;
  }
}
