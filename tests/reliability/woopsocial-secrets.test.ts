/** The WoopSocial API key lives only in the person's user properties (issue #20): not in the sheet, notes, document or script properties, cache, logs, errors, exports or the stakeholder copy. */
import { call } from '../support/calendar-harness';
import { API_KEY, approved, connect, refresh, seed, send, woopReady } from '../support/woopsocial-harness';

test('after connect, send, refresh, failures, an export and a stakeholder copy, the key is found only in user properties', () => {
  const { emulator, fake } = woopReady();
  seed(emulator, [approved('p-1', 'X', { Notes: 'plain note' }), approved('p-2', 'Facebook'), approved('p-3', 'X', { Time: '12:00' })]);
  connect(emulator);
  send(emulator);
  emulator.clock.advance(8 * 24 * 3_600_000);
  refresh(emulator);
  // Failures whose messages could leak it.
  fake.inject({ operation: 'getPost', kind: 'status', status: 500 });
  fake.inject({ operation: 'listSocialAccountPosts', kind: 'status', status: 503 });
  refresh(emulator);
  fake.apiKeys.delete(API_KEY);
  call(emulator, 'connectWoopSocial', { apiKey: '' });
  refresh(emulator);
  const exported = call<{ ok: boolean; content?: string }>(emulator, 'exportPosts', { target: 'generic-csv' });
  const stakeholder = emulator.run('publishStakeholderView');
  expect(stakeholder.ok && (stakeholder.value as { ok: boolean }).ok).toBe(true);
  expect(exported.ok).toBe(true);

  const state = JSON.parse(emulator.save()) as { properties: { user: Record<string, Record<string, string>> } };
  const userProperties = state.properties.user;
  expect(Object.values(userProperties).some((store) => store['woopsocial.apiKey'] === API_KEY)).toBe(true);
  state.properties.user = {};
  const everywhereElse = [
    JSON.stringify(state), // every spreadsheet (the calendar and the stakeholder copy: values, notes, metadata), document and script properties, cache, drive, triggers
    JSON.stringify(emulator.logs),
    JSON.stringify(emulator.executions),
    JSON.stringify(emulator.ui),
    JSON.stringify(exported),
    JSON.stringify(stakeholder),
  ].join('\n');
  expect(everywhereElse).not.toContain(API_KEY);
  expect(everywhereElse).toContain('post_'); // the search did see the hand-off's own data
});
