import { CanaryServices } from '../workload/canary-services';

/** The Service an Ingress sends every path of its host to, and the port it sends to. */
export class IngressBackend {
  /**
   * The Service of every pod of an application, stable and canary alike ({@link CanaryServices.root}), on the
   * Services' port: the canary's share follows the pod counts.
   */
  public static everyPod(services: CanaryServices): IngressBackend {
    return new IngressBackend(services.root.name, services.port);
  }

  /**
   * A Service no construct here makes (a Helm chart's), by its name.
   * @param port Port of that Service. @default 80
   */
  public static fromServiceName(serviceName: string, port: number = 80): IngressBackend {
    return new IngressBackend(serviceName, port);
  }

  private constructor(
    /** Name of the Service. */
    public readonly serviceName: string,
    /** Port of the Service. */
    public readonly port: number,
  ) {}
}
