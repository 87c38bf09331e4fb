/** HtmlService, HtmlOutput and HtmlTemplate (U-09..U-14): HTML read from the bundle's folder, templates evaluated in the script's realm. */

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { wrapService } from '../core/context';
import { ServiceException } from '../core/errors';
import { makeEnum } from '../runtime/enums';
import type { Runtime } from '../runtime/runtime';
import { newBlob } from './blob';
import { compileTemplate, escapeHtml, parseTemplate, TemplateOutput } from './html-template';

/** A meta tag added with addMetaTag. */
export class HtmlOutputMetaTagImpl implements Pick<GoogleAppsScript.HTML.HtmlOutputMetaTag, 'getName' | 'getContent'> {
  constructor(
    private readonly name: string,
    private readonly content: string,
  ) {}
  getName(): string {
    return this.name;
  }
  getContent(): string {
    return this.content;
  }
  toString(): string {
    return 'HtmlOutputMetaTag';
  }
}

/** An HtmlOutput: content plus title, size, meta tags and modes. */
export class HtmlOutputImpl implements Pick<
  GoogleAppsScript.HTML.HtmlOutput,
  | 'addMetaTag'
  | 'append'
  | 'appendUntrusted'
  | 'asTemplate'
  | 'clear'
  | 'getBlob'
  | 'getContent'
  | 'getFaviconUrl'
  | 'getHeight'
  | 'getMetaTags'
  | 'getTitle'
  | 'getWidth'
  | 'setContent'
  | 'setFaviconUrl'
  | 'setHeight'
  | 'setSandboxMode'
  | 'setTitle'
  | 'setWidth'
  | 'setXFrameOptionsMode'
> {
  private title = '';
  private width: number | null = null;
  private height: number | null = null;
  private favicon: string | null = null;
  private readonly metaTags: Array<{ name: string; content: string }> = [];
  /** The requested X-Frame-Options mode name (DEFAULT unless set). */
  xFrameOptionsMode = 'DEFAULT';

  constructor(
    private readonly service: HtmlServiceImpl,
    private content: string,
  ) {}

  addMetaTag(name: string, content: string): GoogleAppsScript.HTML.HtmlOutput {
    this.metaTags.push({ name: String(name), content: String(content) });
    return this.self();
  }
  append(addedContent: string): GoogleAppsScript.HTML.HtmlOutput {
    this.content += String(addedContent);
    return this.self();
  }
  /** Appends escaped text (U-09). */
  appendUntrusted(addedContent: string): GoogleAppsScript.HTML.HtmlOutput {
    this.content += escapeHtml(String(addedContent)).replace(/&#34;/g, '&quot;');
    return this.self();
  }
  asTemplate(): GoogleAppsScript.HTML.HtmlTemplate {
    return this.service.createTemplate(this.content);
  }
  clear(): GoogleAppsScript.HTML.HtmlOutput {
    this.content = '';
    return this.self();
  }
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    if (contentType !== 'text/html')
      throw new ServiceException(`Emulator: HtmlOutput.getAs(${contentType}) is not implemented`);
    return this.getBlob();
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    return newBlob(this.service.runtime.context, Buffer.from(this.content, 'utf8'), 'text/html', this.title || null);
  }
  getContent(): string {
    return this.content;
  }
  getFaviconUrl(): string {
    return this.favicon as string;
  }
  getHeight(): number {
    return this.height as number;
  }
  getMetaTags(): GoogleAppsScript.HTML.HtmlOutputMetaTag[] {
    return this.metaTags.map(
      (tag) =>
        wrapService(
          new HtmlOutputMetaTagImpl(tag.name, tag.content),
          'HtmlOutputMetaTag',
          this.service.runtime.context,
        ) as unknown as GoogleAppsScript.HTML.HtmlOutputMetaTag,
    );
  }
  /** The title set with setTitle ('' by default; a `<title>` element is ignored, U-10). */
  getTitle(): string {
    return this.title;
  }
  getWidth(): number {
    return this.width as number;
  }
  setContent(content: string): GoogleAppsScript.HTML.HtmlOutput {
    this.content = String(content);
    return this.self();
  }
  setFaviconUrl(iconUrl: string): GoogleAppsScript.HTML.HtmlOutput {
    this.favicon = String(iconUrl);
    return this.self();
  }
  setHeight(height: number): GoogleAppsScript.HTML.HtmlOutput {
    this.height = Number(height);
    return this.self();
  }
  /** No effect: only IFRAME exists (engineering §4.3). */
  setSandboxMode(): GoogleAppsScript.HTML.HtmlOutput {
    return this.self();
  }
  setTitle(title: string): GoogleAppsScript.HTML.HtmlOutput {
    this.title = String(title);
    return this.self();
  }
  setWidth(width: number): GoogleAppsScript.HTML.HtmlOutput {
    this.width = Number(width);
    return this.self();
  }
  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): GoogleAppsScript.HTML.HtmlOutput {
    this.xFrameOptionsMode = String(mode);
    return this.self();
  }
  toString(): string {
    return 'HtmlOutput';
  }
  /** Plain fields for the UI records. */
  get __snapshot(): { title: string; width: number | null; height: number | null; html: string } {
    return { title: this.title, width: this.width, height: this.height, html: this.content };
  }
  private self(): GoogleAppsScript.HTML.HtmlOutput {
    return this as unknown as GoogleAppsScript.HTML.HtmlOutput;
  }
}

const TEMPLATE_METHODS = new Set(['evaluate', 'getCode', 'getCodeWithComments', 'getRawContent', 'toString']);

/** A template: its source, and any properties the script sets on it (in scope while evaluating, U-14). */
export class HtmlTemplateImpl implements Pick<
  GoogleAppsScript.HTML.HtmlTemplate,
  'evaluate' | 'getCode' | 'getCodeWithComments' | 'getRawContent'
> {
  [property: string]: unknown;

  constructor(service: HtmlServiceImpl, source: string) {
    Object.defineProperty(this, '__service', { value: service, enumerable: false });
    Object.defineProperty(this, '__source', { value: source, enumerable: false });
  }

  /** Runs the scriptlets once and returns the HtmlOutput (U-13). */
  evaluate(): GoogleAppsScript.HTML.HtmlOutput {
    const service = this.__service as HtmlServiceImpl;
    const vars: Record<string, unknown> = Object.create(null);
    for (const key of Object.keys(this)) if (!TEMPLATE_METHODS.has(key)) vars[key] = this[key];
    const output = new TemplateOutput();
    const fn = service.runtime.realmInstance().evaluate(this.getCode(), 'HtmlTemplate') as (
      vars: unknown,
      out: TemplateOutput,
    ) => void;
    fn(vars, output);
    return service.createHtmlOutput(output.content());
  }
  getCode(): string {
    return compileTemplate(parseTemplate(this.__source as string));
  }
  getCodeWithComments(): string {
    return this.getCode();
  }
  getRawContent(): string {
    return this.__source as string;
  }
  toString(): string {
    return 'HtmlTemplate';
  }
}

/** HtmlService. */
export class HtmlServiceImpl implements Pick<
  GoogleAppsScript.HTML.HtmlService,
  'createHtmlOutput' | 'createHtmlOutputFromFile' | 'createTemplate' | 'createTemplateFromFile' | 'getUserAgent'
> {
  readonly SandboxMode = makeEnum([
    'EMULATED',
    'IFRAME',
    'NATIVE',
  ]) as unknown as typeof GoogleAppsScript.HTML.SandboxMode;
  readonly XFrameOptionsMode = makeEnum([
    'ALLOWALL',
    'DEFAULT',
  ]) as unknown as typeof GoogleAppsScript.HTML.XFrameOptionsMode;

  constructor(
    readonly runtime: Runtime,
    private readonly htmlDir: () => string | null,
  ) {}

  createHtmlOutput(html?: string | GoogleAppsScript.Base.BlobSource): GoogleAppsScript.HTML.HtmlOutput {
    const content =
      html === undefined || html === null ? '' : typeof html === 'string' ? html : html.getBlob().getDataAsString();
    return wrapService(
      new HtmlOutputImpl(this, content),
      'HtmlOutput',
      this.runtime.context,
    ) as unknown as GoogleAppsScript.HTML.HtmlOutput;
  }

  /** The file's content as is: scriptlets are not run (U-12). */
  createHtmlOutputFromFile(filename: string): GoogleAppsScript.HTML.HtmlOutput {
    return this.createHtmlOutput(this.readFile(filename));
  }

  createTemplate(html: string | GoogleAppsScript.Base.BlobSource): GoogleAppsScript.HTML.HtmlTemplate {
    const source = typeof html === 'string' ? html : html.getBlob().getDataAsString();
    return wrapService(
      new HtmlTemplateImpl(this, source),
      'HtmlTemplate',
      this.runtime.context,
    ) as unknown as GoogleAppsScript.HTML.HtmlTemplate;
  }

  createTemplateFromFile(filename: string): GoogleAppsScript.HTML.HtmlTemplate {
    return this.createTemplate(this.readFile(filename));
  }

  getUserAgent(): string {
    return 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 (Apps Script emulator)';
  }

  toString(): string {
    return 'HtmlService';
  }

  /** Reads `<name>.html` beside the bundle; `name.html` finds `name` too; a missing file throws U-11's error. */
  readFile(filename: string): string {
    const name = String(filename);
    const dir = this.htmlDir();
    const candidates = [name, name.replace(/\.html$/i, '')];
    if (dir) {
      for (const candidate of candidates) {
        const path = join(dir, `${candidate}.html`);
        if (candidate && !candidate.includes('..') && existsSync(path)) return readFileSync(path, 'utf8');
      }
    }
    throw new ServiceException(`No HTML file named ${name} was found.`);
  }
}

/** Creates the wrapped HtmlService global; HTML files are read from `htmlDir()` (the bundle's folder). */
export function createHtmlService(runtime: Runtime, htmlDir: () => string | null): GoogleAppsScript.HTML.HtmlService {
  return wrapService(
    new HtmlServiceImpl(runtime, htmlDir),
    'HtmlService',
    runtime.context,
  ) as unknown as GoogleAppsScript.HTML.HtmlService;
}

/** The HtmlOutputImpl behind a (wrapped) HtmlOutput, or null if `value` is not one. */
export function asHtmlOutput(value: unknown): HtmlOutputImpl | null {
  return value instanceof HtmlOutputImpl ? value : null;
}
