import * as fs from 'fs';

/**
 * Writes a file atomically: the data goes to `<file>.<pid>.tmp` beside it, which is then renamed over `file`, so a
 * reader (another process, a concurrent writer, a run after a crash) sees the old file or the new one, never a
 * half-written one. With `mode`, the file gets exactly that mode (an executable: `0o755`). When the write or the
 * rename fails, the temporary file is removed and the error thrown.
 */
export function writeFileAtomic(file: string, data: string | NodeJS.ArrayBufferView, options: { readonly mode?: number } = {}): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, data);
    if (options.mode !== undefined) fs.chmodSync(tmp, options.mode);
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}
