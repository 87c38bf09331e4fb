/**
 * The preview lets a person act as a stakeholder in their copy and collect the decision (issue #21),
 * through the preview's own HTTP API (what the page sends): switch user to a listed stakeholder, type
 * Approve in their Decision column of the copy (another stakeholder's column is refused as Sheets would),
 * switch back and run Collect stakeholder decisions.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, postJson, startPreviewServer, type PreviewServer } from './preview-server';

interface State {
  grid: { cells: Array<Array<{ d?: string }>> };
  users: string[];
  spreadsheets: Array<{ id: string; name: string }>;
  toasts?: Array<{ message: string }>;
}

let server: PreviewServer;
let port = 0;
let storeDir = '';

beforeAll(async () => {
  storeDir = mkdtempSync(path.join(os.tmpdir(), 'preview-stakeholder-'));
  port = await freePort();
  server = await startPreviewServer(port, storeDir, ['--reset']);
}, 60000);

afterAll(async () => {
  await server?.stop();
  if (storeDir) rmSync(storeDir, { recursive: true, force: true });
});

async function api<T = { ok?: boolean; rejected?: string; state: State }>(route: string, body: unknown): Promise<T> {
  const response = await postJson(port, route, JSON.stringify(body));
  if (response.status !== 200) throw new Error(`${route}: ${response.status} ${response.body}`);
  return JSON.parse(response.body) as T;
}

const letter = (column: number) => String.fromCharCode(65 + column);

test('act as a stakeholder in the copy, then collect the decision as the owner', async () => {
  // Settings: the decide role and two stakeholders.
  const settings = (await api('/api/select', { sheet: 'Settings' })).state;
  const rowOf = (key: string) => settings.grid.cells.findIndex((row) => row[4]?.d === key) + 1;
  await api('/api/edit', { sheet: 'Settings', a1: `F${rowOf('Stakeholder role')}`, value: 'decide' });
  await api('/api/edit', { sheet: 'Settings', a1: `F${rowOf('Stakeholder emails')}`, value: 'anna@brand.example, bob@brand.example' });
  await api('/api/select', { sheet: 'Calendar' });
  await api('/api/menu', { caption: 'Publish stakeholder view' });

  const owner = (await api('/api/select', { sheet: 'Calendar' })).state;
  expect(owner.users).toEqual(expect.arrayContaining(['anna@brand.example', 'bob@brand.example']));
  const copy = owner.spreadsheets[1];
  expect(copy.name).toMatch(/stakeholder view/);

  await api('/api/user', { email: 'anna@brand.example' });
  const viewed = (await api('/api/view', { spreadsheet: copy.id, sheet: 'Posts' })).state;
  const header = viewed.grid.cells[0].map((cell) => cell.d ?? '');
  const id = header.indexOf('ID');
  const row = viewed.grid.cells.findIndex((cells, r) => r > 0 && (cells[header.indexOf('Status')]?.d ?? '') === 'In review') + 1;
  expect(row).toBeGreaterThan(1);
  const postId = viewed.grid.cells[row - 1][id].d!;

  const refused = await api('/api/edit', { sheet: 'Posts', a1: `${letter(header.indexOf('Decision — bob@brand.example'))}${row}`, value: 'Approve' });
  expect(refused.rejected).toMatch(/protected cell/);
  const typed = await api('/api/edit', { sheet: 'Posts', a1: `${letter(header.indexOf('Decision — anna@brand.example'))}${row}`, value: 'Approve' });
  expect(typed.rejected).toBeUndefined();

  await api('/api/view', { spreadsheet: null });
  await api('/api/user', { email: owner.users[0] });
  await api('/api/menu', { caption: 'Collect stakeholder decisions' });
  const calendar = (await api('/api/select', { sheet: 'Calendar' })).state;
  const calendarHeader = calendar.grid.cells[0].map((cell) => cell.d ?? '');
  const decided = calendar.grid.cells.find((cells) => cells[calendarHeader.indexOf('ID')]?.d === postId)!;
  expect(decided[calendarHeader.indexOf('Status')].d).toBe('Approved');
  expect(decided[calendarHeader.indexOf('Approved by')].d).toBe('anna@brand.example');
}, 90000);
