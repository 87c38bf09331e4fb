/** The result shape of every post check, shared by the Checks column, the sidebar and checkPost(). */

export type Severity = 'error' | 'warning' | 'info';

/** One finding about a post. `field` names the Post field it concerns (or `''` for the whole post). */
export interface CheckIssue {
  severity: Severity;
  /** A stable machine code, e.g. `text-too-long`, `too-many-hashtags`, `format-not-available`. */
  code: string;
  /** A complete sentence a social media manager understands, saying what to do. */
  message: string;
  field: string;
}

/** How much of a limit a field uses, in the platform's own unit (e.g. `weighted characters`). */
export interface FieldCount {
  used: number;
  limit: number;
  unit: string;
}

/** Everything checkPost() says about one post on its platform. */
export interface CheckResult {
  issues: CheckIssue[];
  /** Keyed by Post field (`caption`, `title`, `hashtags`, ...). */
  counts: Record<string, FieldCount>;
  /** The platform the post was checked against, as the rules name it (absent when unknown). */
  platform?: string;
  /** The locale the messages were written for, so summaries use the same language. */
  locale?: string;
}
