/** The name shapes Kubernetes, DNS and this model accept, defined once for every check. */

/** RFC 1123 label starting with a letter: namespaces, environments, object names (at most 63 characters). */
export const DNS_LABEL = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;

/** RFC 1123 subdomain: dot-separated labels, at most 253 characters. */
export const DNS_SUBDOMAIN = /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** A Kubernetes label key: an optional DNS-subdomain prefix and a name of at most 63 characters. */
export const LABEL_KEY = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;

/** A Kubernetes label value: empty, or at most 63 alphanumerics, '-', '_', '.' starting and ending alphanumeric. */
export const LABEL_VALUE = /^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$/;

/** A host name with at least one dot (ingress hosts). */
export const HOSTNAME = /^(?=.{1,253}$)([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)(\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)+$/;

/** Application names are DNS labels short enough to prefix generated object names. */
export const MAX_APP_NAME = 40;

/** Whether `name` can name an application. */
export function isAppName(name: string): boolean {
  return DNS_LABEL.test(name) && name.length <= MAX_APP_NAME;
}

/** An https:// URL (repositories, cluster API servers, Helm repositories). */
export const HTTPS_URL = /^https:\/\/\S+$/;

/** A GUID, as Entra ID writes tenant, client and object IDs. */
export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** An Azure Key Vault name: 3-24 letters, digits and '-', starting with a letter, not ending with '-'. */
export const KEY_VAULT_NAME = /^[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$/;

/** An environment variable name. */
export const ENV_VAR = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Namespaces an application must not deploy to: the platform's and Kubernetes' own. */
export const RESERVED_NAMESPACES: ReadonlySet<string> = new Set(['argocd', 'argo-rollouts', 'kube-system', 'kube-public', 'kube-node-lease', 'default']);

/** A glob character: Argo CD would read a name holding one as a pattern matching many. */
export const GLOB_PATTERN = /[*?[\]{}!]/;

/** `s` matched literally inside a regular expression (a single character also inside a character class). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
