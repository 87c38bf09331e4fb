/** Content Calendar › Language (issue #19 item 9): the menu, pages and messages follow the chosen language, on the built bundle. */
import { call, clickMenu, loadAddon, setUpCalendar } from '../support/calendar-harness';

function lastMenu(emulator: ReturnType<typeof loadAddon>) {
  return emulator.menus[emulator.menus.length - 1] as { caption: string; items: Array<{ type: string; caption?: string; items?: Array<{ caption?: string }> }> };
}

test('an English spreadsheet switched to Polski: menu heading and items, form context, checks and toasts speak Polish', () => {
  const emulator = loadAddon({ now: () => new Date('2026-11-26T10:00:00Z'), locale: 'en_US' });
  setUpCalendar(emulator);
  expect(lastMenu(emulator).items[0].caption).toBe('New post…');
  clickMenu(emulator, 'Language > Polski');
  const menu = lastMenu(emulator);
  // An add-on's menu heading is its name in both languages (Extensions › Content Calendar); the items follow the choice.
  expect(menu.caption).toBe('Content Calendar');
  expect(menu.items[0].caption).toBe('Nowy post…');
  expect(menu.items.map((item) => item.caption)).toContain('Sprawdź wszystkie posty');
  const language = menu.items.find((item) => item.caption === 'Język');
  expect(language?.items?.map((item) => item.caption)).toEqual(['English', 'Polski']);
  expect(emulator.ui.toasts.at(-1)?.message).toMatch(/mówi teraz po polsku/);
  expect(call<{ locale: string }>(emulator, 'getFormContext').locale).toBe('pl_US');
  const saved = call<{ checks: { issues: Array<{ message: string }> } }>(emulator, 'savePost', { date: '2026-12-01', platform: 'X', format: 'Text', caption: 'x'.repeat(300) });
  expect(saved.checks.issues[0].message).toMatch(/znak/);
  // The choice holds when the spreadsheet is opened again, and English brings it back.
  emulator.open({ authMode: 'LIMITED' });
  expect(lastMenu(emulator).items[0].caption).toBe('Nowy post…');
  clickMenu(emulator, 'Język > English');
  expect(lastMenu(emulator).items[0].caption).toBe('New post…');
  expect(call<{ locale: string }>(emulator, 'getFormContext').locale).toBe('en_US');
});

test('with no choice the spreadsheet locale decides (a Polish spreadsheet speaks Polish), and dates keep its order', () => {
  const emulator = loadAddon({ now: () => new Date('2026-11-26T10:00:00Z'), locale: 'pl_PL' });
  setUpCalendar(emulator);
  emulator.open({ authMode: 'LIMITED' });
  expect(lastMenu(emulator).items[0].caption).toBe('Nowy post…');
  clickMenu(emulator, 'Język > English');
  expect(call<{ locale: string; dateOrder: string }>(emulator, 'getExportContext')).toMatchObject({ locale: 'en_PL', dateOrder: 'dmy' });
});
