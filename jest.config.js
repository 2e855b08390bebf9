/** Tests are transpiled by SWC (no type checking per file); `npm test` type-checks once with `tsc --noEmit`. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }] },
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  // removes the run's temporary directory (TMPDIR of the workers): cdk8s outdirs, TempRepo copies, fixtures
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60000,
  // Most suites wait on child processes (the CLI, kubectl): two workers keep both cores busy.
  maxWorkers: 2,
};
