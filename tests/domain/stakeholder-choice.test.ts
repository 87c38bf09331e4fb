/** The stakeholder column choice without the emulator: which columns a copy may show, and where each is in the Calendar's header. */
import { chooseColumns, chooseEmails, chooseStatuses, resolveSharedColumns, SHAREABLE_COLUMNS, shareablePost } from '../../src/domain/stakeholder-choice';
import { emptyPost } from '../../src/domain/post';

describe('chooseColumns', () => {
  test('columns in the order listed, by header name or alias, each once', () => {
    expect(chooseColumns('Date, copy; Platform\nCAPTION, url')).toEqual({ columns: ['Date', 'Caption', 'Platform', 'Link'], refused: [], unknown: [] });
  });

  test('internal columns are refused whatever the setting lists; names that are no column are unknown', () => {
    expect(chooseColumns('Title, Notes, Owner, Checks, Approved by, Review comments, Colour')).toEqual({
      columns: ['Title'],
      refused: ['Notes', 'Owner', 'Checks', 'Approved by', 'Review comments'],
      unknown: ['Colour'],
    });
    for (const internal of ['Notes', 'Owner', 'Checks', 'Updated', 'Approved by', 'Approved at', 'Approval', 'Review comments'] as const) {
      expect(SHAREABLE_COLUMNS).not.toContain(internal);
    }
  });

  test('an empty or missing setting chooses nothing', () => {
    expect(chooseColumns(undefined)).toEqual({ columns: [], refused: [], unknown: [] });
    expect(chooseColumns(' ,; ')).toEqual({ columns: [], refused: [], unknown: [] });
  });
});

test('statuses are lower-cased; emails are kept once, case-insensitively, and the rest reported', () => {
  expect([...chooseStatuses('Approved; Scheduled')]).toEqual(['approved', 'scheduled']);
  expect(chooseEmails('ana@example.com, ANA@example.com; bob@example.org not-an-email')).toEqual({
    emails: ['ana@example.com', 'bob@example.org'],
    invalid: ['not-an-email'],
  });
});

test('a shareable copy of a post holds only the chosen fields, and the date and zone it is placed by', () => {
  const post = { ...emptyPost(), id: 'P-1', date: '2026-12-01', time: '09:00', timeZone: 'Europe/Warsaw', caption: 'Hi', notes: 'internal', owner: 'ana' };
  expect(shareablePost(post, ['Caption'])).toEqual({ ...emptyPost(), caption: 'Hi', date: '2026-12-01', timeZone: 'Europe/Warsaw' });
});

describe('resolveSharedColumns', () => {
  test('exact headers are placed (1-based); a column no header matches is left out', () => {
    expect(resolveSharedColumns(['ID', 'Team', 'Caption', 'Date'], ['Caption', 'Date', 'Link'])).toEqual({ map: { Caption: 3, Date: 4 } });
  });

  test('two candidate headers are ambiguous; a lone variant is only a look-alike', () => {
    expect(resolveSharedColumns(['Caption', 'Copy'], ['Caption'])).toEqual({ problem: { kind: 'ambiguous', column: 'Caption', headers: ['A “Caption”', 'B “Copy”'] } });
    expect(resolveSharedColumns(['ID', ' caption '], ['Caption'])).toEqual({ problem: { kind: 'lookalike', column: 'Caption', headers: ['B “ caption ”'] } });
  });
});
