/** The options of createEmulator() and the defaults it fills in (nothing in them belongs to any one add-on). */

import type { EmulatorContext, EmulatorOptions } from '../core/context';
import type { RuntimeOptions } from '../runtime/runtime';
import type { SpreadsheetService } from '../spreadsheet';

/** What the spreadsheet model (emulator/spreadsheet) provides. */
export type SpreadsheetServiceHandle = SpreadsheetService;

/** Makes the spreadsheet model (the real one unless a test substitutes it). */
export type SpreadsheetServiceFactory = (context: EmulatorContext, ui: () => unknown) => SpreadsheetServiceHandle;

/** Options of createEmulator(). */
export interface CreateEmulatorOptions extends EmulatorOptions {
  /** The add-on developer's email: simple triggers reveal only same-domain users' emails (E-12). Default `developer@script-developer.example` (another domain than the default user's). */
  developerEmail?: string;
  /** The add-on's name, the caption of its Extensions sub-menu (U-03). Default `Untitled project` (Apps Script's name for a new project). */
  addonName?: string;
  /** Run as a published add-on: createMenu captions are replaced by the add-on name (U-02). Default true. */
  isAddon?: boolean;
  /** Session.getActiveUserLocale(). Default: the language of `locale` (`en`). */
  userLocale?: string;
  /** ScriptApp.getScriptId(). Default a fixed id of the right shape. */
  scriptId?: string;
  /** Whether users have authorized the add-on (ScriptApp.getAuthorizationInfo). Default true. */
  authorized?: boolean;
  /** Evaluate the bundle's global scope anew for each execution, as Apps Script does. Default true. */
  freshGlobalsPerExecution?: boolean;
  /** Enforce appsscript.json's explicit oauthScopes (permission errors). Default true. */
  enforceManifestScopes?: boolean;
  /** Set process.env.TZ to the script time zone so the bundle's local-time Date methods use it. Default true. */
  setProcessTimeZone?: boolean;
  /** The conservative runtime: the bundle's realm lacks Intl `longOffset`, `Intl.Segmenter` and `Intl.PluralRules`. Default false. */
  conservativeRuntime?: boolean;
  /** Where HTML files are read from when no bundle is loaded. */
  htmlDir?: string;
  /** Substitute the spreadsheet model (tests of the runtime alone). */
  spreadsheetService?: SpreadsheetServiceFactory;
  /** Scopes the user left unticked on the granular consent screen (calls needing only those fail). */
  declinedScopes?: string[];
  /** Calendar's burst limit: creations + deletions per user in a rolling window. Default 60 a minute. */
  calendarBurst?: { limit: number; windowMs: number };
  /** Email recipients MailApp may send to per day (Google: 100 for consumer accounts, 1,500 for Workspace). */
  mailQuota?: number;
}

/** The add-on as Apps Script shows it: its name, whether it runs as an add-on and its script id. */
export interface AddonIdentity {
  isAddon: boolean;
  addonName: string;
  scriptId: string;
}

/** The runtime's settings from createEmulator's options, with their defaults. */
export function runtimeOptionsOf(options: CreateEmulatorOptions): RuntimeOptions {
  return {
    developerEmail: options.developerEmail ?? 'developer@script-developer.example',
    freshGlobalsPerExecution: options.freshGlobalsPerExecution ?? true,
    enforceManifestScopes: options.enforceManifestScopes ?? true,
    setProcessTimeZone: options.setProcessTimeZone ?? true,
    explicitScriptTimeZone: options.scriptTimeZone !== undefined,
    conservativeRuntime: options.conservativeRuntime ?? false,
  };
}

/** The add-on's identity from createEmulator's options: Apps Script's defaults for a new project. */
export function addonIdentityOf(options: CreateEmulatorOptions): AddonIdentity {
  return {
    isAddon: options.isAddon ?? true,
    addonName: options.addonName ?? 'Untitled project',
    scriptId: options.scriptId ?? '1EmulatorScriptId000000000000000000000000000000000000',
  };
}
