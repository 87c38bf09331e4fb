/** HtmlTemplate scriptlets (U-12..U-14): `<? code ?>`, `<?= expr ?>` printed with contextual escaping, `<?!= expr ?>` printed raw. */

import { ServiceException } from '../core/errors';

/** One piece of a template: static text or a scriptlet. */
export type TemplatePart =
  | { kind: 'text'; text: string }
  | { kind: 'code'; code: string }
  | { kind: 'print'; code: string }
  | { kind: 'raw'; code: string };

/** Splits template source into text and scriptlets. An unclosed scriptlet throws. */
export function parseTemplate(source: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let pos = 0;
  while (pos < source.length) {
    const open = source.indexOf('<?', pos);
    if (open < 0) {
      parts.push({ kind: 'text', text: source.slice(pos) });
      break;
    }
    if (open > pos) parts.push({ kind: 'text', text: source.slice(pos, open) });
    const close = source.indexOf('?>', open + 2);
    if (close < 0) throw new ServiceException('Unterminated scriptlet: a <? has no matching ?>.');
    let inner = source.slice(open + 2, close);
    if (inner.startsWith('!=')) parts.push({ kind: 'raw', code: inner.slice(2) });
    else if (inner.startsWith('=')) parts.push({ kind: 'print', code: inner.slice(1) });
    else {
      inner = inner.replace(/^(js|javascript)\b/, '');
      parts.push({ kind: 'code', code: inner });
    }
    pos = close + 2;
  }
  return parts;
}

/**
 * The JavaScript a template compiles to: a function of (vars, out) that runs the scriptlets with the
 * template's properties in scope. This is what `getCode()` returns.
 */
export function compileTemplate(parts: TemplatePart[]): string {
  const lines = ['(function (__vars, __out) {', 'with (__vars) {'];
  for (const part of parts) {
    if (part.kind === 'text') lines.push(`__out.text(${JSON.stringify(part.text)});`);
    else if (part.kind === 'code') lines.push(part.code);
    else if (part.kind === 'print') lines.push(`__out.print((${part.code}\n));`);
    else lines.push(`__out.raw((${part.code}\n));`);
  }
  lines.push('}', '})');
  return lines.join('\n');
}

/** Escapes text for HTML element content and attribute values (`&<>"'`). */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&#34;')
    .replace(/'/g, '&#39;');
}

/** Escapes text for the inside of a JavaScript string literal (any quote), safe inside `<script>`. */
export function escapeJsString(text: string): string {
  return text.replace(/[\\'"`<>&=\n\r\u2028\u2029\t\0/]/g, (c) => {
    switch (c) {
      case '\\':
        return '\\\\';
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\t':
        return '\\t';
      case '/':
        return '\\/';
      default:
        return `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`
          .replace('\\x2028', '\\u2028')
          .replace('\\x2029', '\\u2029');
    }
  });
}

/** A value as a JavaScript literal for a `<script>` context: strings quoted, objects as JSON, all `<`/`>`/`&` escaped. */
export function jsValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return `"${escapeJsString(value)}"`;
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    json = undefined;
  }
  if (json === undefined) return `"${escapeJsString(String(value))}"`;
  return json.replace(/[<>&=\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

type HtmlState = 'text' | 'tag' | 'beforeValue' | 'attrDq' | 'attrSq' | 'attrUq' | 'comment' | 'script' | 'style';

/** Where in an HTML document output currently lands: enough of an HTML/JS tokenizer to pick the escaping. */
export class HtmlContext {
  private state: HtmlState = 'text';
  private tagName = '';
  private readingTagName = false;
  private closingTag = false;
  private recent = '';
  /** Inside a `<script>`: the JS string quote we are in, or '' (also tracks comments). */
  private jsQuote = '';
  private jsComment: '' | 'line' | 'block' = '';

  /** Feeds output that the browser will parse as markup. */
  feed(text: string): void {
    for (const c of text) this.step(c);
  }

  /** How a printed value must be escaped here. */
  get mode(): 'html' | 'js' | 'jsString' {
    if (this.state === 'script') return this.jsQuote ? 'jsString' : 'js';
    return 'html';
  }

  private step(c: string): void {
    this.recent = (this.recent + c).slice(-9);
    switch (this.state) {
      case 'text':
        if (c === '<') {
          this.state = 'tag';
          this.tagName = '';
          this.readingTagName = true;
          this.closingTag = false;
        }
        return;
      case 'comment':
        if (this.recent.endsWith('-->')) this.state = 'text';
        return;
      case 'tag':
        if (this.readingTagName) {
          if (c === '/' && this.tagName === '') {
            this.closingTag = true;
            return;
          }
          if (c === '!' && this.tagName === '') {
            this.tagName = '!';
            return;
          }
          if (this.tagName === '!-' && c === '-') {
            this.state = 'comment';
            this.recent = '';
            return;
          }
          if (/[A-Za-z0-9:-]/.test(c)) {
            this.tagName += c.toLowerCase();
            return;
          }
          if (this.tagName === '' && !this.closingTag) {
            this.state = 'text';
            return;
          }
          this.readingTagName = false;
        }
        if (c === '>') {
          this.state =
            !this.closingTag && this.tagName === 'script'
              ? 'script'
              : !this.closingTag && this.tagName === 'style'
                ? 'style'
                : 'text';
          this.jsQuote = '';
          this.jsComment = '';
          return;
        }
        if (c === '=') this.state = 'beforeValue';
        return;
      case 'beforeValue':
        if (/\s/.test(c)) return;
        this.state = c === '"' ? 'attrDq' : c === "'" ? 'attrSq' : c === '>' ? 'tag' : 'attrUq';
        if (c === '>') this.step(c);
        return;
      case 'attrDq':
        if (c === '"') this.state = 'tag';
        return;
      case 'attrSq':
        if (c === "'") this.state = 'tag';
        return;
      case 'attrUq':
        if (/\s/.test(c)) this.state = 'tag';
        else if (c === '>') {
          this.state = 'tag';
          this.step(c);
        }
        return;
      case 'style':
        if (this.recent.toLowerCase().endsWith('</style')) this.enterClosingTag('style');
        return;
      case 'script':
        if (this.recent.toLowerCase().endsWith('</script')) {
          this.enterClosingTag('script');
          return;
        }
        this.stepJs(c);
        return;
    }
  }

  private enterClosingTag(name: string): void {
    this.state = 'tag';
    this.tagName = name;
    this.closingTag = true;
    this.readingTagName = false;
  }

  private stepJs(c: string): void {
    const previous = this.recent.length >= 2 ? this.recent[this.recent.length - 2] : '';
    if (this.jsComment === 'line') {
      if (c === '\n') this.jsComment = '';
      return;
    }
    if (this.jsComment === 'block') {
      if (previous === '*' && c === '/') this.jsComment = '';
      return;
    }
    if (this.jsQuote) {
      if (c === this.jsQuote && !this.escaped()) this.jsQuote = '';
      return;
    }
    if (c === '"' || c === "'" || c === '`') {
      this.jsQuote = c;
      return;
    }
    if (previous === '/' && c === '/') this.jsComment = 'line';
    else if (previous === '/' && c === '*') this.jsComment = 'block';
  }

  private escaped(): boolean {
    let count = 0;
    for (let i = this.recent.length - 2; i >= 0 && this.recent[i] === '\\'; i--) count++;
    return count % 2 === 1;
  }
}

/** Collects a template's output, escaping printed values for where they land. */
export class TemplateOutput {
  private readonly chunks: string[] = [];
  private readonly context = new HtmlContext();

  /** Static template text. */
  text(text: string): void {
    this.chunks.push(text);
    this.context.feed(text);
  }

  /** `<?= value ?>`: contextual escaping (HTML text/attribute, JS value, or inside a JS string). */
  print(value: unknown): void {
    const mode = this.context.mode;
    if (mode === 'js') {
      this.chunks.push(jsValue(value));
      return;
    }
    const text = value === null || value === undefined ? '' : String(value);
    this.chunks.push(mode === 'jsString' ? escapeJsString(text) : escapeHtml(text));
  }

  /** `<?!= value ?>`: printed as is (it may open tags or scripts, so it is parsed too). */
  raw(value: unknown): void {
    const text = value === null || value === undefined ? '' : String(value);
    this.chunks.push(text);
    this.context.feed(text);
  }

  /** The output so far. */
  content(): string {
    return this.chunks.join('');
  }
}
