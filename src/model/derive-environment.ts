import { EnvironmentConfig, EnvironmentSettings, mergeSettings, Overrides } from './application';

/** What a derived environment changes from the one it starts from. */
export interface EnvironmentChanges {
  /** Name of the new environment. */
  readonly name: string;
  /** Slack channel of its notifications. @default - the original's, with the environment name replaced */
  readonly slackChannel?: string;
  /** Cluster it deploys to. @default - the original's cluster */
  readonly cluster?: { readonly name: string; readonly server: string };
  /** Namespace, when it shares a cluster with another environment. @default - the original's */
  readonly namespace?: string;
  /** Ingress host. @default - the original's */
  readonly ingressHost?: string;
  /** Client ID of its workload identity. @default - the original's (federate it with the new ServiceAccount too) */
  readonly clientId?: string;
  /** Its Key Vault. @default - the original's */
  readonly keyVaultName?: string;
}

/**
 * A new environment that starts as a copy of another (`gridops new env <name> --from <env>` writes a call to this):
 * same tag policy, sync, windows and overrides — the original's namespace, identity, Key Vault and host included, as
 * the original states them — with the name and, where given, cluster, namespace, host, identity, Key Vault and Slack
 * channel changed.
 */
export function deriveEnvironment(from: EnvironmentConfig, changes: EnvironmentChanges): EnvironmentConfig {
  const azure = changes.clientId !== undefined || changes.keyVaultName !== undefined ? { clientId: changes.clientId, keyVaultName: changes.keyVaultName } : undefined;
  const overrides = mergeSettings<Overrides<EnvironmentSettings>>(from.overrides ?? {}, {
    namespace: changes.namespace,
    ingress: changes.ingressHost !== undefined ? { host: changes.ingressHost } : undefined,
    azure,
  });
  return {
    ...from,
    name: changes.name,
    cluster: changes.cluster ?? from.cluster,
    slackChannel: changes.slackChannel ?? from.slackChannel.split(from.name).join(changes.name),
    overrides,
  };
}
