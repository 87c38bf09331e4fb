/** Zod (mini) building blocks for server inputs that ignore what they cannot use instead of refusing it. */

import * as z from 'zod/mini';

/**
 * `schema`, but a value it refuses reads as `fallback()` instead of failing (what z.catch does; z.catch
 * itself would add about 11 KB to Code.js). Typed as `schema`, so a page must still send what it accepts.
 * @param schema What the value should be.
 * @param fallback What any other value (or a missing one) reads as.
 */
export function orElse<Schema extends z.ZodMiniType>(schema: Schema, fallback: () => z.output<Schema>): Schema {
  const lenient = z.transform((value: unknown) => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : fallback();
  });
  return lenient as unknown as Schema;
}

/**
 * A string, or `fallback` when the value is anything else (a number, an object, missing).
 * @param fallback What a value of the wrong type reads as.
 */
export function textOr(fallback = '') {
  return orElse(z.string(), () => fallback);
}

/** A string, or undefined when the value is anything else. */
export function optionalText() {
  return orElse(z.optional(z.string()), () => undefined);
}

/**
 * An object whose every field is lenient: a value that is no object at all (null, a string, an array)
 * reads as `{}`, so each field falls back as if it were missing.
 * @param shape The fields, each of which must accept a missing value.
 */
export function lenientObject<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  const object = z.object(shape);
  return orElse(object, () => object.parse({}));
}
