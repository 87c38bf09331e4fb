/** The message catalogue of checkPost(): one English and one Polish template per check code, with plural forms. */

import { messageLanguage as languageOf, type Language } from './message-language';

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

type Template = (p: MessageParams) => string;

/** English plural: `1 hashtag`, `2 hashtags`. */
function en(n: number | undefined, one: string, many: string): string {
  return `${fmt(n)} ${n === 1 ? one : many}`;
}

/** Polish plural: 1 → one, 2–4 (not 12–14) → few, else many: `1 hashtag`, `3 hashtagi`, `5 hashtagów`. */
function pl(n: number | undefined, one: string, few: string, many: string): string {
  const v = n ?? 0;
  const form =
    v === 1 ? one : Number.isInteger(v) && v % 10 >= 2 && v % 10 <= 4 && (v % 100 < 12 || v % 100 > 14) ? few : many;
  return `${fmt(n)} ${form}`;
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

const ENGLISH: Record<CheckCode, Template> = {
  'missing-platform': () => 'Choose a platform for this post so it can be checked.',
  'unknown-platform': (p) =>
    `“${p.value}” is not a platform in the Platforms sheet. Choose one of ${p.list}, or add a row for it on the Platforms sheet.`,
  'missing-format': (p) => `Choose a format for this ${p.platform} post (${p.list}).`,
  'format-not-available': (p) => `${p.platform} has no ${p.format} format. Choose one of ${p.list}.`,
  'text-too-long': (p) =>
    `${p.platform} allows ${enUnit(p.limit, p.unit)} in the ${p.what}; this one has ${fmt(p.used)}. Cut ${fmt(p.over)}.` +
    (p.adjustable === 'instance'
      ? ' If your instance allows more, change Max on the Platforms sheet.'
      : p.adjustable === 'premium'
        ? ' X Premium accounts may post more: change Max on the Platforms sheet if yours has it.'
        : ''),
  'caption-not-published': (p) =>
    `${p.platform} ${p.format} posts have no caption, so this text will not be published. Move what matters onto the media, or choose another format.`,
  'empty-caption': (p) => `A ${p.platform} ${p.format} post needs text. Write a caption.`,
  'title-too-long': (p) =>
    `${p.platform} allows ${enUnit(p.limit, p.unit)} in the title; this one has ${fmt(p.used)}. Cut ${fmt(p.over)}.`,
  'missing-title': (p) => `${p.platform} ${p.format} posts need a title. Fill in the Title column.`,
  'too-many-hashtags': (p) =>
    `${p.platform} allows ${enUnit(p.limit, 'hashtags')} per post; this one has ${fmt(p.used)}. Remove ${fmt(p.over)}.`,
  'hashtags-no-effect': (p) =>
    `Hashtags have no effect on ${p.platform}; you can remove the ${enUnit(p.used, 'hashtags')}.`,
  'too-many-mentions': (p) =>
    `${p.platform} allows ${enUnit(p.limit, 'mentions')} per post; this one has ${fmt(p.used)}. Remove ${fmt(p.over)}.`,
  'too-many-topic-tags': (p) =>
    `${p.platform} uses only the first hashtag (${p.value}) as the post's topic tag, so ${en(p.over, 'other hashtag stays', 'other hashtags stay')} plain text. Keep the one tag that matters.`,
  'too-many-links': (p) =>
    `${p.platform} allows ${enUnit(p.limit, 'links')} per post; this one has ${fmt(p.used)}. Remove ${fmt(p.over)}.`,
  'links-not-clickable': (p) =>
    `Links in ${p.platform} captions are not clickable (this one has ${fmt(p.used)}). Put the link in the Link column or your profile instead.`,
  'missing-media': (p) => `A ${p.platform} ${p.format} post needs media. Add the file's link to the Media column.`,
  'too-few-media': (p) =>
    `A ${p.platform} ${p.format} needs at least ${enUnit(p.limit, 'media items')}; this one has ${fmt(p.used)}. Add ${fmt(p.over)}.`,
  'too-many-media': (p) =>
    `A ${p.platform} ${p.format} post takes at most ${enUnit(p.limit, 'media items')}; this one has ${fmt(p.used)}. Remove ${fmt(p.over)}.`,
  'media-not-used': (p) =>
    `${p.platform} ${p.format} posts carry no media. Choose a format with media, or clear the Media column.`,
  'missing-link': (p) => `${p.platform} posts need a destination link. Fill in the Link column.`,
  'link-too-long': (p) =>
    `${p.platform} accepts links up to ${enUnit(p.limit)}; this one has ${fmt(p.used)}. Use a shorter link.`,
  'link-not-in-caption': (p) =>
    `${p.platform} has no separate link field, so the Link column is not published. Add the link to the caption if you want it in the post.`,
  'invalid-link': (p) => `The link “${p.value}” is not a valid web address. Use a full address starting with https://.`,
  'invalid-media-url': (p) =>
    `The media link “${p.value}” is not a valid web address. Use a full address starting with https://.`,
  'missing-date': () => 'This post has no date. Set a publishing date.',
  'invalid-date': (p) => `“${p.value}” is not a valid date. Use the format yyyy-MM-dd, e.g. 2026-03-15.`,
  'invalid-time': (p) => `“${p.value}” is not a valid time. Use the 24-hour format HH:mm, e.g. 09:30.`,
  'invalid-time-zone': (p) =>
    `“${p.value}” is not a known time zone. Use an IANA name such as Europe/Warsaw or America/New_York.`,
  'date-in-past': (p) =>
    `This post's date (${p.value}) has passed but its status is ${p.status}. Move it to a new date, or mark it Published or Cancelled.`,
  'scheduled-in-past': (p) =>
    `This post was scheduled for ${p.value}, which has passed. If it went out, mark it Published.`,
  'angle-brackets': (p) => `${p.platform} does not allow < or > in the ${p.what}. Remove ${enUnit(p.used)}.`,
  'phone-number': (p) =>
    `${p.platform} rejects posts with a phone number in the text (${p.value}). Remove it and use the call button instead.`,
  'invalid-characters': (p) =>
    `The text holds characters ${p.platform} does not accept (U+FFFE, U+FEFF or U+FFFF). Remove them.`,
};

const POLISH: Record<CheckCode, Template> = {
  'missing-platform': () => 'Wybierz platformę dla tego posta, żeby można go było sprawdzić.',
  'unknown-platform': (p) =>
    `„${p.value}” nie jest platformą z arkusza Platforms. Wybierz jedną z: ${p.list} albo dodaj dla niej wiersz w arkuszu Platforms.`,
  'missing-format': (p) => `Wybierz format tego posta na ${p.platform} (${p.list}).`,
  'format-not-available': (p) => `${p.platform} nie ma formatu ${p.format}. Wybierz jeden z: ${p.list}.`,
  'text-too-long': (p) =>
    `${p.platform} pozwala na ${plUnit(p.limit, p.unit)} (${PL_WHAT[p.what ?? 'caption'] ?? p.what}); ten post ma ${fmt(p.used)}. Skróć o ${fmt(p.over)}.` +
    (p.adjustable === 'instance'
      ? ' Jeśli Twoja instancja pozwala na więcej, zmień Max w arkuszu Platforms.'
      : p.adjustable === 'premium'
        ? ' Konta X Premium mogą publikować dłuższe posty: zmień Max w arkuszu Platforms, jeśli masz Premium.'
        : ''),
  'caption-not-published': (p) =>
    `Posty ${p.format} na ${p.platform} nie mają opisu, więc ten tekst nie zostanie opublikowany. Przenieś to, co ważne, na grafikę albo wybierz inny format.`,
  'empty-caption': (p) => `Post ${p.format} na ${p.platform} potrzebuje tekstu. Napisz opis.`,
  'title-too-long': (p) =>
    `${p.platform} pozwala na ${plUnit(p.limit, p.unit)} w tytule; ten ma ${fmt(p.used)}. Skróć o ${fmt(p.over)}.`,
  'missing-title': (p) => `Posty ${p.format} na ${p.platform} muszą mieć tytuł. Uzupełnij kolumnę Title.`,
  'too-many-hashtags': (p) =>
    `${p.platform} pozwala na ${plUnit(p.limit, 'hashtags')} w poście; ten ma ${fmt(p.used)}. Usuń ${fmt(p.over)}.`,
  'hashtags-no-effect': (p) => `Hashtagi nie działają na ${p.platform}; możesz usunąć ${plUnit(p.used, 'hashtags')}.`,
  'too-many-mentions': (p) =>
    `${p.platform} pozwala na ${plUnit(p.limit, 'mentions')} w poście; ten ma ${fmt(p.used)}. Usuń ${fmt(p.over)}.`,
  'too-many-topic-tags': (p) =>
    `${p.platform} traktuje jako temat posta tylko pierwszy hashtag (${p.value}); pozostałe (${fmt(p.over)}) zostaną zwykłym tekstem. Zostaw jeden, najważniejszy.`,
  'too-many-links': (p) =>
    `${p.platform} pozwala na ${plUnit(p.limit, 'links')} w poście; ten ma ${fmt(p.used)}. Usuń ${fmt(p.over)}.`,
  'links-not-clickable': (p) =>
    `Linki w opisach na ${p.platform} nie są klikalne (ten post ma ${plUnit(p.used, 'links')}). Wpisz link w kolumnie Link albo w profilu.`,
  'missing-media': (p) => `Post ${p.format} na ${p.platform} wymaga multimediów. Dodaj link do pliku w kolumnie Media.`,
  'too-few-media': (p) =>
    `${p.format} na ${p.platform} wymaga co najmniej: ${plUnit(p.limit, 'media items')}; ten ma ${fmt(p.used)}. Dodaj ${fmt(p.over)}.`,
  'too-many-media': (p) =>
    `Post ${p.format} na ${p.platform} może mieć najwyżej: ${plUnit(p.limit, 'media items')}; ten ma ${fmt(p.used)}. Usuń ${fmt(p.over)}.`,
  'media-not-used': (p) =>
    `Posty ${p.format} na ${p.platform} nie zawierają multimediów. Wybierz format z multimediami albo wyczyść kolumnę Media.`,
  'missing-link': (p) => `Posty na ${p.platform} potrzebują linku docelowego. Uzupełnij kolumnę Link.`,
  'link-too-long': (p) =>
    `${p.platform} przyjmuje linki do ${plUnit(p.limit)}; ten ma ${fmt(p.used)}. Użyj krótszego linku.`,
  'link-not-in-caption': (p) =>
    `${p.platform} nie ma osobnego pola na link, więc kolumna Link nie zostanie opublikowana. Dodaj link do opisu, jeśli ma być w poście.`,
  'invalid-link': (p) => `Link „${p.value}” nie jest poprawnym adresem. Wpisz pełny adres zaczynający się od https://.`,
  'invalid-media-url': (p) =>
    `Link do pliku „${p.value}” nie jest poprawnym adresem. Wpisz pełny adres zaczynający się od https://.`,
  'missing-date': () => 'Ten post nie ma daty. Ustaw datę publikacji.',
  'invalid-date': (p) => `„${p.value}” nie jest poprawną datą. Użyj formatu rrrr-MM-dd, np. 2026-03-15.`,
  'invalid-time': (p) => `„${p.value}” nie jest poprawną godziną. Użyj formatu 24-godzinnego GG:mm, np. 09:30.`,
  'invalid-time-zone': (p) => `„${p.value}” nie jest znaną strefą czasową. Użyj nazwy IANA, np. Europe/Warsaw.`,
  'date-in-past': (p) =>
    `Data tego posta (${p.value}) już minęła, a jego status to ${p.status}. Przenieś go na nowy termin albo oznacz jako Published lub Cancelled.`,
  'scheduled-in-past': (p) =>
    `Ten post był zaplanowany na ${p.value} i ten termin minął. Jeśli został opublikowany, oznacz go jako Published.`,
  'angle-brackets': (p) =>
    `${p.platform} nie dopuszcza znaków < ani > (${PL_WHAT[p.what ?? 'caption'] ?? p.what}). Usuń ${plUnit(p.used)}.`,
  'phone-number': (p) =>
    `${p.platform} odrzuca posty z numerem telefonu w tekście (${p.value}). Usuń go i użyj przycisku „Zadzwoń”.`,
  'invalid-characters': (p) =>
    `Tekst zawiera znaki, których ${p.platform} nie przyjmuje (U+FFFE, U+FEFF lub U+FFFF). Usuń je.`,
};

const CATALOGUE: Record<Language, Record<CheckCode, Template>> = { en: ENGLISH, pl: POLISH };

/**
 * The message for a check code in the locale's language (`pl`, `pl_PL`, `pl-PL` → Polish; anything else →
 * English), filled with `params`.
 */
export function checkMessage(code: CheckCode, params: MessageParams, locale?: string): string {
  return CATALOGUE[languageOf(locale)][code](params);
}
