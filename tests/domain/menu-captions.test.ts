/** The menu's built-in English captions (used in AuthMode.NONE, without the message file) match the catalogue. */
import { HELP_MENU_ITEMS, MENU_ITEMS } from '../../src/entrypoints/menu';
import { t } from '../../src/domain/i18n';
import { captionsIn, englishCaptions } from '../../src/domain/i18n/menu-captions';

test('every English menu caption equals the catalogue’s English message', () => {
  for (const item of MENU_ITEMS) {
    if (item) expect([item[0], item[2]]).toEqual([item[0], t('en_US', item[0])]);
  }
  expect(t('en_US', 'menu.title')).toBe('Content Calendar');
});

test('every menu caption has a Polish translation', () => {
  for (const item of MENU_ITEMS) if (item) expect(t('pl_PL', item[0])).not.toBe(item[2]);
});

test('the Help submenu’s captions match the catalogue and have Polish translations', () => {
  expect(t('en_US', 'menu.help')).toBe('Help');
  expect(t('pl_PL', 'menu.help')).not.toBe('Help');
  for (const [key, , english] of HELP_MENU_ITEMS) {
    expect([key, english]).toEqual([key, t('en_US', key)]);
    expect(t('pl_PL', key)).not.toBe(english);
  }
});

test('captionsIn: English locales keep the English caption as written; Polish takes the catalogue’s', () => {
  expect(captionsIn('en_GB')('menu.title', 'Content Calendar')).toBe('Content Calendar');
  expect(englishCaptions('menu.title', 'Content Calendar')).toBe('Content Calendar');
  expect(captionsIn('pl_PL')('menu.help', 'Help')).toBe(t('pl_PL', 'menu.help'));
  expect(captionsIn('pl_PL')('menu.help', 'Help')).not.toBe('Help');
});
