/** DriveApp (minimal): the spreadsheets the emulator knows as Drive files, with their sharing (editors, commenters, viewers, link sharing). */

import { wrapService } from '../core/context';
import { ServiceException, typeToken } from '../core/errors';
import { enumName, makeEnum } from '../runtime/enums';
import type { Runtime } from '../runtime/runtime';
import { makeUser } from './session';

const Access = makeEnum(['ANYONE', 'ANYONE_WITH_LINK', 'DOMAIN', 'DOMAIN_WITH_LINK', 'PRIVATE']);
const Permission = makeEnum(['VIEW', 'EDIT', 'COMMENT', 'OWNER', 'ORGANIZER', 'FILE_ORGANIZER', 'NONE']);

/** The message for an unknown or inaccessible file id. */
export const NO_SUCH_FILE =
  'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';

/** One Drive file's sharing state, serialisable. */
export interface DriveFileState {
  id: string;
  name: string;
  mimeType: string;
  url: string;
  owner: string;
  editors: string[];
  commenters: string[];
  viewers: string[];
  access: string;
  permission: string;
  /** In the owner's trash (Drive API files.get `trashed`); the file still opens until the trash is emptied. */
  trashed?: boolean;
}

/** How DriveApp finds files it has not seen yet (the spreadsheet service's books). */
export type FileLookup = (
  id: string,
) => Omit<DriveFileState, 'editors' | 'commenters' | 'viewers' | 'access' | 'permission'> | null;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function emailOf(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (value && typeof value === 'object' && typeof (value as { getEmail?: unknown }).getEmail === 'function')
    return (value as { getEmail(): string }).getEmail();
  throw new ServiceException(
    `The parameters (${typeToken(value)}) don't match the method signature for DriveApp.File.addEditor.`,
  );
}

/** A Drive file. */
export class FileImpl implements Pick<
  GoogleAppsScript.Drive.File,
  | 'getId'
  | 'getName'
  | 'getUrl'
  | 'getMimeType'
  | 'addEditor'
  | 'addEditors'
  | 'addCommenter'
  | 'addCommenters'
  | 'addViewer'
  | 'addViewers'
  | 'removeEditor'
  | 'removeCommenter'
  | 'removeViewer'
  | 'getEditors'
  | 'getViewers'
  | 'getOwner'
  | 'setSharing'
  | 'getSharingAccess'
  | 'getSharingPermission'
  | 'setName'
> {
  constructor(
    private readonly runtime: Runtime,
    private readonly state: DriveFileState,
  ) {}

  getId(): string {
    return this.state.id;
  }
  getName(): string {
    return this.state.name;
  }
  setName(name: string): GoogleAppsScript.Drive.File {
    this.state.name = String(name);
    return this.self();
  }
  getUrl(): string {
    return this.state.url;
  }
  getMimeType(): string {
    return this.state.mimeType;
  }
  addEditor(emailAddress: string | GoogleAppsScript.Base.User): GoogleAppsScript.Drive.File {
    this.grant(emailOf(emailAddress), 'editors');
    return this.self();
  }
  addEditors(emailAddresses: string[]): GoogleAppsScript.Drive.File {
    for (const email of emailAddresses) this.grant(emailOf(email), 'editors');
    return this.self();
  }
  addCommenter(emailAddress: string | GoogleAppsScript.Base.User): GoogleAppsScript.Drive.File {
    this.grant(emailOf(emailAddress), 'commenters');
    return this.self();
  }
  addCommenters(emailAddresses: string[]): GoogleAppsScript.Drive.File {
    for (const email of emailAddresses) this.grant(emailOf(email), 'commenters');
    return this.self();
  }
  addViewer(emailAddress: string | GoogleAppsScript.Base.User): GoogleAppsScript.Drive.File {
    this.grant(emailOf(emailAddress), 'viewers');
    return this.self();
  }
  addViewers(emailAddresses: string[]): GoogleAppsScript.Drive.File {
    for (const email of emailAddresses) this.grant(emailOf(email), 'viewers');
    return this.self();
  }
  removeEditor(emailAddress: string | GoogleAppsScript.Base.User): GoogleAppsScript.Drive.File {
    this.revoke(emailOf(emailAddress), ['editors']);
    return this.self();
  }
  removeCommenter(emailAddress: string | GoogleAppsScript.Base.User): GoogleAppsScript.Drive.File {
    this.revoke(emailOf(emailAddress), ['commenters']);
    return this.self();
  }
  removeViewer(emailAddress: string | GoogleAppsScript.Base.User): GoogleAppsScript.Drive.File {
    this.revoke(emailOf(emailAddress), ['viewers', 'commenters']);
    return this.self();
  }
  /** Editors, not counting the owner. */
  getEditors(): GoogleAppsScript.Drive.User[] {
    return this.state.editors.map((email) => makeUser(this.runtime, email) as unknown as GoogleAppsScript.Drive.User);
  }
  /** Viewers and commenters. */
  getViewers(): GoogleAppsScript.Drive.User[] {
    return [...this.state.commenters, ...this.state.viewers].map(
      (email) => makeUser(this.runtime, email) as unknown as GoogleAppsScript.Drive.User,
    );
  }
  getOwner(): GoogleAppsScript.Drive.User {
    return makeUser(this.runtime, this.state.owner) as unknown as GoogleAppsScript.Drive.User;
  }
  setSharing(
    accessType: GoogleAppsScript.Drive.Access,
    permissionType: GoogleAppsScript.Drive.Permission,
  ): GoogleAppsScript.Drive.File {
    const access = enumName(accessType);
    const permission = enumName(permissionType);
    if (!access || !(access in Access) || !permission || !(permission in Permission)) {
      throw new ServiceException(
        `The parameters (${[accessType, permissionType].map(typeToken).join(',')}) don't match the method signature for DriveApp.File.setSharing.`,
      );
    }
    this.state.access = access;
    this.state.permission = access === 'PRIVATE' ? 'NONE' : permission;
    return this.self();
  }
  getSharingAccess(): GoogleAppsScript.Drive.Access {
    return Access[this.state.access as keyof typeof Access] as unknown as GoogleAppsScript.Drive.Access;
  }
  getSharingPermission(): GoogleAppsScript.Drive.Permission {
    return Permission[this.state.permission as keyof typeof Permission] as unknown as GoogleAppsScript.Drive.Permission;
  }
  toString(): string {
    return this.state.name;
  }

  private grant(email: string, role: 'editors' | 'commenters' | 'viewers'): void {
    if (!EMAIL.test(email)) throw new ServiceException('Invalid argument: permission.emailAddress');
    if (email.toLowerCase() === this.state.owner.toLowerCase()) return;
    const rank = { viewers: 0, commenters: 1, editors: 2 } as const;
    const current = (['editors', 'commenters', 'viewers'] as const).find((r) =>
      this.state[r].some((e) => e.toLowerCase() === email.toLowerCase()),
    );
    if (current && rank[current] >= rank[role]) return;
    if (current) this.revoke(email, [current]);
    this.state[role].push(email);
  }

  private revoke(email: string, roles: Array<'editors' | 'commenters' | 'viewers'>): void {
    for (const role of roles)
      this.state[role] = this.state[role].filter((e) => e.toLowerCase() !== email.toLowerCase());
  }

  private self(): GoogleAppsScript.Drive.File {
    return this as unknown as GoogleAppsScript.Drive.File;
  }
}

/** DriveApp (getFileById and the Access/Permission enums). */
export class DriveAppImpl implements Pick<GoogleAppsScript.Drive.DriveApp, 'getFileById'> {
  readonly Access = Access as unknown as typeof GoogleAppsScript.Drive.Access;
  readonly Permission = Permission as unknown as typeof GoogleAppsScript.Drive.Permission;

  constructor(
    private readonly runtime: Runtime,
    private readonly files: Record<string, DriveFileState>,
    private readonly lookup: FileLookup,
  ) {}

  getFileById(id: string): GoogleAppsScript.Drive.File {
    if (typeof id !== 'string')
      throw new ServiceException(
        `The parameters (${typeToken(id)}) don't match the method signature for DriveApp.getFileById.`,
      );
    let state = this.files[id];
    if (!state) {
      const found = this.runtime.context.quietly(() => this.lookup(id));
      if (!found) throw new ServiceException(NO_SUCH_FILE);
      state = { ...found, editors: [], commenters: [], viewers: [], access: 'PRIVATE', permission: 'NONE' };
      this.files[id] = state;
    }
    return wrapService(
      new FileImpl(this.runtime, state),
      'File',
      this.runtime.context,
    ) as unknown as GoogleAppsScript.Drive.File;
  }

  toString(): string {
    return 'DriveApp';
  }
}

/** Creates the wrapped DriveApp global over a file registry. */
export function createDriveApp(
  runtime: Runtime,
  files: Record<string, DriveFileState>,
  lookup: FileLookup,
): GoogleAppsScript.Drive.DriveApp {
  return wrapService(
    new DriveAppImpl(runtime, files, lookup),
    'DriveApp',
    runtime.context,
  ) as unknown as GoogleAppsScript.Drive.DriveApp;
}
