import { gridos } from '../config/apps/gridos';
import { ImageTags } from '../image-tags';
import { ApplicationConfig } from '../model/application';
import { PlatformConfig } from '../model/platform';

/**
 * A synthetic fleet for the benchmark: `count` applications shaped like GridOS, each with its own name, host, replica
 * counts, pauses and settings, so every application really renders and diffs on its own.
 */
export function fleet(base: PlatformConfig, count: number): { platform: PlatformConfig; tags: ImageTags } {
  const apps: ApplicationConfig[] = [];
  const tagLines: string[] = [];
  for (let i = 1; i <= count; i++) {
    const name = `svc-${String(i).padStart(4, '0')}`;
    const v = i % 7;
    apps.push({
      ...gridos,
      name,
      image: `fleetacr.azurecr.io/${name}`,
      secrets: gridos.secrets?.slice(0, 1 + (i % 2)),
      defaults: {
        ...gridos.defaults,
        scaling: { ...gridos.defaults.scaling, minReplicas: 4 + v, maxReplicas: 20 + v },
        ingress: { host: `${name}.example.com` },
        settings: { ...gridos.defaults.settings, SERVICE_INDEX: String(i), SHARD: String(v) },
      },
      environments: gridos.environments.map((e) => ({
        ...e,
        overrides: {
          ...e.overrides,
          ingress: { host: `${name}-${e.name}.example.com` },
          canary: { ...e.overrides?.canary, trafficShareTolerance: 100 },
          settings: { ...e.overrides?.settings, ENV_INDEX: `${e.name}-${i}` },
        },
      })),
    });
    tagLines.push(`${name}:\n  dev: dev-${(0xabc0000 + i).toString(16)}\n  test: dev-abc1234\n  prod: v1.${v}.${i}\n`);
  }
  return { platform: { ...base, applications: apps }, tags: ImageTags.parse(tagLines.join('')) };
}
