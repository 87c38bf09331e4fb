/** Wires every emulated service global (and the advanced services the manifest may enable) over shared stores. */

import type { EmulatorContext } from '../core/context';
import type { Runtime } from '../runtime/runtime';
import { createAdvancedCalendar } from '../services/advanced-calendar';
import { fileAccess } from '../services/advanced-api';
import { createAdvancedDrive, type DriveNotification } from '../services/advanced-drive';
import { createAdvancedSheets } from '../services/advanced-sheets';
import { createCacheService } from '../services/cache-service';
import { createCalendarApp, type CalendarStore } from '../services/calendar-app';
import { createDriveApp, type DriveFileState, type FileLookup } from '../services/drive-app';
import { createHtmlService } from '../services/html-service';
import { createLockService } from '../services/lock-service';
import { createLogging } from '../services/logger';
import { createMailApp, type MailStore } from '../services/mail-app';
import { createPropertiesService } from '../services/properties-service';
import { createScriptApp, type TriggerState } from '../services/script-app';
import { createSession } from '../services/session';
import { createUrlFetchApp, createUrlFetchStore, type UrlFetchStore } from '../services/url-fetch-app';
import { createUtilities } from '../services/utilities';
import type { AddonIdentity, CreateEmulatorOptions, SpreadsheetServiceHandle } from './options';

/** The state the services keep between executions (what save() writes and load() restores, and the fault hooks). */
export interface ServiceStores {
  properties: ReturnType<typeof createPropertiesService>;
  cache: ReturnType<typeof createCacheService>;
  lock: ReturnType<typeof createLockService>;
  triggers: TriggerState[];
  calendars: CalendarStore;
  driveFiles: Record<string, DriveFileState>;
  driveNotifications: DriveNotification[];
  mail: MailStore;
  urlFetch: UrlFetchStore;
  /** Finds a file Drive knows by id: a spreadsheet the hub holds, as Drive describes it. */
  driveLookup: FileLookup;
}

/** What wireServices needs: the runtime, the spreadsheet model and the add-on's identity. */
export interface ServiceWiring {
  context: EmulatorContext;
  runtime: Runtime;
  sheets: SpreadsheetServiceHandle;
  identity: AddonIdentity;
  options: CreateEmulatorOptions;
  /** The active spreadsheet's id (ScriptApp, fault messages, Drive's file scope). */
  documentId(): string;
}

/** Drive's view of a spreadsheet the hub holds (name, type, URL, owner), or null when there is none. */
function spreadsheetLookup(context: EmulatorContext, sheets: SpreadsheetServiceHandle): FileLookup {
  const ownerOf = (ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string => {
    try {
      return ss.getOwner()?.getEmail() ?? context.userEmail;
    } catch {
      return context.userEmail;
    }
  };
  return (id) => {
    try {
      const ss = sheets.SpreadsheetApp.openById(id);
      return {
        id,
        name: ss.getName(),
        mimeType: 'application/vnd.google-apps.spreadsheet',
        url: typeof ss.getUrl === 'function' ? ss.getUrl() : `https://docs.google.com/spreadsheets/d/${id}/edit`,
        owner: ownerOf(ss),
      };
    } catch {
      return null;
    }
  };
}

/** Fresh, empty stores for every service. */
function createStores(wiring: ServiceWiring): ServiceStores {
  const { runtime, options } = wiring;
  return {
    properties: createPropertiesService(runtime),
    cache: createCacheService(runtime),
    lock: createLockService(runtime),
    triggers: [],
    calendars: { calendars: [], created: {}, ...(options.calendarBurst ? { burst: options.calendarBurst } : {}) },
    driveFiles: {},
    driveNotifications: [],
    mail: { sent: [], dailyQuota: options.mailQuota ?? 100 },
    urlFetch: createUrlFetchStore(),
    driveLookup: spreadsheetLookup(wiring.context, wiring.sheets),
  };
}

/** The service globals every realm gets. */
function serviceGlobals(wiring: ServiceWiring, stores: ServiceStores): Record<string, unknown> {
  const { context, runtime, sheets, identity, options } = wiring;
  const { Logger, console } = createLogging(runtime);
  return {
    SpreadsheetApp: sheets.SpreadsheetApp,
    HtmlService: createHtmlService(runtime, () => runtime.bundle?.dir ?? options.htmlDir ?? null),
    LockService: stores.lock.LockService,
    PropertiesService: stores.properties.PropertiesService,
    CacheService: stores.cache.CacheService,
    Utilities: createUtilities(runtime),
    Session: createSession(runtime, () => options.userLocale ?? context.locale.split(/[_-]/)[0], identity.scriptId),
    ScriptApp: createScriptApp(runtime, stores.triggers, {
      scriptId: identity.scriptId,
      documentId: wiring.documentId,
      isAddon: identity.isAddon,
      authorized: () => options.authorized ?? true,
    }),
    Logger,
    console,
    DriveApp: createDriveApp(runtime, stores.driveFiles, stores.driveLookup),
    CalendarApp: createCalendarApp(runtime, stores.calendars),
    UrlFetchApp: createUrlFetchApp(runtime, stores.urlFetch),
    MailApp: createMailApp(runtime, stores.mail),
  };
}

/** Advanced services: globals only where appsscript.json enables them (dependencies.enabledAdvancedServices). */
function registerAdvancedServices(wiring: ServiceWiring, stores: ServiceStores): void {
  const { runtime, sheets } = wiring;
  if (sheets.hub) {
    const hub = sheets.hub;
    const createdBy = new Map<string, string>();
    const access = fileAccess(runtime, createdBy, wiring.documentId, (id) => hub.books.has(id));
    const drive = { files: stores.driveFiles, notifications: stores.driveNotifications };
    runtime.advancedServices.push(
      { serviceId: 'sheets', version: 'v4', value: createAdvancedSheets(runtime, hub, access) },
      { serviceId: 'drive', version: 'v3', value: createAdvancedDrive(runtime, drive, stores.driveLookup, access) },
    );
  }
  // Advanced Calendar service (Calendar API v3): the `Calendar` global, over the store CalendarApp also uses.
  runtime.advancedServices.push({
    serviceId: 'calendar',
    version: 'v3',
    value: createAdvancedCalendar(runtime, stores.calendars),
  });
}

/**
 * Makes every service over fresh stores, sets them as the runtime's globals and registers the
 * advanced services; returns the globals and the stores.
 */
export function wireServices(wiring: ServiceWiring): { globals: Record<string, unknown>; stores: ServiceStores } {
  for (const scope of wiring.options.declinedScopes ?? []) wiring.runtime.declinedScopes.add(scope);
  const stores = createStores(wiring);
  const globals = serviceGlobals(wiring, stores);
  wiring.runtime.globals = globals;
  registerAdvancedServices(wiring, stores);
  return { globals, stores };
}
