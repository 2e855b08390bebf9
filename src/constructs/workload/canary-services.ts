import { Construct } from 'constructs';
import { k8s } from '../k8s';
import { ServiceProtocol } from '../../model/service-protocol';
import { AppLabels } from './labels';

/** Properties of {@link CanaryServices}. */
export interface CanaryServicesProps {
  /** Labels of the application. */
  readonly labels: AppLabels;
  /** Namespace of the Services. */
  readonly namespace: string;
  /** The container's port: the Services forward to it by the protocol's port name and listen on the protocol's port for it. */
  readonly containerPort: number;
  /** What the port serves: names it, sets its appProtocol (gRPC: `kubernetes.io/h2c`) and its port. @default ServiceProtocol.http() */
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
  /** The port the three Services listen on (ingresses and routes send to it). */
  public readonly port: number;

  public constructor(scope: Construct, id: string, props: CanaryServicesProps) {
    super(scope, id);
    const app = props.labels.app;
    const protocol = ServiceProtocol.of(props.protocol);
    this.port = protocol.servicePort(props.containerPort);
    const make = (childId: string, name: string, role: string) =>
      new k8s.KubeService(this, childId, {
        metadata: { name, namespace: props.namespace, labels: { ...props.labels.common, 'gridops.io/service-role': role } },
        spec: {
          type: 'ClusterIP',
          selector: { ...props.labels.selector },
          ports: [
            {
              name: protocol.portName,
              port: this.port,
              targetPort: k8s.IntOrString.fromString(protocol.portName),
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
