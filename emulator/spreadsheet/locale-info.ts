/** What a spreadsheet locale changes: date order, decimal and grouping separators, currency and default date formats. */

/** The parts of a locale the emulator models. */
export interface LocaleInfo {
  dateOrder: 'MDY' | 'DMY' | 'YMD';
  decimal: '.' | ',';
  group: ',' | '.' | ' ' | "'";
  currency: string;
  /** Number format a typed date like 1/2/2024 gets. */
  dateFormat: string;
  /** Number format a script-written Date gets (W-09). */
  dateTimeFormat: string;
  /** Number format a typed time like 9:30 gets. */
  timeFormat: string;
}

const US: LocaleInfo = {
  dateOrder: 'MDY',
  decimal: '.',
  group: ',',
  currency: '$',
  dateFormat: 'M/d/yyyy',
  dateTimeFormat: 'M/d/yyyy H:mm:ss',
  timeFormat: 'h:mm:ss am/pm',
};
const GB: LocaleInfo = {
  dateOrder: 'DMY',
  decimal: '.',
  group: ',',
  currency: '£',
  dateFormat: 'dd/MM/yyyy',
  dateTimeFormat: 'dd/MM/yyyy HH:mm:ss',
  timeFormat: 'HH:mm:ss',
};
const EURO_COMMA = (currency: string, sep: '.' | ' ', dateFormat: string): LocaleInfo => ({
  dateOrder: 'DMY',
  decimal: ',',
  group: sep,
  currency,
  dateFormat,
  dateTimeFormat: `${dateFormat} HH:mm:ss`,
  timeFormat: 'HH:mm:ss',
});

const TABLE: Record<string, LocaleInfo> = {
  en_US: US,
  en: US,
  en_GB: GB,
  en_AU: { ...GB, currency: '$' },
  en_IE: { ...GB, currency: '€' },
  en_NZ: { ...GB, currency: '$' },
  en_IN: { ...GB, currency: '₹' },
  en_CA: { ...US, dateOrder: 'YMD', dateFormat: 'yyyy-MM-dd', dateTimeFormat: 'yyyy-MM-dd HH:mm:ss' },
  de_DE: EURO_COMMA('€', '.', 'dd.MM.yyyy'),
  fr_FR: EURO_COMMA('€', ' ', 'dd/MM/yyyy'),
  es_ES: EURO_COMMA('€', '.', 'dd/MM/yyyy'),
  it_IT: EURO_COMMA('€', '.', 'dd/MM/yyyy'),
  nl_NL: EURO_COMMA('€', '.', 'dd-MM-yyyy'),
  pl_PL: EURO_COMMA('zł', ' ', 'dd.MM.yyyy'),
  pt_BR: EURO_COMMA('R$', '.', 'dd/MM/yyyy'),
  ja_JP: { ...US, dateOrder: 'YMD', currency: '¥', dateFormat: 'yyyy/MM/dd', dateTimeFormat: 'yyyy/MM/dd H:mm:ss', timeFormat: 'H:mm:ss' },
};

/** The locale info for a Sheets locale code (`en_US`, `de_DE`); unknown codes fall back to en_US. */
export function localeInfo(locale: string): LocaleInfo {
  return TABLE[locale] ?? TABLE[locale.split('_')[0]] ?? US;
}
