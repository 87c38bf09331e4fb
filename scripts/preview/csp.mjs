// Content-Security-Policy for the pages the preview serves: the preview window itself, and the add-on's sidebars and dialogs, whose inline scripts and styles are allowed by hash (only the ones the build wrote), so any other script is blocked.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** The preview window: its own script and stylesheet files, fetches to itself, the add-on's pages in frames. */
export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** A CSP source for exactly this inline code. */
export function hashSource(code) {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

/** The contents of a page's inline (executable) script elements and style elements. */
export function inlineBlocks(html) {
  const scripts = [];
  const styles = [];
  for (const match of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = match[1] ?? '';
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && !['text/javascript', 'module', 'application/javascript'].includes(type)) continue;
    scripts.push(match[2]);
  }
  for (const match of html.matchAll(/<style(\s[^>]*)?>([\s\S]*?)<\/style\s*>/gi)) styles.push(match[2]);
  return { scripts, styles };
}

let cache = { key: '', scripts: [], styles: [] };

/** Hash sources of every inline script and style the build wrote into dist/*.html (re-read when the files change). */
export function builtPageHashes(distDir) {
  const files = readdirSync(distDir)
    .filter((name) => name.endsWith('.html'))
    .sort();
  const key = files.map((name) => `${name}:${statSync(path.join(distDir, name)).mtimeMs}`).join('|');
  if (key === cache.key) return cache;
  const scripts = new Set();
  const styles = new Set();
  for (const name of files) {
    const blocks = inlineBlocks(readFileSync(path.join(distDir, name), 'utf8'));
    for (const code of blocks.scripts) scripts.add(hashSource(code));
    for (const css of blocks.styles) styles.add(hashSource(css));
  }
  cache = { key, scripts: [...scripts], styles: [...styles] };
  return cache;
}

/**
 * The policy of a sidebar or dialog page: the build's inline scripts and styles (by hash) and the
 * preview's own injected scripts; fetches only to the preview; no plugins, no base or form targets,
 * framed only by the preview window. A script a hostile cell smuggled into the page has no hash here.
 */
export function framePolicy(built, injectedScripts) {
  const scripts = [...built.scripts, ...injectedScripts.map(hashSource)];
  return [
    "default-src 'none'",
    `script-src ${scripts.join(' ')}`,
    `style-src ${built.styles.length > 0 ? built.styles.join(' ') : "'none'"}`,
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
    "frame-ancestors 'self'",
  ].join('; ');
}
