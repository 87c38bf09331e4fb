/** The form's load/save version (issue #15 item 10): which fields a colleague changed in the sheet since the form loaded the post. */
import { emptyPost, type Post } from '../../src/domain/post';
import { postVersion, readVersion, versionConflicts, VERSION_FIELDS } from '../../src/domain/post-version';

const post = (overrides: Partial<Post> = {}): Post => ({ ...emptyPost(), id: 'P-1', date: '2026-12-01', time: '09:00', platform: 'X', caption: 'Old', ...overrides });

test('no change in the sheet: no conflict, whatever the form changed; line endings and outer spaces do not count', () => {
  const loaded = postVersion(post({ caption: 'Line one\nLine two' }));
  expect(versionConflicts(loaded, post({ caption: 'Line one\r\nLine two ' }), post({ time: '10:00' }))).toEqual([]);
});

test('a caption fixed in the sheet while the form changed only the time is named with all three values', () => {
  const loaded = postVersion(post());
  expect(versionConflicts(loaded, post({ caption: 'Fixed' }), post({ time: '10:00' }))).toEqual([
    { field: 'caption', loaded: 'Old', sheet: 'Fixed', mine: 'Old' },
  ]);
});

test('the same change made in the sheet and in the form is no conflict', () => {
  expect(versionConflicts(postVersion(post()), post({ caption: 'Fixed' }), post({ caption: 'Fixed' }))).toEqual([]);
});

test('readVersion accepts the 14 fields as strings and refuses anything else', () => {
  expect(VERSION_FIELDS).toHaveLength(14);
  expect(readVersion(postVersion(post()))).toEqual(postVersion(post()));
  expect(readVersion({ caption: 'only this' })).toMatchObject({ caption: 'only this', date: '' });
  expect(readVersion({ caption: 5 })).toBeNull();
  expect(readVersion(['caption'])).toBeNull();
  expect(readVersion(null)).toBeNull();
});
