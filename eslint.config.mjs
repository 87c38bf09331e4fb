// ESLint flat config: typescript-eslint's recommended rules over the TypeScript sources, scripts and tests.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.preview/', '.bench/', '.build/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        Buffer: 'readonly',
        globalThis: 'readonly',
        SpreadsheetApp: 'readonly',
        HtmlService: 'readonly',
        LockService: 'readonly',
        Utilities: 'readonly',
        Session: 'readonly',
        ScriptApp: 'readonly',
        PropertiesService: 'readonly',
        CacheService: 'readonly',
        DriveApp: 'readonly',
        CalendarApp: 'readonly',
        google: 'readonly',
        document: 'readonly',
        window: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/sidebar/**'],
    rules: {
      // Apps Script's V8 has none of these: using one is a run-time failure on the server.
      'no-restricted-globals': [
        'error',
        { name: 'URL', message: 'Apps Script has no URL global.' },
        { name: 'URLSearchParams', message: 'Apps Script has no URLSearchParams global.' },
        { name: 'TextEncoder', message: 'Apps Script has no TextEncoder; count UTF-8 bytes by hand.' },
        { name: 'setTimeout', message: 'Apps Script has no timers; use Utilities.sleep.' },
        { name: 'structuredClone', message: 'Apps Script has no structuredClone.' },
        { name: 'window', message: 'Server code has no window.' },
        { name: 'document', message: 'Server code has no document.' },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'scripts/**/*.js', '*.cjs', '*.mjs'],
    languageOptions: { sourceType: 'module', globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
