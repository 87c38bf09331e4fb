/** The setup report: a probe that throws becomes a failure with the platform's message; the dialog shows every value as text. */

import { comparableFacts, runProbe, type SetupReport } from '../../../src/domain/setup-check/setup-report';
import { setupReportHtml } from '../../../src/domain/setup-check/setup-report-html';

const report = (facts: Record<string, unknown>, params: Record<string, string>): SetupReport => ({
  schema: 1,
  platform: 'apps-script',
  checkedAt: '2026-11-26T10:00:00.000Z',
  spreadsheetTimeZone: 'Europe/Warsaw',
  scriptTimeZone: 'Etc/UTC',
  locale: 'pl_PL',
  probes: [
    { id: 'date-wall-time', status: 'fail', facts, params },
    runProbe('scopes', () => {
      throw new Error('Authorization is required to perform that action.');
    }),
  ],
});

test('a probe that throws is a failure carrying the platform’s message, and the other probes still count', () => {
  const r = report({ cases: [] }, { list: 'x' });
  expect(r.probes[1]).toEqual({ id: 'scopes', status: 'fail', facts: {}, error: 'Authorization is required to perform that action.' });
  expect(comparableFacts(r)).toEqual({ 'date-wall-time': { verdict: 'fail', cases: [] }, scopes: { verdict: 'fail', status: undefined } });
});

test('the dialog escapes values from the platform (HTML and the JSON block), in the spreadsheet’s language', () => {
  const html = setupReportHtml(report({ cases: ['</script><img src=x onerror=alert(1)>'] }, { list: '<b>bold</b>' }), 'pl_PL');
  expect(html).toContain('Daty czytane w strefie czasowej arkusza');
  expect(html).toContain('&lt;b&gt;bold&lt;/b&gt;');
  expect(html).not.toContain('<img');
  const block = /<script type="application\/json" id="setup-report">([^]*?)<\/script>/.exec(html)![1];
  expect(JSON.parse(block).probes[0].facts.cases[0]).toBe('</script><img src=x onerror=alert(1)>');
});
