/** The errors the emulated services throw, shaped like Apps Script's (semantics ). */

/**
 * An error as Apps Script services throw it: `name === 'Exception'`, the bare message in `message`,
 * and `String(e) === 'Exception: <message>'`.
 */
export class ServiceException extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}

/** Thrown for any method the emulator does not implement, so gaps are loud, never silent. */
export class NotImplementedError extends Error {
  constructor(className: string, method: string) {
    super(`Emulator: ${className}.${method} is not implemented`);
    this.name = 'NotImplementedError';
  }
}

/** Apps Script's Java-ish type token for a JS value, as used in signature errors. */
export function typeToken(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'Boolean';
  if (Array.isArray(value)) {
    return value.length > 0 && !Array.isArray(value[0]) ? `${typeToken(value[0])}[]` : 'Object[][]';
  }
  return '(class)';
}

/** The "parameters don't match the method signature" error. */
export function signatureError(service: string, className: string, method: string, args: unknown[]): ServiceException {
  const types = args.map(typeToken).join(',');
  return new ServiceException(
    `The parameters (${types}) don't match the method signature for ${service}.${className}.${method}.`,
  );
}
