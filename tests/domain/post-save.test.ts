/** The save path's decisions without the emulator: new posts' IDs and group campaign, UTM links, approvals and each row's cells. */
import type { ApprovalOptions } from '../../src/domain/approval-effects';
import { cellValueFor } from '../../src/domain/calendar-row';
import type { HeaderMap } from '../../src/domain/header-map';
import { emptyPost, type Post } from '../../src/domain/post';
import { identifyNewPosts, saveRows, saveSetsStatus, tagLinks } from '../../src/domain/post-save';
import { defaultRules } from '../../src/domain/rules';

const post = (overrides: Partial<Post> = {}): Post => ({ ...emptyPost(), date: '2026-12-01', time: '09:00', platform: 'X', caption: 'Words', status: 'Draft', ...overrides });
/** A random hex source counting up: 00.., 01.., 02.. (each call a new ID). */
function counter(): { hex: () => string; calls: () => number } {
  let n = 0;
  return { hex: () => (n++).toString(16).padStart(2, '0').repeat(16), calls: () => n };
}

describe('identifyNewPosts', () => {
  test('one post gets an ID and keeps its campaign (none)', () => {
    const source = counter();
    const posts = [post()];
    identifyNewPosts(posts, source.hex, new Set());
    expect(posts[0].id).toMatch(/^P-[0-9A-Z]{8}$/);
    expect(posts[0].campaign).toBe('');
    expect(source.calls()).toBe(1);
  });

  test('posts saved together without a campaign share a Group campaign; the group ID is drawn first', () => {
    const source = counter();
    const taken = new Set<string>();
    const posts = [post({ platform: 'X' }), post({ platform: 'LinkedIn' })];
    identifyNewPosts(posts, source.hex, taken);
    expect(source.calls()).toBe(3);
    expect(posts[0].campaign).toMatch(/^Group P-0{8}$/);
    expect(posts[1].campaign).toBe(posts[0].campaign);
    expect(new Set(posts.map((p) => p.id)).size).toBe(2);
    expect([...taken]).toEqual(posts.map((p) => p.id));
  });

  test('posts saved together with a campaign keep it; taken IDs are never reused', () => {
    const taken = new Set(['P-00000000']);
    const posts = [post({ campaign: 'Launch' }), post({ campaign: 'Launch' })];
    identifyNewPosts(posts, counter().hex, taken);
    expect(posts.map((p) => p.campaign)).toEqual(['Launch', 'Launch']);
    expect(posts.map((p) => p.id)).not.toContain('P-00000000');
  });
});

describe('tagLinks', () => {
  const template = { 'utm template': ' utm_source={platform}&utm_content={id} ' };

  test('adds the template to each link when asked and a template is set', () => {
    const posts = [post({ id: 'P-1', link: 'https://example.com/a' }), post({ id: 'P-2', platform: 'LinkedIn', link: 'https://example.com/b#top' })];
    tagLinks(posts, template, true);
    expect(posts.map((p) => p.link)).toEqual(['https://example.com/a?utm_source=x&utm_content=P-1', 'https://example.com/b?utm_source=linkedin&utm_content=P-2#top']);
  });

  test('leaves links alone when the form did not ask, or no template is set', () => {
    const posts = [post({ id: 'P-1', link: 'https://example.com/a' })];
    tagLinks(posts, template, false);
    tagLinks(posts, template, undefined);
    tagLinks(posts, { 'utm template': '  ' }, true);
    tagLinks(posts, {}, true);
    expect(posts[0].link).toBe('https://example.com/a');
  });
});

describe('approvals and row cells', () => {
  const MAP: HeaderMap = { ID: 1, Date: 2, Time: 3, Platform: 4, Caption: 5, Status: 6, Checks: 8, Updated: 9, Approval: 10, 'Approved by': 11, 'Approved at': 12 };
  const approval = (user = 'ana@example.com'): ApprovalOptions => ({ mode: () => 'review', digest: (text) => String(text.length), user, stamp: '2026-11-20 10:00', statusSetNow: () => false });
  const rowsFor = (posts: Post[], current: unknown[] = [], user?: string) =>
    saveRows(posts, {
      map: MAP,
      first: 1,
      last: 12,
      current,
      approval: approval(user),
      rules: defaultRules(),
      now: new Date('2026-11-20T10:00:00Z'),
      locale: 'en',
      stamp: "'2026-11-20 10:00 ana@example.com",
      kept: (column) => `kept ${column}`,
    });

  test('a row already Approved is not approved again by a save; any other status is set now', () => {
    expect(saveSetsStatus(MAP, ['', '', '', '', '', ' APPROVED '])).toBe(false);
    expect(saveSetsStatus(MAP, ['', '', '', '', '', 'In review'])).toBe(true);
    expect(saveSetsStatus(MAP, [])).toBe(true);
    expect(saveSetsStatus({}, ['Approved'])).toBe(true);
  });

  test('each column gets the post field, Checks, Updated, or what the team column keeps', () => {
    const saved = post({ id: 'P-1', caption: '=SUM(1)' });
    const [row] = rowsFor([saved]);
    expect(row.values).toEqual([cellValueFor(saved, 'ID'), '2026-12-01', '09:00', 'X', "'=SUM(1)", 'Draft', 'kept 7', row.values[7], "'2026-11-20 10:00 ana@example.com", 'kept 10', 'kept 11', 'kept 12']);
    expect(row.values[7]).toMatch(/^✔|^⚠|^✖/);
    expect(row.note).toEqual(expect.any(String));
  });

  test('a new Approved post saved by a named person writes its approval record', () => {
    const [row] = rowsFor([post({ id: 'P-1', status: 'Approved' })]);
    expect(row.values[9]).toMatch(/^v1 platform:/);
    expect(row.values.slice(10)).toEqual(['ana@example.com', "'2026-11-20 10:00"]);
  });

  test('Approved by nobody is saved with a warning in its checks and no record', () => {
    const [row] = rowsFor([post({ id: 'P-1', status: 'Approved' })], [], '');
    expect(row.values.slice(9)).toEqual(['kept 10', 'kept 11', 'kept 12']);
    expect(row.checks.issues.map((issue) => issue.code)).toContain('approval-unrecorded');
  });
});
