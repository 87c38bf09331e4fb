/**
 * Where the built-in audience defaults come from: here, the table as code (tests, pages, node scripts).
 * The server build swaps this module for src/sheets/audience-defaults-file.ts, which reads
 * dist/AudienceDefaults.html (the table as JSON the build writes from this module), so Code.js carries
 * no studies' text of its own.
 */

import { audienceDefaultsTable, type AudienceDefaultsTable } from './audience-defaults-table';

/** The studies' activity windows per platform, and the generic default. */
export function loadAudienceDefaults(): AudienceDefaultsTable {
  return audienceDefaultsTable();
}
