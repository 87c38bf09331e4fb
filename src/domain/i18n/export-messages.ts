/** The Export hub's strings in English and Polish: the server's replies and the sync (registered in the catalogue), and the Export dialog's labels. */

import type { MessageCatalogue } from './catalogue-types';

/** What the server says: export errors, format names, the Google Calendar sync. Registered in ./index.ts. */
export const EXPORT_MESSAGES: MessageCatalogue = {
  en: {
    'export.title': 'Export posts',
    'export.target.hootsuite': 'Hootsuite Bulk Composer (CSV)',
    'export.target.sprout': 'Sprout Social bulk scheduling (CSV)',
    'export.target.publer': 'Publer bulk upload (CSV)',
    'export.target.generic-csv': 'CSV with every column (ISO 8601 times)',
    'export.target.icalendar': 'iCalendar (.ics) for Google Calendar, Outlook, Apple',
    'export.error.request': 'The dialog sent an export request the server does not understand. Close the dialog and open Export… again.',
    'export.error.target': 'Choose a format from the list.',
    'export.error.date': '“{value}” is not a date. Enter dates as year-month-day, e.g. 2026-12-01.',
    'export.error.range': 'The “From” date is after the “To” date. Swap them or clear one.',
    'export.error.zone': '“{value}” is not a time zone. Enter one such as Europe/Warsaw.',
    'export.error.stagger': 'Enter the minutes between posts as a whole number from 0 to 1440.',
    'export.error.noPosts': 'No posts match these filters, so there is nothing to export. Widen the date range or choose All.',
    'sync.title': 'Google Calendar',
    'sync.done':
      'Synced to “{calendar}”: {created} created, {updated} updated, {unchanged} unchanged, {removed} removed; {skipped} {skipped|post|posts} skipped.',
    'sync.partial':
      'Synced part of the posts to “{calendar}” ({created} created, {updated} updated, {removed} removed) before it stopped: {reason} {remaining} post(s) are still to sync. Run the sync again to finish; nothing will be duplicated.',
    'sync.calendarName': 'Content Calendar: {name}',
    'sync.calendarDescription': 'Posts of the content calendar, kept up to date by the Content Calendar add-on. Edit the posts in the spreadsheet, not here.',
    'sync.authorize':
      'The add-on needs your permission to make and update its own calendar in Google Calendar. Open “Grant access”, allow it, then choose “Try again”.',
    'sync.authorizeMenu':
      'The add-on needs your permission to make and update its own calendar in Google Calendar. Run Sync to Google Calendar… from the menu once to grant it, then try again here.',
    'sync.busy': 'Another sync or save is running on this calendar. Wait a few seconds and try again.',
    'sync.skip.noId': 'It has no post ID; run Check all posts to give every row one.',
    'sync.skip.noDate': 'It has no valid date; enter one in the Date column.',
    'sync.skip.badTime': 'Its time “{value}” is not a time such as 09:30.',
    'sync.skip.badZone': 'Its time zone “{value}” is not a known zone.',
    'sync.skip.duplicateId': 'Another row has the same post ID; give one of them a new ID.',
    'sync.stopped.time': 'the run was close to Apps Script’s 6-minute limit.',
    'sync.stopped.error': 'Google Calendar said: {message}',
    'sync.stopped.burst': 'Google Calendar refused more changes for now, even after waiting ({message}).',
  },
  pl: {
    'export.title': 'Eksport postów',
    'export.target.hootsuite': 'Hootsuite Bulk Composer (CSV)',
    'export.target.sprout': 'Sprout Social – planowanie zbiorcze (CSV)',
    'export.target.publer': 'Publer – import zbiorczy (CSV)',
    'export.target.generic-csv': 'CSV ze wszystkimi kolumnami (czas ISO 8601)',
    'export.target.icalendar': 'iCalendar (.ics) dla Kalendarza Google, Outlooka, Apple',
    'export.error.request': 'Okno wysłało żądanie eksportu, którego serwer nie rozumie. Zamknij okno i otwórz Eksport… ponownie.',
    'export.error.target': 'Wybierz format z listy.',
    'export.error.date': '„{value}” nie jest datą. Wpisz datę jako rok-miesiąc-dzień, np. 2026-12-01.',
    'export.error.range': 'Data „Od” jest późniejsza niż „Do”. Zamień je lub wyczyść jedną.',
    'export.error.zone': '„{value}” nie jest strefą czasową. Wpisz np. Europe/Warsaw.',
    'export.error.stagger': 'Podaj liczbę minut między postami jako liczbę całkowitą od 0 do 1440.',
    'export.error.noPosts': 'Żaden post nie pasuje do filtrów, więc nie ma czego eksportować. Poszerz zakres dat albo wybierz Wszystkie.',
    'sync.title': 'Kalendarz Google',
    'sync.done':
      'Zsynchronizowano z „{calendar}”: utworzone {created}, zaktualizowane {updated}, bez zmian {unchanged}, usunięte {removed}; pominięte posty: {skipped}.',
    'sync.partial':
      'Zsynchronizowano część postów z „{calendar}” (utworzone {created}, zaktualizowane {updated}, usunięte {removed}), po czym synchronizacja się zatrzymała: {reason} Do synchronizacji zostało postów: {remaining}. Uruchom ją ponownie, aby dokończyć; nic się nie powieli.',
    'sync.calendarName': 'Kalendarz treści: {name}',
    'sync.calendarDescription': 'Posty z kalendarza treści, aktualizowane przez dodatek Content Calendar. Zmieniaj posty w arkuszu, nie tutaj.',
    'sync.authorize':
      'Dodatek potrzebuje Twojej zgody, aby utworzyć i aktualizować własny kalendarz w Kalendarzu Google. Otwórz „Udziel dostępu”, zezwól, a potem wybierz „Spróbuj ponownie”.',
    'sync.authorizeMenu':
      'Dodatek potrzebuje Twojej zgody, aby utworzyć i aktualizować własny kalendarz w Kalendarzu Google. Uruchom raz z menu Synchronizuj z Kalendarzem Google…, aby jej udzielić, a potem spróbuj ponownie tutaj.',
    'sync.busy': 'Trwa inna synchronizacja lub zapis w tym kalendarzu. Odczekaj kilka sekund i spróbuj ponownie.',
    'sync.skip.noId': 'Post nie ma identyfikatora; uruchom Sprawdź wszystkie posty, aby nadać go każdemu wierszowi.',
    'sync.skip.noDate': 'Post nie ma poprawnej daty; wpisz ją w kolumnie Date.',
    'sync.skip.badTime': 'Godzina „{value}” nie jest godziną w rodzaju 09:30.',
    'sync.skip.badZone': 'Strefa czasowa „{value}” nie jest znaną strefą.',
    'sync.skip.duplicateId': 'Inny wiersz ma ten sam identyfikator posta; nadaj jednemu z nich nowy.',
    'sync.stopped.time': 'przebieg zbliżył się do 6-minutowego limitu Apps Script.',
    'sync.stopped.error': 'Kalendarz Google odpowiedział: {message}',
    'sync.stopped.burst': 'Kalendarz Google na razie odmawia kolejnych zmian, nawet po odczekaniu ({message}).',
  },
};

/**
 * The Export dialog's own labels. Only the dialog's page reads them (createTranslator over this and
 * EXPORT_MESSAGES), so they are deliberately not registered in ./index.ts: the server bundle does not carry them.
 */
export const EXPORT_DIALOG_MESSAGES: MessageCatalogue = {
  en: {
    'export.loading': 'Loading…',
    'export.target': 'Format',
    'export.posts': 'Posts',
    'export.from': 'From',
    'export.to': 'To',
    'export.platform': 'Platform',
    'export.status': 'Status',
    'export.all': 'All ({count})',
    'export.readyStatuses': 'Ready to go out: Approved and Scheduled ({count})',
    'export.options': 'Options',
    'export.onlyPassing': 'Export only the posts that pass the checks',
    'export.stagger': 'Stagger: space posts at least this many minutes apart',
    'export.staggerMinutes': 'Minutes between posts',
    'export.dateOrder': 'Date order in the file',
    'export.dateOrder.mdy': 'Month first (mm/dd/yyyy)',
    'export.dateOrder.dmy': 'Day first (dd/mm/yyyy)',
    'export.zone': 'Scheduler account time zone',
    'export.zone.hint': 'The file’s times are written in this zone. Posts keep their own time zones.',
    'export.utm': 'Links get the UTM template from the Settings sheet; parameters a link already has are kept.',
    'export.check': 'Check',
    'export.download': 'Download',
    'export.close': 'Close',
    'export.checking': 'Checking…',
    'export.preparing': 'Preparing the file…',
    'export.summary': '{posts} {posts|post|posts} selected; {passing} {passing|passes|pass} the format’s checks.',
    'export.ready': 'Ready: the file will hold {count} {count|post|posts}.',
    'export.refused': 'The file cannot be written yet. Fix the errors below, or choose “Export only the posts that pass the checks”.',
    'export.noPostsSelected': 'No posts match these filters. Widen the date range or choose All.',
    'export.problems': 'Problems found',
    'export.moved': 'Stagger moves these posts:',
    'export.movedItem': 'Row {row} ({id}): {from} → {to}',
    'export.row': 'Row {row}',
    'export.rows': '{count} rows ({rows})',
    'export.rowsMore': '{count} rows ({rows} and {more} more)',
    'export.error': 'Error',
    'export.warning': 'Warning',
    'export.downloaded': 'Downloaded {file} with {count} {count|post|posts}.',
    'export.downloadedSkipped': 'Downloaded {file} with {count} {count|post|posts}; {skipped} left out.',
    'export.failed': 'Something went wrong: {message} Try again; if it keeps happening, reload the spreadsheet.',
    'export.noServer': 'This page works only inside Google Sheets (Content Calendar › Export…).',
    'export.noCalendarSheet': 'There is no Calendar sheet yet. Run Content Calendar › Set up calendar first.',
    'export.gcal': 'Google Calendar',
    'export.gcal.hint':
      'Creates or updates one event per approved, scheduled or published post in a calendar of its own that the add-on makes for this spreadsheet; running it again updates the events instead of duplicating them. Google asks for permission the first time.',
    'export.gcal.load': 'Show the calendar…',
    'export.gcal.calendar': 'Calendar',
    'export.gcal.new': '{name} (made on the first sync)',
    'export.gcal.grant': 'Grant access',
    'export.gcal.retry': 'Try again',
    'export.gcal.sync': 'Sync now',
    'export.gcal.syncing': 'Syncing…',
  },
  pl: {
    'export.loading': 'Wczytywanie…',
    'export.target': 'Format',
    'export.posts': 'Posty',
    'export.from': 'Od',
    'export.to': 'Do',
    'export.platform': 'Platforma',
    'export.status': 'Status',
    'export.all': 'Wszystkie ({count})',
    'export.readyStatuses': 'Gotowe do publikacji: Approved i Scheduled ({count})',
    'export.options': 'Opcje',
    'export.onlyPassing': 'Eksportuj tylko posty, które przechodzą kontrolę',
    'export.stagger': 'Rozłóż w czasie: co najmniej tyle minut między postami',
    'export.staggerMinutes': 'Minuty między postami',
    'export.dateOrder': 'Kolejność daty w pliku',
    'export.dateOrder.mdy': 'Najpierw miesiąc (mm/dd/rrrr)',
    'export.dateOrder.dmy': 'Najpierw dzień (dd/mm/rrrr)',
    'export.zone': 'Strefa czasowa konta w narzędziu',
    'export.zone.hint': 'Godziny w pliku są zapisane w tej strefie. Posty zachowują własne strefy.',
    'export.utm': 'Linki dostają parametry UTM z szablonu w arkuszu Settings; parametry, które link już ma, zostają.',
    'export.check': 'Sprawdź',
    'export.download': 'Pobierz',
    'export.close': 'Zamknij',
    'export.checking': 'Sprawdzanie…',
    'export.preparing': 'Przygotowywanie pliku…',
    'export.summary': 'Wybrane posty: {posts}; kontrolę formatu przechodzi: {passing}.',
    'export.ready': 'Gotowe: plik będzie zawierał postów: {count}.',
    'export.refused': 'Nie można jeszcze zapisać pliku. Popraw poniższe błędy albo wybierz „Eksportuj tylko posty, które przechodzą kontrolę”.',
    'export.noPostsSelected': 'Żaden post nie pasuje do filtrów. Poszerz zakres dat albo wybierz Wszystkie.',
    'export.problems': 'Znalezione problemy',
    'export.moved': 'Rozłożenie w czasie przesuwa te posty:',
    'export.movedItem': 'Wiersz {row} ({id}): {from} → {to}',
    'export.row': 'Wiersz {row}',
    'export.rows': 'Wiersze: {count} ({rows})',
    'export.rowsMore': 'Wiersze: {count} ({rows} i {more} więcej)',
    'export.error': 'Błąd',
    'export.warning': 'Ostrzeżenie',
    'export.downloaded': 'Pobrano {file}; postów: {count}.',
    'export.downloadedSkipped': 'Pobrano {file}; postów: {count}, pominięto: {skipped}.',
    'export.failed': 'Coś poszło nie tak: {message} Spróbuj ponownie; jeśli błąd się powtarza, odśwież arkusz.',
    'export.noServer': 'Ta strona działa tylko w Arkuszach Google (Content Calendar › Eksport…).',
    'export.noCalendarSheet': 'Nie ma jeszcze arkusza Calendar. Najpierw uruchom Content Calendar › Skonfiguruj kalendarz.',
    'export.gcal': 'Kalendarz Google',
    'export.gcal.hint':
      'Tworzy lub aktualizuje jedno wydarzenie dla każdego zatwierdzonego, zaplanowanego lub opublikowanego posta we własnym kalendarzu, który dodatek tworzy dla tego arkusza; ponowne uruchomienie aktualizuje wydarzenia zamiast je powielać. Za pierwszym razem Google poprosi o zgodę.',
    'export.gcal.load': 'Pokaż kalendarz…',
    'export.gcal.calendar': 'Kalendarz',
    'export.gcal.new': '{name} (powstanie przy pierwszej synchronizacji)',
    'export.gcal.grant': 'Udziel dostępu',
    'export.gcal.retry': 'Spróbuj ponownie',
    'export.gcal.sync': 'Synchronizuj',
    'export.gcal.syncing': 'Synchronizacja…',
  },
};

/**
 * The export pre-flight's problem messages (src/domain/export): server-only, so registered in
 * ./catalogue-source.ts but not in EXPORT_MESSAGES, which the Export dialog's page bundles. `{post}` is
 * a post's name (export.post.*), `{target}` the format's name in a sentence (export.label.*); counted
 * nouns come from export.unit.<noun>.<one|few|many>.
 */
export const EXPORT_PROBLEM_MESSAGES: MessageCatalogue = {
  en: {
    'export.post.id': 'Post {id}',
    'export.post.dated': 'The post dated {date}',
    'export.post.noDate': '(no date)',
    'export.label.hootsuite': "Hootsuite's bulk composer",
    'export.label.sprout': "Sprout Social's bulk scheduling",
    'export.label.publer': "Publer's bulk uploader",
    'export.unit.minute.one': 'minute',
    'export.unit.minute.few': 'minutes',
    'export.unit.minute.many': 'minutes',
    'export.unit.post.one': 'post',
    'export.unit.post.few': 'posts',
    'export.unit.post.many': 'posts',
    'export.unit.mediaLink.one': 'media link',
    'export.unit.mediaLink.few': 'media links',
    'export.unit.mediaLink.many': 'media links',
    'export.problem.unknownTarget': 'There is no export format called "{value}". Pick one from the list.',
    'export.problem.autoSlot':
      '{post} has no date, so {target} will pick a time slot for it. Add a date and time to choose it yourself.',
    'export.problem.noDate': '{post} has no valid date. Enter a date in the Date column.',
    'export.problem.noTime':
      '{post} has no valid time, and {target} needs one. Enter a time such as 09:30 in the Time column.',
    'export.problem.badZone':
      '{post} has the time zone "{zone}", which is not a known time zone. Pick one from the list, e.g. Europe/Warsaw.',
    'export.problem.past':
      '{post} is in the past ({when}); {target} only takes posts at least {lead} ahead. Move it later or leave it out.',
    'export.problem.soon':
      '{post} is less than {lead} from now ({when}); {target} only takes posts at least {lead} ahead. Move it later or leave it out.',
    'export.problem.cap':
      '{target} takes at most {cap} per file{already}; this export has {count}. Narrow the date range or split it into several files.',
    'export.problem.capAlready': ' ({max} minus the {count} already scheduled)',
    'export.problem.tooClose':
      '{post} is {gap} after {other}; {target} needs at least {minutes} between posts. Use "Stagger" to space them out, or move it.',
    'export.problem.duplicate':
      '{post} has the same text as {other} on the same day; {target} rejects the same message twice in one day. Change the text or the date.',
    'export.problem.tooLong':
      "{post} is {used} {unit} long, over {platform}'s {limit}; {target} rejects posts that are too long. Shorten the caption or hashtags.",
    'export.problem.tooLongLink':
      "{post} is {used} {unit} long with its link, over {platform}'s {limit}; {target} rejects posts that are too long. Shorten the caption or hashtags.",
    'export.problem.empty':
      '{post} has no caption, link or media, so there is nothing to publish. Write a caption or leave it out.',
    'export.problem.formula':
      '{post} has text starting with {start}, which Excel or Sheets would read as a formula if you opened this file in them. The text is exported exactly; upload the file to {target} without opening and re-saving it.',
    'export.problem.start.tab': 'a tab',
    'export.problem.start.break': 'a line break',
    'export.problem.start.char': '"{char}"',
    'export.problem.mixed':
      '{target} posts every row of a file to the accounts you pick when uploading, and this export mixes {platforms}. Export one platform at a time unless the same text suits them all.',
    'export.problem.mediaNotUrl':
      '{post} has the media "{value}", which is not a web address; {target} fetches media from public links. Use a public https:// link.',
    'export.problem.mediaDrive':
      "{post} uses a Google Drive link for media; {target} can fetch it only if anyone with the link can view the file. Check the file's sharing before uploading.",
    'export.problem.notFiveMinutes':
      '{post} is at {time}; {target} expects times that end in 0 or 5. Move it to a 5-minute step.',
    'export.problem.mediaNotExported':
      '{post} has media, but {target} file has no media column. Attach the media in Hootsuite after uploading.',
    'export.problem.extraMedia':
      '{post} has {links}, but the Sprout file takes one image per post. Add the others in Sprout after importing.',
    'export.problem.noStart':
      '{post} has no complete date, time and time zone, so its Start columns stay empty. Fill them in to get a start time.',
    'export.problem.neutralised':
      '{post} has a cell starting with =, +, -, @ or a tab, so the file starts it with an apostrophe to keep spreadsheet programs from running it as a formula.',
    'export.problem.icsNoDate':
      '{post} has no valid date, so it cannot go in a calendar. Enter a date in the Date column.',
    'export.problem.icsNoId':
      '{post} has no ID, so a later export could not update its event. Run "Check all posts" to give every row an ID.',
    'export.problem.icsDuplicateId':
      '{post} appears twice; each post ID must be unique so its event can be updated. Give one of the rows a new ID.',
    'export.problem.icsBadId':
      '{post} has a line break or another control character in its ID, so it is left out of the calendar file (it could add events of its own). Clear the ID cell and run "Check all posts" to give the row a new ID.',
    'export.problem.icsBadTime':
      '{post} has the time "{value}", which is not a time like 09:30, so it becomes an all-day event. Fix the time to place it in the day.',
    'export.problem.icsBadZone':
      '{post} has the time zone "{zone}", which is not a known time zone, so its time is read as UTC. Pick a zone such as Europe/Warsaw.',
  },
  pl: {
    'export.post.id': 'Post {id}',
    'export.post.dated': 'Post z datą {date}',
    'export.post.noDate': '(brak daty)',
    'export.label.hootsuite': 'Hootsuite',
    'export.label.sprout': 'Sprout Social',
    'export.label.publer': 'Publer',
    'export.unit.minute.one': 'minutę',
    'export.unit.minute.few': 'minuty',
    'export.unit.minute.many': 'minut',
    'export.unit.post.one': 'post',
    'export.unit.post.few': 'posty',
    'export.unit.post.many': 'postów',
    'export.unit.mediaLink.one': 'link do mediów',
    'export.unit.mediaLink.few': 'linki do mediów',
    'export.unit.mediaLink.many': 'linków do mediów',
    'export.problem.unknownTarget': 'Nie ma formatu eksportu o nazwie „{value}”. Wybierz format z listy.',
    'export.problem.autoSlot':
      '{post} nie ma daty, więc termin wybierze mu narzędzie {target}. Dodaj datę i godzinę, aby wybrać go samodzielnie.',
    'export.problem.noDate': '{post} nie ma poprawnej daty. Wpisz datę w kolumnie Date.',
    'export.problem.noTime':
      '{post} nie ma poprawnej godziny, a wymaga jej narzędzie {target}. Wpisz godzinę, np. 09:30, w kolumnie Time.',
    'export.problem.badZone':
      '{post} ma strefę czasową „{zone}”, która nie jest znaną strefą czasową. Wybierz strefę z listy, np. Europe/Warsaw.',
    'export.problem.past':
      '{post} jest w przeszłości ({when}); narzędzie {target} przyjmuje tylko posty zaplanowane co najmniej {lead} naprzód. Przesuń go na później albo pomiń.',
    'export.problem.soon':
      '{post} wypada za mniej niż {lead} ({when}); narzędzie {target} przyjmuje tylko posty zaplanowane co najmniej {lead} naprzód. Przesuń go na później albo pomiń.',
    'export.problem.cap':
      'Narzędzie {target} przyjmuje w jednym pliku najwyżej {cap}{already}; ten eksport ma ich {count}. Zawęź zakres dat albo podziel eksport na kilka plików.',
    'export.problem.capAlready': ' ({max} minus już zaplanowane: {count})',
    'export.problem.tooClose':
      '{post} wypada {gap} po innym poście ({other}); narzędzie {target} wymaga co najmniej {minutes} odstępu między postami. Rozsuń je opcją „Rozłóż w czasie” albo przesuń post.',
    'export.problem.duplicate':
      '{post} ma ten sam tekst co inny post tego samego dnia ({other}); narzędzie {target} odrzuca tę samą wiadomość dwa razy w ciągu dnia. Zmień tekst albo datę.',
    'export.problem.tooLong':
      '{post} ma długość {used} {unit}, a limit platformy {platform} to {limit}; narzędzie {target} odrzuca zbyt długie posty. Skróć opis albo hashtagi.',
    'export.problem.tooLongLink':
      '{post} ma razem z linkiem długość {used} {unit}, a limit platformy {platform} to {limit}; narzędzie {target} odrzuca zbyt długie posty. Skróć opis albo hashtagi.',
    'export.problem.empty':
      '{post} nie ma opisu, linku ani mediów, więc nie ma czego opublikować. Napisz opis albo pomiń ten post.',
    'export.problem.formula':
      '{post} ma tekst zaczynający się od {start}, który Excel lub Arkusze odczytałyby jako formułę, gdyby otworzyć w nich ten plik. Tekst jest eksportowany dokładnie; prześlij plik do narzędzia {target} bez otwierania go i ponownego zapisywania.',
    'export.problem.start.tab': 'tabulatora',
    'export.problem.start.break': 'podziału wiersza',
    'export.problem.start.char': '„{char}”',
    'export.problem.mixed':
      'Narzędzie {target} publikuje każdy wiersz pliku na kontach wybranych przy przesyłaniu, a ten eksport łączy platformy: {platforms}. Eksportuj jedną platformę naraz, chyba że ten sam tekst pasuje do wszystkich.',
    'export.problem.mediaNotUrl':
      '{post} ma media „{value}”, które nie są adresem internetowym; narzędzie {target} pobiera media z publicznych linków. Użyj publicznego linku https://.',
    'export.problem.mediaDrive':
      '{post} używa linku do Dysku Google jako mediów; narzędzie {target} pobierze plik tylko wtedy, gdy może go wyświetlić każdy, kto ma link. Przed przesłaniem sprawdź udostępnianie pliku.',
    'export.problem.notFiveMinutes':
      '{post} jest o {time}; narzędzie {target} oczekuje godzin kończących się na 0 lub 5. Przesuń go na wielokrotność 5 minut.',
    'export.problem.mediaNotExported':
      '{post} ma media, ale plik dla narzędzia {target} nie ma kolumny mediów. Dołącz media w Hootsuite po przesłaniu pliku.',
    'export.problem.extraMedia':
      '{post} ma {links}, ale plik dla Sprout przyjmuje jeden obraz na post. Pozostałe dodaj w Sprout po imporcie.',
    'export.problem.noStart':
      '{post} nie ma pełnej daty, godziny i strefy czasowej, więc jego kolumny Start pozostaną puste. Uzupełnij je, aby uzyskać czas rozpoczęcia.',
    'export.problem.neutralised':
      '{post} ma komórkę zaczynającą się od =, +, -, @ lub tabulatora, więc plik poprzedza ją apostrofem, aby arkusze kalkulacyjne nie wykonały jej jako formuły.',
    'export.problem.icsNoDate':
      '{post} nie ma poprawnej daty, więc nie może trafić do kalendarza. Wpisz datę w kolumnie Date.',
    'export.problem.icsNoId':
      '{post} nie ma identyfikatora, więc późniejszy eksport nie mógłby zaktualizować jego wydarzenia. Uruchom „Sprawdź wszystkie posty”, aby nadać identyfikator każdemu wierszowi.',
    'export.problem.icsDuplicateId':
      '{post} występuje dwa razy; identyfikator posta musi być unikalny, aby dało się zaktualizować jego wydarzenie. Nadaj jednemu z wierszy nowy identyfikator.',
    'export.problem.icsBadId':
      '{post} ma w identyfikatorze znak nowej linii lub inny znak sterujący, więc nie trafi do pliku kalendarza (mógłby dodać własne wydarzenia). Wyczyść komórkę ID i uruchom „Sprawdź wszystkie posty”, aby nadać wierszowi nowy identyfikator.',
    'export.problem.icsBadTime':
      '{post} ma godzinę „{value}”, która nie jest godziną w rodzaju 09:30, więc staje się wydarzeniem całodniowym. Popraw godzinę, aby umieścić go w ciągu dnia.',
    'export.problem.icsBadZone':
      '{post} ma strefę czasową „{zone}”, która nie jest znaną strefą czasową, więc jego godzina jest odczytywana jako UTC. Wybierz strefę, np. Europe/Warsaw.',
  },
};
