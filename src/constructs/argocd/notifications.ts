/**
 * The Argo CD notifications every application environment subscribes its Slack channel to. The argo-cd chart ships
 * no triggers or templates, so the install values define exactly these, and the Applications subscribe to exactly
 * these: one list, so a subscription can never name a trigger that does not exist.
 */
export interface NotificationTrigger {
  /** Trigger name, used in `notifications.argoproj.io/subscribe.<trigger>.slack`. */
  readonly trigger: string;
  /** What the trigger means. */
  readonly description: string;
  /** Condition over the Application (Argo CD notifications expression language). */
  readonly when: string;
  /** Send at most once per value of this expression. @default - every time the condition becomes true */
  readonly oncePer?: string;
  /** Template name. */
  readonly template: string;
  /** Slack message. */
  readonly message: string;
}

const APP_LINK = '{{.context.argocdUrl}}/applications/{{.app.metadata.namespace}}/{{.app.metadata.name}}';

/** Sync failed, health degraded, deployed. */
export const NOTIFICATION_TRIGGERS: readonly NotificationTrigger[] = [
  {
    trigger: 'on-sync-failed',
    description: 'Syncing the application failed',
    when: "app.status.operationState != nil and app.status.operationState.phase in ['Error', 'Failed']",
    template: 'app-sync-failed',
    message:
      ':x: Sync of *{{.app.metadata.name}}* failed at {{.app.status.operationState.finishedAt}}: {{.app.status.operationState.message}}\n' +
      `${APP_LINK}?operation=true\n`,
  },
  {
    trigger: 'on-health-degraded',
    description: 'The application is degraded (e.g. an aborted canary)',
    when: "app.status.health.status == 'Degraded'",
    template: 'app-health-degraded',
    message: ':warning: *{{.app.metadata.name}}* is degraded (revision {{.app.status.sync.revision}}).\n' + `${APP_LINK}\n`,
  },
  {
    trigger: 'on-deployed',
    description: 'A new revision is synced and healthy; sent once per revision',
    when: "app.status.operationState != nil and app.status.operationState.phase in ['Succeeded'] and app.status.health.status == 'Healthy'",
    oncePer: 'app.status.operationState?.syncResult?.revision',
    template: 'app-deployed',
    message: ':white_check_mark: *{{.app.metadata.name}}* is running revision {{.app.status.sync.revision}}, synced and healthy.\n' + `${APP_LINK}\n`,
  },
];

/** The subscription annotations that send an Application's notifications to a Slack channel. */
export function slackSubscriptions(channel: string): Record<string, string> {
  return Object.fromEntries(NOTIFICATION_TRIGGERS.map((t) => [`notifications.argoproj.io/subscribe.${t.trigger}.slack`, channel]));
}
