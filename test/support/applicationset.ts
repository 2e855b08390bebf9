import * as YAML from 'yaml';

/*
 * The ApplicationSet controller's rendering of a list generator, for the subset gridops writes: Go templates
 * (`goTemplate: true`, `missingkey=error`) whose strings reference parameters as `{{.name}}`, and a `templatePatch`
 * rendered the same way and merged into the rendered template (objects key by key, anything else replaced). Written
 * independently of src/ (the ArgoCdApplicationSet construct and the validation rules render templates too), so that
 * the tests check them against a second implementation.
 */

const REFERENCE = /\{\{-?\s*\.([A-Za-z_][A-Za-z0-9_]*)\s*-?\}\}/g;

/** Renders one template string with an element's parameters; throws on a missing parameter or any other expression. */
export function renderString(template: string, element: Record<string, unknown>): string {
  const out = template.replace(REFERENCE, (_, key: string) => {
    if (!(key in element)) throw new Error(`map has no entry for key "${key}" (template ${JSON.stringify(template)})`);
    const v = element[key];
    return typeof v === 'string' ? v : JSON.stringify(v);
  });
  if (template.replace(REFERENCE, '').includes('{{')) throw new Error(`unsupported template expression in ${JSON.stringify(template)}`);
  return out;
}

function render(value: unknown, element: Record<string, unknown>): unknown {
  if (typeof value === 'string') return renderString(value, element);
  if (Array.isArray(value)) return value.map((v) => render(v, element));
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, render(v, element)]));
  return value;
}

function merge(target: unknown, patch: unknown): unknown {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) return patch;
  const out: Record<string, unknown> = typeof target === 'object' && target !== null && !Array.isArray(target) ? { ...(target as object) } : {};
  for (const [k, v] of Object.entries(patch)) out[k] = merge(out[k], v);
  return out;
}

/** The Applications an ApplicationSet (as JSON) generates, one per element of its list generators, in order. */
export function generatedApplications(set: any): any[] {
  if (set.spec.goTemplate !== true) throw new Error('only goTemplate ApplicationSets are rendered here');
  const elements: Record<string, unknown>[] = set.spec.generators.flatMap((g: any) => g.list?.elements ?? []);
  return elements.map((element) => {
    let app = render(set.spec.template, element) as any;
    if (set.spec.templatePatch !== undefined) app = merge(app, YAML.parse(renderString(set.spec.templatePatch, element)));
    return {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Application',
      ...app,
      metadata: { ...app.metadata, namespace: app.metadata.namespace ?? set.metadata.namespace },
    };
  });
}
