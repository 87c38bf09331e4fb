/**
 * The door to the Advanced Drive service (Drive API v3) for sharing a file the add-on created: who has
 * access, and adding one person in a role. Under `drive.file` these reach only the app's own files;
 * DriveApp would need `drive` or `drive.readonly` for any file.
 * Scopes: https://developers.google.com/workspace/drive/api/reference/rest/v3/permissions/list ,
 * https://developers.google.com/workspace/drive/api/reference/rest/v3/permissions/create
 */

/** The roles the add-on shares in (Drive API v3 names). */
export type ShareRole = 'commenter' | 'reader' | 'writer';

/** True when the Advanced Drive service is enabled: the `Drive` global exists. */
export function hasDriveApi(): boolean {
  return typeof Drive !== 'undefined' && !!Drive;
}

/**
 * Whether the file is in its owner's trash (a "deleted" file still opens until the trash is emptied).
 * One call: files.get with only the `trashed` field. https://developers.google.com/workspace/drive/api/reference/rest/v3/files/get
 */
export function isTrashed(fileId: string): boolean {
  return Drive!.Files!.get(fileId, { fields: 'trashed' }).trashed === true;
}

/**
 * The lower-cased emails of everyone with access to the file (owner, editors, commenters, viewers), or
 * only of those in `roles` (Drive API role names), every page of permissions.list (100 a page), asking
 * for the emailAddress field explicitly.
 */
export function sharedEmails(fileId: string, roles?: readonly string[]): Set<string> {
  const emails = new Set<string>();
  let pageToken: string | undefined;
  for (let page = 0; page < 100; page++) {
    const list = Drive!.Permissions!.list(fileId, {
      fields: 'nextPageToken,permissions(emailAddress,role,type)',
      pageSize: 100,
      ...(pageToken ? { pageToken } : {}),
    });
    for (const permission of list.permissions ?? []) {
      if (permission.emailAddress && (!roles || roles.includes(String(permission.role))))
        emails.add(permission.emailAddress.toLowerCase());
    }
    pageToken = list.nextPageToken ?? undefined;
    if (!pageToken) break;
  }
  return emails;
}

/**
 * Gives one person access in `role` (never link sharing, never removing anyone), with Drive's
 * notification email so they get the link. One call: permissions.create.
 */
export function shareWith(fileId: string, email: string, role: ShareRole): void {
  Drive!.Permissions!.create({ type: 'user', role, emailAddress: email }, fileId, {
    sendNotificationEmail: true,
    fields: 'id',
  });
}
