import { ExitCode } from '../model/errors';

/**
 * Errors known by name, not by class: the launcher's two bundles (cli.js and fast.js, src/cli/launcher/) each hold
 * their own copy of src/model/errors.ts, so an error thrown by one is not an instance of the other's class.
 */
const EXIT_CODE_OF: Readonly<Record<string, number>> = {
  ConfigError: ExitCode.USAGE,
  SetupError: ExitCode.USAGE,
  CheckError: ExitCode.CHECK_FAILED,
  ValidationError: ExitCode.CHECK_FAILED,
};

/** The first line of a message (node's module errors append a "Require stack:" list). */
function firstLine(message: string): string {
  return message.split('\n')[0];
}

/**
 * What the user sees for `err`, and the exit code: `error: <message>` for the errors the CLI means to report (a
 * missing package names `npm ci`, a failed system call is shown as node words it); anything else is a bug,
 * `error: internal error: <message> (GRIDOPS_DEBUG=1 for the stack)`. The message lines never include a stack.
 */
export function describeError(err: unknown, debug = false): { readonly message: string; readonly code: number } {
  const e = err instanceof Error ? (err as NodeJS.ErrnoException) : undefined;
  const known = e ? EXIT_CODE_OF[e.name] : undefined;
  if (e && known !== undefined) return { message: `error: ${e.message}`, code: known };
  // a package that cannot be loaded (not one of our own relative modules): the checkout was not installed
  if (e?.code === 'MODULE_NOT_FOUND' && /^Cannot find module '[^./]/.test(e.message)) {
    return { message: `error: node_modules is missing or incomplete (${firstLine(e.message)}): run npm ci`, code: ExitCode.USAGE };
  }
  // a system call that failed (EACCES, ENOSPC, EROFS, ...): node's message names the call and the path
  if (e && typeof e.code === 'string' && typeof e.syscall === 'string') return { message: `error: ${firstLine(e.message)}`, code: ExitCode.USAGE };
  const text = e ? firstLine(e.message) || e.name : String(err);
  return { message: `error: internal error: ${text}${debug ? '' : ' (GRIDOPS_DEBUG=1 for the stack)'}`, code: ExitCode.USAGE };
}

/**
 * Prints an error the way users should see it — one `error:` line (a ConfigError or ValidationError listing several
 * problems lists them below it), with the stack after it only when GRIDOPS_DEBUG=1 — and returns the exit code.
 */
export function reportError(err: unknown, env: NodeJS.ProcessEnv = process.env): number {
  const debug = env.GRIDOPS_DEBUG === '1';
  const { message, code } = describeError(err, debug);
  console.error(message);
  if (debug && err instanceof Error && err.stack) console.error(err.stack);
  return code;
}
