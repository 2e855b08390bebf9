import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { kubectlPath, kustomizeBuildAsync } from '../engines/kubectl';
import { SetupError } from '../model/errors';
import { generateApplication, listElements } from '../model/applicationset-template';
import { byCodeUnits } from '../model/order';
import { parseYaml } from '../model/yaml';
import { writeFiles } from '../output/writer';
import { ARGOCD_DIR, DIST_DIR } from '../tree/layout';
import { type Manifest, type Tree } from '../tree/manifest';
import { onInterrupt } from './scratch';

/*
 * The rendered objects of two dist/ trees, for `gridops diff --base`: every environment's overlay and every top-level
 * kustomization of dist/argocd/ built with the real kubectl kustomize (as `gridops validate` and Argo CD build them),
 * grouped into sections: an environment (`gridos/prod`: its overlay's objects and its Argo CD Application), an
 * application (`gridos`: its AppProject and ApplicationSet) or a platform kustomization (`argocd`,
 * `argocd/install/argo-rollouts/<cluster>`: everything else). Only what can differ is built: an environment whose
 * application directory (base and its own overlay) is byte for byte the same in both trees renders the same objects,
 * and so does a kustomization of dist/argocd/ whose files are the same.
 */

/** What a section is about. */
export type SectionKind = 'environment' | 'application' | 'platform';

/** A rendered object and, for an Application an ApplicationSet generates, the ApplicationSet. */
export interface RenderedObject {
  readonly manifest: Manifest;
  /** `ApplicationSet grid-telemetry` for the Applications it generates. */
  readonly generatedBy?: string;
}

/** The objects of one section of one tree. */
export interface RenderedSection {
  readonly name: string;
  readonly kind: SectionKind;
  readonly app?: string;
  readonly env?: string;
  /** By {@link renderedKey}. */
  readonly objects: Map<string, RenderedObject>;
}

/** One tree's rendered sections (those that were built) and what did not build. */
export interface SideRender {
  readonly sections: Map<string, RenderedSection>;
  /** Section name → kustomize's message, for an environment or kustomization that does not build. */
  readonly errors: Map<string, string>;
}

/** What a tree holds, without building anything. */
export interface TreeOutline {
  /** `app/env` → its overlay directory. */
  readonly environments: ReadonlyMap<string, { readonly app: string; readonly env: string; readonly dir: string }>;
  /** Applications (a directory under dist/applications/). */
  readonly apps: ReadonlySet<string>;
  /** Top-level kustomizations of dist/argocd/: section name → directory. */
  readonly platform: ReadonlyMap<string, string>;
}

/** Both trees rendered, where they can differ. */
export interface RenderPair {
  readonly base: SideRender;
  readonly head: SideRender;
  readonly baseOutline: TreeOutline;
  readonly headOutline: TreeOutline;
  /** Sections built (their inputs differ between the trees). */
  readonly built: ReadonlySet<string>;
}

/** Builds a kustomization directory (`dir`, relative to `root`) into objects; rejects with kustomize's message. */
export type Kustomize = (root: string, dir: string) => Promise<Manifest[]>;

/** The identity of a rendered object: `apiVersion/kind/namespace/name` (namespace empty for a cluster-scoped object). */
export function renderedKey(m: Manifest): string {
  return `${m.apiVersion}/${m.kind}/${m.metadata?.namespace ?? ''}/${m.metadata?.name ?? ''}`;
}

const OVERLAY = /^dist\/applications\/([^/]+)\/overlays\/([^/]+)\/kustomization\.yaml$/;
const APP = /^dist\/applications\/([^/]+)\//;

/** The environments, applications and platform kustomizations of a tree. */
export function outline(tree: Tree): TreeOutline {
  const environments = new Map<string, { app: string; env: string; dir: string }>();
  const apps = new Set<string>();
  const kustomizations: string[] = [];
  for (const file of tree.keys()) {
    const o = OVERLAY.exec(file);
    if (o) environments.set(`${o[1]}/${o[2]}`, { app: o[1], env: o[2], dir: path.posix.dirname(file) });
    const a = APP.exec(file);
    if (a) apps.add(a[1]);
    if (file.startsWith(`${ARGOCD_DIR}/`) && path.posix.basename(file) === 'kustomization.yaml') kustomizations.push(path.posix.dirname(file));
  }
  // a kustomization another one lists among its resources is built as part of it
  const included = new Set<string>();
  for (const dir of kustomizations) {
    for (const r of resourcesOf(tree.get(`${dir}/kustomization.yaml`)!)) {
      const target = path.posix.normalize(path.posix.join(dir, r));
      if (target !== dir && kustomizations.includes(target)) included.add(target);
    }
  }
  const platform = new Map(kustomizations.filter((d) => !included.has(d)).sort(byCodeUnits).map((d) => [path.posix.relative(DIST_DIR, d), d]));
  return { environments, apps, platform };
}

function resourcesOf(text: string): string[] {
  try {
    const k = parseYaml(text) as { resources?: unknown } | null;
    return Array.isArray(k?.resources) ? k.resources.filter((r): r is string => typeof r === 'string') : [];
  } catch {
    return [];
  }
}

/** The files a build of `dir` reads: those under `scope`, leaving out the directories `exclude` lists. */
function filesOf(tree: Tree, scope: string, exclude: readonly string[]): string {
  const out: string[] = [];
  for (const [file, content] of tree) {
    if (!file.startsWith(`${scope}/`) || exclude.some((x) => file.startsWith(`${x}/`))) continue;
    out.push(`${file}\0${content}`);
  }
  return out.join('\0\0');
}

/** The inputs of an environment's build: its application's directory without the other environments' overlays. */
function environmentInputs(tree: Tree, o: TreeOutline, name: string): string | undefined {
  const e = o.environments.get(name);
  if (!e) return undefined;
  const others = [...o.environments.values()].filter((x) => x.app === e.app && x.env !== e.env).map((x) => x.dir);
  return filesOf(tree, `${DIST_DIR}/applications/${e.app}`, others);
}

/** The inputs of a platform kustomization's build: its directory without the top-level kustomizations inside it. */
function platformInputs(tree: Tree, o: TreeOutline, name: string): string | undefined {
  const dir = o.platform.get(name);
  if (dir === undefined) return undefined;
  const nested = [...o.platform.values()].filter((d) => d !== dir && d.startsWith(`${dir}/`));
  return filesOf(tree, dir, nested);
}

/**
 * The default builder: kubectl kustomize, at most `os.availableParallelism()` (at least 2) at a time. A SetupError
 * when kubectl is missing (that is not a finding about a tree).
 */
export function kubectlKustomize(): Kustomize {
  let kubectl: string;
  try {
    kubectl = kubectlPath();
  } catch (e) {
    throw new SetupError(`gridops diff --base builds every environment with kubectl: ${(e as Error).message}`);
  }
  if (!fs.existsSync(kubectl)) throw new SetupError(`gridops diff --base builds every environment with kubectl: ${kubectl} does not exist (GRIDOPS_KUBECTL names it)`);
  const limit = Math.max(2, os.availableParallelism?.() ?? os.cpus().length);
  let running = 0;
  const queue: (() => void)[] = [];
  return async (root, dir) => {
    if (running >= limit) await new Promise<void>((resolve) => queue.push(resolve));
    running++;
    try {
      return await kustomizeBuildAsync(path.join(root, dir), root);
    } finally {
      running--;
      queue.shift()?.();
    }
  };
}

/**
 * Renders what can differ between two trees: each environment and platform kustomization whose inputs differ is built
 * in both trees (where it exists), all builds side by side, in temporary directories that are removed afterwards.
 */
export async function renderPair(base: Tree, head: Tree, kustomize: Kustomize = kubectlKustomize()): Promise<RenderPair> {
  const baseOutline = outline(base);
  const headOutline = outline(head);
  const built = new Set<string>();
  const envNames = [...new Set([...baseOutline.environments.keys(), ...headOutline.environments.keys()])];
  const envBuilds = envNames.filter((n) => environmentInputs(base, baseOutline, n) !== environmentInputs(head, headOutline, n));
  const platformNames = [...new Set([...baseOutline.platform.keys(), ...headOutline.platform.keys()])];
  const platformBuilds = platformNames.filter((n) => platformInputs(base, baseOutline, n) !== platformInputs(head, headOutline, n));
  for (const n of [...envBuilds, ...platformBuilds]) built.add(n);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gridops-render-'));
  const remove = onInterrupt(() => fs.rmSync(tmp, { recursive: true, force: true }));
  try {
    const render = (tree: Tree, o: TreeOutline, side: string): Promise<SideRender> => {
      const root = path.join(tmp, side);
      const apps = new Set(envBuilds.map((n) => o.environments.get(n)?.app).filter((a): a is string => a !== undefined));
      const platform = platformBuilds.filter((n) => o.platform.has(n));
      writeFiles(tree, root, (f) => apps.has(APP.exec(f)?.[1] ?? '') || (platform.length > 0 && f.startsWith(`${ARGOCD_DIR}/`)));
      return renderSide(root, o, envBuilds, platform, kustomize);
    };
    const [b, h] = await Promise.all([render(base, baseOutline, 'base'), render(head, headOutline, 'head')]);
    return { base: b, head: h, baseOutline, headOutline, built };
  } finally {
    remove();
  }
}

/** Builds the listed environments and platform kustomizations of one tree written under `root`, and sections them. */
async function renderSide(root: string, o: TreeOutline, envs: readonly string[], platform: readonly string[], kustomize: Kustomize): Promise<SideRender> {
  const sections = new Map<string, RenderedSection>();
  const errors = new Map<string, string>();
  const section = (name: string, kind: SectionKind, app?: string, env?: string): RenderedSection => {
    let s = sections.get(name);
    if (!s) sections.set(name, (s = { name, kind, app, env, objects: new Map() }));
    return s;
  };
  const build = async (name: string, dir: string): Promise<Manifest[] | undefined> => {
    try {
      return await kustomize(root, dir);
    } catch (e) {
      errors.set(name, (e as Error).message);
      return undefined;
    }
  };
  const present = envs.filter((n) => o.environments.has(n));
  const [envObjects, platformObjects] = await Promise.all([
    Promise.all(present.map((n) => build(n, o.environments.get(n)!.dir))),
    Promise.all(platform.map((n) => build(n, o.platform.get(n)!))),
  ]);
  present.forEach((n, i) => {
    const e = o.environments.get(n)!;
    const s = section(n, 'environment', e.app, e.env);
    for (const m of envObjects[i] ?? []) s.objects.set(renderedKey(m), { manifest: m });
  });
  platform.forEach((n, i) => {
    const objects = platformObjects[i];
    if (objects) placeArgoCdObjects(n, objects, o, section);
  });
  return { sections, errors };
}

/** The environment (`app/env`) an Application deploys, by the overlay its source (or one of its sources) syncs. */
function environmentOf(app: Record<string, any>, o: TreeOutline): string | undefined {
  const spec = app.spec ?? {};
  const sources: any[] = [spec.source, ...(Array.isArray(spec.sources) ? spec.sources : [])].filter((s) => s && typeof s.path === 'string');
  for (const s of sources) {
    const m = /^dist\/applications\/([^/]+)\/overlays\/([^/]+)\/?$/.exec(path.posix.normalize(s.path));
    if (m && o.environments.has(`${m[1]}/${m[2]}`)) return `${m[1]}/${m[2]}`;
  }
  return undefined;
}

/**
 * Sections the objects of a platform kustomization: an Application (or one an ApplicationSet generates) goes to the
 * environment whose overlay it syncs; an ApplicationSet to the application whose environments it generates; an
 * AppProject to the one application whose Applications it holds; everything else stays in the kustomization's section.
 */
function placeArgoCdObjects(name: string, objects: readonly Manifest[], o: TreeOutline, section: (name: string, kind: SectionKind, app?: string, env?: string) => RenderedSection): void {
  const envSection = (env: string) => {
    const e = o.environments.get(env)!;
    return section(env, 'environment', e.app, e.env);
  };
  const projectApps = new Map<string, Set<string>>();
  const noteProject = (app: Record<string, any>, env: string | undefined) => {
    const project = app.spec?.project;
    if (typeof project !== 'string' || !env) return;
    const set = projectApps.get(project) ?? new Set<string>();
    set.add(o.environments.get(env)!.app);
    projectApps.set(project, set);
  };
  const rest: Manifest[] = [];
  for (const m of objects) {
    if (m.kind === 'Application') {
      const env = environmentOf(m, o);
      noteProject(m, env);
      if (env) envSection(env).objects.set(renderedKey(m), { manifest: m });
      else rest.push(m);
    } else if (m.kind === 'ApplicationSet') {
      const apps = new Set<string>();
      for (const { element } of listElements(m)) {
        const { application } = generateApplication(m, element);
        if (!application) continue;
        const generated = application as unknown as Manifest;
        const env = environmentOf(generated, o);
        noteProject(generated, env);
        if (!env) continue;
        apps.add(o.environments.get(env)!.app);
        envSection(env).objects.set(renderedKey(generated), { manifest: generated, generatedBy: `ApplicationSet ${m.metadata.name}` });
      }
      if (apps.size === 1) {
        const app = [...apps][0];
        section(app, 'application', app).objects.set(renderedKey(m), { manifest: m });
      } else rest.push(m);
    } else rest.push(m);
  }
  for (const m of rest) {
    const apps = m.kind === 'AppProject' ? projectApps.get(m.metadata.name) : undefined;
    if (apps && apps.size === 1) {
      const app = [...apps][0];
      section(app, 'application', app).objects.set(renderedKey(m), { manifest: m });
    } else section(name, 'platform').objects.set(renderedKey(m), { manifest: m });
  }
}
