import { ApplicationSpecSource } from '../../../imports/argocd-application-argoproj.io';

/** Properties of {@link ApplicationSource.git}. */
export interface GitSourceProps {
  /** Git repository URL. */
  readonly repoURL: string;
  /** Branch, tag or commit. */
  readonly targetRevision: string;
  /** Directory in the repository: a kustomization. */
  readonly path: string;
}

/** Properties of {@link ApplicationSource.helm}. */
export interface HelmSourceProps {
  /** Helm repository URL. */
  readonly repoURL: string;
  /** Chart name. */
  readonly chart: string;
  /** Exact chart version. */
  readonly version: string;
  /** Helm release name; it prefixes the chart's object names. */
  readonly releaseName: string;
  /** Values, inline. @default - none */
  readonly values?: Record<string, unknown>;
  /** Value files, e.g. `$values/<path>` from a {@link ApplicationSource.ref} source. @default - none */
  readonly valueFiles?: readonly string[];
}

/** Properties of {@link ApplicationSource.ref}. */
export interface RefSourceProps {
  /** Git repository URL. */
  readonly repoURL: string;
  /** Branch, tag or commit. */
  readonly targetRevision: string;
  /** Name other sources use as `$<ref>/path`. */
  readonly ref: string;
}

/** Where an Argo CD Application's manifests come from: a Git path, a Helm chart, or a Git repository for value files. */
export class ApplicationSource {
  /** Manifests from a directory (a kustomization) in a Git repository. */
  public static git(props: GitSourceProps): ApplicationSource {
    return new ApplicationSource(props.repoURL, props.path, { repoUrl: props.repoURL, targetRevision: props.targetRevision, path: props.path });
  }

  /** A Helm chart from a Helm repository, at an exact version. */
  public static helm(props: HelmSourceProps): ApplicationSource {
    return new ApplicationSource(props.repoURL, undefined, {
      repoUrl: props.repoURL,
      chart: props.chart,
      targetRevision: props.version,
      helm: {
        releaseName: props.releaseName,
        valueFiles: props.valueFiles ? [...props.valueFiles] : undefined,
        valuesObject: props.values,
      },
    });
  }

  /** A Git repository that only provides value files to the other sources, as `$<ref>/...`. */
  public static ref(props: RefSourceProps): ApplicationSource {
    return new ApplicationSource(props.repoURL, undefined, { repoUrl: props.repoURL, targetRevision: props.targetRevision, ref: props.ref });
  }

  private constructor(
    /** Repository URL (the AppProject must permit it). */
    public readonly repoURL: string,
    /** Git path of a `git` source. */
    public readonly path: string | undefined,
    /** The source as the Application CRD types spell it. */
    public readonly spec: ApplicationSpecSource,
  ) {}
}
