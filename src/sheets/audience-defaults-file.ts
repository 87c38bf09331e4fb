/**
 * The built-in audience defaults, read from dist/AudienceDefaults.html (JSON the build writes from the
 * studies' table) the first time an execution needs them. The server bundle uses this module in place
 * of src/domain/planning/audience-defaults-source.ts.
 */

import type { AudienceDefaultsTable } from '../domain/planning/audience-defaults-table';
import { readProjectJson } from './project-json-file';

/** The project file the build writes the audience defaults to. */
export const AUDIENCE_DEFAULTS_FILE = 'AudienceDefaults';

/** The studies' activity windows per platform, and the generic default, parsed from the file. */
export function loadAudienceDefaults(): AudienceDefaultsTable {
  return readProjectJson(AUDIENCE_DEFAULTS_FILE) as AudienceDefaultsTable;
}
