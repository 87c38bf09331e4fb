/** The built-in tables ship as data files beside Code.js (read on first use), the same tables the code holds, and not as code in the bundle. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST, readBundle } from '../support/dist';
import { buildDefaultRules } from '../../src/domain/rules/built-in-rules';
import { audienceDefaultsTable } from '../../src/domain/planning/audience-defaults-table';

/** The JSON of a built project file's single script element, parsed as the server reads it. */
function projectJson(name: string): unknown {
  const html = readFileSync(path.join(DIST, `${name}.html`), 'utf8');
  const start = html.indexOf('>', html.indexOf('<script')) + 1;
  return JSON.parse(html.slice(start, html.lastIndexOf('</script>')));
}

test('dist/Rules.html holds the built-in rules table the code builds', () => {
  expect(projectJson('Rules')).toEqual(JSON.parse(JSON.stringify(buildDefaultRules())));
});

test('dist/AudienceDefaults.html holds the audience defaults table the code holds', () => {
  expect(projectJson('AudienceDefaults')).toEqual(JSON.parse(JSON.stringify(audienceDefaultsTable())));
});

test('Code.js carries neither table as code (their sources are read from the data files)', () => {
  const code = readBundle();
  const rule = buildDefaultRules().find((r) => r.source.length > 40)!;
  const audience = Object.values(audienceDefaultsTable().platforms)[0];
  expect(code).not.toContain(rule.source.slice(0, 40));
  expect(code).not.toContain(audience.source.slice(-40));
  // It names the file it reads instead.
  expect(code).toContain('"Rules"');
});
