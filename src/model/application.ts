import {
  ApplicationConfigSchema,
  AzureSettingsSchema,
  CanarySettingsSchema,
  Config,
  ContainerConfigSchema,
  EnvironmentConfigSchema,
  EnvironmentSettingsSchema,
  IngressSettingsSchema,
  Overrides,
  ResourceSettingsSchema,
  ScalingSettingsSchema,
  SecretConfigSchema,
  SyncSettingsSchema,
  AnalysisSettingsSchema,
} from './config-schema';

/*
 * The configuration's types are those of its schema (src/model/config-schema.ts), which synth checks the
 * configuration against: the documentation of every field is there.
 */
export type { Overrides } from './config-schema';

/** Pod resources of the application container. */
export type ResourceSettings = Config<typeof ResourceSettingsSchema>;
/** Replica count and autoscaling bounds. The HPA owns the Rollout's replica count. */
export type ScalingSettings = Config<typeof ScalingSettingsSchema>;
/** The canary: weights from the application, pauses per environment. */
export type CanarySettings = Config<typeof CanarySettingsSchema>;
/** Prometheus analysis of the canary's own pods. */
export type AnalysisSettings = Config<typeof AnalysisSettingsSchema>;
/** The public host of an environment, served by its traffic mode (an AGIC or NGINX Ingress, or a Gateway API HTTPRoute). */
export type IngressSettings = Config<typeof IngressSettingsSchema>;
/** Azure Key Vault and workload identity of an environment. */
export type AzureSettings = Config<typeof AzureSettingsSchema>;
/** Everything that may differ between environments. The application's `defaults` is the Kustomize base. */
export type EnvironmentSettings = Config<typeof EnvironmentSettingsSchema>;
/** Argo CD's sync behaviour for an environment. */
export type SyncSettings = Config<typeof SyncSettingsSchema>;
/** One deployment target of an application. */
export type EnvironmentConfig = Config<typeof EnvironmentConfigSchema>;
/** A secret from Key Vault, exposed to the container as an environment variable. */
export type SecretConfig = Config<typeof SecretConfigSchema>;
/** Ports and health endpoints of the container. */
export type ContainerConfig = Config<typeof ContainerConfigSchema>;
/** An application: what it is, its defaults (the Kustomize base), and its environments (the overlays). */
export type ApplicationConfig = Config<typeof ApplicationConfigSchema>;
/** How an application's environments become Argo CD Applications. */
export type ApplicationArgoCdOptions = NonNullable<ApplicationConfig['argocd']>;

/** An environment with its settings resolved (defaults merged with overrides) and its image tag. */
export interface ResolvedEnvironment {
  readonly app: ApplicationConfig;
  readonly env: EnvironmentConfig;
  readonly settings: EnvironmentSettings;
  readonly tag: string;
  /** The digest the tag is pinned by (src/config/image-tags.yaml `tag@sha256:…`). @default - none: the tag alone */
  readonly digest?: string;
}

/** Merges overrides into settings: nested objects key by key; arrays and scalars replace. */
export function mergeSettings<T>(base: T, overrides: Overrides<T> | Readonly<Overrides<T>> | undefined): T {
  if (overrides === undefined) return base;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(overrides as Record<string, unknown>)) {
    if (value === undefined) continue;
    const current = out[key];
    out[key] = isPlainObject(value) && isPlainObject(current) ? mergeSettings(current, value as Overrides<unknown>) : value;
  }
  return out as T;
}

/** An object literal: merged key by key. A class instance (a `Traffic`) is a value and replaces. */
function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}
