/** Promise wrappers around google.script.run: every call has a failure handler that yields a readable Error. */

import type { PlanningHints } from '../../sheets/planning-hints';
import type { FormContext, PostInput, SaveResult } from '../../shared/rpc-types';

/** The server functions the sidebar calls, with their argument and result types. */
export interface ServerApi {
  getFormContext(): FormContext;
  savePost(input: PostInput): SaveResult;
  getPlanningHints(request: { date: string; platform: string; timeZone: string }): PlanningHints;
  refreshMonthViewIfPresent(): { refreshed: boolean };
}

interface Runner {
  withSuccessHandler(handler: (value: unknown) => void): Runner;
  withFailureHandler(handler: (error: unknown) => void): Runner;
  [name: string]: unknown;
}

/** Thrown when the page runs outside Apps Script (no google.script.run). */
export class NoServerError extends Error {
  constructor() {
    super('google.script.run is not available.');
    this.name = 'NoServerError';
  }
}

/**
 * The text of whatever a failure handler received (Apps Script passes an Error; be lenient).
 * @param error The value passed to the failure handler.
 */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error && typeof error === 'object' && 'message' in error) return String((error as { message: unknown }).message);
  return error === undefined || error === null ? '' : String(error);
}

/** A page's server functions: name → (JSON arguments) → JSON result. */
export type ServerFunctions<Api> = { [K in keyof Api]: (...args: never[]) => unknown };

/**
 * A typed caller for one page's server functions (each page declares its own Api interface).
 * Every call has a failure handler: it rejects with an Error whose message is the server's, which the
 * page shows to the person, never only in the console.
 */
export function serverCaller<Api extends ServerFunctions<Api>>() {
  return <K extends keyof Api & string>(name: K, ...args: Parameters<Api[K]>): Promise<ReturnType<Api[K]>> =>
    invoke(name, args) as Promise<ReturnType<Api[K]>>;
}

/**
 * Calls a server function of the post form through google.script.run and resolves with its JSON result.
 * @param name The server function's name.
 * @param args Its JSON arguments.
 */
export const callServer = serverCaller<ServerApi>();

/** Runs `name` through google.script.run with a success and a failure handler. */
function invoke(name: string, args: unknown[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const script = (globalThis as { google?: { script?: { run?: Runner } } }).google?.script;
    if (!script?.run) {
      reject(new NoServerError());
      return;
    }
    const runner = script.run
      .withSuccessHandler((value) => resolve(value))
      .withFailureHandler((error) => reject(error instanceof Error ? error : new Error(errorText(error))));
    const fn = runner[name];
    if (typeof fn !== 'function') {
      reject(new Error(`The server has no function ${name}.`));
      return;
    }
    (fn as (...values: unknown[]) => void).apply(runner, args);
  });
}

/** Closes the sidebar (google.script.host.close), if the page runs inside Apps Script. */
export function closeSidebar(): void {
  const host = (globalThis as { google?: { script?: { host?: { close?: () => void } } } }).google?.script?.host;
  host?.close?.();
}
