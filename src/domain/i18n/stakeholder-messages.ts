/** The stakeholder view's messages about the Sheets and Drive services and the Calendar's columns, in English and Polish (registered in ./catalogue-source.ts). */

import type { MessageCatalogue } from './catalogue-types';

/** What publishing the stakeholder view says when it cannot go ahead. */
export const STAKEHOLDER_MESSAGES: MessageCatalogue = {
  en: {
    'stakeholder.serviceFailed':
      'The stakeholder copy was not updated: Google Sheets answered “{message}”. Nothing in it was changed; publish again in a minute.',
    'stakeholder.noServices':
      'Publishing needs the Google Sheets API and Google Drive API advanced services, which are not enabled in this copy of the add-on. Enable both in the script’s appsscript.json (dependencies.enabledAdvancedServices), then publish again.',
    'stakeholder.ambiguousColumn':
      'Nothing was published: more than one column of the Calendar sheet could be “{column}” ({headers}). Only the add-on’s own column, headed exactly “{column}”, is shared. Rename or remove the other column, then publish again.',
    'stakeholder.lookalikeColumn':
      'Nothing was published: no column of the Calendar sheet is headed exactly “{column}”; {headers} only looks like it, and it is not shared on a guess. Head the add-on’s column exactly “{column}” (or take “{column}” out of the “Stakeholder columns” setting), then publish again.',
  },
  pl: {
    'stakeholder.serviceFailed':
      'Kopia dla interesariuszy nie została zaktualizowana: Arkusze Google odpowiedziały „{message}”. Nic w niej nie zmieniono; opublikuj ponownie za minutę.',
    'stakeholder.noServices':
      'Publikowanie wymaga zaawansowanych usług Google Sheets API i Google Drive API, które nie są włączone w tej kopii dodatku. Włącz obie w pliku appsscript.json skryptu (dependencies.enabledAdvancedServices) i opublikuj ponownie.',
    'stakeholder.ambiguousColumn':
      'Nic nie opublikowano: więcej niż jedna kolumna arkusza Calendar może być kolumną „{column}” ({headers}). Udostępniana jest tylko kolumna dodatku o nagłówku dokładnie „{column}”. Zmień nazwę drugiej kolumny albo ją usuń i opublikuj ponownie.',
    'stakeholder.lookalikeColumn':
      'Nic nie opublikowano: żadna kolumna arkusza Calendar nie ma nagłówka dokładnie „{column}”; {headers} tylko ją przypomina i nie zostanie udostępniona na podstawie domysłu. Nadaj kolumnie dodatku nagłówek dokładnie „{column}” (albo usuń „{column}” z ustawienia „Stakeholder columns”) i opublikuj ponownie.',
  },
};
