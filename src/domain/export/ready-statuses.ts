/** The statuses "ready to go out" that scheduler exports select by default, and the filter value that stands for them. */

/** The status filter value that stands for READY_STATUSES (the Export dialog's default for scheduler files). */
export const READY_STATUS_FILTER = '@ready';

/** Posts with these statuses are ready to go out: what Hootsuite, Sprout and Publer files hold by default. */
export const READY_STATUSES: readonly string[] = ['Approved', 'Scheduled'];
