import { ApplicationConfig } from '../model/application';
import { ConfigError } from '../model/errors';
import { PlatformConfig } from '../model/platform';

/** The reusable workflow of this repository that an application's repository calls. */
export const BUILD_IMAGE_WORKFLOW = '.github/workflows/build-image.yml';

/** Where `gridops new app` and `gridops new workflow` write an application's caller workflow. */
export function appWorkflowFile(app: string): string {
  return `templates/${app}/.github/workflows/ci.yml`;
}

/** An Azure Container Registry's name: 5-50 letters and digits. */
const ACR_NAME = /^[a-zA-Z0-9]{5,50}$/;

/** `<name>.azurecr.io/…` → `name`; undefined for an image in any other registry. */
export function acrNameOf(image: string): string | undefined {
  return /^([a-z0-9]{5,50})\.azurecr\.io\//.exec(image)?.[1];
}

/**
 * `owner/name` of the platform's repository (`https://github.com/YOUR_ORG/sharedinfra(.git)` → `YOUR_ORG/sharedinfra`;
 * a GitHub Enterprise Server's host works the same), as a workflow's `uses:` names it.
 */
export function githubRepositoryOf(repoURL: string): string {
  const m = /^https:\/\/[^/\s]+\/([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(repoURL);
  if (!m) throw new ConfigError(`repoURL '${repoURL}' is not a GitHub repository (https://<host>/<owner>/<name>): the application workflow calls ${BUILD_IMAGE_WORKFLOW} from it`);
  return `${m[1]}/${m[2]}`;
}

/** Options of {@link planAppWorkflow}. */
export interface AppWorkflowOptions {
  /**
   * The Azure Container Registry the workflow logs in to (`az acr login --name`), for an image outside
   * `<name>.azurecr.io` (a registry behind its own domain). @default - the `<name>` of the image's registry
   */
  readonly registry?: string;
}

/** A planned caller workflow: its file, its content and the lines that tell the user what to set up. */
export interface AppWorkflowPlan {
  readonly file: string;
  readonly content: string;
  readonly notes: readonly string[];
}

/** The facts of an application the caller is made of (a scaffold has no ApplicationConfig yet). */
export type AppWorkflowSubject = Pick<ApplicationConfig, 'name' | 'image' | 'environments'>;

/** `# ` comment lines of the words of `parts`, wrapped at 118 columns. */
function comment(...parts: string[]): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of parts.join(' ').split(' ')) {
    if (line && line.length + word.length + 1 > 114) {
      lines.push(`# ${line}`);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(`# ${line}`);
  return lines;
}

/** A list item of a comment: `#   first line`, `#     continued`. */
const indentItem = (line: string, i: number) => line.replace(/^# /, i === 0 ? '#   ' : '#     ');

/** A YAML scalar: plain when it is a plain word, else double-quoted (JSON is YAML). */
const scalar = (s: string) => (/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(s) ? s : JSON.stringify(s));

/**
 * Plans the caller of {@link BUILD_IMAGE_WORKFLOW} for an application's own repository, from the model: the
 * reusable workflow and the dispatch target are the platform's repository (repoURL) at its targetRevision, the image
 * is the application's, `env` its first environment that takes `dev-<sha>` tags and the commented `release-env` its
 * first releasing one. Refuses an image outside an Azure Container Registry unless `registry` names the one to log
 * in to. Nothing is written here.
 */
export function planAppWorkflow(platform: PlatformConfig, app: AppWorkflowSubject, options: AppWorkflowOptions = {}): AppWorkflowPlan {
  const file = appWorkflowFile(app.name);
  if (options.registry !== undefined && !ACR_NAME.test(options.registry)) {
    throw new ConfigError(`--registry '${options.registry}' is not an Azure Container Registry name (5-50 letters and digits)`);
  }
  const acr = acrNameOf(app.image);
  if (acr === undefined && options.registry === undefined) {
    throw new ConfigError(`image '${app.image}' is not in an Azure Container Registry (<name>.azurecr.io) for ${file}, which pushes with az acr login: give --registry <ACR name>`);
  }
  const repository = githubRepositoryOf(platform.repoURL);
  const dev = app.environments.find((e) => !e.tagPolicy.releases);
  const release = app.environments.find((e) => e.tagPolicy.releases);
  const registry = options.registry ?? acr!;
  const lines = [
    ...comment(
      `The image build of ${app.name}, for its own repository: copy this file there as .github/workflows/ci.yml. Written by gridops from ${repository}`,
      `(\`gridops new workflow --app ${app.name}\` writes it again). It calls that repository's ${BUILD_IMAGE_WORKFLOW}: build, run test-command`,
      `against the image, a Trivy scan (HIGH and CRITICAL fail), push ${app.image}:dev-<7-char sha> to ${registry}, then run`,
      `${repository}'s ci-cd.yml (workflow_dispatch {app, env, tag, digest} on ${platform.targetRevision}), which deploys it. A tag vX.Y.Z`,
      `builds nothing: it adds the tag vX.Y.Z to the image that main's build of that commit pushed as dev-<sha> (push the commit to main first).`,
    ),
    `#`,
    ...comment(`Set up once in this repository (${repository}'s README, "The application repositories' build"):`),
    ...comment(
      `secrets AZURE_CLIENT_ID, AZURE_TENANT_ID, AZURE_SUBSCRIPTION_ID: identifiers (no password) of an identity with AcrPush on ${registry}`,
      `and a federated credential for repo:<owner>/<this repository>:environment:acr-push`,
    ).map(indentItem),
    ...comment('the environment acr-push, its deployment branches and tags limited to main and v*').map(indentItem),
    ...comment(
      `the environment gitops-dispatch, its deployment branches and tags limited to main and v*, with the secrets DEPLOY_APP_ID and`,
      `DEPLOY_APP_PRIVATE_KEY of the GitHub App installed on ${repository} with Actions read and write only (no organization or`,
      `repository secret of these names)`,
    ).map(indentItem),
    `name: ci`,
    `on:`,
    `  push:`,
    `    branches: [main]`,
    `    tags: ['v*']`,
    `  pull_request:`,
    `# one build of a ref at a time: an older commit never deploys after a newer one`,
    `concurrency:`,
    `  group: build-image-\${{ github.ref }}`,
    `  cancel-in-progress: false`,
    `permissions: {}`,
    `jobs:`,
    `  build:`,
    `    # and one build of a commit at a time: its tag vX.Y.Z promotes dev-<sha> only after main's build pushed it`,
    `    concurrency:`,
    `      group: build-image-\${{ github.sha }}`,
    `      cancel-in-progress: false`,
    `    uses: ${repository}/${BUILD_IMAGE_WORKFLOW}@${platform.targetRevision}`,
    `    # what build-image.yml's jobs need, each job taking only its own share`,
    `    permissions:`,
    `      contents: read`,
    `      actions: read`,
    `      security-events: write`,
    `      id-token: write`,
    `    with:`,
    `      app: ${scalar(app.name)}`,
    `      image: ${scalar(app.image)}`,
    ...(options.registry !== undefined ? [`      registry: ${scalar(registry)}`] : []),
    `      # the application's tests, on the runner in the repository root; IMAGE_REF is the image just built`,
    `      test-command: make test`,
    `      env: ${dev ? scalar(dev.name) : "''"}`,
    ...(release ? [`      # release-env: ${scalar(release.name)} # a tag vX.Y.Z then asks for that deploy too (ci-cd.yml waits for its approval)`] : []),
    `      # pull requests build, test and scan; only a push to main or a tag v* pushes and deploys`,
    `      push: \${{ github.event_name == 'push' }}`,
    `      gitops-repository: ${scalar(repository)}`,
    `      gitops-ref: ${scalar(platform.targetRevision)}`,
    `    secrets:`,
    `      AZURE_CLIENT_ID: \${{ secrets.AZURE_CLIENT_ID }}`,
    `      AZURE_TENANT_ID: \${{ secrets.AZURE_TENANT_ID }}`,
    `      AZURE_SUBSCRIPTION_ID: \${{ secrets.AZURE_SUBSCRIPTION_ID }}`,
    `      # secrets of the environment gitops-dispatch: passed by name, only its dispatch job gets their values`,
    `      DEPLOY_APP_ID: \${{ secrets.DEPLOY_APP_ID }}`,
    `      DEPLOY_APP_PRIVATE_KEY: \${{ secrets.DEPLOY_APP_PRIVATE_KEY }}`,
    ``,
  ];
  const notes = [
    `${app.name}: ${file}: the caller of ${repository}'s ${BUILD_IMAGE_WORKFLOW}@${platform.targetRevision}; copy it into ${app.name}'s repository as .github/workflows/ci.yml and replace its test-command (make test)`,
  ];
  return { file, content: lines.join('\n'), notes };
}
