import { removeRunTmpdir, RUN_TMPDIR, SYSTEM_TMPDIR } from './run-tmpdir';
import { TypeCheck, TYPECHECK } from './typecheck';

/**
 * After the run: waits for the type check npm test started (global-setup.ts) and fails the run on a type error;
 * removes the run's temporary directory, with the cdk8s outdirs the suites leave, and fails the run when it could not,
 * or when a TempRepo was not removed by its suite (afterAll → repo.remove()). With a test name filter (-t) jest skips
 * the afterAll of suites it does not run, so their copies are only removed then.
 */
export default async function globalTeardown(): Promise<void> {
  const typecheck = await (globalThis as { [TYPECHECK]?: Promise<TypeCheck> })[TYPECHECK];
  const problems: string[] = [];
  const dir = process.env[RUN_TMPDIR];
  if (dir) {
    if (process.env[SYSTEM_TMPDIR]) process.env.TMPDIR = process.env[SYSTEM_TMPDIR];
    const left = removeRunTmpdir(dir);
    if (left.remains) problems.push(`the run's temporary directory ${dir} could not be removed`);
    const filtered = process.argv.some((a) => a === '-t' || a.startsWith('--testNamePattern') || a === '-f' || a === '--onlyFailures');
    if (left.repos.length > 0 && !filtered) {
      problems.push(`${left.repos.length} TempRepo copies were not removed by their suites (afterAll(() => repo.remove())): ${left.repos.join(', ')}`);
    }
  }
  if (typecheck && typecheck.status !== 0) {
    process.stderr.write(typecheck.output);
    problems.push(`tsc --noEmit failed (exit ${typecheck.status}): the type errors are above`);
  }
  if (problems.length > 0) throw new Error(problems.join('; '));
}
