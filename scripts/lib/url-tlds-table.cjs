// twitter-text's two top-level-domain patterns (its own regexp modules, as the package ships them), the
// table scripts/build.mjs writes to dist/UrlTlds.html for the server bundle to read on first use.
/* global require, module */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS module, bundled by scripts/build.mjs */
// Each CommonJS module's exports are the RegExp itself (`module.exports = exports.default`).
const validGTLD = require('twitter-text/dist/regexp/validGTLD');
const validCCTLD = require('twitter-text/dist/regexp/validCCTLD');

/** Each pattern's source and flags, keyed by the module name the server build replaces. */
function loadUrlTlds() {
  return {
    validGTLD: { source: validGTLD.source, flags: validGTLD.flags },
    validCCTLD: { source: validCCTLD.source, flags: validCCTLD.flags },
  };
}

module.exports = { loadUrlTlds };
