import { ConfigError, throwProblems } from '../model/errors';
import { schemaProblems } from '../model/config-schema';
import { ApplicationConfig, EnvironmentConfig } from '../model/application';
import { PlatformConfig } from '../model/platform';

const checked = new WeakSet<PlatformConfig>();

/**
 * Throws the configuration's schema problems (config-schema.ts), as synth would, before a command reads the platform
 * it loaded: a command must never act on a configuration synth refuses (or crash on a value of the wrong type).
 */
export function checkedPlatform(platform: PlatformConfig): PlatformConfig {
  if (!checked.has(platform)) {
    throwProblems(schemaProblems(platform));
    checked.add(platform);
  }
  return platform;
}

/** The application a flag names; otherwise a ConfigError naming the flag, the value and the known applications. */
export function applicationFlag(platform: PlatformConfig, name: string, flag: string = '--app'): ApplicationConfig {
  checkedPlatform(platform);
  const app = platform.applications.find((a) => a.name === name);
  if (!app) throw new ConfigError(`${flag} '${name}' is not a configured application (known: ${platform.applications.map((a) => a.name).join(', ')})`);
  return app;
}

/** The environment of `app` a flag names; otherwise a ConfigError naming the flag, the value and the known ones. */
export function environmentFlag(app: ApplicationConfig, name: string, flag: string = '--env'): EnvironmentConfig {
  const env = app.environments.find((e) => e.name === name);
  if (!env) throw new ConfigError(`${flag} '${name}' is not an environment of ${app.name} (known: ${app.environments.map((e) => e.name).join(', ')})`);
  return env;
}

/** The applications (of `apps`) that have the environment a flag names; at least one, or a ConfigError. */
export function applicationsWithEnvironment(apps: readonly ApplicationConfig[], name: string, flag: string, scope?: string): ApplicationConfig[] {
  const found = apps.filter((a) => a.environments.some((e) => e.name === name));
  if (found.length === 0) throw new ConfigError(`${flag} '${name}' is not an environment of ${scope ?? 'any application'}`);
  return found;
}
