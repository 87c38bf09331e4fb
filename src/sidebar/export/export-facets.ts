/** The Export dialog's post filters: platform and status counts follow the date range; scheduler files default to the posts ready to go out. */

import { READY_STATUS_FILTER } from '../../domain/export/ready-statuses';
import type { ExportContext } from '../../sheets/export-rpc';
import type { PageTranslate } from '../lib/page-messages';
import type { Controls } from './export-controls';
import { listOptions } from './export-controls';
import { setOptions } from './export-inputs';

/** Counts of the posts dated within `from`..`to` (either may be empty), per platform and status, and of the ready ones. */
function facetCounts(
  context: ExportContext,
  from: string,
  to: string,
): { posts: number; byPlatform: Record<string, number>; byStatus: Record<string, number>; ready: number } {
  const out = { posts: 0, byPlatform: {} as Record<string, number>, byStatus: {} as Record<string, number>, ready: 0 };
  const ready = new Set(context.readyStatuses.map((status) => status.toLowerCase()));
  for (const [date, platform, status] of context.postFacets) {
    if ((from || to) && (!date || (from && date < from) || (to && date > to))) continue;
    out.posts++;
    if (platform) out.byPlatform[platform] = (out.byPlatform[platform] ?? 0) + 1;
    if (status) out.byStatus[status] = (out.byStatus[status] ?? 0) + 1;
    if (ready.has(status.toLowerCase())) out.ready++;
  }
  return out;
}

/**
 * Keeps the platform and status lists counting the posts in the date range, and chooses the ready
 * posts for a scheduler format until the person chooses a status.
 * @param controls The dialog's controls.
 * @param context getExportContext()'s result.
 * @param t The dialog's translator.
 */
export function followDateRange(controls: Controls, context: ExportContext, t: PageTranslate): void {
  let statusChosen = false;
  controls.status.addEventListener('change', () => (statusChosen = true));
  const recount = () => {
    const counts = facetCounts(context, controls.from.value, controls.to.value);
    setOptions(controls.platform, listOptions(t, context.platforms, counts.byPlatform, counts.posts));
    const statuses = listOptions(t, context.statuses, counts.byStatus, counts.posts);
    statuses.splice(1, 0, [READY_STATUS_FILTER, t('export.readyStatuses', { count: counts.ready })]);
    setOptions(controls.status, statuses);
  };
  const defaultStatus = () => {
    if (statusChosen) return;
    const target = context.targets.find((choice) => choice.id === controls.target.value);
    controls.status.value = target?.scheduler ? READY_STATUS_FILTER : '';
  };
  controls.from.addEventListener('change', recount);
  controls.to.addEventListener('change', recount);
  controls.target.addEventListener('change', defaultStatus);
  recount();
  defaultStatus();
}
