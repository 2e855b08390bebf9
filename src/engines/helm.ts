import { execFile, execFileSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ConfigError } from '../model/errors';
import { pinnedCharts } from '../codegen/helm-reference';
import { layerBinary } from './kubectl';
import { Manifest, parseYamlDocuments, toYaml } from '../tree/manifest';
import { PlatformConfig } from '../model/platform';
import { PROJECT_ROOT } from '../tree/layout';

/** Where the pinned charts are vendored, relative to the repository root (written by `gridops import`). */
export const CHARTS_DIR = 'imports/charts';

/** The checksums of the vendored charts, written beside them by the import and checked before every render. */
export const CHART_SUMS = `${CHARTS_DIR}/SHA256SUMS`;

/** The vendored archive of a chart, relative to the repository root. */
export function chartArchive(chart: string, version: string): string {
  return `${CHARTS_DIR}/${chart}-${version}.tgz`;
}

/** helm v4 of the kubectl layer (see {@link layerBinary}). */
export function helmPath(root: string = PROJECT_ROOT): string {
  return layerBinary('helm', root);
}

function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** `SHA256SUMS` lines (`<hex>  <file>`) as file → checksum. */
function readSums(file: string): Map<string, string> {
  const sums = new Map<string, string>();
  if (!fs.existsSync(file)) return sums;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = /^([0-9a-f]{64})\s+\*?(.+)$/.exec(line.trim());
    if (m) sums.set(m[2], m[1]);
  }
  return sums;
}

/**
 * Vendors the charts the platform pins (argo-cd, argo-rollouts) into imports/charts/ with their checksums: from a
 * local mirror (a directory of `<chart>-<version>.tgz` and a SHA256SUMS listing each, as
 * ../shared/reference/helm-charts holds them; an archive without a listed checksum, or with another, is refused),
 * else pulled with `helm pull` from the platform's Helm repository. Returns the files written.
 */
export function vendorCharts(root: string, platform: PlatformConfig, mirror?: string): string[] {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gridops-charts-'));
  try {
    const mirrorSums = mirror ? readSums(path.join(mirror, 'SHA256SUMS')) : undefined;
    const fetched: { file: string; from: string }[] = [];
    for (const { chart, version } of pinnedCharts(platform)) {
      const name = path.posix.basename(chartArchive(chart, version));
      if (mirror) {
        const local = path.join(mirror, name);
        const expected = mirrorSums!.get(name);
        if (!fs.existsSync(local)) throw new ConfigError(`chart mirror '${mirror}' has no ${name}`);
        if (!expected) throw new ConfigError(`chart mirror '${mirror}': SHA256SUMS lists no checksum of ${name}`);
        const actual = sha256(local);
        if (actual !== expected) throw new ConfigError(`chart mirror file ${local} has sha256 ${actual}, SHA256SUMS says ${expected}`);
        fetched.push({ file: name, from: local });
      } else {
        execFileSync(helmPath(root), ['pull', chart, '--repo', platform.argocd.helmRepoURL, '--version', version, '--destination', work], { stdio: 'inherit' });
        fetched.push({ file: name, from: path.join(work, name) });
      }
    }
    const dir = path.join(root, CHARTS_DIR);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    for (const f of fetched) {
      fs.copyFileSync(f.from, path.join(dir, f.file));
      fs.chmodSync(path.join(dir, f.file), 0o644);
    }
    const sums = fetched.map((f) => `${sha256(path.join(dir, f.file))}  ${f.file}`).join('\n');
    fs.writeFileSync(path.join(root, CHART_SUMS), sums + '\n');
    return [...fetched.map((f) => `${CHARTS_DIR}/${f.file}`), CHART_SUMS];
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Options of {@link helmTemplate}. */
export interface HelmTemplateOptions {
  readonly chart: string;
  readonly version: string;
  readonly release: string;
  readonly namespace: string;
  /** Values, as the Application passes them (a values file's content or valuesObject). */
  readonly values: unknown;
  /** API versions of the destination cluster (Argo CD passes the cluster's), e.g. monitoring.coreos.com/v1. @default - none */
  readonly apiVersions?: readonly string[];
  readonly root?: string;
}

/** The vendored archive of a chart, checked against its checksum. */
function verifiedArchive(root: string, chart: string, version: string): string {
  const archive = path.join(root, chartArchive(chart, version));
  const name = path.basename(archive);
  const expected = readSums(path.join(root, CHART_SUMS)).get(name);
  if (!fs.existsSync(archive) || !expected) throw new Error(`chart ${name} is not vendored in ${CHARTS_DIR}: run npm run import`);
  const actual = sha256(archive);
  if (actual !== expected) throw new Error(`${chartArchive(chart, version)} has sha256 ${actual}, ${CHART_SUMS} says ${expected}`);
  return archive;
}

/** Runs `run(helm, args, env)` for `helm template` of the options in a scratch directory it removes afterwards. */
function withTemplate<T>(options: HelmTemplateOptions, run: (helm: string, args: string[], env: NodeJS.ProcessEnv) => T): T {
  const root = options.root ?? PROJECT_ROOT;
  const archive = verifiedArchive(root, options.chart, options.version);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gridops-helm-'));
  const values = path.join(work, 'values.yaml');
  fs.writeFileSync(values, toYaml([options.values ?? {}]));
  const args = ['template', options.release, archive, '--namespace', options.namespace, '--values', values];
  for (const v of options.apiVersions ?? []) args.push('--api-versions', v);
  // helm keeps no state here: its cache, configuration and data live in the scratch directory
  const env = { ...process.env, HELM_CACHE_HOME: work, HELM_CONFIG_HOME: work, HELM_DATA_HOME: work };
  const cleanup = () => fs.rmSync(work, { recursive: true, force: true });
  try {
    const result = run(helmPath(root), args, env);
    if (result instanceof Promise) return result.finally(cleanup) as T;
    cleanup();
    return result;
  } catch (e) {
    cleanup();
    throw e;
  }
}

function parsed(out: string): Manifest[] {
  return parseYamlDocuments(out).filter((d): d is Manifest => typeof d === 'object' && d !== null);
}

function failure(options: HelmTemplateOptions, e: unknown): Error {
  const err = e as { stderr?: string; message: string };
  return new Error(`helm template ${options.chart}-${options.version}: ${(err.stderr || err.message).trim().split('\n')[0]}`);
}

/** `helm template` of a vendored chart (checked against its checksum first), parsed into objects. Throws with helm's own message. */
export function helmTemplate(options: HelmTemplateOptions): Manifest[] {
  return withTemplate(options, (helm, args, env) => {
    try {
      return parsed(execFileSync(helm, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024, env }));
    } catch (e) {
      throw failure(options, e);
    }
  });
}

/** `helm template`'s output as it prints it, in a child process of its own (several renders run at once). */
export function helmTemplateText(options: HelmTemplateOptions): Promise<string> {
  return withTemplate(
    options,
    (helm, args, env) =>
      new Promise<string>((resolve, reject) => {
        execFile(helm, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env }, (err, stdout, stderr) => {
          if (err) reject(failure(options, { stderr, message: err.message }));
          else resolve(stdout);
        });
      }),
  );
}
