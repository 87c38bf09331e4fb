/** The IANA time zones the time zone picker offers, under today's names, with a search box and the likely zones first. */

import { el } from './dom';

/**
 * Zones browsers still list under an old name (CLDR keeps the first spelling as canonical), with the
 * name IANA uses today (tzdata NEWS: Kyiv 2022b, Kolkata 1993, Nuuk 2020a, Kanton 2021b, ...).
 */
const CURRENT_NAMES: Readonly<Record<string, string>> = {
  'Europe/Kiev': 'Europe/Kyiv',
  'Europe/Uzhgorod': 'Europe/Kyiv',
  'Europe/Zaporozhye': 'Europe/Kyiv',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'America/Godthab': 'America/Nuuk',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Truk': 'Pacific/Chuuk',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Louisville': 'America/Kentucky/Louisville',
};

/** A zone under the name IANA uses today (`Europe/Kiev` → `Europe/Kyiv`). */
export function currentZoneName(zone: string): string {
  return CURRENT_NAMES[zone] ?? zone;
}

/**
 * Every IANA zone the browser knows under today's name, plus `extra` zones (the spreadsheet's, the
 * post's, kept as written), sorted, without duplicates.
 * @param extra Zones that must be offered even if the browser does not list them.
 */
export function timeZoneChoices(...extra: string[]): string[] {
  let zones: string[];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [];
  }
  const all = new Set([...zones.map(currentZoneName), 'UTC', ...extra.filter(Boolean)]);
  return [...all].sort((a, b) => a.localeCompare(b));
}

/**
 * How a zone is shown: `America/New_York` → `America/New York`.
 * @param zone An IANA zone.
 */
export function timeZoneLabel(zone: string): string {
  return zone.replace(/_/g, ' ');
}

const RECENT_KEY = 'content-calendar.recent-zones';
const RECENT_MAX = 5;

/** Zones this browser chose recently, newest first ([] where the page may not use storage). */
function recentZones(): string[] {
  try {
    const list = JSON.parse(window.localStorage.getItem(RECENT_KEY) ?? '[]') as unknown;
    return Array.isArray(list) ? list.filter((zone): zone is string => typeof zone === 'string').slice(0, RECENT_MAX) : [];
  } catch {
    return [];
  }
}

function rememberZone(zone: string): void {
  try {
    const list = [zone, ...recentZones().filter((z) => z !== zone)].slice(0, RECENT_MAX);
    window.localStorage.setItem(RECENT_KEY, JSON.stringify(list));
  } catch {
    // Storage is off: the list is just not remembered.
  }
}

/**
 * Makes the zone select findable: a search box above it filters the zones as the person types (by any
 * part, spaces or underscores alike), and a "Suggested" group leads with the spreadsheet's zone and the
 * zones chosen recently. The select stays the control the form reads.
 * @param select The zone select (its options are every zone, as timeZoneChoices gives them).
 * @param wrapper The field that holds it (the search box goes before the select).
 * @param sheetZone The spreadsheet's zone.
 * @param labels The search box's label and placeholder, and the two group names.
 */
export function enhanceZonePicker(
  select: HTMLSelectElement,
  wrapper: HTMLElement,
  sheetZone: string,
  labels: { search: string; suggested: string; all: string; noMatch: string },
): HTMLInputElement {
  const all = [...select.options].map((option) => option.value);
  const suggested = [...new Set([sheetZone, ...recentZones()])].filter((zone) => all.includes(zone));
  const search = el('input', {
    type: 'search',
    id: `${select.id || 'zone'}-search`,
    class: 'zone-search',
    placeholder: labels.search,
    'aria-label': labels.search,
    'aria-controls': select.id,
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const option = (zone: string) => el('option', { value: zone }, timeZoneLabel(zone));
  const wordsOf = (query: string) => query.toLowerCase().replace(/_/g, ' ').split(/\s+/).filter(Boolean);
  const matches = (zone: string, words: string[]) => words.every((word) => timeZoneLabel(zone).toLowerCase().includes(word));
  const render = (query: string) => {
    const value = select.value;
    const words = wordsOf(query);
    const shown = all.filter((zone) => matches(zone, words) || zone === value);
    const lead = suggested.filter((zone) => shown.includes(zone));
    select.replaceChildren(
      ...(lead.length > 0 ? [el('optgroup', { label: labels.suggested }, ...lead.map(option))] : []),
      el('optgroup', { label: labels.all }, ...shown.filter((zone) => !lead.includes(zone)).map(option)),
    );
    select.value = value;
    search.setCustomValidity(words.length > 0 && shown.every((zone) => !matches(zone, words)) ? labels.noMatch : '');
  };
  search.addEventListener('input', () => {
    render(search.value);
    // The first match is chosen as the person types, so the field shows what Enter or Tab would keep.
    const words = wordsOf(search.value);
    const first = [...suggested, ...all].find((zone) => matches(zone, words));
    if (words.length > 0 && first && !matches(select.value, words)) {
      select.value = first;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
  });
  select.addEventListener('change', () => rememberZone(select.value));
  render('');
  wrapper.insertBefore(search, select);
  return search;
}
