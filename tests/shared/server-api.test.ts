/**
 * The pages' client API is the server's: callServer is typed by ServerApi (derived from the entrypoints),
 * so a page calling a function that does not exist, or with the wrong arguments, fails `npm run typecheck`
 * (each `@ts-expect-error` below is itself an error if the line ever typechecks), and at run time the
 * call reaches google.script.run with the arguments as given.
 */
import { callServer } from '../../src/sidebar/lib/server';
import type { Jsonified, ServerApi } from '../../src/shared/server-api';

/** A fake google.script.run that answers every function with its name and arguments. */
function fakeRun(): void {
  const calls: Record<string, unknown> = {};
  const runner = {
    withSuccessHandler(success: (value: unknown) => void) {
      for (const name of ['getPlanningHints', 'reviewPost', 'importAudienceCsv'])
        calls[name] = (...args: unknown[]) => success({ name, args });
      return Object.assign(runner, calls);
    },
    withFailureHandler() {
      return runner;
    },
  };
  (globalThis as { google?: unknown }).google = { script: { run: runner } };
}

beforeEach(fakeRun);
afterEach(() => delete (globalThis as { google?: unknown }).google);

test('a call with the server’s own argument type reaches google.script.run', async () => {
  await expect(callServer('getPlanningHints', { date: '2026-03-14', platform: 'X', timeZone: 'Europe/Warsaw' })).resolves.toEqual({
    name: 'getPlanningHints',
    args: [{ date: '2026-03-14', platform: 'X', timeZone: 'Europe/Warsaw' }],
  });
});

test('a function the server does not have fails typecheck (and rejects at run time)', async () => {
  // @ts-expect-error: no server function is called noSuchFunction.
  await expect(callServer('noSuchFunction')).rejects.toThrow('The server has no function noSuchFunction.');
  // @ts-expect-error: private functions (ending in _) are not callable from a page.
  await expect(callServer('refreshDeliveryStatusHourly_')).rejects.toThrow('The server has no function refreshDeliveryStatusHourly_.');
});

test('wrong arguments fail typecheck: the page side of each input is its zod schema’s input type', async () => {
  // @ts-expect-error: reviewPost's decision is 'approve' or 'changes', and it needs seen.
  await callServer('reviewPost', { id: 'P-1', decision: 'maybe' });
  // @ts-expect-error: importAudienceCsv takes the CSV text, not an object.
  await callServer('importAudienceCsv', { csv: 'a,b' });
  // @ts-expect-error: getPlanningHints needs a request.
  await callServer('getPlanningHints');
});

test('results are typed as JSON: dates arrive as strings, functions are dropped', () => {
  type Sent = { at: Date; list: Date[]; name: string; run(): void; optional?: number };
  const received: Jsonified<Sent> = { at: '2026-03-14T10:00:00.000Z', list: ['x'], name: 'n' };
  // @ts-expect-error: a Date property arrives as a string.
  const wrong: Jsonified<Sent> = { at: new Date(), list: [], name: 'n' };
  // @ts-expect-error: a function property does not cross google.script.run.
  const withFunction: Jsonified<Sent> = { ...received, run: () => undefined };
  const result: ReturnType<ServerApi['getReviewQueue']>['items'] = [];
  expect([received.at, wrong.name, withFunction.name, result]).toEqual(['2026-03-14T10:00:00.000Z', 'n', 'n', []]);
});
