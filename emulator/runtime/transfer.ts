/** The google.script.run value rules (semantics U-17..U-20): what may cross between the page and the server, and how it is copied. */

/** A value google.script.run refuses to carry; its message is the client library's text. */
export class TransferError extends TypeError {
  constructor(message: string) {
    super(message);
    this.name = 'TypeError';
  }
}

/** The client library's message for an illegal value (Date, Function, ...) under `key`. */
export function illegalValueMessage(key: string): string {
  return `Failed due to illegal value in property: ${key}`;
}

/** The client library's message for a circular structure. */
export const CIRCULAR_MESSAGE = 'Failed due to circular reference.';

/**
 * Copies a value by google.script.run's rules into plain JSON data: primitives, null, plain objects
 * and arrays. `undefined` entries in arrays become `null`, `undefined` properties are dropped,
 * non-finite numbers become `null` (JSON). A Date, Function, Symbol, BigInt or any non-plain object
 * (Map, Set, RegExp, ...) anywhere inside throws a TransferError naming the property that held it;
 * a cycle throws `Failed due to circular reference.`
 */
export function toTransferable(value: unknown, key: string, seen: Set<object> = new Set()): unknown {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : null;
    case 'object':
      break;
    default:
      throw new TransferError(illegalValueMessage(key));
  }
  const object = value as object;
  if (seen.has(object)) throw new TransferError(CIRCULAR_MESSAGE);
  seen.add(object);
  try {
    if (Array.isArray(object)) {
      return object.map((item, index) => toTransferable(item, String(index), seen));
    }
    if (Object.prototype.toString.call(object) !== '[object Object]') throw new TransferError(illegalValueMessage(key));
    const out: Record<string, unknown> = {};
    for (const [name, item] of Object.entries(object)) {
      if (item === undefined) continue;
      // A data property even for `__proto__`: a page's keys never change the copy's prototype.
      Object.defineProperty(out, name, {
        value: toTransferable(item, name, seen),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  } finally {
    seen.delete(object);
  }
}

/** Copies an argument list (each argument is checked under its index, like the client library does). */
export function transferArgs(args: readonly unknown[]): unknown[] {
  return args.map((arg, index) => toTransferable(arg, String(index)));
}
