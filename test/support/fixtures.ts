import * as fs from 'fs';
import * as path from 'path';
import { gridos } from '../fixtures/config/apps/gridos';
import { platform } from '../fixtures/config/platform';
import { ImageTags } from '../../src/model/image-tags';
import { ApplicationConfig, EnvironmentConfig } from '../../src/model/application';
import { PlatformConfig } from '../../src/model/platform';
import { ServiceProtocol } from '../../src/model/service-protocol';
import { Traffic } from '../../src/model/traffic';

/** The directory of the fixture platform's sources: a src/config/ of the tests' own. */
export const FIXTURE_CONFIG = path.join(__dirname, '..', 'fixtures', 'config');

/** The fixture platform's image tags file. */
export const TAGS_TEXT = fs.readFileSync(path.join(FIXTURE_CONFIG, 'image-tags.yaml'), 'utf8');

/** The fixture grid-telemetry's part of the tags, for tests that write GridOS's tags themselves. */
export const GRID_TELEMETRY_TAGS = TAGS_TEXT.slice(TAGS_TEXT.indexOf('grid-telemetry:'));

export function tags(text: string = TAGS_TEXT): ImageTags {
  return ImageTags.parse(text);
}

/** The shipped platform with GridOS changed by `change`. */
export function platformWith(change: (app: ApplicationConfig) => ApplicationConfig, base: PlatformConfig = platform): PlatformConfig {
  return { ...base, applications: base.applications.map((a) => (a.name === gridos.name ? change(a) : a)) };
}

/** GridOS with one environment replaced. */
export function withEnv(name: string, change: (env: EnvironmentConfig) => EnvironmentConfig): PlatformConfig {
  return platformWith((app) => ({ ...app, environments: app.environments.map((e) => (e.name === name ? change(e) : e)) }));
}

/**
 * The shipped platform with GridOS's traffic routed per environment (issue 7): `test` through a Gateway API HTTPRoute
 * on an Application Gateway for Containers Gateway, `dev` through NGINX, `prod` left on AGIC (the default).
 */
export function trafficPlatform(base: PlatformConfig = platform): PlatformConfig {
  const traffic: Record<string, Traffic> = {
    dev: Traffic.nginx(),
    test: Traffic.gatewayApi({ gateway: { name: 'agc-gateway', namespace: 'azure-alb', sectionName: 'https' } }),
  };
  return platformWith(
    (app) => ({
      ...app,
      environments: app.environments.map((e) => (traffic[e.name] ? { ...e, overrides: { ...e.overrides, traffic: traffic[e.name] } } : e)),
    }),
    base,
  );
}

/**
 * The shipped platform with GridOS turned into an internal gRPC service: gRPC on 50051 (probed with the gRPC health
 * protocol), metrics on 9090, no ingress anywhere.
 */
export function grpcPlatform(base: PlatformConfig = platform): PlatformConfig {
  return platformWith(
    (app) => ({
      ...app,
      container: { port: 50051, protocol: ServiceProtocol.grpc(), metricsPort: 9090 },
      tlsCertificate: undefined,
      defaults: { ...app.defaults, ingress: undefined },
      environments: app.environments.map((e) => ({ ...e, overrides: e.overrides && { ...e.overrides, ingress: undefined } })),
    }),
    base,
  );
}
