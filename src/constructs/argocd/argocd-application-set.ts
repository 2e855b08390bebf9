import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { ApplicationProps, toJson_ApplicationSpec } from '../../../imports/argocd-application-argoproj.io';
import type { ApplicationSetProps } from '../../../imports/argocd-applicationset-argoproj.io';
import { renderTemplate as render } from '../../model/applicationset-template';
import { ConfigError } from '../../model/errors';
import { applicationManifest, ArgoCdApplicationProps, AutomatedSync, checkPermitted } from './argocd-application';
import { ArgoCdProject } from './argocd-project';

/** One Application of an ApplicationSet: an element of its list generator. */
export interface ApplicationSetElement {
  /** Template parameters: `{{.<key>}}` in any string of the template becomes the value. Keys are identifiers. */
  readonly parameters: Readonly<Record<string, string>>;
  /** Automated sync of this element's Application. @default - manual sync only */
  readonly automated?: AutomatedSync;
}

/** What every generated Application is: an ArgoCdApplication's properties but the project (the set's) and automated sync (per element). */
export type ApplicationTemplateProps = Omit<ArgoCdApplicationProps, 'project' | 'automated'>;

/** Properties of {@link ArgoCdApplicationSet}. */
export interface ArgoCdApplicationSetProps {
  /** ApplicationSet name, unique in Argo CD's namespace. */
  readonly name: string;
  /** The project of every generated Application; it must permit each one's repositories and destination. */
  readonly project: ArgoCdProject;
  /**
   * The generated Applications, with `{{.<parameter>}}` where they differ (name, paths, destination, labels,
   * annotations, info values): exactly what ArgoCdApplication would render, once per element.
   */
  readonly template: ApplicationTemplateProps;
  /** One element per generated Application, in order. */
  readonly elements: readonly ApplicationSetElement[];
  /** Annotations of the ApplicationSet itself (e.g. the root app's Prune=confirm). @default - none */
  readonly annotations?: Record<string, string>;
  /**
   * Keep the generated Applications' objects when the ApplicationSet is deleted. Without it, deleting the ApplicationSet
   * deletes every Application it generated (their owner) and, through their resources finalizer, every workload.
   * @default true
   */
  readonly preserveResourcesOnDeletion?: boolean;
}

/** apiVersion and kind of an ApplicationSet (`ApplicationSet.GVK` of the imported module). */
export const APPLICATION_SET_GVK = { apiVersion: 'argoproj.io/v1alpha1', kind: 'ApplicationSet' } as const;

const PARAMETER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Element entries the template patch reads when the elements' automated sync differs. */
const SYNC_PARAMETERS = ['prune', 'selfHeal'] as const;

/**
 * An Argo CD ApplicationSet with a list generator: one Application per element, rendered from one template with Go
 * templates (`goTemplate`, `missingkey=error`). Strings are templated with `{{.<parameter>}}`; automated sync, whose
 * booleans the typed template cannot hold as placeholders, is written by a `templatePatch` when the elements differ.
 *
 * The constructor renders every element as the ApplicationSet controller will and refuses what Argo CD would reject
 * or misgenerate: a parameter the template uses that an element lacks, a template expression other than
 * `{{.<parameter>}}`, two elements generating one name, and a generated Application its project does not permit.
 *
 * The object is typed with the imported ApplicationSet types ({@link ArgoCdApplicationSet.props}) but rendered without
 * the imported module's classes: that module, generated from a 1.4 MB CRD, is over 3 MB of TypeScript, and bundled
 * into the CLI it made every full synth parse 1.2 MB more JavaScript (about 80 ms, 8%), whether or not any
 * application asked for an ApplicationSet. Its template is an Application's metadata and spec, converted by the
 * Application module's own `toJson_ApplicationSpec`; every other field set here is spelled alike in TypeScript and
 * JSON. test/argocd-application-set.test.ts checks the result equals `ApplicationSet.manifest(props)` of the module.
 */
export class ArgoCdApplicationSet extends Construct {
  public readonly resource: ApiObject;
  /** The ApplicationSet as the imported types spell it (`ApplicationSet.manifest(props)` renders the same object). */
  public readonly props: ApplicationSetProps;
  public readonly name: string;
  /** The generated Applications (metadata and spec, as ArgoCdApplication renders them), in element order. */
  public readonly applications: readonly ApplicationProps[];

  public constructor(scope: Construct, id: string, props: ArgoCdApplicationSetProps) {
    super(scope, id);
    this.name = props.name;
    const where = `ApplicationSet '${props.name}'`;
    if (props.elements.length === 0) throw new ConfigError(`${where}: no elements: it would generate no Application`);

    const automated = props.elements.map((e) => e.automated);
    const sameSync = automated.every((a) => JSON.stringify(a) === JSON.stringify(automated[0]));
    if (!sameSync && automated.some((a) => a === undefined)) {
      const manual = automated.flatMap((a, i) => (a === undefined ? [`elements[${i}]`] : []));
      throw new ConfigError(`${where}: ${manual.join(', ')} sync by hand and the others automatically; an ApplicationSet's elements must all sync automatically or none`);
    }
    const template = applicationManifest({ ...props.template, project: props.project, automated: sameSync ? automated[0] : undefined });
    const templatePatch = sameSync
      ? undefined
      : ['spec:', '  syncPolicy:', '    automated:', ...SYNC_PARAMETERS.map((k) => `      ${k}: {{ .${k} }}`), ''].join('\n');

    const names = new Map<string, number>();
    this.applications = props.elements.map((element, i) => {
      const at = `${where}: elements[${i}]`;
      for (const key of Object.keys(element.parameters)) {
        if (!PARAMETER.test(key)) throw new ConfigError(`${at}: parameter name ${JSON.stringify(key)} must be an identifier (letters, digits, '_')`);
        if (templatePatch && (SYNC_PARAMETERS as readonly string[]).includes(key)) throw new ConfigError(`${at}: parameter ${JSON.stringify(key)} is reserved for the automated sync the template patch writes`);
      }
      const app = renderTemplate(template, element.parameters, at) as ApplicationProps;
      if (element.automated && templatePatch) {
        (app.spec as { syncPolicy?: object }).syncPolicy = { ...app.spec.syncPolicy, automated: { prune: element.automated.prune, selfHeal: element.automated.selfHeal } };
      }
      const name = app.metadata.name!;
      const other = names.get(name);
      if (other !== undefined) throw new ConfigError(`${at}: generates Application '${name}', as elements[${other}] does`);
      names.set(name, i);
      const sources = app.spec.sources ?? (app.spec.source ? [app.spec.source] : []);
      checkPermitted(props.project, name, sources.map((s) => s.repoUrl), app.spec.destination.server ?? '', app.spec.destination.namespace ?? '');
      return app;
    });

    this.props = {
      metadata: { name: props.name, namespace: props.project.namespace, annotations: props.annotations ? { ...props.annotations } : undefined },
      spec: {
        goTemplate: true,
        goTemplateOptions: ['missingkey=error'],
        generators: [
          {
            list: {
              elements: props.elements.map((e) => ({
                ...e.parameters,
                ...(templatePatch && e.automated ? { prune: e.automated.prune, selfHeal: e.automated.selfHeal } : {}),
              })),
            },
          },
        ],
        // An Application's metadata and spec: the two imported types spell them alike.
        template,
        templatePatch,
        syncPolicy: { preserveResourcesOnDeletion: props.preserveResourcesOnDeletion ?? true },
      },
    };
    const spec = this.props.spec;
    this.resource = new ApiObject(this, 'Resource', {
      ...APPLICATION_SET_GVK,
      metadata: this.props.metadata,
      spec: {
        goTemplate: spec.goTemplate,
        goTemplateOptions: spec.goTemplateOptions,
        generators: spec.generators,
        template: { metadata: template.metadata, spec: toJson_ApplicationSpec(template.spec) },
        templatePatch: spec.templatePatch,
        syncPolicy: spec.syncPolicy,
      },
    });
  }
}

/**
 * Replaces `{{.<parameter>}}` in every string of `value` (a JSON-like tree) with the parameter's value; throws when a
 * parameter is missing or a string holds any other template expression.
 */
export function renderTemplate(value: unknown, parameters: Readonly<Record<string, string>>, where: string): unknown {
  const { value: rendered, problems } = render(value, parameters, 'parameter');
  const [first] = problems;
  if (first?.missing.length) {
    throw new ConfigError(`${where}: has no parameter '${first.missing[0]}', which the template uses in ${JSON.stringify(first.template)} (parameters: ${Object.keys(parameters).join(', ') || 'none'})`);
  }
  if (first) throw new ConfigError(`${where}: template string ${JSON.stringify(first.template)} holds an expression other than {{.<parameter>}}`);
  return rendered;
}
