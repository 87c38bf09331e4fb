/** Ui (SpreadsheetApp.getUi()): menus, sidebars, dialogs, alerts and prompts, recorded for tests, with scripted responses (U-01..U-08). */

import { wrapService } from '../core/context';
import { ServiceException, typeToken } from '../core/errors';
import { enumName, makeEnum } from '../runtime/enums';
import type { Runtime } from '../runtime/runtime';
import { asHtmlOutput } from './html-service';

/** One entry of a menu. */
export type MenuEntry =
  | { type: 'item'; caption: string; functionName: string }
  | { type: 'separator' }
  | { type: 'submenu'; caption: string; items: MenuEntry[] };

/** A menu added with addToUi(). */
export interface MenuRecord {
  /** What the user sees: the add-on's name under Extensions for add-ons (U-02, U-03), else the caption. */
  caption: string;
  /** The caption passed to createMenu (null for createAddonMenu). */
  requestedCaption: string | null;
  location: 'menubar' | 'extensions';
  items: MenuEntry[];
  executionId: number;
}

/** A sidebar shown (always 300 px wide, U-07). */
export interface SidebarRecord {
  title: string;
  html: string;
  width: 300;
  executionId: number;
}

/** A dialog shown. */
export interface DialogRecord {
  title: string;
  html: string;
  width: number | null;
  height: number | null;
  modal: boolean;
  executionId: number;
}

/** An alert shown and the button that answered it. */
export interface AlertRecord {
  title: string;
  prompt: string;
  buttons: string;
  response: string;
}

/** A prompt shown and its scripted answer. */
export interface PromptRecord extends AlertRecord {
  responseText: string;
}

/** Everything the UI showed, plus the queued answers for alerts and prompts. */
export interface UiRecords {
  menus: MenuRecord[];
  sidebars: SidebarRecord[];
  dialogs: DialogRecord[];
  alerts: AlertRecord[];
  prompts: PromptRecord[];
  /** Buttons (names: OK, CANCEL, YES, NO, CLOSE) the next alerts return, first first. */
  alertResponses: string[];
  /** Answers the next prompts return. */
  promptResponses: Array<{ button?: string; text?: string }>;
  /**
   * Called before an alert or prompt is answered, with whether an answer is queued for it. A host that
   * lets a person answer (the local preview) throws here to suspend the execution until the answer is
   * known; with no hook, an unqueued dialog gets its first button (and a prompt the empty text).
   */
  beforeDialog?: (
    kind: 'alert' | 'prompt',
    dialog: { title: string; prompt: string; buttons: string },
    queued: boolean,
  ) => void;
}

/** UI options. */
export interface UiOptions {
  /** The add-on's store name, used as the Extensions sub-menu caption. */
  addonName: string;
  /** Whether the script runs as an add-on (createMenu captions are then ignored, U-02). */
  isAddon: boolean;
}

const Button = makeEnum(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);
const ButtonSet = makeEnum(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);
const BUTTONS_OF: Record<string, string[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

/** A menu being built. */
export class MenuImpl implements Pick<
  GoogleAppsScript.Base.Menu,
  'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'
> {
  readonly items: MenuEntry[] = [];
  constructor(
    private readonly ui: UiImpl,
    readonly caption: string,
    readonly addon: boolean,
  ) {}
  addItem(caption: string, functionName: string): GoogleAppsScript.Base.Menu {
    if (typeof caption !== 'string' || typeof functionName !== 'string') {
      throw new ServiceException(
        `The parameters (${[caption, functionName].map(typeToken).join(',')}) don't match the method signature for Menu.addItem.`,
      );
    }
    this.items.push({ type: 'item', caption, functionName });
    return this.self();
  }
  addSeparator(): GoogleAppsScript.Base.Menu {
    this.items.push({ type: 'separator' });
    return this.self();
  }
  addSubMenu(menu: GoogleAppsScript.Base.Menu): GoogleAppsScript.Base.Menu {
    if (!(menu instanceof MenuImpl))
      throw new ServiceException(
        `The parameters (${typeToken(menu)}) don't match the method signature for Menu.addSubMenu.`,
      );
    this.items.push({ type: 'submenu', caption: menu.caption, items: menu.items });
    return this.self();
  }
  addToUi(): void {
    this.ui.addMenu(this);
  }
  toString(): string {
    return 'Menu';
  }
  private self(): GoogleAppsScript.Base.Menu {
    return this as unknown as GoogleAppsScript.Base.Menu;
  }
}

/** A prompt's answer. */
export class PromptResponseImpl implements Pick<
  GoogleAppsScript.Base.PromptResponse,
  'getResponseText' | 'getSelectedButton'
> {
  constructor(
    private readonly text: string,
    private readonly button: string,
  ) {}
  /** The typed text, even when the user cancelled (U-06). */
  getResponseText(): string {
    return this.text;
  }
  getSelectedButton(): GoogleAppsScript.Base.Button {
    return Button[this.button as keyof typeof Button] as unknown as GoogleAppsScript.Base.Button;
  }
  toString(): string {
    return 'PromptResponse';
  }
}

/** The Ui object. */
export class UiImpl implements Pick<
  GoogleAppsScript.Base.Ui,
  | 'alert'
  | 'createAddonMenu'
  | 'createMenu'
  | 'prompt'
  | 'showModalDialog'
  | 'showModelessDialog'
  | 'showSidebar'
  | 'showDialog'
> {
  readonly Button = Button as unknown as typeof GoogleAppsScript.Base.Button;
  readonly ButtonSet = ButtonSet as unknown as typeof GoogleAppsScript.Base.ButtonSet;

  constructor(
    private readonly runtime: Runtime,
    private readonly records: UiRecords,
    private readonly options: UiOptions,
  ) {}

  alert(...args: unknown[]): GoogleAppsScript.Base.Button {
    const { title, prompt, buttons } = this.dialogArgs('alert', args);
    this.records.beforeDialog?.('alert', { title, prompt, buttons }, this.records.alertResponses.length > 0);
    this.runtime.suspend();
    const response = this.answer(this.records.alertResponses.shift(), buttons);
    this.records.alerts.push({ title, prompt, buttons, response });
    return Button[response as keyof typeof Button] as unknown as GoogleAppsScript.Base.Button;
  }

  prompt(...args: unknown[]): GoogleAppsScript.Base.PromptResponse {
    const { title, prompt, buttons } = this.dialogArgs('prompt', args);
    this.records.beforeDialog?.('prompt', { title, prompt, buttons }, this.records.promptResponses.length > 0);
    this.runtime.suspend();
    const scripted = this.records.promptResponses.shift() ?? {};
    const response = this.answer(scripted.button, buttons);
    const responseText = scripted.text ?? '';
    this.records.prompts.push({ title, prompt, buttons, response, responseText });
    return wrapService(
      new PromptResponseImpl(responseText, response),
      'PromptResponse',
      this.runtime.context,
    ) as unknown as GoogleAppsScript.Base.PromptResponse;
  }

  createAddonMenu(): GoogleAppsScript.Base.Menu {
    return this.menu(new MenuImpl(this, this.options.addonName, true));
  }

  createMenu(caption: string): GoogleAppsScript.Base.Menu {
    if (typeof caption !== 'string')
      throw new ServiceException(
        `The parameters (${typeToken(caption)}) don't match the method signature for Ui.createMenu.`,
      );
    return this.menu(new MenuImpl(this, caption, false));
  }

  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    const output = this.output('showSidebar', userInterface);
    this.records.sidebars.push({
      title: output.title,
      html: output.html,
      width: 300,
      executionId: this.runtime.context.executionId,
    });
  }

  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.dialog('showModalDialog', userInterface, title, true);
  }

  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.dialog('showModelessDialog', userInterface, title, false);
  }

  showDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    const output = this.output('showDialog', userInterface);
    this.dialog('showDialog', userInterface, output.title, true);
  }

  toString(): string {
    return 'Ui';
  }

  /** Records a built menu (called by Menu.addToUi). */
  addMenu(menu: MenuImpl): void {
    const extensions = menu.addon || this.options.isAddon;
    this.records.menus.push({
      caption: extensions ? this.options.addonName : menu.caption,
      requestedCaption: menu.addon ? null : menu.caption,
      location: extensions ? 'extensions' : 'menubar',
      items: menu.items,
      executionId: this.runtime.context.executionId,
    });
  }

  private menu(menu: MenuImpl): GoogleAppsScript.Base.Menu {
    return wrapService(menu, 'Menu', this.runtime.context) as unknown as GoogleAppsScript.Base.Menu;
  }

  private output(
    method: string,
    value: unknown,
  ): { title: string; html: string; width: number | null; height: number | null } {
    const output = asHtmlOutput(value);
    if (!output)
      throw new ServiceException(
        `The parameters (${typeToken(value)}) don't match the method signature for Ui.${method}.`,
      );
    return output.__snapshot;
  }

  private dialog(method: string, userInterface: unknown, title: unknown, modal: boolean): void {
    const output = this.output(method, userInterface);
    this.records.dialogs.push({
      title: title === undefined || title === null ? output.title : String(title),
      html: output.html,
      width: output.width,
      height: output.height,
      modal,
      executionId: this.runtime.context.executionId,
    });
  }

  private dialogArgs(method: string, args: unknown[]): { title: string; prompt: string; buttons: string } {
    let title = '';
    let prompt: unknown;
    let buttons: unknown = ButtonSet.OK;
    if (args.length >= 3) [title, prompt, buttons] = args as [string, unknown, unknown];
    else if (args.length === 2) [prompt, buttons] = args;
    else [prompt] = args;
    const buttonSet = enumName(buttons);
    if (typeof prompt !== 'string' || typeof title !== 'string' || !buttonSet || !BUTTONS_OF[buttonSet]) {
      throw new ServiceException(
        `The parameters (${args.map(typeToken).join(',')}) don't match the method signature for Ui.${method}.`,
      );
    }
    return { title, prompt, buttons: buttonSet };
  }

  private answer(scripted: string | undefined, buttonSet: string): string {
    const allowed = BUTTONS_OF[buttonSet];
    if (scripted === undefined) return allowed[0];
    const name = String(scripted).toUpperCase();
    if (name !== 'CLOSE' && !allowed.includes(name)) {
      throw new Error(`Emulator: the queued answer ${name} is not a button of ButtonSet.${buttonSet}`);
    }
    return name;
  }
}

/** Empty UI records. */
export function createUiRecords(): UiRecords {
  return { menus: [], sidebars: [], dialogs: [], alerts: [], prompts: [], alertResponses: [], promptResponses: [] };
}

/**
 * Creates the function SpreadsheetApp.getUi() calls: it returns the wrapped Ui, or throws U-01's error
 * in executions without a UI (time-driven triggers).
 */
export function createUi(runtime: Runtime, records: UiRecords, options: UiOptions): () => GoogleAppsScript.Base.Ui {
  const ui = wrapService(
    new UiImpl(runtime, records, options),
    'Ui',
    runtime.context,
  ) as unknown as GoogleAppsScript.Base.Ui;
  return () => {
    if (!runtime.current.hasUi) throw new ServiceException('Cannot call SpreadsheetApp.getUi() from this context.');
    return ui;
  };
}
