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

test("dist/UrlTlds.html holds twitter-text's top-level-domain patterns as the package builds them", () => {
  const patterns = projectJson('UrlTlds') as Record<string, { source: string; flags: string }>;
  for (const name of ['validGTLD', 'validCCTLD']) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the package's own CommonJS module, whose exports are the RegExp
    const pattern = require(`twitter-text/dist/regexp/${name}`) as RegExp;
    expect(patterns[name]).toEqual({ source: pattern.source, flags: pattern.flags });
  }
});

test('Code.js carries no top-level-domain list (twitter-text reads it from dist/UrlTlds.html on first use)', () => {
  const code = readBundle();
  expect(code).not.toContain('accountant|accenture|academy');
  expect(code).toContain('"UrlTlds"');
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
