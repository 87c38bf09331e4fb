/** Every global function Apps Script can call: triggers, menu commands and the sidebar's server calls. */

import { checkAllPosts, editSelectedPost, setupCalendar, showPostForm } from './commands';
import { exportPosts, getCalendarChoices, getExportContext, previewExport, showExportDialog, syncToGoogleCalendar } from './export-commands';
import {
  getPlanningHints,
  importAudienceCsv,
  importHolidays,
  refreshDashboard,
  refreshMonthViewIfPresent,
  showAudienceImport,
  showMonthView,
} from './planning-commands';
import { checkSetup } from './setup-check-commands';
import { fillGapsWithEvergreen, updateRepeatingPosts } from './series-commands';
import { checkPost, getFormContext, savePost } from './sidebar-calls';
import { scheduleDailyDigest, sendDailyDigest } from './notification-commands';
import { collectStakeholderDecisions, getReviewQueue, publishStakeholderView, reviewPost, showReviewQueue } from './stakeholder-commands';
import { onEdit, onInstall, onOpen } from './triggers';
import { useEnglish, usePolish } from './language-commands';
import {
  connectWoopSocial,
  disconnectWoopSocial,
  getWoopSocialConnection,
  previewWoopSocialSend,
  refreshDeliveryStatus,
  refreshDeliveryStatusHourly_,
  saveWoopSocialSetup,
  sendToWoopSocial,
  setHourlyRefresh,
  showWoopSocialConnect,
  showWoopSocialSend,
} from './publishing-commands';

/**
 * The public surface. src/index.ts assigns these to globalThis and the build appends a
 * `function name() {}` stub for each, so menus, triggers and google.script.run can see them.
 */
export const entrypoints = {
  onOpen,
  onInstall,
  onEdit,
  setupCalendar,
  showPostForm,
  editSelectedPost,
  checkAllPosts,
  updateRepeatingPosts,
  fillGapsWithEvergreen,
  getFormContext,
  savePost,
  checkPost,
  showExportDialog,
  getExportContext,
  previewExport,
  exportPosts,
  getCalendarChoices,
  syncToGoogleCalendar,
  showReviewQueue,
  getReviewQueue,
  reviewPost,
  publishStakeholderView,
  collectStakeholderDecisions,
  scheduleDailyDigest,
  sendDailyDigest,
  showMonthView,
  refreshMonthViewIfPresent,
  refreshDashboard,
  importHolidays,
  showAudienceImport,
  importAudienceCsv,
  getPlanningHints,
  checkSetup,
  useEnglish,
  usePolish,
  // WoopSocial hand-off (issue #20)
  showWoopSocialConnect,
  getWoopSocialConnection,
  connectWoopSocial,
  saveWoopSocialSetup,
  disconnectWoopSocial,
  showWoopSocialSend,
  previewWoopSocialSend,
  sendToWoopSocial,
  refreshDeliveryStatus,
  refreshDeliveryStatusHourly_,
  setHourlyRefresh,
};
