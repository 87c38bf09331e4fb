/** PropertiesService: script, per-user and document stores of string values with Apps Script's size limits (P-01..P-04). */

import { wrapService } from '../core/context';
import { ServiceException } from '../core/errors';
import type { Runtime } from '../runtime/runtime';

/**
 * Limits of one store: "Properties value size 9 KB / val" and "Properties total storage 500 KB /
 * property store", from Google's quota table (https://developers.google.com/apps-script/guides/services/quotas#current_limitations).
 * The store total counts keys and values (UTF-8 bytes); a write that would pass it is refused whole.
 */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;
/**
 * Messages for the limits (P-04). Google's reference gives no text; these are the texts Apps Script
 * is widely reported to throw (UNVERIFIED against a live run: the setup check records them).
 */
export const PROPERTY_VALUE_TOO_LARGE = 'Argument too large: value';
export const PROPERTY_QUOTA_EXCEEDED =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

/** Every property store's contents, serialisable. */
export interface PropertiesState {
  script: Record<string, string>;
  document: Record<string, string>;
  user: Record<string, Record<string, string>>;
}

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/** One store (a plain string map, mutated in place). */
export class PropertiesImpl implements Pick<
  GoogleAppsScript.Properties.Properties,
  | 'getProperty'
  | 'getProperties'
  | 'getKeys'
  | 'setProperty'
  | 'setProperties'
  | 'deleteProperty'
  | 'deleteAllProperties'
> {
  constructor(private readonly store: Record<string, string>) {}

  getProperty(key: string): string | null {
    return Object.prototype.hasOwnProperty.call(this.store, String(key)) ? this.store[String(key)] : null;
  }

  /** A copy, not live (P-02). */
  getProperties(): Record<string, string> {
    return { ...this.store };
  }

  getKeys(): string[] {
    return Object.keys(this.store);
  }

  setProperty(key: string, value: string): GoogleAppsScript.Properties.Properties {
    this.write({ [String(key)]: String(value) }, false);
    return this.self();
  }

  setProperties(
    properties: Record<string, unknown>,
    deleteAllOthers?: boolean,
  ): GoogleAppsScript.Properties.Properties {
    const entries: Record<string, string> = {};
    for (const [key, value] of Object.entries(properties ?? {})) entries[key] = String(value);
    this.write(entries, !!deleteAllOthers);
    return this.self();
  }

  deleteProperty(key: string): GoogleAppsScript.Properties.Properties {
    delete this.store[String(key)];
    return this.self();
  }

  deleteAllProperties(): GoogleAppsScript.Properties.Properties {
    for (const key of Object.keys(this.store)) delete this.store[key];
    return this.self();
  }

  toString(): string {
    return 'Properties';
  }

  private write(entries: Record<string, string>, replace: boolean): void {
    for (const value of Object.values(entries))
      if (bytes(value) > PROPERTY_VALUE_LIMIT) throw new ServiceException(PROPERTY_VALUE_TOO_LARGE);
    const next: Record<string, string> = replace ? { ...entries } : { ...this.store, ...entries };
    let total = 0;
    for (const [key, value] of Object.entries(next)) total += bytes(key) + bytes(value);
    if (total > PROPERTY_STORE_LIMIT) throw new ServiceException(PROPERTY_QUOTA_EXCEEDED);
    if (replace) for (const key of Object.keys(this.store)) delete this.store[key];
    Object.assign(this.store, entries);
  }

  private self(): GoogleAppsScript.Properties.Properties {
    return this as unknown as GoogleAppsScript.Properties.Properties;
  }
}

/** PropertiesService over a PropertiesState. */
export class PropertiesServiceImpl implements Pick<
  GoogleAppsScript.Properties.PropertiesService,
  'getScriptProperties' | 'getUserProperties' | 'getDocumentProperties'
> {
  constructor(
    private readonly runtime: Runtime,
    private readonly state: () => PropertiesState,
  ) {}

  getScriptProperties(): GoogleAppsScript.Properties.Properties {
    return this.wrap(this.state().script);
  }

  /** Per user (P-01): the user running the execution. */
  getUserProperties(): GoogleAppsScript.Properties.Properties {
    const users = this.state().user;
    const email = this.runtime.current.user;
    users[email] ??= {};
    return this.wrap(users[email]);
  }

  /** The add-on's document store (never null here: the emulator is always bound to a spreadsheet). */
  getDocumentProperties(): GoogleAppsScript.Properties.Properties {
    return this.wrap(this.state().document);
  }

  toString(): string {
    return 'PropertiesService';
  }

  private wrap(store: Record<string, string>): GoogleAppsScript.Properties.Properties {
    return wrapService(
      new PropertiesImpl(store),
      'Properties',
      this.runtime.context,
    ) as unknown as GoogleAppsScript.Properties.Properties;
  }
}

/** Creates an empty state and the wrapped PropertiesService global. */
export function createPropertiesService(runtime: Runtime): {
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  state: PropertiesState;
} {
  const state: PropertiesState = { script: {}, document: {}, user: {} };
  const service = new PropertiesServiceImpl(runtime, () => state);
  return {
    PropertiesService: wrapService(
      service,
      'PropertiesService',
      runtime.context,
    ) as unknown as GoogleAppsScript.Properties.PropertiesService,
    state,
  };
}
