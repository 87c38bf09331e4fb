/** The pages' client API, derived from the server's public functions (types only: nothing here is bundled). */

import type { entrypoints } from '../entrypoints';
import type { AudienceCsv } from './audience-contract';
import type { CalendarSyncRequest, ExportRequest } from './export-contract';
import type { PlanningHintsRequest } from './planning-contract';
import type { ConnectRequest, HourlyRequest, SendRequest, SetupRequest } from './publishing-contract';
import type { ReviewRequest } from './review-contract';
import type { PostInput } from './rpc-types';

type AnyFunction = (...args: never[]) => unknown;

/**
 * What a page receives for a server value of type T once google.script.run has carried it as JSON:
 * dates become ISO strings and functions are dropped (a function-valued property disappears).
 */
export type Jsonified<T> = T extends Date
  ? string
  : T extends string | number | boolean | null | undefined
    ? T
    : T extends AnyFunction
      ? undefined
      : T extends readonly unknown[]
        ? { [I in keyof T]: Jsonified<T[I]> }
        : T extends object
          ? { [K in keyof T as T[K] extends AnyFunction ? never : K]: Jsonified<T[K]> }
          : T;

type Entrypoints = typeof entrypoints;

/** The functions a page may call: every entrypoint but the private ones (ending in `_`, which google.script.run refuses). */
type PageCallable = { [K in keyof Entrypoints as K extends `${string}_` ? never : K]: Entrypoints[K] };

/**
 * The arguments a page sends to each server function that takes `unknown` (and validates it with the
 * zod schema declared beside the type): the schema's input type, not what the server tolerates.
 */
export interface ServerInputs {
  savePost: [input: PostInput];
  checkPost: [input: PostInput];
  previewExport: [request: ExportRequest];
  exportPosts: [request: ExportRequest];
  syncToGoogleCalendar: [request?: CalendarSyncRequest];
  reviewPost: [request: ReviewRequest];
  getPlanningHints: [request: PlanningHintsRequest];
  importAudienceCsv: [csvText: AudienceCsv];
  connectWoopSocial: [request: ConnectRequest];
  saveWoopSocialSetup: [request: SetupRequest];
  previewWoopSocialSend: [request: SendRequest];
  sendToWoopSocial: [request: SendRequest];
  setHourlyRefresh: [request: HourlyRequest];
}

/** A page's arguments for K: its ServerInputs row, or the entrypoint's own parameters when they are typed. */
type ArgumentsOf<K extends keyof PageCallable> = K extends keyof ServerInputs ? ServerInputs[K] : Parameters<PageCallable[K]>;

/** Every server function a page can call, with the arguments it must send and the JSON it gets back. */
export type ServerApi = {
  [K in keyof PageCallable]: (...args: ArgumentsOf<K>) => Jsonified<ReturnType<PageCallable[K]>>;
};

// Compile-time guards: the table above cannot drift from the entrypoints.
/** Entrypoints whose first parameter is `unknown`: each needs a ServerInputs row. */
type TakesUnknown = {
  [K in keyof PageCallable]: Parameters<PageCallable[K]> extends [] ? never : unknown extends Parameters<PageCallable[K]>[0] ? K : never;
}[keyof PageCallable];
/** ServerInputs rows that name no page-callable function, or that the function's own parameters would not accept. */
type WrongRows = {
  [K in keyof ServerInputs]: K extends keyof PageCallable ? (ServerInputs[K] extends Parameters<PageCallable[K]> ? never : K) : K;
}[keyof ServerInputs];
/** Compiles only when `Names` is never; otherwise the error names the offending functions. */
type NoneOf<Names extends never> = Names;
export type _EveryUntypedEntrypointHasInputs = NoneOf<Exclude<TakesUnknown, keyof ServerInputs>>;
export type _EveryInputsRowFitsItsEntrypoint = NoneOf<WrongRows>;
