import * as path from 'path';

/**
 * The repository root. The CLI launcher (bin/gridops.js) sets GRIDOPS_ROOT; in tests and type-checked code the
 * root is the parent of src/.
 */
export const PROJECT_ROOT: string = process.env.GRIDOPS_ROOT ?? path.resolve(__dirname, '..');

/** Where the generated tree is written, relative to the repository root. Argo CD Applications point below it. */
export const DIST_DIR = 'dist';

/** Path of an application's directory in dist/. */
export function appDir(app: string): string {
  return `${DIST_DIR}/applications/${app}`;
}

/** Path of an application's Kustomize base in dist/ (every overlay of the application builds on it). */
export function baseDir(app: string): string {
  return `${appDir(app)}/base`;
}

/**
 * The base as an overlay of the application names it, relative to the overlay's directory (`../../base`): the same
 * for every environment (the overlay's kustomization and the Argo CD Applications' manifest-generate-paths use it).
 */
export function baseFromOverlay(app: string): string {
  return path.posix.relative(overlayDir(app, 'env'), baseDir(app));
}

/** Path of an environment's overlay directory in dist/ (what its Argo CD Application syncs). */
export function overlayDir(app: string, env: string): string {
  return `${appDir(app)}/overlays/${env}`;
}
