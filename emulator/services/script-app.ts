/** ScriptApp: AuthMode and the other enums, authorization info, and installable triggers the emulator can fire (E-09, E-11, Q-03). */

import { randomUUID } from 'node:crypto';
import { isDate, wrapService } from '../core/context';
import { ServiceException, typeToken } from '../core/errors';
import { enumName, makeEnum } from '../runtime/enums';
import type { Runtime } from '../runtime/runtime';

/** ScriptApp.AuthMode (E-11). */
export const AuthMode = makeEnum(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
const AuthorizationStatus = makeEnum(['REQUIRED', 'NOT_REQUIRED']);
const EventType = makeEnum(['CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED']);
const InstallationSource = makeEnum(['APPS_MARKETPLACE_DOMAIN_ADD_ON', 'NONE', 'WEB_STORE_ADD_ON']);
const TriggerSource = makeEnum(['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR']);
const WeekDay = makeEnum(['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY']);

/** Most installable triggers one user may have in one script. */
export const TRIGGER_LIMIT = 20;
export const TOO_MANY_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

/** One installable trigger, serialisable. */
export interface TriggerState {
  id: string;
  handler: string;
  eventType: 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';
  source: 'CLOCK' | 'SPREADSHEETS';
  sourceId: string;
  /** The user who created it (the trigger runs as this user, T-07). */
  owner: string;
  /** Next virtual time a clock trigger fires; null when it will not fire again. */
  nextRunAt: number | null;
  /** Repeat interval of a clock trigger, null for one-shot (after/at). */
  everyMs: number | null;
}

/** ScriptApp options. */
export interface ScriptAppOptions {
  scriptId: string;
  documentId: () => string;
  isAddon: boolean;
  /** Whether the user has authorized the add-on (getAuthorizationInfo). */
  authorized: () => boolean;
}

const HOUR = 3600000;
const DAY = 24 * HOUR;

/** A trigger handle. */
export class TriggerImpl implements Pick<
  GoogleAppsScript.Script.Trigger,
  'getEventType' | 'getHandlerFunction' | 'getTriggerSource' | 'getTriggerSourceId' | 'getUniqueId'
> {
  constructor(readonly state: TriggerState) {}
  getEventType(): GoogleAppsScript.Script.EventType {
    return EventType[this.state.eventType] as unknown as GoogleAppsScript.Script.EventType;
  }
  getHandlerFunction(): string {
    return this.state.handler;
  }
  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return TriggerSource[this.state.source] as unknown as GoogleAppsScript.Script.TriggerSource;
  }
  getTriggerSourceId(): string {
    return this.state.sourceId;
  }
  getUniqueId(): string {
    return this.state.id;
  }
  toString(): string {
    return 'Trigger';
  }
}

/** ClockTriggerBuilder. */
export class ClockTriggerBuilderImpl implements Pick<
  GoogleAppsScript.Script.ClockTriggerBuilder,
  | 'after'
  | 'at'
  | 'atDate'
  | 'atHour'
  | 'create'
  | 'everyDays'
  | 'everyHours'
  | 'everyMinutes'
  | 'everyWeeks'
  | 'inTimezone'
  | 'nearMinute'
  | 'onMonthDay'
  | 'onWeekDay'
> {
  private firstAt: number | null = null;
  private everyMs: number | null = null;
  private hour: number | null = null;
  private minute: number | null = null;

  constructor(
    private readonly app: ScriptAppImpl,
    private readonly handler: string,
  ) {}

  after(durationMilliseconds: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.firstAt = this.app.runtime.nowMs() + Math.max(0, Number(durationMilliseconds));
    this.everyMs = null;
    return this.self();
  }
  at(date: Date): GoogleAppsScript.Script.ClockTriggerBuilder {
    if (!isDate(date))
      throw new ServiceException(
        `The parameters (${typeToken(date)}) don't match the method signature for ScriptApp.ClockTriggerBuilder.at.`,
      );
    this.firstAt = date.getTime();
    this.everyMs = null;
    return this.self();
  }
  atDate(year: number, month: number, day: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.firstAt = Date.UTC(year, month - 1, day);
    this.everyMs = null;
    return this.self();
  }
  atHour(hour: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.hour = Number(hour);
    return this.self();
  }
  everyDays(n: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.everyMs = Number(n) * DAY;
    return this.self();
  }
  everyHours(n: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    if (![1, 2, 4, 6, 8, 12].includes(Number(n)))
      throw new ServiceException('The value passed to everyHours must be 1, 2, 4, 6, 8 or 12.');
    this.everyMs = Number(n) * HOUR;
    return this.self();
  }
  everyMinutes(n: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    if (![1, 5, 10, 15, 30].includes(Number(n)))
      throw new ServiceException('The value passed to everyMinutes must be 1, 5, 10, 15 or 30.');
    if (this.app.options.isAddon)
      throw new ServiceException('Add-ons can only create time-based triggers that run at most once per hour.');
    this.everyMs = Number(n) * 60000;
    return this.self();
  }
  everyWeeks(n: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.everyMs = Number(n) * 7 * DAY;
    return this.self();
  }
  inTimezone(): GoogleAppsScript.Script.ClockTriggerBuilder {
    return this.self();
  }
  nearMinute(minute: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.minute = Number(minute);
    return this.self();
  }
  onMonthDay(): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.everyMs ??= 30 * DAY;
    return this.self();
  }
  onWeekDay(): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.everyMs ??= 7 * DAY;
    return this.self();
  }
  create(): GoogleAppsScript.Script.Trigger {
    if (this.firstAt === null && this.everyMs === null)
      throw new ServiceException(
        'The trigger has no schedule: call after, at, everyMinutes, everyHours, everyDays or everyWeeks first.',
      );
    let first = this.firstAt ?? this.app.runtime.nowMs() + (this.everyMs as number);
    if (this.firstAt === null && this.hour !== null && (this.everyMs as number) >= DAY) {
      const now = this.app.runtime.nowMs();
      const day = Math.floor(now / DAY) * DAY;
      first = day + this.hour * HOUR + (this.minute ?? 0) * 60000;
      while (first <= now) first += DAY;
    }
    return this.app.addTrigger({
      handler: this.handler,
      eventType: 'CLOCK',
      source: 'CLOCK',
      sourceId: '',
      nextRunAt: first,
      everyMs: this.everyMs,
    });
  }
  toString(): string {
    return 'ClockTriggerBuilder';
  }
  private self(): GoogleAppsScript.Script.ClockTriggerBuilder {
    return this as unknown as GoogleAppsScript.Script.ClockTriggerBuilder;
  }
}

/** SpreadsheetTriggerBuilder. */
export class SpreadsheetTriggerBuilderImpl implements Pick<
  GoogleAppsScript.Script.SpreadsheetTriggerBuilder,
  'create' | 'onChange' | 'onEdit' | 'onFormSubmit' | 'onOpen'
> {
  private eventType: TriggerState['eventType'] | null = null;
  constructor(
    private readonly app: ScriptAppImpl,
    private readonly handler: string,
    private readonly spreadsheetId: string,
  ) {}
  onChange(): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    this.eventType = 'ON_CHANGE';
    return this.self();
  }
  onEdit(): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    this.eventType = 'ON_EDIT';
    return this.self();
  }
  onFormSubmit(): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    this.eventType = 'ON_FORM_SUBMIT';
    return this.self();
  }
  onOpen(): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    this.eventType = 'ON_OPEN';
    return this.self();
  }
  create(): GoogleAppsScript.Script.Trigger {
    if (!this.eventType)
      throw new ServiceException('The trigger has no event type: call onEdit, onChange, onOpen or onFormSubmit first.');
    return this.app.addTrigger({
      handler: this.handler,
      eventType: this.eventType,
      source: 'SPREADSHEETS',
      sourceId: this.spreadsheetId,
      nextRunAt: null,
      everyMs: null,
    });
  }
  toString(): string {
    return 'SpreadsheetTriggerBuilder';
  }
  private self(): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    return this as unknown as GoogleAppsScript.Script.SpreadsheetTriggerBuilder;
  }
}

/** TriggerBuilder. */
export class TriggerBuilderImpl implements Pick<
  GoogleAppsScript.Script.TriggerBuilder,
  'timeBased' | 'forSpreadsheet'
> {
  constructor(
    private readonly app: ScriptAppImpl,
    private readonly handler: string,
  ) {}
  timeBased(): GoogleAppsScript.Script.ClockTriggerBuilder {
    return wrapService(
      new ClockTriggerBuilderImpl(this.app, this.handler),
      'ClockTriggerBuilder',
      this.app.runtime.context,
    ) as unknown as GoogleAppsScript.Script.ClockTriggerBuilder;
  }
  forSpreadsheet(
    sheet: GoogleAppsScript.Spreadsheet.Spreadsheet | string,
  ): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    const id = typeof sheet === 'string' ? sheet : this.app.runtime.context.quietly(() => sheet.getId());
    return wrapService(
      new SpreadsheetTriggerBuilderImpl(this.app, this.handler, id),
      'SpreadsheetTriggerBuilder',
      this.app.runtime.context,
    ) as unknown as GoogleAppsScript.Script.SpreadsheetTriggerBuilder;
  }
  toString(): string {
    return 'TriggerBuilder';
  }
}

/** AuthorizationInfo (https://developers.google.com/apps-script/reference/script/authorization-info). */
export class AuthorizationInfoImpl implements Pick<
  GoogleAppsScript.Script.AuthorizationInfo,
  'getAuthorizationStatus' | 'getAuthorizationUrl'
> {
  constructor(
    private readonly required: boolean,
    private readonly scopes: string[],
    private readonly url: string,
  ) {}
  getAuthorizationStatus(): GoogleAppsScript.Script.AuthorizationStatus {
    return (this.required
      ? AuthorizationStatus.REQUIRED
      : AuthorizationStatus.NOT_REQUIRED) as unknown as GoogleAppsScript.Script.AuthorizationStatus;
  }
  /** A URL when authorization is required, else null (Google: "returns null if no authorization is required"). */
  getAuthorizationUrl(): string {
    return (this.required ? this.url : null) as string;
  }
  /** The authorized scopes (of the requested list, when one was given). */
  getAuthorizedScopes(): string[] {
    return [...this.scopes];
  }
  toString(): string {
    return 'AuthorizationInfo';
  }
}

/** Apps Script's message when a call needs consent the user has not given. */
export const AUTHORIZATION_REQUIRED = 'Authorization is required to perform that action.';

/** ScriptApp. */
export class ScriptAppImpl implements Pick<
  GoogleAppsScript.Script.ScriptApp,
  | 'deleteTrigger'
  | 'getAuthorizationInfo'
  | 'getIdentityToken'
  | 'getInstallationSource'
  | 'getOAuthToken'
  | 'getProjectTriggers'
  | 'getScriptId'
  | 'getUserTriggers'
  | 'invalidateAuth'
  | 'newTrigger'
  | 'requireAllScopes'
  | 'requireScopes'
> {
  readonly AuthMode = AuthMode as unknown as typeof GoogleAppsScript.Script.AuthMode;
  readonly AuthorizationStatus = AuthorizationStatus as unknown as typeof GoogleAppsScript.Script.AuthorizationStatus;
  readonly EventType = EventType as unknown as typeof GoogleAppsScript.Script.EventType;
  readonly InstallationSource = InstallationSource as unknown as typeof GoogleAppsScript.Script.InstallationSource;
  readonly TriggerSource = TriggerSource as unknown as typeof GoogleAppsScript.Script.TriggerSource;
  readonly WeekDay = WeekDay as unknown as typeof GoogleAppsScript.Base.Weekday;

  constructor(
    readonly runtime: Runtime,
    readonly triggers: TriggerState[],
    readonly options: ScriptAppOptions,
  ) {}

  newTrigger(functionName: string): GoogleAppsScript.Script.TriggerBuilder {
    if (typeof functionName !== 'string')
      throw new ServiceException(
        `The parameters (${typeToken(functionName)}) don't match the method signature for ScriptApp.newTrigger.`,
      );
    return wrapService(
      new TriggerBuilderImpl(this, functionName),
      'TriggerBuilder',
      this.runtime.context,
    ) as unknown as GoogleAppsScript.Script.TriggerBuilder;
  }

  /** The current user's triggers in this project. */
  getProjectTriggers(): GoogleAppsScript.Script.Trigger[] {
    const user = this.runtime.current.user;
    return this.triggers.filter((t) => t.owner === user).map((t) => this.wrapTrigger(t));
  }

  getUserTriggers(): GoogleAppsScript.Script.Trigger[] {
    return this.getProjectTriggers();
  }

  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    const id =
      trigger && typeof trigger.getUniqueId === 'function'
        ? this.runtime.context.quietly(() => trigger.getUniqueId())
        : null;
    const index = this.triggers.findIndex((t) => t.id === id);
    if (index >= 0) this.triggers.splice(index, 1);
  }

  getAuthorizationInfo(
    authMode: GoogleAppsScript.Script.AuthMode,
    oAuthScopes?: string[],
  ): GoogleAppsScript.Script.AuthorizationInfo {
    const mode = enumName(authMode);
    if (!mode || !(mode in AuthMode))
      throw new ServiceException(
        `The parameters (${typeToken(authMode)}) don't match the method signature for ScriptApp.getAuthorizationInfo.`,
      );
    const granted = this.grantedScopes();
    const requested = oAuthScopes ?? this.runtime.manifest?.oauthScopes ?? [];
    const missing = granted !== null && requested.some((scope) => !granted.includes(scope));
    const authorized = this.options.authorized() ? (granted ?? requested) : [];
    return wrapService(
      new AuthorizationInfoImpl(
        !this.options.authorized() || missing,
        oAuthScopes ? authorized.filter((scope) => oAuthScopes.includes(scope)) : authorized,
        `https://script.google.com/macros/d/${this.options.scriptId}/authorize`,
      ),
      'AuthorizationInfo',
      this.runtime.context,
    ) as unknown as GoogleAppsScript.Script.AuthorizationInfo;
  }

  /**
   * requireScopes (https://developers.google.com/apps-script/reference/script/script-app#requireScopes(AuthMode,String)):
   * ends the execution when the user has not granted every requested scope. Where Apps Script can show
   * the consent screen (a menu command, the editor) it does so; from a google.script.run call, an
   * installable trigger or a time trigger there is no screen to show, and Google documents none, so the
   * emulator takes the stricter reading: the call just fails with the authorization error, and the page
   * must offer ScriptApp.getAuthorizationInfo(...).getAuthorizationUrl() itself.
   */
  requireScopes(authMode: GoogleAppsScript.Script.AuthMode, oAuthScopes: string[]): void {
    const granted = this.grantedScopes();
    const missing = granted === null ? [] : (oAuthScopes ?? []).filter((scope) => !granted.includes(scope));
    if (this.options.authorized() && missing.length === 0) return;
    const kind = this.runtime.current.kind;
    if (kind === 'menu' || kind === 'direct') this.runtime.authorizationPrompts.push({ kind, scopes: missing });
    void authMode;
    throw new ServiceException(AUTHORIZATION_REQUIRED);
  }

  /** The scopes the user has granted: the manifest's less those they declined; null = every scope (no list). */
  grantedScopes(): string[] | null {
    if (!this.options.authorized()) return [];
    const listed = this.runtime.manifest?.oauthScopes;
    if (!listed) return null;
    return listed.filter((scope) => !this.runtime.declinedScopes.has(scope));
  }

  requireAllScopes(): void {
    if (!this.options.authorized()) throw new ServiceException('Authorization is required to perform that action.');
  }

  getIdentityToken(): string {
    return 'emulator.identity.token';
  }

  getInstallationSource(): GoogleAppsScript.Script.InstallationSource {
    return (this.options.isAddon
      ? InstallationSource.WEB_STORE_ADD_ON
      : InstallationSource.NONE) as unknown as GoogleAppsScript.Script.InstallationSource;
  }

  getOAuthToken(): string {
    return 'ya29.emulator-oauth-token';
  }

  getScriptId(): string {
    return this.options.scriptId;
  }

  invalidateAuth(): void {}

  toString(): string {
    return 'ScriptApp';
  }

  /** Adds a trigger for the current user, enforcing the 20-per-user limit. */
  addTrigger(partial: Omit<TriggerState, 'id' | 'owner'>): GoogleAppsScript.Script.Trigger {
    const owner = this.runtime.current.user;
    if (this.triggers.filter((t) => t.owner === owner).length >= TRIGGER_LIMIT)
      throw new ServiceException(TOO_MANY_TRIGGERS);
    const state: TriggerState = {
      id: String(Math.abs(parseInt(randomUUID().replace(/-/g, '').slice(0, 12), 16))),
      owner,
      ...partial,
    };
    this.triggers.push(state);
    return this.wrapTrigger(state);
  }

  private wrapTrigger(state: TriggerState): GoogleAppsScript.Script.Trigger {
    return wrapService(
      new TriggerImpl(state),
      'Trigger',
      this.runtime.context,
    ) as unknown as GoogleAppsScript.Script.Trigger;
  }
}

/** Creates the wrapped ScriptApp global over a trigger list. */
export function createScriptApp(
  runtime: Runtime,
  triggers: TriggerState[],
  options: ScriptAppOptions,
): GoogleAppsScript.Script.ScriptApp {
  return wrapService(
    new ScriptAppImpl(runtime, triggers, options),
    'ScriptApp',
    runtime.context,
  ) as unknown as GoogleAppsScript.Script.ScriptApp;
}
