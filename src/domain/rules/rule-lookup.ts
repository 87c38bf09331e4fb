/** Finds the rules for a platform and format quickly: names, formats and a per-table compiled index. */

import { ALL_FORMATS, type Rule, type RulesTable } from './rule-types';

/** Other names people type for the built-in platforms (lower case → display name). */
const PLATFORM_ALIASES: Record<string, string> = {
  twitter: 'X',
  'x (twitter)': 'X',
  'twitter / x': 'X',
  ig: 'Instagram',
  insta: 'Instagram',
  fb: 'Facebook',
  'facebook page': 'Facebook',
  'linked in': 'LinkedIn',
  'tik tok': 'TikTok',
  yt: 'YouTube',
  'youtube shorts': 'YouTube',
  gbp: 'Google Business Profile',
  'google business': 'Google Business Profile',
  'google my business': 'Google Business Profile',
  gmb: 'Google Business Profile',
  bsky: 'Bluesky',
};

/** The rules of one platform, indexed by format. */
export interface CompiledPlatform {
  name: string;
  /** Formats with a `format` row, in table order. */
  formats: string[];
  /** Rules that apply to a format (its own and `All` rows), keyed by lower-case format; built on demand. */
  byFormat: Map<string, Rule[]>;
  /** All of the platform's rules, in table order. */
  rules: Rule[];
}

/** A rules table indexed for checking. */
export interface CompiledRules {
  platforms: CompiledPlatform[];
  byKey: Map<string, CompiledPlatform>;
}

const compiled = new WeakMap<object, CompiledRules>();

function key(text: string): string {
  return text.trim().toLowerCase();
}

/**
 * The table indexed by platform and format. Compiled once per table object (cached), so checking thousands of
 * posts against the same table does the work once.
 */
export function compileRules(rules: RulesTable): CompiledRules {
  const cached = compiled.get(rules);
  if (cached) return cached;
  const platforms: CompiledPlatform[] = [];
  const byKey = new Map<string, CompiledPlatform>();
  for (const rule of rules) {
    const k = key(rule.platform);
    if (!k) continue;
    let platform = byKey.get(k);
    if (!platform) {
      platform = { name: rule.platform.trim(), formats: [], byFormat: new Map(), rules: [] };
      byKey.set(k, platform);
      platforms.push(platform);
    }
    platform.rules.push(rule);
    if (rule.field === 'format' && platform.formats.every((f) => key(f) !== key(rule.format))) {
      platform.formats.push(rule.format.trim());
    }
  }
  const result = { platforms, byKey };
  compiled.set(rules, result);
  return result;
}

/**
 * The platform a name refers to in this table: exact name, any case, or a common alias (`Twitter` → X,
 * `GBP` → Google Business Profile). Undefined when the table has no such platform.
 */
export function findPlatform(rules: RulesTable, name: string): CompiledPlatform | undefined {
  const table = compileRules(rules);
  const k = key(name);
  const alias = Object.prototype.hasOwnProperty.call(PLATFORM_ALIASES, k) ? PLATFORM_ALIASES[k] : undefined;
  return table.byKey.get(k) ?? (alias ? table.byKey.get(key(alias)) : undefined);
}

/** The rules that apply to a post of `format` on `platform`: the format's own rows and the `All` rows. */
export function rulesFor(platform: CompiledPlatform, format: string): Rule[] {
  const k = key(format);
  let list = platform.byFormat.get(k);
  if (!list) {
    const all = key(ALL_FORMATS);
    list = platform.rules.filter((rule) => {
      const f = key(rule.format);
      return rule.field !== 'format' && (f === all || f === '' || (k !== '' && f === k));
    });
    platform.byFormat.set(k, list);
  }
  return list;
}

/** The platform names the table defines, in table order (built-in first, then a team's own). */
export function platformNames(rules: RulesTable): string[] {
  return compileRules(rules).platforms.map((p) => p.name);
}

/** The formats that exist on `platform` (any case or alias), in table order; `[]` for an unknown platform. */
export function formatsFor(rules: RulesTable, platform: string): string[] {
  return findPlatform(rules, platform)?.formats.slice() ?? [];
}
