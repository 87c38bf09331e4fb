/**
 * The server's message catalogues, read from dist/Messages.html (JSON the build writes from the
 * catalogue files) on the first message an execution shows. The server bundle uses this module in
 * place of src/domain/i18n/catalogue-source.ts, so Code.js carries no message strings of its own.
 */

import type { MessageCatalogue } from '../domain/i18n/catalogue-types';

/** The project file the build writes the catalogues to (served by name, like the pages). */
export const MESSAGES_FILE = 'Messages';

/** Every catalogue, parsed from the Messages file's single JSON script element. */
export function loadCatalogues(): MessageCatalogue[] {
  const html = HtmlService.createHtmlOutputFromFile(MESSAGES_FILE).getContent();
  const start = html.indexOf('>', html.indexOf('<script')) + 1;
  const end = html.lastIndexOf('</script>');
  return JSON.parse(html.slice(start, end)) as MessageCatalogue[];
}
