/**
 * Plural forms by hand, in one place (Apps Script may lack Intl.PluralRules): a message writes
 * `{count|post|posts}` (English: one, other) or `{count|post|posty|postów}` (Polish: one, few, many),
 * and the form is chosen from the number in `count`. The number of forms says which rule applies.
 */

/** English: 1 → one, anything else → other. */
function englishForm(n: number, forms: readonly string[]): string {
  return n === 1 ? forms[0] : forms[1];
}

/** Polish: 1 → one; 2–4, 22–24, … (not 12–14) → few; else many (also fractions: many, as "2,5 posta" is rare in a calendar). */
function polishForm(n: number, forms: readonly string[]): string {
  if (n === 1) return forms[0];
  const tens = n % 100;
  return Number.isInteger(n) && n % 10 >= 2 && n % 10 <= 4 && (tens < 12 || tens > 14) ? forms[1] : forms[2];
}

/** The plural category of `n` in a language: English one/many, Polish one/few/many (the rules above). */
export function pluralCategory(language: 'en' | 'pl', n: number): 'one' | 'few' | 'many' {
  if (n === 1) return 'one';
  if (language !== 'pl') return 'many';
  return polishForm(n, ['one', 'few', 'many']) as 'few' | 'many';
}

/**
 * The plural form of `forms` for `n`: two forms use the English rule, three the Polish one, one form is
 * returned as is.
 */
export function pluralForm(n: number, forms: readonly string[]): string {
  if (forms.length === 2) return englishForm(n, forms);
  if (forms.length >= 3) return polishForm(n, forms);
  return forms[0] ?? '';
}

/** Replaces every `{name|form|form…}` in `template` with the form for the number in `params[name]`. */
export function fillPlurals(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\|([^{}]*)\}/g, (whole, name: string, forms: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const n = Number(String(params[name]).replace(/[\s,\u00a0\u202f]/g, ''));
    return Number.isFinite(n) ? pluralForm(n, forms.split('|')) : whole;
  });
}
