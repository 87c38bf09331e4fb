/**
 * Notifications on the built bundle (issue #21): every one off until turned on in Settings; stakeholders
 * hear how many posts await them after a publish, owners hear about decisions from the review queue,
 * @mentions notify, the daily digest runs from its time-driven trigger; the daily quota is checked first
 * and a shortfall is named, and each email is in the recipient's language.
 */
import type { Emulator } from '../../emulator';
import type { ReviewQueue, ReviewResult } from '../../src/shared/review-contract';
import type { StakeholderResult } from '../../src/sheets/stakeholder-view';
import type { SaveResult } from '../../src/shared/rpc-types';
import { call, inspect, loadAddon, setUpCalendar } from '../support/calendar-harness';

const LEAD = 'lead@agency.example';
const ANNA = 'anna@brand.example';
const BOB = 'bob@brand.example';
const OWNER = 'olga@agency.example';
const REVIEWER = 'rita@agency.example';

function calendar(options: { mailQuota?: number } = {}): Emulator {
  const emulator = loadAddon({ now: () => new Date('2026-11-26T10:00:00Z'), userEmail: LEAD, developerEmail: 'dev@agency.example', ...options });
  setUpCalendar(emulator);
  setSetting(emulator, 'Stakeholder role', 'decide');
  setSetting(emulator, 'Stakeholder emails', `${ANNA}, ${BOB}`);
  return emulator;
}

function setSetting(emulator: Emulator, key: string, value: string): void {
  inspect(emulator, (ss) => {
    const sheet = ss.getSheetByName('Settings')!;
    const row = sheet.getDataRange().getValues().findIndex((r) => r[4] === key);
    if (row < 0) throw new Error(`no setting ${key}`);
    sheet.getRange(row + 1, 6).setValue(value);
  });
}

function save(emulator: Emulator, post: Record<string, unknown> = {}): string {
  const saved = call<SaveResult>(emulator, 'savePost', {
    date: '2026-11-27',
    time: '09:00',
    platform: 'LinkedIn',
    format: 'Text',
    title: 'Launch',
    caption: 'Launch day words',
    owner: OWNER,
    status: 'In review',
    ...post,
  });
  if (!saved.ok) throw new Error(JSON.stringify(saved));
  return saved.id;
}

function publish(emulator: Emulator): StakeholderResult {
  const result = emulator.runAsUser(LEAD, 'publishStakeholderView');
  if (!result.ok) throw new Error(result.error);
  return result.value as StakeholderResult;
}

describe('notifications', () => {
  test('nothing is emailed while every notification is off (the default)', () => {
    const emulator = calendar();
    const id = save(emulator);
    publish(emulator);
    const seen = call<ReviewQueue>(emulator, 'getReviewQueue').items.find((item) => item.id === id)!.seen;
    const result = emulator.runAsUser(REVIEWER, 'reviewPost', { id, decision: 'changes', comment: 'Shorter @mia@agency.example', seen });
    expect(result.ok && (result.value as ReviewResult).ok).toBe(true);
    expect(emulator.sentMail).toEqual([]);
  });

  test('after a publish each stakeholder is told how many posts await them, in their language', () => {
    const emulator = calendar();
    setSetting(emulator, 'Email stakeholders on publish', 'yes');
    setSetting(emulator, 'Email languages', `${BOB}=pl`);
    save(emulator);
    save(emulator, { date: '2026-11-30', title: 'Second' });
    save(emulator, { status: 'Draft', title: 'Not shared' });
    const copy = publish(emulator);
    const byTo = Object.fromEntries(emulator.sentMail.map((m) => [m.to[0], m]));
    expect(Object.keys(byTo).sort()).toEqual([ANNA, BOB]);
    expect(byTo[ANNA].subject).toMatch(/^2 post\(s\) await your decision/);
    expect(byTo[ANNA].body).toContain('2026-11-27: Launch');
    expect(byTo[ANNA].body).toContain('2026-11-30: Second');
    expect(byTo[ANNA].body).toContain(copy.url!);
    expect(byTo[ANNA].body).not.toContain('Not shared');
    expect(byTo[BOB].subject).toMatch(/^Posty czekające na Twoją decyzję: 2/);
    expect(byTo[ANNA].htmlBody).toContain('<a href=');
  });

  test('the daily quota is checked first: a shortfall is named in the publish message, not dropped silently', () => {
    const emulator = calendar({ mailQuota: 1 });
    setSetting(emulator, 'Email stakeholders on publish', 'yes');
    save(emulator);
    const result = publish(emulator);
    expect(emulator.sentMail.map((m) => m.to[0])).toEqual([ANNA]);
    expect(result.message).toMatch(new RegExp(`daily email quota ran out: 1 email\\(s\\) were not sent \\(${BOB}\\)`));
  });

  test('a reviewer\'s request for changes emails the post\'s owner and the person @mentioned, never the reviewer', () => {
    const emulator = calendar();
    setSetting(emulator, 'Email post owners about decisions', 'yes');
    setSetting(emulator, 'Email mentioned people', 'yes');
    const id = save(emulator);
    const seen = call<ReviewQueue>(emulator, 'getReviewQueue').items.find((item) => item.id === id)!.seen;
    const result = emulator.runAsUser(REVIEWER, 'reviewPost', {
      id,
      decision: 'changes',
      comment: `Shorter please, @mia@agency.example and @${REVIEWER} can help`,
      seen,
    });
    expect(result.ok && (result.value as ReviewResult).ok).toBe(true);
    const mails = emulator.sentMail;
    expect(mails.map((m) => m.to[0]).sort()).toEqual(['mia@agency.example', OWNER]);
    const owner = mails.find((m) => m.to[0] === OWNER)!;
    expect(owner.subject).toBe('Changes requested: Launch');
    expect(owner.body).toContain(`${REVIEWER} asked for changes to your post`);
    expect(owner.body).toContain('Shorter please');
    expect(mails.find((m) => m.to[0] === 'mia@agency.example')!.subject).toBe(`${REVIEWER} mentioned you on Launch`);
  });

  test('the daily digest is scheduled from the menu and runs from its time-driven trigger', () => {
    const emulator = calendar();
    setSetting(emulator, 'Daily digest to', `${LEAD}, bad-address`);
    save(emulator);
    save(emulator, { status: 'Needs changes', title: 'Fix me' });
    save(emulator, { platform: 'X', caption: 'x'.repeat(400), title: 'Too long', status: 'Draft' });
    const scheduled = emulator.runAsUser(LEAD, 'scheduleDailyDigest');
    expect(scheduled.ok).toBe(true);
    expect(emulator.triggers.filter((trigger) => trigger.handler === 'sendDailyDigest')).toHaveLength(1);
    // Scheduling again replaces the trigger rather than adding a second one.
    emulator.runAsUser(LEAD, 'scheduleDailyDigest');
    expect(emulator.triggers.filter((trigger) => trigger.handler === 'sendDailyDigest')).toHaveLength(1);
    emulator.runPendingTriggers({ until: new Date('2026-11-27T09:00:00Z') });
    expect(emulator.sentMail.map((m) => m.to[0])).toEqual([LEAD]);
    const [digest] = emulator.sentMail;
    expect(digest.body).toContain('Awaiting review: 1');
    expect(digest.body).toContain('Changes requested: 1');
    expect(digest.body).toMatch(/Due in the next 3 days with errors: 1/);
    expect(digest.body).toContain('X: Too long');
    expect(digest.body).not.toMatch(/characters|limit/i);
  });
});
