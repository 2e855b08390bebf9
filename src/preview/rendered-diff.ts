import * as fs from 'fs';
import * as path from 'path';
import { ConfigError } from '../model/errors';
import { IMAGE_TAGS_FILE } from '../model/image-tags';
import { diffTree, filesOnDisk } from '../output/writer';
import { type Tree } from '../tree/manifest';
import { kubectlKustomize, outline, renderPair, type Kustomize, type RenderPair, type TreeOutline } from './render';
import { diffSections, otherFiles, type RenderedDiffReport, type RevisionInfo, type SectionDiff, type SectionKind } from './report';
import { errorLine, type Export, Git, synthesizeExport } from './revision';
import { summarize } from './summary';

/*
 * `gridops diff --base <ref> [--head <ref>]`: the rendered, per-environment difference of two commits (or of a commit
 * and the working tree). Each side's dist/ is what its own sources synthesize:
 * - the working tree (no --head): synthesized in this process, uncommitted changes included;
 * - a commit whose code (src/ but the image tags, charts/, bin/, imports/, the lock file) is the working tree's — a
 *   pull request that bumps a tag in image-tags.yaml, or --head HEAD in CI's clean checkout — synthesized in this
 *   process from its own image tags;
 * - any other commit exported from git's object store into a temporary directory and synthesized there by its own
 *   bin/gridops.js, while this process synthesizes the other side.
 * A side whose sources do not synthesize is diffed as its committed dist/ (the working tree's: dist/ on disk), with a
 * warning; one whose committed dist/ is not what its sources synthesize is diffed as synthesized, with a warning.
 * While an export synthesizes, its committed dist/ is rendered already (it is current whenever CI's synth --check
 * passed): when the synthesized tree is that, the render is used, else it is rendered again.
 * Only the environments and Argo CD kustomizations whose files differ are built (src/preview/render.ts).
 */

/** What {@link renderedDiff} needs. */
export interface RenderedDiffOptions {
  /** The repository root. */
  readonly root: string;
  /** The base revision (`--base`). */
  readonly base: string;
  /** The head revision (`--head`). @default - the working tree */
  readonly head?: string;
  /** Keep the sections of this application (`--app`). @default - all */
  readonly app?: string;
  /** Keep the sections of this environment (`--env`). @default - all */
  readonly env?: string;
  /**
   * Synthesizes with the code of this process (the working tree's): with the text of an image tags file, those tags;
   * without, the working tree's own. Throws what synth throws.
   */
  readonly synthesize: (imageTags?: string) => Tree;
  /** Builds kustomizations. @default - kubectl kustomize */
  readonly kustomize?: Kustomize;
}

/** One side, loaded. */
interface Side {
  readonly info: RevisionInfo;
  readonly tree: Tree;
  readonly warnings: readonly string[];
}

/** How many files differ between two trees (changed, or in one only). */
function countDiffering(a: Tree, b: Tree): number {
  let n = 0;
  for (const [f, c] of a) if (b.get(f) !== c) n++;
  for (const f of b.keys()) if (!a.has(f)) n++;
  return n;
}

/** `1 file differs`, `3 files differ`. */
function filesDiffer(n: number): string {
  return n === 1 ? '1 file differs' : `${n} files differ`;
}

/** Loads the working tree: its sources synthesized here, else dist/ on disk. */
function workingTree(root: string, synthesize: (tags?: string) => Tree): Side {
  const info = (tree: RevisionInfo['tree']): RevisionInfo => ({ ref: null, commit: null, tree });
  try {
    const tree = synthesize();
    const d = diffTree(root, tree);
    const stale = d.changed.length + d.missing.length + d.stray.length;
    const warnings = stale > 0 ? [`the working tree's dist/ is stale (${filesDiffer(stale)} from what its sources synthesize): diffing what they synthesize (run npm run synth)`] : [];
    return { info: info('synthesized'), tree, warnings };
  } catch (e) {
    const tree = new Map(filesOnDisk(root).map((f) => [f, fs.readFileSync(path.join(root, f), 'utf8')]));
    return { info: info('committed'), tree, warnings: [`the working tree does not synthesize (${errorLine((e as Error).message)}): diffing its dist/ on disk`] };
  }
}

/** A commit's side once its tree is synthesized (or not): compared with its committed dist/. */
function commitSide(committed: Tree, label: string, ref: string, commit: string, synthesized: { tree: Tree } | { error: string }): Side {
  if ('error' in synthesized) {
    return { info: { ref, commit, tree: 'committed' }, tree: committed, warnings: [`${label} does not synthesize (${synthesized.error}): diffing its committed dist/`] };
  }
  const stale = countDiffering(committed, synthesized.tree);
  const warnings = stale > 0 ? [`${label}: its committed dist/ is stale (${filesDiffer(stale)} from what its sources synthesize): diffing what they synthesize`] : [];
  return { info: { ref, commit, tree: 'synthesized' }, tree: synthesized.tree, warnings };
}

/** Whether two trees are the same files with the same contents. */
function sameTree(a: Tree, b: Tree): boolean {
  return a.size === b.size && countDiffering(a, b) === 0;
}

/**
 * Plans and loads both sides; exports are synthesized side by side with what this process synthesizes. While an
 * export's synth runs, `early` is handed the trees the sides will most likely have (an export's committed dist/,
 * which is current whenever CI's `synth --check` passed), so the caller can start rendering them.
 */
async function loadSides(o: RenderedDiffOptions, git: Git, early: (base: Tree, head: Tree) => void): Promise<[Side, Side]> {
  const baseCommit = git.commit(o.base, '--base');
  const headCommit = o.head !== undefined ? git.commit(o.head, '--head') : undefined;
  const label = (flag: 'base' | 'head', ref: string, commit: string) => `${flag} ${ref} (${commit.slice(0, 7)})`;
  type Synth = { tree: Tree } | { error: string };
  const jobs = new Map<string, Promise<Synth>>();
  const here = new Map<string, Synth>();
  const tags = new Map<string, string>();
  const exports: Export[] = [];
  try {
    for (const commit of [baseCommit, headCommit]) {
      if (commit === undefined || jobs.has(commit) || tags.has(commit)) continue;
      const t = git.sameCodeAsWorkingTree(commit) ? git.show(commit, IMAGE_TAGS_FILE) : undefined;
      if (t !== undefined) tags.set(commit, t);
      else {
        const e = git.exportCommit(commit);
        exports.push(e);
        jobs.set(commit, synthesizeExport(o.root, e));
      }
    }
    // what this process synthesizes, while the exports' synths run
    for (const [commit, t] of tags) {
      try {
        here.set(commit, { tree: o.synthesize(t) });
      } catch (e) {
        here.set(commit, { error: errorLine((e as Error).message) });
      }
    }
    const head = headCommit === undefined ? workingTree(o.root, o.synthesize) : undefined;
    const committed = new Map([baseCommit, headCommit].filter((c): c is string => c !== undefined).map((c) => [c, git.committedDist(c)]));
    if (jobs.size > 0) {
      const guess = (commit: string) => {
        const r = here.get(commit);
        return r && 'tree' in r ? r.tree : committed.get(commit)!;
      };
      early(guess(baseCommit), head ? head.tree : guess(headCommit!));
    }
    const result = async (commit: string) => here.get(commit) ?? (await jobs.get(commit)!);
    const base = commitSide(committed.get(baseCommit)!, label('base', o.base, baseCommit), o.base, baseCommit, await result(baseCommit));
    return [base, head ?? commitSide(committed.get(headCommit!)!, label('head', o.head!, headCommit!), o.head!, headCommit!, await result(headCommit!))];
  } finally {
    // the jobs end before their exports go (each job resolves, never rejects)
    await Promise.all(jobs.values());
    for (const e of exports) e.remove();
  }
}

/** The --app/--env selection: which sections it keeps. */
function selection(o: RenderedDiffOptions, outlines: readonly TreeOutline[]): (name: string, kind: SectionKind) => boolean {
  const apps = new Set(outlines.flatMap((x) => [...x.apps]));
  const envs = outlines.flatMap((x) => [...x.environments.values()]);
  if (o.app !== undefined && !apps.has(o.app)) throw new ConfigError(`--app '${o.app}' is not an application at base or head (known: ${[...apps].sort().join(', ') || 'none'})`);
  if (o.env !== undefined && !envs.some((e) => e.env === o.env && (o.app === undefined || e.app === o.app))) {
    throw new ConfigError(`--env '${o.env}' is not an environment of ${o.app ?? 'any application'} at base or head`);
  }
  if (o.app === undefined && o.env === undefined) return () => true;
  return (name, kind) => {
    if (kind === 'platform') return false;
    const [app, env] = name.split('/');
    if (o.app !== undefined && app !== o.app) return false;
    if (o.env === undefined) return true;
    return kind === 'environment' ? env === o.env : envs.some((e) => e.app === app && e.env === o.env);
  };
}

/** The rendered diff of `base` and `head` (see the top of this file). */
export async function renderedDiff(o: RenderedDiffOptions): Promise<RenderedDiffReport> {
  const git = new Git(o.root);
  const kustomize = o.kustomize ?? kubectlKustomize();
  let early: { base: Tree; head: Tree; render: Promise<RenderPair | undefined> } | undefined;
  const [base, head] = await loadSides(o, git, (b, h) => {
    early = { base: b, head: h, render: renderPair(b, h, kustomize).catch(() => undefined) };
  });
  const keep = selection(o, [outline(base.tree), outline(head.tree)]);
  const guessed = early && sameTree(early.base, base.tree) && sameTree(early.head, head.tree) ? await early.render : undefined;
  if (early && !guessed) await early.render; // its builds and temporary directory end first
  const pair = guessed ?? (await renderPair(base.tree, head.tree, kustomize));
  const sections: SectionDiff[] = diffSections(pair).filter((s) => keep(s.name, s.kind));
  const summary = summarize(pair, sections, keep);
  const others = o.app === undefined && o.env === undefined ? otherFiles(base.tree, head.tree) : [];
  const warnings = [...base.warnings, ...head.warnings];
  return {
    base: base.info,
    head: head.info,
    changed: sections.length > 0 || others.length > 0,
    renderedChanged: sections.length > 0,
    summary,
    warnings,
    sections,
    otherFiles: others,
  };
}
