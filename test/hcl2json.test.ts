import { parse } from '@cdktf/hcl2json';
import { parseHcl } from '../src/engines/hcl2json';
import { synthesize } from '../src/synthesize';
import { platform } from './fixtures/config/platform';
import { tags } from './support/fixtures';

/*
 * src/engines/hcl2json.ts loads @cdktf/hcl2json's WebAssembly synchronously (synth is synchronous), from the package's
 * own files: its answers must be the package's, through the package's public (async) parse.
 */
describe('parseHcl: HashiCorp\'s parser, synchronously', () => {
  const tree = synthesize(platform, tags()).tree;
  const terraform = [...tree].filter(([file]) => file.endsWith('.tf'));

  test.each(terraform)('%s: the same JSON as the package\'s own parse', async (file, text) => {
    // WHEN the generated file is parsed both ways  THEN the same Terraform JSON
    expect(parseHcl(file, text)).toEqual({ json: await parse(file, text) });
  });

  test('a file that is not HCL: the diagnostics, as the package\'s parse rejects it', async () => {
    // GIVEN an attribute without a value
    const text = 'locals {\n  a =\n}\n';
    // WHEN parsed
    const r = parseHcl('bad.tf', text);
    // THEN HCL's diagnostic, without the bridge's "parse config: [...]" wrapping, and the package rejects it with the same
    expect(r).toEqual({ error: 'bad.tf:2,6-3,1: Invalid expression; Expected the start of an expression, but found an invalid expression token.' });
    await expect(parse('bad.tf', text)).rejects.toThrow(`parse config: [${r.error}]`);
  });

  test('answers every call before returning, many in a row (no event loop turn needed)', () => {
    const results = Array.from({ length: 20 }, (_, i) => parseHcl(`f${i}.tf`, `locals {\n  n = ${i}\n}\n`));
    expect(results.map((r) => (r.json as any).locals[0].n)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });
});
