/** The setup check's words (Help › Check this spreadsheet's setup) in English and Polish: server-only, registered in ./catalogue-source.ts. */

import type { MessageCatalogue } from './catalogue-types';

/** `{list}` placeholders are the platform's own names (Intl features, scopes, zones) and stay untranslated. */
export const SETUP_CHECK_MESSAGES: MessageCatalogue = {
  en: {
    'menu.help': 'Help',
    'menu.checkSetup': 'Check this spreadsheet’s setup',
    'setup.title': 'Setup check',
    'setup.tempSheet': 'Setup check (temporary)',
    'setup.intro':
      'Each line below is one assumption the add-on rests on, tested in this spreadsheet on Google’s own services. Nothing of your team’s data was changed: the checks used a temporary sheet, now removed.',
    'setup.send':
      'To help improve the add-on, copy the JSON below and send it to whoever maintains it (see the README section “Checking a real spreadsheet’s setup”). It holds no post text, only what the checks found.',
    'setup.copy': 'Copy the JSON',
    'setup.status.pass': 'OK',
    'setup.status.warn': 'Copes',
    'setup.status.fail': 'Problem',
    'setup.status.info': 'Info',
    'setup.error': 'The check itself stopped with this message: {message}',
    'setup.intl.title': 'Time zones and text on this runtime',
    'setup.intl.pass': 'Intl has every feature the add-on can use ({list}).',
    'setup.intl.warn':
      'Intl lacks {list}. The add-on does not need them: time-zone offsets come from {source} and text is split with its own segmenter.',
    'setup.text-apostrophe.title': 'Text kept as text (leading apostrophe)',
    'setup.text-apostrophe.pass': 'A value written with a leading apostrophe reads back as the same text, not a number or formula.',
    'setup.text-apostrophe.fail':
      'A value written with a leading apostrophe did not read back as the same text ({list}). Captions that look like numbers or formulas may change.',
    'setup.date-wall-time.title': 'Dates read in the spreadsheet’s time zone',
    'setup.date-wall-time.pass': 'A date and time typed into a cell read back as the same wall-clock time in {zone}.',
    'setup.date-wall-time.fail': 'A date typed into a cell read back differently ({list}). Post dates may shift by a day.',
    'setup.zone-offsets.title': 'Time-zone offsets',
    'setup.zone-offsets.pass': 'The add-on’s offsets agree with Utilities.formatDate for {list}, at {count} moments each.',
    'setup.zone-offsets.fail': 'The add-on’s offsets disagree with Utilities.formatDate: {list}.',
    'setup.scopes.title': 'Permissions granted',
    'setup.scopes.pass': 'Every permission the add-on asks for is granted.',
    'setup.scopes.fail': 'Some permissions are not granted yet. Run any menu command and accept the permission request.',
    'setup.protections.title': 'Protections',
    'setup.protections.pass':
      'You can create and change a protection. Of the add-on’s {total} protections here, you can edit {editable}; a redraw leaves the others as their owner set them.',
    'setup.protections.fail': 'You could not change a protection you made ({message}). Redraws will leave protections as they are.',
    'setup.holiday-calendars.title': 'Public holiday calendars',
    'setup.holiday-calendars.pass': 'The holiday calendars could be read: {list}.',
    'setup.holiday-calendars.warn': 'Some holiday calendars could not be read: {list}.',
    'setup.holiday-calendars.info': 'The Advanced Calendar service is not enabled in this script, so this was not checked.',
    'setup.quotas.title': 'Quotas',
    'setup.quotas.info':
      'Apps Script reports a remaining quota only for email (MailApp), and the add-on does not ask to send email, so there is nothing to report.',
  },
  pl: {
    'menu.help': 'Pomoc',
    'menu.checkSetup': 'Sprawdź konfigurację tego arkusza',
    'setup.title': 'Sprawdzenie konfiguracji',
    'setup.tempSheet': 'Sprawdzenie konfiguracji (tymczasowy)',
    'setup.intro':
      'Każdy wiersz poniżej to jedno założenie, na którym opiera się dodatek, sprawdzone w tym arkuszu na usługach Google. Dane zespołu nie zostały zmienione: sprawdzenie użyło tymczasowego arkusza, który już usunięto.',
    'setup.send':
      'Aby pomóc ulepszyć dodatek, skopiuj poniższy JSON i wyślij go osobie, która go utrzymuje (zob. sekcję README „Checking a real spreadsheet’s setup”). Nie zawiera treści postów, tylko wyniki sprawdzenia.',
    'setup.copy': 'Skopiuj JSON',
    'setup.status.pass': 'OK',
    'setup.status.warn': 'Radzi sobie',
    'setup.status.fail': 'Problem',
    'setup.status.info': 'Informacja',
    'setup.error': 'Samo sprawdzenie zatrzymało się z komunikatem: {message}',
    'setup.intl.title': 'Strefy czasowe i tekst w tym środowisku',
    'setup.intl.pass': 'Intl ma wszystkie funkcje, których dodatek może użyć ({list}).',
    'setup.intl.warn':
      'W Intl brakuje: {list}. Dodatek ich nie potrzebuje: przesunięcia stref czasowych bierze z {source}, a tekst dzieli własnym segmentatorem.',
    'setup.text-apostrophe.title': 'Tekst zostaje tekstem (apostrof na początku)',
    'setup.text-apostrophe.pass': 'Wartość zapisana z apostrofem na początku odczytuje się jako ten sam tekst, nie liczba ani formuła.',
    'setup.text-apostrophe.fail':
      'Wartość zapisana z apostrofem na początku odczytała się inaczej ({list}). Podpisy wyglądające jak liczby lub formuły mogą się zmienić.',
    'setup.date-wall-time.title': 'Daty czytane w strefie czasowej arkusza',
    'setup.date-wall-time.pass': 'Data i godzina wpisane w komórkę odczytują się jako ta sama godzina w strefie {zone}.',
    'setup.date-wall-time.fail': 'Data wpisana w komórkę odczytała się inaczej ({list}). Daty postów mogą przesunąć się o dzień.',
    'setup.zone-offsets.title': 'Przesunięcia stref czasowych',
    'setup.zone-offsets.pass': 'Przesunięcia dodatku zgadzają się z Utilities.formatDate dla {list}, w {count} chwilach dla każdej strefy.',
    'setup.zone-offsets.fail': 'Przesunięcia dodatku nie zgadzają się z Utilities.formatDate: {list}.',
    'setup.scopes.title': 'Udzielone uprawnienia',
    'setup.scopes.pass': 'Wszystkie uprawnienia, o które prosi dodatek, są udzielone.',
    'setup.scopes.fail': 'Części uprawnień jeszcze nie udzielono. Uruchom dowolne polecenie z menu i zaakceptuj prośbę o uprawnienia.',
    'setup.protections.title': 'Zabezpieczenia',
    'setup.protections.pass':
      'Możesz tworzyć i zmieniać zabezpieczenia. Z {total} zabezpieczeń dodatku w tym arkuszu możesz edytować {editable}; odświeżenie zostawia pozostałe tak, jak ustawił je ich właściciel.',
    'setup.protections.fail': 'Nie udało się zmienić zabezpieczenia, które utworzyłeś ({message}). Odświeżenia zostawią zabezpieczenia bez zmian.',
    'setup.holiday-calendars.title': 'Kalendarze świąt',
    'setup.holiday-calendars.pass': 'Kalendarze świąt dało się odczytać: {list}.',
    'setup.holiday-calendars.warn': 'Części kalendarzy świąt nie dało się odczytać: {list}.',
    'setup.holiday-calendars.info': 'Zaawansowana usługa Calendar nie jest włączona w tym skrypcie, więc tego nie sprawdzono.',
    'setup.quotas.title': 'Limity',
    'setup.quotas.info':
      'Apps Script podaje pozostały limit tylko dla e-maili (MailApp), a dodatek nie prosi o wysyłanie e-maili, więc nie ma czego pokazać.',
  },
};
