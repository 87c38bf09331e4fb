/** The layers' import boundaries in eslint.config.mjs: snippets that break each rule on purpose fail lint, ones that obey pass. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const IMPORTS = '@typescript-eslint/no-restricted-imports';

/** A snippet linted as if it were the file at `file` (relative to the repository). */
interface Snippet {
  name: string;
  file: string;
  code: string;
}

/** One import line and a use, so the snippet has nothing else to complain about. */
const importing = (name: string, file: string, line: string): Snippet => ({
  name,
  file,
  code: `${line}\nexport const x = 1;\n`,
});

const BREAKS: Array<Snippet & { rule: string }> = [
  {
    ...importing(
      'domain imports sheets/',
      'src/domain/rules/x.ts',
      "import { readRows } from '../../sheets/calendar-rows';",
    ),
    rule: IMPORTS,
  },
  {
    ...importing('domain imports services/', 'src/domain/x.ts', "import { sendMail } from '../services/mail';"),
    rule: IMPORTS,
  },
  {
    ...importing('domain imports entrypoints/', 'src/domain/x.ts', "import { onEdit } from '../entrypoints/triggers';"),
    rule: IMPORTS,
  },
  {
    ...importing(
      'domain imports sidebar/ (even a type)',
      'src/domain/x.ts',
      "import type { Page } from '../sidebar/lib/page';",
    ),
    rule: IMPORTS,
  },
  {
    name: 'domain uses an Apps Script type',
    file: 'src/domain/x.ts',
    code: 'export function width(sheet: GoogleAppsScript.Spreadsheet.Sheet): number {\n  return sheet.getMaxColumns();\n}\n',
    rule: 'no-restricted-syntax',
  },
  {
    name: 'domain calls an Apps Script service',
    file: 'src/domain/x.ts',
    code: 'export function name(): string {\n  return SpreadsheetApp.getActiveSpreadsheet().getName();\n}\n',
    rule: 'no-restricted-globals',
  },
  {
    ...importing(
      'a page imports sheets/ (even a type)',
      'src/sidebar/new-page.ts',
      "import type { ReviewQueue } from '../sheets/review-rpc';",
    ),
    rule: IMPORTS,
  },
  {
    ...importing(
      'a page imports entrypoints/',
      'src/sidebar/new-page.ts',
      "import { savePost } from '../entrypoints/sidebar-calls';",
    ),
    rule: IMPORTS,
  },
  {
    ...importing('a page imports services/', 'src/sidebar/lib/x.ts', "import { mailTo } from '../../services/mail';"),
    rule: IMPORTS,
  },
  {
    ...importing(
      'shared imports entrypoints/ code',
      'src/shared/server-api.ts',
      "import * as entrypoints from '../entrypoints';",
    ),
    rule: IMPORTS,
  },
  {
    ...importing('sheets imports the emulator', 'src/sheets/x.ts', "import { createEmulator } from '../../emulator';"),
    rule: IMPORTS,
  },
  {
    ...importing(
      'entrypoints import the emulator package',
      'src/entrypoints/x.ts',
      "import { createEmulator } from 'apps-script-emulator';",
    ),
    rule: IMPORTS,
  },
  {
    ...importing(
      'services import the scripts',
      'src/services/x.ts',
      "import { sample } from '../../scripts/lib/sample-calendar';",
    ),
    rule: IMPORTS,
  },
  {
    ...importing(
      'domain imports an emulator module',
      'src/domain/x.ts',
      "import { LOCK_TIMEOUT_MESSAGE } from '../../emulator/services/lock-service';",
    ),
    rule: IMPORTS,
  },
  {
    ...importing(
      'the emulator imports the add-on',
      'emulator/x.ts',
      "import { checkPost } from '../src/domain/check-post';",
    ),
    rule: IMPORTS,
  },
];

const OBEYS: Snippet[] = [
  {
    name: 'a pure domain module importing domain and shared types',
    file: 'src/domain/rules/title.ts',
    code: [
      "import type { Post } from '../post';",
      "import type { SaveResult } from '../../shared/rpc-types';",
      '',
      '/** The post title, or a dash. */',
      'export function titleOf(post: Post, _result?: SaveResult): string {',
      "  return post.title || '-';",
      '}',
      '',
    ].join('\n'),
  },
  {
    name: 'a page importing shared types and domain rules',
    file: 'src/sidebar/new-page.ts',
    code: "import type { SaveResult } from '../shared/rpc-types';\nimport { countText } from '../domain/counting/count-text';\nexport const f = (r: SaveResult) => [r, countText];\n",
  },
  {
    name: 'shared deriving the pages API from the entrypoints by type',
    file: 'src/shared/server-api.ts',
    code: "import type * as entrypoints from '../entrypoints';\nexport type Api = typeof entrypoints;\n",
  },
  {
    name: 'sheets calling SpreadsheetApp and domain',
    file: 'src/sheets/x.ts',
    code: "import { checkPost } from '../domain/check-post';\nexport const f = () => [SpreadsheetApp.getActiveSpreadsheet(), checkPost];\n",
  },
];

/**
 * Lints every snippet with ESLint's Node API in a child process (jest's module sandbox cannot import
 * the flat config, an ES module) and returns the rule ids of each snippet's errors, by name.
 */
function lintAll(snippets: Snippet[]): Record<string, string[]> {
  const program = `
    import { ESLint } from 'eslint';
    const snippets = JSON.parse(process.argv[1]);
    const eslint = new ESLint({ cwd: process.cwd(), overrideConfigFile: 'eslint.config.mjs' });
    const out = {};
    for (const s of snippets) {
      const [result] = await eslint.lintText(s.code, { filePath: s.file });
      out[s.name] = result.messages.filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
    }
    process.stdout.write(JSON.stringify(out));
  `;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', program, JSON.stringify(snippets)], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`eslint failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as Record<string, string[]>;
}

let results: Record<string, string[]>;
beforeAll(() => {
  results = lintAll([...BREAKS, ...OBEYS]);
}, 60_000);

test.each(BREAKS.map((s) => [s.name, s.rule]))('%s: lint fails (%s)', (name, rule) => {
  expect(results[name]).toContain(rule);
});

test.each(OBEYS.map((s) => [s.name]))('%s: lint passes', (name) => {
  expect(results[name]).toEqual([]);
});
