/** Zod (mini) building blocks for server inputs that ignore what they cannot use instead of refusing it. */

import * as z from 'zod/mini';

/**
 * A string, or `fallback` when the value is anything else (a number, an object, missing).
 * @param fallback What a value of the wrong type reads as.
 */
export function textOr(fallback = '') {
  return z.catch(z.string(), fallback);
}

/** A string, or undefined when the value is anything else. */
export function optionalText() {
  return z.catch(z.optional(z.string()), undefined);
}

/**
 * An object whose every field is lenient: a value that is no object at all (null, a string, an array)
 * reads as `{}`, so each field falls back as if it were missing.
 * @param shape The fields, each of which must accept a missing value.
 */
export function lenientObject<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  const object = z.object(shape);
  return z.catch(object, () => object.parse({}));
}
