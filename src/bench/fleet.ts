import { ImageTags } from '../model/image-tags';
import { ApplicationConfig } from '../model/application';
import { PlatformConfig } from '../model/platform';

/**
 * A synthetic fleet for the benchmark: `count` applications shaped like the platform's first application, each with
 * its own name, host (when exposed), replica counts and settings, so every application really renders and diffs on
 * its own. Tags are each environment's from `baseTags`, else its tag policy's example.
 */
export function fleet(base: PlatformConfig, count: number, baseTags?: ImageTags): { platform: PlatformConfig; tags: ImageTags } {
  const template = base.applications[0];
  if (!template) throw new Error('the benchmark needs a platform with an application to copy');
  const apps: ApplicationConfig[] = [];
  const tags = ImageTags.parse('');
  for (let i = 1; i <= count; i++) {
    const name = `svc-${String(i).padStart(4, '0')}`;
    const v = i % 7;
    const exposed = template.defaults.ingress !== undefined;
    apps.push({
      ...template,
      name,
      image: `fleetacr.azurecr.io/${name}`,
      secrets: template.secrets?.slice(0, 1 + (i % 2)),
      defaults: {
        ...template.defaults,
        scaling: { ...template.defaults.scaling, minReplicas: 4 + v, maxReplicas: 20 + v },
        ...(exposed ? { ingress: { host: `${name}.example.com` } } : {}),
        settings: { ...template.defaults.settings, SERVICE_INDEX: String(i), SHARD: String(v) },
      },
      environments: template.environments.map((e) => ({
        ...e,
        overrides: {
          ...e.overrides,
          ...(exposed ? { ingress: { host: `${name}-${e.name}.example.com` } } : {}),
          canary: { ...e.overrides?.canary, trafficShareTolerance: 100 },
          settings: { ...e.overrides?.settings, ENV_INDEX: `${e.name}-${i}` },
        },
      })),
    });
    for (const e of template.environments) {
      const pinned = baseTags?.pinned(template.name, e.name);
      tags.set(name, e.name, pinned?.tag ?? e.tagPolicy.example, pinned ? pinned.digest : e.tagPolicy.exampleDigest);
    }
  }
  return { platform: { ...base, applications: apps }, tags };
}
