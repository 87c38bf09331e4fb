/** The messages of the planning features (issue #22: alt text, first comment, spoilers, subreddit, snippets), in English and Polish. */

import type { MessageCatalogue } from './catalogue-types';

/** Check messages (`check.<code>`), form labels (`form.…`) and field names (`field.…`) of the planning features. */
export const PLANNING_FEATURE_MESSAGES: MessageCatalogue = {
  en: {
    'check.missing-alt-text':
      '{used} of the {limit} media items on this {platform} post have no alt text. Add one line per Media line in the Alt text column, so people using screen readers know what each shows.',
    'check.alt-text-too-long':
      '{platform} allows {limitUnits} of alt text per media item; item {value} has {used}. Cut {over}.',
    'check.alt-text-extra-lines':
      'The Alt text column has {used} lines but the Media column has {limit} items. Keep one alt text line per media item, in the same order.',
    'check.first-comment-too-long':
      '{platform} allows {limitUnits} in a comment; this first comment has {used}. Cut {over}.{adjustable}',
    'check.first-comment-not-supported':
      '{platform} has no first comment, so it cannot be published. Move the text into the caption, or clear the First comment column.',
    'check.too-many-spoilers': '{platform} allows {limitUnits} per post; this one has {used}. Remove {over}.',
    'check.missing-subreddit': '{platform} posts need a subreddit. Fill in the Subreddit column, e.g. r/marketing.',
    'check.one-case-hashtag':
      'If {value} joins several words, write each word with a capital letter (#LikeThis) so screen readers read the words apart.',
    'field.firstComment': 'first comment',
    'field.altText': 'alt text',
    'field.subreddit': 'subreddit',
    'form.firstComment': 'First comment',
    'form.firstComment.hint': 'Published as the first comment under the post, where the platform has one.',
    'form.altText': 'Alt text',
    'form.altText.hint': 'One line per Media line, in the same order: what each image shows.',
    'form.subreddit': 'Subreddit',
    'form.subreddit.hint': 'Reddit only, e.g. r/marketing.',
    'form.snippets': 'Insert a snippet',
    'form.snippets.choose': 'Choose a snippet…',
    'form.snippets.caption': 'Into the caption',
    'form.snippets.firstComment': 'Into the first comment',
    'form.snippets.insert': 'Insert',
    'form.snippets.none': 'No snippets yet: add a name and a text on the Snippets sheet.',
    'form.snippets.inserted': 'Inserted “{name}”.',
    'form.pillar': 'Pillar',
    'form.pillar.hint': 'The content pillar this post serves (the Pillar list on the Settings sheet).',
    'field.pillar': 'pillar',
    'planning.pillars.strays':
      'The week of {week} strays from your content mix: {list} (planned / target). Move or re-label posts so each pillar is within {tolerance} points of its target.',
    'planning.pillars.mix': 'Content mix: {line}',
    'planning.dashboard.byPillar': 'By content pillar',
    'form.repeat': 'Repeat',
    'form.repeat.hint':
      'e.g. “weekly on Mon, Thu; until 2026-03-31”, “monthly on day 15; 6 times”, “every 10 days; except 2026-02-16”, then Update repeating posts in the menu; or “evergreen 30” to re-use the post in gaps, 30 days apart.',
    'field.repeat': 'repeat rule',
    'check.invalid-repeat':
      'The repeat rule cannot be read: {value} Write it like “weekly on Mon, Thu; until 2026-03-31”, “monthly on day 15; 6 times” or “every 10 days”.',
    'check.invalid-evergreen':
      '“{value}” needs a cool-down in whole days from 1 to 3650. Write it like “evergreen 30”.',
    'repeat.empty': 'It is empty.',
    'repeat.badDate': '“{value}” is not a real date (use yyyy-MM-dd).',
    'repeat.badCount': '{value} is not a number of posts between 1 and 366.',
    'repeat.badInterval': 'Every {value} days is not between 1 and 365.',
    'repeat.badMonthDay': '“{value}” needs a day of the month from 1 to 31, e.g. monthly on day 15.',
    'repeat.noWeekday': '“{value}” needs weekdays, e.g. weekly on Mon, Thu.',
    'repeat.unknown': '“{value}” says neither weekly, monthly nor every N days.',
    'series.missingColumns':
      'The Calendar sheet lacks the columns {columns}. Choose Set up calendar in the menu to add them, then try again.',
    'series.problem': 'Post {id}: {detail}',
    'series.note.handEdited': '— edited by hand, not kept in step',
    'series.note.skipped': '— skipped',
    'series.note.removed': '— no longer in the series',
    'series.title': 'Repeating posts',
    'series.done':
      '{series} repeating posts: {created} created, {updated} updated, {cancelled} cancelled, {handEdited} edited by hand (left alone).',
    'series.none':
      'No post repeats yet. Write a rule in the Repeat column of a post (e.g. weekly on Mon, Thu), then run this again.',
    'menu.updateSeries': 'Update repeating posts',
    'menu.fillEvergreen': 'Fill gaps with evergreen posts',
    'evergreen.title': 'Evergreen posts',
    'evergreen.done':
      '{filled} of {gaps} cadence gaps filled with evergreen posts (as Drafts). Gaps left open have no evergreen post outside its cool-down.',
    'evergreen.noGaps': 'No cadence gaps in the next four weeks: nothing to fill.',
    'evergreen.none':
      'Mark posts as evergreen by writing “evergreen 30” (a cool-down in days) in their Repeat column, then run this again.',
  },
  pl: {
    'check.missing-alt-text':
      '{used} z {limit} plików w tym poście na {platform} nie ma tekstu alternatywnego. Dodaj po jednym wierszu na każdy wiersz kolumny Media w kolumnie Alt text, żeby osoby korzystające z czytników ekranu wiedziały, co przedstawiają.',
    'check.alt-text-too-long':
      '{platform} pozwala na {limitUnits} tekstu alternatywnego na plik; plik {value} ma {used}. Skróć o {over}.',
    'check.alt-text-extra-lines':
      'Kolumna Alt text ma {used} wierszy, a kolumna Media {limit} plików. Zostaw po jednym wierszu tekstu alternatywnego na plik, w tej samej kolejności.',
    'check.first-comment-too-long':
      '{platform} pozwala na {limitUnits} w komentarzu; ten pierwszy komentarz ma {used}. Skróć o {over}.{adjustable}',
    'check.first-comment-not-supported':
      '{platform} nie ma pierwszego komentarza, więc nie da się go opublikować. Przenieś tekst do opisu albo wyczyść kolumnę First comment.',
    'check.too-many-spoilers': '{platform} pozwala na {limitUnits} w poście; ten ma {used}. Usuń {over}.',
    'check.missing-subreddit':
      'Posty na {platform} muszą mieć subreddit. Uzupełnij kolumnę Subreddit, np. r/marketing.',
    'check.one-case-hashtag':
      'Jeśli {value} łączy kilka słów, zacznij każde wielką literą (#JakTutaj), żeby czytniki ekranu czytały je osobno.',
    'field.firstComment': 'pierwszy komentarz',
    'field.altText': 'tekst alternatywny',
    'field.subreddit': 'subreddit',
    'form.firstComment': 'Pierwszy komentarz',
    'form.firstComment.hint': 'Publikowany jako pierwszy komentarz pod postem, jeśli platforma go obsługuje.',
    'form.altText': 'Tekst alternatywny',
    'form.altText.hint': 'Jeden wiersz na każdy wiersz pola Media, w tej samej kolejności: co przedstawia obraz.',
    'form.subreddit': 'Subreddit',
    'form.subreddit.hint': 'Tylko Reddit, np. r/marketing.',
    'form.snippets': 'Wstaw fragment',
    'form.snippets.choose': 'Wybierz fragment…',
    'form.snippets.caption': 'Do opisu',
    'form.snippets.firstComment': 'Do pierwszego komentarza',
    'form.snippets.insert': 'Wstaw',
    'form.snippets.none': 'Nie ma jeszcze fragmentów: dodaj nazwę i tekst w arkuszu Snippets.',
    'form.snippets.inserted': 'Wstawiono „{name}”.',
    'form.pillar': 'Filar treści',
    'form.pillar.hint': 'Filar treści, któremu służy ten post (lista Pillar w arkuszu Settings).',
    'field.pillar': 'filar treści',
    'planning.pillars.strays':
      'Tydzień od {week} odbiega od zaplanowanego miksu treści: {list} (zaplanowano / cel). Przenieś posty albo zmień ich filar, żeby każdy był najwyżej {tolerance} pkt proc. od celu.',
    'planning.pillars.mix': 'Miks treści: {line}',
    'planning.dashboard.byPillar': 'Według filaru treści',
    'form.repeat': 'Powtarzaj',
    'form.repeat.hint':
      'np. „co tydzień: pon, czw; do 2026-03-31”, „co miesiąc, dnia 15; 6 razy”, „co 10 dni; oprócz 2026-02-16”, potem w menu Aktualizuj powtarzane posty; albo „evergreen 30”, żeby używać posta ponownie w lukach, co najmniej 30 dni od poprzedniego użycia.',
    'field.repeat': 'reguła powtarzania',
    'check.invalid-repeat':
      'Nie da się odczytać reguły powtarzania: {value} Zapisz ją np. tak: „co tydzień: pon, czw; do 2026-03-31”, „co miesiąc, dnia 15; 6 razy” albo „co 10 dni”.',
    'check.invalid-evergreen':
      '„{value}” wymaga przerwy w pełnych dniach od 1 do 3650. Zapisz to np. tak: „evergreen 30”.',
    'repeat.empty': 'Jest pusta.',
    'repeat.badDate': '„{value}” nie jest prawdziwą datą (użyj rrrr-MM-dd).',
    'repeat.badCount': '{value} nie jest liczbą postów od 1 do 366.',
    'repeat.badInterval': 'Co {value} dni: liczba musi być od 1 do 365.',
    'repeat.badMonthDay': '„{value}” wymaga dnia miesiąca od 1 do 31, np. co miesiąc, dnia 15.',
    'repeat.noWeekday': '„{value}” wymaga dni tygodnia, np. co tydzień: pon, czw.',
    'repeat.unknown': '„{value}” nie mówi ani co tydzień, ani co miesiąc, ani co N dni.',
    'series.missingColumns':
      'W arkuszu Calendar brakuje kolumn {columns}. Wybierz w menu Skonfiguruj kalendarz, żeby je dodać, i spróbuj ponownie.',
    'series.problem': 'Post {id}: {detail}',
    'series.note.handEdited': '— zmieniony ręcznie, nie jest aktualizowany',
    'series.note.skipped': '— pominięty',
    'series.note.removed': '— już nie należy do serii',
    'series.title': 'Powtarzane posty',
    'series.done':
      'Powtarzane posty ({series}): utworzono {created}, zaktualizowano {updated}, anulowano {cancelled}, zmienione ręcznie (bez zmian): {handEdited}.',
    'series.none':
      'Żaden post jeszcze się nie powtarza. Wpisz regułę w kolumnie Repeat (np. co tydzień: pon, czw) i uruchom to ponownie.',
    'menu.updateSeries': 'Aktualizuj powtarzane posty',
    'menu.fillEvergreen': 'Wypełnij luki postami evergreen',
    'evergreen.title': 'Posty evergreen',
    'evergreen.done':
      'Wypełniono {filled} z {gaps} luk w harmonogramie postami evergreen (jako Draft). Luki bez posta evergreen poza okresem przerwy pozostały.',
    'evergreen.noGaps': 'W najbliższych czterech tygodniach nie ma luk w harmonogramie: nie ma czego wypełniać.',
    'evergreen.none':
      'Oznacz posty jako evergreen, wpisując w kolumnie Repeat np. „evergreen 30” (przerwa w dniach), i uruchom to ponownie.',
  },
};
