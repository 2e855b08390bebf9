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

/** The traffic router plugins synth knows how to register, by name. */
export const TRAFFIC_ROUTER_PLUGINS: readonly TrafficRouterPlugin[] = [GATEWAY_API_PLUGIN];

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
export class Traffic {
  /** AGIC Ingress, replica-weighted canary (the default). */
  public static agic(): Traffic {
    return new Traffic('agic', 'AGIC', 'AGIC Ingress, replica-weighted');
  }

  /** HTTPRoute on a Gateway API Gateway, exact weights through the Argo Rollouts Gateway API plugin. */
  public static gatewayApi(props: GatewayApiTrafficProps): Traffic {
    const g = props.gateway;
    const listener = g.sectionName ? `, listener ${g.sectionName}` : '';
    return new Traffic('gateway-api', 'Gateway API', `Gateway API HTTPRoute on Gateway ${g.namespace}/${g.name}${listener}, exact weights`, { ...g });
  }

  /** NGINX Ingress to the stable Service, exact weights through Argo Rollouts' NGINX router (canary Ingress). */
  public static nginx(props: NginxTrafficProps = {}): Traffic {
    const ingressClassName = props.ingressClassName ?? 'nginx';
    return new Traffic('nginx', 'NGINX', `NGINX Ingress (class ${ingressClassName}), exact weights`, undefined, ingressClassName);
  }

  /** The traffic of settings that name none: AGIC. */
  public static of(traffic: Traffic | undefined): Traffic {
    return traffic ?? Traffic.agic();
  }

  private constructor(
    /** Which of the three ways. */
    public readonly mode: TrafficMode,
    /** Short name for tables: AGIC, Gateway API, NGINX. */
    public readonly label: string,
    /** One line for tables and dist/README.md. */
    public readonly summary: string,
    /** The Gateway of a Gateway API route. */
    public readonly gateway?: GatewayReference,
    /** IngressClass of an NGINX Ingress. */
    public readonly ingressClassName?: string,
  ) {}

  /** Whether a traffic router sets the weights exactly (else the canary is replica-weighted). */
  public get routed(): boolean {
    return this.mode !== 'agic';
  }

  /** The traffic router plugin the Argo Rollouts controller needs for this mode. @default - none */
  public get plugin(): TrafficRouterPlugin | undefined {
    return this.mode === 'gateway-api' ? GATEWAY_API_PLUGIN : undefined;
  }

  /** Whether the application's Ingress serves TLS itself (AGIC, NGINX) rather than the Gateway. */
  public get terminatesTls(): boolean {
    return this.mode !== 'gateway-api';
  }
}
