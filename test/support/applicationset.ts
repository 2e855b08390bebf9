import { generateApplication, listElements, renderString as render } from '../../src/model/applicationset-template';

/*
 * The ApplicationSet controller's rendering of a list generator, for the tests: src/model/applicationset-template.ts
 * (which the ArgoCdApplicationSet construct and the validation rules use too) with the controller's failures
 * (`missingkey=error`, an expression it would evaluate) as errors.
 */

/** Renders one template string with an element's parameters; throws on a missing parameter or any other expression. */
export function renderString(template: string, element: Record<string, unknown>): string {
  const r = render(template, element);
  if (r.missing.length > 0) throw new Error(`map has no entry for key "${r.missing[0]}" (template ${JSON.stringify(template)})`);
  if (r.unsupported) throw new Error(`unsupported template expression in ${JSON.stringify(template)}`);
  return r.text;
}

/** The Applications an ApplicationSet (as JSON) generates, one per element of its list generators, in order. */
export function generatedApplications(set: any): any[] {
  if (set.spec.goTemplate !== true) throw new Error('only goTemplate ApplicationSets are rendered here');
  return listElements(set).map(({ element }) => {
    const { application, problems } = generateApplication(set, element);
    for (const p of problems) renderString(p.template, element);
    if (!application) throw new Error(`the templatePatch of ApplicationSet ${set.metadata.name} is not YAML once rendered`);
    return application;
  });
}
