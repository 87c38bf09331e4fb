/** Session and User: who runs the script, as far as Apps Script reveals it (E-12, T-06, T-07). */

import { createHash } from 'node:crypto';
import { wrapService } from '../core/context';
import type { Runtime } from '../runtime/runtime';

/** A Base.User: an email, possibly blank when policy hides it. */
export class UserImpl implements Pick<GoogleAppsScript.Base.User, 'getEmail' | 'getUserLoginId'> {
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
  getUserLoginId(): string {
    return this.email;
  }
  /** Drive.User extras. */
  getName(): string {
    return this.email.split('@')[0];
  }
  getDomain(): string {
    return this.email.includes('@') ? this.email.slice(this.email.lastIndexOf('@') + 1) : '';
  }
  getPhotoUrl(): string {
    return '';
  }
  toString(): string {
    return this.email;
  }
}

/** A wrapped User object (its calls are counted as `User.*`). */
export function makeUser(runtime: Runtime, email: string): GoogleAppsScript.Base.User {
  return wrapService(new UserImpl(email), 'User', runtime.context);
}

function domainOf(email: string): string {
  return email.includes('@') ? email.slice(email.lastIndexOf('@') + 1).toLowerCase() : '';
}

const CONSUMER_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

/**
 * The active user's email as Apps Script reveals it (E-12): in simple triggers (LIMITED/NONE) only
 * when the user is the developer or in the developer's (non-consumer) Workspace domain; '' otherwise.
 */
export function visibleActiveEmail(runtime: Runtime): string {
  const execution = runtime.current;
  const email = execution.user;
  if (execution.authMode === 'FULL') return email;
  const developer = runtime.options.developerEmail;
  if (email.toLowerCase() === developer.toLowerCase()) return email;
  const domain = domainOf(email);
  if (domain && domain === domainOf(developer) && !CONSUMER_DOMAINS.has(domain)) return email;
  return '';
}

/** Session (getActiveUser, getEffectiveUser, getScriptTimeZone, getActiveUserLocale, getTemporaryActiveUserKey). */
export class SessionImpl implements Pick<
  GoogleAppsScript.Base.Session,
  | 'getActiveUser'
  | 'getEffectiveUser'
  | 'getScriptTimeZone'
  | 'getActiveUserLocale'
  | 'getTemporaryActiveUserKey'
  | 'getTimeZone'
  | 'getUser'
> {
  constructor(
    private readonly runtime: Runtime,
    private readonly userLocale: () => string,
    private readonly scriptId: string,
  ) {}

  getActiveUser(): GoogleAppsScript.Base.User {
    return makeUser(this.runtime, visibleActiveEmail(this.runtime));
  }

  getEffectiveUser(): GoogleAppsScript.Base.User {
    const execution = this.runtime.current;
    if (execution.kind === 'simple-trigger' || execution.authMode !== 'FULL')
      return makeUser(this.runtime, visibleActiveEmail(this.runtime));
    return makeUser(this.runtime, execution.effectiveUser);
  }

  getScriptTimeZone(): string {
    return this.runtime.context.scriptTimeZone;
  }

  getTimeZone(): string {
    return this.getScriptTimeZone();
  }

  getUser(): GoogleAppsScript.Base.User {
    return this.getActiveUser();
  }

  getActiveUserLocale(): string {
    return this.userLocale();
  }

  /** A stable opaque key per (user, script), as the reference describes. */
  getTemporaryActiveUserKey(): string {
    return createHash('sha256').update(`${this.runtime.current.user}|${this.scriptId}`).digest('base64').slice(0, 43);
  }

  toString(): string {
    return 'Session';
  }
}

/** Creates the wrapped Session global. */
export function createSession(
  runtime: Runtime,
  userLocale: () => string,
  scriptId: string,
): GoogleAppsScript.Base.Session {
  return wrapService(
    new SessionImpl(runtime, userLocale, scriptId),
    'Session',
    runtime.context,
  ) as unknown as GoogleAppsScript.Base.Session;
}
