import * as path from 'path';

/**
 * The repository root. The CLI launcher (bin/gridops.js) sets GRIDOPS_ROOT; in tests and type-checked code the
 * root is the parent of src/.
 */
export const PROJECT_ROOT: string = process.env.GRIDOPS_ROOT ?? path.resolve(__dirname, '..', '..');

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

/** Which base file each kind belongs in (the seed's file names). A kind missing here is a synth error. */
export const FILE_OF_KIND: Readonly<Record<string, string>> = {
  Rollout: 'rollout.yaml',
  Service: 'service.yaml',
  Ingress: 'ingress.yaml',
  HTTPRoute: 'route.yaml',
  ConfigMap: 'config.yaml',
  ServiceAccount: 'config.yaml',
  SecretProviderClass: 'config.yaml',
  HorizontalPodAutoscaler: 'autoscaling.yaml',
  PodDisruptionBudget: 'autoscaling.yaml',
  AnalysisTemplate: 'analysis-templates.yaml',
  PodMonitor: 'monitoring.yaml',
  NetworkPolicy: 'network-policy.yaml',
  Role: 'rbac.yaml',
  RoleBinding: 'rbac.yaml',
};

/** The kustomize configuration of every base (teaches kustomize the Rollout's name references), relative to it. */
export const KUSTOMIZE_CONFIG_FILE = 'kustomizeconfig/rollout-transform.yaml';

/** Where the Argo CD tree is written, relative to the repository root. */
export const ARGOCD_DIR = `${DIST_DIR}/argocd`;

/** Where the Argo CD objects go, relative to ARGOCD_DIR (src/tree/argocd.ts places them; the README names them). */
export const ARGOCD_FILES = {
  project: (project: string) => `projects/${project}-project.yaml`,
  application: (name: string) => `applications/${name}.yaml`,
  applicationSet: (app: string) => `applicationsets/${app}.yaml`,
  rootApplication: 'install/root-app.yaml',
  argoCdInstall: 'install/argocd-install.yaml',
  /** The argo-cd chart's values, which the argocd Application and the bootstrap `helm install` share. */
  argoCdValues: 'install/argocd-values.yaml',
  argoCdIngress: 'install/argocd-ingress.yaml',
  argoCdAlerts: 'install/argocd-alerts.yaml',
  /** Every cluster's Argo Rollouts Application. */
  rolloutsInstall: 'install/argo-rollouts-install.yaml',
  /** A cluster's own manifests, a kustomization its Argo Rollouts Application syncs beside the chart. */
  rolloutsDir: (cluster: string) => `install/argo-rollouts/${cluster}`,
} as const;

/**
 * Where the Terraform bootstrap of Argo CD is written, relative to the repository root: a module that a Terraform
 * configuration of the management cluster calls (src/tree/terraform.ts).
 */
export const TERRAFORM_MODULE_DIR = `${DIST_DIR}/terraform/modules/kubernetes`;

/** The files of the Terraform module, relative to {@link TERRAFORM_MODULE_DIR} (Terraform's conventional names). */
export const TERRAFORM_FILES = {
  main: 'main.tf',
  variables: 'variables.tf',
  outputs: 'outputs.tf',
  versions: 'versions.tf',
} as const;

/** The files of a cluster's Argo Rollouts directory ({@link ARGOCD_FILES.rolloutsDir}), relative to it. */
export const ROLLOUTS_DIR_FILES = {
  dashboardIngress: 'dashboard-ingress.yaml',
  alerts: 'alerts.yaml',
} as const;

/** Which application, and which of its environments, a generated file belongs to (`gridops diff --app/--env`). */
export interface FileOwner {
  readonly app: string;
  /** The environments whose deployment the file shapes: one for an overlay or Application, all for a base or project. */
  readonly envs: readonly string[];
}

