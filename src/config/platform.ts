import { PlatformConfig } from '../model/platform';
import { gridos } from './apps/gridos';

/** The platform: this repository and the applications it deploys. Add an application by adding it here. */
export const platform: PlatformConfig = {
  repoURL: 'https://github.com/YOUR_ORG/sharedinfra',
  targetRevision: 'main',
  applications: [gridos],
};
