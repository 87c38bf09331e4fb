/** The pieces createEmulator assembles, handed to the modules that build the Emulator's methods. */

import type { EmulatorContext } from '../core/context';
import type { Runtime } from '../runtime/runtime';
import type { UiRecords } from '../services/ui';
import type { ExecutionScope } from './executions';
import type { SpreadsheetServiceHandle } from './options';
import type { ServiceStores } from './services';

/** One emulator's context, runtime, spreadsheet model, UI records and service stores. */
export interface EmulatorParts extends ExecutionScope {
  context: EmulatorContext;
  runtime: Runtime;
  sheets: SpreadsheetServiceHandle;
  uiRecords: UiRecords;
  stores: ServiceStores;
  /** The active spreadsheet's id. */
  documentId(): string;
}

/** Throws unless a bundle is loaded (every method that runs the add-on's code needs one). */
export function requireBundle(parts: EmulatorParts): void {
  if (!parts.runtime.bundle) throw new Error('Emulator: call loadBundle(path) first.');
}
