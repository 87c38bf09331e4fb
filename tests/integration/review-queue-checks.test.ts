/** The review queue carries each post's checks, so a reviewer sees errors before approving (issue #19 item 6), on the built bundle. */
import { call, loadAddon, setUpCalendar } from '../support/calendar-harness';
import type { ReviewQueue } from '../../src/shared/review-contract';

test('getReviewQueue lists each post with its errors and warnings, as its Checks cell does', () => {
  const emulator = loadAddon({ now: () => new Date('2026-11-26T10:00:00Z') });
  setUpCalendar(emulator);
  call(emulator, 'savePost', { date: '2026-11-20', time: '09:00', platform: 'X', format: 'Text', caption: 'x'.repeat(290), status: 'In review' });
  call(emulator, 'savePost', { date: '2026-12-02', time: '09:00', platform: 'X', format: 'Text', caption: 'Fine', status: 'In review' });
  const queue = call<ReviewQueue>(emulator, 'getReviewQueue');
  expect(queue.items.map((item) => item.checks.map((check) => check.severity))).toEqual([['error', 'warning'], []]);
  expect(queue.items[0].checks[0].message).toMatch(/X/);
});
