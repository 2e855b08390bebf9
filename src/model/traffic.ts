import { ValueError } from './errors';
import { DNS_LABEL, DNS_SUBDOMAIN } from './names';

/** A Gateway API Gateway (and optionally one of its listeners) an HTTPRoute attaches to. */
export interface GatewayReference {
  /** Name of the Gateway, a DNS label (e.g. the Application Gateway for Containers Gateway `agc-gateway`). */
  readonly name: string;
  /**
   * Namespace of the Gateway, a DNS label. A Gateway in another namespace than the application's must allow routes
   * from it (its listener's `allowedRoutes.namespaces`).
   */
  readonly namespace: string;
  /** Listener of the Gateway the route attaches to (its `sectionName`), e.g. `https`. @default - every listener that accepts the route */
  readonly sectionName?: string;
}

/** Properties of {@link Traffic.gatewayApi}. */
export interface GatewayApiTrafficProps {
  /** The Gateway the application's HTTPRoute attaches to; it terminates TLS for the host. */
  readonly gateway: GatewayReference;
}

/** Properties of {@link Traffic.nginx}. */
export interface NginxTrafficProps {
  /** IngressClass of the NGINX ingress controller. @default 'nginx' */
  readonly ingressClassName?: string;
}

/** The Argo Rollouts traffic router plugin that drives Gateway API HTTPRoutes. */
export interface TrafficRouterPlugin {
  /** Name the Rollout's `trafficRouting.plugins` key and the controller's configuration share. */
  readonly name: string;
  /** Where the controller downloads the plugin binary from at start-up (a pinned release asset). */
  readonly location: string;
}

/**
 * The Gateway API plugin of Argo Rollouts (argoproj-labs/rollouts-plugin-trafficrouter-gatewayapi), pinned to a
 * release. Its binary is downloaded by the Argo Rollouts controller when it starts, in the cluster; synth and the tests
 * only write this URL into the argo-rollouts chart values.
 */
export const GATEWAY_API_PLUGIN: TrafficRouterPlugin = {
  name: 'argoproj-labs/gatewayAPI',
  location: 'https://github.com/argoproj-labs/rollouts-plugin-trafficrouter-gatewayapi/releases/download/v0.13.0/gatewayapi-plugin-linux-amd64',
};

/** The three ways public traffic reaches an application's pods. */
export type TrafficMode = 'agic' | 'gateway-api' | 'nginx';

/**
 * How an environment's public traffic reaches the canary and the stable pods, set per environment in
 * `EnvironmentSettings.traffic` (so an environment's overrides can switch it).
 *
 * - {@link Traffic.agic}: Application Gateway (AGIC) Ingress to the Service of every pod. Argo Rollouts has no AGIC
 *   router, so the canary is replica-weighted: the effective share follows the pod counts.
 * - {@link Traffic.gatewayApi}: a Gateway API HTTPRoute (e.g. Application Gateway for Containers) whose backend
 *   weights the Argo Rollouts Gateway API plugin sets: the share is exactly each step's setWeight.
 * - {@link Traffic.nginx}: an NGINX Ingress to the stable Service; Argo Rollouts' NGINX router adds a weighted canary
 *   Ingress: the share is exactly each step's setWeight.
 */
export abstract class Traffic {
  /** AGIC Ingress, replica-weighted canary (the default). */
  public static agic(): Traffic {
    return new AgicTraffic();
  }

  /**
   * HTTPRoute on a Gateway API Gateway, exact weights through the Argo Rollouts Gateway API plugin. Refuses a Gateway
   * name or namespace that is not a DNS label, and a listener name that is not a lowercase DNS subdomain.
   */
  public static gatewayApi(props: GatewayApiTrafficProps): Traffic {
    const g: Partial<GatewayReference> = props.gateway ?? {};
    for (const f of ['name', 'namespace'] as const) {
      const v = g[f];
      if (typeof v !== 'string' || !DNS_LABEL.test(v)) throw new ValueError(v ?? '', "must be a DNS label (lowercase letters, digits, '-')", `Traffic.gatewayApi: gateway.${f}`);
    }
    if (g.sectionName !== undefined && !DNS_SUBDOMAIN.test(g.sectionName)) {
      throw new ValueError(g.sectionName, 'must be a Gateway listener name (lowercase DNS subdomain)', 'Traffic.gatewayApi: gateway.sectionName');
    }
    return new GatewayApiTraffic({ ...(g as GatewayReference) });
  }

  /**
   * NGINX Ingress to the stable Service, exact weights through Argo Rollouts' NGINX router (canary Ingress). Refuses an
   * IngressClass name that is not a lowercase DNS subdomain.
   */
  public static nginx(props: NginxTrafficProps = {}): Traffic {
    const ingressClassName = props.ingressClassName ?? 'nginx';
    if (!DNS_SUBDOMAIN.test(ingressClassName)) {
      throw new ValueError(ingressClassName, 'must be an IngressClass name (lowercase DNS subdomain)', 'Traffic.nginx: ingressClassName');
    }
    return new NginxTraffic(ingressClassName);
  }

  /** The traffic of settings that name none: AGIC. */
  public static of(traffic: Traffic | undefined): Traffic {
    return traffic ?? Traffic.agic();
  }

  /** Whether a traffic router sets the weights exactly (else the canary is replica-weighted). */
  public readonly routed: boolean;
  /** Whether the application's Ingress serves TLS itself (AGIC, NGINX) rather than the Gateway. */
  public readonly terminatesTls: boolean;
  /** The kind of the object that takes the public host's traffic: `Ingress` or `HTTPRoute`. */
  public readonly routeKind: 'Ingress' | 'HTTPRoute';

  protected constructor(
    /** Which of the three ways. */
    public readonly mode: TrafficMode,
    /** Short name for tables: AGIC, Gateway API, NGINX. */
    public readonly label: string,
    /** One line for tables and dist/README.md. */
    public readonly summary: string,
    how: { readonly routed: boolean; readonly terminatesTls: boolean; readonly routeKind: 'Ingress' | 'HTTPRoute' },
    /** The Gateway of a Gateway API route. */
    public readonly gateway?: GatewayReference,
    /** IngressClass of an NGINX Ingress. */
    public readonly ingressClassName?: string,
  ) {
    this.routed = how.routed;
    this.terminatesTls = how.terminatesTls;
    this.routeKind = how.routeKind;
  }

  /** The traffic router plugin the Argo Rollouts controller needs for this mode. @default - none */
  public get plugin(): TrafficRouterPlugin | undefined {
    return undefined;
  }

  /**
   * How the public host's traffic reaches the pods, in Markdown for dist/README.md: `host` (as the README shows it)
   * through `objectName`, the {@link Traffic.routeKind} that serves it.
   */
  public describeRoute(host: string, objectName: string): string {
    return `${this.summary}: ${host} ${this.path(objectName)}`;
  }

  /** The case of `cases` for this traffic, with what it needs: what a construct builds for each way (src/constructs/traffic/traffic-exposure.ts). */
  public abstract select<T>(cases: TrafficCases<T>): T;

  /** From the object that serves the host to the pods, in Markdown. */
  protected abstract path(objectName: string): string;
}

/** What to do for each of the three ways traffic reaches the pods ({@link Traffic.select}). */
export interface TrafficCases<T> {
  /** An AGIC Ingress to the Service of every pod (replica-weighted). */
  readonly agic: () => T;
  /** An HTTPRoute on `gateway`, whose weights `plugin` sets. */
  readonly gatewayApi: (gateway: GatewayReference, plugin: TrafficRouterPlugin) => T;
  /** An NGINX Ingress of class `ingressClassName` to the stable Service, weighted by Argo Rollouts' NGINX router. */
  readonly nginx: (ingressClassName: string) => T;
}

class AgicTraffic extends Traffic {
  public constructor() {
    super('agic', 'AGIC', 'AGIC Ingress, replica-weighted', { routed: false, terminatesTls: true, routeKind: 'Ingress' });
  }

  public select<T>(cases: TrafficCases<T>): T {
    return cases.agic();
  }

  protected path(objectName: string): string {
    return `through Ingress \`${objectName}\` to the Service of every pod, so the canary's share follows the pod counts`;
  }
}

class GatewayApiTraffic extends Traffic {
  public declare readonly gateway: GatewayReference;

  public constructor(gateway: GatewayReference) {
    const listener = gateway.sectionName ? `, listener ${gateway.sectionName}` : '';
    const summary = `Gateway API HTTPRoute on Gateway ${gateway.namespace}/${gateway.name}${listener}, exact weights`;
    super('gateway-api', 'Gateway API', summary, { routed: true, terminatesTls: false, routeKind: 'HTTPRoute' }, gateway);
  }

  public get plugin(): TrafficRouterPlugin {
    return GATEWAY_API_PLUGIN;
  }

  public select<T>(cases: TrafficCases<T>): T {
    return cases.gatewayApi(this.gateway, this.plugin);
  }

  protected path(objectName: string): string {
    return `through HTTPRoute \`${objectName}\` to the stable and canary Services, weighted by the Argo Rollouts Gateway API plugin (registered in this cluster's Argo Rollouts install)`;
  }
}

class NginxTraffic extends Traffic {
  public declare readonly ingressClassName: string;

  public constructor(ingressClassName: string) {
    super('nginx', 'NGINX', `NGINX Ingress (class ${ingressClassName}), exact weights`, { routed: true, terminatesTls: true, routeKind: 'Ingress' }, undefined, ingressClassName);
  }

  public select<T>(cases: TrafficCases<T>): T {
    return cases.nginx(this.ingressClassName);
  }

  protected path(objectName: string): string {
    return `through Ingress \`${objectName}\` to the stable Service; Argo Rollouts adds the weighted canary Ingress`;
  }
}
