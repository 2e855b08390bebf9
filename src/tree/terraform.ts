import * as path from 'path';
import { type ArgoCdChart } from '../../charts/argocd-chart';
import { Hcl, HclBlock, HclExpression, HclItem, hclComment, renderHcl } from '../model/hcl';
import { PlatformConfig } from '../model/platform';
import { ARGOCD_DIR, ARGOCD_FILES, TERRAFORM_FILES, TERRAFORM_MODULE_DIR } from './layout';
import { GeneratedFiles, generatedHeader } from './manifest';

/*
 * The Terraform bootstrap of Argo CD (dist/terraform/modules/kubernetes/), from the same model as dist/argocd/: Argo
 * CD's namespace and the Secrets it reads, one helm_release of the argo-cd chart exactly as the `argocd` Application
 * renders it (chart, version, release, namespace and the one values file, read from the committed file), then the
 * platform project and the root app from their committed files. After the first apply Argo CD owns all of them but
 * the namespace and the Secrets, so each is created once and then ignored (`ignore_changes = all`) and protected from
 * `terraform destroy`. Argo Rollouts is Argo CD's to install (one owner each). The validation rules
 * terraform/* (src/validation/rules/terraform.ts) check the rendered files against the rendered Applications.
 */

/** What the module is made from: the platform (Secret names and keys) and the Argo CD chart synth rendered. */
export interface TerraformBootstrapInput {
  readonly platform: PlatformConfig;
  readonly chart: ArgoCdChart;
}

/** Addresses of the module's resources (inside the module): dist/README.md's commands and the tests name them. */
export const TERRAFORM_RESOURCES = {
  namespace: 'kubernetes_namespace_v1.argocd',
  argoCd: 'helm_release.argocd',
  platformProject: 'kubernetes_manifest.platform_project',
  rootApplication: 'kubernetes_manifest.root_application',
} as const;

/** The module's input variables that carry secret values: sensitive, and the only way a value reaches a Secret. */
export const TERRAFORM_SECRET_VARIABLES = ['slack_token', 'sso_client_secret', 'argocd_tls_private_key'] as const;

const SOURCE = 'src/config/platform.ts (src/tree/terraform.ts)';

/** Splits `address` (`type.name`) for a block's labels. */
function labels(address: string): [string, string] {
  const [type, name] = address.split('.');
  return [type, name];
}

const ref = HclExpression.ref;
/** `file("${path.module}/<the repository file, relative to the module>")`: a committed file of the tree, read as is. */
function moduleFile(repoPath: string): HclExpression {
  return Hcl.call('file', Hcl.template(ref('path.module'), `/${path.posix.relative(TERRAFORM_MODULE_DIR, repoPath)}`));
}

/** The lifecycle of an object Terraform creates once and Argo CD owns afterwards. */
function handedOver(why: string): HclBlock {
  return Hcl.block('lifecycle', [], [Hcl.attribute('ignore_changes', ref('all'), { comment: why }), Hcl.attribute('prevent_destroy', true)]);
}

/** The comment main.tf opens with: what the module does, who owns what afterwards, and the first apply. */
function mainIntro({ chart }: TerraformBootstrapInput): string {
  const install = chart.argoCd;
  return hclComment(
    [
      `The bootstrap of Argo CD on the management cluster: its namespace and the Secrets it reads (never in Git), one Helm install of the ${install.release.chart} chart exactly as the ${install.name} Application renders it, then the platform project and the root app. From then on Argo CD manages itself, Argo Rollouts in every cluster and every application from Git: Terraform creates each of those once and hands it over (the lifecycles below). Argo Rollouts is not installed here: Argo CD installs it in every cluster (the argo-rollouts-<cluster> Applications the root app syncs), so each component has one owner.`,
      '',
      'The first apply is two: kubernetes_manifest needs the AppProject and Application CRDs, which the chart installs, when it plans (hashicorp/terraform-provider-kubernetes#1367):',
      `  terraform apply -target=module.<this module>.${TERRAFORM_RESOURCES.argoCd}`,
      '  argocd cluster add <each cluster>   # and argocd repo add, if the repository is private (dist/README.md)',
      '  terraform apply',
    ].join('\n'),
  );
}

/** main.tf: the namespace, the Secrets, Argo CD, the platform project and the root app. */
function mainTf({ platform, chart }: TerraformBootstrapInput): HclItem[] {
  const s = platform.argocd;
  const install = chart.argoCd;
  const r = install.release;
  const namespaceName = ref(`${TERRAFORM_RESOURCES.namespace}.metadata[0].name`);
  const projectFile = `${ARGOCD_DIR}/${ARGOCD_FILES.project(chart.platformProject.name)}`;
  const rootFile = `${ARGOCD_DIR}/${ARGOCD_FILES.rootApplication}`;
  const installFile = `${ARGOCD_DIR}/${ARGOCD_FILES.argoCdInstall}`;
  const secrets = {
    slack: { address: 'kubernetes_secret_v1.slack_token', name: s.slackToken.name, key: s.slackToken.key },
    sso: { address: 'kubernetes_secret_v1.sso_client_secret', name: s.argoCd.sso.clientSecret.name, key: s.argoCd.sso.clientSecret.key },
    tls: { address: 'kubernetes_secret_v1.argocd_tls', name: s.argoCd.tlsSecretName },
  };
  const secretMetadata = (name: string, extra: HclItem[] = []) => Hcl.block('metadata', [], [Hcl.attribute('name', name), Hcl.attribute('namespace', namespaceName), ...extra]);
  return [
    Hcl.block('resource', labels(TERRAFORM_RESOURCES.namespace), [Hcl.block('metadata', [], [Hcl.attribute('name', r.namespace)]), Hcl.block('lifecycle', [], [Hcl.attribute('prevent_destroy', true)])], {
      comment: "Argo CD's namespace. Terraform owns it (no Application manages it). Destroying it would delete Argo CD and every Application with it, and an Application's cascading finalizer deletes its workload: it is protected.",
    }),
    Hcl.block(
      'resource',
      labels(secrets.slack.address),
      [secretMetadata(secrets.slack.name), Hcl.attribute('data', { [secrets.slack.key]: ref('var.slack_token') })],
      { comment: "The Slack bot token of Argo CD's notifications (the chart's notifications.secret.create is false: the chart must not create, and empty, this Secret)." },
    ),
    Hcl.block(
      'resource',
      labels(secrets.sso.address),
      [secretMetadata(secrets.sso.name, [Hcl.attribute('labels', { 'app.kubernetes.io/part-of': 'argocd' })]), Hcl.attribute('data', { [secrets.sso.key]: ref('var.sso_client_secret') })],
      {
        comment: `The client secret of Argo CD's Entra ID app registration: oidc.config reads it as $${secrets.sso.name}:${secrets.sso.key}, which Argo CD resolves only in a Secret labelled app.kubernetes.io/part-of: argocd.`,
      },
    ),
    Hcl.block(
      'resource',
      labels(secrets.tls.address),
      [
        secretMetadata(secrets.tls.name),
        Hcl.attribute('type', 'kubernetes.io/tls'),
        Hcl.attribute('data', { 'tls.crt': ref('var.argocd_tls_certificate'), 'tls.key': ref('var.argocd_tls_private_key') }),
      ],
      { comment: `The certificate Application Gateway terminates TLS with for ${install.settings.host} (the Ingress of ${ARGOCD_DIR}/${ARGOCD_FILES.argoCdIngress}).` },
    ),
    Hcl.block(
      'resource',
      labels(TERRAFORM_RESOURCES.argoCd),
      [
        Hcl.attribute('name', r.releaseName),
        Hcl.attribute('namespace', r.namespace),
        Hcl.attribute('repository', r.repoURL),
        Hcl.attribute('chart', r.chart),
        Hcl.attribute('version', r.version),
        Hcl.attribute('values', [moduleFile(install.valuesFile)], {
          comment: 'The one values file: the committed file the Application reads from Git. No set or set_sensitive: a value set here would differ from what Argo CD renders, and its first sync would undo it; secret values are Secrets (above).',
        }),
        Hcl.attribute('wait', true, { comment: "Wait until the release's Deployments and StatefulSets have their pods ready, so Argo CD runs when the project and the root app are applied. Helm's wait does not wait for CRDs to be established: what makes the AppProject and Application CRDs present when kubernetes_manifest plans is the two-step first apply (the header)." }),
        Hcl.attribute('timeout', ref('var.install_timeout_seconds')),
        Hcl.attribute('depends_on', [ref(TERRAFORM_RESOURCES.namespace), ...Object.values(secrets).map((x) => ref(x.address))], {
          comment: 'Argo CD starts with its Secrets in place (sign-in, notifications).',
        }),
        handedOver(
          `The hand-over. After the first apply Argo CD owns this release: the ${install.name} Application renders the same chart with the same values and self-heals, and a chart or values change is a commit it syncs. So Terraform ignores every attribute (all, not a list: a changed version or values file would make Terraform upgrade Argo CD behind Argo CD's back, a changed name or namespace would make it uninstall and reinstall Argo CD) and never upgrades, rolls back or replaces it; it installs it again only if the release is gone. terraform destroy would uninstall Argo CD: refused (prevent_destroy). To retire the module, terraform state rm it: Argo CD keeps running.`,
        ),
      ],
      {
        comment: `Argo CD, installed once with exactly the chart, version, release name, namespace and values of the ${install.name} Application (${installFile}), which manages it from then on.`,
      },
    ),
    Hcl.block(
      'resource',
      labels(TERRAFORM_RESOURCES.platformProject),
      [
        Hcl.attribute('manifest', Hcl.call('yamldecode', moduleFile(projectFile))),
        Hcl.attribute('depends_on', [ref(TERRAFORM_RESOURCES.argoCd)]),
        handedOver('Created once: the root app syncs this file and owns the project from then on.'),
      ],
      { comment: `The platform project (${projectFile}, the committed file the root app syncs): the ${install.name} Application and the root app belong to it.` },
    ),
    Hcl.block(
      'resource',
      labels(TERRAFORM_RESOURCES.rootApplication),
      [
        Hcl.attribute('manifest', Hcl.call('yamldecode', moduleFile(rootFile))),
        Hcl.attribute('depends_on', [ref(TERRAFORM_RESOURCES.platformProject)]),
        handedOver('Created once: the root app syncs itself (its own file is in the kustomization it syncs).'),
      ],
      {
        comment: `The root app (${rootFile}): syncs ${chart.root.sources[0].path ?? ARGOCD_DIR}, every project and Application, the ${install.name} Application and the Argo Rollouts installs included.`,
      },
    ),
  ];
}

/** A sensitive string variable carrying a secret value, validated by `condition` (`message` when it fails). */
function secretVariable(name: string, description: string, condition: HclExpression, message: string): HclBlock {
  return Hcl.block('variable', [name], [
    Hcl.attribute('description', description),
    Hcl.attribute('type', ref('string')),
    Hcl.attribute('sensitive', true),
    Hcl.attribute('nullable', false),
    Hcl.block('validation', [], [Hcl.attribute('condition', condition), Hcl.attribute('error_message', message)]),
  ]);
}

/** variables.tf: the Secrets' values (sensitive) and the install timeout; nothing that could make Terraform's Argo CD differ from Argo CD's. */
function variablesTf({ platform }: TerraformBootstrapInput): HclItem[] {
  const s = platform.argocd;
  const nonEmpty = (v: string) => Hcl.binary(Hcl.call('length', Hcl.call('trimspace', ref(`var.${v}`))), '>', 0);
  const [slack, sso, tlsKey] = TERRAFORM_SECRET_VARIABLES;
  return [
    secretVariable(
      slack,
      `Slack bot token of Argo CD's notifications (Secret ${s.slackToken.name}, key ${s.slackToken.key}). Never in Git: pass it as TF_VAR_${slack} or from a secret store.`,
      Hcl.call('startswith', ref(`var.${slack}`), 'xoxb-'),
      `${slack} must be a Slack bot token (xoxb-...).`,
    ),
    secretVariable(
      sso,
      `Client secret of Argo CD's Entra ID app registration (client ID ${s.argoCd.sso.clientId}; Secret ${s.argoCd.sso.clientSecret.name}, key ${s.argoCd.sso.clientSecret.key}).`,
      nonEmpty(sso),
      `${sso} must not be empty.`,
    ),
    Hcl.block('variable', ['argocd_tls_certificate'], [
      Hcl.attribute('description', `PEM certificate (chain) of ${s.argoCd.host} (Secret ${s.argoCd.tlsSecretName}, key tls.crt). Not secret.`),
      Hcl.attribute('type', ref('string')),
      Hcl.attribute('nullable', false),
      Hcl.block('validation', [], [
        Hcl.attribute('condition', Hcl.call('startswith', Hcl.call('trimspace', ref('var.argocd_tls_certificate')), '-----BEGIN CERTIFICATE-----')),
        Hcl.attribute('error_message', 'argocd_tls_certificate must be a PEM certificate (-----BEGIN CERTIFICATE-----).'),
      ]),
    ]),
    secretVariable(
      tlsKey,
      `PEM private key of the certificate of ${s.argoCd.host} (Secret ${s.argoCd.tlsSecretName}, key tls.key).`,
      Hcl.call('can', Hcl.call('regex', '^-----BEGIN ([A-Z]+ )?PRIVATE KEY-----', Hcl.call('trimspace', ref(`var.${tlsKey}`)))),
      `${tlsKey} must be a PEM private key (-----BEGIN PRIVATE KEY-----, or RSA/EC PRIVATE KEY).`,
    ),
    Hcl.block('variable', ['install_timeout_seconds'], [
      Hcl.attribute('description', 'How long the first Helm install of Argo CD may take, in seconds (until its Deployments and StatefulSets have their pods ready).'),
      Hcl.attribute('type', ref('number')),
      Hcl.attribute('default', 600),
      Hcl.block('validation', [], [
        Hcl.attribute('condition', Hcl.binary(ref('var.install_timeout_seconds'), '>=', 60)),
        Hcl.attribute('error_message', 'install_timeout_seconds must be at least 60.'),
      ]),
    ]),
  ];
}

/** outputs.tf: what the caller may depend on. */
function outputsTf({ platform }: TerraformBootstrapInput): HclItem[] {
  const output = (name: string, description: string, value: HclExpression | string) =>
    Hcl.block('output', [name], [Hcl.attribute('description', description), Hcl.attribute('value', value)]);
  return [
    output('namespace', "Argo CD's namespace on the management cluster.", ref(`${TERRAFORM_RESOURCES.namespace}.metadata[0].name`)),
    output('argocd_release', 'Name of the Helm release Terraform installed Argo CD as (the argocd Application renders the same release).', ref(`${TERRAFORM_RESOURCES.argoCd}.name`)),
    output(
      'argocd_chart_version',
      'The argo-cd chart version Terraform installed (the first apply; later versions are commits the argocd Application syncs).',
      ref(`${TERRAFORM_RESOURCES.argoCd}.version`),
    ),
    output('platform_project', 'The AppProject of the platform (Argo CD, Argo Rollouts and the root app).', ref(`${TERRAFORM_RESOURCES.platformProject}.manifest.metadata.name`)),
    output('root_application', 'The root app, which syncs everything in dist/argocd/.', ref(`${TERRAFORM_RESOURCES.rootApplication}.manifest.metadata.name`)),
    output('argocd_url', "Argo CD's UI and API (behind Application Gateway).", `https://${platform.argocd.argoCd.host}`),
  ];
}

/** versions.tf: Terraform and the two providers, pinned; no provider configuration (the caller's). */
function versionsTf(): HclItem[] {
  return [
    Hcl.block(
      'terraform',
      [],
      [
        Hcl.attribute('required_version', '>= 1.5.0'),
        Hcl.block('required_providers', [], [
          Hcl.attribute('helm', { source: 'hashicorp/helm', version: '~> 3.0' }, { comment: 'v3: the plugin framework (set = [...] lists, provider kubernetes = { ... }).' }),
          Hcl.attribute('kubernetes', { source: 'hashicorp/kubernetes', version: '~> 2.38' }),
        ]),
      ],
      {
        comment: [
          'No provider blocks: a module leaves provider configuration to its caller (a module that configures providers cannot be used with count, for_each or depends_on). The caller configures both for the management cluster:',
          '  provider "kubernetes" { ... }',
          '  provider "helm" { kubernetes = { ... } }',
          'with credentials Terraform knows when it plans (kubernetes_manifest reads the cluster at plan time).',
        ].join('\n'),
      },
    ),
  ];
}

/** The module's files (path relative to the repository root → its items), in the order of TERRAFORM_FILES. */
export function terraformModule(input: TerraformBootstrapInput): ReadonlyMap<string, readonly HclItem[]> {
  const at = (file: string) => `${TERRAFORM_MODULE_DIR}/${file}`;
  return new Map([
    [at(TERRAFORM_FILES.main), mainTf(input)],
    [at(TERRAFORM_FILES.variables), variablesTf(input)],
    [at(TERRAFORM_FILES.outputs), outputsTf(input)],
    [at(TERRAFORM_FILES.versions), versionsTf()],
  ]);
}

/** The files of dist/terraform/modules/kubernetes/, each with the generated-file header. */
export function terraformFiles(input: TerraformBootstrapInput): GeneratedFiles {
  const files = new GeneratedFiles();
  const main = `${TERRAFORM_MODULE_DIR}/${TERRAFORM_FILES.main}`;
  for (const [file, items] of terraformModule(input)) {
    files.text(file, renderHcl(items, file === main ? `${generatedHeader(SOURCE)}\n${mainIntro(input)}` : generatedHeader(SOURCE)));
  }
  return files;
}
