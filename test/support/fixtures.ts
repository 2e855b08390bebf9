import { gridos } from '../../src/config/apps/gridos';
import { platform } from '../../src/config/platform';
import { ImageTags } from '../../src/image-tags';
import { ApplicationConfig, EnvironmentConfig } from '../../src/model/application';
import { PlatformConfig } from '../../src/model/platform';

/** Image tags matching the shipped configuration. */
export const TAGS_TEXT = 'gridos:\n  dev: dev-abc1234\n  test: dev-abc1234\n  prod: v2.1.0\n';

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
