import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { HclParseCache } from '../../src/validation/hcl-cache';

/*
 * The HCL parse cache: what an unchanged .tf file parsed to is read from node_modules/.cache/gridops-validation/hcl.json
 * instead of loading the parser; failures are never remembered.
 */
const VERSION = (JSON.parse(fs.readFileSync(require.resolve('@cdktf/hcl2json/package.json'), 'utf8')) as { version: string }).version;
const cacheFile = (root: string) => path.join(root, 'node_modules', '.cache', 'gridops-validation', 'hcl.json');
const keyOf = (text: string) => createHash('sha1').update(VERSION).update('\0').update(text).digest('base64');

describe('HclParseCache', () => {
  const roots: string[] = [];
  const root = () => {
    const r = fs.mkdtempSync(path.join(os.tmpdir(), 'hcl-cache-'));
    roots.push(r);
    return r;
  };
  afterAll(() => roots.forEach((r) => fs.rmSync(r, { recursive: true, force: true })));

  test('remembers what parses, keyed by the parser version and the text, and writes it on save', () => {
    // GIVEN an empty cache  WHEN a file that parses and one that does not are parsed, then saved
    const r = root();
    const cache = HclParseCache.of(r)!;
    expect(cache.parse('a.tf', 'locals {\n  a = 1\n}\n')).toEqual({ json: { locals: [{ a: 1 }] } });
    expect(cache.parse('b.tf', 'locals {\n  a =\n}\n').error).toContain('b.tf:2,6-3,1: Invalid expression');
    cache.save();
    // THEN only the parse is stored, under its key
    expect(JSON.parse(fs.readFileSync(cacheFile(r), 'utf8'))).toEqual([[keyOf('locals {\n  a = 1\n}\n'), { locals: [{ a: 1 }] }]]);
  });

  test('answers from the stored parse without parsing (what a synth of unchanged .tf files does)', () => {
    // GIVEN a stored entry for a text (a made-up parse, which the parser would never give)
    const r = root();
    const text = 'locals {}\n';
    fs.mkdirSync(path.dirname(cacheFile(r)), { recursive: true });
    fs.writeFileSync(cacheFile(r), JSON.stringify([[keyOf(text), { remembered: true }]]));
    // WHEN that text is parsed  THEN the stored parse comes back
    expect(HclParseCache.of(r)!.parse('x.tf', text)).toEqual({ json: { remembered: true } });
  });

  test('a cache file that is not JSON is ignored (parsed again, rewritten on save)', () => {
    const r = root();
    fs.mkdirSync(path.dirname(cacheFile(r)), { recursive: true });
    fs.writeFileSync(cacheFile(r), 'not json');
    const cache = HclParseCache.of(r)!;
    expect(cache.parse('a.tf', 'locals {\n  b = true\n}\n')).toEqual({ json: { locals: [{ b: true }] } });
    cache.save();
    expect(JSON.parse(fs.readFileSync(cacheFile(r), 'utf8'))).toHaveLength(1);
  });
});
