/**
 * The conservative runtime: a realm whose Intl lacks what Google does not promise Apps Script has
 * (`timeZoneName: 'longOffset'` and the other ES2021 zone names, `Intl.Segmenter`, `Intl.PluralRules`).
 */

/**
 * Google documents that Apps Script runs on V8 (https://developers.google.com/apps-script/guides/v8-runtime)
 * but not which V8 or ICU version, so the add-on may rely only on what every V8 has. This realm
 * script removes the later Intl features: `timeZoneName` values added by ECMA-402 2021
 * (`longOffset`, `shortOffset`, `longGeneric`, `shortGeneric`) throw the RangeError an old ICU
 * throws, in `Intl.DateTimeFormat` and in Date's `toLocale*String`; `Intl.Segmenter` (ES2022)
 * and `Intl.PluralRules` are deleted. Everything else is the realm's own Intl.
 */
export const CONSERVATIVE_INTL_SCRIPT = `(function () {
  var NEW_NAMES = ['longOffset', 'shortOffset', 'longGeneric', 'shortGeneric'];
  function check(options) {
    if (options !== null && typeof options === 'object') {
      var name = options.timeZoneName;
      if (name !== undefined && NEW_NAMES.indexOf(String(name)) >= 0) {
        throw new RangeError('Value ' + String(name) + ' out of range for Intl.DateTimeFormat options property timeZoneName');
      }
    }
  }
  var RealDateTimeFormat = Intl.DateTimeFormat;
  var DateTimeFormat = function DateTimeFormat(locales, options) {
    check(options);
    return Reflect.construct(RealDateTimeFormat, [locales, options], new.target || RealDateTimeFormat);
  };
  DateTimeFormat.prototype = RealDateTimeFormat.prototype;
  DateTimeFormat.supportedLocalesOf = RealDateTimeFormat.supportedLocalesOf;
  Object.defineProperty(RealDateTimeFormat.prototype, 'constructor', { value: DateTimeFormat, writable: true, configurable: true });
  Object.defineProperty(Intl, 'DateTimeFormat', { value: DateTimeFormat, writable: true, configurable: true, enumerable: false });
  ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString'].forEach(function (method) {
    var real = Date.prototype[method];
    Object.defineProperty(Date.prototype, method, {
      value: function (locales, options) { check(options); return real.call(this, locales, options); },
      writable: true, configurable: true, enumerable: false,
    });
  });
  delete Intl.Segmenter;
  delete Intl.PluralRules;
})();`;

/** The Intl features the conservative runtime removes, for reports and tests. */
export const CONSERVATIVE_INTL_REMOVED = [
  "Intl.DateTimeFormat timeZoneName 'longOffset' (and shortOffset, longGeneric, shortGeneric)",
  'Intl.Segmenter',
  'Intl.PluralRules',
] as const;
