/** Schedule daily digest: the digest's trigger replaced per the "Daily digest to" setting. */

import { addDailyTrigger, removeTriggersOf } from '../services/daily-digest-trigger';
import type { Workbook } from './active-spreadsheet';
import { DIGEST_HANDLER, digestRecipients } from './daily-digest';

/**
 * Removes this add-on's earlier digest trigger, then adds one daily at about 8:00 when someone is
 * listed in "Daily digest to". Returns the people listed (none: the digest is stopped).
 * @param workbook The active spreadsheet.
 */
export function scheduleDigest(workbook: Workbook): string[] {
  removeTriggersOf(DIGEST_HANDLER);
  const recipients = digestRecipients(workbook);
  if (recipients.length > 0) addDailyTrigger(DIGEST_HANDLER);
  return recipients;
}
