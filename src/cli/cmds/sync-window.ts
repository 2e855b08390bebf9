import * as fs from 'fs';
import * as path from 'path';
import { DateTime } from 'luxon';
import type { CommandModule } from 'yargs';
import { platform } from '../../config/platform';
import { ConfigError, EXIT_CODES_HELP } from '../../model/errors';
import { mergeSettings } from '../../model/application';
import { applicationName } from '../../model/argocd';
import { describeVerdict, formatInZone, projectSyncWindows, syncWindowProblems, syncWindowVerdict, windowZone } from '../../model/window-state';
import { PROJECT_ROOT, ARGOCD_DIR, ARGOCD_FILES } from '../../tree/layout';
import { parseYamlDocuments, YamlSyntaxError } from '../../model/yaml';
import { applicationFlag, environmentFlag } from '../flags';

interface SyncWindowArgs {
  app?: string;
  env?: string;
  at?: string;
  json?: boolean;
}

/** What `gridops sync-window --json` prints. */
export interface SyncWindowReport {
  readonly app: string;
  readonly env: string;
  /** The Argo CD Application, `<app>-<env>`. */
  readonly application: string;
  readonly blocked: boolean;
  /** When automated syncs are let through again, in the window's time zone (`2026-12-01T18:00:00-06:00`). */
  readonly until?: string;
  /** The window that blocks (an active deny window, or the allow window that opens next). */
  readonly window?: { kind: string; schedule: string; duration: string; timeZone: string; manualSync: boolean };
}

/**
 * Whether Argo CD's sync windows block an automated sync of `<app>-<env>` at `at` (default: now), from the AppProject
 * rendered in dist/ under `root`: what Argo CD enforces once it has synced that file. Returns the JSON report and the
 * line to print; bad flags, a missing project or a window Argo CD cannot evaluate throw ConfigError.
 */
export function syncWindowReport(args: SyncWindowArgs, root: string = PROJECT_ROOT, now: Date = new Date()): { report: SyncWindowReport; line: string } {
  for (const flag of ['app', 'env', 'at'] as const) {
    const v = args[flag];
    if (Array.isArray(v)) throw new ConfigError(`--${flag} is given ${v.length} times (${v.map((x) => `'${x}'`).join(', ')}); give it once`);
  }
  if (args.app === undefined || args.env === undefined) throw new ConfigError(`--${args.app === undefined ? 'app' : 'env'} is required`);
  const app = applicationFlag(platform, args.app);
  const env = environmentFlag(app, args.env);
  const at = args.at === undefined ? now : parseAt(args.at);

  const rel = `${ARGOCD_DIR}/${ARGOCD_FILES.project(app.name)}`;
  const file = path.join(root, rel);
  if (!fs.existsSync(file)) throw new ConfigError(`--app '${app.name}': its AppProject ${rel} does not exist (run gridops synth)`);
  let documents: unknown[];
  try {
    documents = parseYamlDocuments(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    if (!(e instanceof YamlSyntaxError)) throw e;
    throw new ConfigError(`--app '${app.name}': ${rel} is not valid YAML (${e.message}): run gridops synth`);
  }
  const project = documents.find((o): o is Record<string, any> => (o as { kind?: unknown } | null)?.kind === 'AppProject');
  if (!project) throw new ConfigError(`--app '${app.name}': ${rel} holds no AppProject`);
  const problems = syncWindowProblems(project);
  if (problems.length > 0) throw new ConfigError(`${rel}: ${problems.join('; ')}`);

  const settings = mergeSettings(app.defaults, env.overrides);
  const application = applicationName(app.name, env.name);
  // the generated Applications name their destination by server, never by cluster name
  const verdict = syncWindowVerdict(projectSyncWindows(project), { name: application, namespace: settings.namespace, server: env.cluster.server }, at);
  const w = verdict.window;
  const report: SyncWindowReport = {
    app: app.name,
    env: env.name,
    application,
    blocked: verdict.blocked,
    ...(verdict.until && w ? { until: formatInZone(verdict.until, windowZone(w)).iso } : {}),
    ...(verdict.blocked && w
      ? { window: { kind: String(w.kind), schedule: String(w.schedule), duration: String(w.duration), timeZone: windowZone(w), manualSync: w.manualSync === true } }
      : {}),
  };
  return { report, line: describeVerdict(application, verdict) };
}

/** An ISO-8601 date and time; one without an offset is UTC. */
function parseAt(value: string): Date {
  const dt = DateTime.fromISO(value, { zone: 'utc' });
  if (!dt.isValid) throw new ConfigError(`--at '${value}' is not an ISO-8601 date and time (e.g. 2026-12-01T12:00:00-06:00)`);
  return dt.toJSDate();
}

/** `gridops sync-window`: would Argo CD sync a new commit to this environment now? */
export const syncWindowCommand: CommandModule<object, SyncWindowArgs> = {
  command: 'sync-window',
  describe: "Whether Argo CD's sync windows (the AppProject in dist/) block an automated sync of <app>-<env> now, and until when",
  builder: (y) =>
    y
      .option('app', { type: 'string', describe: 'Application name', requiresArg: true, demandOption: true })
      .option('env', { type: 'string', describe: 'Environment name', requiresArg: true, demandOption: true })
      .option('at', { type: 'string', describe: 'Evaluate at this time instead of now: ISO-8601, e.g. 2026-12-01T12:00:00-06:00 (no offset: UTC)', requiresArg: true })
      .option('json', { type: 'boolean', default: false, describe: 'Print JSON: { app, env, application, blocked, until?, window? }' })
      .example('$0 sync-window --app gridos --env prod', 'open, or blocked until when')
      .example('$0 sync-window --app gridos --env prod --at 2026-12-01T12:00:00-06:00 --json', 'at a given time, as JSON')
      .epilogue(`Exit code 0 whether blocked or open. ${EXIT_CODES_HELP}`),
  handler: (args) => {
    const { report, line } = syncWindowReport(args);
    console.log(args.json ? JSON.stringify(report, null, 2) : line);
  },
};
