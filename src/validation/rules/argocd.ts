import * as path from 'path';
import { Manifest } from '../../tree/manifest';
import { generateApplication, listElements } from '../../model/applicationset-template';
import { Duration } from '../../model/duration';
import { attempt } from '../../model/errors';
import { escapeRegExp } from '../../model/names';
import { cronScheduleProblem, isTimeZone } from '../../model/sync-window';
import { asArray, KUSTOMIZATION_FILES } from '../context';
import { fieldPath, findingAt, isObject, Located, repeats, Rule, RuleFinding, show, ValidationContext } from '../rule';

/*
 * Argo CD's rules (v3.4.4: AppProject.ValidateProject, SyncWindow.Validate, validatePolicy, and the checks the API
 * server runs on an Application: project, permitted source and destination, path), on the AppProject and Application
 * objects of the tree, and on the Applications its ApplicationSets' list generators generate.
 */

const PROJECT = 'AppProject';
const APPLICATION = 'Application';
const APPLICATION_SET = 'ApplicationSet';

const byKind = new WeakMap<ValidationContext, Map<string, Located[]>>();

/** The Argo CD objects of a kind in the tree's files. */
function ofKind(ctx: ValidationContext, kind: string): Located[] {
  let m = byKind.get(ctx);
  if (!m) {
    m = new Map();
    for (const o of ctx.objects) if (o.object.apiVersion.startsWith('argoproj.io/')) m.set(o.object.kind, [...(m.get(o.object.kind) ?? []), o]);
    byKind.set(ctx, m);
  }
  return m.get(kind) ?? [];
}

/**
 * Argo CD's glob (gobwas/glob): `*`, `?`, `[...]`, `{a,b}`; with a separator, `*` and `?` stop at it and `**` does
 * not. A pattern of `*` alone matches everything.
 */
export function globMatch(pattern: string, value: string, separator?: string): boolean {
  if (pattern === '*') return true;
  const key = `${separator ?? ''}\0${pattern}`;
  let compiled = globs.get(key);
  if (!compiled) {
    compiled = globRegExp(pattern, separator);
    globs.set(key, compiled);
  }
  return compiled.test(value);
}

const globs = new Map<string, RegExp>();

function globRegExp(pattern: string, separator?: string): RegExp {
  const any = separator ? `[^${escapeRegExp(separator)}]` : '.';
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      re += '.*';
      i++;
    } else if (c === '*') re += `${any}*`;
    else if (c === '?') re += any;
    else if (c === '[') {
      const end = pattern.indexOf(']', i);
      if (end < 0) re += '\\[';
      else {
        re += `[${pattern.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (c === '{') {
      const end = pattern.indexOf('}', i);
      if (end < 0) re += '\\{';
      else {
        re += `(?:${pattern.slice(i + 1, end).split(',').map(escapeRegExp).join('|')})`;
        i = end;
      }
    } else re += escapeRegExp(c);
  }
  return new RegExp(`^${re}$`);
}


/** Allowed by a pattern list with `!` negations: some positive pattern matches and no negated one does. */
function permitted(patterns: readonly string[], matches: (pattern: string) => boolean): boolean {
  const deny = patterns.filter((p) => p.startsWith('!')).some((p) => matches(p.slice(1)));
  return !deny && patterns.filter((p) => !p.startsWith('!')).some(matches);
}

/** Argo CD's git URL normalization (lowercase, no trailing slash or .git). */
function normalizeRepo(url: string): string {
  return url.trim().toLowerCase().replace(/\/+$/, '').replace(/\.git$/, '');
}

/** A `{{…}}` parameter an element of an ApplicationSet lacks. */
interface MissingParameter {
  readonly set: Located;
  /** Field path of the element in the ApplicationSet. */
  readonly element: string;
  readonly parameter: string;
  /** Field path of the template string that uses it, and the string. */
  readonly usedAt: string;
  readonly template: string;
}

interface Expansion {
  /** The Applications the list generators generate, labelled with the ApplicationSet's file and element. */
  readonly generated: Located[];
  readonly missing: MissingParameter[];
}

const expansions = new WeakMap<ValidationContext, Expansion>();

/**
 * The Applications the ApplicationSets of the tree generate from list generators, rendered as the ApplicationSet
 * controller renders them (generateApplication): `{{.param}}` (or `{{ .param }}`, nested `.a.b`) with goTemplate,
 * `{{param}}` without, then the templatePatch merged in. An element whose template uses other Go template expressions
 * (functions, pipelines) is not rendered here, and other generators (clusters, git, matrix, …) need a live Argo CD:
 * both are left unchecked.
 */
function expandApplicationSets(ctx: ValidationContext): Expansion {
  let out = expansions.get(ctx);
  if (out) return out;
  const generated: Located[] = [];
  const missing: MissingParameter[] = [];
  for (const set of ofKind(ctx, APPLICATION_SET)) {
    for (const { element, path: elementPath } of listElements(set.object)) {
      const at = fieldPath(...elementPath);
      const { application, problems } = generateApplication(set.object, element);
      for (const p of problems) for (const parameter of p.missing) missing.push({ set, element: at, parameter, usedAt: fieldPath(...p.path), template: p.template });
      if (application) generated.push({ file: `${set.file} (generated by ApplicationSet ${set.object.metadata.name} from ${at})`, object: application as unknown as Manifest });
    }
  }
  out = { generated, missing };
  expansions.set(ctx, out);
  return out;
}

/** The tree's Applications and those its ApplicationSets generate (see expandApplicationSets). */
function applicationsOf(ctx: ValidationContext): Located[] {
  return [...ofKind(ctx, APPLICATION), ...expandApplicationSets(ctx).generated];
}

function sourcesOf(app: Located): { source: Record<string, any>; path: string }[] {
  const spec = (app.object.spec ?? {}) as Record<string, any>;
  if (Array.isArray(spec.sources)) return spec.sources.map((source: unknown, i: number) => ({ source: isObject(source) ? source : {}, path: fieldPath('spec', 'sources', i) }));
  return isObject(spec.source) ? [{ source: spec.source, path: 'spec.source' }] : [];
}

function projectOf(ctx: ValidationContext, app: Located): Located | undefined {
  const name = (app.object.spec as any)?.project;
  return ofKind(ctx, PROJECT).find((p) => p.object.metadata.name === name);
}

/** Runs `check` on every Application whose project is in the tree. */
function eachApplication(ctx: ValidationContext, check: (app: Located, project: Located) => RuleFinding[]): RuleFinding[] {
  return applicationsOf(ctx).flatMap((app) => {
    const project = projectOf(ctx, app);
    return project ? check(app, project) : [];
  });
}

export const projectExists: Rule = {
  id: 'argocd/project-exists',
  description: "Every Application's project is an AppProject of the tree.",
  check: (ctx) =>
    applicationsOf(ctx)
      .filter((app) => !projectOf(ctx, app))
      .map((app) => findingAt(app, 'spec.project', `application references project ${show((app.object.spec as any)?.project)}, which is not an AppProject of the tree`)),
};

export const sourcePermitted: Rule = {
  id: 'argocd/source-permitted',
  description: "Every source repository of an Application is permitted by its project's sourceRepos.",
  check: (ctx) =>
    eachApplication(ctx, (app, project) => {
      const repos: string[] = ((project.object.spec as any)?.sourceRepos ?? []).map(String);
      return sourcesOf(app)
        .filter(({ source }) => typeof source.repoURL === 'string' && !permitted(repos, (p) => globMatch(normalizeRepo(p), normalizeRepo(source.repoURL), '/')))
        .map(({ source, path: p }) =>
          findingAt(app, `${p}.repoURL`, `repository ${show(source.repoURL)} is not permitted in project ${project.object.metadata.name} (sourceRepos ${show(repos)})`),
        );
    }),
};

export const destinationPermitted: Rule = {
  id: 'argocd/destination-permitted',
  description: "Every Application's destination (server or cluster name, and namespace) is permitted by its project's destinations.",
  check: (ctx) =>
    eachApplication(ctx, (app, project) => {
      const dst = ((app.object.spec as any)?.destination ?? {}) as Record<string, any>;
      const allowed: Record<string, any>[] = ((project.object.spec as any)?.destinations ?? []).filter(isObject);
      const matches = (item: Record<string, any>, negate: boolean) => {
        const pat = (v: unknown) => (typeof v === 'string' ? (negate ? v.replace(/^!/, '') : v) : '');
        const server = !!dst.server && !!item.server && globMatch(pat(item.server), dst.server);
        const name = !!dst.name && !!item.name && globMatch(pat(item.name), dst.name);
        return (server || name) && globMatch(pat(item.namespace ?? ''), dst.namespace ?? '');
      };
      const isDeny = (item: Record<string, any>) => [item.server, item.name, item.namespace].some((v) => typeof v === 'string' && v.startsWith('!'));
      const ok = allowed.some((i) => !isDeny(i) && matches(i, false)) && !allowed.some((i) => isDeny(i) && matches(i, true));
      if (ok) return [];
      const where = dst.server !== undefined ? `server ${show(dst.server)}` : `cluster ${show(dst.name)}`;
      return [findingAt(app, 'spec.destination', `destination ${where} and namespace ${show(dst.namespace)} do not match any of the allowed destinations in project ${project.object.metadata.name}`)];
    }),
};

/**
 * Sources in this repository (the context's `repoURL`; every source with a path when unknown) must point at a
 * directory of the tree that is a kustomization (or, with `directory:`, holds manifests).
 */
export const sourcePath: Rule = {
  id: 'argocd/source-path',
  description: "Every Application source in this repository points at a directory of the tree that is a kustomization (an explicit `directory:` source at one holding manifests).",
  check: (ctx) =>
    applicationsOf(ctx).flatMap((app) =>
      sourcesOf(app).flatMap(({ source, path: p }) => {
        if (typeof source.path !== 'string' || source.chart !== undefined) return [];
        if (ctx.repoURL && typeof source.repoURL === 'string' && normalizeRepo(source.repoURL) !== normalizeRepo(ctx.repoURL)) return [];
        const dir = path.posix.normalize(source.path.replace(/^\.?\/+/, '')).replace(/\/+$/, '');
        const say = (message: string) => [findingAt(app, `${p}.path`, message)];
        if (!ctx.dirs.has(dir)) return say(`${show(source.path)} does not exist in the tree`);
        if (isObject(source.directory)) {
          return [...ctx.tree.keys()].some((f) => f.startsWith(`${dir}/`) && /\.(ya?ml|json)$/.test(f)) ? [] : say(`${show(source.path)} holds no manifests`);
        }
        const isKustomization = KUSTOMIZATION_FILES.some((k) => ctx.tree.has(`${dir}/${k}`));
        return isKustomization ? [] : say(`${show(source.path)} is not a kustomization (no kustomization.yaml)`);
      }),
    ),
};

export const applicationSetTemplate: Rule = {
  id: 'argocd/applicationset-template',
  description: "Every list element of an ApplicationSet sets each parameter its template uses ({{.name}}), so that the ApplicationSet controller can generate the element's Application.",
  check: (ctx) =>
    expandApplicationSets(ctx).missing.map((m) =>
      findingAt(m.set, m.element, `sets no parameter ${show(m.parameter)}, which the template uses at ${m.usedAt} (${show(m.template)}): the ApplicationSet controller cannot generate this Application`),
    ),
};

function windowsOf(p: Located): { w: Record<string, any>; at: string }[] {
  const ws = (p.object.spec as any)?.syncWindows;
  return Array.isArray(ws) ? ws.map((w: unknown, i: number) => ({ w: isObject(w) ? w : {}, at: fieldPath('spec', 'syncWindows', i) })) : [];
}

export const syncWindowSchedule: Rule = {
  id: 'argocd/sync-window-schedule',
  description: 'Every sync window has a valid five-field cron schedule and, if set, a valid IANA time zone.',
  check: (ctx) =>
    ofKind(ctx, PROJECT).flatMap((p) =>
      windowsOf(p).flatMap(({ w, at }) => {
        const out: RuleFinding[] = [];
        const problem = cronScheduleProblem(w.schedule);
        if (problem) out.push(findingAt(p, `${at}.schedule`, `cannot parse schedule ${show(w.schedule)}: ${problem}`));
        if (w.timeZone !== undefined && !(typeof w.timeZone === 'string' && isTimeZone(w.timeZone))) {
          out.push(findingAt(p, `${at}.timeZone`, `${show(w.timeZone)} is not an IANA time zone`));
        }
        return out;
      }),
    ),
};

export const syncWindowDuration: Rule = {
  id: 'argocd/sync-window-duration',
  description: 'Every sync window has a positive Go duration (1h, 90m, 10h30m).',
  check: (ctx) =>
    ofKind(ctx, PROJECT).flatMap((p) =>
      windowsOf(p)
        .filter(({ w }) => !(typeof w.duration === 'string' && (attempt(() => Duration.go(w.duration as string))?.toSeconds() ?? 0) > 0))
        .map(({ w, at }) => findingAt(p, `${at}.duration`, `cannot parse duration ${show(w.duration)}: use a positive Go duration such as 1h, 90m or 10h30m`)),
    ),
};

export const syncWindowKind: Rule = {
  id: 'argocd/sync-window-kind',
  description: 'Every sync window is of kind allow or deny.',
  check: (ctx) =>
    ofKind(ctx, PROJECT).flatMap((p) =>
      windowsOf(p)
        .filter(({ w }) => w.kind !== 'allow' && w.kind !== 'deny')
        .map(({ w, at }) => findingAt(p, `${at}.kind`, `kind ${show(w.kind)} mismatch: can only be allow or deny`)),
    ),
};

export const syncWindowTarget: Rule = {
  id: 'argocd/sync-window-target',
  description: 'Every sync window applies to at least one application, namespace or cluster.',
  check: (ctx) =>
    ofKind(ctx, PROJECT).flatMap((p) =>
      windowsOf(p)
        .filter(({ w }) => !['applications', 'namespaces', 'clusters'].some((k) => Array.isArray(w[k]) && w[k].length > 0))
        .map(({ w, at }) => findingAt(p, at, `window ${show(w.schedule)} requires one of applications, namespaces or clusters`)),
    ),
};

export const duplicateDestination: Rule = {
  id: 'argocd/duplicate-destination',
  description: "A project lists each destination (server or name, and namespace) once.",
  check: (ctx) =>
    ofKind(ctx, PROJECT).flatMap((p) =>
      repeats<any>(asArray((p.object.spec as any)?.destinations), (d) => JSON.stringify([d?.server ?? '', d?.name ?? '', d?.namespace ?? ''])).map(({ item, index, first }) =>
        findingAt(p, fieldPath('spec', 'destinations', index), `destination ${show(item)} already added (destinations[${first}])`),
      ),
    ),
};

function rolesOf(p: Located): { role: Record<string, any>; i: number }[] {
  const roles = (p.object.spec as any)?.roles;
  return Array.isArray(roles) ? roles.map((role: unknown, i: number) => ({ role: isObject(role) ? role : {}, i })) : [];
}

export const duplicateRole: Rule = {
  id: 'argocd/duplicate-role',
  description: 'A project defines each role name once.',
  check: (ctx) =>
    ofKind(ctx, PROJECT).flatMap((p) =>
      repeats(rolesOf(p), ({ role }) => role.name).map(({ item: { role, i }, first }) =>
        findingAt(p, fieldPath('spec', 'roles', i, 'name'), `role ${show(role.name)} already exists (roles[${first}])`),
      ),
    ),
};

const RESOURCES = ['applications', 'applicationsets', 'repositories', 'clusters', 'logs', 'exec'];
const ACTIONS = ['*', 'get', 'create', 'update', 'delete', 'sync', 'override'];

function policiesOf(p: Located): { policy: unknown; role: Record<string, any>; at: string }[] {
  return rolesOf(p).flatMap(({ role, i }) => (Array.isArray(role.policies) ? role.policies : []).map((policy: unknown, j: number) => ({ policy, role, at: fieldPath('spec', 'roles', i, 'policies', j) })));
}

export const rbacPolicyFormat: Rule = {
  id: 'argocd/rbac-policy-format',
  description: "Every role policy is well-formed: 'p, sub, resource, action, object, allow|deny' with a known resource and action.",
  check: (ctx) =>
    ofKind(ctx, PROJECT).flatMap((p) =>
      policiesOf(p).flatMap(({ policy, at }) => {
        const say = (message: string) => [findingAt(p, at, `invalid policy rule ${show(policy)}: ${message}`)];
        const parts = String(policy).split(',').map((s) => s.trim());
        if (typeof policy !== 'string' || parts.length !== 6 || parts[0] !== 'p') return say("must be of the form: 'p, sub, res, act, obj, eft'");
        if (!RESOURCES.includes(parts[2])) return say(`project resource must be one of ${RESOURCES.join(', ')}, not ${show(parts[2])}`);
        const action = parts[3];
        if (!ACTIONS.includes(action) && !/^(action|update|delete)\/\S+$/.test(action)) return say(`invalid action ${show(action)}`);
        if (parts[5] !== 'allow' && parts[5] !== 'deny') return say(`effect must be: 'allow' or 'deny', not ${show(parts[5])}`);
        return [];
      }),
    ),
};

export const rbacPolicyScope: Rule = {
  id: 'argocd/rbac-policy-scope',
  description: "Every role policy is scoped to its own project: subject proj:<project>:<role>, object <project>/<application>.",
  check: (ctx) =>
    ofKind(ctx, PROJECT).flatMap((p) =>
      policiesOf(p).flatMap(({ policy, role, at }) => {
        const parts = String(policy).split(',').map((s) => s.trim());
        if (typeof policy !== 'string' || parts.length !== 6) return [];
        const proj = p.object.metadata.name;
        const subject = `proj:${proj}:${role.name}`;
        const out: RuleFinding[] = [];
        if (parts[1] !== subject) out.push(findingAt(p, at, `invalid policy rule ${show(policy)}: policy subject must be: '${subject}', not '${parts[1]}'`));
        if (!new RegExp(`^${escapeRegExp(proj)}/[*\\w.-]+(/[*\\w.-]+)?$`).test(parts[4])) {
          out.push(findingAt(p, at, `invalid policy rule ${show(policy)}: object must be of form '${proj}/*', '${proj}[/<NAMESPACE>]/<APPNAME>' or '${proj}/<APPNAME>', not '${parts[4]}'`));
        }
        return out;
      }),
    ),
};

/** The Argo CD rules. */
export const ARGOCD_RULES: readonly Rule[] = [
  projectExists,
  sourcePermitted,
  destinationPermitted,
  sourcePath,
  applicationSetTemplate,
  syncWindowSchedule,
  syncWindowDuration,
  syncWindowKind,
  syncWindowTarget,
  duplicateDestination,
  duplicateRole,
  rbacPolicyFormat,
  rbacPolicyScope,
];
