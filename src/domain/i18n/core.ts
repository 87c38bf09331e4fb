/** The messages both the browser and the server need: the post form's and the server's (savePost's input errors). Browser pages import t from here, not from the index, to stay small. */

import { FORM_MESSAGES } from './form-messages';
import { SERVER_MESSAGES } from './server-messages';
import { createTranslator } from './translator';

export { languageOf } from './translator';
export type { Language, MessageCatalogue } from './catalogue-types';

const CORE = /* @__PURE__ */ createTranslator([FORM_MESSAGES, SERVER_MESSAGES]);

/**
 * A form or server message in the locale's language (English when the language lacks it, the key when
 * no catalogue has it), `{name}` placeholders filled from `params`.
 * @param locale A Sheets locale such as `en_US` or `pl_PL`.
 * @param key The message key, e.g. `form.save` or `input.badDate`.
 * @param params Values for `{name}` placeholders; unknown placeholders are left as written.
 */
export function t(locale: string, key: string, params?: Record<string, string | number>): string {
  return CORE.t(locale, key, params);
}
