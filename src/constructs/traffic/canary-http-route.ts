import { Construct } from 'constructs';
import { HttpRoute, HttpRouteSpecRulesMatchesPathType } from '../../../imports/gateway-httproute-gateway.networking.k8s.io';
import { GatewayReference } from '../../model/traffic';
import { AppLabels } from '../workload/labels';

/** Properties of {@link CanaryHttpRoute}. */
export interface CanaryHttpRouteProps {
  readonly labels: AppLabels;
  readonly namespace: string;
  /** The Gateway the route attaches to (its parentRef). */
  readonly gateway: GatewayReference;
  /** Public host name the route serves. */
  readonly host: string;
  /** The Rollout's stable Service: all traffic while no canary runs. */
  readonly stableService: string;
  /** The Rollout's canary Service: weight 0 until the plugin sets a step's weight. */
  readonly canaryService: string;
  /** Port of both Services. @default 80 */
  readonly servicePort?: number;
}

/**
 * A Gateway API HTTPRoute (gateway.networking.k8s.io/v1) from a Gateway to the Rollout's stable and canary Services,
 * for the Argo Rollouts Gateway API plugin. Git holds the resting weights (stable 100, canary 0); during a canary the
 * plugin sets them to each step's setWeight, so the Argo CD Application ignores these two weights.
 */
export class CanaryHttpRoute extends Construct {
  /** Pointers of the weights the plugin owns (Argo CD must neither compare nor sync them). */
  public static readonly WEIGHT_POINTERS: readonly string[] = ['/spec/rules/0/backendRefs/0/weight', '/spec/rules/0/backendRefs/1/weight'];

  public readonly resource: HttpRoute;
  /** Name of the HTTPRoute (the plugin's httpRoute). */
  public readonly name: string;

  public constructor(scope: Construct, id: string, props: CanaryHttpRouteProps) {
    super(scope, id);
    this.name = props.labels.app;
    const g = props.gateway;
    const port = props.servicePort ?? 80;
    this.resource = new HttpRoute(this, 'Resource', {
      metadata: { name: this.name, namespace: props.namespace, labels: { ...props.labels.common } },
      spec: {
        parentRefs: [{ name: g.name, namespace: g.namespace, ...(g.sectionName ? { sectionName: g.sectionName } : {}) }],
        hostnames: [props.host],
        rules: [
          {
            matches: [{ path: { type: HttpRouteSpecRulesMatchesPathType.PATH_PREFIX, value: '/' } }],
            backendRefs: [
              { kind: 'Service', name: props.stableService, port, weight: 100 },
              { kind: 'Service', name: props.canaryService, port, weight: 0 },
            ],
          },
        ],
      },
    });
  }
}
