/** The bundle's entry: the only file that touches globalThis. */

import { entrypoints } from './entrypoints';
import { useAppsScriptZoneOffsets } from './services/apps-script-zone-offset';

// Time-zone offsets fall back to Utilities.formatDate where Intl lacks `longOffset` (issue #16).
useAppsScriptZoneOffsets();
Object.assign(globalThis, entrypoints);
