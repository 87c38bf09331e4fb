/**
 * The server's message catalogues, read from dist/Messages.html (JSON the build writes from the
 * catalogue files) on the first message an execution shows. The server bundle uses this module in
 * place of src/domain/i18n/catalogue-source.ts, so Code.js carries no message strings of its own.
 */

import type { MessageCatalogue } from '../domain/i18n/catalogue-types';
import { readProjectJson } from './project-json-file';

/** The project file the build writes the catalogues to (served by name, like the pages). */
export const MESSAGES_FILE = 'Messages';

/** Every catalogue, parsed from the Messages file's single JSON script element. */
export function loadCatalogues(): MessageCatalogue[] {
  return readProjectJson(MESSAGES_FILE) as MessageCatalogue[];
}
