/** The labels every object of an application carries, and the subset that selects its pods. */
export class AppLabels {
  /** Pod selector: stable for the life of the Rollout (a selector cannot change). */
  public readonly selector: { readonly [key: string]: string };
  /** Labels of every generated object. */
  public readonly common: { readonly [key: string]: string };

  public constructor(public readonly app: string) {
    this.selector = { 'app.kubernetes.io/name': app };
    this.common = { ...this.selector, 'app.kubernetes.io/part-of': app, 'app.kubernetes.io/managed-by': 'gridops' };
  }
}
