import type * as Esbuild from 'esbuild';

/** esbuild's JavaScript API. */
export type EsbuildApi = typeof Esbuild;

let loaded: EsbuildApi | undefined;

/**
 * esbuild, loaded when something is to be built (most runs build nothing). Only its asynchronous API is used: a build
 * runs in esbuild's own process while the launcher goes on (the synchronous API would start a worker thread first).
 * Whoever started the builds calls {@link stopEsbuild} when they are all done.
 */
export function loadEsbuild(): EsbuildApi {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('esbuild') as EsbuildApi;
  return loaded;
}

/** Stops esbuild's process, if one was started: nothing more is to be built. */
export function stopEsbuild(): void {
  void loaded?.stop();
}

/** Whether `err` is esbuild's failure of a build (its messages are in `errors`). */
export function isBuildFailure(err: unknown): err is Esbuild.BuildFailure {
  return typeof err === 'object' && err !== null && Array.isArray((err as Partial<Esbuild.BuildFailure>).errors);
}
