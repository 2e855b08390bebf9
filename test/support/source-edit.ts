import * as ts from 'typescript';

/**
 * Edits a configuration file as a user does by hand: sets `constant.props…` (e.g. `test`, `overrides`, `canary`,
 * `pauses`) to the expression `value`, replacing the property where it exists and adding it (and the object literals
 * leading to it) where it does not. The constant must be a top-level `const` initialised with an object literal, or
 * a call whose last argument is one (`deriveEnvironment(test, { … })`).
 */
export function setProperty(source: string, constant: string, props: readonly string[], value: string): string {
  const sf = ts.createSourceFile('config.ts', source, ts.ScriptTarget.Latest, true);
  const decl = sf.statements
    .filter(ts.isVariableStatement)
    .flatMap((s) => [...s.declarationList.declarations])
    .find((d) => ts.isIdentifier(d.name) && d.name.text === constant);
  if (!decl?.initializer) throw new Error(`no top-level const ${constant}`);
  let node: ts.Expression = decl.initializer;
  if (ts.isCallExpression(node)) node = node.arguments[node.arguments.length - 1];
  for (let i = 0; i < props.length; i++) {
    while (ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isParenthesizedExpression(node)) node = node.expression;
    if (!ts.isObjectLiteralExpression(node)) throw new Error(`${constant}.${props.slice(0, i).join('.')} is not an object literal`);
    const found = node.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === props[i]);
    if (!found) {
      // add the rest of the path as nested literals, as the object's last property
      const rest = props.slice(i + 1).reduceRight((inner, key) => `{ ${key}: ${inner} }`, value);
      const text = `${props[i]}: ${rest}`;
      const last = node.properties[node.properties.length - 1];
      if (!last) return source.slice(0, node.getStart() + 1) + ` ${text} ` + source.slice(node.getStart() + 1);
      const hasComma = source.slice(last.getEnd()).trimStart().startsWith(',');
      const at = hasComma ? source.indexOf(',', last.getEnd()) + 1 : last.getEnd();
      return source.slice(0, at) + `${hasComma ? '' : ','} ${text}${hasComma ? ',' : ''}` + source.slice(at);
    }
    if (i === props.length - 1) return source.slice(0, found.initializer.getStart()) + value + source.slice(found.initializer.getEnd());
    node = found.initializer;
  }
  throw new Error('no property path given');
}

/**
 * Sets `props…` of the environment `env` of an application file, as a user edits it: the object literal with
 * `name: '<env>'` and a `tagPolicy` (an EnvironmentConfig written out, as README's recipes assume).
 */
export function setEnvironmentProperty(source: string, env: string, props: readonly string[], value: string): string {
  const sf = ts.createSourceFile('config.ts', source, ts.ScriptTarget.Latest, true);
  let found: ts.ObjectLiteralExpression | undefined;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isObjectLiteralExpression(n)) {
      const prop = (name: string) => n.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === name);
      const name = prop('name')?.initializer;
      if (name && ts.isStringLiteral(name) && name.text === env && prop('tagPolicy')) {
        found = n;
        return;
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  if (!found) throw new Error(`no environment literal { name: '${env}', tagPolicy, … } in the file`);
  // the literal as a constant of its own, edited by setProperty, then put back in place
  const text = found.getText();
  const edited = setProperty(`const x = ${text};`, 'x', props, value).slice('const x = '.length, -1);
  return source.slice(0, found.getStart()) + edited + source.slice(found.getEnd());
}

/** Appends `element` to the array literal of the property `prop` (the first such property of the file). */
export function appendToArray(source: string, prop: string, element: string): string {
  const sf = ts.createSourceFile('config.ts', source, ts.ScriptTarget.Latest, true);
  let array: ts.ArrayLiteralExpression | undefined;
  const visit = (n: ts.Node): void => {
    if (array) return;
    if (ts.isPropertyAssignment(n) && ts.isIdentifier(n.name) && n.name.text === prop && ts.isArrayLiteralExpression(n.initializer)) array = n.initializer;
    else ts.forEachChild(n, visit);
  };
  visit(sf);
  if (!array) throw new Error(`no '${prop}: [...]' in the file`);
  const last = array.elements[array.elements.length - 1];
  const at = last ? last.getEnd() : array.getStart() + 1;
  return source.slice(0, at) + (last ? `, ${element}` : element) + source.slice(at);
}

/** Adds an import line after the file's last import. */
export function addImport(source: string, line: string): string {
  const sf = ts.createSourceFile('config.ts', source, ts.ScriptTarget.Latest, true);
  const imports = sf.statements.filter(ts.isImportDeclaration);
  const at = imports.length ? imports[imports.length - 1].getEnd() + 1 : 0;
  return source.slice(0, at) + `${line}\n` + source.slice(at);
}
