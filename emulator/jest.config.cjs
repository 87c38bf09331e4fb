/** Jest configuration of the emulator's own tests (emulator/tests); the repository's jest runs it as one of its projects. */

// A fixed process time zone, so no result depends on the machine's (the repository's jest config sets the same).
process.env.TZ = process.env.TZ || 'Etc/UTC';
module.exports = {
  displayName: 'emulator',
  rootDir: __dirname,
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  testEnvironment: 'node',
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { diagnostics: false }],
  },
  testTimeout: 60000,
};
