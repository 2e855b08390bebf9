import { Config, PlatformConfigSchema } from './config-schema';

/** The whole generated repository: where it lives and which applications it deploys (see config-schema.ts). */
export type PlatformConfig = Config<typeof PlatformConfigSchema>;
