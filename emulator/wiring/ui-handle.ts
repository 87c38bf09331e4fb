/** The Emulator's `ui` handle: what the UI showed (menus, sidebars, dialogs, toasts) and queues for alert and prompt answers. */

import type { UiRecords } from '../services/ui';
import type { Emulator } from './emulator-types';
import type { SpreadsheetServiceHandle } from './options';

/** Adds the toasts, the answer queues and lastSidebar() to the UI records (the same object, so services see the queues). */
export function uiHandle(uiRecords: UiRecords, sheets: SpreadsheetServiceHandle): Emulator['ui'] {
  return Object.defineProperties(uiRecords, {
    toasts: { get: () => sheets.toasts, enumerable: true },
    queueAlert: {
      value: (...buttons: string[]) => {
        uiRecords.alertResponses.push(...buttons);
      },
    },
    queuePrompt: {
      value: (...answers: Array<{ button?: string; text?: string }>) => {
        uiRecords.promptResponses.push(...answers);
      },
    },
    lastSidebar: {
      value: () => {
        const last = uiRecords.sidebars[uiRecords.sidebars.length - 1];
        return last ? { title: last.title, html: last.html, width: last.width } : null;
      },
    },
  }) as Emulator['ui'];
}
