/** Reads a WoopSocial post's delivery (one child post per account) as what the calendar shows: the Delivery cell, the Status, and the platform's reason when it failed. */

/** The parts of a social account post the calendar reads (openapi.yaml SocialAccountPostBase). */
export interface ChildDelivery {
  deliveryStatus: 'NOT_STARTED' | 'SENDING' | 'PUBLISHED' | 'FAILED' | string;
  deliveryCompletedAt?: string;
  externalPostUrl?: string;
  errorMessage?: string;
  schedule?: { type?: string; scheduledFor?: string };
}

/** The whole post's delivery: the least advanced child decides, a failure wins. */
export interface DeliverySummary {
  status: 'NOT_STARTED' | 'SENDING' | 'PUBLISHED' | 'FAILED';
  completedAt?: string;
  url?: string;
  error?: string;
}

/**
 * Summarises the children of one post: FAILED when any failed (with its message), PUBLISHED when all
 * published (latest completion time, first link), SENDING when any is being sent, else NOT_STARTED.
 */
export function summariseDelivery(children: readonly ChildDelivery[]): DeliverySummary {
  const failed = children.find((child) => child.deliveryStatus === 'FAILED');
  if (failed) return { status: 'FAILED', completedAt: failed.deliveryCompletedAt, error: failed.errorMessage || '' };
  if (children.length > 0 && children.every((child) => child.deliveryStatus === 'PUBLISHED')) {
    const times = children.map((child) => child.deliveryCompletedAt ?? '').sort();
    return { status: 'PUBLISHED', completedAt: times[times.length - 1] || undefined, url: children.find((child) => child.externalPostUrl)?.externalPostUrl };
  }
  if (children.some((child) => child.deliveryStatus === 'SENDING' || child.deliveryStatus === 'PUBLISHED')) return { status: 'SENDING' };
  return { status: 'NOT_STARTED' };
}
