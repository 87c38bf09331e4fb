/** What a person does in Sheets (opens the spreadsheet, installs the add-on, types into cells, clicks a menu item) and the triggers that run. */

import { AuthMode } from '../services/script-app';
import { makeUser, visibleActiveEmail } from '../services/session';
import type { Emulator, ExecutionOutcome } from './emulator-types';
import { requireFunction, runInstallable, runOutcome } from './executions';
import { menuFunction } from './menus';
import { requireBundle, type EmulatorParts } from './parts';

type UserActions = Pick<Emulator, 'open' | 'install' | 'editAsUser' | 'editFileAsUser' | 'clickMenu'>;

/** Runs the bundle's simple trigger `name` (if it has one) with the event `event()` builds, as `user` in `authMode`. */
function simpleTrigger(
  parts: EmulatorParts,
  name: string,
  spec: { kind: 'simple-trigger' | 'install'; authMode: 'NONE' | 'LIMITED' | 'FULL'; user: string },
  event: () => Record<string, unknown>,
): ExecutionOutcome {
  return runOutcome(
    parts,
    () => {
      const fn = parts.runtime.resolveFunction(name);
      if (!fn) return { ran: false };
      fn(event());
      return { ran: true };
    },
    { ...spec, functionName: name },
  );
}

/** Runs `fn` with the context's user switched to `user`. */
function asUser<T>(parts: EmulatorParts, user: string, fn: () => T): T {
  const saved = parts.context.userEmail;
  parts.context.userEmail = user;
  try {
    return fn();
  } finally {
    parts.context.userEmail = saved;
  }
}

/** Whether Drive lets `user` type into the file (owner or writer; commenters and viewers cannot). */
function mayEditFile(parts: EmulatorParts, fileId: string, user: string): boolean {
  const file = parts.stores.driveFiles[fileId] ?? parts.context.quietly(() => parts.stores.driveLookup(fileId));
  const same = (email: string): boolean => email.toLowerCase() === user.toLowerCase();
  return !!file && (same(file.owner) || ('editors' in file && (file.editors as string[]).some(same)));
}

/** open(): onOpen(e) as a simple trigger (no source in AuthMode.NONE), then installable open triggers. */
function open(
  parts: EmulatorParts,
  options: { authMode?: 'NONE' | 'LIMITED' | 'FULL'; user?: string } = {},
): ExecutionOutcome {
  requireBundle(parts);
  const { runtime } = parts;
  const mode = options.authMode ?? 'LIMITED';
  const user = options.user ?? parts.context.userEmail;
  parts.uiRecords.menus.length = 0;
  const simple = simpleTrigger(parts, 'onOpen', { kind: 'simple-trigger', authMode: mode, user }, () => {
    const event: Record<string, unknown> = {
      authMode: AuthMode[mode],
      user: makeUser(runtime, visibleActiveEmail(runtime)),
    };
    if (mode !== 'NONE') event.source = parts.activeSpreadsheet();
    return event;
  });
  runInstallable(parts, 'ON_OPEN', { user: makeUser(runtime, user) }, user);
  return simple;
}

/** editAsUser(): applies the edit as the person would, then onEdit(e) (LIMITED) and installable edit triggers. */
function editAsUser(
  parts: EmulatorParts,
  sheetName: string,
  a1: string,
  values: unknown[][],
  options: { user?: string } = {},
): ReturnType<Emulator['editAsUser']> {
  requireBundle(parts);
  const { runtime } = parts;
  const user = options.user ?? parts.context.userEmail;
  const applied = asUser(parts, user, () => parts.context.quietly(() => parts.sheets.userEdit(sheetName, a1, values)));
  if ('rejected' in applied) return { rejected: applied.rejected };
  const base = applied.event as Record<string, unknown>;
  const simple = simpleTrigger(parts, 'onEdit', { kind: 'simple-trigger', authMode: 'LIMITED', user }, () => ({
    ...base,
    authMode: AuthMode.LIMITED,
    user: makeUser(runtime, visibleActiveEmail(runtime)),
  }));
  const installable = runInstallable(parts, 'ON_EDIT', { ...base, user: makeUser(runtime, user) }, user);
  return { event: base, simple, installable };
}

/** The Emulator's methods for a person's actions in Sheets. */
export function userActions(parts: EmulatorParts): UserActions {
  const { runtime, context } = parts;
  return {
    open: (options) => open(parts, options),

    install(options = {}) {
      requireBundle(parts);
      const spec = { kind: 'install', authMode: 'FULL', user: options.user ?? context.userEmail } as const;
      return simpleTrigger(parts, 'onInstall', spec, () => ({
        authMode: AuthMode.FULL,
        source: parts.activeSpreadsheet(),
        user: makeUser(runtime, visibleActiveEmail(runtime)),
      }));
    },

    editAsUser: (sheetName, a1, values, options) => editAsUser(parts, sheetName, a1, values, options),

    editFileAsUser(fileId, sheetName, a1, values, options = {}) {
      const user = options.user ?? context.userEmail;
      if (!mayEditFile(parts, fileId, user))
        return { rejected: 'You need permission to edit this file. Ask the owner for edit access.' };
      const applied = asUser(parts, user, () =>
        context.quietly(() => parts.sheets.userEditIn(fileId, sheetName, a1, values)),
      );
      return 'rejected' in applied ? { rejected: applied.rejected } : {};
    },

    clickMenu(caption, options = {}) {
      requireBundle(parts);
      const name = menuFunction(parts.uiRecords.menus, caption);
      return runOutcome(parts, () => ({ ran: true, value: requireFunction(runtime, name)() }), {
        kind: 'menu',
        authMode: 'FULL',
        user: options.user ?? context.userEmail,
        functionName: name,
      });
    },
  };
}
