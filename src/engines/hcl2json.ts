import * as fs from 'fs';
import * as path from 'path';
import { gunzipSync } from 'zlib';

/**
 * HashiCorp's HCL parser (hashicorp/hcl, as Terraform reads .tf files), from the npm package @cdktf/hcl2json (a pinned
 * dependency): Go compiled to WebAssembly, which turns a file into Terraform's JSON syntax (blocks as arrays of
 * objects, expressions as `"${...}"` strings, comments dropped).
 *
 * The package's own API is asynchronous (`await parse(file, text)`) only because it compiles the module with
 * `WebAssembly.instantiate` and then polls until Go has registered its functions. Synth is synchronous, so the same
 * files are loaded here the synchronous way: the package's Go runtime (`wasm/bridge_wasm_exec.js`, which its own
 * loader requires), `main.wasm.gz`, `new WebAssembly.Module`/`Instance`, and `go.run`, which runs Go's `main` until it
 * waits, by which time it has registered `parse`; a call of it runs the Go code and its callback before returning.
 * test/hcl2json.test.ts checks that this gives what the package's `parse` gives. Loaded on first use (about 90 ms): a
 * synth whose .tf files did not change reads their parses from the validation cache (src/validation/hcl-cache.ts).
 */

/** A parse: the file in Terraform's JSON syntax, or HCL's diagnostics. */
export type HclParse = { readonly json: Record<string, unknown>; readonly error?: undefined } | { readonly json?: undefined; readonly error: string };

/** What the Go program registers on `globalThis.__parse_terraform_config_wasm__`. */
interface GoFunctions {
  parse(filename: string, text: string, callback: (error: string | null, json: string | null) => void): void;
}

/** The part of the WebAssembly JS API used here (the compiler's lib has no DOM, where its types live). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => object;
}

/** Go's JavaScript runtime (wasm_exec.js): the imports a Go module needs, and running its main. */
interface GoRuntime {
  readonly importObject: object;
  run(instance: object): Promise<void>;
}

let functions: GoFunctions | undefined;

/** The directory of @cdktf/hcl2json, as node resolves it from here. */
export function hcl2jsonDir(): string {
  return path.dirname(require.resolve('@cdktf/hcl2json/package.json'));
}

function load(): GoFunctions {
  const dir = hcl2jsonDir();
  // defines globalThis.Go (and the globals Go's runtime uses), as the package's bridge.js does before instantiating
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(path.join(dir, 'wasm', 'bridge_wasm_exec.js'));
  const g = globalThis as unknown as { Go: new () => GoRuntime; WebAssembly: WasmApi; __parse_terraform_config_wasm__?: unknown };
  const go = new g.Go();
  const module = new g.WebAssembly.Module(gunzipSync(fs.readFileSync(path.join(dir, 'main.wasm.gz'))));
  const instance = new g.WebAssembly.Instance(module, go.importObject);
  const registered: Partial<GoFunctions> = {};
  g.__parse_terraform_config_wasm__ = registered;
  void go.run(instance); // returns once Go's main waits (it never exits): its functions are registered by then
  if (typeof registered.parse !== 'function') throw new Error(`@cdktf/hcl2json (${dir}) registered no parse function: not the pinned version 0.21.0?`);
  return registered as GoFunctions;
}

/**
 * Parses an HCL file (`file` names it in diagnostics) with HashiCorp's parser, synchronously. Diagnostics come as one
 * line, `<file>:<line>,<column>-<line>,<column>: <summary>; <detail>`, several joined by `, `.
 */
export function parseHcl(file: string, text: string): HclParse {
  functions ??= load();
  let result: HclParse | undefined;
  functions.parse(file, text, (error, json) => {
    result = error ? { error: error.replace(/^parse config: \[(.*)\]$/s, '$1') } : { json: JSON.parse(json ?? '{}') as Record<string, unknown> };
  });
  if (!result) throw new Error(`@cdktf/hcl2json did not answer synchronously for ${file}`);
  return result;
}
