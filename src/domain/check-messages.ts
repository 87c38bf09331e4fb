/** The messages of checkPost(): fills the catalogue's `check.<code>` templates with plural-correct unit phrases. */

import { t } from './i18n';
import { messageLanguage as languageOf } from './message-language';
import { pluralForm } from './i18n/plural';

/** Values a check message is filled with. */
export interface MessageParams {
  platform?: string;
  format?: string;
  /** A list, already joined (formats, platforms). */
  list?: string;
  used?: number;
  limit?: number;
  /** used − limit, or what is missing. */
  over?: number;
  /** The counting unit, as COUNTING_UNITS names it (`weighted characters`, `bytes`, ...). */
  unit?: string;
  /** The Post field in words: caption, title, description. */
  what?: string;
  /** A value from the post (a date, a URL, a phone number). */
  value?: string;
  status?: string;
  /** Whether the limit is per account (Mastodon instance, X Premium): the message says where to change it. */
  adjustable?: string;
}

/** Every check code checkPost() reports. */
export const CHECK_CODES = [
  'missing-platform',
  'unknown-platform',
  'missing-format',
  'format-not-available',
  'text-too-long',
  'caption-not-published',
  'empty-caption',
  'title-too-long',
  'missing-title',
  'too-many-hashtags',
  'hashtags-no-effect',
  'too-many-mentions',
  'too-many-topic-tags',
  'too-many-links',
  'links-not-clickable',
  'missing-media',
  'too-few-media',
  'too-many-media',
  'media-not-used',
  'missing-link',
  'link-too-long',
  'link-not-in-caption',
  'invalid-link',
  'invalid-media-url',
  'missing-date',
  'invalid-date',
  'invalid-time',
  'invalid-time-zone',
  'date-in-past',
  'scheduled-in-past',
  'angle-brackets',
  'phone-number',
  'invalid-characters',
] as const;

/** One of CHECK_CODES. */
export type CheckCode = (typeof CHECK_CODES)[number];

/** English plural: `1 hashtag`, `2 hashtags` (rules in i18n/plural.ts). */
function en(n: number | undefined, one: string, many: string): string {
  return `${fmt(n)} ${pluralForm(n ?? 0, [one, many])}`;
}

/** Polish plural: 1 → one, 2–4 (not 12–14) → few, else many: `1 hashtag`, `3 hashtagi`, `5 hashtagów`. */
function pl(n: number | undefined, one: string, few: string, many: string): string {
  return `${fmt(n)} ${pluralForm(n ?? 0, [one, few, many])}`;
}

function fmt(n: number | undefined): string {
  return String(n ?? 0);
}

const EN_UNITS: Record<string, [string, string]> = {
  'weighted characters': ['weighted character', 'weighted characters'],
  graphemes: ['grapheme', 'graphemes'],
  characters: ['character', 'characters'],
  bytes: ['byte', 'bytes'],
  hashtags: ['hashtag', 'hashtags'],
  mentions: ['mention', 'mentions'],
  links: ['link', 'links'],
  'media items': ['media item', 'media items'],
};

const PL_UNITS: Record<string, [string, string, string]> = {
  'weighted characters': ['znak ważony', 'znaki ważone', 'znaków ważonych'],
  graphemes: ['grafem', 'grafemy', 'grafemów'],
  characters: ['znak', 'znaki', 'znaków'],
  bytes: ['bajt', 'bajty', 'bajtów'],
  hashtags: ['hashtag', 'hashtagi', 'hashtagów'],
  mentions: ['oznaczenie', 'oznaczenia', 'oznaczeń'],
  links: ['link', 'linki', 'linków'],
  'media items': ['plik multimedialny', 'pliki multimedialne', 'plików multimedialnych'],
};

const PL_WHAT: Record<string, string> = { caption: 'opis', title: 'tytuł', description: 'opis' };

function enUnit(n: number | undefined, unit = 'characters'): string {
  const forms = EN_UNITS[unit] ?? [unit, unit];
  return en(n, forms[0], forms[1]);
}

function plUnit(n: number | undefined, unit = 'characters'): string {
  const forms = PL_UNITS[unit] ?? [unit, unit, unit];
  return pl(n, forms[0], forms[1], forms[2]);
}

/** The unit word alone, for a count shown as `291/280 <unit>` (Polish uses the genitive plural there). */
export function unitLabel(unit: string, locale?: string): string {
  return languageOf(locale) === 'pl' ? (PL_UNITS[unit] ?? [unit, unit, unit])[2] : unit;
}

/** The unit each code counts in when it is not the rule's own counting unit. */
const CODE_UNITS: Partial<Record<CheckCode, string>> = {
  'too-many-hashtags': 'hashtags',
  'hashtags-no-effect': 'hashtags',
  'too-many-mentions': 'mentions',
  'too-many-links': 'links',
  'links-not-clickable': 'links',
  'too-few-media': 'media items',
  'too-many-media': 'media items',
};

/**
 * The message for a check code in the locale's language (`pl`, `pl_PL`, `pl-PL` → Polish; anything else →
 * English), filled with `params`.
 */
export function checkMessage(code: CheckCode, params: MessageParams, locale?: string): string {
  const polish = languageOf(locale) === 'pl';
  const unit = CODE_UNITS[code] ?? params.unit ?? 'characters';
  const units = (n: number | undefined) => (polish ? plUnit(n, unit) : enUnit(n, unit));
  const loc = locale ?? 'en';
  return t(loc, `check.${code}`, {
    platform: params.platform ?? '',
    format: params.format ?? '',
    list: params.list ?? '',
    value: params.value ?? '',
    status: params.status ?? '',
    used: fmt(params.used),
    over: fmt(params.over),
    limit: fmt(params.limit),
    limitUnits: units(params.limit),
    usedUnits: units(params.used),
    what: polish ? (PL_WHAT[params.what ?? 'caption'] ?? params.what ?? '') : (params.what ?? ''),
    adjustable:
      params.adjustable === 'instance' || params.adjustable === 'premium' ? t(loc, `check.adjustable.${params.adjustable}`) : '',
    otherTags: t(loc, params.over === 1 ? 'check.otherTags.one' : 'check.otherTags.many', { count: fmt(params.over) }),
  });
}
