/** The local preview page's script: renders the emulated spreadsheet the server sends and turns clicks and typing into user edits, menu clicks and selections. */

/** One cell as the server sends it (short keys keep the JSON small). */
interface CellView {
  /** The value as displayed. */
  d?: string;
  /** What the edit box starts with when it differs from the display (a formula, an unformatted value). */
  e?: string;
  bg?: string;
  fg?: string;
  b?: 1;
  i?: 1;
  s?: 1;
  w?: 1;
  h?: string;
  /** The note. */
  n?: string;
  /** Dropdown choices. */
  dd?: string[];
  cb?: 1;
  /** A person's edit that breaks a warning-only validation rule. */
  inv?: 1;
}

type MenuEntry =
  | { type: 'item'; caption: string; functionName: string }
  | { type: 'separator' }
  | { type: 'submenu'; caption: string; items: MenuEntry[] };

interface MenuView {
  caption: string;
  location: 'menubar' | 'extensions';
  items: MenuEntry[];
}

interface PreviewState {
  version: number;
  reload: number;
  title: string;
  sheets: string[];
  active: string;
  selection: string | null;
  grid: {
    name: string;
    frozenRows: number;
    frozenColumns: number;
    columnWidths: number[];
    rowHeights: number[] | null;
    cells: CellView[][];
  };
  menus: MenuView[];
  sidebar: { id: number; title: string; width: number } | null;
  dialog: { id: number; title: string; width: number | null; height: number | null; modal: boolean } | null;
  toasts: Array<{ id: number; title: string; message: string }>;
  alerts: Array<{ id: string; title: string; prompt: string; buttons: string; response: string }>;
  errors: Array<{ id: number; message: string }>;
  /** Who the page acts as, and who it may act as (the owner first). */
  user: string;
  users: string[];
  /** Every spreadsheet the emulator holds, the add-on's first. */
  spreadsheets: Array<{ id: string; name: string }>;
  /** The other spreadsheet shown (read-only), or null for the add-on's own. */
  viewing: { id: string; name: string } | null;
  /** The prompt or choice the script waits on, answered by the person. */
  pending: { id: string; kind: 'alert' | 'prompt'; title: string; prompt: string; buttons: string } | null;
}

const DEFAULT_WIDTH = 100;
const DECORATIVE_MENUS = ['File', 'Edit', 'View', 'Insert', 'Format', 'Data', 'Tools'];

let state: PreviewState | null = null;
let renderedVersion = 0;
let reloadSeen: number | null = null;
let menusKey = '';
let selected = { row: 0, column: 0 };
let editing: { row: number; column: number; control: HTMLInputElement | HTMLSelectElement; done: boolean } | null =
  null;
let pendingState: PreviewState | null = null;
let sidebarId: number | null = null;
let dialogId: number | null = null;
let lastToastId = -1;
let lastErrorId = 0;
const shownAlerts = new Set<string>();
const alertQueue: PreviewState['alerts'] = [];
let alertReturnFocus: HTMLElement | null = null;
let pendingShown: string | null = null;
let currentAlert: PreviewState['alerts'][number] | null = null;
/** Button names of each Ui.ButtonSet, in the order Sheets shows them, with their labels. */
const BUTTON_SETS: Record<string, Array<[string, string]>> = {
  OK: [['OK', 'OK']],
  OK_CANCEL: [
    ['OK', 'OK'],
    ['CANCEL', 'Cancel'],
  ],
  YES_NO: [
    ['YES', 'Yes'],
    ['NO', 'No'],
  ],
  YES_NO_CANCEL: [
    ['YES', 'Yes'],
    ['NO', 'No'],
    ['CANCEL', 'Cancel'],
  ],
};

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page lacks #${id}.`);
  return element as T;
}

/** Column number (1-based) → letters. */
function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function a1Of(row: number, column: number): string {
  return `${columnLetter(column + 1)}${row + 1}`;
}

/** `B7` → { row: 6, column: 1 } (the top-left cell of a range). */
function parseA1(a1: string): { row: number; column: number } | null {
  const match = /^\$?([A-Z]+)\$?(\d+)/i.exec(a1);
  if (!match) return null;
  let column = 0;
  for (const letter of match[1].toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, column: column - 1 };
}

async function post<T>(url: string, body: unknown): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const value = (await response.json()) as T & { error?: string };
  if (!response.ok) throw new Error(value.error || `The preview server answered ${response.status}.`);
  return value;
}

function cellAt(row: number, column: number): CellView {
  return state?.grid.cells[row]?.[column] ?? {};
}

// ----- menus -----

function closeMenus(except?: HTMLElement): void {
  for (const list of document.querySelectorAll<HTMLElement>('.menu-list')) {
    if (list === except) continue;
    list.hidden = true;
    list.previousElementSibling?.setAttribute('aria-expanded', 'false');
  }
}

function menuItems(list: HTMLElement, entries: MenuEntry[], path: string[]): void {
  for (const entry of entries) {
    if (entry.type === 'separator') {
      const li = document.createElement('li');
      li.className = 'menu-separator';
      li.setAttribute('role', 'separator');
      list.append(li);
    } else if (entry.type === 'submenu') {
      const heading = document.createElement('li');
      heading.className = 'menu-heading';
      heading.setAttribute('role', 'presentation');
      heading.textContent = entry.caption;
      list.append(heading);
      menuItems(list, entry.items, [...path, entry.caption]);
    } else {
      const li = document.createElement('li');
      li.setAttribute('role', 'none');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'menu-item';
      button.setAttribute('role', 'menuitem');
      button.tabIndex = -1;
      button.textContent = entry.caption;
      button.addEventListener('click', () => {
        closeMenus();
        void runMenu([...path, entry.caption].join(' > '));
      });
      li.append(button);
      list.append(li);
    }
  }
}

function buildMenu(
  caption: string,
  groups: Array<{ heading: string | null; path: string[]; items: MenuEntry[] }>,
): HTMLElement {
  const wrapper = document.createElement('div');
  wrapper.className = 'menu';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'menu-button';
  button.textContent = caption;
  button.setAttribute('aria-haspopup', 'menu');
  button.setAttribute('aria-expanded', 'false');
  const list = document.createElement('ul');
  list.className = 'menu-list';
  list.setAttribute('role', 'menu');
  list.setAttribute('aria-label', caption);
  list.hidden = true;
  for (const group of groups) {
    if (group.heading) {
      const heading = document.createElement('li');
      heading.className = 'menu-heading';
      heading.setAttribute('role', 'presentation');
      heading.textContent = group.heading;
      list.append(heading);
    }
    menuItems(list, group.items, group.path);
  }
  if (groups.length === 0) {
    const empty = document.createElement('li');
    empty.className = 'menu-heading';
    empty.textContent = 'No add-on menu (onOpen added none).';
    list.append(empty);
  }
  const items = () => [...list.querySelectorAll<HTMLButtonElement>('.menu-item')];
  const open = (focusFirst: boolean) => {
    closeMenus(list);
    list.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    if (focusFirst) items()[0]?.focus();
  };
  button.addEventListener('click', () => (list.hidden ? open(false) : closeMenus()));
  button.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      open(true);
    }
  });
  list.addEventListener('keydown', (event) => {
    const all = items();
    const index = all.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      all[(index + step + all.length) % all.length]?.focus();
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      closeMenus();
      button.focus();
    }
  });
  wrapper.append(button, list);
  return wrapper;
}

function renderMenus(menus: MenuView[]): void {
  const key = JSON.stringify(menus);
  if (key === menusKey) return;
  menusKey = key;
  const bar = byId('menubar');
  bar.replaceChildren();
  for (const name of DECORATIVE_MENUS) {
    const span = document.createElement('span');
    span.className = 'menu-button inert';
    span.textContent = name;
    span.title = 'Not part of the preview';
    bar.append(span);
  }
  const extensions = menus.filter((menu) => menu.location === 'extensions');
  bar.append(
    buildMenu(
      'Extensions',
      extensions.map((menu) => ({ heading: menu.caption, path: [menu.caption], items: menu.items })),
    ),
  );
  for (const menu of menus.filter((m) => m.location === 'menubar')) {
    bar.append(buildMenu(menu.caption, [{ heading: null, path: [menu.caption], items: menu.items }]));
  }
}

async function runMenu(path: string): Promise<void> {
  try {
    const result = await post<{ ok: boolean; error?: string; state: PreviewState }>('/api/menu', { caption: path });
    apply(result.state);
  } catch (error) {
    showToast({ title: 'Menu', message: String((error as Error).message) }, true);
  }
}

// ----- grid -----

function applyCellLook(td: HTMLTableCellElement, cell: CellView): void {
  td.style.background = cell.bg ?? '';
  td.style.color = cell.fg ?? '';
  td.style.fontWeight = cell.b ? 'bold' : '';
  td.style.fontStyle = cell.i ? 'italic' : '';
  td.style.textDecoration = cell.s ? 'line-through' : '';
}

function isNumberLike(text: string): boolean {
  return /^[-+]?[\d.,\s]+%?$/.test(text) && /\d/.test(text);
}

function renderGrid(view: PreviewState): void {
  const table = byId<HTMLTableElement>('grid');
  const { cells, columnWidths, frozenRows } = view.grid;
  const columns = cells[0]?.length ?? 0;
  table.setAttribute('aria-label', `Sheet ${view.active}`);
  table.setAttribute('aria-rowcount', String(cells.length + 1));
  table.setAttribute('aria-colcount', String(columns + 1));
  const colgroup = document.createElement('colgroup');
  const headCol = document.createElement('col');
  headCol.style.width = '46px';
  colgroup.append(headCol);
  let total = 46;
  for (let c = 0; c < columns; c++) {
    const col = document.createElement('col');
    const width = columnWidths[c] || DEFAULT_WIDTH;
    col.style.width = `${width}px`;
    total += width;
    colgroup.append(col);
  }
  table.style.width = `${total}px`;
  const thead = document.createElement('thead');
  const headRow = document.createElement('tr');
  const corner = document.createElement('th');
  corner.className = 'row-head corner';
  headRow.append(corner);
  for (let c = 0; c < columns; c++) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = columnLetter(c + 1);
    headRow.append(th);
  }
  thead.append(headRow);
  const tbody = document.createElement('tbody');
  cells.forEach((row, r) => {
    const tr = document.createElement('tr');
    if (r < frozenRows) tr.className = r === frozenRows - 1 ? 'frozen frozen-last' : 'frozen';
    const th = document.createElement('th');
    th.className = 'row-head';
    th.scope = 'row';
    th.textContent = String(r + 1);
    tr.append(th);
    row.forEach((cell, c) => {
      const td = document.createElement('td');
      td.setAttribute('role', 'gridcell');
      td.dataset.row = String(r);
      td.dataset.column = String(c);
      td.tabIndex = -1;
      applyCellLook(td, cell);
      const text = cell.d ?? '';
      if (cell.cb) {
        const mark = document.createElement('span');
        mark.className = 'checkbox-mark';
        const checked = /^true$/i.test(text);
        mark.textContent = checked ? '☑' : '☐';
        td.setAttribute('aria-checked', String(checked));
        td.append(mark);
      } else {
        // Every cell is text: never innerHTML, so markup typed into a cell shows as typed.
        const span = document.createElement('span');
        span.className = 'cell-text';
        span.textContent = text;
        td.append(span);
      }
      if (cell.h === 'right' || (!cell.h && isNumberLike(text))) td.classList.add('align-right');
      if (cell.h === 'center') td.classList.add('align-center');
      if (cell.w) td.classList.add('wrap');
      if (cell.n) {
        td.classList.add('has-note');
        td.title = cell.n;
      }
      if (cell.inv) {
        td.classList.add('invalid');
        td.title = td.title
          ? `${td.title}\n\nInvalid: the value breaks the cell's validation rule.`
          : "Invalid: the value breaks the cell's validation rule.";
      }
      if (cell.dd) {
        td.classList.add('has-dropdown');
        const mark = document.createElement('span');
        mark.className = 'dropdown-mark';
        mark.setAttribute('aria-hidden', 'true');
        mark.textContent = '▾';
        td.append(mark);
      }
      tr.append(td);
    });
    tbody.append(tr);
  });
  const hadFocus = table.contains(document.activeElement);
  table.replaceChildren(colgroup, thead, tbody);
  // Frozen rows stick below the column letters, each below the one before.
  let top = headRow.offsetHeight;
  for (const tr of tbody.querySelectorAll<HTMLTableRowElement>('tr.frozen')) {
    for (const cell of tr.children) (cell as HTMLElement).style.top = `${top}px`;
    top += tr.offsetHeight;
  }
  // Keep keyboard focus on the selected cell across re-renders, so typing goes on where it was.
  markSelection(hadFocus);
}

function cellElement(row: number, column: number): HTMLTableCellElement | null {
  return byId('grid').querySelector<HTMLTableCellElement>(`td[data-row="${row}"][data-column="${column}"]`);
}

function markSelection(focus: boolean): void {
  for (const td of byId('grid').querySelectorAll('td.selected')) {
    td.classList.remove('selected');
    td.setAttribute('aria-selected', 'false');
    (td as HTMLElement).tabIndex = -1;
  }
  const td = cellElement(selected.row, selected.column);
  if (td) {
    td.classList.add('selected');
    td.setAttribute('aria-selected', 'true');
    td.tabIndex = 0;
    if (focus) {
      td.focus({ preventScroll: true });
      td.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
  }
  const cell = cellAt(selected.row, selected.column);
  byId('name-box').textContent = a1Of(selected.row, selected.column);
  byId('cell-content').textContent = cell.e ?? cell.d ?? '';
}

function select(row: number, column: number, focus = true): void {
  if (!state) return;
  const rows = state.grid.cells.length;
  const columns = state.grid.cells[0]?.length ?? 0;
  selected = { row: Math.max(0, Math.min(rows - 1, row)), column: Math.max(0, Math.min(columns - 1, column)) };
  markSelection(focus);
  const sheet = state.active;
  void post<{ state: PreviewState }>('/api/select', { sheet, a1: a1Of(selected.row, selected.column) })
    .then((result) => apply(result.state))
    .catch(() => undefined);
}

function startEdit(row: number, column: number, initial?: string): void {
  // Another spreadsheet (a stakeholder copy) is shown to look at, unless one acts as someone else (a
  // stakeholder answering in their decision columns: Drive and the copy's protections decide, server-side).
  if (!state || editing || (state.viewing && state.user === state.users[0])) return;
  const td = cellElement(row, column);
  if (!td) return;
  const cell = cellAt(row, column);
  let control: HTMLInputElement | HTMLSelectElement;
  if (cell.dd && initial === undefined) {
    const choice = document.createElement('select');
    const current = cell.d ?? '';
    const choices = cell.dd.includes(current) || current === '' ? ['', ...cell.dd] : ['', current, ...cell.dd];
    for (const value of choices) {
      const option = document.createElement('option');
      option.value = value;
      option.textContent = value === '' ? '—' : value;
      choice.append(option);
    }
    choice.value = current;
    choice.addEventListener('change', () => void commitEdit(1, 0));
    control = choice;
  } else {
    const input = document.createElement('input');
    input.type = 'text';
    input.value = initial ?? cell.e ?? cell.d ?? '';
    control = input;
  }
  control.className = 'cell-editor';
  control.setAttribute('aria-label', `Edit ${a1Of(row, column)}`);
  control.addEventListener('keydown', (event) => {
    const key = (event as KeyboardEvent).key;
    if (key === 'Enter') {
      event.preventDefault();
      void commitEdit(1, 0);
    } else if (key === 'Tab') {
      event.preventDefault();
      void commitEdit(0, (event as KeyboardEvent).shiftKey ? -1 : 1);
    } else if (key === 'Escape') {
      event.preventDefault();
      cancelEdit();
    }
    event.stopPropagation();
  });
  control.addEventListener('blur', () => {
    if (editing && !editing.done) void commitEdit(0, 0, false);
  });
  editing = { row, column, control, done: false };
  td.append(control);
  control.focus();
  if (control instanceof HTMLInputElement) control.setSelectionRange(control.value.length, control.value.length);
}

function finishEditing(): void {
  const current = editing;
  editing = null;
  current?.control.remove();
  if (pendingState) {
    const next = pendingState;
    pendingState = null;
    apply(next);
  }
}

function cancelEdit(): void {
  if (!editing) return;
  editing.done = true;
  finishEditing();
  markSelection(true);
}

async function commitEdit(down: number, right: number, refocus = true): Promise<void> {
  if (!editing || editing.done || !state) return;
  editing.done = true;
  const { row, column, control } = editing;
  const value = control.value;
  const cell = cellAt(row, column);
  const unchanged = value === (cell.e ?? cell.d ?? '');
  finishEditing();
  if (refocus) select(row + down, column + right);
  if (unchanged) return;
  // Show what was typed at once; the server's answer (after onEdit) replaces it.
  const text = cellElement(row, column)?.querySelector('.cell-text');
  if (text) text.textContent = value;
  await sendEdit(row, column, value);
}

async function sendEdit(row: number, column: number, value: string | boolean): Promise<void> {
  if (!state) return;
  try {
    const result = await post<{ ok?: boolean; rejected?: string; state: PreviewState }>('/api/edit', {
      sheet: state.active,
      a1: a1Of(row, column),
      value,
    });
    apply(result.state);
    if (result.rejected)
      enqueueAlerts([
        {
          id: `rejected-${Date.now()}`,
          title: 'There was a problem',
          prompt: result.rejected,
          buttons: 'OK',
          response: 'OK',
        },
      ]);
  } catch (error) {
    showToast({ title: 'Edit failed', message: String((error as Error).message) }, true);
  }
}

function toggleCheckbox(row: number, column: number): void {
  if (state?.viewing) return;
  const cell = cellAt(row, column);
  void sendEdit(row, column, /^true$/i.test(cell.d ?? '') ? 'FALSE' : 'TRUE');
}

function installGridEvents(): void {
  const table = byId<HTMLTableElement>('grid');
  const target = (event: Event) => (event.target as HTMLElement).closest<HTMLTableCellElement>('td[data-row]');
  table.addEventListener('mousedown', (event) => {
    const td = target(event);
    if (!td || (event.target as HTMLElement).classList.contains('cell-editor')) return;
    const row = Number(td.dataset.row);
    const column = Number(td.dataset.column);
    if (editing) void commitEdit(0, 0, false);
    event.preventDefault();
    select(row, column);
    if (cellAt(row, column).cb && (event.target as HTMLElement).classList.contains('checkbox-mark'))
      toggleCheckbox(row, column);
    if (cellAt(row, column).dd && (event.target as HTMLElement).classList.contains('dropdown-mark'))
      startEdit(row, column);
  });
  table.addEventListener('dblclick', (event) => {
    const td = target(event);
    if (!td || editing) return;
    startEdit(Number(td.dataset.row), Number(td.dataset.column));
  });
  table.addEventListener('keydown', (event) => {
    if (editing) return;
    const { row, column } = selected;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    if (moves[event.key]) {
      event.preventDefault();
      select(row + moves[event.key][0], column + moves[event.key][1]);
    } else if (event.key === 'Tab' && !event.ctrlKey && !event.altKey) {
      const columns = state?.grid.cells[0]?.length ?? 0;
      const next = column + (event.shiftKey ? -1 : 1);
      if (next >= 0 && next < columns) {
        event.preventDefault();
        select(row, next);
      }
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      startEdit(row, column);
    } else if (event.key === ' ' && cellAt(row, column).cb) {
      event.preventDefault();
      toggleCheckbox(row, column);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      if ((cellAt(row, column).d ?? '') !== '') void sendEdit(row, column, '');
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      startEdit(row, column, event.key);
    }
  });
}

// ----- tabs -----

function renderTabs(view: PreviewState): void {
  const list = byId('tabs');
  const key = JSON.stringify([view.sheets, view.active]);
  if (list.dataset.key === key) return;
  list.dataset.key = key;
  list.replaceChildren(
    ...view.sheets.map((name) => {
      const tab = document.createElement('button');
      tab.type = 'button';
      tab.className = 'tab';
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-selected', String(name === view.active));
      tab.tabIndex = name === view.active ? 0 : -1;
      tab.textContent = name;
      tab.addEventListener('click', () => void switchSheet(name));
      tab.addEventListener('keydown', (event) => {
        const tabs = [...list.querySelectorAll<HTMLButtonElement>('.tab')];
        const index = tabs.indexOf(tab);
        if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
          event.preventDefault();
          tabs[(index + (event.key === 'ArrowRight' ? 1 : -1) + tabs.length) % tabs.length]?.focus();
        }
      });
      return tab;
    }),
  );
}

async function switchSheet(name: string): Promise<void> {
  if (!state || name === state.active) return;
  const result = await post<{ state: PreviewState }>('/api/select', { sheet: name });
  apply(result.state);
}

// ----- sidebar, dialogs, toasts, alerts -----

function renderSidebar(view: PreviewState): void {
  const aside = byId('sidebar');
  const frame = byId<HTMLIFrameElement>('sidebar-frame');
  if (!view.sidebar) {
    if (sidebarId !== null) {
      aside.hidden = true;
      frame.src = 'about:blank';
      sidebarId = null;
    }
    return;
  }
  if (view.sidebar.id === sidebarId) return;
  sidebarId = view.sidebar.id;
  byId('sidebar-title').textContent = view.sidebar.title;
  frame.title = view.sidebar.title || 'Sidebar';
  aside.hidden = false;
  frame.src = `/sidebar?id=${view.sidebar.id}`;
}

async function closePanel(kind: 'sidebar' | 'dialog'): Promise<void> {
  if (kind === 'sidebar') {
    byId('sidebar').hidden = true;
    byId<HTMLIFrameElement>('sidebar-frame').src = 'about:blank';
    sidebarId = null;
  } else {
    byId('dialog-layer').hidden = true;
    byId<HTMLIFrameElement>('dialog-frame').src = 'about:blank';
    dialogId = null;
  }
  const result = await post<{ state: PreviewState }>('/api/close', { kind });
  apply(result.state);
  markSelection(true);
}

function renderDialog(view: PreviewState): void {
  const layer = byId('dialog-layer');
  const frame = byId<HTMLIFrameElement>('dialog-frame');
  if (!view.dialog) {
    if (dialogId !== null) {
      layer.hidden = true;
      frame.src = 'about:blank';
      dialogId = null;
    }
    return;
  }
  if (view.dialog.id === dialogId) return;
  dialogId = view.dialog.id;
  byId('dialog-title').textContent = view.dialog.title;
  frame.title = view.dialog.title || 'Dialog';
  frame.style.width = `${view.dialog.width ?? 600}px`;
  frame.style.height = `${view.dialog.height ?? 400}px`;
  layer.hidden = false;
  frame.src = `/dialog?id=${view.dialog.id}`;
  byId('dialog-close').focus();
}

function showToast(toast: { title: string; message: string }, error = false): void {
  const box = byId('toasts');
  const item = document.createElement('div');
  item.className = error ? 'toast error' : 'toast';
  if (toast.title) {
    const title = document.createElement('p');
    title.className = 'toast-title';
    title.textContent = toast.title;
    item.append(title);
  }
  const message = document.createElement('p');
  message.className = 'toast-message';
  const links = appendLinkedText(message, toast.message);
  item.append(message);
  if (links > 0) {
    // A toast with a link stays until it is closed, so the link can be followed.
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'toast-close';
    close.setAttribute('aria-label', 'Close');
    close.textContent = '×';
    close.addEventListener('click', () => item.remove());
    item.prepend(close);
  }
  box.append(item);
  if (links === 0) setTimeout(() => item.remove(), error ? 10000 : 6000);
}

/** Appends text to an element with every http(s) URL in it as a link (text nodes only, never markup); returns how many links. */
function appendLinkedText(element: HTMLElement, text: string): number {
  let links = 0;
  let last = 0;
  for (const match of text.matchAll(/https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)]/g)) {
    const at = match.index ?? 0;
    element.append(document.createTextNode(text.slice(last, at)));
    const link = document.createElement('a');
    link.href = match[0];
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.textContent = match[0];
    // A link to a spreadsheet the preview holds (the stakeholder copy) opens it here, not at Google.
    const id = /\/spreadsheets\/d\/([\w-]+)/.exec(match[0])?.[1];
    link.addEventListener('click', (event) => {
      if (!id || !state?.spreadsheets.some((entry) => entry.id === id)) return;
      event.preventDefault();
      void post<{ state: PreviewState }>('/api/view', {
        spreadsheet: id === state.spreadsheets[0].id ? null : id,
      }).then((result) => apply(result.state));
    });
    element.append(link);
    links++;
    last = at + match[0].length;
  }
  element.append(document.createTextNode(text.slice(last)));
  return links;
}

function enqueueAlerts(alerts: PreviewState['alerts']): void {
  for (const alert of alerts) {
    if (shownAlerts.has(alert.id)) continue;
    shownAlerts.add(alert.id);
    alertQueue.push(alert);
  }
  showNextAlert();
}

/** Fills the alert box: title, text, an input for a prompt, and one button per choice. */
function fillAlert(
  title: string,
  text: string,
  buttons: Array<[string, string]>,
  input: boolean,
  onClick: (name: string) => void,
): void {
  byId('alert-title').textContent = title || 'Content Calendar';
  byId('alert-text').textContent = text;
  byId('alert-note').textContent = '';
  const field = byId<HTMLInputElement>('alert-input');
  field.hidden = !input;
  field.value = '';
  const actions = byId('alert-actions');
  actions.replaceChildren(
    ...buttons.map(([name, label], index) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = index === 0 ? 'button primary' : 'button';
      if (index === 0) button.id = 'alert-ok';
      button.dataset.button = name;
      button.textContent = label;
      button.addEventListener('click', () => onClick(name));
      return button;
    }),
  );
  alertReturnFocus = document.activeElement as HTMLElement | null;
  byId('alert-layer').hidden = false;
  (input ? field : byId('alert-ok')).focus();
}

function showNextAlert(): void {
  const layer = byId('alert-layer');
  if (!layer.hidden || pendingShown !== null) return;
  const alert = alertQueue.shift();
  if (!alert) return;
  currentAlert = alert;
  fillAlert(alert.title, alert.prompt, BUTTON_SETS.OK, false, () => closeAlert());
}

function closeAlert(): void {
  if (pendingShown !== null) {
    answerPending('CLOSE');
    return;
  }
  currentAlert = null;
  byId('alert-layer').hidden = true;
  alertReturnFocus?.focus();
  showNextAlert();
}

/** Shows the prompt or choice the script waits on (Ui.prompt, Ui.alert with buttons): the person answers it here. */
function renderPending(view: PreviewState): void {
  const pending = view.pending;
  if (!pending) {
    if (pendingShown !== null) {
      pendingShown = null;
      byId('alert-layer').hidden = true;
      showNextAlert();
    }
    return;
  }
  if (pending.id === pendingShown) return;
  // An information alert on screen waits behind the question, and comes back after it.
  if (currentAlert) alertQueue.unshift(currentAlert);
  currentAlert = null;
  pendingShown = pending.id;
  byId('alert-layer').hidden = true;
  fillAlert(
    pending.title,
    pending.prompt,
    BUTTON_SETS[pending.buttons] ?? BUTTON_SETS.OK,
    pending.kind === 'prompt',
    (name) => answerPending(name),
  );
}

/** Sends the person's answer; the server replays the script with it. */
function answerPending(button: string): void {
  const id = pendingShown;
  if (id === null) return;
  const text = byId<HTMLInputElement>('alert-input').value;
  byId('alert-layer').hidden = true;
  pendingShown = null;
  alertReturnFocus?.focus();
  void post<{ state: PreviewState }>('/api/answer', { id, button, text })
    .then((result) => apply(result.state))
    .catch((error: unknown) => showToast({ title: 'Preview', message: String(error) }, true));
}

// ----- other spreadsheets (a stakeholder copy, ...) -----

/** The spreadsheet switcher and, when another spreadsheet is shown, the read-only banner. */
function renderSpreadsheets(view: PreviewState): void {
  const picker = byId<HTMLSelectElement>('spreadsheet-picker');
  const key = JSON.stringify([view.spreadsheets, view.viewing?.id ?? null]);
  if (picker.dataset.key !== key) {
    picker.dataset.key = key;
    picker.replaceChildren(
      ...view.spreadsheets.map((entry, index) => {
        const option = document.createElement('option');
        option.value = entry.id;
        option.textContent = index === 0 ? `${entry.name} (this calendar)` : entry.name;
        return option;
      }),
    );
    picker.value = view.viewing?.id ?? view.spreadsheets[0]?.id ?? '';
    byId('spreadsheet-switch').hidden = view.spreadsheets.length < 2;
  }
  const banner = byId('viewing-banner');
  banner.hidden = !view.viewing;
  byId('viewing-name').textContent = view.viewing?.name ?? '';
  document.body.classList.toggle('viewing-other', Boolean(view.viewing));
}

/** The "Acting as" list: the owner and the team's people; picking one makes the scripts see that user. */
function renderUsers(view: PreviewState): void {
  const picker = byId<HTMLSelectElement>('user-picker');
  const key = JSON.stringify([view.users, view.user]);
  if (picker.dataset.key === key) return;
  picker.dataset.key = key;
  picker.replaceChildren(
    ...view.users.map((email, index) => {
      const option = document.createElement('option');
      option.value = email;
      option.textContent = index === 0 ? `${email} (owner)` : email;
      return option;
    }),
  );
  picker.value = view.user;
}

async function backToCalendar(): Promise<void> {
  const result = await post<{ state: PreviewState }>('/api/view', { spreadsheet: null });
  apply(result.state);
}

// ----- state -----

function apply(next: PreviewState): void {
  if (reloadSeen !== null && next.reload !== reloadSeen) {
    location.reload();
    return;
  }
  reloadSeen = next.reload;
  if (next.version < renderedVersion) return;
  if (editing) {
    pendingState = next;
    return;
  }
  renderedVersion = next.version;
  const sheetChanged = !state || state.active !== next.active;
  state = next;
  document.title = `${next.title} — Content Calendar preview`;
  byId('doc-title').textContent = next.title;
  renderMenus(next.menus);
  renderTabs(next);
  if (sheetChanged) {
    const at = next.selection ? parseA1(next.selection) : null;
    selected = at ?? { row: 0, column: 0 };
  }
  renderGrid(next);
  renderSidebar(next);
  renderDialog(next);
  renderSpreadsheets(next);
  renderUsers(next);
  renderPending(next);
  let seen = false;
  for (const toast of next.toasts) {
    if (toast.id <= lastToastId) continue;
    lastToastId = toast.id;
    showToast(toast);
    seen = true;
  }
  for (const error of next.errors) {
    if (error.id <= lastErrorId) continue;
    lastErrorId = error.id;
    showToast({ title: 'Script error', message: error.message }, true);
  }
  if (next.alerts.length > 0) {
    enqueueAlerts(next.alerts);
    seen = true;
  }
  if (seen) void post('/api/seen', {}).catch(() => undefined);
}

async function poll(): Promise<void> {
  for (;;) {
    try {
      const response = await fetch(`/api/state?after=${renderedVersion}`);
      const next = (await response.json()) as PreviewState & { unchanged?: boolean };
      if (!next.unchanged) apply(next);
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

/** The grid's zoom (like Sheets' zoom menu), remembered in this browser. */
function installZoom(): void {
  const zoom = byId<HTMLSelectElement>('zoom');
  const applyZoom = (value: string) => {
    byId('grid').style.setProperty('zoom', value);
    if (state) renderGrid(state);
  };
  const saved = localStorage.getItem('preview-zoom');
  if (saved && [...zoom.options].some((option) => option.value === saved)) zoom.value = saved;
  byId('grid').style.setProperty('zoom', zoom.value);
  zoom.addEventListener('change', () => {
    localStorage.setItem('preview-zoom', zoom.value);
    applyZoom(zoom.value);
  });
}

function start(): void {
  installGridEvents();
  installZoom();
  byId('sidebar-close').addEventListener('click', () => void closePanel('sidebar'));
  byId('viewing-back').addEventListener('click', () => void backToCalendar());
  byId<HTMLSelectElement>('user-picker').addEventListener('change', (event) => {
    const email = (event.target as HTMLSelectElement).value;
    void post<{ state: PreviewState }>('/api/user', { email }).then((result) => apply(result.state));
  });
  byId('dialog-close').addEventListener('click', () => void closePanel('dialog'));
  byId('alert-layer').addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closeAlert();
    if (event.key === 'Enter' && event.target === byId('alert-input')) {
      event.preventDefault();
      byId('alert-ok').click();
    }
    if (event.key === 'Tab') {
      // Keep focus inside the dialog: the input (for a prompt) and the buttons.
      const stops = [byId('alert-input'), ...byId('alert-actions').querySelectorAll('button')].filter(
        (element) => !element.hidden,
      ) as HTMLElement[];
      const index = stops.indexOf(document.activeElement as HTMLElement);
      event.preventDefault();
      stops[(index + (event.shiftKey ? -1 : 1) + stops.length) % stops.length]?.focus();
    }
  });
  byId<HTMLSelectElement>('spreadsheet-picker').addEventListener('change', (event) => {
    const picker = event.target as HTMLSelectElement;
    const own = state?.spreadsheets[0]?.id;
    void post<{ state: PreviewState }>('/api/view', { spreadsheet: picker.value === own ? null : picker.value }).then(
      (result) => apply(result.state),
    );
  });
  byId('dialog-layer').addEventListener('keydown', (event) => {
    if (event.key === 'Escape') void closePanel('dialog');
  });
  document.addEventListener('mousedown', (event) => {
    if (!(event.target as HTMLElement).closest('.menu')) closeMenus();
  });
  // google.script.host.close() and friends, posted by the stand-in inside a sidebar or dialog.
  window.addEventListener('message', (event) => {
    if (event.origin !== location.origin) return;
    const data = event.data as { type?: string; action?: string; value?: unknown } | null;
    if (!data || data.type !== 'gas-host') return;
    const sidebarFrame = byId<HTMLIFrameElement>('sidebar-frame');
    const dialogFrame = byId<HTMLIFrameElement>('dialog-frame');
    const kind =
      event.source === sidebarFrame.contentWindow
        ? 'sidebar'
        : event.source === dialogFrame.contentWindow
          ? 'dialog'
          : null;
    if (!kind) return;
    if (data.action === 'close') void closePanel(kind);
    else if (kind === 'dialog' && data.action === 'setHeight' && typeof data.value === 'number')
      dialogFrame.style.height = `${data.value}px`;
    else if (kind === 'dialog' && data.action === 'setWidth' && typeof data.value === 'number')
      dialogFrame.style.width = `${data.value}px`;
    else if (data.action === 'focusEditor') markSelection(true);
  });
  void poll();
}

start();
