/** Runs the bundle's functions as Apps Script executions: triggers, menu items and google.script.run calls, with their outcomes. */

import type { EmulatorContext } from '../core/context';
import { ServiceException } from '../core/errors';
import type { BundleFunction, BundleInstance } from '../runtime/bundle';
import { isPageCallableName, notCallableMessage, pageCallableFunction } from '../runtime/page-callable';
import type { Execution, ExecutionKind, Runtime } from '../runtime/runtime';
import { TransferError, toTransferable, transferArgs } from '../runtime/transfer';
import { AuthMode, type TriggerState } from '../services/script-app';
import type { ExecutionOutcome, RunResult } from './emulator-types';

/** The message of anything thrown. */
export function messageOf(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error) return String((error as { message: unknown }).message);
  return String(error);
}

/** What the execution helpers run on. */
export interface ExecutionScope {
  context: EmulatorContext;
  runtime: Runtime;
  triggers: TriggerState[];
  activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet;
}

/** Runs one execution and reports it as an outcome (errors caught, with the execution's id). */
export function runOutcome(
  scope: ExecutionScope,
  execution: () => { ran: boolean; value?: unknown },
  spec: Partial<Execution> & { kind: ExecutionKind },
): ExecutionOutcome {
  let executionId = 0;
  try {
    const result = scope.runtime.execute(spec, () => {
      executionId = scope.context.executionId;
      return execution();
    });
    return { ran: result.ran, ok: true, executionId, value: result.value };
  } catch (error) {
    return { ran: true, ok: false, error: messageOf(error), executionId };
  }
}

/** The bundle's function `name`, or Apps Script's "not found" error (a trigger or menu item naming a missing handler). */
export function requireFunction(runtime: Runtime, name: string): BundleFunction {
  const fn = runtime.resolveFunction(name);
  if (!fn) throw new ServiceException(`Script function not found: ${name}`);
  return fn;
}

/** Runs the installable triggers of `eventType`, each as its owner, with `event` plus the trigger's fields. */
export function runInstallable(
  scope: ExecutionScope,
  eventType: TriggerState['eventType'],
  event: Record<string, unknown>,
  user: string,
): ExecutionOutcome[] {
  return scope.triggers
    .filter((t) => t.eventType === eventType)
    .map((t) =>
      runOutcome(
        scope,
        () => {
          requireFunction(
            scope.runtime,
            t.handler,
          )({ ...event, authMode: AuthMode.FULL, triggerUid: t.id, source: scope.activeSpreadsheet() });
          return { ran: true };
        },
        {
          kind: 'installable-trigger',
          authMode: 'FULL',
          user,
          effectiveUser: t.owner,
          functionName: t.handler,
          triggerUid: t.id,
        },
      ),
    );
}

/** The page-callable function `name` of a realm, called with a JSON copy of `copied` made in that realm. */
function callInRealm(instance: BundleInstance, name: string, copied: unknown[]): unknown {
  const fn = pageCallableFunction(instance, name);
  if (!fn) throw new TransferError(notCallableMessage(name));
  const realmArgs = (instance.evaluate('JSON') as JSON).parse(JSON.stringify(copied)) as unknown[];
  return fn(...realmArgs);
}

/** The arguments copied as google.script.run copies them, or the error a page would see. */
function transferredArgs(name: string, args: unknown[]): { copied: unknown[] } | { ok: false; error: string } {
  if (!isPageCallableName(name)) return { ok: false, error: notCallableMessage(String(name)) };
  try {
    return { copied: transferArgs(args) };
  } catch (error) {
    return { ok: false, error: messageOf(error) };
  }
}

/** Calls a server function the way google.script.run does, as `user` (JSON rules, private names, errors as results). */
export function callServer(runtime: Runtime, name: string, args: unknown[], user: string): RunResult {
  const transferred = transferredArgs(name, args);
  if (!('copied' in transferred)) return transferred;
  try {
    const result = runtime.execute({ kind: 'rpc', authMode: 'FULL', user, functionName: name }, (instance) => {
      const value = callInRealm(instance, name, transferred.copied);
      if (value && typeof (value as { then?: unknown }).then === 'function') {
        throw new Error(`Emulator: ${name} returned a Promise; use runAsync().`);
      }
      return value;
    });
    return { ok: true, value: toTransferable(result, 'result') };
  } catch (error) {
    return { ok: false, error: messageOf(error) };
  }
}

/** Like callServer, awaiting an async server function. */
export async function callServerAsync(
  runtime: Runtime,
  name: string,
  args: unknown[],
  user: string,
): Promise<RunResult> {
  const transferred = transferredArgs(name, args);
  if (!('copied' in transferred)) return transferred;
  try {
    const result = await runtime.executeAsync({ kind: 'rpc', authMode: 'FULL', user, functionName: name }, (instance) =>
      callInRealm(instance, name, transferred.copied),
    );
    return { ok: true, value: toTransferable(result, 'result') };
  } catch (error) {
    return { ok: false, error: messageOf(error) };
  }
}

/** The event object of a time-driven trigger firing at `at` (ms), as Apps Script fills it (UTC fields). */
function clockEvent(trigger: TriggerState, at: number): Record<string, unknown> {
  const when = new Date(at);
  return {
    authMode: AuthMode.FULL,
    triggerUid: trigger.id,
    year: when.getUTCFullYear(),
    month: when.getUTCMonth() + 1,
    'day-of-month': when.getUTCDate(),
    'day-of-week': when.getUTCDay() === 0 ? 7 : when.getUTCDay(),
    'week-of-year': Math.ceil(((at - Date.UTC(when.getUTCFullYear(), 0, 1)) / 86400000 + 1) / 7),
    hour: when.getUTCHours(),
    minute: when.getUTCMinutes(),
    second: when.getUTCSeconds(),
    timezone: 'UTC',
  };
}

/** The earliest time-driven trigger due by `until`, or undefined. */
function nextDue(triggers: TriggerState[], until: number): TriggerState | undefined {
  return triggers
    .filter((t) => t.eventType === 'CLOCK' && t.nextRunAt !== null && t.nextRunAt <= until)
    .sort((a, b) => (a.nextRunAt as number) - (b.nextRunAt as number))[0];
}

/** Runs due time-driven triggers in order, advancing the virtual clock to each one's time (and to `until`, when given). */
export function runPendingTriggers(scope: ExecutionScope, until?: Date): ExecutionOutcome[] {
  const { runtime } = scope;
  const limit = until ? until.getTime() : runtime.nowMs();
  const results: ExecutionOutcome[] = [];
  for (let guard = 0; guard < 10000; guard++) {
    const due = nextDue(scope.triggers, limit);
    if (!due) break;
    const at = due.nextRunAt as number;
    if (at > runtime.nowMs()) runtime.advance(at - runtime.nowMs());
    due.nextRunAt = due.everyMs ? at + due.everyMs : null;
    const spec = {
      kind: 'time-trigger',
      authMode: 'FULL',
      user: due.owner,
      hasUi: false,
      functionName: due.handler,
      triggerUid: due.id,
    } as const;
    results.push(
      runOutcome(
        scope,
        () => {
          requireFunction(runtime, due.handler)(clockEvent(due, at));
          return { ran: true };
        },
        spec,
      ),
    );
  }
  if (until && limit > runtime.nowMs()) runtime.advance(limit - runtime.nowMs());
  return results;
}
