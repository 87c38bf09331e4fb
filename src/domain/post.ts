/** The post model: one planned social media post, as the calendar sheet and the sidebar form hold it. */

/** The columns of the Calendar sheet, in their default order. Found by header name (case-insensitive). */
export const CALENDAR_COLUMNS = [
  'ID',
  'Date',
  'Time',
  'Time zone',
  'Platform',
  'Format',
  'Title',
  'Caption',
  'Hashtags',
  'Link',
  'Media',
  'Status',
  'Owner',
  'Campaign',
  'Notes',
  'Checks',
  'Updated',
  'Approved by',
  'Approved at',
  'Approval',
  'Review comments',
  // WoopSocial hand-off (issue #20): the WoopSocial post ID and its delivery status.
  'WoopSocial ID',
  'Delivery',
] as const;

export type CalendarColumn = (typeof CALENDAR_COLUMNS)[number];

/**
 * A post as plain JSON. Every field is a string so that it crosses google.script.run unchanged:
 * `date` is `yyyy-MM-dd` (the post's local date in `timeZone`), `time` is `HH:mm`, `''` when unset.
 */
export interface Post {
  id: string;
  date: string;
  time: string;
  timeZone: string;
  platform: string;
  format: string;
  title: string;
  caption: string;
  /** Hashtags as typed, e.g. `#launch #spring` (the caption may hold more). */
  hashtags: string;
  link: string;
  /** Media URLs, one per line (commas and spaces also separate). */
  media: string;
  status: string;
  owner: string;
  campaign: string;
  notes: string;
}

/** Columns the add-on writes itself: checks, the audit stamp and the approval record. */
export const ADD_ON_COLUMNS = ['Checks', 'Updated', 'Approved by', 'Approved at', 'Approval', 'Review comments', 'WoopSocial ID', 'Delivery'] as const;

export type AddOnColumn = (typeof ADD_ON_COLUMNS)[number];

/** The Post field each calendar column holds (the add-on's own columns hold none). */
export const FIELD_BY_COLUMN: Record<Exclude<CalendarColumn, AddOnColumn>, keyof Post> = {
  ID: 'id',
  Date: 'date',
  Time: 'time',
  'Time zone': 'timeZone',
  Platform: 'platform',
  Format: 'format',
  Title: 'title',
  Caption: 'caption',
  Hashtags: 'hashtags',
  Link: 'link',
  Media: 'media',
  Status: 'status',
  Owner: 'owner',
  Campaign: 'campaign',
  Notes: 'notes',
};

/** The built-in platforms, in menu order (the Settings sheet may add more). */
export const PLATFORMS = [
  'X',
  'Instagram',
  'Facebook',
  'LinkedIn',
  'TikTok',
  'Pinterest',
  'YouTube',
  'Threads',
  'Bluesky',
  'Mastodon',
  'Google Business Profile',
] as const;

/** The built-in formats. */
export const FORMATS = [
  'Text',
  'Image',
  'Carousel',
  'Video',
  'Reel',
  'Story',
  'Short',
  'Pin',
  'Document',
  'Article',
] as const;

/** The built-in statuses, in workflow order. */
export const STATUSES = [
  'Idea',
  'Draft',
  'In review',
  'Needs changes',
  'Approved',
  'Scheduled',
  'Published',
  'Cancelled',
] as const;

/** Statuses after which a post no longer needs planning work (not overdue once its date passes). */
export const DONE_STATUSES: readonly string[] = ['Scheduled', 'Published', 'Cancelled'];

/** An empty post, the starting point for the form and for rows read from the sheet. */
export function emptyPost(): Post {
  return {
    id: '',
    date: '',
    time: '',
    timeZone: '',
    platform: '',
    format: '',
    title: '',
    caption: '',
    hashtags: '',
    link: '',
    media: '',
    status: '',
    owner: '',
    campaign: '',
    notes: '',
  };
}
