import * as path from 'path';
import { groupVersion, Manifest, parseYamlDocuments } from '../../tree/manifest';
import { escapeRegExp } from '../../model/names';
import { asArray, fileReferences, resourcesOf } from '../context';
import { fieldPath, isObject, Kustomization, Located, Rule, RuleFinding, show, ValidationContext } from '../rule';

/*
 * Kustomize's rules: every file a kustomization names exists, every patch matches exactly one object (kustomize
 * silently ignores a patch whose target matches nothing), and, with kubectl, every overlay builds.
 */

function kFinding(k: Kustomization, p: string, message: string): RuleFinding {
  return { file: k.file, object: 'Kustomization', path: p, message };
}

const REMOTE = /^[a-z][a-z0-9+.-]*:\/\/|^git@|^github\.com\//i;

export const filesExist: Rule = {
  id: 'kustomize/files-exist',
  description: 'Every resource, patch, configuration, transformer, generator and validator file a kustomization names exists in the tree (a directory named there has a kustomization).',
  check: (ctx) =>
    ctx.kustomizations.flatMap((k) => {
      const out: RuleFinding[] = [];
      const exists = (rel: string, dirOk: boolean) => {
        const target = path.posix.normalize(`${k.dir}/${rel}`);
        return ctx.tree.has(target) || (dirOk && ctx.kustomizationAt.has(target));
      };
      const check = (p: string, rel: unknown, dirOk: boolean) => {
        if (typeof rel !== 'string' || REMOTE.test(rel)) return;
        if (!exists(rel, dirOk)) out.push(kFinding(k, p, `${show(rel)} does not exist in the tree${dirOk ? ' (as a file or a directory with a kustomization)' : ''}`));
      };
      asArray(k.doc.resources).forEach((r, i) => check(fieldPath('resources', i), r, true));
      asArray(k.doc.components).forEach((r, i) => check(fieldPath('components', i), r, true));
      for (const r of fileReferences(k.doc)) check(r.at, r.file, r.dirOk);
      return out;
    }),
};

interface Selector {
  group?: string;
  version?: string;
  kind?: string;
  name?: string;
  namespace?: string;
  labelSelector?: string;
  annotationSelector?: string;
}

/** Kustomize's target matching: group, version, kind, name and namespace are anchored regular expressions. */
function selects(sel: Selector, m: Manifest): boolean {
  const { group, version } = groupVersion(m.apiVersion);
  const re = (pattern: string | undefined, value: string) => pattern === undefined || pattern === '' || anchored(pattern).test(value);
  return (
    re(sel.group, group) &&
    re(sel.version, version) &&
    re(sel.kind, m.kind) &&
    re(sel.name, m.metadata.name) &&
    re(sel.namespace, m.metadata.namespace ?? '') &&
    matchesSelector(sel.labelSelector, m.metadata.labels) &&
    matchesSelector(sel.annotationSelector, m.metadata.annotations)
  );
}

const regexps = new Map<string, RegExp>();
function anchored(pattern: string): RegExp {
  let r = regexps.get(pattern);
  if (!r) {
    r = new RegExp(`^(?:${pattern})$`);
    regexps.set(pattern, r);
  }
  return r;
}

/** Equality-based label selectors (`a=b,c!=d,e`); others are treated as matching. */
function matchesSelector(selector: string | undefined, labels: unknown): boolean {
  if (!selector) return true;
  const l = isObject(labels) ? labels : {};
  return selector.split(',').every((term) => {
    const t = term.trim();
    let m = /^([^!=\s]+)\s*!=\s*(\S*)$/.exec(t);
    if (m) return l[m[1]] !== m[2];
    m = /^([^!=\s]+)\s*==?\s*(\S*)$/.exec(t);
    if (m) return l[m[1]] === m[2];
    if (/^[^\s!=()]+$/.test(t)) return t in l;
    if (/^!\S+$/.test(t)) return !(t.slice(1) in l);
    return true;
  });
}

/** The objects a strategic-merge patch (file or inline) names, as selectors. */
function smpSelectors(ctx: ValidationContext, k: Kustomization, patch: Record<string, any>): Selector[] | undefined {
  let docs: unknown[];
  if (typeof patch.patch === 'string') {
    try {
      docs = parseYamlDocuments(patch.patch);
    } catch {
      return undefined;
    }
  } else if (typeof patch.path === 'string' && ctx.tree.has(path.posix.normalize(`${k.dir}/${patch.path}`))) {
    try {
      docs = ctx.documentsOf(path.posix.normalize(`${k.dir}/${patch.path}`));
    } catch {
      return undefined;
    }
  } else {
    return undefined;
  }
  const objects = docs.filter((d): d is Record<string, any> => isObject(d) && typeof d.kind === 'string');
  if (objects.length === 0) return undefined; // a JSON 6902 patch without a target: kustomize refuses it, the build rule reports it
  return objects.map((d) => {
    const { group, version } = groupVersion(String(d.apiVersion ?? ''));
    return { group: escapeRegExp(group), version: escapeRegExp(version), kind: escapeRegExp(d.kind), name: escapeRegExp(String(d.metadata?.name ?? '')), namespace: d.metadata?.namespace ? escapeRegExp(d.metadata.namespace) : undefined };
  });
}


export const patchTarget: Rule = {
  id: 'kustomize/patch-target',
  description: 'Every patch of a kustomization matches exactly one of the objects its resources bring in: kustomize silently ignores a patch whose target matches nothing.',
  check: (ctx) =>
    ctx.kustomizations.flatMap((k) => {
      const entries = [
        ...asArray(k.doc.patches).map((p, i) => ({ p, at: fieldPath('patches', i) })),
        ...asArray(k.doc.patchesJson6902).map((p, i) => ({ p, at: fieldPath('patchesJson6902', i) })),
        ...asArray(k.doc.patchesStrategicMerge).map((p, i) => ({ p: typeof p === 'string' ? (p.includes('\n') ? { patch: p } : { path: p }) : p, at: fieldPath('patchesStrategicMerge', i) })),
      ];
      if (entries.length === 0) return [];
      const scope: Located[] = resourcesOf(ctx, k.dir);
      const out: RuleFinding[] = [];
      for (const { p, at } of entries) {
        if (!isObject(p)) continue;
        const selectors: Selector[] | undefined = isObject(p.target) ? [p.target as Selector] : smpSelectors(ctx, k, p);
        if (!selectors) continue;
        for (const sel of selectors) {
          const n = scope.filter((o) => selects(sel, o.object)).length;
          if (n === 1) continue;
          const where = isObject(p.target) ? `${at}.target` : at;
          out.push(kFinding(k, where, `target ${show(sel)} matches ${n} objects, must match exactly one${n === 0 ? ': kustomize would silently ignore this patch' : ''}`));
        }
      }
      return out;
    }),
};

export const build: Rule = {
  id: 'kustomize/build',
  description: 'Every top-level kustomization (every overlay) builds with the real kubectl kustomize (v5.6.0).',
  needs: 'kubectl',
  check: (ctx) => {
    if (!ctx.kustomize) return [];
    const referenced = new Set(ctx.kustomizations.flatMap((k) => asArray(k.doc.resources).filter((r): r is string => typeof r === 'string').map((r) => path.posix.normalize(`${k.dir}/${r}`))));
    return ctx.kustomizations
      .filter((k) => !referenced.has(k.dir))
      .flatMap((k) => {
        try {
          ctx.kustomize!(k.dir);
          return [];
        } catch (e) {
          return [kFinding(k, '(build)', `kubectl kustomize ${k.dir} fails: ${(e as Error).message}`)];
        }
      });
  },
};

export const KUSTOMIZE_RULES: readonly Rule[] = [filesExist, patchTarget, build];
