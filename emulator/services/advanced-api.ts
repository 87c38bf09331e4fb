/** What the emulated advanced services (Sheets, Drive, Calendar) share: Google's JSON error, call recording and which files `drive.file` reaches. */

import type { CallKind } from '../core/context';
import type { Runtime } from '../runtime/runtime';

/**
 * The error an advanced service throws when the API answers with an error: Apps Script raises a
 * `GoogleJsonResponseException` whose message is `API call to <api> failed with error: <message>`
 * (for example "API call to gmail.users.labels.list failed with error: Request had insufficient
 * authentication scopes."). `details` holds the API's `{ code, message }`.
 */
export class GoogleJsonResponseException extends Error {
  readonly details: { code: number; message: string };
  constructor(api: string, code: number, message: string) {
    super(`API call to ${api} failed with error: ${message}`);
    this.name = 'GoogleJsonResponseException';
    this.details = { code, message };
  }
}

/** The API's own error before the service wraps it (thrown inside a method body, wrapped by `apiMethod`). */
export class ApiError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

/** The Sheets API's answer for an unknown field in a request body (Google's protobuf JSON parser). */
export function unknownField(name: string, at: string): ApiError {
  return new ApiError(400, `Invalid JSON payload received. Unknown name "${name}" at '${at}': Cannot find field.`);
}

/** Throws unknownField for any key of `value` not in `allowed`. */
export function checkFields(value: unknown, allowed: readonly string[], at: string): void {
  if (value === null || typeof value !== 'object') return;
  for (const key of Object.keys(value)) if (!allowed.includes(key)) throw unknownField(key, at);
}

/** A plain JSON copy (what crosses the API: no Dates, no functions, no realm objects). */
export function json<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/**
 * Makes one advanced-service method: records the call as `<className>.<method>` (so the authorization
 * table, fault injection and the call counts see it), runs the body, and turns an ApiError into the
 * GoogleJsonResponseException `api` names (e.g. `sheets.spreadsheets.create`).
 */
export function apiMethod<A extends unknown[], R>(
  runtime: Runtime,
  className: string,
  method: string,
  api: string,
  kind: CallKind,
  body: (...args: A) => R,
): (...args: A) => R {
  return (...args: A): R => {
    const context = runtime.context;
    try {
      context.called(className, method, kind, args);
      return context.toRealm(json(body(...args)));
    } catch (error) {
      if (error instanceof ApiError) throw context.toRealmError(new GoogleJsonResponseException(api, error.code, error.message));
      throw context.toRealmError(error);
    }
  };
}

/**
 * Which files a script reaches through the Sheets and Drive APIs. With `spreadsheets` (Sheets) or
 * `drive` / `drive.readonly` (Drive) granted, any file the user can open; with only `drive.file`,
 * "only the specific Google Drive files you use with this app": the files the app created for this
 * user (Sheets.Spreadsheets.create, SpreadsheetApp.create) and the document the add-on runs in.
 * https://developers.google.com/workspace/drive/api/guides/api-specific-auth
 */
export interface FileAccess {
  /** Records that the app created `id` for the running user. */
  created(id: string): void;
  /** Whether the running user's grant reaches `id` through `broad` (any of those scopes) or drive.file. */
  reaches(id: string, broad: readonly string[]): boolean;
}

/** A FileAccess over a created-files registry (id → creator email). */
export function fileAccess(
  runtime: Runtime,
  createdBy: Map<string, string>,
  activeId: () => string,
  exists: (id: string) => boolean,
): FileAccess {
  const granted = (): string[] | null =>
    runtime.options.enforceManifestScopes ? (runtime.manifest?.oauthScopes ?? null) : null;
  return {
    created: (id) => createdBy.set(id, runtime.current.effectiveUser),
    reaches: (id, broad) => {
      if (!exists(id)) return false;
      const scopes = granted();
      if (!scopes || broad.some((scope) => scopes.includes(scope))) return true;
      if (id === activeId()) return true;
      return createdBy.get(id)?.toLowerCase() === runtime.current.effectiveUser.toLowerCase();
    },
  };
}
