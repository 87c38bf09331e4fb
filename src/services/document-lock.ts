/** The document lock (LockService): the one way the add-on waits for another editor's work before it writes. */

import { t } from '../domain/i18n';

/** How long work waits for another editor's save, check or send to finish before telling the user. */
export const LOCK_WAIT_MS = 10000;

/**
 * Runs `work` holding the document lock; a busy lock gives a readable failure, never a half-written row.
 * https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()
 * @param locale The language of the busy message.
 * @param work What needs the lock; its result is returned.
 * @param busy What to return when the lock stays taken for LOCK_WAIT_MS: given the `lock.busy`
 *   message (a caller with a message of its own, such as `sync.busy` or `publish.busy`, returns that).
 */
export function withDocumentLock<T>(locale: string, work: () => T, busy: (message: string) => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) return busy(t(locale, 'lock.busy'));
  try {
    return work();
  } finally {
    try {
      lock.releaseLock();
    } catch {
      // Apps Script releases the lock when the execution ends; a failed release must not turn a
      // completed save into a reported failure (the person would retry and save the post twice).
    }
  }
}
