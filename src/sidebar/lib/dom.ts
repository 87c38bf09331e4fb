/** A tiny DOM builder that only ever sets text through textContent, so user data can never become markup. */

/** Attributes for el(): strings become attributes, booleans toggle them, `false`/`undefined` omit them. */
export type Attributes = Record<string, string | number | boolean | undefined>;

/** A child of el(): nodes are appended, strings become text nodes, null/false are skipped. */
export type Child = Node | string | null | undefined | false;

/**
 * Creates an element with attributes and children. Strings are added as text nodes, never parsed as HTML.
 * @param tag The tag name.
 * @param attributes Attributes to set (`class`, `id`, `aria-*`, ...).
 * @param children Child nodes or text.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/**
 * Replaces all children of `parent` with `children` (text stays text).
 * @param parent The element to fill.
 * @param children The new children.
 */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/**
 * Adds or removes one id in an element's space-separated `aria-describedby`.
 * @param element The described control.
 * @param id The id of the describing element.
 * @param on Whether the id should be present.
 */
export function toggleDescribedBy(element: Element, id: string, on: boolean): void {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((part) => part && part !== id);
  if (on) ids.push(id);
  if (ids.length) element.setAttribute('aria-describedby', ids.join(' '));
  else element.removeAttribute('aria-describedby');
}

/**
 * A string safe to use inside an element id for any platform name (`Google Business Profile` → `google-business-profile`).
 * @param text Any text.
 */
export function idPart(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (hash * 31 + text.charCodeAt(i)) >>> 0;
  return `${slug || 'x'}-${hash.toString(36)}`;
}

/**
 * The page's element with this id (from the page's own markup, so it is there).
 * @param id The element's id.
 */
export function byId<T extends HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}
