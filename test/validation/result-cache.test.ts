import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { packageVersion, ResultCache } from '../../src/validation/result-cache';

/*
 * The generic cache behind the PromQL, HCL and validity caches: a JSON file under node_modules/.cache/gridops-validation/,
 * keyed by sha1(version \0 input), holding the most recently used entries.
 */
const cacheFile = (root: string, name: string) => path.join(root, 'node_modules', '.cache', 'gridops-validation', `${name}.json`);
const keyOf = (version: string, input: string) => createHash('sha1').update(version).update('\0').update(input).digest('base64');
const stored = (root: string, name: string): unknown => JSON.parse(fs.readFileSync(cacheFile(root, name), 'utf8'));

describe('ResultCache', () => {
  const roots: string[] = [];
  const root = () => {
    const r = fs.mkdtempSync(path.join(os.tmpdir(), 'result-cache-'));
    roots.push(r);
    return r;
  };
  afterAll(() => roots.forEach((r) => fs.rmSync(r, { recursive: true, force: true })));

  test('remembers kept results under sha1(version, input), once per process per root and name', () => {
    const r = root();
    const cache = ResultCache.of<{ n: number }>('t', '1.0', r);
    expect(ResultCache.of('t', '1.0', r)).toBe(cache);
    expect(ResultCache.of('u', '1.0', r)).not.toBe(cache);
    let runs = 0;
    const compute = (n: number) => () => (runs++, { n });
    expect(cache.remember('a', compute(1), (v) => v.n > 0)).toEqual({ n: 1 });
    expect(cache.remember('a', compute(9), (v) => v.n > 0)).toEqual({ n: 1 });
    expect(cache.remember('b', compute(-1), (v) => v.n > 0)).toEqual({ n: -1 });
    expect(cache.remember('b', compute(-2), (v) => v.n > 0)).toEqual({ n: -2 });
    expect(runs).toBe(3);
    cache.save();
    expect(stored(r, 't')).toEqual([[keyOf('1.0', 'a'), { n: 1 }]]);
  });

  test('no version: no cache; an empty version hashes the input alone; `true` is stored as the bare key', () => {
    const r = root();
    expect(ResultCache.of('t', undefined, r)).toBeUndefined();
    const cache = ResultCache.of<boolean>('keys', '', r);
    cache.set('x\0{}', true);
    cache.save();
    expect(stored(r, 'keys')).toEqual([createHash('sha1').update('x').update('\0').update('{}').digest('base64')]);
  });

  test('reads what an earlier run stored (either form); a file that is not JSON is an empty cache', () => {
    const r = root();
    fs.mkdirSync(path.dirname(cacheFile(r, 'a')), { recursive: true });
    fs.writeFileSync(cacheFile(r, 'a'), JSON.stringify([[keyOf('2', 'q'), 'stored'], keyOf('2', 'k'), 42, ['bad']]));
    fs.writeFileSync(cacheFile(r, 'b'), 'not json');
    const a = ResultCache.of<string | true>('a', '2', r);
    expect(a.get('q')).toBe('stored');
    expect(a.get('k')).toBe(true);
    expect(a.get('other')).toBeUndefined();
    const b = ResultCache.of<string>('b', '2', r);
    expect(b.get('q')).toBeUndefined();
    b.set('q', 'new');
    b.save();
    expect(stored(r, 'b')).toEqual([[keyOf('2', 'q'), 'new']]);
  });

  test('saves the most recently used entries: what this run read moves to the end, so newer entries evict the unused', () => {
    // GIVEN a full cache (limit 3) holding a, b, c  WHEN a run reads a, then adds d
    const r = root();
    fs.mkdirSync(path.dirname(cacheFile(r, 'lru')), { recursive: true });
    fs.writeFileSync(cacheFile(r, 'lru'), JSON.stringify(['a', 'b', 'c'].map((i) => [keyOf('v', i), i])));
    const cache = ResultCache.of<string>('lru', 'v', r, 3);
    expect(cache.get('a')).toBe('a');
    cache.set('d', 'd');
    cache.save();
    // THEN b, the least recently used, is evicted; a is kept, after c
    expect(stored(r, 'lru')).toEqual(['c', 'a', 'd'].map((i) => [keyOf('v', i), i]));
  });

  test('a run that only reads writes the file only when an entry it read has drifted into the older half', () => {
    // GIVEN a file a, b, c, d of a cache that holds 4
    const r = root();
    const file = cacheFile(r, 'order');
    const entries = (...ids: string[]) => JSON.stringify(ids.map((i) => [keyOf('v', i), i]));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, entries('a', 'b', 'c', 'd'));
    const cache = ResultCache.of<string>('order', 'v', r, 4);
    // WHEN c and d (in the newer half) are read  THEN nothing is written
    expect([cache.get('d'), cache.get('c')]).toEqual(['d', 'c']);
    cache.save();
    expect(fs.readFileSync(file, 'utf8')).toBe(entries('a', 'b', 'c', 'd'));
    // WHEN a (in the older half) is read  THEN the entries are written by last use
    cache.get('a');
    cache.save();
    expect(fs.readFileSync(file, 'utf8')).toBe(entries('b', 'd', 'c', 'a'));
    // WHEN nothing more is used  THEN nothing is written
    fs.writeFileSync(file, 'sentinel');
    cache.get('a');
    cache.save();
    expect(fs.readFileSync(file, 'utf8')).toBe('sentinel');
  });

  test('a cache directory that cannot be written only costs speed', () => {
    const r = root();
    fs.mkdirSync(path.join(r, 'node_modules'));
    fs.writeFileSync(path.join(r, 'node_modules', '.cache'), 'a file, not a directory');
    const cache = ResultCache.of<number>('ro', 'v', r);
    expect(cache.remember('x', () => 1)).toBe(1);
    expect(() => cache.save()).not.toThrow();
    expect(cache.get('x')).toBe(1);
  });

  test('packageVersion reads a package.json version, undefined when missing', () => {
    const r = root();
    fs.writeFileSync(path.join(r, 'package.json'), JSON.stringify({ version: '3.2.1' }));
    expect(packageVersion(path.join(r, 'package.json'))).toBe('3.2.1');
    expect(packageVersion(path.join(r, 'missing', 'package.json'))).toBeUndefined();
  });
});
