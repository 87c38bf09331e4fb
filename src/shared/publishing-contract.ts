/** The JSON the WoopSocial dialogs and the server exchange: connect, setup, send and hourly requests (zod/mini schemas) and their results. */

import * as z from 'zod/mini';
import { lenientObject, optionalText, orElse, textOr } from './lenient-schema';

/** What the Connect dialog sends to connectWoopSocial(): a pasted key ('' = the stored one) and the chosen project. */
export const connectRequestSchema = lenientObject({ apiKey: z.optional(textOr()), projectId: z.optional(textOr()) });
export type ConnectRequest = z.input<typeof connectRequestSchema>;

/** What the Connect dialog sends to saveWoopSocialSetup(): the project and calendar platform → account ID ('' = none). */
export const setupRequestSchema = lenientObject({
  projectId: textOr(),
  mapping: orElse(z.record(z.string(), textOr()), () => ({})),
});
export type SetupRequest = z.input<typeof setupRequestSchema>;

/** A `yyyy-MM-dd` date, or '' for anything else. */
const civilDate = orElse(z.string().check(z.refine((date) => /^\d{4}-\d{2}-\d{2}$/.test(date))), () => '');

/** What the Send dialog sends to previewWoopSocialSend() and sendToWoopSocial(): the date range and platform inputs. */
export const sendRequestSchema = lenientObject({
  from: civilDate,
  to: civilDate,
  inputs: lenientObject({ pinterestBoardId: optionalText(), tiktokPrivacyLevel: optionalText(), youtubePrivacy: optionalText() }),
});
export type SendRequest = z.input<typeof sendRequestSchema>;

/** What the Connect dialog sends to setHourlyRefresh(): anything but `on: true` turns it off. */
export const hourlyRequestSchema = lenientObject({ on: orElse(z.boolean(), () => false) });
export type HourlyRequest = z.input<typeof hourlyRequestSchema>;

/** A project, an account as the Connect dialog lists them. */
export interface WoopProjectOption {
  id: string;
  name: string;
}
export interface WoopAccountOption {
  id: string;
  platform: string;
  username: string;
  label: string;
}

/** What the Connect dialog shows. */
export interface ConnectState {
  ok: boolean;
  message: string;
  connected: boolean;
  projects: WoopProjectOption[];
  accounts: WoopAccountOption[];
  projectId: string;
  /** Calendar platform → account ID. */
  mapping: Record<string, string>;
  /** Calendar platforms WoopSocial serves, and those it does not. */
  platforms: string[];
  notSendable: string[];
  hourly: boolean;
}

/** The Send dialog's choices of platform inputs. */
export type SendInputs = z.output<typeof sendRequestSchema>['inputs'];

/** One post of the Send dialog's list. */
export interface SendRow {
  postId: string;
  row: number;
  date: string;
  time: string;
  platform: string;
  text: string;
  /** ready: will be sent; problem: our checks or WoopSocial's validation refuse it; notSendable: WoopSocial does not serve the platform. */
  state: 'ready' | 'problem' | 'notSendable';
  problems: string[];
  warnings: string[];
}

/** What the Send dialog shows before anything is sent. */
export interface SendPreview {
  ok: boolean;
  message: string;
  rows: SendRow[];
  /** Platform inputs to choose (from the mapped accounts' platform inputs). */
  boards: Array<{ id: string; name: string }>;
  privacyLevels: string[];
  needsYouTube: boolean;
}

/** What setHourlyRefresh() returns: the Connect dialog's state, with Google's link when script.scriptapp is not granted yet. */
export type HourlyRefreshState = ConnectState & { authorizationUrl?: string };

/** A send or refresh result. */
export interface PublishResult {
  ok: boolean;
  message: string;
  sent?: number;
  left?: number;
}
