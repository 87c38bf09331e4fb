/** The emulator's execution model: the loaded bundle, one realm per execution, who runs it in which auth mode, the virtual clock and the logs. */

import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { EmulatorContext } from '../core/context';
import { ServiceException } from '../core/errors';
import { instantiateBundle, readBundle, type BundleFunction, type BundleInstance, type BundleSource } from './bundle';

/** A `ScriptApp.AuthMode` name. */
export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

/** What started an execution. */
export type ExecutionKind =
  'direct' | 'simple-trigger' | 'installable-trigger' | 'time-trigger' | 'menu' | 'rpc' | 'install';

/** One running execution (a trigger, a menu click, one google.script.run call, ...). */
export interface Execution {
  id: number;
  kind: ExecutionKind;
  authMode: AuthModeName;
  /** The person at the keyboard (`Session.getActiveUser()` when revealed). */
  user: string;
  /** Whose authority the script runs with (T-07): the trigger's creator for installable triggers, else `user`. */
  effectiveUser: string;
  /** Whether `SpreadsheetApp.getUi()` works (U-01: not in time-driven triggers). */
  hasUi: boolean;
  /** Virtual start time (ms since epoch). */
  startedAt: number;
  /** Run-time limit: 30 s for simple triggers, 6 min otherwise. */
  limitMs: number;
  functionName?: string;
  triggerUid?: string;
}

/** What happened in one finished execution. */
export interface ExecutionRecord {
  id: number;
  kind: ExecutionKind;
  functionName?: string;
  user: string;
  authMode: AuthModeName;
  ok: boolean;
  error?: string;
  /** Virtual milliseconds the execution took (only Utilities.sleep, lock waits and clock.advance move it). */
  elapsedMs: number;
  limitMs: number;
}

/** One line written by Logger.log or console.*. */
export interface LogEntry {
  level: 'log' | 'info' | 'warn' | 'error' | 'debug' | 'Logger';
  message: string;
  executionId: number;
}

/** The parts of appsscript.json the emulator honours. */
export interface Manifest {
  timeZone?: string;
  oauthScopes?: string[];
  /** Advanced services: each is a global (named `userSymbol`) only when listed here. */
  dependencies?: { enabledAdvancedServices?: Array<{ userSymbol: string; serviceId: string; version: string }> };
}

/** An advanced service the emulator provides, installed in a realm only when the manifest enables it. */
export interface AdvancedService {
  serviceId: string;
  version: string;
  value: unknown;
}

/** Runtime options (a subset of createEmulator's). */
export interface RuntimeOptions {
  /** The add-on developer's email; simple triggers reveal the active user's email only within its domain (E-12). */
  developerEmail: string;
  /** Evaluate the bundle's global scope anew for every execution, as Apps Script does (default true). */
  freshGlobalsPerExecution: boolean;
  /** Honour appsscript.json `oauthScopes` next to the bundle (default true). */
  enforceManifestScopes: boolean;
  /** Set process.env.TZ to the script time zone while the bundle runs, so its `new Date(y, m, d)` is local to the script zone (default true). */
  setProcessTimeZone: boolean;
  /** Whether the script's time zone was given explicitly (else the manifest's wins). */
  explicitScriptTimeZone: boolean;
  /** The conservative runtime: the bundle's realm lacks `longOffset`, `Intl.Segmenter` and `Intl.PluralRules` (default false). */
  conservativeRuntime?: boolean;
}

const SIX_MINUTES = 6 * 60 * 1000;

/** The shared execution state every emulated service reads. */
export class Runtime {
  readonly context: EmulatorContext;
  readonly options: RuntimeOptions;
  /** Milliseconds the virtual clock is ahead of the base clock. */
  clockOffset = 0;
  bundle: BundleSource | null = null;
  manifest: Manifest | null = null;
  /** The realm bundle code currently runs in. */
  instance: BundleInstance | null = null;
  /** The Apps Script globals installed in every realm. */
  globals: Record<string, unknown> = {};
  /** The advanced services the emulator provides (Sheets v4, Drive v3, ...); see enabledGlobals(). */
  advancedServices: AdvancedService[] = [];
  /** Scopes the user left unticked on the granular consent screen (granted = manifest scopes less these). */
  readonly declinedScopes = new Set<string>();
  /** Consent screens Apps Script showed (requireScopes in a menu command); none from google.script.run. */
  readonly authorizationPrompts: Array<{ kind: ExecutionKind; scopes: string[] }> = [];
  readonly logs: LogEntry[] = [];
  readonly history: ExecutionRecord[] = [];
  /** Called when an execution ends (locks release, L-04). */
  readonly onExecutionEnd: Array<(execution: Execution) => void> = [];
  /** Called when the script is suspended by Ui.alert / Ui.prompt (locks don't survive it, U-05). */
  readonly onSuspend: Array<(execution: Execution) => void> = [];
  private readonly stack: Execution[] = [];
  /** A realm evaluated ahead of the next execution by prewarm(), used once. */
  private warm: BundleInstance | null = null;
  private lastExecutionId = 0;
  private readonly directExecution: Execution;

  constructor(context: EmulatorContext, options: RuntimeOptions) {
    this.context = context;
    this.options = options;
    const baseNow = context.now;
    context.now = () => new Date(baseNow().getTime() + this.clockOffset);
    this.directExecution = {
      id: 0,
      kind: 'direct',
      authMode: 'FULL',
      user: context.userEmail,
      effectiveUser: context.userEmail,
      hasUi: true,
      startedAt: context.now().getTime(),
      limitMs: Infinity,
    };
    context.beforeCall.push(() => this.checkTimeLimit());
  }

  /** The execution running now (a pseudo-execution with id 0 when code is called directly). */
  get current(): Execution {
    return (
      this.stack[this.stack.length - 1] ?? {
        ...this.directExecution,
        user: this.context.userEmail,
        effectiveUser: this.context.userEmail,
      }
    );
  }

  /** True while an execution started by the emulator is running. */
  get inExecution(): boolean {
    return this.stack.length > 0;
  }

  /** Every execution currently on the stack (outer first); nested ones model concurrent executions. */
  get running(): readonly Execution[] {
    return this.stack;
  }

  /** Moves the virtual clock forward. */
  advance(ms: number): void {
    if (ms > 0) this.clockOffset += ms;
  }

  /** Virtual now in ms. */
  nowMs(): number {
    return this.context.now().getTime();
  }

  /** Reads and compiles the bundle, reads appsscript.json beside it, and makes the base realm. */
  loadBundle(path: string): Record<string, BundleFunction> {
    this.bundle = readBundle(path);
    this.warm = null;
    const manifestPath = join(this.bundle.dir, 'appsscript.json');
    this.manifest = existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest) : null;
    if (this.manifest?.timeZone && !this.options.explicitScriptTimeZone) {
      (this.context as { scriptTimeZone: string }).scriptTimeZone = this.manifest.timeZone;
    }
    this.instance = this.instantiate();
    return this.instance.functions;
  }

  /** Evaluates the bundle (if any) in a brand-new realm and makes it current. */
  instantiate(): BundleInstance {
    this.applyProcessTimeZone();
    const instance = instantiateBundle(this.bundle, this.enabledGlobals(), () => this.nowMs(), {
      conservativeIntl: this.options.conservativeRuntime === true,
    });
    this.instance = instance;
    this.context.realm = instance.realm;
    return instance;
  }

  /**
   * The globals of a realm: the built-in services, plus each advanced service the manifest's
   * `dependencies.enabledAdvancedServices` lists (by serviceId and version), under its `userSymbol`.
   * Without that entry the name is not defined, as in Apps Script.
   */
  enabledGlobals(): Record<string, unknown> {
    const enabled = this.manifest?.dependencies?.enabledAdvancedServices ?? [];
    if (enabled.length === 0 || this.advancedServices.length === 0) return this.globals;
    const out = { ...this.globals };
    for (const entry of enabled) {
      const service = this.advancedServices.find((s) => s.serviceId === entry.serviceId && s.version === entry.version);
      if (service && entry.userSymbol) out[entry.userSymbol] = service.value;
    }
    return out;
  }

  /**
   * Evaluates the bundle in a brand-new realm now, for the next execution to use, so that the
   * execution does not wait for it (a host with idle time, like the local preview, calls this after
   * each execution). Each realm still serves exactly one execution, as in Apps Script.
   */
  prewarm(): void {
    if (!this.bundle || this.warm || this.stack.length > 0 || !this.options.freshGlobalsPerExecution) return;
    this.applyProcessTimeZone();
    this.warm = instantiateBundle(this.bundle, this.enabledGlobals(), () => this.nowMs(), {
      conservativeIntl: this.options.conservativeRuntime === true,
    });
  }

  /** A fresh realm for an execution: the prewarmed one if there is one, else a new one. */
  private freshInstance(): BundleInstance {
    const warm = this.warm;
    if (!warm) return this.instantiate();
    this.warm = null;
    this.applyProcessTimeZone();
    this.instance = warm;
    this.context.realm = warm.realm;
    return warm;
  }

  /** The current realm, made on demand (with no bundle, a realm with only the globals). */
  realmInstance(): BundleInstance {
    return this.instance ?? this.instantiate();
  }

  /**
   * Finds a global function by name in the current realm; dotted names (`menu.item1`) walk objects,
   * as V8 Apps Script allows for menu and trigger callbacks. The first name must be one the script
   * made itself: a menu item or trigger naming a built-in (`eval`, `Function`) or a service finds
   * nothing, as Apps Script's "Script function not found".
   */
  resolveFunction(name: string): BundleFunction | undefined {
    const instance = this.realmInstance();
    const [head, ...rest] = name.split('.');
    if (!instance.ownNames.has(head)) return undefined;
    let value: unknown =
      instance.functions[head] ??
      (instance.evaluate(
        `typeof globalThis[${JSON.stringify(head)}] === 'undefined' ? undefined : globalThis[${JSON.stringify(head)}]`,
      ) as unknown);
    let owner: unknown = undefined;
    for (const part of rest) {
      if (value === null || value === undefined) return undefined;
      owner = value;
      value = (value as Record<string, unknown>)[part];
    }
    if (typeof value !== 'function') return undefined;
    return owner === undefined ? (value as BundleFunction) : (value as BundleFunction).bind(owner);
  }

  /**
   * Runs `body` as one execution: a new `context.executionId`, the given user and auth mode, a fresh
   * realm (unless disabled), and on the way out the execution's locks are released and the previous
   * execution (if this one was nested, i.e. concurrent) is restored.
   */
  execute<T>(spec: Partial<Execution> & { kind: ExecutionKind }, body: (instance: BundleInstance) => T): T {
    const saved = this.saveState();
    const execution = this.begin(spec);
    this.enter(execution);
    let instance: BundleInstance;
    try {
      instance =
        this.bundle && (this.options.freshGlobalsPerExecution || !this.instance)
          ? this.freshInstance()
          : this.realmInstance();
    } catch (error) {
      this.finish(execution, saved, error);
      throw error;
    }
    let result: T;
    try {
      result = body(instance);
    } catch (error) {
      this.finish(execution, saved, error);
      throw error;
    }
    this.finish(execution, saved, undefined);
    return result;
  }

  /** Like execute(), but awaits the body (an async server function) before ending the execution. */
  async executeAsync<T>(
    spec: Partial<Execution> & { kind: ExecutionKind },
    body: (instance: BundleInstance) => T | Promise<T>,
  ): Promise<T> {
    const saved = this.saveState();
    const execution = this.begin(spec);
    this.enter(execution);
    try {
      const instance =
        this.bundle && (this.options.freshGlobalsPerExecution || !this.instance)
          ? this.freshInstance()
          : this.realmInstance();
      const result = await body(instance);
      this.finish(execution, saved, undefined);
      return result;
    } catch (error) {
      this.finish(execution, saved, error);
      throw error;
    }
  }

  /** Records a Logger/console line. */
  log(level: LogEntry['level'], message: string): void {
    this.logs.push({ level, message, executionId: this.context.executionId });
  }

  /** Suspends the script for a dialog (Ui.alert/prompt): listeners drop the execution's locks (U-05). */
  suspend(): void {
    const execution = this.current;
    for (const listener of this.onSuspend) listener(execution);
  }

  private begin(spec: Partial<Execution> & { kind: ExecutionKind }): Execution {
    const user = spec.user ?? this.context.userEmail;
    const execution: Execution = {
      id: ++this.lastExecutionId,
      authMode: 'FULL',
      hasUi: true,
      limitMs: spec.kind === 'simple-trigger' ? 30000 : SIX_MINUTES,
      startedAt: this.nowMs(),
      ...spec,
      user,
      effectiveUser: spec.effectiveUser ?? user,
    };
    return execution;
  }

  private saveState(): {
    executionId: number;
    userEmail: string;
    authMode: AuthModeName;
    instance: BundleInstance | null;
  } {
    return {
      executionId: this.context.executionId,
      userEmail: this.context.userEmail,
      authMode: this.context.authMode,
      instance: this.instance,
    };
  }

  /** Pushes the execution (called by begin's callers once the saved state is taken). */
  private enter(execution: Execution): void {
    this.stack.push(execution);
    this.context.executionId = execution.id;
    this.context.userEmail = execution.user;
    this.context.authMode = execution.authMode;
  }

  private finish(execution: Execution, saved: ReturnType<Runtime['saveState']>, error: unknown): void {
    try {
      for (const listener of this.onExecutionEnd) listener(execution);
    } finally {
      const index = this.stack.lastIndexOf(execution);
      if (index >= 0) this.stack.splice(index, 1);
      this.context.executionId = saved.executionId;
      this.context.userEmail = saved.userEmail;
      this.context.authMode = saved.authMode;
      this.instance = saved.instance;
      if (saved.instance) this.context.realm = saved.instance.realm;
      this.history.push({
        id: execution.id,
        kind: execution.kind,
        functionName: execution.functionName,
        user: execution.user,
        authMode: execution.authMode,
        ok: error === undefined,
        error:
          error === undefined
            ? undefined
            : error instanceof Error || (error && typeof error === 'object' && 'message' in error)
              ? String((error as Error).message)
              : String(error),
        elapsedMs: this.nowMs() - execution.startedAt,
        limitMs: execution.limitMs,
      });
    }
  }

  private checkTimeLimit(): void {
    const execution = this.stack[this.stack.length - 1];
    if (!execution) return;
    if (this.nowMs() - execution.startedAt > execution.limitMs) {
      throw new ServiceException('Exceeded maximum execution time');
    }
  }

  private applyProcessTimeZone(): void {
    if (!this.options.setProcessTimeZone) return;
    if (process.env.TZ !== this.context.scriptTimeZone) process.env.TZ = this.context.scriptTimeZone;
  }
}
