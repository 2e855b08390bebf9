import { Construct } from 'constructs';
import { k8s } from '../k8s';
import { ServiceProtocol } from '../model/service-protocol';
import { AppLabels } from './labels';

/** Properties of {@link CanaryServices}. */
export interface CanaryServicesProps {
  /** Labels of the application. */
  readonly labels: AppLabels;
  /** Namespace of the Services. */
  readonly namespace: string;
  /** Container port the Services forward to, by name (`http`, `grpc`). */
  readonly targetPort: string;
  /** Service port. @default 80 */
  readonly port?: number;
  /** What the port serves: names it and sets its appProtocol (gRPC: `kubernetes.io/h2c`). @default ServiceProtocol.http() */
  readonly protocol?: ServiceProtocol;
}

/**
 * The three Services of a replica-weighted canary: `<app>-stable` and `<app>-canary`, whose selectors the Argo Rollouts
 * controller pins to the stable and canary ReplicaSets (by rollouts-pod-template-hash), and `<app>`, which selects
 * every pod of the application so that the ingress reaches stable and canary pods in proportion to their counts.
 */
export class CanaryServices extends Construct {
  /** Service behind the ingress: all pods. */
  public readonly root: k8s.KubeService;
  /** The Rollout's stableService. */
  public readonly stable: k8s.KubeService;
  /** The Rollout's canaryService. */
  public readonly canary: k8s.KubeService;

  public constructor(scope: Construct, id: string, props: CanaryServicesProps) {
    super(scope, id);
    const app = props.labels.app;
    const protocol = ServiceProtocol.of(props.protocol);
    const make = (childId: string, name: string, role: string) =>
      new k8s.KubeService(this, childId, {
        metadata: { name, namespace: props.namespace, labels: { ...props.labels.common, 'gridops.io/service-role': role } },
        spec: {
          type: 'ClusterIP',
          selector: { ...props.labels.selector },
          ports: [
            {
              name: protocol.portName,
              port: props.port ?? 80,
              targetPort: k8s.IntOrString.fromString(props.targetPort),
              protocol: 'TCP',
              appProtocol: protocol.appProtocol,
            },
          ],
        },
      });
    this.root = make('Root', app, 'root');
    this.stable = make('Stable', `${app}-stable`, 'stable');
    this.canary = make('Canary', `${app}-canary`, 'canary');
  }
}
