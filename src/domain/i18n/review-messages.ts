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
    'review.postChanged': 'Post {id} changed since the queue was loaded. Refresh the queue and review the new version.',
    'review.approved': 'Approved post {id}.',
    'review.changesRequested': 'Asked for changes to post {id}.',
    'stakeholder.title': 'Stakeholder view',
    'stakeholder.noSheet': 'There is no Calendar sheet yet. Run Content Calendar › Set up calendar first.',
    'stakeholder.noColumns':
      'None of the columns in the “Stakeholder columns” setting can be shared. List some of: {columns}.',
    'stakeholder.fileName': '{name} (stakeholder view)',
    'stakeholder.done': 'Published {posts} post(s) with {columns} column(s) at {url}',
    'stakeholder.recreated':
      'The earlier stakeholder copy could not be opened (deleted, or not yours), so a new one was made.',
    'stakeholder.shared': 'Shared with {count} new person(s) as {role}.',
    'stakeholder.alreadyShared': '{count} already had access.',
    'stakeholder.invalidEmails': 'Not valid emails, not shared: {emails}.',
    'stakeholder.shareFailed': 'Drive refused to share with {emails}: {message}',
    'stakeholder.skippedColumns': 'Never shared: {columns}.',
    'stakeholder.unknownColumns': 'No such column: {columns}.',
    'stakeholder.badRole': 'The “Stakeholder role” “{value}” is neither commenter nor viewer; viewer was used.',
  },
  pl: {
    'review.title': 'Kolejka akceptacji',
    'review.noSheet': 'Nie ma jeszcze arkusza Calendar. Najpierw uruchom Kalendarz treści › Skonfiguruj kalendarz.',
    'review.badRequest':
      'Kolejka wysłała żądanie, którego serwer nie rozumie. Zamknij panel i otwórz Kolejkę akceptacji ponownie.',
    'review.needComment': 'Napisz w komentarzu, co trzeba zmienić, i ponownie wybierz Poproś o zmiany.',
    'review.postGone':
      'Posta {id} nie ma już w arkuszu Calendar: ktoś go usunął albo zmienił jego identyfikator. Odśwież kolejkę.',
    'review.postChanged': 'Post {id} zmienił się od wczytania kolejki. Odśwież kolejkę i oceń nową wersję.',
    'review.approved': 'Zaakceptowano post {id}.',
    'review.changesRequested': 'Poproszono o zmiany w poście {id}.',
    'stakeholder.title': 'Widok dla interesariuszy',
    'stakeholder.noSheet':
      'Nie ma jeszcze arkusza Calendar. Najpierw uruchom Kalendarz treści › Skonfiguruj kalendarz.',
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
    count: '{count} post(s) to review',
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
    count: 'Posty do oceny: {count}',
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
    noServer: 'Ta strona działa tylko w Arkuszach Google (Kalendarz treści › Kolejka akceptacji).',
  },
};
