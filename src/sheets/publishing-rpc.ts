/** The JSON the WoopSocial dialogs and the server exchange: connect, send preview, send and refresh results. */

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
export interface SendInputs {
  pinterestBoardId?: string;
  tiktokPrivacyLevel?: string;
  youtubePrivacy?: string;
}

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

/** A send or refresh result. */
export interface PublishResult {
  ok: boolean;
  message: string;
  sent?: number;
  left?: number;
}
