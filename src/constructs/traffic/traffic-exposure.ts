import { Construct } from 'constructs';
import { Traffic } from '../../model/traffic';
import { KeyVaultSecrets } from '../azure/key-vault-secrets';
import { IRolloutTrafficRouter } from '../workload/canary-rollout';
import { CanaryServices } from '../workload/canary-services';
import { AppLabels } from '../workload/labels';
import { AgicIngress } from './agic-ingress';
import { CanaryHttpRoute } from './canary-http-route';
import { IngressBackend } from './ingress-backend';
import { NginxIngress } from './nginx-ingress';

/** Properties of {@link TrafficExposure}. */
export interface TrafficExposureProps {
  readonly labels: AppLabels;
  readonly namespace: string;
  /** Public host name. */
  readonly host: string;
  /** How the host's traffic reaches the pods. @default Traffic.agic() */
  readonly traffic?: Traffic;
  /** The Rollout's Services, which the ingress or route sends to. */
  readonly services: CanaryServices;
  /**
   * The Key Vault whose TLS Secret an Ingress serves the host with, when the traffic terminates TLS itself (AGIC,
   * NGINX): the configuration check requires the application's tlsCertificate then. Behind a Gateway, the Gateway
   * holds the certificate.
   * @default - none
   */
  readonly vault?: KeyVaultSecrets;
  /**
   * What Application Gateway probes on the pods (AGIC): the http container's readiness path, which the configuration
   * check requires, on its port.
   */
  readonly healthProbe: { readonly path?: string; readonly port: number };
}

/**
 * How an application is exposed on its public host, the way its {@link Traffic} says: AGIC, an Ingress to the Service
 * of every pod (replica-weighted); NGINX, an Ingress to the stable Service, which the controller copies into a weighted
 * canary Ingress; Gateway API, an HTTPRoute to the stable and canary Services, whose weights the plugin sets.
 */
export class TrafficExposure {
  /**
   * Builds the ingress or route in `scope`, as its child `Ingress` (AGIC, NGINX) or `Route` (Gateway API): the ids
   * these objects have always had, so no construct path changes with the way traffic is routed.
   */
  public static expose(scope: Construct, props: TrafficExposureProps): TrafficExposure {
    const { labels, namespace, host, services } = props;
    // the Ingresses' certificate: the configuration check refuses an ingress that terminates TLS without one
    const tlsSecretName = () => props.vault!.tlsSecretName!;
    return Traffic.of(props.traffic).select<TrafficExposure>({
      gatewayApi: (gateway, plugin) => {
        const route = new CanaryHttpRoute(scope, 'Route', { labels, namespace, gateway, host, services, plugin });
        return new TrafficExposure(route, route);
      },
      nginx: (ingressClassName) => {
        const ingress = new NginxIngress(scope, 'Ingress', { labels, namespace, host, services, tlsSecretName: tlsSecretName(), ingressClassName });
        return new TrafficExposure(ingress, ingress);
      },
      agic: () =>
        new TrafficExposure(
          new AgicIngress(scope, 'Ingress', {
            labels,
            namespace,
            host,
            backend: IngressBackend.everyPod(services),
            tlsSecretName: tlsSecretName(),
            // only an http container is exposed, and an http container has a readinessPath (both: the configuration check)
            healthProbePath: props.healthProbe.path!,
            healthProbePort: props.healthProbe.port,
          }),
        ),
    });
  }

  private constructor(
    /** The Ingress or HTTPRoute that takes the host's traffic. */
    public readonly construct: AgicIngress | NginxIngress | CanaryHttpRoute,
    /** The Rollout's traffic router, when the traffic has one (NGINX, Gateway API). @default - none: replica-weighted */
    public readonly trafficRouter?: IRolloutTrafficRouter,
  ) {}
}
