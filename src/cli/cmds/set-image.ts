import * as fs from 'fs';
import * as path from 'path';
import type { CommandModule } from 'yargs';
import { platform } from '../../config/platform';
import { applicationFlag, environmentFlag } from '../flags';
import { ConfigError, EXIT_CODES_HELP } from '../../errors';
import { IMAGE_TAGS_FILE, ImageTags } from '../../image-tags';
import { PROJECT_ROOT } from '../../paths';
import { synthesize } from '../../synthesize';
import { withLock, writeTree } from '../../writer';

interface SetImageArgs {
  app?: string;
  env?: string;
  tag?: string;
}

/** Characters a tag may contain (the OCI tag grammar); anything else, shell metacharacters included, is refused. */
const TAG_CHARS = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;

/**
 * Checks set-image's flags against the configuration; returns the (app, env, tag) to apply or throws ConfigError naming
 * the flag, the value and the rule.
 */
export function checkSetImage(args: SetImageArgs): { app: string; env: string; tag: string } {
  for (const flag of ['app', 'env', 'tag'] as const) {
    const v = args[flag];
    if (v === undefined) throw new ConfigError(`--${flag} is required`);
    if (Array.isArray(v)) throw new ConfigError(`--${flag} is given ${v.length} times (${v.map((x) => `'${x}'`).join(', ')}); give it once`);
    if (typeof v !== 'string' || v.trim() === '') throw new ConfigError(`--${flag} must not be empty`);
  }
  const { app: appName, env: envName, tag } = args as Required<SetImageArgs>;
  const app = applicationFlag(platform, appName);
  const env = environmentFlag(app, envName);
  if (!TAG_CHARS.test(tag)) {
    throw new ConfigError(`--tag '${tag}' is not an image tag: only letters, digits, '_', '.' and '-' are allowed (at most 128, not starting with '.' or '-')`);
  }
  if (!env.tagPolicy.allows(tag)) throw new ConfigError(`--tag '${tag}' breaks the ${env.name} tag policy of ${app.name}: ${env.tagPolicy.rule}`);
  return { app: app.name, env: env.name, tag };
}

/** `gridops set-image`: the CI promotion step. */
export const setImageCommand: CommandModule<object, SetImageArgs> = {
  command: 'set-image',
  describe: `Set an application's image tag in one environment (${IMAGE_TAGS_FILE}) and re-synthesize dist/`,
  builder: (y) =>
    y
      .option('app', { type: 'string', describe: 'Application name', requiresArg: true })
      .option('env', { type: 'string', describe: 'Environment name', requiresArg: true })
      .option('tag', { type: 'string', describe: 'Image tag: dev-<git sha> for dev/test, vMAJOR.MINOR.PATCH for prod', requiresArg: true })
      .example('$0 set-image --app gridos --env dev --tag dev-3f2a9c1', 'promote a commit build to dev')
      .example('$0 set-image --app gridos --env prod --tag v2.1.0', 'release v2.1.0 to prod')
      .epilogue(EXIT_CODES_HELP),
  handler: (args) => {
    const { app, env, tag } = checkSetImage(args);
    const file = path.join(PROJECT_ROOT, IMAGE_TAGS_FILE);
    withLock(PROJECT_ROOT, () => {
      const tags = ImageTags.load(file);
      const before = tags.get(app, env);
      tags.set(app, env, tag);
      // Synthesize with the new tag in memory first: any failure leaves both the data file and dist/ untouched.
      const result = synthesize(platform, ImageTags.parse(tags.toString()));
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, tags.toString());
      fs.renameSync(tmp, file);
      const d = writeTree(PROJECT_ROOT, result.tree);
      console.log(`${app}/${env}: ${before ?? '(none)'} → ${tag}; dist/: ${d.changed.length} changed, ${d.missing.length} written, ${d.stray.length} removed`);
    });
  },
};
