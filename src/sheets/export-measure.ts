/** The export pre-flight's text measure built from the Platforms sheet's rules, so it counts as the Checks column does. */

import { COUNTING_UNITS, countText } from '../domain/counting/count-text';
import { composeMessage, type TextMeasure } from '../domain/export';
import type { Post } from '../domain/post';
import { findPlatform, rulesFor } from '../domain/rules/rule-lookup';
import type { Rule, RulesTable } from '../domain/rules/rule-types';

const key = (platform: string, message: string) => `${platform.trim().toLowerCase()}\u0000${message}`;

/**
 * A TextMeasure over the rules table: the platform's caption rules of severity `error` (the ones the
 * Checks column reports as errors), counted by each rule's own method (X weighted, graphemes, bytes...);
 * the rule closest to its limit wins. The export hub measures `(platform, text)` without the post's
 * format, and caption limits differ per format (Instagram Story, TikTok photo posts), so the format is
 * found from `posts` by the message the text starts with; when that is ambiguous the strictest
 * format's limit applies.
 */
export function measureWithRules(rules: RulesTable, posts: readonly Post[]): TextMeasure {
  const formats = new Map<string, Set<string>>();
  for (const post of posts) {
    const k = key(post.platform, composeMessage(post));
    const set = formats.get(k) ?? new Set<string>();
    set.add(post.format.trim());
    formats.set(k, set);
  }
  return (platformName, text) => {
    const platform = findPlatform(rules, platformName);
    if (!platform) return null;
    // The text is the message, or the message + ' ' + the link (a URL holds no spaces).
    const space = text.lastIndexOf(' ');
    const found = formats.get(key(platformName, text)) ?? (space > 0 ? formats.get(key(platformName, text.slice(0, space))) : undefined);
    const candidates = found && found.size > 0 ? [...found] : ['', ...platform.formats];
    let best: { used: number; limit: number; unit: string } | null = null;
    for (const format of candidates) {
      for (const rule of rulesFor(platform, format)) {
        if (!isCaptionLimit(rule)) continue;
        const method = rule.counting ?? 'utf16';
        const used = countText(text, method);
        if (!best || used / rule.max! > best.used / best.limit) best = { used, limit: rule.max!, unit: COUNTING_UNITS[method] };
      }
    }
    return best;
  };
}

function isCaptionLimit(rule: Rule): boolean {
  return rule.field === 'caption' && rule.severity === 'error' && rule.max !== undefined && rule.max > 0;
}
