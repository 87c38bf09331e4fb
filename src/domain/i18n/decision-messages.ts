/** Stakeholder decisions collected from the stakeholder copy, in English and Polish (registered in ./catalogue-source.ts). */

import type { MessageCatalogue } from './catalogue-types';

/** What collecting stakeholder decisions says. */
export const DECISION_MESSAGES: MessageCatalogue = {
  en: {
    'menu.collectDecisions': 'Collect stakeholder decisions',
    'decisions.title': 'Stakeholder decisions',
    'decisions.noCopy': 'There is no stakeholder copy yet. Run Content Calendar › Publish stakeholder view first.',
    'decisions.notDeciding':
      'Stakeholders decide in their copy only when the “Stakeholder role” setting is “decide”. Set it, publish the stakeholder view again, then collect.',
    'decisions.done': 'Collected {approved} approval(s) and {changes} request(s) for changes.',
    'decisions.approvedComment': 'Approved in the stakeholder copy.',
    'decisions.notApplied': 'The decision of {email} on {id} was not applied: {message}',
    'decisions.postGone': 'Post {id} is no longer in the Calendar; its decisions were skipped.',
    'decisions.notAwaiting':
      'Post {id} is {status}, which does not take stakeholder decisions (see “Stakeholder decision statuses”); its decisions were skipped.',
    'decisions.unknownChoice': '{email} wrote “{value}” on {id}; only Approve or Request changes count.',
    'decisions.needComment':
      '{email} asked for changes on {id} without a comment; it counts once they write what to change in their comment column.',
    'decisions.outdated':
      '{email} approved an older version of {id}: the post changed after it was published, so the approval was not applied. They are asked again on the next publish.',
    'decisions.overruled': 'The approval of {email} on {id} was not applied: another stakeholder asked for changes.',
    'decisions.waitingForAll': 'Post {id} waits for the approval of {emails} (“Stakeholder approvals needed” is all).',
    'decisions.collectFailed': 'Stakeholder decisions were not collected: Google Sheets answered “{message}”. Try again in a minute.',
  },
  pl: {
    'menu.collectDecisions': 'Zbierz decyzje interesariuszy',
    'decisions.title': 'Decyzje interesariuszy',
    'decisions.noCopy': 'Nie ma jeszcze kopii dla interesariuszy. Najpierw uruchom Content Calendar › Publikuj widok dla interesariuszy.',
    'decisions.notDeciding':
      'Interesariusze decydują w swojej kopii tylko wtedy, gdy ustawienie „Stakeholder role” ma wartość „decide”. Ustaw je, opublikuj widok ponownie, a potem zbierz decyzje.',
    'decisions.done': 'Zebrano zatwierdzenia: {approved}, prośby o zmiany: {changes}.',
    'decisions.approvedComment': 'Zatwierdzono w kopii dla interesariuszy.',
    'decisions.notApplied': 'Decyzja {email} dotycząca {id} nie została zastosowana: {message}',
    'decisions.postGone': 'Posta {id} nie ma już w kalendarzu; jego decyzje pominięto.',
    'decisions.notAwaiting':
      'Post {id} ma status {status}, który nie przyjmuje decyzji interesariuszy (zob. „Stakeholder decision statuses”); jego decyzje pominięto.',
    'decisions.unknownChoice': '{email} wpisał(a) „{value}” przy {id}; liczy się tylko Approve albo Request changes.',
    'decisions.needComment':
      '{email} prosi o zmiany w {id} bez komentarza; prośba zostanie uwzględniona, gdy w kolumnie komentarza pojawi się opis zmian.',
    'decisions.outdated':
      '{email} zatwierdził(a) starszą wersję {id}: post zmienił się po publikacji, więc zatwierdzenia nie zastosowano. Przy następnej publikacji zostanie zapytany(-a) ponownie.',
    'decisions.overruled': 'Zatwierdzenie {email} dotyczące {id} nie zostało zastosowane: inny interesariusz prosi o zmiany.',
    'decisions.waitingForAll': 'Post {id} czeka na zatwierdzenie przez {emails} („Stakeholder approvals needed” = all).',
    'decisions.collectFailed': 'Nie zebrano decyzji interesariuszy: Arkusze Google odpowiedziały „{message}”. Spróbuj ponownie za minutę.',
  },
};
