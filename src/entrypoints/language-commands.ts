/** Content Calendar › Language: the add-on speaks English or Polish in this spreadsheet, whatever its locale. */

import { t } from '../domain/i18n';
import type { Language } from '../domain/i18n/catalogue-types';
import { activeWorkbook } from '../sheets/active-spreadsheet';
import { chooseLanguage } from '../services/language-setting';
import { buildMenu } from './menu';

/** Saves the choice, rebuilds the menu in it and says what follows, in the new language. */
function useLanguage(language: Language): void {
  chooseLanguage(language);
  buildMenu(ScriptApp.AuthMode.FULL);
  const workbook = activeWorkbook();
  workbook.spreadsheet.toast(t(workbook.locale, 'language.chosen'), t(workbook.locale, 'menu.title'), 10);
}

/** Menu: Language › English. Runs: menu command (AuthMode.FULL); 6-minute limit; writes one document property. */
export function useEnglish(): void {
  useLanguage('en');
}

/** Menu: Language › Polski. Runs: menu command (AuthMode.FULL); 6-minute limit; writes one document property. */
export function usePolish(): void {
  useLanguage('pl');
}
