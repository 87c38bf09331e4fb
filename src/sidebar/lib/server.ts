/** Promise wrappers around google.script.run: every call has a failure handler that yields a readable Error. */

import type { ServerApi } from '../../shared/server-api';

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

/**
 * Calls a server function through google.script.run and resolves with its JSON result. Typed by the
 * server's own functions (ServerApi): an unknown name or wrong arguments fail typecheck. Every call has
 * a failure handler: it rejects with an Error whose message is the server's, which the page shows to
 * the person, never only in the console.
 * @param name The server function's name.
 * @param args Its JSON arguments.
 */
export function callServer<K extends keyof ServerApi & string>(name: K, ...args: Parameters<ServerApi[K]>): Promise<ReturnType<ServerApi[K]>> {
  return invoke(name, args) as Promise<ReturnType<ServerApi[K]>>;
}

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
