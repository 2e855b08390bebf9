import { show } from './show';

/** The container fields a protocol's rules read (the configuration's container, src/model/application.ts). */
export interface ProbedContainer {
  readonly port: number;
  readonly metricsPort?: number;
  readonly readinessPath?: string;
  readonly livenessPath?: string;
  readonly startupPath?: string;
}

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

/** How the kubelet checks a container: an HTTP GET of a path on the named port, or a gRPC health check on the port number. */
export interface ProbeAction {
  /** GET `path` on the container port named `port`. */
  readonly httpGet?: { readonly path?: string; readonly port: string };
  /** Call grpc.health.v1.Health on `port` (the kubelet's gRPC probe takes no port name). */
  readonly grpc?: { readonly port: number };
}

/**
 * What the application container serves on its port. It decides the container port's name, the probes (HTTP GET on
 * paths, or the gRPC health checking protocol), the Service port's name and appProtocol, the Prometheus queries of
 * the canary analysis, what the container must set and whether an ingress may expose it.
 */
export abstract class ServiceProtocol {
  /** The protocol an optional setting means: `protocol` itself, else {@link ServiceProtocol.http} (the default). */
  public static of(protocol: ServiceProtocol | undefined): ServiceProtocol {
    return protocol ?? ServiceProtocol.http();
  }

  /**
   * HTTP/1.1: port `http`, probes are HTTP GETs on the container's readiness/liveness/startup paths, the Service listens
   * on port 80, and the analysis reads `http_requests_total{code}` and `http_request_duration_seconds`.
   */
  public static http(): ServiceProtocol {
    return new HttpProtocol();
  }

  /**
   * gRPC (HTTP/2 without TLS): port `grpc`, probes use the gRPC health checking protocol (`grpc.health.v1.Health`, the
   * kubelet's built-in gRPC probe), the Service listens on the container port with appProtocol `kubernetes.io/h2c`, and
   * the analysis reads go-grpc-prometheus' `grpc_server_handled_total{grpc_code}` and
   * `grpc_server_handling_seconds` (its handling-time histogram must be enabled).
   */
  public static grpc(): ServiceProtocol {
    return new GrpcProtocol();
  }

  protected constructor(
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
  public abstract get probesByPath(): boolean;

  /** The protocol's name in prose: `HTTP`, `gRPC`. */
  public abstract get title(): string;

  /** The port the Services listen on, for a container serving on `containerPort`. */
  public servicePort(containerPort: number): number {
    return this.fixedServicePort ?? containerPort;
  }

  /**
   * What a container serving this protocol must set and must not: the probe paths of an http container; no paths,
   * and a metrics port of its own, for a grpc one. One line per problem, each starting with `where`.
   */
  public abstract containerProblems(where: string, container: ProbedContainer): string[];

  /** Why an environment may not expose a container of this protocol on the public `host`, or undefined when it may. */
  public abstract exposureProblem(where: string, host: string): string | undefined;

  /** How the kubelet checks a container serving on `port` (named {@link portName}): by GETting `path`, or the gRPC health protocol. */
  public abstract probe(path: string | undefined, port: number): ProbeAction;

  /** How the container's probes check it, in Markdown for dist/README.md. */
  public abstract describeProbes(container: ProbedContainer): string;
}

class HttpProtocol extends ServiceProtocol {
  public constructor() {
    const outcome = 'code';
    super('http', 'http', undefined, 80, {
      requestsTotal: 'http_requests_total',
      outcomeLabel: outcome,
      successMatcher: `${outcome}=~"2..|3.."`,
      errorMatcher: `${outcome}=~"5.."`,
      durationBucket: 'http_request_duration_seconds_bucket',
    });
  }

  public get probesByPath(): boolean {
    return true;
  }

  public get title(): string {
    return 'HTTP';
  }

  public containerProblems(where: string, c: ProbedContainer): string[] {
    return (['readinessPath', 'livenessPath'] as const)
      .filter((f) => c[f] === undefined)
      .map((f) => `${where}: container.${f} is required for an http container (its probe GETs that path); none is set`);
  }

  public exposureProblem(): undefined {
    return undefined;
  }

  public probe(path: string | undefined): ProbeAction {
    return { httpGet: { path, port: this.portName } };
  }

  public describeProbes(c: ProbedContainer): string {
    return `the probes GET \`${c.readinessPath}\` (readiness), \`${c.livenessPath}\` (liveness) and \`${c.startupPath ?? c.livenessPath}\` (startup)`;
  }
}

class GrpcProtocol extends ServiceProtocol {
  public constructor() {
    const outcome = 'grpc_code';
    super('grpc', 'grpc', 'kubernetes.io/h2c', undefined, {
      requestsTotal: 'grpc_server_handled_total',
      outcomeLabel: outcome,
      successMatcher: `${outcome}="OK"`,
      errorMatcher: `${outcome}=~"${GRPC_SERVER_ERROR_CODES.join('|')}"`,
      durationBucket: 'grpc_server_handling_seconds_bucket',
    });
  }

  public get probesByPath(): boolean {
    return false;
  }

  public get title(): string {
    return 'gRPC';
  }

  public containerProblems(where: string, c: ProbedContainer): string[] {
    const p: string[] = [];
    for (const f of ['readinessPath', 'livenessPath', 'startupPath'] as const) {
      if (c[f] !== undefined) p.push(`${where}: container.${f} ${show(c[f])} is set, but a ${this.name} container is probed with the gRPC health checking protocol, not on a path: remove it`);
    }
    const why = `Prometheus scrapes /metrics over HTTP/1.1, not from the ${this.name} port`;
    if (c.metricsPort === undefined) p.push(`${where}: container.metricsPort is required for a ${this.name} container (a port other than container.port ${c.port}): ${why}`);
    else if (c.metricsPort === c.port) p.push(`${where}: container.metricsPort ${c.metricsPort} must differ from container.port for a ${this.name} container: ${why}`);
    return p;
  }

  public exposureProblem(where: string, host: string): string {
    return `${where}: ingress.host ${show(host)} is set, but the container serves ${this.name}: gridops exposes only http containers (the AGIC and NGINX Ingresses and the HTTPRoute speak HTTP/1.1); remove the ingress`;
  }

  public probe(_path: string | undefined, port: number): ProbeAction {
    return { grpc: { port } };
  }

  public describeProbes(): string {
    return 'the kubelet probes it with the gRPC health checking protocol (`grpc.health.v1.Health`)';
  }
}
