/** Apps Script-style enums: frozen singleton members that stringify to their names (semantics X-03). */

/** One member of an emulated enum (Java-like: `name()`, `ordinal()`, `toString()`). */
export interface EnumMember {
  name(): string;
  ordinal(): number;
  toString(): string;
  toJSON(): string;
}

/** An emulated enum: its member objects keyed by name. */
export type EmulatedEnum<K extends string> = { readonly [P in K]: EnumMember };

const memberNames = new WeakMap<object, string>();

/**
 * Makes an enum whose members are distinct frozen objects, so `a === Enum.X` and `a == Enum.X` work and
 * `String(Enum.X) === 'X'`, like the Java enums Apps Script exposes.
 */
export function makeEnum<K extends string>(names: readonly K[]): EmulatedEnum<K> {
  const out = {} as Record<K, EnumMember>;
  names.forEach((memberName, index) => {
    const member: EnumMember = Object.freeze({
      name: () => memberName,
      ordinal: () => index,
      toString: () => memberName,
      toJSON: () => memberName,
    });
    memberNames.set(member, memberName);
    out[memberName] = member;
  });
  return Object.freeze(out);
}

/** The name of an emulated enum member, or the string itself when a string was passed; else null. */
export function enumName(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') return memberNames.get(value) ?? null;
  return null;
}
