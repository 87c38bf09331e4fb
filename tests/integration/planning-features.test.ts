/** Planning features on the built bundle (issue #22): repeating posts kept in step, hand edits left alone, skips; pillars and their mix; first comment, alt text and snippets in the form's context; the 2026 rules. */
import type { Emulator } from '../../emulator';
import {
  call,
  calendarRecords,
  clickMenu,
  inspect,
  loadAddon,
  menuCaption,
  setUpCalendar,
} from '../support/calendar-harness';

const NOW = () => new Date('2026-03-02T08:00:00Z'); // a Monday

function ready(locale = 'en_US'): Emulator {
  const emulator = loadAddon({ timeZone: 'Europe/Warsaw', locale, now: NOW });
  setUpCalendar(emulator);
  return emulator;
}

interface SaveResult {
  ok: boolean;
  id: string;
  checks: { issues: Array<{ code: string; severity: string; message: string }> };
}

function save(emulator: Emulator, post: Record<string, unknown>): SaveResult {
  return call<SaveResult>(emulator, 'savePost', { status: 'Draft', time: '10:00', ...post });
}

function runSeries(emulator: Emulator): void {
  clickMenu(emulator, menuCaption(emulator, 'updateRepeatingPosts'));
}

/** Sets one cell of the Calendar by header name on the row holding `id` (as a person typing would, without onEdit). */
function setCell(emulator: Emulator, id: string, column: string, value: string): void {
  inspect(emulator, (ss) => {
    const sheet = ss.getSheetByName('Calendar')!;
    const values = sheet.getDataRange().getValues();
    const col = values[0].indexOf(column);
    const row = values.findIndex((r) => r[0] === id);
    sheet.getRange(row + 1, col + 1).setValue(value);
  });
}

describe('repeating posts', () => {
  it('creates the occurrences ahead, keeps them in step with the rule, leaves hand edits alone, skips one', () => {
    const emulator = ready();
    const first = save(emulator, {
      platforms: ['LinkedIn'],
      format: 'Text',
      date: '2026-03-02',
      caption: 'Weekly tip',
      repeat: 'weekly on Mon, Thu; until 2026-03-19',
    });
    expect(first.ok).toBe(true);
    // Saving the rule from the form created the occurrences already; the menu command changes nothing more.
    expect(calendarRecords(emulator).filter((r) => r.ID)).toHaveLength(6);
    runSeries(emulator);
    let rows = calendarRecords(emulator).filter((r) => r.ID);
    const occurrences = () => calendarRecords(emulator).filter((r) => r.Repeat.startsWith(`↻ ${first.id} `));
    expect(occurrences().map((r) => r.Date)).toEqual([
      '2026-03-05',
      '2026-03-09',
      '2026-03-12',
      '2026-03-16',
      '2026-03-19',
    ]);
    expect(occurrences().every((r) => r.Caption === 'Weekly tip' && r.Platform === 'LinkedIn')).toBe(true);
    expect(new Set(rows.map((r) => r.ID)).size).toBe(rows.length);

    // Running again changes nothing.
    runSeries(emulator);
    expect(calendarRecords(emulator).filter((r) => r.ID)).toHaveLength(6);

    // A hand edit on one occurrence; then the series' caption and rule change.
    const edited = occurrences()[1];
    setCell(emulator, edited.ID, 'Caption', 'Special edition');
    setCell(emulator, first.id, 'Caption', 'Weekly tip v2');
    setCell(emulator, first.id, 'Repeat', 'weekly on Mon, Thu; until 2026-03-19; except 2026-03-12');
    runSeries(emulator);
    rows = occurrences();
    const byDate = Object.fromEntries(rows.map((r) => [r.Date, r]));
    expect(byDate['2026-03-09'].Caption).toBe('Special edition');
    expect(byDate['2026-03-09'].Repeat).toMatch(/edited by hand/);
    expect(byDate['2026-03-05'].Caption).toBe('Weekly tip v2');
    expect(byDate['2026-03-12'].Status).toBe('Cancelled');
    expect(byDate['2026-03-12'].Repeat).toMatch(/skipped/);
    expect(rows).toHaveLength(5); // nothing deleted, nothing doubled
  });

  it('reports a rule it cannot read, in Polish too', () => {
    const emulator = ready('pl_PL');
    const result = save(emulator, {
      platforms: ['X'],
      format: 'Text',
      date: '2026-03-03',
      caption: 'hi',
      repeat: 'co tydzień',
    });
    const issue = result.checks.issues.find((i) => i.code === 'invalid-repeat');
    expect(issue?.severity).toBe('error');
    expect(issue?.message).toMatch(/dni tygodnia/);
  });
});

describe('evergreen posts', () => {
  it('fills a cadence gap with the evergreen post outside its cool-down, as a Draft copy', () => {
    const emulator = ready();
    const old = save(emulator, {
      platforms: ['LinkedIn'],
      format: 'Text',
      date: '2026-01-05',
      caption: 'Evergreen A',
      repeat: 'evergreen 30',
      status: 'Published',
    });
    const recent = save(emulator, {
      platforms: ['LinkedIn'],
      format: 'Text',
      date: '2026-02-01',
      caption: 'Evergreen B',
      repeat: 'evergreen 90',
      status: 'Published',
    });
    save(emulator, { platforms: ['LinkedIn'], format: 'Text', date: '2026-03-03', caption: 'Planned 1' });
    save(emulator, { platforms: ['LinkedIn'], format: 'Text', date: '2026-03-25', caption: 'Planned 2' });
    clickMenu(emulator, menuCaption(emulator, 'fillGapsWithEvergreen'));
    const copies = calendarRecords(emulator).filter((r) => /^↻ .* evergreen$/.test(r.Repeat));
    expect(copies.map((r) => [r.Caption, r.Status, r.Repeat.split(' ')[1]])).toContainEqual([
      'Evergreen A',
      'Draft',
      old.id,
    ]);
    expect(copies.some((r) => r.Repeat.startsWith(`↻ ${recent.id} `))).toBe(false); // B was used 2026-02-01: inside its 90 days
    expect(copies.every((r) => r.Date >= '2026-03-02')).toBe(true);
    // Running again does not re-use A inside its 30-day cool-down.
    clickMenu(emulator, menuCaption(emulator, 'fillGapsWithEvergreen'));
    const again = calendarRecords(emulator).filter((r) => r.Repeat.startsWith(`↻ ${old.id} `));
    const days = again.map((r) => r.Date).sort();
    for (let i = 1; i < days.length; i++)
      expect(Date.parse(days[i]) - Date.parse(days[i - 1])).toBeGreaterThanOrEqual(30 * 86400000);
  });
});

describe('content pillars', () => {
  it('sets up the pillar block beside the cadence table and a Pillar dropdown, and reports a week whose mix strays', () => {
    const emulator = ready();
    const settings = inspect(emulator, (ss) => ss.getSheetByName('Settings')!.getDataRange().getDisplayValues());
    expect(settings[0][14]).toBe('Pillar');
    expect(settings[0][15]).toBe('Target share');
    expect(settings[1].slice(14, 16)).toEqual(['Educational', '40%']);
    const context = call<{ pillars: string[] }>(emulator, 'getFormContext');
    expect(context.pillars).toEqual(['Educational', 'Inspirational', 'Community', 'Promotional']);
    const validation = inspect(emulator, (ss) => {
      const sheet = ss.getSheetByName('Calendar')!;
      const col = (sheet.getRange('1:1').getValues()[0] as string[]).indexOf('Pillar') + 1;
      return sheet.getRange(2, col).getDataValidation();
    });
    expect(validation).not.toBeNull();

    for (const day of ['03', '04', '05', '06']) {
      save(emulator, {
        platforms: ['X'],
        format: 'Text',
        date: `2026-03-${day}`,
        caption: `Sale ${day}`,
        pillar: 'Promotional',
      });
    }
    clickMenu(emulator, menuCaption(emulator, 'checkAllPosts'));
    const notes = inspect(emulator, (ss) => {
      const sheet = ss.getSheetByName('Calendar')!;
      const col = (sheet.getRange('1:1').getValues()[0] as string[]).indexOf('Checks') + 1;
      return sheet
        .getRange(2, col, 4, 1)
        .getNotes()
        .map((r) => r[0]);
    });
    expect(notes.every((note) => /strays from your content mix: .*Promotional 100% \/ 20%/.test(note))).toBe(true);

    // The month view and the dashboard show the mix.
    clickMenu(emulator, menuCaption(emulator, 'showMonthView'));
    const month = inspect(emulator, (ss) =>
      ss.getSheetByName('Month view')!.getDataRange().getDisplayValues().flat().join('\n'),
    );
    expect(month).toMatch(/Content mix: Promotional 4 \(100%\)/);
    clickMenu(emulator, menuCaption(emulator, 'refreshDashboard'));
    const dashboard = inspect(emulator, (ss) => ss.getSheetByName('Dashboard')!.getDataRange().getDisplayValues());
    const at = dashboard.findIndex((row) => row[0] === 'By content pillar');
    expect(at).toBeGreaterThan(0);
    expect(dashboard[at + 1].slice(0, 3)).toEqual(['Promotional', '4', '100%']);
  });
});

describe('first comment, alt text and snippets', () => {
  it('checks the first comment against the platform and alt text per media item, and offers the Snippets sheet', () => {
    const emulator = ready();
    // Setup made the sheet with two examples; the team replaces them.
    expect(call<{ snippets: unknown[] }>(emulator, 'getFormContext').snippets).toHaveLength(2);
    inspect(emulator, (ss) => {
      const sheet = ss.getSheetByName('Snippets')!;
      sheet.getRange(1, 1, 3, 2).setValues([
        ['Name', 'Text'],
        ['Signature', '— The Team'],
        ['Spring tags', '#Spring #GardenIdeas'],
      ]);
    });
    const context = call<{ snippets: Array<{ name: string; text: string }> }>(emulator, 'getFormContext');
    expect(context.snippets).toEqual([
      { name: 'Signature', text: '— The Team' },
      { name: 'Spring tags', text: '#Spring #GardenIdeas' },
    ]);
    const tiktok = save(emulator, {
      platforms: ['TikTok'],
      format: 'Video',
      date: '2026-03-10',
      caption: 'New video',
      media: 'https://cdn.example.com/v.mp4',
      firstComment: 'Link in bio',
    });
    expect(tiktok.checks.issues.find((i) => i.code === 'first-comment-not-supported')?.severity).toBe('error');
    const linkedin = save(emulator, {
      platforms: ['LinkedIn'],
      format: 'Image',
      date: '2026-03-10',
      caption: 'Team photo',
      media: 'https://cdn.example.com/a.jpg\nhttps://cdn.example.com/b.jpg',
      altText: 'Our team at the office',
      firstComment: 'x'.repeat(1300),
      hashtags: '#teambuildingday',
    });
    const codes = linkedin.checks.issues.map((i) => `${i.severity}:${i.code}`);
    expect(codes).toEqual(
      expect.arrayContaining(['error:first-comment-too-long', 'warning:missing-alt-text', 'info:one-case-hashtag']),
    );
    const row = calendarRecords(emulator).find((r) => r.ID === linkedin.id)!;
    expect(row['Alt text']).toBe('Our team at the office');
    expect(row['First comment']).toHaveLength(1300);
  });

  it('knows Telegram and Reddit', () => {
    const emulator = ready();
    const telegram = save(emulator, {
      platforms: ['Telegram'],
      format: 'Image',
      date: '2026-03-10',
      caption: 'c'.repeat(1025),
      media: 'https://cdn.example.com/a.jpg',
      altText: 'A photo',
    });
    expect(telegram.checks.issues.find((i) => i.code === 'text-too-long')?.message).toMatch(/1024/);
    const reddit = save(emulator, { platforms: ['Reddit'], format: 'Text', date: '2026-03-10', caption: 'Body' });
    const codes = reddit.checks.issues.map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['missing-title', 'missing-subreddit']));
  });
});
