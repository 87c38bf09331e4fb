/**
 * twitter-text's top-level-domain patterns, read from dist/UrlTlds.html (the package's own patterns, which
 * the build writes as JSON) when an execution first looks for URLs. The server build loads this module in
 * place of the package's validGTLD and validCCTLD modules, so Code.js carries no TLD list of its own.
 */

import { readProjectJson } from './project-json-file';

/** The project file the build writes the patterns to. */
export const URL_TLDS_FILE = 'UrlTlds';

/** A pattern as the file holds it. */
interface PatternJson {
  source: string;
  flags: string;
}

let patterns: Record<string, PatternJson> | undefined;

/** twitter-text's pattern `name` (`validGTLD` or `validCCTLD`), as a RegExp, from the file read once per execution. */
export function urlTldPattern(name: string): RegExp {
  patterns ??= readProjectJson(URL_TLDS_FILE) as Record<string, PatternJson>;
  const pattern = patterns[name];
  return new RegExp(pattern.source, pattern.flags);
}
