/** The human-readable names the Platforms sheet shows for rule fields and counting methods, and back. */

import { COUNTING_METHODS, type CountingMethod } from '../counting/counting-methods';
import { RULE_FIELDS, type RuleField } from './rule-types';

/** The sheet's name for each rule field. */
export const FIELD_LABELS: Record<RuleField, string> = {
  format: 'Format available',
  caption: 'Caption length',
  title: 'Title length',
  hashtags: 'Hashtags',
  mentions: 'Mentions',
  'topic-tags': 'Topic tags',
  links: 'Links in caption',
  link: 'Link',
  media: 'Media items',
  'video-seconds': 'Video seconds',
  'angle-brackets': '< and > characters',
  'phone-numbers': 'Phone numbers',
  'posts-per-day': 'Posts per day',
  'minutes-between-posts': 'Minutes between posts',
  'alt-text': 'Alt text length',
  'first-comment': 'First comment length',
  spoilers: 'Text spoilers',
  subreddit: 'Subreddit',
};

/** The sheet's name for each counting method. */
export const COUNTING_LABELS: Record<CountingMethod, string> = {
  'x-weighted': 'X weighted',
  graphemes: 'Graphemes',
  utf16: 'UTF-16 units',
  'utf8-bytes': 'UTF-8 bytes',
  mastodon: 'Mastodon',
  threads: 'Threads emoji bytes',
};

/** A label as the sheet readers compare it: case, spaces, `_` and `-` ignored. */
export function loose(text: string): string {
  return text.toLowerCase().replace(/[\s_-]+/g, '');
}

/** The rule field a sheet cell names (its label or code, any case and spacing), or undefined. */
export function parseFieldLabel(text: string): RuleField | undefined {
  const k = loose(text);
  if (!k) return undefined;
  return RULE_FIELDS.find((field) => loose(field) === k || loose(FIELD_LABELS[field]) === k);
}

/** The counting method a sheet cell names (its label or code, any case and spacing), or undefined. */
export function parseCountingLabel(text: string): CountingMethod | undefined {
  const k = loose(text);
  if (!k) return undefined;
  return COUNTING_METHODS.find((method) => loose(method) === k || loose(COUNTING_LABELS[method]) === k);
}
