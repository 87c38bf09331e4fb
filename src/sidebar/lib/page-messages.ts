/** The one translator of every page: the page's catalogues in the language the server speaks (Content Calendar › Language), and the sentence for a failed server call. */

import type { MessageCatalogue } from '../../domain/i18n/catalogue-types';
import { PAGE_MESSAGES } from '../../domain/i18n/page-catalogue';
import { createTranslator, languageOf } from '../../domain/i18n/translator';
import { NoServerError, errorText } from './server';

/** A message of the page in its current language, `{name}` placeholders filled. */
export type PageTranslate = (key: string, params?: Record<string, string | number>) => string;

/** The catalogue keys of a page's failure sentences: no server, a failed call (`{message}`), and an empty error's text. */
export interface FailureKeys {
  noServer: string;
  failed: string;
  /** Said in place of an error without text; without it the message is left empty. */
  unknown?: string;
}

/** A page's messages: its translator, the locale it speaks, and its failure sentences. */
export interface PageMessages {
  /** A message in the page's language. */
  t: PageTranslate;
  /** The locale the page speaks (a Sheets locale such as `pl_PL`, or a browser tag before the server answers). */
  locale(): string;
  /** Speaks `locale` from now on (the server's, which follows Content Calendar › Language) and marks the page's language. */
  use(locale: string): void;
  /** The sentence for a failed server call: no server, or the failure with the server's message. */
  failure(error: unknown, keys?: Partial<FailureKeys>): string;
}

/** The shared failure sentences (pages with their own wording pass their keys). */
const PAGE_FAILURES: FailureKeys = { noServer: 'page.noServer', failed: 'page.failed', unknown: 'page.unknown' };

/**
 * The messages of one page over its own catalogues (plus the shared page messages).
 * @param catalogues The page's area catalogues (later ones win on a shared key).
 * @param options `locale`: what the page speaks until `use` is called (default: the `lang` the server
 *   marked the page with); `failures`: the page's failure keys (default: the shared page messages).
 */
export function pageMessages(
  catalogues: readonly MessageCatalogue[],
  options: { locale?: string; failures?: FailureKeys } = {},
): PageMessages {
  const translator = createTranslator([PAGE_MESSAGES, ...catalogues]);
  const failures = options.failures ?? PAGE_FAILURES;
  let locale = options.locale ?? (document.documentElement.lang || 'en');
  const t: PageTranslate = (key, params) => translator.t(locale, key, params);
  return {
    t,
    locale: () => locale,
    use(next) {
      locale = next || 'en';
      document.documentElement.lang = languageOf(locale);
    },
    failure(error, keys = {}) {
      const chosen = { ...failures, ...keys };
      if (error instanceof NoServerError) return t(chosen.noServer);
      const message = errorText(error);
      return t(chosen.failed, { message: message || (chosen.unknown ? t(chosen.unknown) : '') });
    },
  };
}

/** The locale a page speaks before the server says which: the browser's. */
export function browserLocale(): string {
  return navigator.language || 'en';
}
