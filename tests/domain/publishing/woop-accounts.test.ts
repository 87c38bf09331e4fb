/** The WoopSocial connection's decisions: mappable accounts, the chosen project, a checked mapping. */
import { accountIds, accountOptions, checkedMapping, chosenProject, servedPlatforms } from '../../../src/domain/publishing/woop-accounts';

const ACCOUNTS = [
  { id: 'a1', platform: 'INSTAGRAM', username: 'shop', status: 'CONNECTED' },
  { id: 'a2', platform: 'INSTAGRAM', username: 'old', status: 'DISCONNECTED' },
  { id: 'a3', platform: 'MYSPACE', username: 'x', status: 'CONNECTED' },
  { id: 'a4', platform: 'LINKEDIN', username: 'me', status: 'CONNECTED' },
];

test('only connected accounts on platforms WoopSocial posts to are offered, labelled', () => {
  const options = accountOptions(ACCOUNTS);
  expect(options.map((o) => o.id)).toEqual(['a1', 'a4']);
  expect(options[0].label).toMatch(/^shop \(/);
});

test('the project asked for wins, then the stored one, then the only one', () => {
  const two = [{ id: 'p1' }, { id: 'p2' }];
  expect(chosenProject(two, 'p2', 'p1')).toBe('p2');
  expect(chosenProject(two, '', 'p1')).toBe('p1');
  expect(chosenProject(two, '', undefined)).toBe('');
  expect(chosenProject([{ id: 'p9' }], '', undefined)).toBe('p9');
});

test('a mapping holds only accounts offered on a platform the calendar platform posts to', () => {
  const options = accountOptions(ACCOUNTS);
  expect(servedPlatforms()).toContain('Instagram');
  expect(checkedMapping({ Instagram: 'a1', LinkedIn: '' }, options)).toEqual({
    ok: true,
    accounts: { instagram: { socialAccountId: 'a1', platform: 'INSTAGRAM', username: 'shop' } },
  });
  expect(checkedMapping({ Instagram: 'a4' }, options)).toEqual({ ok: false, platform: 'Instagram' });
  expect(checkedMapping({ Instagram: 'a2' }, options)).toEqual({ ok: false, platform: 'Instagram' });
  expect(accountIds({ instagram: { socialAccountId: 'a1', platform: 'INSTAGRAM', username: 'shop' } })).toEqual({ instagram: 'a1' });
});
