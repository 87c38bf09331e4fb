/** The built add-on in the emulator wired to a local WoopSocial (in-process, on the emulator's virtual clock), with helpers to seed posts, connect and inspect both sides. */
import { CALENDAR_COLUMNS } from '../../src/domain/post';
import type { CreateEmulatorOptions, Emulator } from '../../emulator';
import { FakeWoopSocial, type FakeAccount } from '../../scripts/woopsocial-fake/fake-woopsocial';
import { call, inspect, loadAddon, setUpCalendar } from './calendar-harness';

export const API_ORIGIN = 'http://127.0.0.1:9123';
export const MEDIA_ORIGIN = 'http://127.0.0.1:9124';
export const API_KEY = 'wsk_live_7Hq2pX9vT4mZ1cR8';
export type Column = (typeof CALENDAR_COLUMNS)[number];

/** The accounts of the default project: one per platform WoopSocial serves (LinkedIn as a page). */
export const ACCOUNTS: FakeAccount[] = [
  { id: 'acc_x', projectId: 'proj_main', platform: 'X', username: 'acme' },
  { id: 'acc_ig', projectId: 'proj_main', platform: 'INSTAGRAM', username: 'acme.ig' },
  { id: 'acc_li', projectId: 'proj_main', platform: 'LINKEDIN_PAGES', username: 'Acme Inc.' },
  { id: 'acc_pin', projectId: 'proj_main', platform: 'PINTEREST', username: 'acmepins', boards: [{ id: 'board_1', name: 'Spring launch' }] },
  { id: 'acc_tt', projectId: 'proj_main', platform: 'TIKTOK', username: 'acme.tt', privacyLevelOptions: ['PUBLIC_TO_EVERYONE', 'SELF_ONLY'] },
  { id: 'acc_yt', projectId: 'proj_main', platform: 'YOUTUBE', username: 'Acme TV' },
  { id: 'acc_fb', projectId: 'proj_main', platform: 'FACEBOOK', username: 'Acme', deliveryFails: 'The page access token has expired (Facebook error 190).' },
];

/** The mapping the Connect dialog saves in most tests. */
export const MAPPING = { X: 'acc_x', Instagram: 'acc_ig', LinkedIn: 'acc_li', Pinterest: 'acc_pin', TikTok: 'acc_tt', YouTube: 'acc_yt', Facebook: 'acc_fb' };

/** A 1×1 PNG and a few bytes of MP4, served from the media origin. */
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const MP4 = Buffer.from('000000186674797069736f6d0000020069736f6d69736f32', 'hex');

export interface Setup {
  emulator: Emulator;
  fake: FakeWoopSocial;
}

/** A calendar set up in the emulator, a local WoopSocial reachable at API_ORIGIN, and media at MEDIA_ORIGIN. */
export function woopReady(options: CreateEmulatorOptions & { accounts?: FakeAccount[] } = {}): Setup {
  const emulator = loadAddon({ now: () => new Date('2026-11-26T10:00:00Z'), ...options });
  setUpCalendar(emulator);
  const fake = new FakeWoopSocial({ apiKeys: [API_KEY], accounts: options.accounts ?? ACCOUNTS.map((a) => ({ ...a })), now: () => emulator.clock.now() });
  emulator.urlFetch.handlers.set(API_ORIGIN, (request) => fake.handle(request));
  emulator.urlFetch.handlers.set(MEDIA_ORIGIN, (request) => {
    const isVideo = request.url.endsWith('.mp4');
    if (request.url.includes('missing')) return { status: 404, body: 'not found' };
    return { status: 200, headers: { 'content-type': isVideo ? 'video/mp4' : 'image/png' }, body: isVideo ? MP4 : PNG };
  });
  emulator.runAs(emulator.context.userEmail, () =>
    (emulator.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService).getScriptProperties().setProperty('WOOPSOCIAL_API_URL', `${API_ORIGIN}/v1`),
  );
  return { emulator, fake };
}

/** Connects with the key and saves the project and mapping, as the Connect dialog does. */
export function connect(emulator: Emulator, mapping: Record<string, string> = MAPPING): void {
  const state = call<{ ok: boolean; message: string }>(emulator, 'connectWoopSocial', { apiKey: API_KEY });
  if (!state.ok) throw new Error(state.message);
  const saved = call<{ ok: boolean; message: string }>(emulator, 'saveWoopSocialSetup', { projectId: 'proj_main', mapping });
  if (!saved.ok) throw new Error(saved.message);
}

/** Writes rows under the header in one call, as a paste would (IDs given, so rows are findable). */
export function seed(emulator: Emulator, posts: Array<Partial<Record<Column, string>>>): void {
  inspect(emulator, (ss) => {
    const sheet = ss.getSheetByName('Calendar')!;
    if (sheet.getMaxRows() < posts.length + 1) sheet.insertRowsAfter(sheet.getMaxRows(), posts.length + 1 - sheet.getMaxRows());
    sheet.getRange(2, 1, posts.length, CALENDAR_COLUMNS.length).setValues(posts.map((post) => CALENDAR_COLUMNS.map((name) => post[name] ?? '')));
  });
}

/** An approved post for a platform, on 2026-12-0`day` at `time` in Europe/Warsaw. */
export function approved(id: string, platform: string, extra: Partial<Record<Column, string>> = {}): Partial<Record<Column, string>> {
  return { ID: id, Date: '2026-12-03', Time: '09:30', 'Time zone': 'Europe/Warsaw', Platform: platform, Caption: `Launch day for ${id}`, Status: 'Approved', ...extra };
}

/** The Calendar rows by post ID (display values keyed by header), and the WoopSocial ID cells' notes. */
export function rowsById(emulator: Emulator): Record<string, Record<string, string>> {
  return inspect(emulator, (ss) => {
    const [header, ...rows] = ss.getSheetByName('Calendar')!.getDataRange().getDisplayValues();
    const out: Record<string, Record<string, string>> = {};
    for (const row of rows) if (row[0]) out[row[0]] = Object.fromEntries(header.map((name, i) => [name, row[i]]));
    return out;
  });
}

/** Sends through the dialog's server call. */
export function send(emulator: Emulator, inputs: Record<string, string> = { pinterestBoardId: 'board_1', tiktokPrivacyLevel: 'SELF_ONLY', youtubePrivacy: 'unlisted' }) {
  return call<{ ok: boolean; message: string; sent?: number; left?: number }>(emulator, 'sendToWoopSocial', { from: '2026-11-26', to: '2026-12-31', inputs });
}

/** Refreshes delivery status through the server call. */
export function refresh(emulator: Emulator) {
  return call<{ ok: boolean; message: string }>(emulator, 'refreshDeliveryStatus');
}
