import { ApplicationConfig } from './application';
import { ArgoCdSettings } from './argocd';
import { MonitoringSettings } from './monitoring';

/** The whole generated repository: where it lives and which applications it deploys. */
export interface PlatformConfig {
  /** URL of this Git repository, which Argo CD watches. */
  readonly repoURL: string;
  /** Branch, tag or commit Argo CD follows. */
  readonly targetRevision: string;
  /** Applications, each with its environments. */
  readonly applications: readonly ApplicationConfig[];
  /** Argo CD and Argo Rollouts: projects, RBAC groups, installation. */
  readonly argocd: ArgoCdSettings;
  /** The clusters' Prometheus (prometheus-operator): how it finds what gridops generates, and the platform's alerts. */
  readonly monitoring: MonitoringSettings;
}
