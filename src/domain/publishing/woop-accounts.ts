/** The WoopSocial connection's decisions (pure): which accounts can be mapped, which project is chosen, and whether a mapping holds. */

import { PLATFORMS } from '../post';
import type { AccountChoice } from './publish-request';
import { WOOP_PLATFORMS, woopPlatformLabel, woopPlatformsFor, type WoopPlatform } from './woop-platforms';

/** A social account as WoopSocial's GET /social-accounts lists it. */
export interface WoopAccount {
  id: string;
  platform: string;
  username: string;
  status: string;
}

/** An account the Connect dialog offers, with its label. */
export interface AccountOption {
  id: string;
  platform: string;
  username: string;
  label: string;
}

/** The calendar platforms WoopSocial serves. */
export function servedPlatforms(): string[] {
  return PLATFORMS.filter((platform) => woopPlatformsFor(platform).length > 0);
}

/**
 * The accounts the person can map: connected ones on a platform WoopSocial posts to, labelled
 * "username (Platform)".
 * @param accounts The project's accounts.
 */
export function accountOptions(accounts: readonly WoopAccount[]): AccountOption[] {
  return accounts
    .filter((account) => account.status === 'CONNECTED' && (WOOP_PLATFORMS as readonly string[]).includes(account.platform))
    .map((account) => ({ id: account.id, platform: account.platform, username: account.username, label: `${account.username} (${woopPlatformLabel(account.platform)})` }));
}

/**
 * The project to show: the one asked for, else the stored one, else the only one there is ('' for none).
 * @param projects The organisation's projects.
 * @param requested The project the dialog asked for ('' for none).
 * @param stored The stored setup's project, if any.
 */
export function chosenProject(projects: ReadonlyArray<{ id: string }>, requested: string, stored: string | undefined): string {
  return requested || stored || (projects.length === 1 ? projects[0].id : '');
}

/**
 * Calendar platform (lower case) → account ID, from a stored mapping.
 * @param accounts The stored mapping's accounts.
 */
export function accountIds(accounts: Readonly<Record<string, AccountChoice>>): Record<string, string> {
  const mapping: Record<string, string> = {};
  for (const [platform, account] of Object.entries(accounts)) mapping[platform] = account.socialAccountId;
  return mapping;
}

/**
 * The mapping the dialog sent, checked: each served platform's account must be one of the options on
 * a WoopSocial platform that platform posts to. Platforms left blank stay unmapped.
 * @param requested Calendar platform → account ID, as sent.
 * @param options The project's accounts the dialog offers.
 * @returns The accounts by calendar platform (lower case), or the first platform whose account is unknown.
 */
export function checkedMapping(
  requested: Readonly<Record<string, unknown>>,
  options: readonly AccountOption[],
): { ok: true; accounts: Record<string, AccountChoice> } | { ok: false; platform: string } {
  const accounts: Record<string, AccountChoice> = {};
  for (const platform of servedPlatforms()) {
    const id = requested[platform];
    if (typeof id !== 'string' || !id) continue;
    const account = options.find((a) => a.id === id);
    if (!account || !woopPlatformsFor(platform).includes(account.platform as WoopPlatform)) return { ok: false, platform };
    accounts[platform.toLowerCase()] = { socialAccountId: id, platform: account.platform as WoopPlatform, username: account.username };
  }
  return { ok: true, accounts };
}
