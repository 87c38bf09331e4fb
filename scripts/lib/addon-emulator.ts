/** The add-on's identity in the emulator (its name, developer and script id), which the emulator leaves to its callers. */

import { createEmulator, type CreateEmulatorOptions, type Emulator } from '../../emulator';

/** What the tests, the benchmark, the probes and the preview tell the emulator about this add-on. */
export const ADDON_EMULATOR_OPTIONS = {
  addonName: 'Content Calendar',
  developerEmail: 'developer@content-calendar.example',
  scriptId: '1EmulatorScriptIdContentCalendar000000000000000000000',
  /** The sample spreadsheet's zone (the emulator's default too, stated here as the add-on's choice). */
  timeZone: 'Europe/Warsaw',
} as const satisfies CreateEmulatorOptions;

/** An emulator that runs this add-on: createEmulator with ADDON_EMULATOR_OPTIONS, then `options` over them. */
export function createAddonEmulator(options: CreateEmulatorOptions = {}): Emulator {
  return createEmulator({ ...ADDON_EMULATOR_OPTIONS, ...options });
}
