import { Manifest } from '../../tree/manifest';
import { findingAt, jsonOf, Located, Rule, RuleFinding, ValidationContext } from '../rule';
import { describeErrors, loadValidator, SchemaProblem, Validator, validatorRef, ValidityCache } from '../schema';

/**
 * Schema rules: every object of the tree, and every environment's built object that differs from its file's, is
 * validated with the precompiled validator of its pinned schema (imports/validators/, from `npm run import`).
 */

interface Checked {
  readonly at: Located;
  /** Undefined when no pinned schema covers the kind. */
  readonly problems?: readonly SchemaProblem[];
}

const results = new WeakMap<ValidationContext, Checked[]>();

function checkAll(ctx: ValidationContext): Checked[] {
  let out = results.get(ctx);
  if (out) return out;
  out = [];
  const cache = ctx.useCache ? ValidityCache.of() : undefined;
  for (const at of ctx.distinct) out.push(check(at, jsonOf(at.object), cache));
  cache?.save();
  results.set(ctx, out);
  return out;
}

function check(at: Located, json: string, cache?: ValidityCache): Checked {
  const m: Manifest = at.object;
  const ref = validatorRef(m.apiVersion, m.kind);
  if (!ref) return { at };
  let validate: Validator | undefined;
  const run = () => (validate = loadValidator(ref))(m);
  if (cache ? cache.valid(ref, json, run) : run()) return { at, problems: [] };
  return { at, problems: describeErrors(m, validate!.errors ?? [], `${m.kind} ${m.apiVersion}`) };
}

export const yamlSyntax: Rule = {
  id: 'schema/yaml',
  description: 'Every YAML file of the tree parses.',
  check: (ctx) => ctx.parseFailures.map((p) => ({ file: p.file, object: '(file)', path: '(document)', message: `not valid YAML: ${p.message}` })),
};

export const kindKnown: Rule = {
  id: 'schema/kind-known',
  description: 'Every object is of a kind with a pinned schema (a CRD in cdk8s.yaml or a core kind in CORE_KINDS), so it can be validated at all.',
  check: (ctx) =>
    checkAll(ctx)
      .filter((c) => c.problems === undefined)
      .map((c) =>
        findingAt(
          c.at,
          'kind',
          `no pinned schema for ${c.at.object.kind} ${c.at.object.apiVersion}: import its CRD (cdk8s.yaml) or add it to CORE_KINDS (src/codegen/schema-compiler.ts), then run npm run import`,
        ),
      ),
};

function problemsOf(ctx: ValidationContext, kind: SchemaProblem['kind']): RuleFinding[] {
  return checkAll(ctx).flatMap((c) => (c.problems ?? []).filter((p) => p.kind === kind).map((p) => findingAt(c.at, p.path, p.message)));
}

export const unknownField: Rule = {
  id: 'schema/unknown-field',
  description: 'No field the pinned schema does not define: the API server prunes unknown fields silently, so a misspelt field would vanish.',
  check: (ctx) => problemsOf(ctx, 'unknown-field'),
};

export const schemaValid: Rule = {
  id: 'schema/valid',
  description: 'Every field has the type and value the pinned schema (CRD openAPIV3Schema, Kubernetes 1.27 OpenAPI) requires (types, enums, patterns, bounds), and required fields are set.',
  check: (ctx) => problemsOf(ctx, 'invalid'),
};

export const SCHEMA_RULES: readonly Rule[] = [yamlSyntax, kindKnown, unknownField, schemaValid];
