/** Jest configuration: TypeScript through ts-jest (type checking is `npm run typecheck`'s job). */

// The manifest's script time zone: the bundle's local-time Date methods see what Apps Script would.
process.env.TZ = 'Etc/UTC';
const shared = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { diagnostics: false }],
  },
  testTimeout: 60000,
};
module.exports = {
  // A global option: Jest ignores testTimeout inside a project's configuration.
  testTimeout: 60000,
  projects: [
    // The emulator is a workspace package with its own tests and configuration (emulator/jest.config.cjs).
    '<rootDir>/emulator',
    { ...shared, displayName: 'default', roots: ['<rootDir>/tests'], testMatch: ['**/*.test.ts'] },
    // Issue #16: the integration suite again, on a realm without Intl longOffset, Segmenter and PluralRules.
    {
      ...shared,
      displayName: 'conservative',
      roots: ['<rootDir>/tests/integration'],
      testMatch: ['**/*.test.ts'],
      setupFiles: ['<rootDir>/tests/support/conservative-runtime.cjs'],
    },
  ],
};
