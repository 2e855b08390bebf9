import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { applyTag } from '../src/cli/apply-tag';
import { reportError } from '../src/cli/report-error';
import { platform } from './fixtures/config/platform';
import { IMAGE_TAGS_FILE, ImageTags } from '../src/model/image-tags';
import { synthesize } from '../src/synthesize';
import { SetupError } from '../src/model/errors';
import { checkWritable, NODE_IO, WriterIo, writeTree } from '../src/output/writer';

// We run as root, for whom no permission check fails: the tests make the writer's file operations fail instead,
// through the WriterIo it is given (NODE_IO with one operation replaced).

/** A failed system call as node reports it. */
function sysError(code: string, syscall: string, file: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: permission denied, ${syscall} '${file}'`), { code, syscall, path: file });
}

describe('writeTree: writability and a swap that fails half-way', () => {
  const before = new Map([
    ['dist/a/one.yaml', 'one: 1\n'],
    ['dist/a/b/two.yaml', 'two: 2\n'],
  ]);
  const after = new Map([
    ['dist/a/one.yaml', 'one: 10\n'],
    ['dist/c/three.yaml', 'three: 3\n'],
  ]);
  let root: string;
  /** Every file under dist/ with its content, and what else is in the root. */
  const state = () => {
    const files: Record<string, string> = {};
    const walk = (rel: string) => {
      for (const e of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
        if (e.isDirectory()) walk(`${rel}/${e.name}`);
        else files[`${rel}/${e.name}`] = fs.readFileSync(path.join(root, rel, e.name), 'utf8');
      }
    };
    if (fs.existsSync(path.join(root, 'dist'))) walk('dist');
    return { files, root: fs.readdirSync(root).sort() };
  };
  const BEFORE = { files: Object.fromEntries(before), root: ['dist'] };

  beforeEach(() => {
    // GIVEN a repository root whose dist/ holds `before`
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'gridops-writer-'));
    writeTree(root, before);
    expect(state()).toEqual(BEFORE);
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  test('a directory of dist/ that is not writable: one-line error, nothing moved, nothing left behind', () => {
    // GIVEN dist/a/b/ refuses writes
    const io: WriterIo = {
      ...NODE_IO,
      accessSync: (file, mode) => {
        if (file === path.join(root, 'dist', 'a', 'b')) throw sysError('EACCES', 'access', file);
        NODE_IO.accessSync(file, mode);
      },
    };
    // WHEN / THEN
    expect(() => writeTree(root, after, io)).toThrow(new SetupError('cannot write dist/: dist/a/b/ is not writable (EACCES); nothing was changed'));
    expect(state()).toEqual(BEFORE); // no .gridops-staging-*, .gridops-old-* or .gridops.lock
  });

  test('a repository root that is not writable: one-line error naming it, nothing moved', () => {
    // GIVEN the root refuses writes (a read-only file system)
    const io: WriterIo = { ...NODE_IO, accessSync: (file) => {
      if (file === root) throw sysError('EROFS', 'access', file);
    } };
    // WHEN / THEN
    expect(() => checkWritable(root, io)).toThrow(new SetupError(`cannot write dist/: the repository root ${root} is not writable (EROFS); nothing was changed`));
    expect(() => writeTree(root, after, io)).toThrow(SetupError);
    expect(state()).toEqual(BEFORE);
  });

  test('moving dist/ aside fails: dist/ unchanged, the staged tree removed', () => {
    // GIVEN every rename fails
    const io: WriterIo = { ...NODE_IO, renameSync: (from) => {
      throw sysError('EACCES', 'rename', from);
    } };
    // WHEN / THEN
    expect(() => writeTree(root, after, io)).toThrow(new SetupError('cannot write dist/: moving dist/ aside failed (EACCES); dist/ is unchanged'));
    expect(state()).toEqual(BEFORE);
  });

  test('moving the new tree in fails: the previous dist/ is put back and what was made is removed', () => {
    // GIVEN the second rename (staged tree → dist/) fails
    const renames: string[] = [];
    const io: WriterIo = { ...NODE_IO, renameSync: (from, to) => {
      renames.push(`${path.relative(root, from)} → ${path.relative(root, to)}`);
      if (from.includes('.gridops-staging-')) throw sysError('EACCES', 'rename', from);
      NODE_IO.renameSync(from, to);
    } };
    // WHEN / THEN
    expect(() => writeTree(root, after, io)).toThrow(new SetupError('cannot write dist/: moving the new tree into dist/ failed (EACCES); the previous dist/ is back, nothing was changed'));
    const parked = `.gridops-old-${process.pid}`;
    expect(renames).toEqual([`dist → ${parked}`, `.gridops-staging-${process.pid}/dist → dist`, `${parked} → dist`]);
    expect(state()).toEqual(BEFORE);
  });

  test('moving the new tree in and putting the old one back both fail: the message says where it is, the next synth restores it', () => {
    // GIVEN only dist/ → parked succeeds
    const io: WriterIo = { ...NODE_IO, renameSync: (from, to) => {
      if (!from.endsWith(`${path.sep}dist`) || to.endsWith(`${path.sep}dist`)) throw sysError('EIO', 'rename', from);
      NODE_IO.renameSync(from, to);
    } };
    const parked = `.gridops-old-${process.pid}`;
    // WHEN / THEN
    expect(() => writeTree(root, after, io)).toThrow(
      new SetupError(`cannot write dist/: moving the new tree into dist/ failed (EIO), and putting the previous dist/ back failed (EIO): it is in ${parked}, which the next synth restores`),
    );
    expect(state().root).toEqual([parked]);
    // WHEN the next synth runs THEN it restores the parked copy, then writes
    writeTree(root, after);
    expect(state()).toEqual({ files: Object.fromEntries(after), root: ['dist'] });
  });

  test('the CLI reports these as one line, exit code 2', () => {
    // GIVEN / WHEN / THEN
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(reportError(new SetupError('cannot write dist/: dist/a/b/ is not writable (EACCES); nothing was changed'), {})).toBe(2);
      expect(spy.mock.calls).toEqual([['error: cannot write dist/: dist/a/b/ is not writable (EACCES); nothing was changed']]);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('set-image when dist/ cannot be written', () => {
  test('the tags file is put back: the data and dist/ never disagree', () => {
    // GIVEN a repository root with the shipped tags and their dist/
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gridops-set-image-'));
    try {
      const tagsFile = path.join(root, IMAGE_TAGS_FILE);
      fs.mkdirSync(path.dirname(tagsFile), { recursive: true });
      fs.copyFileSync(path.join(__dirname, 'fixtures', 'config', 'image-tags.yaml'), tagsFile);
      writeTree(root, synthesize(platform, ImageTags.load(tagsFile)).tree);
      const tagsBefore = fs.readFileSync(tagsFile, 'utf8');
      const distBefore = fs.readFileSync(path.join(root, 'dist/applications/gridos/overlays/dev/kustomization.yaml'), 'utf8');
      // WHEN the swap of dist/ fails
      const io: WriterIo = { ...NODE_IO, renameSync: (from, to) => {
        if (from.includes('.gridops-staging-')) throw sysError('EACCES', 'rename', from);
        NODE_IO.renameSync(from, to);
      } };
      // THEN the error, and both files as they were
      expect(() => applyTag('gridos', 'dev', { tag: 'dev-1234567' }, { root, io, platform })).toThrow(
        new SetupError('cannot write dist/: moving the new tree into dist/ failed (EACCES); the previous dist/ is back, nothing was changed'),
      );
      expect(fs.readFileSync(tagsFile, 'utf8')).toBe(tagsBefore);
      expect(fs.readFileSync(path.join(root, 'dist/applications/gridos/overlays/dev/kustomization.yaml'), 'utf8')).toBe(distBefore);
      expect(fs.readdirSync(root).sort()).toEqual(['dist', 'src']);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
