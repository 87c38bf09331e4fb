/** Planning views on the built bundle: month view (60 posts across a DST change, events, gaps), cadence and best-time checks, hints, dashboard, constant round trips. */
import { TZDate } from '@date-fns/tz';
import type { Emulator } from '../../emulator';
import { CALENDAR_COLUMNS } from '../../src/domain/post';
import { call, clickMenu, inspect, loadAddon, menuCaption, setUpCalendar } from '../support/calendar-harness';

type Column = (typeof CALENDAR_COLUMNS)[number];
const NOW = () => new Date('2026-03-01T08:00:00Z'); // a Sunday; Europe/Warsaw changes to summer time on 29 March
const STATUSES = ['Idea', 'Draft', 'In review', 'Approved', 'Scheduled', 'Published'];
const PLATFORMS = ['Instagram', 'LinkedIn', 'X', 'Facebook'];

interface Plan {
  date: string;
  time: string;
  zone: string;
  platform: string;
  title: string;
  status: string;
}

function ready(now = NOW): Emulator {
  const emulator = loadAddon({ timeZone: 'Europe/Warsaw', now });
  setUpCalendar(emulator);
  return emulator;
}

/** Writes posts straight into the Calendar rows (as a paste would, without the onEdit run). */
function writePosts(emulator: Emulator, plans: Plan[]): void {
  const rows = plans.map((plan, i) =>
    CALENDAR_COLUMNS.map((name: Column) => {
      const values: Partial<Record<Column, string>> = {
        ID: `P-${String(i).padStart(8, '0')}`,
        Date: plan.date,
        Time: plan.time,
        'Time zone': plan.zone,
        Platform: plan.platform,
        Format: 'Text',
        Title: plan.title,
        Caption: `${plan.title} caption`,
        Status: plan.status,
      };
      return values[name] ?? '';
    }),
  );
  inspect(emulator, (ss) => {
    const sheet = ss.getSheetByName('Calendar')!;
    if (sheet.getMaxRows() < rows.length + 1) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length + 1 - sheet.getMaxRows());
    sheet.getRange(2, 1, rows.length, CALENDAR_COLUMNS.length).setValues(rows);
  });
}

/** Where a wall-clock time in one zone falls in Warsaw (computed with Intl, independently of the add-on). */
function inWarsaw(plan: Plan): { date: string; time: string } {
  const [y, m, d] = plan.date.split('-').map(Number);
  const [h, min] = plan.time.split(':').map(Number);
  const instant = new TZDate(y, m - 1, d, h, min, plan.zone);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(instant.getTime()))
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** 60 posts in March 2026, no post on the 10th, 11th or 17th; some planned in New York or Tokyo time. */
function sixtyPosts(): Plan[] {
  const days = Array.from({ length: 31 }, (_, i) => i + 1).filter((d) => ![10, 11, 17].includes(d));
  return Array.from({ length: 60 }, (_, i) => {
    const day = days[i % days.length];
    const zone = i % 5 === 0 ? 'America/New_York' : i % 7 === 0 ? 'Asia/Tokyo' : 'Europe/Warsaw';
    const hour = zone === 'Europe/Warsaw' ? 8 + (i % 10) : zone === 'America/New_York' ? 19 + (i % 5) : 7 + (i % 4);
    return {
      date: `2026-03-${String(day).padStart(2, '0')}`,
      time: `${String(hour).padStart(2, '0')}:${i % 2 ? '30' : '00'}`,
      zone,
      platform: PLATFORMS[i % PLATFORMS.length],
      title: `Post ${i}`,
      status: STATUSES[i % STATUSES.length],
    };
  });
}

/** The Month view as displayed: for each post line, the day number it sits under (its column's last day cell above it). */
function monthCells(emulator: Emulator): { text: string; day: number; background: string; note: string }[] {
  const [values, backgrounds, notes] = inspect(emulator, (ss) => {
    const range = ss.getSheetByName('Month view')!.getDataRange();
    return [range.getDisplayValues(), range.getBackgrounds(), range.getNotes()] as const;
  });
  const out: { text: string; day: number; background: string; note: string }[] = [];
  const current = Array<number>(7).fill(0);
  values.forEach((row, r) => {
    if (r < 4) return;
    row.slice(0, 7).forEach((text, c) => {
      const day = /^(\d{1,2})(?: · |$)/.exec(text);
      if (day) current[c] = Number(day[1]);
      out.push({ text, day: day ? Number(day[1]) : current[c], background: backgrounds[r][c], note: notes[r][c] });
    });
  });
  return out;
}

test('the month view shows each of 60 posts on its Warsaw day and time across the DST change, with events and gaps', () => {
  const emulator = ready();
  const plans = sixtyPosts();
  writePosts(emulator, plans);
  // A late-evening New York post that lands on the morning of the DST change day in Warsaw.
  plans.push({ date: '2026-03-28', time: '23:30', zone: 'America/New_York', platform: 'X', title: 'NY late night', status: 'Draft' });
  writePosts(emulator, plans);
  inspect(emulator, (ss) => ss.getSheetByName('Events')!.getRange('A2:C2').setValues([['2026-03-20', 'Spring launch', 'Launch']]));
  emulator.seedCalendar({
    id: 'en.polish#holiday@group.v.calendar.google.com',
    name: 'Holidays in Poland',
    timeZone: 'Europe/Warsaw',
    readOnly: true,
    owner: '',
    // All-day events come back as midnights in the script's zone (the manifest's Etc/UTC).
    events: [{ title: 'Test Holiday', start: new Date('2026-03-17T00:00:00Z'), end: new Date('2026-03-18T00:00:00Z'), allDay: true }],
  });
  emulator.ui.queuePrompt({ button: 'OK', text: 'pl' });
  clickMenu(emulator, menuCaption(emulator, 'importHolidays'));
  emulator.ui.queuePrompt({ button: 'OK', text: 'PL' });
  clickMenu(emulator, menuCaption(emulator, 'importHolidays')); // twice: no duplicate
  const events = inspect(emulator, (ss) => ss.getSheetByName('Events')!.getDataRange().getDisplayValues());
  expect(events.filter((row) => row[1] === 'Test Holiday')).toHaveLength(1);

  clickMenu(emulator, menuCaption(emulator, 'showMonthView'));
  const cells = monthCells(emulator);
  const title = inspect(emulator, (ss) => ss.getSheetByName('Month view')!.getRange('B1').getDisplayValue());
  expect(title).toBe('March 2026');

  let shown = 0;
  for (const plan of plans) {
    const at = inWarsaw(plan);
    const matches = cells.filter((cell) => cell.text.endsWith(` ${at.time} ${plan.platform} · ${plan.title}`));
    if (!at.date.startsWith('2026-03')) {
      expect(matches).toHaveLength(0);
      continue;
    }
    expect(matches).toHaveLength(1);
    expect(matches[0].day).toBe(Number(at.date.slice(8)));
    shown++;
  }
  expect(shown).toBeGreaterThanOrEqual(58);
  // 23:30 in New York on 28 March is 05:30 on 29 March in Warsaw (summer time started at 02:00 that night).
  expect(cells.find((cell) => cell.text.includes('NY late night'))).toMatchObject({ day: 29 });
  expect(cells.find((cell) => cell.text.includes('NY late night'))!.text).toContain('05:30 X');
  // Coloured by status (Published is the solid blue of the palette).
  expect(cells.find((cell) => cell.text.includes('· Post 5'))!.background.toUpperCase()).toBe('#0072B2');
  // Events on their days, gaps visible.
  expect(cells.some((cell) => /^20 · Spring launch/.test(cell.text))).toBe(true);
  expect(cells.some((cell) => /^17 · Test Holiday/.test(cell.text))).toBe(true);
  for (const day of [10, 11, 17]) expect(cells.some((cell) => cell.day === day && cell.text === 'No posts')).toBe(true);
});

test('picking another month in B1 redraws the view for that month', () => {
  const emulator = ready();
  writePosts(emulator, [{ date: '2026-04-14', time: '10:00', zone: 'Europe/Warsaw', platform: 'LinkedIn', title: 'April post', status: 'Draft' }]);
  clickMenu(emulator, menuCaption(emulator, 'showMonthView'));
  expect(monthCells(emulator).some((cell) => cell.text.includes('April post'))).toBe(false);
  const outcome = emulator.editAsUser('Month view', 'B1', [['April 2026']]);
  expect(outcome.rejected).toBeUndefined();
  expect(monthCells(emulator).find((cell) => cell.text.includes('10:00 LinkedIn · April post'))).toMatchObject({ day: 14 });
  // Edits elsewhere in the Month view read nothing.
  emulator.stats.reset();
  emulator.editAsUser('Month view', 'D9', [['scribble']]);
  expect(emulator.stats.roundTrips).toBe(0);
});

test('a month spread over a big Calendar (posts of three months in turn) gets the tip to sort by Date; in date order it does not', () => {
  const months = ['2026-03', '2026-04', '2026-05'];
  const plans = (sorted: boolean): Plan[] =>
    Array.from({ length: 6000 }, (_, i) => {
      const month = sorted ? months[Math.floor(i / 2000)] : months[i % 3];
      return { date: `${month}-${String(5 + (i % 20)).padStart(2, '0')}`, time: '10:00', zone: '', platform: 'X', title: `Post ${i}`, status: 'Draft' };
    });
  const hint = (sorted: boolean): string => {
    const emulator = ready();
    writePosts(emulator, plans(sorted));
    clickMenu(emulator, menuCaption(emulator, 'showMonthView'));
    const outcome = emulator.editAsUser('Month view', 'B1', [['April 2026']]);
    expect(outcome.rejected).toBeUndefined();
    return inspect(emulator, (ss) => String(ss.getSheetByName('Month view')!.getRange('C1').getValue()));
  };
  expect(hint(false)).toMatch(/^Pick a month in B1 to show it\. This month’s posts are spread over \d+ rows of the Calendar: sort the Calendar by Date/);
  expect(hint(true)).toBe('Pick a month in B1 to show it; Content Calendar › Month view redraws it.');
}, 60_000);

test('a Cancelled post is struck through in the month view, and the line goes when its status changes', () => {
  const emulator = ready();
  const cancelled = { date: '2026-03-12', time: '09:00', zone: 'Europe/Warsaw', platform: 'X', title: 'Dropped post', status: 'Cancelled' };
  const kept = { ...cancelled, time: '11:00', title: 'Kept post', status: 'Draft' };
  writePosts(emulator, [cancelled, kept]);
  clickMenu(emulator, menuCaption(emulator, 'showMonthView'));
  const linesOf = () =>
    inspect(emulator, (ss) => {
      const range = ss.getSheetByName('Month view')!.getDataRange();
      const lines = range.getFontLines();
      return range.getDisplayValues().flatMap((row, r) => row.flatMap((text, c) => (/Dropped post|Kept post/.test(text) ? [[text, lines[r][c]]] : [])));
    });
  expect(linesOf()).toEqual(
    expect.arrayContaining([
      [expect.stringContaining('Dropped post'), 'line-through'],
      [expect.stringContaining('Kept post'), 'none'],
    ]),
  );
  writePosts(emulator, [{ ...cancelled, status: 'Draft' }, kept]);
  clickMenu(emulator, menuCaption(emulator, 'showMonthView'));
  expect(linesOf().every(([, line]) => line === 'none')).toBe(true);
  expect(linesOf()).toHaveLength(2);
});

test('Check all posts reports a thin week and an overfull day on the posts concerned, and a low-activity hour', () => {
  const emulator = ready();
  writePosts(emulator, [
    // Week of 2 March: one Instagram post (target 4 a week).
    { date: '2026-03-03', time: '12:00', zone: 'Europe/Warsaw', platform: 'Instagram', title: 'Lonely', status: 'Draft' },
    // 10 March: three Instagram posts (daily limit 2).
    ...[9, 12, 15].map((h) => ({ date: '2026-03-10', time: `${h}:00`, zone: 'Europe/Warsaw', platform: 'Instagram', title: `Busy ${h}`, status: 'Draft' })),
    // LinkedIn on Sunday at 03:00.
    { date: '2026-03-08', time: '03:00', zone: 'Europe/Warsaw', platform: 'LinkedIn', title: 'Night owl', status: 'Draft' },
  ]);
  clickMenu(emulator, menuCaption(emulator, 'checkAllPosts'));
  const notes = inspect(emulator, (ss) => {
    const sheet = ss.getSheetByName('Calendar')!;
    const column = CALENDAR_COLUMNS.indexOf('Checks') + 1;
    return sheet.getRange(2, column, 5, 1).getNotes().map((row) => row[0]);
  });
  expect(notes[0]).toMatch(/Instagram has 1 post planned for the week of Monday 2 March; your target is 4 a week/);
  for (const note of notes.slice(1, 4)) expect(note).toMatch(/Instagram has 3 posts planned on Tuesday 10 March; your daily limit is 2/);
  expect(notes[4]).toMatch(/Few of your LinkedIn audience are active on Sundays at 03:00/);
  const toast = emulator.ui.toasts[emulator.ui.toasts.length - 1];
  // Grouped per platform and week (issue #19), not one line per finding.
  expect(toast.message).toMatch(/Cadence needs attention in 8 weeks: Instagram, weeks of 23 February, 2 March, 9 March and 16 March; LinkedIn, weeks of /);
  expect(toast.message).toMatch(/1 post is planned in quiet hours\./);
});

test('best-time suggestions come from the Audience sheet, avoid taken slots and change when the sheet changes', () => {
  const emulator = ready();
  type Hints = { slots: { date: string; time: string }[]; events: { name: string; suggestion: string }[] };
  const before = call<Hints>(emulator, 'getPlanningHints', { date: '2026-03-03', platform: 'LinkedIn' });
  expect(before.slots.length).toBeGreaterThan(0);
  const first = before.slots[0];
  writePosts(emulator, [{ date: first.date, time: first.time, zone: 'Europe/Warsaw', platform: 'LinkedIn', title: 'Taken', status: 'Draft' }]);
  const taken = call<Hints>(emulator, 'getPlanningHints', { date: '2026-03-03', platform: 'LinkedIn' });
  expect(taken.slots.some((slot) => slot.date === first.date && slot.time === first.time)).toBe(false);

  const csv = ['platform,weekday,hour,value', 'LinkedIn,Saturday,20,500', 'LinkedIn,Sun,6,100'].join('\n');
  const result = call<{ ok: boolean; platforms: string[] }>(emulator, 'importAudienceCsv', csv);
  expect(result).toMatchObject({ ok: true, platforms: ['LinkedIn'] });
  const after = call<Hints>(emulator, 'getPlanningHints', { date: '2026-03-03', platform: 'LinkedIn' });
  expect(after.slots.map((slot) => `${slot.date} ${slot.time}`)).toEqual(['2026-03-07 20:00', '2026-03-08 06:00']);

  inspect(emulator, (ss) => ss.getSheetByName('Events')!.getRange('A2:B2').setValues([['2026-03-06', 'Spring launch']]));
  const withEvent = call<Hints>(emulator, 'getPlanningHints', { date: '2026-03-03', platform: 'LinkedIn' });
  expect(withEvent.events[0].name).toBe('Spring launch');
  expect(withEvent.events[0].suggestion).toMatch(/Consider planning a post on Tuesday 3 March \(3 days before\) and Thursday 5 March \(1 day before\)/);
});

test('the dashboard counts match the posts and carries one posts-per-week chart', () => {
  const emulator = ready();
  const plans = sixtyPosts();
  writePosts(emulator, plans);
  clickMenu(emulator, menuCaption(emulator, 'refreshDashboard'));
  clickMenu(emulator, menuCaption(emulator, 'refreshDashboard'));
  const values = inspect(emulator, (ss) => ss.getSheetByName('Dashboard')!.getDataRange().getDisplayValues());
  const countOf = (label: string, from: number) => values.slice(from).find((row) => row[0] === label)?.[1];
  const statusStart = values.findIndex((row) => row[0] === 'Posts by status');
  for (const status of STATUSES) expect(Number(countOf(status, statusStart))).toBe(plans.filter((p) => p.status === status).length);
  expect(Number(countOf('Total', statusStart))).toBe(60);
  const platformStart = values.findIndex((row) => row[0] === 'Posts by platform');
  for (const platform of PLATFORMS) expect(Number(countOf(platform, platformStart))).toBe(plans.filter((p) => p.platform === platform).length);
  const awaiting = values.find((row) => row[0].startsWith('Awaiting approval'))![0];
  expect(awaiting).toBe(`Awaiting approval (${plans.filter((p) => p.status === 'In review').length})`);
  const charts = inspect(emulator, (ss) => ss.getSheetByName('Dashboard')!.getCharts());
  expect(charts).toHaveLength(1);
  expect(charts[0].getOptions().get('title')).toBe('Posts per week by platform');
});

test('the month view and dashboard take the same number of Spreadsheet calls for 50 and 2,000 posts', () => {
  const measure = (count: number, fn: string) => {
    const emulator = ready();
    const plans = Array.from({ length: count }, (_, i) => ({ ...sixtyPosts()[i % 60], title: `Post ${i}` }));
    writePosts(emulator, plans);
    clickMenu(emulator, menuCaption(emulator, fn)); // first run creates the sheet
    emulator.stats.reset();
    clickMenu(emulator, menuCaption(emulator, fn));
    return emulator.stats.roundTrips;
  };
  for (const fn of ['showMonthView', 'refreshDashboard']) {
    const small = measure(50, fn);
    const large = measure(2000, fn);
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(32);
    console.log(`${fn}: ${small} round trips at 50 and 2,000 posts`);
  }
});
