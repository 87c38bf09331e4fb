/** Text made safe for HTML: the one escaper for every page, dialog and email the add-on writes. */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text as HTML text, also safe inside a quoted attribute value: no tag, attribute or script from a
 * caption, comment or translation reaches the markup.
 * @param text Any text.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}
