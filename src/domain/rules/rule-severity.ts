/** Maps a rule's confidence to the severity of breaking it. */

import type { Severity } from '../check-types';
import type { Confidence } from './rule-types';

/**
 * The default severity for a rule of this confidence (platform-rules.md legend): V → error (the platform says
 * so itself); S → error only when sources widely agree, else warning; U → warning, never an error. Advice that
 * does not stop a post from publishing (display limits, "recommended" counts) is written as `info` explicitly.
 */
export function severityForConfidence(confidence: Confidence, widelyAgreed = false): Severity {
  if (confidence === 'V') return 'error';
  if (confidence === 'S') return widelyAgreed ? 'error' : 'warning';
  return 'warning';
}
