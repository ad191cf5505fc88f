/** @type {import('jest').Config} */
const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json', diagnostics: false }]
  },
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  // The zod schemas the checks fall back to for findings (src/manifest/zod-registry.ts).
  setupFilesAfterEnv: ['<rootDir>/__tests__/setup-zod-schemas.ts']
}

export default {
  // Caches of the processes tests start live in a temporary directory, never in ~/.cache.
  globalSetup: '<rootDir>/__tests__/global-setup.js',
  globalTeardown: '<rootDir>/__tests__/global-teardown.js',
  // Two workers match the 2-core machines CI runs on.
  maxWorkers: 2,
  // Property tests and git-backed plan tests run long on a loaded 2-core machine.
  testTimeout: 30_000,
  projects: [
    // Fast: pure core, CLI and action, in-process or against dist/.
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/__tests__/*.test.ts'] },
    // Slow: real cargo builds of examples/shop (minutes on a cold machine).
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/__tests__/e2e/*.e2e.test.ts'] }
  ]
}
