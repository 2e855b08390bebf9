/**
 * The Prometheus series a protocol's conventional server instrumentation exports, and how the canary analysis reads
 * success, errors and latency from them.
 */
export interface ProtocolMetrics {
  /** Counter of handled requests, with a label for the outcome (`http_requests_total`, `grpc_server_handled_total`). */
  readonly requestsTotal: string;
  /** The instrumentation's label of a request's outcome on `requestsTotal` (`code`, `grpc_code`). */
  readonly outcomeLabel: string;
  /** Label matcher of the successful requests (`code=~"2..|3.."`, `grpc_code="OK"`). */
  readonly successMatcher: string;
  /** Label matcher of the server errors (`code=~"5.."`, the gRPC codes that mean the server failed). */
  readonly errorMatcher: string;
  /** Histogram buckets of the handling time in seconds, for the p99 (`http_request_duration_seconds_bucket`, …). */
  readonly durationBucket: string;
}

/**
 * The gRPC status codes that mean the server failed (the ones gRPC maps to HTTP 5xx): the error rate counts these,
 * not the caller's mistakes (InvalidArgument, NotFound, PermissionDenied, …).
 */
export const GRPC_SERVER_ERROR_CODES: readonly string[] = ['Unknown', 'DeadlineExceeded', 'Unimplemented', 'Internal', 'Unavailable', 'DataLoss'];

/**
 * What the application container serves on its port. It decides the container port's name, the probes (HTTP GET on
 * paths, or the gRPC health checking protocol), the Service port's name and appProtocol, and the Prometheus queries of
 * the canary analysis.
 */
export class ServiceProtocol {
  /** The protocol an optional setting means: `protocol` itself, else {@link ServiceProtocol.http} (the default). */
  public static of(protocol: ServiceProtocol | undefined): ServiceProtocol {
    return protocol ?? ServiceProtocol.http();
  }

  /**
   * HTTP/1.1: port `http`, probes are HTTP GETs on the container's readiness/liveness/startup paths, the Service listens
   * on port 80, and the analysis reads `http_requests_total{code}` and `http_request_duration_seconds`.
   */
  public static http(): ServiceProtocol {
    const outcome = 'code';
    return new ServiceProtocol('http', 'http', undefined, 80, {
      requestsTotal: 'http_requests_total',
      outcomeLabel: outcome,
      successMatcher: `${outcome}=~"2..|3.."`,
      errorMatcher: `${outcome}=~"5.."`,
      durationBucket: 'http_request_duration_seconds_bucket',
    });
  }

  /**
   * gRPC (HTTP/2 without TLS): port `grpc`, probes use the gRPC health checking protocol (`grpc.health.v1.Health`, the
   * kubelet's built-in gRPC probe), the Service listens on the container port with appProtocol `kubernetes.io/h2c`, and
   * the analysis reads go-grpc-prometheus' `grpc_server_handled_total{grpc_code}` and
   * `grpc_server_handling_seconds` (its handling-time histogram must be enabled).
   */
  public static grpc(): ServiceProtocol {
    const outcome = 'grpc_code';
    return new ServiceProtocol('grpc', 'grpc', 'kubernetes.io/h2c', undefined, {
      requestsTotal: 'grpc_server_handled_total',
      outcomeLabel: outcome,
      successMatcher: `${outcome}="OK"`,
      errorMatcher: `${outcome}=~"${GRPC_SERVER_ERROR_CODES.join('|')}"`,
      durationBucket: 'grpc_server_handling_seconds_bucket',
    });
  }

  private constructor(
    /** `http` or `grpc`, for messages and documentation. */
    public readonly name: 'http' | 'grpc',
    /** Name of the container port and of the Services' port (the Services target the container port by name). */
    public readonly portName: string,
    /** The Service port's appProtocol, if the protocol needs one to be recognised (HTTP/2 cleartext). */
    public readonly appProtocol: string | undefined,
    /** The Services' port; undefined: the container's port. */
    private readonly fixedServicePort: number | undefined,
    /** The series the canary analysis queries. */
    public readonly metrics: ProtocolMetrics,
  ) {}

  /**
   * The labels the protocols' instrumentation puts on the series the analysis reads, by metric name (the outcome on
   * the request counters, `le` on the histogram buckets): what a query may filter on besides the labels the scrape
   * attaches.
   */
  public static instrumentationLabels(): ReadonlyMap<string, readonly string[]> {
    const out = new Map<string, readonly string[]>();
    for (const m of [ServiceProtocol.http().metrics, ServiceProtocol.grpc().metrics]) {
      out.set(m.requestsTotal, [m.outcomeLabel]);
      out.set(m.durationBucket, ['le']);
    }
    return out;
  }

  /** Whether the probes are HTTP GETs on paths (rather than gRPC health checks). */
  public get probesByPath(): boolean {
    return this.name === 'http';
  }

  /** The port the Services listen on, for a container serving on `containerPort`. */
  public servicePort(containerPort: number): number {
    return this.fixedServicePort ?? containerPort;
  }
}
