/** Finds the function behind a menu item a person clicks, by caption or by a path `Sub > Item`. */

import type { MenuEntry, UiRecords } from '../services/ui';

/** The function of the item at `path` among `entries` (a one-part path also searches every submenu). */
function findMenuItem(entries: MenuEntry[], path: string[]): string | null {
  for (const entry of entries) {
    if (entry.type === 'item' && path.length === 1 && entry.caption === path[0]) return entry.functionName;
    if (entry.type === 'submenu') {
      if (path.length > 1 && entry.caption === path[0]) {
        const found = findMenuItem(entry.items, path.slice(1));
        if (found) return found;
      }
      if (path.length === 1) {
        const found = findMenuItem(entry.items, path);
        if (found) return found;
      }
    }
  }
  return null;
}

/** The function a click on `caption` runs (the latest menu first); throws naming the menus when there is no such item. */
export function menuFunction(menus: UiRecords['menus'], caption: string): string {
  const path = caption.split('>').map((part) => part.trim());
  for (const menu of [...menus].reverse()) {
    const inMenu = path.length > 1 && path[0] === menu.caption ? findMenuItem(menu.items, path.slice(1)) : null;
    const functionName = inMenu ?? findMenuItem(menu.items, path);
    if (functionName) return functionName;
  }
  throw new Error(`Emulator: no menu item "${caption}" (menus: ${JSON.stringify(menus.map((m) => m.caption))}).`);
}
