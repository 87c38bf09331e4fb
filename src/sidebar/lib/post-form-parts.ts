/** The post form's pieces and state, shared by the modules that build, fill, check and save it. */

import type { PostVersion } from '../../domain/post-version';
import type { FormContext } from '../../shared/rpc-types';
import type { CounterBoard } from './counters';
import type { ErrorTargets } from './form-errors';
import type { Field } from './form-field';
import type { Rules } from './live-checks';
import type { PageMessages, PageTranslate } from './page-messages';
import type { HintsPanel } from './planning-hints';
import type { PlatformMoveNote } from './platform-move';
import type { PlatformPicker } from './platform-picker';
import type { ConflictPanel } from './save-conflict';
import type { SnippetPicker } from './snippet-picker';
import type { SpreadWarning } from './spread-warning';
import type { UtmOption } from './utm-option';
import type { FormControls } from './post-form-controls';

/** How a save goes on: Save, Save and add new, or Save as a new post. */
export type SaveMode = 'save' | 'new' | 'copy';

/** A caption override disclosure for one platform. */
export interface CaptionOverride {
  platform: string;
  details: HTMLDetailsElement;
  field: Field;
  textarea: HTMLTextAreaElement;
}

/** What the form is editing and doing. */
export interface FormState {
  /** The ID of the post being edited, or '' for a new post. */
  editingId: string;
  /**
   * The version of the post being edited (what the form loaded, or its last save wrote): every edit
   * carries it, so a colleague's change made in the sheet meanwhile is shown, never overwritten.
   */
  base: PostVersion | null;
  /** The platform the edited post is saved on, so that changing it can say that Save moves the post. */
  savedPlatform: string;
  /** Whether the person has changed anything (live issues show only then). */
  dirty: boolean;
  saving: boolean;
  /** The platform chooser (rebuilt when the form switches between one platform and several). */
  picker: PlatformPicker;
}

/** The things the form does, called from its panels and events. */
export interface FormActions {
  /** After any edit: marks the form changed and runs the live checks. */
  changed(): void;
  /** Runs the live checks again. */
  refresh(): void;
  save(mode: SaveMode, answered?: { stagger: number }): Promise<void>;
}

/** The panels beside the fields. */
export interface FormPanels {
  utm: UtmOption;
  hints: HintsPanel;
  snippets: SnippetPicker;
  conflicts: ConflictPanel;
  spread: SpreadWarning;
  moveNote: PlatformMoveNote;
}

/** The form's live regions, headings and buttons. */
export interface FormElements {
  heading: HTMLElement;
  subheading: HTMLElement;
  status: HTMLElement;
  alertBox: HTMLElement;
  announcer: HTMLElement;
  platformSlot: HTMLElement;
  overridesBox: HTMLElement;
  saveButton: HTMLButtonElement;
  saveNewButton: HTMLButtonElement;
  closeButton: HTMLButtonElement;
  saveAsNewButton: HTMLButtonElement;
  editSelected: HTMLButtonElement;
  form: HTMLFormElement;
  root: HTMLElement;
}

/** Everything the form's modules share. */
export interface PostFormParts {
  context: FormContext;
  locale: string;
  rules: Rules;
  messages: PageMessages;
  /** The form's translator (messages.t). */
  tr: PageTranslate;
  /** The platforms offered: the settings' list, plus the loaded post's own when the list lacks it. */
  platformNames: string[];
  state: FormState;
  actions: FormActions;
  controls: FormControls;
  /** The fields by name (`date`, `platforms`, `captions.X`, ...); `''` is the general checks list. */
  fields: Map<string, Field>;
  general: Field;
  overrides: Map<string, CaptionOverride>;
  board: CounterBoard;
  panels: FormPanels;
  elements: FormElements;
  errorTargets: ErrorTargets;
}
