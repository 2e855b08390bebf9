import { spawnSync } from 'child_process';
import * as path from 'path';
import { ConfigError } from '../model/errors';
import { PROJECT_ROOT } from '../tree/layout';
import type { FileEdits } from '../codegen/scaffold';

/*
 * Applying a planned scaffold (gridops new app|env, gridops migrate flagger): write it, synthesize in a fresh process
 * (the new TypeScript must be built) unless it holds placeholders, undo it when synth refuses, and say what is left.
 */

/**
 * Writes `edits` and, without placeholders (`todo`), synthesizes in a fresh process; when synth refuses the result,
 * every edit is undone, then `undoAlso`, and synth's message is reported as `${what} does not synthesize`. With
 * placeholders it leaves dist/ alone: synth refuses them until they are replaced. Returns synth's warnings, as synth
 * prints them.
 */
export async function applyAndSynthesize(edits: FileEdits, todo: readonly string[], what: string, undoAlso: () => void = () => undefined): Promise<string[]> {
  // the scaffolder (and the TypeScript compiler it parses sources with) only once there is a plan
  const { applyEdits } = await import('../codegen/scaffold');
  const undo = applyEdits(PROJECT_ROOT, edits);
  if (todo.length === 0) {
    const r = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'gridops.js'), 'synth', '-q'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    if (r.status !== 0) {
      undo();
      undoAlso();
      throw new ConfigError(`${what} does not synthesize, nothing was changed:\n${(r.stderr || r.stdout).trim()}`);
    }
    return (r.stderr ?? '').split('\n').filter((l) => l.startsWith('warning: '));
  }
  return [];
}

/** What to do next: `regenerated` when dist/ was, else the placeholders to replace. */
export function printNextSteps(todo: readonly string[], regenerated: string): void {
  if (todo.length === 0) {
    console.log(regenerated);
    return;
  }
  console.log(`${todo.length} value${todo.length === 1 ? '' : 's'} to fill in (synth refuses a placeholder, so dist/ was not regenerated):`);
  for (const t of todo) console.log(`  ${t}`);
  console.log('Replace them, then run npm run synth and npm test, and commit the sources and dist/ together.');
}
