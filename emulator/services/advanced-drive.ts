/**
 * The Advanced Drive service (Drive API v3), the subset the add-on uses: permissions.create/list and
 * files.get, over the same sharing registry DriveApp uses, reaching only the files the grant reaches.
 * Reference: https://developers.google.com/workspace/drive/api/reference/rest/v3
 */

import type { Runtime } from '../runtime/runtime';
import { NotImplementedError } from '../core/errors';
import { ApiError, apiMethod, checkFields, type FileAccess } from './advanced-api';
import type { DriveFileState, FileLookup } from './drive-app';

type Json = Record<string, unknown>;

const auth = (scope: string): string => `https://www.googleapis.com/auth/${scope}`;
/** Scopes that reach every file the user can open (drive.file reaches only the app's own). */
const READ_ANY = [auth('drive'), auth('drive.readonly'), auth('drive.metadata'), auth('drive.metadata.readonly')];
const WRITE_ANY = [auth('drive')];

const ROLES = ['owner', 'organizer', 'fileOrganizer', 'writer', 'commenter', 'reader'];
const TYPES = ['user', 'group', 'domain', 'anyone'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LIST = { writer: 'editors', commenter: 'commenters', reader: 'viewers' } as const;

/** The emulator's record of notification emails Drive sent (permissions.create with sendNotificationEmail). */
export interface DriveNotification {
  fileId: string;
  to: string;
  role: string;
  message: string;
}

/** Drive's sharing registry plus what the advanced service adds (notifications, link sharing role). */
export interface AdvancedDriveState {
  files: Record<string, DriveFileState>;
  notifications: DriveNotification[];
}

function permissionId(email: string): string {
  let hash = 0;
  for (const ch of email.toLowerCase()) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return `0${hash.toString().padStart(19, '7')}`;
}

/** Keeps only the requested fields of a resource (`fields=permissions(id,emailAddress)`, `id,trashed`); default fields otherwise. */
function pick(resource: Json, fields: string | undefined, defaults: string[]): Json {
  const wanted = fields ? fields.split(',').map((f) => f.trim()) : defaults;
  if (wanted.includes('*')) return resource;
  const out: Json = {};
  for (const field of wanted) if (resource[field] !== undefined) out[field] = resource[field];
  return out;
}

/** `permissions(id,emailAddress),nextPageToken` → { list: 'id,emailAddress', top: ['nextPageToken'] } */
function listFields(fields: string | undefined): { inner: string | undefined; top: string[] | null } {
  if (!fields) return { inner: undefined, top: null };
  const match = /permissions\(([^)]*)\)/.exec(fields);
  const top = fields
    .replace(/permissions\([^)]*\)/, 'permissions')
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  return { inner: match ? match[1] : top.includes('permissions') ? '*' : undefined, top };
}

class DriveApi {
  constructor(
    private readonly state: AdvancedDriveState,
    private readonly lookup: FileLookup,
    private readonly access: FileAccess,
  ) {}

  file(fileId: unknown, write: boolean): DriveFileState {
    const id = typeof fileId === 'string' ? fileId : '';
    if (!id || !this.access.reaches(id, write ? WRITE_ANY : READ_ANY)) throw new ApiError(404, `File not found: ${id}.`);
    let state = this.state.files[id];
    if (!state) {
      const found = this.lookup(id);
      if (!found) throw new ApiError(404, `File not found: ${id}.`);
      state = { ...found, editors: [], commenters: [], viewers: [], access: 'PRIVATE', permission: 'NONE' };
      this.state.files[id] = state;
    }
    return state;
  }

  permissionsCreate(resource: unknown, fileId: unknown, options: unknown): Json {
    const body = (resource ?? {}) as Json;
    checkFields(body, ['role', 'type', 'emailAddress', 'domain', 'allowFileDiscovery', 'expirationTime', 'view', 'pendingOwner'], 'permission');
    checkFields(options, ['sendNotificationEmail', 'emailMessage', 'transferOwnership', 'moveToNewOwnersRoot', 'supportsAllDrives', 'useDomainAdminAccess', 'fields', 'enforceSingleParent', 'supportsTeamDrives'], 'parameters');
    const opts = (options ?? {}) as Json;
    const file = this.file(fileId, true);
    const role = String(body.role ?? '');
    const type = String(body.type ?? '');
    if (!body.role) throw new ApiError(400, 'The permission role field is required.');
    if (!body.type) throw new ApiError(400, 'The permission type field is required.');
    if (!ROLES.includes(role)) throw new ApiError(400, `The value of the parameter 'role' is invalid.`);
    if (!TYPES.includes(type)) throw new ApiError(400, `The value of the parameter 'type' is invalid.`);
    if (type === 'anyone' || type === 'domain') {
      if (opts.sendNotificationEmail !== undefined)
        throw new ApiError(400, 'sendNotificationEmail is not allowed for this permission type.');
      file.access = type === 'anyone' ? 'ANYONE_WITH_LINK' : 'DOMAIN_WITH_LINK';
      file.permission = role === 'writer' ? 'EDIT' : role === 'commenter' ? 'COMMENT' : 'VIEW';
      return pick({ kind: 'drive#permission', id: type === 'anyone' ? 'anyoneWithLink' : `domain-${String(body.domain)}`, type, role }, opts.fields as string | undefined, ['kind', 'id', 'type', 'role']);
    }
    const email = String(body.emailAddress ?? '').trim();
    if (!email) throw new ApiError(400, 'The permission emailAddress field is required for permission type user or group.');
    if (!EMAIL.test(email)) throw new ApiError(400, `Invalid sharing request: the email address ${email} is not valid.`);
    if (role === 'owner' || role === 'organizer' || role === 'fileOrganizer') throw new NotImplementedError('Drive.Permissions.create', `role ${role}`);
    if (email.toLowerCase() !== file.owner.toLowerCase()) {
      // Drive gives the person this role: an existing permission of the same person is replaced.
      for (const list of Object.values(LIST)) file[list] = file[list].filter((e) => e.toLowerCase() !== email.toLowerCase());
      file[LIST[role as keyof typeof LIST]].push(email);
    }
    if (opts.sendNotificationEmail !== false)
      this.state.notifications.push({ fileId: file.id, to: email, role, message: String(opts.emailMessage ?? '') });
    const permission = { kind: 'drive#permission', id: permissionId(email), type, role, emailAddress: email };
    return pick(permission, opts.fields as string | undefined, ['kind', 'id', 'type', 'role']);
  }

  permissionsList(fileId: unknown, options: unknown): Json {
    checkFields(options, ['pageSize', 'pageToken', 'fields', 'supportsAllDrives', 'useDomainAdminAccess', 'includePermissionsForView', 'supportsTeamDrives'], 'parameters');
    const opts = (options ?? {}) as Json;
    const file = this.file(fileId, false);
    const all: Json[] = [
      { kind: 'drive#permission', id: permissionId(file.owner), type: 'user', role: 'owner', emailAddress: file.owner },
      ...file.editors.map((email) => ({ kind: 'drive#permission', id: permissionId(email), type: 'user', role: 'writer', emailAddress: email })),
      ...file.commenters.map((email) => ({ kind: 'drive#permission', id: permissionId(email), type: 'user', role: 'commenter', emailAddress: email })),
      ...file.viewers.map((email) => ({ kind: 'drive#permission', id: permissionId(email), type: 'user', role: 'reader', emailAddress: email })),
    ];
    if (file.access !== 'PRIVATE')
      all.push({ kind: 'drive#permission', id: 'anyoneWithLink', type: 'anyone', role: file.permission === 'EDIT' ? 'writer' : file.permission === 'COMMENT' ? 'commenter' : 'reader' });
    const size = Math.max(1, Math.min(100, Number(opts.pageSize ?? 100)));
    const start = Number(opts.pageToken ?? 0) || 0;
    const { inner, top } = listFields(opts.fields as string | undefined);
    const page = all.slice(start, start + size).map((p) => pick(p, inner, ['kind', 'id', 'type', 'role']));
    const out: Json = { kind: 'drive#permissionList', permissions: page };
    if (start + size < all.length) out.nextPageToken = String(start + size);
    return top ? pick(out, top.join(','), []) : out;
  }

  filesGet(fileId: unknown, options: unknown): Json {
    checkFields(options, ['fields', 'supportsAllDrives', 'acknowledgeAbuse', 'includePermissionsForView', 'includeLabels', 'supportsTeamDrives'], 'parameters');
    const file = this.file(fileId, false);
    const resource: Json = {
      kind: 'drive#file',
      id: file.id,
      name: file.name,
      mimeType: file.mimeType,
      trashed: file.trashed ?? false,
      webViewLink: file.url,
    };
    return pick(resource, (options as Json | undefined)?.fields as string | undefined, ['kind', 'id', 'name', 'mimeType']);
  }
}

/** The Drive advanced service object: `Drive.Permissions.create/list` and `Drive.Files.get`. */
export function createAdvancedDrive(runtime: Runtime, state: AdvancedDriveState, lookup: FileLookup, access: FileAccess): unknown {
  const api = new DriveApi(state, (id) => runtime.context.quietly(() => lookup(id)), access);
  return {
    Permissions: {
      create: apiMethod(runtime, 'Drive.Permissions', 'create', 'drive.permissions.create', 'write', (r: unknown, id: unknown, o?: unknown) =>
        api.permissionsCreate(r, id, o),
      ),
      list: apiMethod(runtime, 'Drive.Permissions', 'list', 'drive.permissions.list', 'read', (id: unknown, o?: unknown) => api.permissionsList(id, o)),
      toString: () => 'Drive.Permissions',
    },
    Files: {
      get: apiMethod(runtime, 'Drive.Files', 'get', 'drive.files.get', 'read', (id: unknown, o?: unknown) => api.filesGet(id, o)),
      toString: () => 'Drive.Files',
    },
    toString: () => 'AdvancedServiceIdentifier{name=drive, version=v3}',
  };
}
