/** @type {import('jest').Config} */
const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json', diagnostics: false }]
  },
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  // Property tests run thousands of cases; on a loaded 2-core machine 5 s is not always enough.
  testTimeout: 30_000
}

export default {
  // Two workers match the 2-core machines CI runs on.
  maxWorkers: 2,
  projects: [
    // Fast: pure core, CLI and action, in-process or against dist/.
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/__tests__/*.test.ts'] },
    // Slow: real cargo builds of examples/shop (minutes on a cold machine).
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/__tests__/e2e/*.e2e.test.ts'] }
  ]
}
