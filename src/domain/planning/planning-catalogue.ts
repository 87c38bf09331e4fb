/** The planning views' strings (month view, events, cadence, best times, dashboard), in English and Polish: data only. */

import type { MessageCatalogue } from '../i18n/catalogue-types';

/**
 * The planning catalogue, in the project catalogue's shape (keys start with `planning.`). Lists are
 * `|`-separated, Monday first. To merge into src/domain/i18n, add PLANNING_MESSAGES to its CATALOGUES.
 */
export const PLANNING_MESSAGES: MessageCatalogue = {
  en: {
    'planning.weekdays.long': 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday',
    'planning.weekdays.short': 'Mon|Tue|Wed|Thu|Fri|Sat|Sun',
    'planning.weekdays.onPlural':
      'on Mondays|on Tuesdays|on Wednesdays|on Thursdays|on Fridays|on Saturdays|on Sundays',
    'planning.weekdays.object': 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday',
    'planning.weekdays.genitive': 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday',
    'planning.months.title': 'January|February|March|April|May|June|July|August|September|October|November|December',
    'planning.months.inDate': 'January|February|March|April|May|June|July|August|September|October|November|December',
    'planning.date.long': '{weekday} {day} {month}',
    'planning.date.long.year': '{weekday} {day} {month} {year}',
    'planning.unit.post.one': 'post',
    'planning.unit.post.few': 'posts',
    'planning.unit.post.many': 'posts',
    'planning.unit.day.one': 'day',
    'planning.unit.day.few': 'days',
    'planning.unit.day.many': 'days',
    'planning.list.and': ' and ',

    'planning.month.title': '{month} {year}',
    'planning.month.subtitle': 'Times in {zone}. Amber days have nothing planned.',
    'planning.month.noPosts': 'No posts',
    'planning.month.more': '+{count} more',
    'planning.month.allDay': 'All day',
    'planning.month.untitled': '(untitled)',
    'planning.month.key': 'Key',
    'planning.month.overdue': 'Overdue',
    'planning.month.gap': 'No posts',
    'planning.month.note.status': 'Status: {status}',
    'planning.month.note.owner': 'Owner: {owner}',
    'planning.month.note.id': 'ID: {id}',
    'planning.month.note.planned': 'Planned for {date} {time} {zone}; shown here in {viewZone}.',
    'planning.month.note.asWritten':
      'The time or time zone could not be read, so the date and time are shown as written.',
    'planning.month.note.overdue': 'Overdue: its date has passed and it is not scheduled or published yet.',

    'planning.events.noHeader':
      'The Events sheet needs a header row with at least the columns Date and Name. Add them in the first row and refresh.',
    'planning.events.badDate':
      'Row {row}: “{value}” is not a date. Enter it as year-month-day, e.g. 2026-03-14, or pick it from the date picker.',
    'planning.events.noDate': 'Row {row}: the event “{name}” has no date. Enter its date in the Date column.',
    'planning.events.noName':
      'Row {row}: the event on {date} has no name. Enter a name so it can show on the calendar.',
    'planning.events.badEnd':
      'Row {row}: the end date “{value}” is not a date on or after {date}. Enter a later end date or clear the cell.',
    'planning.events.suggest': '{name} is on {date}. Consider planning a post on {dates}.',
    'planning.events.suggest.lead': '{date} ({days} before)',
    'planning.events.suggest.late':
      '{name} is on {date}. It is too late for a post before it; consider one on the day.',
    'planning.events.suggest.past': '{name} was on {date}.',

    'planning.cadence.underTarget':
      '{platform} has {count} planned for the week of {week}; your target is {target} a week. Plan {missing} more.',
    'planning.cadence.gap':
      '{platform} has nothing planned for {days}, from {from} to {to}; the longest gap you allow is {max}. Plan a post in between.',
    'planning.cadence.overCap':
      '{platform} has {count} planned on {date}; your daily limit is {cap}. Move {excess} to another day.',
    'planning.cadence.noHeader':
      'The cadence table needs a header row with the columns Platform, Posts per week, Daily limit and Longest gap (days).',
    'planning.cadence.badNumber':
      'Row {row}: “{value}” in {column} is not a whole number from 0 to {max}. Enter a number, or leave it empty for no target.',
    'planning.cadence.noPlatform':
      'Row {row} has numbers but no platform. Enter the platform name in the first column.',
    'planning.cadence.duplicate': 'Row {row}: {platform} is already listed above; only the first row is used.',

    'planning.audience.lowActivity':
      'Few of your {platform} audience are active {weekdays} at {time}; consider {better}.',
    'planning.audience.lowActivity.better': '{weekday} {time}',
    'planning.audience.weekday': 'Weekday',
    'planning.audience.source': 'Source: {source}',
    'planning.audience.noBlocks':
      'The Audience sheet has no platform blocks. Each block is a row with the platform name, then a Weekday row with hours 0–23, then seven weekday rows.',
    'planning.audience.badHeader':
      'Row {row}: the hours row for {platform} must start with Weekday and list the hours 0 to 23.',
    'planning.audience.badWeekday': 'Row {row}: “{value}” is not a weekday. Use Monday … Sunday (or 0–6, Monday = 0).',
    'planning.audience.missingWeekday':
      '{platform} is missing the row for {weekday}; those hours count as no activity.',
    'planning.audience.badValue':
      'Row {row}, hour {hour}: “{value}” is not a number of 0 or more. Enter a weight (e.g. 0.8) or leave it empty for 0.',
    'planning.csv.empty': 'The file is empty. Export a CSV with the columns platform, weekday, hour, value.',
    'planning.csv.noHeader':
      'The first row must name the columns platform, weekday, hour and value (in any order). It reads “{value}”.',
    'planning.csv.badPlatform': 'Line {line}: the platform is empty. Enter a platform name such as Instagram.',
    'planning.csv.badWeekday':
      'Line {line}: “{value}” is not a weekday. Use Monday … Sunday, Mon … Sun, or 0–6 with Monday = 0.',
    'planning.csv.badHour': 'Line {line}: “{value}” is not an hour. Use a whole number from 0 to 23 (or 09:00).',
    'planning.csv.badValue': 'Line {line}: “{value}” is not a number of 0 or more. Enter the activity as a number.',
    'planning.csv.badColumns': 'Line {line} has {count} values; it needs 4 (platform, weekday, hour, value).',
    'planning.csv.unclosedQuote': 'Line {line} opens a quote that never closes. Check the file is a plain CSV export.',

    'planning.dashboard.title': 'Dashboard',
    'planning.dashboard.subtitle': 'Refreshed {updated} ({zone}). {total} in the calendar, {undated} without a date.',
    'planning.dashboard.byStatus': 'Posts by status',
    'planning.dashboard.byPlatform': 'Posts by platform',
    'planning.dashboard.byWeek': 'Posts per week by platform (not cancelled)',
    'planning.dashboard.weekOf': 'Week starting',
    'planning.dashboard.count': 'Posts',
    'planning.dashboard.total': 'Total',
    'planning.dashboard.noStatus': '(no status)',
    'planning.dashboard.noPlatform': '(no platform)',
    'planning.dashboard.awaiting': 'Awaiting approval',
    'planning.dashboard.overdue': 'Overdue',
    'planning.dashboard.none': 'None.',
    'planning.dashboard.more': '… and {count} more.',
    'planning.dashboard.col.date': 'Date',
    'planning.dashboard.col.time': 'Time',
    'planning.dashboard.col.platform': 'Platform',
    'planning.dashboard.col.title': 'Title',
    'planning.dashboard.col.status': 'Status',
    'planning.dashboard.col.owner': 'Owner',
    'planning.dashboard.col.id': 'ID',
    'planning.dashboard.col.daysLate': 'Days overdue',
    'planning.dashboard.chartTitle': 'Posts per week by platform',
    'planning.month.pickerLabel': 'Month',
    'planning.month.pickerHint': 'Pick a month in B1 to show it; Content Calendar › Month view redraws it.',
    'planning.month.pickerHintSpread':
      'Pick a month in B1 to show it. This month’s posts are spread over {rows} rows of the Calendar: sort the Calendar by Date (Data › Sort range) and picking a month reads only its own rows, which is quicker.',
    'planning.month.pickerNote': 'Choose a month from the list (or type 2026-03); the view redraws itself.',
    'planning.month.done': '{month}: {count} in the month view.',
    'planning.dashboard.done': 'Dashboard refreshed: {count}.',
    'planning.holidays.title': 'Import public holidays',
    'planning.holidays.prompt':
      'Enter a two-letter country code (e.g. PL, US, GB, DE). Its public holidays for the next 12 months are added to the Events sheet from Google Calendar.',
    'planning.holidays.unknown': 'There is no public holiday calendar for “{code}” in the list. Use a two-letter country code: {codes}.',
    'planning.holidays.noCalendar':
      'Google Calendar has no public holiday calendar for {country} at the moment, so nothing was imported. Add the holidays to the Events sheet by hand, or try again later.',
    'planning.holidays.done': 'Added {added} holidays for {country} to the Events sheet; {skipped} were already there.',
    'planning.holidays.note': 'Public holiday ({country}), from Google Calendar',
    'planning.import.title': 'Import audience data',
    'planning.import.intro':
      'Choose a CSV export of your analytics, or paste it below. Columns: platform, weekday, hour, value. Imported platforms replace their grid in the Audience sheet; others stay.',
    'planning.import.file': 'CSV file',
    'planning.import.choose': 'Choose a file…',
    'planning.import.noFile': 'No file chosen',
    'planning.import.hint': 'One row per platform, weekday and hour; the file’s text appears here, and you can edit it before importing.',
    'planning.import.paste': 'CSV text',
    'planning.import.submit': 'Import',
    'planning.import.close': 'Close',
    'planning.import.none': 'Nothing was imported.',
    'planning.import.done': 'Imported audience activity for {platforms}. Suggestions and checks now use it.',
    'planning.import.skipped': '{count} lines were skipped:',
    'planning.checkAll.summary': 'Planning: {cadence} cadence findings, {low} posts in quiet hours (see the Checks notes).',
    'planning.cadence.report': 'Cadence needs attention in {count} {count|week|weeks}: {platforms}{more}. Each post’s Checks note says what to change.',
    'planning.cadence.report.platform': '{platform}, {count|week|weeks} of {weeks}',
    'planning.cadence.report.more': '; and {count} more {count|platform|platforms}',
    'planning.checkAll.quiet': '{low} {low|post is|posts are} planned in quiet hours.',
  },
  pl: {
    'planning.weekdays.long': 'poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela',
    'planning.weekdays.short': 'pon.|wt.|śr.|czw.|pt.|sob.|niedz.',
    'planning.weekdays.onPlural': 'w poniedziałki|we wtorki|w środy|w czwartki|w piątki|w soboty|w niedziele',
    'planning.weekdays.object': 'poniedziałek|wtorek|środę|czwartek|piątek|sobotę|niedzielę',
    'planning.weekdays.genitive': 'poniedziałku|wtorku|środy|czwartku|piątku|soboty|niedzieli',
    'planning.months.title':
      'styczeń|luty|marzec|kwiecień|maj|czerwiec|lipiec|sierpień|wrzesień|październik|listopad|grudzień',
    'planning.months.inDate':
      'stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia',
    'planning.date.long': '{weekday} {day} {month}',
    'planning.date.long.year': '{weekday} {day} {month} {year}',
    'planning.unit.post.one': 'post',
    'planning.unit.post.few': 'posty',
    'planning.unit.post.many': 'postów',
    'planning.unit.day.one': 'dzień',
    'planning.unit.day.few': 'dni',
    'planning.unit.day.many': 'dni',
    'planning.list.and': ' i ',

    'planning.month.title': '{month} {year}',
    'planning.month.subtitle': 'Godziny w strefie {zone}. Bursztynowe dni nie mają nic zaplanowanego.',
    'planning.month.noPosts': 'Brak postów',
    'planning.month.more': '+{count} więcej',
    'planning.month.allDay': 'Cały dzień',
    'planning.month.untitled': '(bez tytułu)',
    'planning.month.key': 'Legenda',
    'planning.month.overdue': 'Zaległy',
    'planning.month.gap': 'Brak postów',
    'planning.month.note.status': 'Status: {status}',
    'planning.month.note.owner': 'Osoba: {owner}',
    'planning.month.note.id': 'ID: {id}',
    'planning.month.note.planned': 'Zaplanowano na {date} {time} {zone}; tu pokazano w strefie {viewZone}.',
    'planning.month.note.asWritten':
      'Nie udało się odczytać godziny lub strefy czasowej, więc data i godzina są pokazane tak, jak wpisano.',
    'planning.month.note.overdue':
      'Zaległy: jego data minęła, a nie jest jeszcze zaplanowany w narzędziu ani opublikowany.',

    'planning.events.noHeader':
      'Arkusz Events potrzebuje wiersza nagłówka z co najmniej kolumnami Date i Name. Dodaj je w pierwszym wierszu i odśwież.',
    'planning.events.badDate':
      'Wiersz {row}: „{value}” nie jest datą. Wpisz ją jako rok-miesiąc-dzień, np. 2026-03-14, albo wybierz z kalendarza.',
    'planning.events.noDate': 'Wiersz {row}: wydarzenie „{name}” nie ma daty. Wpisz datę w kolumnie Date.',
    'planning.events.noName':
      'Wiersz {row}: wydarzenie z dnia {date} nie ma nazwy. Wpisz nazwę, aby pokazać je w kalendarzu.',
    'planning.events.badEnd':
      'Wiersz {row}: data końca „{value}” nie jest datą równą {date} lub późniejszą. Wpisz późniejszą datę albo wyczyść komórkę.',
    'planning.events.suggest': '{name}: {date}. Warto zaplanować post na {dates}.',
    'planning.events.suggest.lead': '{date} ({days} wcześniej)',
    'planning.events.suggest.late':
      '{name}: {date}. Na post przed tym dniem jest już za późno; rozważ post w sam dzień.',
    'planning.events.suggest.past': '{name}: {date} (już minęło).',

    'planning.cadence.underTarget':
      '{platform}: w tygodniu od {week} zaplanowano {count}, a cel to {target} tygodniowo. Zaplanuj jeszcze {missing}.',
    'planning.cadence.gap':
      '{platform}: przez {days}, od {from} do {to}, nic nie zaplanowano, a najdłuższa dopuszczalna przerwa to {max}. Zaplanuj post w tym czasie.',
    'planning.cadence.overCap':
      '{platform}: na {date} zaplanowano {count}, a dzienny limit to {cap}. Przenieś {excess} na inny dzień.',
    'planning.cadence.noHeader':
      'Tabela rytmu publikacji potrzebuje wiersza nagłówka z kolumnami Platform, Posts per week, Daily limit i Longest gap (days).',
    'planning.cadence.badNumber':
      'Wiersz {row}: „{value}” w kolumnie {column} nie jest liczbą całkowitą od 0 do {max}. Wpisz liczbę albo zostaw puste pole, aby nie ustawiać celu.',
    'planning.cadence.noPlatform':
      'Wiersz {row} ma liczby, ale nie ma platformy. Wpisz nazwę platformy w pierwszej kolumnie.',
    'planning.cadence.duplicate': 'Wiersz {row}: platforma {platform} jest już wyżej; liczy się tylko pierwszy wiersz.',

    'planning.audience.lowActivity':
      'Niewielu odbiorców na platformie {platform} jest aktywnych {weekdays} o {time}; rozważ {better}.',
    'planning.audience.lowActivity.better': '{weekday} {time}',
    'planning.audience.weekday': 'Dzień tygodnia',
    'planning.audience.source': 'Źródło: {source}',
    'planning.audience.noBlocks':
      'Arkusz Audience nie ma bloków platform. Każdy blok to wiersz z nazwą platformy, wiersz Weekday z godzinami 0–23 i siedem wierszy dni tygodnia.',
    'planning.audience.badHeader':
      'Wiersz {row}: wiersz godzin dla {platform} musi zaczynać się od Weekday i zawierać godziny od 0 do 23.',
    'planning.audience.badWeekday':
      'Wiersz {row}: „{value}” nie jest dniem tygodnia. Użyj nazw od poniedziałku do niedzieli (albo 0–6, poniedziałek = 0).',
    'planning.audience.missingWeekday':
      'Dla {platform} brakuje wiersza „{weekday}”; te godziny liczą się jako brak aktywności.',
    'planning.audience.badValue':
      'Wiersz {row}, godzina {hour}: „{value}” nie jest liczbą większą lub równą 0. Wpisz wagę (np. 0,8) albo zostaw puste pole dla 0.',
    'planning.csv.empty': 'Plik jest pusty. Wyeksportuj CSV z kolumnami platform, weekday, hour, value.',
    'planning.csv.noHeader':
      'Pierwszy wiersz musi nazywać kolumny platform, weekday, hour i value (w dowolnej kolejności). Jest w nim „{value}”.',
    'planning.csv.badPlatform': 'Wiersz {line}: brak platformy. Wpisz nazwę platformy, np. Instagram.',
    'planning.csv.badWeekday':
      'Wiersz {line}: „{value}” nie jest dniem tygodnia. Użyj nazw dni (np. Monday, pon.) albo 0–6, gdzie poniedziałek = 0.',
    'planning.csv.badHour':
      'Wiersz {line}: „{value}” nie jest godziną. Użyj liczby całkowitej od 0 do 23 (albo 09:00).',
    'planning.csv.badValue':
      'Wiersz {line}: „{value}” nie jest liczbą większą lub równą 0. Wpisz aktywność jako liczbę.',
    'planning.csv.badColumns': 'Wiersz {line} ma {count} wartości; potrzebne są 4 (platform, weekday, hour, value).',
    'planning.csv.unclosedQuote':
      'Wiersz {line} otwiera cudzysłów, który się nie zamyka. Sprawdź, czy to zwykły eksport CSV.',

    'planning.dashboard.title': 'Pulpit',
    'planning.dashboard.subtitle': 'Odświeżono {updated} ({zone}). W kalendarzu: {total}, bez daty: {undated}.',
    'planning.dashboard.byStatus': 'Posty według statusu',
    'planning.dashboard.byPlatform': 'Posty według platformy',
    'planning.dashboard.byWeek': 'Posty tygodniowo według platformy (bez anulowanych)',
    'planning.dashboard.weekOf': 'Tydzień od',
    'planning.dashboard.count': 'Posty',
    'planning.dashboard.total': 'Razem',
    'planning.dashboard.noStatus': '(bez statusu)',
    'planning.dashboard.noPlatform': '(bez platformy)',
    'planning.dashboard.awaiting': 'Czekają na akceptację',
    'planning.dashboard.overdue': 'Zaległe',
    'planning.dashboard.none': 'Brak.',
    'planning.dashboard.more': '… i {count} więcej.',
    'planning.dashboard.col.date': 'Data',
    'planning.dashboard.col.time': 'Godzina',
    'planning.dashboard.col.platform': 'Platforma',
    'planning.dashboard.col.title': 'Tytuł',
    'planning.dashboard.col.status': 'Status',
    'planning.dashboard.col.owner': 'Osoba',
    'planning.dashboard.col.id': 'ID',
    'planning.dashboard.col.daysLate': 'Dni opóźnienia',
    'planning.dashboard.chartTitle': 'Posty tygodniowo według platformy',
    'planning.month.pickerLabel': 'Miesiąc',
    'planning.month.pickerHint': 'Wybierz miesiąc w B1; Content Calendar › Widok miesiąca odświeża widok.',
    'planning.month.pickerHintSpread':
      'Wybierz miesiąc w B1. Posty tego miesiąca są rozrzucone po {rows} wierszach arkusza Calendar: posortuj go według daty (Dane › Sortuj zakres), a wybór miesiąca odczyta tylko jego wiersze, co jest szybsze.',
    'planning.month.pickerNote': 'Wybierz miesiąc z listy (lub wpisz 2026-03); widok odświeży się sam.',
    'planning.month.done': '{month}: {count} w widoku miesiąca.',
    'planning.dashboard.done': 'Pulpit odświeżony: {count}.',
    'planning.holidays.title': 'Importuj święta',
    'planning.holidays.prompt':
      'Wpisz dwuliterowy kod kraju (np. PL, US, GB, DE). Święta z najbliższych 12 miesięcy zostaną dodane z Kalendarza Google do arkusza Events.',
    'planning.holidays.unknown': 'Na liście nie ma kalendarza świąt dla „{code}”. Użyj dwuliterowego kodu kraju: {codes}.',
    'planning.holidays.noCalendar':
      'Kalendarz Google nie ma obecnie publicznego kalendarza świąt dla {country}, więc niczego nie zaimportowano. Dopisz święta do arkusza Events ręcznie albo spróbuj później.',
    'planning.holidays.done': 'Dodano {added} świąt ({country}) do arkusza Events; {skipped} już tam było.',
    'planning.holidays.note': 'Święto państwowe ({country}), z Kalendarza Google',
    'planning.import.title': 'Importuj dane o odbiorcach',
    'planning.import.intro':
      'Wybierz plik CSV z analityki lub wklej go poniżej. Kolumny: platform, weekday, hour, value. Zaimportowane platformy zastępują swoje siatki w arkuszu Audience; pozostałe zostają.',
    'planning.import.file': 'Plik CSV',
    'planning.import.choose': 'Wybierz plik…',
    'planning.import.noFile': 'Nie wybrano pliku',
    'planning.import.hint': 'Jeden wiersz na platformę, dzień tygodnia i godzinę; tekst pliku pojawi się tutaj i można go poprawić przed importem.',
    'planning.import.paste': 'Tekst CSV',
    'planning.import.submit': 'Importuj',
    'planning.import.close': 'Zamknij',
    'planning.import.none': 'Nic nie zaimportowano.',
    'planning.import.done': 'Zaimportowano aktywność odbiorców: {platforms}. Podpowiedzi i sprawdzenia korzystają z nich.',
    'planning.import.skipped': 'Pominięte wiersze ({count}):',
    'planning.checkAll.summary': 'Planowanie: {cadence} uwag o rytmie publikacji, {low} postów w godzinach małej aktywności (szczegóły w notatkach Checks).',
    'planning.cadence.report': 'Rytm publikacji wymaga uwagi w {count} {count|tygodniu|tygodniach|tygodniach}: {platforms}{more}. Notatka Checks każdego posta mówi, co zmienić.',
    'planning.cadence.report.platform': '{platform}, {count|tydzień|tygodnie|tygodnie} od {weeks}',
    'planning.cadence.report.more': '; i {count} {count|inna platforma|inne platformy|innych platform}',
    'planning.checkAll.quiet': 'Postów zaplanowanych w godzinach małej aktywności: {low}.',
  },
};
