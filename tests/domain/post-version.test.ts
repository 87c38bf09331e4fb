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

test('the version covers every field of a post but its ID; readVersion accepts them as strings and refuses anything else', () => {
  // Every field the form saves: a field left out would let a stale form overwrite a colleague's edit of it.
  expect([...VERSION_FIELDS].sort()).toEqual(Object.keys(emptyPost()).filter((key) => key !== 'id').sort());
  expect(readVersion(postVersion(post()))).toEqual(postVersion(post()));
  expect(readVersion({ caption: 'only this' })).toMatchObject({ caption: 'only this', date: '' });
  expect(readVersion({ caption: 5 })).toBeNull();
  expect(readVersion(['caption'])).toBeNull();
  expect(readVersion(null)).toBeNull();
});
