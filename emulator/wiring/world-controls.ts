/** What a test does to the world around the add-on: other processes holding locks, calendars, trashed files and injected faults. */

import type { CallRecord } from '../core/context';
import { ServiceException } from '../core/errors';
import { calendarFromSeed } from '../services/calendar-app';
import type { Emulator } from './emulator-types';
import type { EmulatorParts } from './parts';

type WorldControls = Pick<Emulator, 'holdLock' | 'seedCalendar' | 'failAtCall' | 'trashFile'>;

/** failAtCall(): a hook that throws at the n-th matching service call from now, then removes itself. */
function failAtCall(
  parts: EmulatorParts,
  n: number,
  error?: string | Error,
  filter?: (call: CallRecord) => boolean,
): () => void {
  const { context } = parts;
  let count = 0;
  const hook = (call: CallRecord): void => {
    if (filter && !filter(call)) return;
    count++;
    if (count !== n) return;
    cancel();
    if (error instanceof Error) throw error;
    throw new ServiceException(
      error ?? `Service Spreadsheets failed while accessing document with id ${parts.documentId()}.`,
    );
  };
  const cancel = (): void => {
    const index = context.beforeCall.indexOf(hook);
    if (index >= 0) context.beforeCall.splice(index, 1);
  };
  context.beforeCall.push(hook);
  return cancel;
}

/** The Emulator's methods that change the world the add-on runs in. */
export function worldControls(parts: EmulatorParts): WorldControls {
  const { context, runtime, stores } = parts;
  return {
    holdLock(kind, ms, user) {
      const key = kind === 'user' ? `user:${user ?? context.userEmail}` : kind;
      return stores.lock.locks.simulateHolder(key, ms);
    },

    seedCalendar(seed) {
      const state = calendarFromSeed(seed, runtime.nowMs());
      const index = stores.calendars.calendars.findIndex((c) => c.id === seed.id);
      if (index >= 0) stores.calendars.calendars[index] = state;
      else stores.calendars.calendars.push(state);
    },

    failAtCall: (n, error, filter) => failAtCall(parts, n, error, filter),

    trashFile(id) {
      const files = stores.driveFiles;
      if (!files[id]) {
        const found = context.quietly(() => stores.driveLookup(id));
        if (!found) throw new Error(`Emulator: no Drive file ${id}`);
        files[id] = { ...found, editors: [], commenters: [], viewers: [], access: 'PRIVATE', permission: 'NONE' };
      }
      files[id].trashed = true;
    },
  };
}
