import type { CommandModule } from 'yargs';
import { platform } from '../../config/platform';
import { applyTag, checkDigest, checkTag, flagValue } from '../apply-tag';
import { applicationFlag, environmentFlag } from '../flags';
import { ConfigError, EXIT_CODES_HELP } from '../../model/errors';
import { IMAGE_TAGS_FILE } from '../../model/image-tags';

interface SetImageArgs {
  app?: string;
  env?: string;
  tag?: string;
  digest?: string;
}

/**
 * Checks set-image's flags against the configuration; returns the (app, env, tag, digest) to apply or throws
 * ConfigError naming the flag, the value and the rule.
 */
export function checkSetImage(args: SetImageArgs): { app: string; env: string; tag: string; digest?: string } {
  const [appName, envName, tag] = (['app', 'env', 'tag'] as const).map((flag) => flagValue(args, flag, true)!);
  // a blank --digest is refused naming the application and environment, as every other digest error: after they resolve
  const raw: unknown = (args as Record<string, unknown>).digest;
  const blank = typeof raw === 'string' && raw.trim() === '';
  const digest = blank ? undefined : flagValue(args, 'digest', false);
  const app = applicationFlag(platform, appName);
  const env = environmentFlag(app, envName);
  checkTag(app, env, tag, '--tag');
  if (blank) {
    throw new ConfigError(
      `--digest for ${app.name}/${env.name} must not be empty: give the digest the registry serves for ${tag} (--digest sha256:<64 hex>)${env.tagPolicy.requiresDigest ? '' : ', or leave --digest out to set the tag alone'}`,
    );
  }
  checkDigest(app, env, tag, digest, '--digest');
  return { app: app.name, env: env.name, tag, ...(digest !== undefined ? { digest } : {}) };
}

/** `gridops set-image`: the CI promotion step. */
export const setImageCommand: CommandModule<object, SetImageArgs> = {
  command: 'set-image',
  describe: `Set an application's image tag (and digest) in one environment (${IMAGE_TAGS_FILE}) and re-synthesize dist/`,
  builder: (y) =>
    y
      .option('app', { type: 'string', describe: 'Application name', requiresArg: true })
      .option('env', { type: 'string', describe: 'Environment name', requiresArg: true })
      .option('tag', { type: 'string', describe: 'Image tag: dev-<git sha> for dev/test, vMAJOR.MINOR.PATCH for prod', requiresArg: true })
      .option('digest', {
        type: 'string',
        describe: 'The digest the registry serves for the tag (sha256:<64 hex>): the overlay pins repo:tag@digest; required where the tag policy requires it',
        defaultDescription: 'none: the tag alone (any digest the entry had is dropped)',
        requiresArg: true,
      })
      .example('$0 set-image --app gridos --env dev --tag dev-3f2a9c1', 'promote a commit build to dev')
      .example('$0 set-image --app gridos --env prod --tag v2.1.0 --digest sha256:<64 hex>', 'release v2.1.0 to prod, pinned by its digest')
      .epilogue(EXIT_CODES_HELP),
  handler: (args) => {
    const { app, env, tag, digest } = checkSetImage(args);
    applyTag(app, env, { tag, digest });
  },
};
