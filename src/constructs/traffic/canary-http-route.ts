import { Construct } from 'constructs';
import { HttpRoute, HttpRouteSpecRulesMatchesPathType } from '../../../imports/gateway-httproute-gateway.networking.k8s.io';
import { GATEWAY_API_PLUGIN, GatewayReference, TrafficRouterPlugin } from '../../model/traffic';
import { IRolloutTrafficRouter } from '../workload/canary-rollout';
import { CanaryServices } from '../workload/canary-services';
import { AppLabels } from '../workload/labels';

/** Properties of {@link CanaryHttpRoute}. */
export interface CanaryHttpRouteProps {
  readonly labels: AppLabels;
  readonly namespace: string;
  /** The Gateway the route attaches to (its parentRef). */
  readonly gateway: GatewayReference;
  /** Public host name the route serves. */
  readonly host: string;
  /**
   * The Rollout's Services, on their port: the stable one takes all traffic while no canary runs, the canary one
   * weight 0 until the plugin sets a step's weight.
   */
  readonly services: CanaryServices;
  /** The traffic router plugin that sets the weights (the key the Rollout names the route under). @default GATEWAY_API_PLUGIN */
  readonly plugin?: TrafficRouterPlugin;
}

/**
 * A Gateway API HTTPRoute (gateway.networking.k8s.io/v1) from a Gateway to the Rollout's stable and canary Services,
 * for the Argo Rollouts Gateway API plugin. Git holds the resting weights (stable 100, canary 0); during a canary the
 * plugin sets them to each step's setWeight, so the Argo CD Application ignores these two weights.
 */
export class CanaryHttpRoute extends Construct implements IRolloutTrafficRouter {
  /** Pointers of the weights the plugin owns (Argo CD must neither compare nor sync them). */
  public static readonly WEIGHT_POINTERS: readonly string[] = ['/spec/rules/0/backendRefs/0/weight', '/spec/rules/0/backendRefs/1/weight'];

  public readonly resource: HttpRoute;
  /** Name of the HTTPRoute (the plugin's httpRoute). */
  public readonly name: string;
  /** The Rollout's traffic router: the plugin, configured with this route. */
  public readonly trafficRouting: IRolloutTrafficRouter['trafficRouting'];

  public constructor(scope: Construct, id: string, props: CanaryHttpRouteProps) {
    super(scope, id);
    this.name = props.labels.app;
    const plugin = props.plugin ?? GATEWAY_API_PLUGIN;
    this.trafficRouting = { plugins: { [plugin.name]: { httpRoute: this.name, namespace: props.namespace } } };
    const g = props.gateway;
    const { stable, canary, port } = props.services;
    this.resource = new HttpRoute(this, 'Resource', {
      metadata: { name: this.name, namespace: props.namespace, labels: { ...props.labels.common } },
      spec: {
        parentRefs: [{ name: g.name, namespace: g.namespace, ...(g.sectionName ? { sectionName: g.sectionName } : {}) }],
        hostnames: [props.host],
        rules: [
          {
            matches: [{ path: { type: HttpRouteSpecRulesMatchesPathType.PATH_PREFIX, value: '/' } }],
            backendRefs: [
              { kind: 'Service', name: stable.name, port, weight: 100 },
              { kind: 'Service', name: canary.name, port, weight: 0 },
            ],
          },
        ],
      },
    });
  }
}
