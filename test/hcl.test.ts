import { parse } from '@cdktf/hcl2json';
import { Hcl, HclExpression, quote, renderHcl } from '../src/model/hcl';

/** A string of Terraform's JSON syntax (what hcl2json gives) as the literal it stands for: `$${` is a literal `${`. */
const literalOf = (json: string) => json.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');

describe('quote: an HCL string that reads back as exactly the text, never as a template', () => {
  test.each<[string, string, string]>([
    ['plain text', 'argo-cd', '"argo-cd"'],
    ['a double quote', 'say "hi"', '"say \\"hi\\""'],
    ['a backslash', 'C:\\charts', '"C:\\\\charts"'],
    ['a newline, a carriage return and a tab', 'a\nb\rc\td', '"a\\nb\\rc\\td"'],
    ['another control character', 'x\u0001y', '"x\\u0001y"'],
    ['an interpolation sequence', '${var.secret}', '"$${var.secret}"'],
    ['a directive sequence', '%{ if true }', '"%%{ if true }"'],
    ['an already escaped sequence', '$${x}', '"$$${x}"'],
    ['a lone dollar and percent', 'cost: $5, 10%', '"cost: $5, 10%"'],
    ['non-ASCII text', 'Zürich – Ω', '"Zürich – Ω"'],
  ])('%s', (_name, text, expected) => {
    // WHEN quoted  THEN exactly this source text
    expect(quote(text)).toBe(expected);
  });

  test("HashiCorp's parser reads every case back as the literal text", async () => {
    // GIVEN texts that would break a naive writer
    const texts = ['say "hi"', 'C:\\charts', 'a\nb\rc\td', 'x\u0001y', '${var.secret}', '%{ if true }', '$${x}', 'cost: $5, 10%', 'Zürich – Ω', '${', 'a}b'];
    // WHEN each is written as an attribute and parsed by hashicorp/hcl (the package's own async API)
    const parsed = await Promise.all(texts.map((t) => parse('t.tf', renderHcl([Hcl.attribute('a', t)]))));
    // THEN each is the literal text again, no interpolation introduced
    expect(parsed.map((p) => literalOf(p.a))).toEqual(texts);
  });
});

describe('HclExpression: the only way to write something that is not a literal', () => {
  test('a reference, a call, an operation and a template are written as HCL', () => {
    expect(HclExpression.ref('kubernetes_namespace_v1.argocd.metadata[0].name').text).toBe('kubernetes_namespace_v1.argocd.metadata[0].name');
    expect(Hcl.call('yamldecode', Hcl.call('file', 'a.yaml')).text).toBe('yamldecode(file("a.yaml"))');
    expect(Hcl.binary(Hcl.call('length', Hcl.ref('var.x')), '>', 0).text).toBe('length(var.x) > 0');
    expect(Hcl.template(Hcl.ref('path.module'), '/../a ${b}.yaml').text).toBe('"${path.module}/../a $${b}.yaml"');
  });

  test('a literal $ just before an interpolation is written ${"$"} (a doubled $ would escape the interpolation)', async () => {
    const t = Hcl.template('price: $$', Hcl.ref('var.amount'));
    expect(t.text).toBe('"price: ${"$"}${"$"}${var.amount}"');
    // the parser reads an interpolation of var.amount (hcl2json folds the constant parts into the text)
    expect(await parse('t.tf', `a = ${t.text}\n`)).toEqual({ a: 'price: $$${var.amount}' });
  });

  test.each<[string, () => unknown, string]>([
    ['a reference that is not identifiers joined by dots', () => HclExpression.ref('var.x; rm -rf /'), 'HCL reference "var.x; rm -rf /" must be identifiers joined by dots, e.g. var.name or helm_release.argocd.name'],
    ['a function name that is not an identifier', () => Hcl.call('file("x")'), 'HCL function name "file(\\"x\\")" must be an identifier'],
    ['an attribute name that is not an identifier', () => Hcl.attribute('app.kubernetes.io/name', 'x'), 'HCL attribute name "app.kubernetes.io/name" must be an identifier'],
    ['a block type that is not an identifier', () => Hcl.block('my block', [], []), 'HCL block type "my block" must be an identifier'],
    ['a number that is not finite', () => renderHcl([Hcl.attribute('n', Number.NaN)]), 'HCL number NaN must be finite'],
  ])('refuses %s', (_name, make, message) => {
    expect(make).toThrow(message);
  });
});

describe('renderHcl: laid out as terraform fmt lays it out', () => {
  test('blocks, aligned attributes, objects with quoted keys, lists, comments wrapped', () => {
    // GIVEN a resource with a comment, literals of every kind, an object, a long list and a nested block
    const text = renderHcl(
      [
        Hcl.block(
          'resource',
          ['kubernetes_secret_v1', 'token'],
          [
            Hcl.block('metadata', [], [Hcl.attribute('name', 'token'), Hcl.attribute('namespace', Hcl.ref('var.namespace'))]),
            Hcl.attribute('type', 'Opaque'),
            Hcl.attribute('immutable', false),
            Hcl.attribute('data', { plain: Hcl.ref('var.a'), 'with-dash': Hcl.ref('var.b'), 'tls.crt': null }),
            Hcl.attribute('count', 1, { comment: 'A comment on an attribute starts a paragraph.' }),
            Hcl.attribute('depends_on', [Hcl.ref('kubernetes_namespace_v1.a_rather_long_name'), Hcl.ref('kubernetes_namespace_v1.another_long_name')]),
            Hcl.attribute('short', [1, 'two']),
            Hcl.block('lifecycle', [], [Hcl.attribute('ignore_changes', Hcl.ref('all'))]),
            Hcl.block('empty', [], []),
          ],
          { comment: `${'word '.repeat(30).trim()}\n  kept as it is` },
        ),
        Hcl.block('output', ['x'], [Hcl.attribute('value', 'x')]),
      ],
      '# header',
    );
    // THEN exactly this
    expect(text).toBe(
      [
        '# header',
        '',
        '# word word word word word word word word word word word word word word word word word word word word word word word',
        '# word word word word word word word',
        '#   kept as it is',
        'resource "kubernetes_secret_v1" "token" {',
        '  metadata {',
        '    name      = "token"',
        '    namespace = var.namespace',
        '  }',
        '',
        '  type      = "Opaque"',
        '  immutable = false',
        '  data = {',
        '    plain       = var.a',
        '    "with-dash" = var.b',
        '    "tls.crt"   = null',
        '  }',
        '',
        '  # A comment on an attribute starts a paragraph.',
        '  count = 1',
        '  depends_on = [',
        '    kubernetes_namespace_v1.a_rather_long_name,',
        '    kubernetes_namespace_v1.another_long_name,',
        '  ]',
        '  short = [1, "two"]',
        '',
        '  lifecycle {',
        '    ignore_changes = all',
        '  }',
        '',
        '  empty {}',
        '}',
        '',
        'output "x" {',
        '  value = "x"',
        '}',
        '',
      ].join('\n'),
    );
  });

  test("what it writes is valid HCL: HashiCorp's parser reads the structure back", async () => {
    const text = renderHcl([
      Hcl.block('variable', ['token'], [Hcl.attribute('type', Hcl.ref('string')), Hcl.attribute('sensitive', true), Hcl.block('validation', [], [Hcl.attribute('condition', Hcl.binary(Hcl.call('length', Hcl.ref('var.token')), '>', 0)), Hcl.attribute('error_message', 'token must not be empty.')])]),
      Hcl.block('locals', [], [Hcl.attribute('nested', { list: [{ a: 1 }, { b: [true, null] }] })]),
    ]);
    expect(await parse('t.tf', text)).toEqual({
      variable: { token: [{ type: '${string}', sensitive: true, validation: [{ condition: '${length(var.token) > 0}', error_message: 'token must not be empty.' }] }] },
      locals: [{ nested: { list: [{ a: 1 }, { b: [true, null] }] } }],
    });
  });
});
