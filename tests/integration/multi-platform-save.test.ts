/** One post saved for several platforms, staggered so scheduler files accept it (issue #19 item 3), on the built bundle. */
import { calendarRecords, call, loadAddon, setUpCalendar } from '../support/calendar-harness';
import type { ExportPreview } from '../../src/shared/export-contract';

function ready() {
  const emulator = loadAddon({ now: () => new Date('2026-11-26T10:00:00Z') });
  setUpCalendar(emulator);
  return emulator;
}

const POST = { date: '2026-12-01', time: '09:30', platforms: ['X', 'LinkedIn', 'Bluesky'], format: 'Text', caption: 'Winter sale', status: 'Approved' };

test('stagger: each platform after the first goes out that many minutes later, and Sprout accepts the file', () => {
  const emulator = ready();
  const saved = call<{ ok: boolean }>(emulator, 'savePost', { ...POST, stagger: 10 });
  expect(saved.ok).toBe(true);
  expect(calendarRecords(emulator).map((r) => [r.Platform, r.Time])).toEqual([
    ['X', '09:30'],
    ['LinkedIn', '09:40'],
    ['Bluesky', '09:50'],
  ]);
  const sprout = call<ExportPreview>(emulator, 'previewExport', { target: 'sprout' });
  expect(sprout.problems.filter((p) => p.code === 'too-close')).toEqual([]);
});

test('without stagger the copies share one minute, which Sprout refuses', () => {
  const emulator = ready();
  call(emulator, 'savePost', POST);
  const sprout = call<ExportPreview>(emulator, 'previewExport', { target: 'sprout' });
  expect(sprout.problems.filter((p) => p.code === 'too-close')).toHaveLength(2);
});

test('a stagger that passes midnight saves nothing and says what to do', () => {
  const emulator = ready();
  const saved = call<{ ok: boolean; errors: Array<{ field: string; message: string }> }>(emulator, 'savePost', { ...POST, time: '23:45', stagger: 10 });
  expect(saved.ok).toBe(false);
  expect(saved.errors[0]).toEqual({ field: 'time', message: expect.stringMatching(/would pass midnight\. Choose an earlier time/) });
  expect(calendarRecords(emulator)).toEqual([]);
});

test('a post with only a platform is refused by the server too, with a sentence that says what to add', () => {
  const emulator = ready();
  const saved = call<{ ok: boolean; errors: Array<{ field: string; message: string }> }>(emulator, 'savePost', { platforms: ['X'], status: 'Draft' });
  expect(saved).toEqual({ ok: false, errors: [{ field: 'caption', message: 'This post has only a platform. Add a date, a format or a caption before saving it.' }] });
  expect(calendarRecords(emulator)).toEqual([]);
});
