/** Messages of the Calendar sheet's data-safety guards (copied IDs, a missing ID column, stale writes), in English and Polish. */

import type { MessageCatalogue } from './catalogue-types';

export const SAFETY_MESSAGES: MessageCatalogue = {
  en: {
    'check.id-copied':
      'This row had the same post ID as row {row} ({id}), probably because it was copied, so it now has its own ID. Saving one of them no longer changes the other.',
    'input.idTwice':
      'Post {id} is on more than one row ({rows}), so the add-on cannot tell which one to save. Nothing was saved. Run Content Calendar › Check all posts to give the copy its own ID, then open the post again.',
    'input.noIdColumn':
      'The Calendar sheet has no ID column (it was deleted or renamed), so the add-on cannot find the post’s row. Nothing was saved. If the column was renamed, name it ID again; if it was deleted, undo the deletion, or run Content Calendar › Set up calendar to add a new one.',
    'checkAll.busy':
      'Someone else is saving to this calendar right now, so the posts were not checked. Wait a few seconds and run Check all posts again; nothing was changed.',
    'setup.idsElsewhere':
      'Column {column} (“{header}”) holds the post IDs, so no new ID column was added. Rename its header to ID, then run Set up calendar again.',
  },
  pl: {
    'check.id-copied':
      'Ten wiersz miał ten sam identyfikator posta co wiersz {row} ({id}), zapewne dlatego, że został skopiowany, więc dostał własny identyfikator. Zapisanie jednego z nich nie zmienia już drugiego.',
    'input.idTwice':
      'Post {id} jest w więcej niż jednym wierszu ({rows}), więc dodatek nie wie, który zapisać. Nic nie zapisano. Wybierz Kalendarz treści › Sprawdź wszystkie posty, aby kopia dostała własny identyfikator, a potem otwórz post ponownie.',
    'input.noIdColumn':
      'Arkusz Calendar nie ma kolumny ID (usunięto ją lub zmieniono jej nazwę), więc dodatek nie znajdzie wiersza posta. Nic nie zapisano. Jeśli zmieniono nazwę, nazwij kolumnę znowu ID; jeśli ją usunięto, cofnij usunięcie albo wybierz Kalendarz treści › Skonfiguruj kalendarz, aby dodać nową.',
    'checkAll.busy':
      'Ktoś inny właśnie zapisuje ten kalendarz, więc postów nie sprawdzono. Odczekaj kilka sekund i ponownie wybierz Sprawdź wszystkie posty; nic nie zmieniono.',
    'setup.idsElsewhere':
      'Kolumna {column} („{header}”) zawiera identyfikatory postów, więc nie dodano nowej kolumny ID. Zmień jej nagłówek na ID i ponownie uruchom konfigurację kalendarza.',
  },
};
