/** A post's calendar event text, one builder for the iCalendar export and the Google Calendar sync: its title and its description. */

import type { Post } from '../post';
import { composeMessage, exportLink, mediaUrls } from './post-text';

/** The event title: `[Platform] ` then the post's title, or the caption's first line cut to 60 characters. */
export function eventSummary(post: Post): string {
  const prefix = post.platform ? `[${post.platform}] ` : '';
  const firstLine = (post.title.trim() || post.caption.trim().split(/\r\n|\r|\n/)[0] || '').trim();
  const chars = Array.from(firstLine);
  const text = chars.length > 60 ? `${chars.slice(0, 59).join('').trimEnd()}…` : firstLine;
  return prefix + (text || '(no caption)');
}

/**
 * The event description: the message as it will be published, the tracked link, the media, then the
 * planning details (the date and time read in `zone`, the post's zone or the spreadsheet's).
 * @param post The post.
 * @param zone The time zone the post's date and time are read in.
 * @param utmTemplate The UTM template applied to the link, if any.
 */
export function eventDescription(post: Post, zone: string, utmTemplate: string | undefined): string {
  const details = [
    `Planned: ${post.date}${post.time ? ` ${post.time}` : ''} (${zone})`,
    post.status && `Status: ${post.status}`,
    post.format && `Format: ${post.format}`,
    post.owner && `Owner: ${post.owner}`,
    post.campaign && `Campaign: ${post.campaign}`,
    post.id && `Post ID: ${post.id}`,
  ].filter(Boolean);
  const media = mediaUrls(post);
  return [composeMessage(post), exportLink(post, { utmTemplate }), media.length ? `Media:\n${media.join('\n')}` : '', details.join('\n')]
    .filter((part) => part !== '')
    .join('\n\n');
}
