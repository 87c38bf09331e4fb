/** Jest configuration: TypeScript through ts-jest (type checking is `npm run typecheck`'s job). */

// The manifest's script time zone: the bundle's local-time Date methods see what Apps Script would.
process.env.TZ = 'Etc/UTC';
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { diagnostics: false }],
  },
  testTimeout: 60000,
};
