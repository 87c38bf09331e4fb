/** Sharing with stakeholders in English and Polish: the review queue's and the stakeholder view's server replies (registered in the catalogue) and the review queue page's labels. */

import type { MessageCatalogue } from './catalogue-types';

/** What the server says about reviews and the stakeholder view. Registered in ./index.ts. */
export const REVIEW_MESSAGES: MessageCatalogue = {
  en: {
    'review.title': 'Review queue',
    'review.noSheet': 'There is no Calendar sheet yet. Run Content Calendar › Set up calendar first.',
    'review.badRequest':
      'The review queue sent a request the server does not understand. Close the sidebar and open Review queue again.',
    'review.needComment': 'Say what should change in the comment, then choose Request changes again.',
    'review.postGone':
      'Post {id} is no longer in the Calendar sheet: someone deleted it or changed its ID. Refresh the queue.',
    'review.postChanged':
      'Post {id} changed since the queue was loaded (its content, status or approval). Nothing was recorded. Refresh the queue and review the new version.',
    'review.approved': 'Approved post {id}.',
    'review.changesRequested': 'Asked for changes to post {id}.',
    'review.duplicateId':
      'Two rows of the Calendar sheet hold post ID {id}, so the decision could not tell which post you reviewed. Nothing was recorded. Run Content Calendar › Check all posts to give the copy a new ID, then refresh the queue.',
    'review.noApprovalColumns':
      'The Calendar sheet has no Approval or Approved by column, so an approval could not be recorded. Run Content Calendar › Set up calendar to add them, then approve again.',
    'review.noReviewer':
      'Google did not tell the add-on who you are, so an approval could not name its approver and was not recorded. Sign in to Google Sheets with one account only (or open the spreadsheet in a private window) and approve again.',
    'approval.unrecorded.no-approver':
      'Status is Approved, but Google did not say who set it, so no approval is recorded. Approve the post from Content Calendar › Review queue.',
    'approval.unrecorded.no-record':
      'Status is Approved, but there is no approval record (the Approval cell is empty). Approve the post from Content Calendar › Review queue to record who approved it.',
    'approval.unrecorded.cleared':
      'The Approval cell was cleared by hand, so this post’s approval can no longer be checked. Ask for approval again (Content Calendar › Review queue).',
    'stakeholder.title': 'Stakeholder view',
    'stakeholder.noSheet': 'There is no Calendar sheet yet. Run Content Calendar › Set up calendar first.',
    'stakeholder.noColumns':
      'None of the columns in the “Stakeholder columns” setting can be shared. List some of: {columns}.',
    'stakeholder.fileName': '{name} (stakeholder view)',
    'stakeholder.done': 'Published {posts} {posts|post|posts} with {columns} {columns|column|columns} at {url}',
    'stakeholder.recreated':
      'The earlier stakeholder copy could not be opened (deleted, or not yours), so a new one was made.',
    'stakeholder.shared': 'Shared with {count} new {count|person|people} as {role}.',
    'stakeholder.alreadyShared': '{count} already had access.',
    'stakeholder.invalidEmails': 'Not valid emails, not shared: {emails}.',
    'stakeholder.shareFailed': 'Drive refused to share with {emails}: {message}',
    'stakeholder.skippedColumns': 'Never shared: {columns}.',
    'stakeholder.unknownColumns': 'No such column: {columns}.',
    'stakeholder.badRole': 'The “Stakeholder role” “{value}” is neither commenter nor viewer; viewer was used.',
  },
  pl: {
    'review.title': 'Kolejka akceptacji',
    'review.noSheet': 'Nie ma jeszcze arkusza Calendar. Najpierw uruchom Content Calendar › Skonfiguruj kalendarz.',
    'review.badRequest':
      'Kolejka wysłała żądanie, którego serwer nie rozumie. Zamknij panel i otwórz Kolejkę akceptacji ponownie.',
    'review.needComment': 'Napisz w komentarzu, co trzeba zmienić, i ponownie wybierz Poproś o zmiany.',
    'review.postGone':
      'Posta {id} nie ma już w arkuszu Calendar: ktoś go usunął albo zmienił jego identyfikator. Odśwież kolejkę.',
    'review.postChanged':
      'Post {id} zmienił się od wczytania kolejki (treść, status lub akceptacja). Niczego nie zapisano. Odśwież kolejkę i oceń nową wersję.',
    'review.approved': 'Zaakceptowano post {id}.',
    'review.changesRequested': 'Poproszono o zmiany w poście {id}.',
    'review.duplicateId':
      'Dwa wiersze arkusza Calendar mają identyfikator posta {id}, więc nie wiadomo, który post oceniono. Niczego nie zapisano. Uruchom Kalendarz treści › Sprawdź wszystkie posty, aby nadać kopii nowy identyfikator, i odśwież kolejkę.',
    'review.noApprovalColumns':
      'Arkusz Calendar nie ma kolumny Approval lub Approved by, więc nie można zapisać akceptacji. Uruchom Kalendarz treści › Skonfiguruj kalendarz, aby je dodać, i zaakceptuj ponownie.',
    'review.noReviewer':
      'Google nie przekazał dodatkowi, kim jesteś, więc akceptacja nie mogłaby wskazać osoby akceptującej i nie została zapisana. Zaloguj się w Arkuszach Google tylko na jedno konto (albo otwórz arkusz w oknie prywatnym) i zaakceptuj ponownie.',
    'approval.unrecorded.no-approver':
      'Status to Approved, ale Google nie podał, kto go ustawił, więc akceptacja nie została zapisana. Zaakceptuj post w Kalendarz treści › Kolejka akceptacji.',
    'approval.unrecorded.no-record':
      'Status to Approved, ale nie ma zapisu akceptacji (komórka Approval jest pusta). Zaakceptuj post w Kalendarz treści › Kolejka akceptacji, aby zapisać, kto go zaakceptował.',
    'approval.unrecorded.cleared':
      'Komórkę Approval wyczyszczono ręcznie, więc akceptacji tego posta nie da się już sprawdzić. Poproś o ponowną akceptację (Kalendarz treści › Kolejka akceptacji).',
    'stakeholder.title': 'Widok dla interesariuszy',
    'stakeholder.noSheet':
      'Nie ma jeszcze arkusza Calendar. Najpierw uruchom Content Calendar › Skonfiguruj kalendarz.',
    'stakeholder.noColumns':
      'Żadnej z kolumn z ustawienia „Stakeholder columns” nie można udostępnić. Wpisz niektóre z: {columns}.',
    'stakeholder.fileName': '{name} (widok dla interesariuszy)',
    'stakeholder.done': 'Opublikowano posty: {posts}, kolumny: {columns}, pod adresem {url}',
    'stakeholder.recreated':
      'Nie udało się otworzyć wcześniejszej kopii (usunięta albo nie Twoja), więc utworzono nową.',
    'stakeholder.shared': 'Udostępniono nowym osobom: {count}, rola: {role}.',
    'stakeholder.alreadyShared': 'Dostęp miały już osoby: {count}.',
    'stakeholder.invalidEmails': 'Niepoprawne adresy, nie udostępniono: {emails}.',
    'stakeholder.shareFailed': 'Dysk odmówił udostępnienia dla {emails}: {message}',
    'stakeholder.skippedColumns': 'Nigdy nie udostępniane: {columns}.',
    'stakeholder.unknownColumns': 'Nie ma takiej kolumny: {columns}.',
    'stakeholder.badRole': '„Stakeholder role” „{value}” to ani commenter, ani viewer; użyto viewer.',
  },
};

/** The review queue page's labels (bundled into the page only, so the server bundle stays small). */
export const REVIEW_PAGE_MESSAGES: MessageCatalogue = {
  en: {
    heading: 'Review queue',
    intro: 'Posts waiting for a review: In review, or changed after approval.',
    loading: 'Loading the posts to review…',
    refresh: 'Refresh',
    empty: 'Nothing to review. Posts appear here when their status is In review or they change after approval.',
    count: '{count} {count|post|posts} to review',
    allDone: 'All reviewed. Refresh to see posts sent for review since.',
    untitled: '{platform} post {id}',
    checks: 'Checks',
    checksOk: '✔ Passes the checks.',
    error: '✖ Error',
    warning: '⚠ Warning',
    approveAnyway: 'Approve anyway',
    cancel: 'Cancel',
    confirmErrors: 'This post has {count} {count|error|errors} (above): the platform may refuse it. Approve it anyway?',
    approve: 'Approve',
    requestChanges: 'Request changes',
    comment: 'Comment',
    commentHint: 'Kept on the post in the Review comments column. Required when asking for changes.',
    changed: 'Changed after approval: {fields}',
    approvedBy: 'Approved earlier by {who} on {when}',
    comments: 'Earlier comments',
    hashtags: 'Hashtags',
    link: 'Link',
    media: 'Media',
    noCaption: '(no caption)',
    allDay: 'all day',
    working: 'Saving…',
    failed: 'That did not work: {message}',
    noServer: 'This page works inside Google Sheets only (Content Calendar › Review queue).',
  },
  pl: {
    heading: 'Kolejka akceptacji',
    intro: 'Posty czekające na ocenę: do akceptacji albo zmienione po akceptacji.',
    loading: 'Wczytywanie postów do oceny…',
    refresh: 'Odśwież',
    empty: 'Nic do oceny. Posty pojawiają się tu, gdy mają status In review albo zmienią się po akceptacji.',
    count: '{count} {count|post|posty|postów} do oceny',
    allDone: 'Wszystko ocenione. Odśwież, aby zobaczyć posty przesłane do oceny w międzyczasie.',
    untitled: 'Post {id} ({platform})',
    checks: 'Kontrola',
    checksOk: '✔ Przechodzi kontrolę.',
    error: '✖ Błąd',
    warning: '⚠ Ostrzeżenie',
    approveAnyway: 'Zaakceptuj mimo to',
    cancel: 'Anuluj',
    confirmErrors: 'Ten post ma {count} {count|błąd|błędy|błędów} (powyżej): platforma może go odrzucić. Zaakceptować mimo to?',
    approve: 'Zaakceptuj',
    requestChanges: 'Poproś o zmiany',
    comment: 'Komentarz',
    commentHint: 'Zapisany przy poście w kolumnie Review comments. Wymagany przy prośbie o zmiany.',
    changed: 'Zmienione po akceptacji: {fields}',
    approvedBy: 'Wcześniej zaakceptował(a) {who}, {when}',
    comments: 'Wcześniejsze komentarze',
    hashtags: 'Hashtagi',
    link: 'Link',
    media: 'Media',
    noCaption: '(bez treści)',
    allDay: 'cały dzień',
    working: 'Zapisywanie…',
    failed: 'Nie udało się: {message}',
    noServer: 'Ta strona działa tylko w Arkuszach Google (Content Calendar › Kolejka akceptacji).',
  },
};
