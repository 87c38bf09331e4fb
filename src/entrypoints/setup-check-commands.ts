/** Help › Check this spreadsheet's setup: runs the setup check and shows its report in a dialog. */

import { t } from '../domain/i18n';
import { setupReportHtml } from '../domain/setup-check/setup-report-html';
import { activeWorkbook } from '../sheets/active-spreadsheet';
import { runSetupCheck } from '../sheets/setup-check';
import { showHtmlDialog } from '../services/html-dialogs';

/**
 * Probes every assumption the add-on rests on in this spreadsheet (see src/sheets/setup-check.ts) and
 * shows a readable report with a JSON block to copy.
 * Runs: menu Help › "Check this spreadsheet's setup" (AuthMode.FULL).
 */
export function checkSetup(): void {
  const workbook = activeWorkbook();
  const report = runSetupCheck(workbook, new Date());
  showHtmlDialog(setupReportHtml(report, workbook.locale), t(workbook.locale, 'setup.title'), { width: 640, height: 560 });
}
