/** Test helpers for the planning views: compact post factories. */

import type { Post } from '../../../src/domain/post';
import { emptyPost } from '../../../src/domain/post';

let counter = 0;

/** A post with sensible defaults; `overrides` win. */
export function makePost(overrides: Partial<Post> = {}): Post {
  counter++;
  return {
    ...emptyPost(),
    id: `P-${String(counter).padStart(4, '0')}`,
    platform: 'Instagram',
    status: 'Draft',
    title: `Post ${counter}`,
    ...overrides,
  };
}

/** The visible text of a grid value (drops the apostrophe that protects text from Sheets' parsing). */
export function shown(value: string | number): string {
  const text = String(value);
  return text.startsWith("'") ? text.slice(1) : text;
}
