/** Logger and console: every line the script logs is captured in the runtime's log list. */

import { format } from 'node:util';
import { wrapService } from '../core/context';
import type { Runtime } from '../runtime/runtime';
import { formatString } from './format-string';

function plain(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'object' && Object.prototype.toString.call(value) === '[object Date]') return String(value);
  if (
    typeof value === 'object' &&
    !(value instanceof Error) &&
    Object.prototype.toString.call(value) !== '[object Error]'
  ) {
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
}

/** Base.Logger: `log(data)` or `log(format, ...values)` (Java String.format-like), `getLog()`, `clear()`. */
export class LoggerImpl implements Pick<GoogleAppsScript.Base.Logger, 'log' | 'getLog' | 'clear'> {
  private lines: string[] = [];
  constructor(private readonly runtime: Runtime) {}

  log(data: unknown, ...values: unknown[]): GoogleAppsScript.Base.Logger {
    const message = values.length > 0 && typeof data === 'string' ? formatString(data, ...values) : plain(data);
    this.lines.push(message);
    this.runtime.log('Logger', message);
    return this as unknown as GoogleAppsScript.Base.Logger;
  }

  getLog(): string {
    return this.lines.map((line) => `${line}\n`).join('');
  }

  clear(): void {
    this.lines = [];
  }

  toString(): string {
    return 'Logger';
  }
}

/** The console object (Stackdriver logging): log/info/warn/error/debug with printf-style formats, time/timeEnd. */
export class ConsoleImpl {
  private readonly timers = new Map<string, number>();
  constructor(private readonly runtime: Runtime) {}
  log(...args: unknown[]): void {
    this.runtime.log('log', this.text(args));
  }
  info(...args: unknown[]): void {
    this.runtime.log('info', this.text(args));
  }
  warn(...args: unknown[]): void {
    this.runtime.log('warn', this.text(args));
  }
  error(...args: unknown[]): void {
    this.runtime.log('error', this.text(args));
  }
  debug(...args: unknown[]): void {
    this.runtime.log('debug', this.text(args));
  }
  time(label = 'default'): void {
    this.timers.set(label, this.runtime.nowMs());
  }
  timeEnd(label = 'default'): void {
    const start = this.timers.get(label);
    if (start === undefined) return;
    this.timers.delete(label);
    this.runtime.log('log', `${label}: ${this.runtime.nowMs() - start}ms`);
  }
  toString(): string {
    return 'console';
  }
  private text(args: unknown[]): string {
    if (args.length === 0) return '';
    if (typeof args[0] === 'string') return format(...(args as [string, ...unknown[]]));
    return args.map(plain).join(' ');
  }
}

/** Creates the wrapped Logger and console globals. */
export function createLogging(runtime: Runtime): { Logger: GoogleAppsScript.Base.Logger; console: Console } {
  return {
    Logger: wrapService(new LoggerImpl(runtime), 'Logger', runtime.context) as unknown as GoogleAppsScript.Base.Logger,
    console: wrapService(new ConsoleImpl(runtime), 'console', runtime.context) as unknown as Console,
  };
}
