import { valueAt } from './json-pointer';
import { parseYaml } from './yaml';

/*
 * The ApplicationSet controller's rendering of a list generator's elements (Argo CD v3.4.4), for the templates gridops
 * writes and checks: parameter references in every string of the template, then the rendered `templatePatch` merged
 * in. Go template functions, pipelines and conditions are not rendered: a string holding one is reported unsupported.
 */

/**
 * How a template references a parameter: `go` (`goTemplate: true`: `{{.env}}`, `{{ .env }}`, `{{- .a.b -}}`),
 * `fasttemplate` (without goTemplate: `{{env}}`, `{{ a.b-c }}`), or `parameter`, the one form ArgoCdApplicationSet
 * writes (`{{.env}}` or `{{ .env }}`, an identifier).
 */
export type ReferenceSyntax = 'go' | 'fasttemplate' | 'parameter';

const REFERENCE: Record<ReferenceSyntax, RegExp> = {
  go: /\{\{-?\s*\.([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)\s*-?\}\}/g,
  fasttemplate: /\{\{\s*([A-Za-z0-9_][A-Za-z0-9_.-]*)\s*\}\}/g,
  parameter: /\{\{\s*\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g,
};

/** A key and index path from the ApplicationSet (`['spec', 'template', 'metadata', 'name']`). */
export type TemplatePath = readonly (string | number)[];

/** A template string that does not render: the parameters it uses that the element lacks, or another expression. */
export interface TemplateProblem {
  /** Where the string is. */
  readonly path: TemplatePath;
  readonly template: string;
  /** The parameters it references that the element does not set, in order. */
  readonly missing: readonly string[];
  /** Whether it holds a template expression other than a parameter reference. */
  readonly unsupported: boolean;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A parameter's value; with `go`, `a.b` reads field b of parameter a. */
function lookup(parameters: Readonly<Record<string, unknown>>, key: string, syntax: ReferenceSyntax): unknown {
  return syntax === 'go' ? valueAt(parameters, key.split('.')) : parameters[key];
}

/** One template string rendered with an element's parameters (a string value as is, any other as JSON). */
export function renderString(
  template: string,
  parameters: Readonly<Record<string, unknown>>,
  syntax: ReferenceSyntax = 'go',
): { readonly text: string; readonly missing: readonly string[]; readonly unsupported: boolean } {
  const re = REFERENCE[syntax];
  const missing: string[] = [];
  const text = template.replace(re, (whole, key: string) => {
    const value = lookup(parameters, key, syntax);
    if (value === undefined) {
      missing.push(key);
      return whole;
    }
    return typeof value === 'string' ? value : JSON.stringify(value);
  });
  return { text, missing, unsupported: template.replace(re, '').includes('{{') };
}

/**
 * Every string of a JSON-like value rendered with an element's parameters, and the strings that do not render, in
 * document order (`at` is the value's own path).
 */
export function renderTemplate(
  value: unknown,
  parameters: Readonly<Record<string, unknown>>,
  syntax: ReferenceSyntax = 'go',
  at: TemplatePath = [],
): { readonly value: unknown; readonly problems: readonly TemplateProblem[] } {
  const problems: TemplateProblem[] = [];
  const render = (v: unknown, path: TemplatePath): unknown => {
    if (typeof v === 'string') {
      const r = renderString(v, parameters, syntax);
      if (r.missing.length > 0 || r.unsupported) problems.push({ path, template: v, missing: r.missing, unsupported: r.unsupported });
      return r.text;
    }
    if (Array.isArray(v)) return v.map((x, i) => render(x, [...path, i]));
    if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, render(x, [...path, k])]));
    return v;
  };
  return { value: render(value, at), problems };
}

/** JSON merge patch (RFC 7386): objects merge key by key, null deletes, anything else replaces. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const out: Record<string, unknown> = isObject(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

/** An ApplicationSet object (as parsed from YAML: nothing of it is trusted). */
export interface ApplicationSetObject {
  readonly apiVersion?: unknown;
  readonly metadata?: unknown;
  readonly spec?: unknown;
  readonly [field: string]: unknown;
}

/** One element of an ApplicationSet's list generators, with its path. */
export interface ListElement {
  readonly element: Record<string, unknown>;
  /** `['spec', 'generators', 0, 'list', 'elements', 1]` (`elementsYaml` for elements written as YAML text). */
  readonly path: TemplatePath;
}

/** The elements of an ApplicationSet's list generators, in order (other generators need a live Argo CD). */
export function listElements(set: ApplicationSetObject): ListElement[] {
  const spec = isObject(set.spec) ? set.spec : {};
  return (Array.isArray(spec.generators) ? spec.generators : []).flatMap((g: unknown, gi: number) => {
    const list = isObject(g) && isObject(g.list) ? g.list : undefined;
    if (!list) return [];
    const field = Array.isArray(list.elements) ? 'elements' : 'elementsYaml';
    const elements: unknown[] = Array.isArray(list.elements) ? list.elements : typeof list.elementsYaml === 'string' ? yamlList(list.elementsYaml) : [];
    return elements.flatMap((element, ei) => (isObject(element) ? [{ element, path: ['spec', 'generators', gi, 'list', field, ei] }] : []));
  });
}

function yamlList(text: string): unknown[] {
  try {
    const v = parseYaml(text);
    return Array.isArray(v) ? v : [];
  } catch {
    return [];
  }
}

/**
 * The Application an ApplicationSet generates for one element, as the controller renders it: the template's strings
 * rendered (Go templates with `goTemplate: true`, fasttemplate without), the rendered `templatePatch` (Go templates
 * only) merged in, kind Application in the set's namespace unless the template names one. Undefined when a string does
 * not render or the patch is not YAML; `problems` lists the strings that do not render.
 */
export function generateApplication(
  set: ApplicationSetObject,
  element: Readonly<Record<string, unknown>>,
): { readonly application?: Record<string, unknown>; readonly problems: readonly TemplateProblem[] } {
  const spec = isObject(set.spec) ? set.spec : {};
  const syntax: ReferenceSyntax = spec.goTemplate === true ? 'go' : 'fasttemplate';
  const template = renderTemplate(spec.template, element, syntax, ['spec', 'template']);
  const problems = [...template.problems];
  let app = template.value;
  let renderable = true;
  if (typeof spec.templatePatch === 'string' && syntax === 'go') {
    const patch = renderString(spec.templatePatch, element, syntax);
    if (patch.missing.length > 0 || patch.unsupported) problems.push({ path: ['spec', 'templatePatch'], template: spec.templatePatch, missing: patch.missing, unsupported: patch.unsupported });
    if (patch.unsupported) renderable = false;
    else {
      try {
        app = mergePatch(app, parseYaml(patch.text));
      } catch {
        renderable = false;
      }
    }
  }
  if (problems.length > 0 || !renderable || !isObject(app)) return { problems };
  const metadata = isObject(app.metadata) ? app.metadata : {};
  const namespace = metadata.namespace ?? (isObject(set.metadata) ? set.metadata.namespace : undefined);
  return { application: { apiVersion: set.apiVersion, kind: 'Application', ...app, metadata: { ...metadata, namespace } }, problems };
}
