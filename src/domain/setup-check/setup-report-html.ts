/** The setup check's dialog page: one line per probe and the report as JSON to copy; every value is escaped text. */

import { escapeHtml } from '../html-text';
import { t } from '../i18n';
import { reportJson, type SetupReport } from './setup-report';

const COLOURS = { pass: '#137333', warn: '#b06000', fail: '#c5221f', info: '#5f6368' } as const;

/**
 * The dialog's HTML: a list of probes (title, verdict, one sentence) and a read-only text box with the
 * report's JSON, plus a Copy button. The JSON is also in a `<script type="application/json">` block
 * (with `<` escaped) so tools can read it back exactly.
 * @param report The report.
 * @param locale The spreadsheet's locale (the language of the words).
 */
export function setupReportHtml(report: SetupReport, locale: string): string {
  const say = (key: string, params?: Record<string, string | number>) => escapeHtml(t(locale, key, params));
  const items = report.probes
    .map((probe) => {
      const sentence = say(`setup.${probe.id}.${probe.status}`, probe.params);
      const error = probe.error ? `<br><small>${say('setup.error', { message: probe.error })}</small>` : '';
      return (
        `<li><b>${say(`setup.${probe.id}.title`)}</b> ` +
        `<span style="color:${COLOURS[probe.status]};font-weight:600">${say(`setup.status.${probe.status}`)}</span><br>` +
        `${sentence}${error}</li>`
      );
    })
    .join('');
  const json = reportJson(report);
  return [
    '<!DOCTYPE html><html><head><meta charset="utf-8"><base target="_top">',
    '<style>body{font:13px/1.45 Arial,sans-serif;margin:0 8px;color:#202124}li{margin:0 0 8px}ul{padding-left:18px}',
    'textarea{width:100%;height:150px;font:11px monospace;box-sizing:border-box}button{margin-top:6px}</style></head><body>',
    `<p>${say('setup.intro')}</p><ul>${items}</ul><p>${say('setup.send')}</p>`,
    `<textarea id="json" readonly aria-label="JSON">${escapeHtml(json)}</textarea>`,
    `<button type="button" onclick="var b=document.getElementById('json');b.select();document.execCommand('copy');">${say('setup.copy')}</button>`,
    `<script type="application/json" id="setup-report">${json.replace(/</g, '\\u003c')}</script>`,
    '</body></html>',
  ].join('');
}
