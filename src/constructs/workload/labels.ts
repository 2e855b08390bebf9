/** The labels every object of an application carries, and the subset that selects its pods. */
export class AppLabels {
  /**
   * Pod selector: stable for the life of the Rollout (a Rollout's or Deployment's selector cannot change), so it holds
   * the name alone; the other labels are on the objects and pods, never in a selector.
   */
  public readonly selector: { readonly [key: string]: string };
  /** Labels of every generated object. */
  public readonly common: { readonly [key: string]: string };

  public constructor(public readonly app: string) {
    this.selector = { 'app.kubernetes.io/name': app };
    this.common = {
      ...this.selector,
      // The recommended label's instance of the application: its name, which is also the Rollout's name (Polaris'
      // metadataAndInstanceMismatched compares a controller's instance label with its metadata.name). Argo CD v3
      // tracks what it manages by the argocd.argoproj.io/tracking-id annotation (its default), not by this label.
      'app.kubernetes.io/instance': app,
      'app.kubernetes.io/part-of': app,
      'app.kubernetes.io/managed-by': 'gridops',
    };
  }
}
