import { execFileSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ConfigError } from '../model/errors';
import { parseYaml, parseYamlDocuments } from '../model/yaml';
import { compileValidator, coreSchemas, prepareSchema, schemaStem, SchemaToCompile, validatorFile } from './schema-compiler';


/** One `NAME:=URL` entry of cdk8s.yaml's `imports` (or `schemas`). */
export interface ImportSpec {
  /** Module name: imports/<name>-<group>.ts. */
  readonly name: string;
  /** Pinned upstream URL of the CRD file. */
  readonly url: string;
  /**
   * Only the schemas and validators of its CRDs, no construct module (an entry of `schemas:`): kinds gridops reads but
   * never generates, such as Flagger's Canary (`gridops migrate flagger`), whose file `cdk8s import` cannot read.
   * @default false
   */
  readonly schemaOnly?: boolean;
}

/**
 * Reads the pinned import list from cdk8s.yaml: `imports` (construct modules, schemas and validators) and the optional
 * `schemas` (schemas and validators only).
 */
export function readImportSpecs(cdk8sYamlPath: string): ImportSpec[] {
  const doc = parseYaml(fs.readFileSync(cdk8sYamlPath, 'utf8')) as { imports?: unknown; schemas?: unknown };
  if (!Array.isArray(doc?.imports)) throw new ConfigError(`${cdk8sYamlPath}: 'imports' must be a list of NAME:=URL entries`);
  if (doc.schemas !== undefined && !Array.isArray(doc.schemas)) throw new ConfigError(`${cdk8sYamlPath}: 'schemas' must be a list of NAME:=URL entries`);
  const entries = [...doc.imports.map((e) => ({ e, schemaOnly: false })), ...((doc.schemas as unknown[] | undefined) ?? []).map((e) => ({ e, schemaOnly: true }))];
  return entries.map(({ e, schemaOnly }) => {
    const m = /^([a-z0-9-]+):=(https:\/\/\S+)$/.exec(String(e));
    if (!m) throw new ConfigError(`${cdk8sYamlPath}: ${schemaOnly ? 'schema' : 'import'} entry '${String(e)}' must look like NAME:=https://...`);
    return schemaOnly ? { name: m[1], url: m[2], schemaOnly } : { name: m[1], url: m[2] };
  });
}

/**
 * A local copy of the pinned CRD files: a directory with SOURCES.tsv (local_file, upstream_url) and, optionally,
 * SHA256SUMS, laid out like ../shared/crds.
 */
export class CrdMirror {
  private readonly byUrl = new Map<string, string>();
  private readonly sums = new Map<string, string>();

  public constructor(public readonly dir: string) {
    const sources = path.join(dir, 'SOURCES.tsv');
    if (!fs.existsSync(sources)) throw new ConfigError(`--mirror '${dir}' has no SOURCES.tsv (local_file<TAB>upstream_url)`);
    for (const line of fs.readFileSync(sources, 'utf8').split('\n').slice(1)) {
      const [file, url] = line.trim().split('\t');
      if (file && url) this.byUrl.set(url, file);
    }
    const sumsFile = path.join(dir, 'SHA256SUMS');
    if (fs.existsSync(sumsFile)) {
      for (const line of fs.readFileSync(sumsFile, 'utf8').split('\n')) {
        const m = /^([0-9a-f]{64})\s+\*?(.+)$/.exec(line.trim());
        if (m) this.sums.set(m[2], m[1]);
      }
    }
  }

  /** The verified local path of an upstream URL. */
  public resolve(url: string): string {
    const file = this.byUrl.get(url);
    if (!file) throw new ConfigError(`mirror '${this.dir}' has no copy of ${url} (not in its SOURCES.tsv)`);
    const local = path.join(this.dir, file);
    const expected = this.sums.get(file);
    if (expected) {
      const actual = createHash('sha256').update(fs.readFileSync(local)).digest('hex');
      if (actual !== expected) throw new ConfigError(`mirror file ${local} has sha256 ${actual}, SHA256SUMS says ${expected}`);
    }
    return local;
  }
}

/** Options of {@link regenerateImports}. */
export interface ImportOptions {
  /** Repository root (holds cdk8s.yaml and imports/). */
  readonly root: string;
  /** Local mirror directory; without it the pinned URLs are fetched from the network. @default - network */
  readonly mirror?: string;
  /** Progress output. @default console.log */
  readonly log?: (line: string) => void;
}

/**
 * Regenerates imports/ with `cdk8s import` for every pinned CRD (but the schema-only ones), plus imports/schemas/: the openAPIV3Schema of every
 * served version of every CRD and the Kubernetes 1.27 schema of every core kind in CORE_KINDS, and
 * imports/validators/: each of those schemas precompiled into an ajv validator (CommonJS), which validation loads
 * offline and fast. Built aside and swapped in, so a failure leaves imports/ as it was.
 */
export function regenerateImports(options: ImportOptions): string[] {
  const log = options.log ?? console.log;
  const specs = readImportSpecs(path.join(options.root, 'cdk8s.yaml'));
  const mirror = options.mirror ? new CrdMirror(path.resolve(options.root, options.mirror)) : undefined;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gridops-import-'));
  const out = path.join(work, 'imports');
  fs.mkdirSync(path.join(out, 'schemas'), { recursive: true });
  fs.mkdirSync(path.join(out, 'validators'), { recursive: true });
  const toCompile: SchemaToCompile[] = [];
  const cli = path.join(options.root, 'node_modules', 'cdk8s-cli', 'bin', 'cdk8s');
  const written: string[] = [];
  try {
    for (const spec of specs) {
      let source: string;
      if (mirror) {
        source = mirror.resolve(spec.url);
      } else {
        source = path.join(work, `${spec.name}.yaml`);
        execFileSync('curl', ['-fsSL', '-o', source, spec.url], { stdio: 'inherit' });
      }
      log(`import ${spec.name}${spec.schemaOnly ? ' (schemas only)' : ''} <- ${mirror ? source : spec.url}`);
      if (!spec.schemaOnly) {
        execFileSync(process.execPath, [cli, 'import', `${spec.name}:=${source}`, '--language', 'typescript', '--output', out, '--no-save', '--no-check-upgrade'], {
          cwd: work,
          stdio: ['ignore', 'ignore', 'inherit'],
        });
      }
      // js-yaml (src/model/yaml.ts) reads files `cdk8s import`'s YAML reader refuses (Flagger's multi-line quoted scalars)
      for (const doc of parseYamlDocuments(fs.readFileSync(source, 'utf8'))) {
        const crd = doc as CrdDocument;
        if (crd?.kind !== 'CustomResourceDefinition') continue;
        for (const version of crd.spec.versions) {
          if (!version.served || !version.schema?.openAPIV3Schema) continue;
          const file = `schemas/${crd.spec.group}_${version.name}_${crd.spec.names.kind}.json`;
          const schema = { 'x-source': spec.url, ...version.schema.openAPIV3Schema };
          fs.writeFileSync(path.join(out, file), JSON.stringify(schema) + '\n');
          written.push(file);
          toCompile.push({ apiVersion: `${crd.spec.group}/${version.name}`, kind: crd.spec.names.kind, schema, source: spec.url, structural: true });
        }
      }
    }
    const core = coreSchemas(options.root);
    log(`core schemas <- ${core.kinds[0]?.source}`);
    for (const c of core.kinds) {
      const file = `schemas/${schemaStem(c.apiVersion, c.kind)}.json`;
      fs.writeFileSync(path.join(out, file), JSON.stringify(c.schema) + '\n');
      written.push(file);
      toCompile.push(c);
    }
    for (const c of toCompile) {
      const file = validatorFile(c.apiVersion, c.kind);
      const header = `// Generated by gridops import (src/codegen/schema-compiler.ts) from ${c.source}: validates ${c.kind} ${c.apiVersion}.\n// Do not edit: run \`npm run import\`.`;
      fs.writeFileSync(path.join(out, file), compileValidator(prepareSchema(c, core.objectMeta), header) + '\n');
      written.push(file);
    }
    log('compile the construct modules to .js + .d.ts');
    compileConstructModules(out, work, options.root);
    const target = path.join(options.root, 'imports');
    const old = `${target}.old-${process.pid}`;
    if (fs.existsSync(target)) fs.renameSync(target, old);
    fs.cpSync(out, target, { recursive: true });
    fs.rmSync(old, { recursive: true, force: true });
    written.push(...fs.readdirSync(target).filter((f) => f.endsWith('.js') || f.endsWith('.d.ts')));
    return written.sort();
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Replaces each module `cdk8s import` wrote (TypeScript, up to 3 MB each) by its JavaScript and its declarations:
 * type checking then reads the declarations without re-checking generated code on every `npm test` (skipLibCheck),
 * and the bundler and jest load plain JavaScript. The JSDoc of every type is kept in the declarations.
 */
function compileConstructModules(out: string, work: string, root: string): void {
  const sources = fs.readdirSync(out).filter((f) => f.endsWith('.ts')).map((f) => path.join(out, f));
  if (sources.length === 0) return;
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(work, 'node_modules'));
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const flags = ['--declaration', '--emitDeclarationOnly', '--skipLibCheck', '--target', 'es2022', '--module', 'commonjs', '--moduleResolution', 'node', '--types', 'node', '--outDir', out];
  execFileSync(process.execPath, [tsc, ...flags, ...sources], { stdio: 'inherit' });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require('esbuild') as typeof import('esbuild');
  for (const file of sources) {
    const js = esbuild.transformSync(fs.readFileSync(file, 'utf8'), { loader: 'ts', format: 'cjs', target: 'node20' }).code;
    const header = `// generated by cdk8s import, compiled by gridops import (npm run import): do not edit.\n`;
    fs.writeFileSync(file.replace(/\.ts$/, '.js'), header + js);
    fs.rmSync(file);
  }
}

interface CrdDocument {
  kind: string;
  spec: { group: string; names: { kind: string }; versions: { name: string; served: boolean; schema?: { openAPIV3Schema?: object } }[] };
}
