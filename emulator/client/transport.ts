/** The server half of the client stand-in: a transport function that runs google.script.run calls on an emulator. */

import type { Emulator } from '../index';

/**
 * Returns `(name, argsJson) => Promise<string>` for googleScriptRunSource's transport: it parses the
 * arguments, calls `emulator.run` (or `runAsync`) and resolves to the JSON of the RunResult. Plug it into
 * Playwright (`page.exposeFunction('__gasRun', transport)`) or an HTTP handler of the preview server.
 */
export function emulatorTransport(
  emulator: Emulator,
  options: { async?: boolean } = {},
): (name: string, argsJson: string) => Promise<string> {
  return async (name, argsJson) => {
    let args: unknown[];
    try {
      args = JSON.parse(argsJson) as unknown[];
      if (!Array.isArray(args)) throw new Error('arguments must be a JSON array');
    } catch (error) {
      return JSON.stringify({ ok: false, error: `Bad request: ${(error as Error).message}` });
    }
    const result = options.async ? await emulator.runAsync(name, ...args) : emulator.run(name, ...args);
    return JSON.stringify(result);
  };
}
