/** The person's WoopSocial connection in user properties only: the API key, the project and the platform → account mapping. */

import type { AccountChoice } from '../domain/publishing/publish-request';

/** User-property keys. Nothing of the connection is ever written to the document, its properties or a log. */
const KEY_PROPERTY = 'woopsocial.apiKey';
const SETUP_PROPERTY = 'woopsocial.setup';

/** The project and mapping (no secret). */
export interface WoopSetup {
  projectId: string;
  projectName: string;
  /** Calendar platform (lower case) → account. */
  accounts: Record<string, AccountChoice>;
}

/** The person's API key, or null. */
export function storedApiKey(): string | null {
  return PropertiesService.getUserProperties().getProperty(KEY_PROPERTY);
}

/** The person's project and mapping, or null. */
export function storedSetup(): WoopSetup | null {
  const raw = PropertiesService.getUserProperties().getProperty(SETUP_PROPERTY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as WoopSetup;
  } catch {
    return null;
  }
}

/** Stores the key and the setup in the person's user properties (one call). */
export function storeConnection(apiKey: string, setup: WoopSetup | null): void {
  const values: Record<string, string> = { [KEY_PROPERTY]: apiKey };
  if (setup) values[SETUP_PROPERTY] = JSON.stringify(setup);
  PropertiesService.getUserProperties().setProperties(values);
}

/** Removes the key and the setup (Disconnect). */
export function forgetConnection(): void {
  const properties = PropertiesService.getUserProperties();
  properties.deleteProperty(KEY_PROPERTY);
  properties.deleteProperty(SETUP_PROPERTY);
}
